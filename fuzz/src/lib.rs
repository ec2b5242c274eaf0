//! The fuzz targets' bodies, shared by the `cargo fuzz` binaries in `fuzz_targets/` and by the
//! corpus replay in `tests/replay.rs` (which `cargo test --workspace` runs on stable). Each
//! target takes any bytes and panics only when a contract is broken: a parser or decoder that
//! panics, an error on more than one line, an error without a position or JSON path where one
//! is due, or a credential shown in an error.

use std::path::Path;

use authing::fuzzing::decode_body;
use authing::runtime::tolerant::TolerantVec;
use authing::types::{IdentityDto, OtpSecretRespDto, UserDto};
use codegen::spec::{Endpoint, TypeDef};
use serde::de::DeserializeOwned;

/// A target's body: takes any bytes, panics only on a broken contract.
pub type Target = fn(&[u8]);

/// The targets, by name (the names of the `cargo fuzz` binaries and corpus folders).
pub const TARGETS: &[(&str, Target)] = &[
    ("spec_loader", spec_loader),
    ("docs_page", docs_page),
    ("decode_user", decode_user),
    ("decode_identities", decode_identities),
    ("decode_otp", decode_otp),
];

/// The spec loader: the bytes as an endpoint file and as a type file.
pub fn spec_loader(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for (file, result) in [
        (
            "spec/endpoints/fuzz/input.yaml",
            codegen::load::parse_str::<Endpoint>(
                Path::new("spec/endpoints/fuzz/input.yaml"),
                &text,
            )
            .err(),
        ),
        (
            "spec/types/Input.yaml",
            codegen::load::parse_str::<TypeDef>(Path::new("spec/types/Input.yaml"), &text).err(),
        ),
    ] {
        if let Some(e) = result {
            assert_eq!(e.file, Path::new(file));
            let shown = e.to_string();
            assert!(!shown.contains('\n'), "{shown:?}");
            let lines = text.split('\n').count() as u64;
            assert!(e.line <= lines + 1, "{shown}");
        }
    }
}

/// The docs page parser, on the bytes as a page in either format.
pub fn docs_page(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for path in ["管理用户/fuzz.md", "fuzz.html"] {
        let _ = importer::parse_page(path, &text);
    }
}

/// Values no error may show: the documented credentials and the corpus's marker.
const SECRETS: &[&str] = &[
    "e2345asdfwagw13424",
    "57_fK0xgSL_NwVlS-gmUwlMQ2N6AONNIOAYxxxx",
    "57_IZFu91Ak1Wg6DRytZFFIOd3upNF5lH7vPxxxxx",
    "S3cr3t-Marker-Value",
];

fn check(result: Result<(), authing::Error>) {
    let Err(e) = result else { return };
    let (shown, debug) = (e.to_string(), format!("{e:?}"));
    assert!(!shown.contains('\n'), "{shown:?}");
    for secret in SECRETS {
        assert!(
            !shown.contains(secret) && !debug.contains(secret),
            "{debug}"
        );
    }
    match e {
        authing::Error::Decode { json_path, .. } => assert!(!json_path.is_empty()),
        authing::Error::Api { .. } | authing::Error::HttpStatus { .. } => {}
        other => panic!("decoding failed as {other:?}"),
    }
}

/// A body decoded the way the client decodes it, with HTTP 200 and 502.
fn decode_as<T: DeserializeOwned>(data: &[u8]) {
    for status in [200, 502] {
        check(decode_body::<T>("/api/v3/fuzz", status, data).map(drop));
    }
}

/// `UserDto`.
pub fn decode_user(data: &[u8]) {
    decode_as::<UserDto>(data);
}

/// The identities list (`get-user-identities`), decoded tolerantly as the client does.
pub fn decode_identities(data: &[u8]) {
    decode_as::<TolerantVec<IdentityDto>>(data);
}

/// `OtpSecretRespDto` (whose `secret` must never reach an error).
pub fn decode_otp(data: &[u8]) {
    decode_as::<OtpSecretRespDto>(data);
}
