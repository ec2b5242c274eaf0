//! Authing's response envelope `{statusCode, message, apiCode?, requestId?, data}`: the head check
//! that turns a failure into `Error::Api`, and the one generic step that decodes `data`.
//! Nothing endpoint-specific and no I/O lives here.

use std::fmt;

use serde::de::value::UnitDeserializer;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::excerpt::{excerpt, is_sensitive_key};
use crate::Error;

/// A successful response (envelope `statusCode` 200) whose `data` is not decoded yet.
pub struct RawResponse {
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
    pub(crate) request_id: Option<String>,
    pub(crate) body: Vec<u8>,
}

impl RawResponse {
    /// The envelope's `requestId`, when the server sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The whole response body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
}

impl fmt::Debug for RawResponse {
    // The body may hold credentials (an OTP secret, a token): show only its size.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("request_id", &self.request_id)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The envelope fields other than `data` (which is skipped, not built).
#[derive(Deserialize)]
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

/// Checks the envelope of a body that arrived with HTTP status `http_status`: `statusCode` 200 is
/// success, any other is [`Error::Api`]. A body without an envelope is [`Error::HttpStatus`] when
/// the HTTP status was not a success, else [`Error::Decode`].
pub(crate) fn check(
    method: &'static str,
    path: &'static str,
    http_status: u16,
    body: Vec<u8>,
) -> Result<RawResponse, Error> {
    let head = match decode::<Head>(method, path, &body) {
        Ok(head) => head,
        Err(_) if !(200..300).contains(&http_status) => {
            return Err(Error::HttpStatus {
                method,
                path,
                status: http_status,
                excerpt: excerpt(&body),
            })
        }
        Err(err) => return Err(err),
    };
    if head.status_code != 200 {
        return Err(Error::Api {
            method,
            path,
            status_code: head.status_code,
            api_code: head.api_code,
            message: head.message.unwrap_or_default(),
            request_id: head.request_id,
        });
    }
    Ok(RawResponse {
        method,
        path,
        request_id: head.request_id,
        body,
    })
}

/// Decodes the envelope's `data` member as `T`. A missing `data` decodes as JSON `null`. Errors
/// name the JSON path (e.g. `data.identities[0].provider`) and carry a bounded excerpt.
pub fn decode_data<T: DeserializeOwned>(response: &RawResponse) -> Result<T, Error> {
    #[derive(Deserialize)]
    #[serde(bound = "T: DeserializeOwned")]
    struct Data<T> {
        // `Option` so an absent member can be retried as `null` below.
        #[serde(default = "none")]
        data: Option<T>,
    }
    fn none<T>() -> Option<T> {
        None
    }
    let (method, path, body) = (response.method, response.path, &response.body[..]);
    match decode::<Data<T>>(method, path, body)?.data {
        Some(data) => Ok(data),
        // `data` was absent or `null`: decode `null` itself, so `Option<_>` and `()` succeed
        // and anything else fails at path `data`. A unit deserializer with serde_json's error
        // reads as `null` (same messages) without instantiating every `T`'s decoder for
        // `serde_json::Value` (7% of the crate's generic code, BENCHMARKS.md).
        None => T::deserialize(UnitDeserializer::<serde_json::Error>::new()).map_err(|e| {
            Error::Decode {
                method,
                path,
                json_path: "data".to_owned(),
                reason: e.to_string(),
                excerpt: excerpt(body),
            }
        }),
    }
}

/// Serialises a request body as JSON.
pub fn json_body<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|source| Error::Encode {
        what: "request body",
        source,
    })
}

