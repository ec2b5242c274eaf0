//! Fuzz-style property tests of response decoding for the main DTOs (`UserDto`, the identities
//! list, `OtpSecretRespDto`) through the client's own decode path (envelope check, then
//! `decode_data`): arbitrary bytes, arbitrary JSON as `data`, and the documented bodies with one
//! value replaced anywhere. Decoding never panics; a failure is a typed error on one line; a
//! decode error names the JSON path at or inside the replaced value; no credential from the
//! body ever appears in an error. The committed corpora of the `decode_*` fuzz targets
//! (`fuzz/corpus/`) are replayed too.

use std::path::Path;
use std::sync::OnceLock;

use authing::internal::decode_body;
use authing::types::{IdentityDto, OtpSecretRespDto, UserDto};
use authing::Error;
use proptest::prelude::*;
use serde_json::Value;

const PATH: &str = "/api/v3/fuzz";

/// Credential values of the documented bodies (under `secret`, `accessToken`, `refreshToken`).
const SECRETS: &[&str] = &[
    "e2345asdfwagw13424",
    "57_fK0xgSL_NwVlS-gmUwlMQ2N6AONNIOAYxxxx",
    "57_IZFu91Ak1Wg6DRytZFFIOd3upNF5lH7vPxxxxx",
];

/// A value put under credential keys by the tests.
const MARKER: &str = "S3cr3t-Marker-Value";

#[derive(Debug, Clone, Copy)]
pub(crate) enum Target {
    User,
    Identities,
    Otp,
}

impl Target {
    pub(crate) const ALL: [Target; 3] = [Target::User, Target::Identities, Target::Otp];

    pub(crate) fn corpus(self) -> &'static str {
        match self {
            Target::User => "decode_user",
            Target::Identities => "decode_identities",
            Target::Otp => "decode_otp",
        }
    }

    /// Decodes `body` as this target's DTO; `Ok(())` when it decoded.
    fn decode(self, status: u16, body: &[u8]) -> Result<(), Error> {
        match self {
            Target::User => decode_body::<UserDto>(PATH, status, body).map(drop),
            Target::Identities => decode_body::<Vec<IdentityDto>>(PATH, status, body).map(drop),
            Target::Otp => decode_body::<OtpSecretRespDto>(PATH, status, body).map(drop),
        }
    }

    /// The documented response body (the committed corpus seed).
    pub(crate) fn documented(self) -> &'static Value {
        static BODIES: OnceLock<Vec<Value>> = OnceLock::new();
        let bodies = BODIES.get_or_init(|| {
            Target::ALL
                .iter()
                .map(|t| {
                    let file = root()
                        .join("fuzz/corpus")
                        .join(t.corpus())
                        .join("documented-example.json");
                    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
                })
                .collect()
        });
        &bodies[self as usize]
    }
}

pub(crate) fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The contract every failure keeps; returns the decode error's JSON path, if it is one.
fn check(err: &Error) -> Option<String> {
    let shown = err.to_string();
    let debug = format!("{err:?}");
    assert!(!shown.contains('\n'), "one line: {shown:?}");
    for secret in SECRETS.iter().chain([&MARKER]) {
        assert!(
            !shown.contains(secret) && !debug.contains(secret),
            "credential shown: {debug}"
        );
    }
    match err {
        Error::Decode { json_path, .. } => {
            assert!(!json_path.is_empty());
            Some(json_path.clone())
        }
        Error::Api { .. } | Error::HttpStatus { .. } => None,
        other => panic!("decoding can only fail as Decode, Api or HttpStatus: {other:?}"),
    }
}

