//! The fuzz targets' bodies, shared by the `cargo fuzz` binaries in `fuzz_targets/` and by the
//! corpus replay in `tests/replay.rs` (which `cargo test --workspace` runs on stable). Each
//! target takes any bytes and panics only when a contract is broken: a parser or decoder that
//! panics, an error on more than one line, an error without a position or JSON path where one
//! is due, or a credential shown in an error.

use std::path::Path;

use authing::internal::differential::compare;
use authing::internal::Decode;
use authing::internal::TolerantVec;
use authing::internal::{decode_body, parse_cas_v1, parse_cas_v2};
use authing::types::{IdentityDto, OtpSecretRespDto, UserDto};
use spec_model::spec::{Endpoint, TypeDef};

/// A target's body: takes any bytes, panics only on a broken contract.
pub type Target = fn(&[u8]);

/// The targets, by name (the names of the `cargo fuzz` binaries and corpus folders).
pub const TARGETS: &[(&str, Target)] = &[
    ("spec_loader", spec_loader),
    ("docs_page", docs_page),
    ("decode_user", decode_user),
    ("decode_identities", decode_identities),
    ("decode_otp", decode_otp),
    ("decode_differential", decode_differential),
    ("cas_response", cas_response),
];

/// The spec loader: the bytes as an endpoint file and as a type file.
pub fn spec_loader(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for (file, result) in [
        (
            "spec/endpoints/fuzz/input.yaml",
            spec_model::load::parse_str::<Endpoint>(
                Path::new("spec/endpoints/fuzz/input.yaml"),
                &text,
            )
            .err(),
        ),
        (
            "spec/types/Input.yaml",
            spec_model::load::parse_str::<TypeDef>(Path::new("spec/types/Input.yaml"), &text).err(),
        ),
    ] {
        if let Some(e) = result {
            assert_eq!(e.file, Path::new(file));
            let shown = e.to_string();
            assert!(!shown.contains('\n'), "{shown:?}");
            assert!(e.line <= line_count(&text) + 1, "{shown}");
        }
    }
}

/// Lines as YAML counts them: `\r\n`, `\r` and `\n` each end one.
fn line_count(text: &str) -> u64 {
    let breaks = text.replace("\r\n", "\n").replace('\r', "\n");
    breaks.split('\n').count() as u64
}

/// The docs page parser, on the bytes as a page in either format.
pub fn docs_page(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for path in ["管理用户/fuzz.md", "fuzz.html"] {
        let _ = importer::parse_page(path, &text);
    }
}

/// Whether a JSON key names a credential (as the SDK masks them).
fn is_credential_key(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["secret", "token", "password"]
        .iter()
        .any(|w| key.contains(w))
}

/// The string values under credential keys of `value`, at any depth.
fn credentials(value: &serde_json::Value, under_credential: bool, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if under_credential => out.push(s.clone()),
        serde_json::Value::Array(items) => {
            for item in items {
                credentials(item, under_credential, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                credentials(v, under_credential || is_credential_key(k), out);
            }
        }
        _ => {}
    }
}

/// Checks the failure of decoding `body`: one line; a decode error names its JSON path (empty
/// only for a member whose key is empty); and when the body is JSON, no credential value of it
/// (one that appears once in the body, under a credential key) is shown; when it is not JSON,
/// nothing that follows its first credential-like word (no run of 8 letters or digits that does
/// not also occur before that word) is shown.
fn check(body: &[u8], result: Result<(), authing::Error>) {
    let Err(e) = result else { return };
    let (shown, debug) = (e.to_string(), format!("{e:?}"));
    assert!(!shown.contains('\n'), "{shown:?}");
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(body) {
        let mut secrets = Vec::new();
        credentials(&json, false, &mut secrets);
        let text = String::from_utf8_lossy(body);
        for secret in secrets {
            if secret.len() >= 8 && text.matches(secret.as_str()).count() == 1 {
                assert!(
                    !shown.contains(&secret) && !debug.contains(&secret),
                    "credential shown: {debug}"
                );
            }
        }
    } else {
        for token in after_first_credential_word(body) {
            assert!(
                !shown.contains(&token) && !debug.contains(&token),
                "text after a credential word shown ({token:?}): {debug}"
            );
        }
    }
    match e {
        authing::Error::Decode { json_path, .. } => {
            assert!(!json_path.is_empty() || body.windows(2).any(|w| w == b"\"\""))
        }
        authing::Error::Api { .. } | authing::Error::HttpStatus { .. } => {}
        other => panic!("decoding failed as {other:?}"),
    }
}

/// The runs of at least 8 ASCII letters or digits that follow the first credential-like word of
/// `body` and do not occur before it.
fn after_first_credential_word(body: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let Some(end) = ["secret", "token", "password"]
        .iter()
        .filter_map(|w| lower.find(w).map(|i| i + w.len()))
        .min()
    else {
        return Vec::new();
    };
    let (before, after) = text.split_at(end);
    after
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| t.len() >= 8 && !before.contains(*t))
        .map(str::to_string)
        .collect()
}