/// Decodes a whole body as `T`, tracking the JSON path for the error. Tracking makes decoding
/// slower, but a plain pass first (path tracking only for a body that fails) instantiates every
/// type's decoder twice and made the release build of the crate a third slower (BENCHMARKS.md).
fn decode<T: DeserializeOwned>(
    method: &'static str,
    path: &'static str,
    body: &[u8],
) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| {
        // A path of only the empty key (`{"": ...}`) prints as nothing: name it.
        let json_path = match e.path().to_string() {
            empty if empty.is_empty() => "\"\"".to_owned(),
            json_path => json_path,
        };
        // The decoder's message may quote the offending value: never for a credential field.
        let reason = match e.path().iter().next_back() {
            Some(serde_path_to_error::Segment::Map { key }) if is_sensitive_key(key) => {
                "invalid value (not shown: the field holds a credential)".to_owned()
            }
            _ => e.into_inner().to_string(),
        };
        Error::Decode {
            method,
            path,
            json_path,
            reason,
            excerpt: excerpt(body),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_at_the_empty_key_still_names_a_path() {
        match check("GET", "/p", 200, br#"{"":A"#.to_vec()) {
            Err(Error::Decode { json_path, .. }) => assert_eq!(json_path, "\"\""),
            other => panic!("{other:?}"),
        }
    }

    fn ok(body: &str) -> RawResponse {
        check("GET", "/p", 200, body.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn non_200_status_code_is_an_api_error() {
        let body =
            br#"{"statusCode":404,"apiCode":2004,"message":"no","requestId":"r","data":null}"#;
        match check("GET", "/p", 200, body.to_vec()) {
            Err(Error::Api {
                status_code: 404,
                api_code: Some(2004),
                message,
                request_id: Some(id),
                ..
            }) => assert_eq!((message.as_str(), id.as_str()), ("no", "r")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn missing_or_null_data_decodes_as_null() {
        assert_eq!(
            decode_data::<Option<i64>>(&ok(r#"{"statusCode":200}"#)).unwrap(),
            None
        );
        assert_eq!(
            decode_data::<()>(&ok(r#"{"statusCode":200,"data":null}"#)).unwrap(),
            ()
        );
        match decode_data::<Vec<i64>>(&ok(r#"{"statusCode":200}"#)) {
            Err(Error::Decode { json_path, .. }) => assert_eq!(json_path, "data"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn absent_data_fails_as_null_does() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct S {
            a: i64,
        }
        fn same<T: DeserializeOwned + fmt::Debug>() {
            let null = T::deserialize(serde_json::Value::Null).map_err(|e| e.to_string());
            let absent = decode_data::<T>(&ok(r#"{"statusCode":200}"#)).map_err(|e| match e {
                Error::Decode { reason, .. } => reason,
                other => other.to_string(),
            });
            assert_eq!(format!("{null:?}"), format!("{absent:?}"));
        }
        same::<i64>();
        same::<String>();
        same::<S>();
        same::<Vec<i64>>();
        same::<Option<S>>();
        same::<()>();
        same::<serde_json::Value>();
        same::<super::super::tolerant::TolerantVec<i64>>();
    }

    #[test]
    fn decode_errors_name_the_path() {
        let r = ok(r#"{"statusCode":200,"data":{"a":[1,"x"]}}"#);
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct A {
            a: Vec<i64>,
        }
        match decode_data::<A>(&r) {
            Err(Error::Decode { json_path, .. }) => assert_eq!(json_path, "data.a[1]"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_credential_value_is_not_quoted() {
        let r = ok(r#"{"statusCode":200,"data":{"secret":["s3cr3t"]}}"#);
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct S {
            secret: String,
        }
        let e = decode_data::<S>(&r).unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(shown.contains("data.secret"), "{shown}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }

    #[test]
    fn no_envelope_on_an_http_error_is_http_status() {
        match check("GET", "/p", 502, b"<html>bad gateway</html>".to_vec()) {
            Err(Error::HttpStatus {
                status: 502,
                excerpt,
                ..
            }) => assert_eq!(excerpt, "<html>bad gateway</html>"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            check("GET", "/p", 200, b"<html>".to_vec()),
            Err(Error::Decode { .. })
        ));
    }
}