pub(crate) fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-zA-Z0-9 _\\[\\]\"{}:,.-]{0,16}".prop_map(Value::from),
        prop_oneof![
            Just("[\"a\",\"b\"]"),
            Just("[1,"),
            Just("Activated"),
            Just("M"),
            Just("wechat"),
            Just("[]"),
            Just("{}"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-zA-Z]{1,10}",
                    Just("userId".to_owned()),
                    Just("secret".to_owned()),
                    Just("identities".to_owned()),
                    Just("provider".to_owned()),
                ],
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in `value` (rooted at `path`), as serde's path text and a JSON pointer.
pub(crate) fn places(
    value: &Value,
    path: String,
    pointer: String,
    out: &mut Vec<(String, String)>,
) {
    out.push((path.clone(), pointer.clone()));
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                places(v, format!("{path}.{k}"), format!("{pointer}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                places(v, format!("{path}[{i}]"), format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn target() -> impl Strategy<Value = Target> {
    prop::sample::select(&Target::ALL[..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(
        body in prop::collection::vec(any::<u8>(), 0..400),
        status in prop::sample::select(&[200u16, 404, 502][..]),
    ) {
        for t in Target::ALL {
            if let Err(e) = t.decode(status, &body) {
                check(&e);
            }
        }
    }

    #[test]
    fn json_ish_text_never_panics(body in "[\\[\\]{}\":,0-9a-zA-Z \\\\]{0,200}") {
        for t in Target::ALL {
            if let Err(e) = t.decode(200, body.as_bytes()) {
                check(&e);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any JSON as `data` (or as the whole envelope's members): decoded, or an error whose path
    /// is inside `data`.
    #[test]
    fn any_json_as_data_decodes_or_names_a_path_inside_data(data in arb_json(), t in target()) {
        let body = serde_json::json!({"statusCode": 200, "message": "ok", "data": data});
        if let Err(e) = t.decode(200, body.to_string().as_bytes()) {
            let path = check(&e).expect("a decode error");
            prop_assert!(path.starts_with("data"), "{}", path);
        }
    }

    #[test]
    fn any_json_as_the_envelope_never_panics(envelope in arb_json(), t in target()) {
        if let Err(e) = t.decode(200, envelope.to_string().as_bytes()) {
            check(&e);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The documented body with the value at one place replaced: decoded, or a decode error
    /// located at or inside the replaced value (everything else is as documented, and valid).
    #[test]
    fn one_replaced_value_is_the_error_s_location(
        t in target(),
        place in any::<prop::sample::Index>(),
        replacement in arb_json(),
    ) {
        let mut body = t.documented().clone();
        let mut all = Vec::new();
        places(&body["data"], "data".to_owned(), "/data".to_owned(), &mut all);
        let (path, pointer) = place.get(&all).clone();
        *body.pointer_mut(&pointer).unwrap() = replacement;
        if let Err(e) = t.decode(200, body.to_string().as_bytes()) {
            let found = check(&e).expect("a decode error");
            let located = found == path
                || found.starts_with(&format!("{path}."))
                || found.starts_with(&format!("{path}["));
            prop_assert!(located, "replaced {}, error at {}", path, found);
        }
    }

    /// Credential fields holding any shape of value with a marker inside: whatever the error,
    /// the marker is not in it (`check` looks).
    #[test]
    fn credentials_of_any_shape_never_reach_an_error(
        t in target(),
        shape in prop_oneof![
            Just(Value::from(MARKER)),
            Just(serde_json::json!([MARKER])),
            Just(serde_json::json!({"v": MARKER})),
            Just(serde_json::json!([[MARKER], {"k": [MARKER]}])),
        ],
        key in prop::sample::select(&["secret", "accessToken", "refreshToken", "password", "access_token"][..]),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut body = t.documented().clone();
        let data = body["data"].as_object_mut().unwrap();
        data.insert(key.to_owned(), shape);
        let text = body.to_string();
        // Whole, and cut anywhere (a truncated body).
        let at = cut.index(text.len() + 1);
        for bytes in [text.as_bytes(), &text.as_bytes()[..at]] {
            if let Err(e) = t.decode(200, bytes) {
                check(&e);
            }
        }
    }
}

#[test]
fn the_documented_bodies_decode() {
    for t in Target::ALL {
        let body = t.documented().to_string();
        t.decode(200, body.as_bytes())
            .unwrap_or_else(|e| panic!("{t:?}: {e}"));
    }
}

#[test]
fn the_fuzz_corpora_and_regressions_replay() {
    let mut replayed = 0;
    for t in Target::ALL {
        // The regressions (some not JSON at all) are replayed by `fuzz/tests/replay.rs` under
        // the fuzz targets' contract.
        for folder in ["fuzz/corpus"] {
            let Ok(entries) = std::fs::read_dir(root().join(folder).join(t.corpus())) else {
                continue;
            };
            for entry in entries {
                let body = std::fs::read(entry.unwrap().path()).unwrap();
                if let Err(e) = t.decode(200, &body) {
                    check(&e);
                }
                replayed += 1;
            }
        }
    }
    assert!(
        replayed >= 10,
        "the corpora are committed: {replayed} files"
    );
}

#[test]
fn an_empty_object_is_missing_fields_not_a_panic() {
    let e = Target::User
        .decode(200, br#"{"statusCode":200,"data":{}}"#)
        .unwrap_err();
    assert_eq!(check(&e).as_deref(), Some("data"));
    assert!(e.to_string().contains("missing field"), "{e}");
}