/// A body decoded the way the client decodes it, with HTTP 200 and 502.
fn decode_as<T: Decode>(data: &[u8]) {
    for status in [200, 502] {
        check(
            data,
            decode_body::<T>("/api/v3/fuzz", status, data).map(drop),
        );
    }
}

/// `UserDto`.
pub fn decode_user(data: &[u8]) {
    decode_as::<UserDto>(data);
}

/// The identities list (`get-user-identities`), decoded tolerantly as the client does.
pub fn decode_identities(data: &[u8]) {
    decode_as::<Vec<IdentityDto>>(data);
}

/// `OtpSecretRespDto` (whose `secret` must never reach an error).
pub fn decode_otp(data: &[u8]) {
    decode_as::<OtpSecretRespDto>(data);
}

/// The generated decoders against the reference decoder (the opt-in serde impls) on the same
/// bytes, for `UserDto`, the identities list and `OtpSecretRespDto`: equal values where the
/// reference accepts, only documented tolerances beyond it, a JSON path in every rejection
/// (`authing::internal::differential`).
pub fn decode_differential(data: &[u8]) {
    for result in [
        compare::<UserDto, UserDto>(data, |v| v),
        compare::<Vec<IdentityDto>, TolerantVec<IdentityDto>>(data, |v| v.0),
        compare::<OtpSecretRespDto, OtpSecretRespDto>(data, |v| v),
    ] {
        if let Err(difference) = result {
            panic!("the decoders differ: {difference}");
        }
    }
}

/// The CAS validation answers' readers (`validate_cas_ticket_v1`, `validate_cas_ticket`): the
/// bytes, as text (lossily: the client refuses an answer that is not UTF-8 before reading it),
/// as a CAS 1.0 and as a CAS 2.0 answer. A reader never panics; it fails only with
/// `TicketRejected` (a code of at most 64 ASCII letters, digits and `_`: nothing else of the
/// answer, which quotes the ticket) or `MalformedCasResponse`, on one line; what it reads is
/// trimmed, not empty, and no longer than the answer (the user, and all the attribute values
/// together: sibling elements' text is read once). Comments change nothing: the answer with
/// its comments taken out reads the same (when it has no `&`: a comment inside an entity
/// reference, `&am<!---->p;`, leaves two pieces of text that are not one reference).
pub fn cas_response(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if !text.contains('&') {
        if let Some(plain) = without_comments(&text) {
            let shown = |r: Result<authing::authentication::CasUser, authing::Error>| {
                r.map_err(|e| e.to_string())
            };
            assert_eq!(
                shown(parse_cas_v2(&text)),
                shown(parse_cas_v2(&plain)),
                "a comment changed what the answer says"
            );
        }
    }
    match parse_cas_v1(&text) {
        Ok(user) => check_cas_text(&user, &text, false),
        Err(e) => check_cas_error(e),
    }
    match parse_cas_v2(&text) {
        Ok(found) => {
            check_cas_text(&found.user, &text, false);
            let mut total = 0;
            for (name, value) in &found.attributes {
                assert!(!name.contains(':'), "a prefixed name {name:?}");
                check_cas_text(value, &text, true);
                total += value.len();
            }
            assert!(
                total <= text.len(),
                "{total} bytes of attributes from {}",
                text.len()
            );
        }
        Err(e) => check_cas_error(e),
    }
}

/// A value read from a CAS answer: trimmed, not empty unless `may_be_empty`, not longer than
/// the answer.
fn check_cas_text(value: &str, answer: &str, may_be_empty: bool) {
    assert!(may_be_empty || !value.is_empty(), "an empty value");
    assert_eq!(value, value.trim(), "an untrimmed value");
    assert!(
        value.len() <= answer.len(),
        "a value longer than the answer"
    );
}

/// A CAS reader's failure: a rejected ticket with a CAS code, or a malformed answer; one line.
fn check_cas_error(e: authing::Error) {
    let shown = e.to_string();
    assert!(!shown.contains('\n'), "{shown:?}");
    match e {
        authing::Error::Protocol(authing::ProtocolError::TicketRejected { code }) => {
            assert!(
                !code.is_empty()
                    && code.len() <= 64
                    && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
                "{code:?}"
            );
        }
        authing::Error::Protocol(authing::ProtocolError::MalformedCasResponse { .. }) => {}
        other => panic!("a CAS answer failed as {other:?}"),
    }
}

/// `xml` without its comments, split into markup as the CAS reader splits it (CDATA sections,
/// processing instructions and tags are kept whole, so a `<!--` inside them is not a comment);
/// `None` when a comment is not closed.
fn without_comments(xml: &str) -> Option<String> {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let (end, keep) = if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            (cdata.find("]]>").map(|i| i + 9 + 3), true)
        } else if rest.starts_with("<!--") {
            (Some(rest.find("-->")? + 3), false)
        } else if rest.starts_with("<?") {
            (rest.find("?>").map(|i| i + 2), true)
        } else {
            (rest.find('>').map(|i| i + 1), true)
        };
        // Unclosed markup: the rest as it is (the reader refuses it either way).
        let end = end.unwrap_or(rest.len());
        if keep {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Some(out)
}
