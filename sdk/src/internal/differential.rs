//! The differential contract between the client's generated decoders and a reference decoder:
//! the opt-in serde impls (whose tolerant `Deserialize` was the client's decoder before the
//! generated ones) with the old envelope steps. On every body the reference accepts, both give
//! equal values; what only the client accepts is one of its documented tolerances
//! ([`TOLERATED`]); what only the reference accepts is serde's positional struct form
//! ([`NARROWED`]); every rejection names a JSON path. Shared by the differential fuzz target and
//! the property tests (`sdk/tests/decoding/differential.rs`); compiled only with `__internal`
//! and `serde`.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::Decode;
use crate::Error;

/// What the reference accepts and the client does not, by the client's complaint: serde's
/// positional form of a struct (a JSON array of its fields in order), which no server sends.
pub const NARROWED: &[&str] = &["invalid type: sequence, expected struct"];

/// What the client accepts beyond the reference, by the reference's complaint: a member sent
/// twice (the last one wins), and numbers or booleans as strings in places the reference reads
/// strictly (inside lists, the envelope's `statusCode`).
pub const TOLERATED: &[&str] = &[
    "duplicate field",
    "expected i64",
    "expected u64",
    "expected f64",
];

/// The reference: the envelope head read as the client read it before, then `data` (absent or
/// `null` decoded as `null`) with serde.
pub fn reference<T: DeserializeOwned>(body: &[u8]) -> Result<T, String> {
    #[derive(Deserialize)]
    #[allow(dead_code)]
    struct Head {
        #[serde(rename = "statusCode")]
        status_code: i64,
        #[serde(default)]
        message: Option<String>,
        #[serde(rename = "apiCode", default)]
        api_code: Option<i64>,
        #[serde(rename = "requestId", default)]
        request_id: Option<String>,
    }
    #[derive(Deserialize)]
    #[serde(bound = "T: DeserializeOwned")]
    struct Data<T> {
        #[serde(default = "none")]
        data: Option<T>,
    }
    fn none<T>() -> Option<T> {
        None
    }
    let head: Head = serde_json::from_slice(body).map_err(|e| e.to_string())?;
    if head.status_code != 200 {
        return Err("not a success".to_owned());
    }
    match serde_json::from_slice::<Data<T>>(body)
        .map_err(|e| e.to_string())?
        .data
    {
        Some(data) => Ok(data),
        None => T::deserialize(Value::Null).map_err(|e| e.to_string()),
    }
}

/// Compares the client (`N`) with the reference (`R`, turned into `N` by `into`) on `body`.
pub fn compare<N, R>(body: &[u8], into: fn(R) -> N) -> Result<(), String>
where
    N: Decode + PartialEq + Debug,
    R: DeserializeOwned,
{
    let client = super::decode_body::<N>("/api/v3/differential", 200, body);
    let text = String::from_utf8_lossy(body);
    match (reference::<R>(body).map(into), client) {
        (Ok(expected), Ok(got)) if expected == got => Ok(()),
        (Ok(expected), Ok(got)) => Err(format!("{text}\nreference {expected:?}\nclient {got:?}")),
        (Ok(_), Err(Error::Decode { reason, .. }))
            if NARROWED.iter().any(|n| reason.contains(n)) =>
        {
            Ok(())
        }
        (Ok(expected), Err(e)) => Err(format!(
            "{text}\nreference {expected:?}\nclient failed: {e}"
        )),
        (Err(why), Ok(_)) if TOLERATED.iter().any(|t| why.contains(t)) => Ok(()),
        (Err(why), Ok(got)) => Err(format!("{text}\nonly the client accepts ({why}): {got:?}")),
        (Err(_), Err(Error::Decode { json_path, .. })) if !json_path.is_empty() => Ok(()),
        (Err(_), Err(Error::Api { .. })) => Ok(()),
        (Err(_), Err(e)) => Err(format!("{text}\na rejection without a path: {e:?}")),
    }
}
