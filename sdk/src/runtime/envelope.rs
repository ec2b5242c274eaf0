//! Authing's response envelope `{statusCode, message, apiCode?, requestId?, data}`: the head check
//! that turns a failure into `Error::Api`, and the one generic step that decodes `data`.
//! Nothing endpoint-specific and no I/O lives here.

use std::fmt;

use serde::Serialize;

use super::excerpt::{excerpt, is_sensitive_key};
use super::read::{self, Decode, Fault, Reader};
use crate::Error;

/// A successful response (envelope `statusCode` 200) whose `data` is not decoded yet.
pub struct RawResponse {
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
    /// The HTTP status the answer came with.
    pub(crate) http_status: u16,
    pub(crate) request_id: Option<String>,
    pub(crate) body: Vec<u8>,
    /// Where the envelope's `data` value starts in `body` (found, not read, by the head check).
    pub(crate) data: Option<usize>,
    /// The head check stopped at `data` (`statusCode` 200 came before it): the envelope's
    /// members after `data` are read after it, by [`decode_data`].
    pub(crate) rest_unread: bool,
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
            .field("http_status", &self.http_status)
            .field("request_id", &self.request_id)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The envelope fields other than `data`, and where `data` starts.
#[derive(Default)]
struct Head {
    status_code: Option<i64>,
    message: Option<String>,
    api_code: Option<i64>,
    request_id: Option<String>,
    data: Option<usize>,
    /// Where `data` ends, when it was skipped (a failure's `data`, kept whole).
    data_end: Option<usize>,
    /// Reading stopped at `data` (see [`RawResponse`]).
    rest_unread: bool,
}

/// The envelope's members, in the order Authing sends them.
const ENVELOPE: &[&str] = &["statusCode", "message", "apiCode", "requestId", "data"];

/// Reads the envelope once: its head fields, and the position of `data`. When `statusCode` 200
/// came before `data` (as Authing sends it), reading stops there and [`decode_data`] reads `data`
/// and then the rest; otherwise `data` is skipped (its syntax checked) to reach the head fields
/// after it. What was read before a fault stays in `head` (the request id, for the error).
fn head(body: &[u8], head: &mut Head) -> Result<(), Fault> {
    let mut r = Reader::new(body);
    r.object("an Authing response envelope", ENVELOPE, &mut |r, index| {
        match index {
            0 => head.status_code = Some(read::int(r)?),
            1 => head.message = read::opt(r, read::string)?,
            2 => head.api_code = read::opt(r, read::int)?,
            3 => head.request_id = read::opt(r, read::string)?,
            _ => {
                head.data = None;
                head.data_end = None;
                if !r.null()? {
                    head.data = Some(r.position());
                    if head.status_code == Some(200) {
                        head.rest_unread = true;
                        r.stop_object();
                        return Ok(());
                    }
                    r.skip()?;
                    head.data_end = Some(r.position());
                }
            }
        }
        Ok(())
    })?;
    if head.rest_unread {
        return Ok(());
    }
    r.end()?;
    read::required(head.status_code, "statusCode")?;
    Ok(())
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
    let mut head = Head::default();
    match self::head(&body, &mut head) {
        Ok(()) => {}
        Err(_) if !(200..300).contains(&http_status) => {
            return Err(Error::HttpStatus {
                method,
                path,
                status: http_status,
                excerpt: excerpt(&body),
            })
        }
        Err(fault) => {
            let call = Call {
                method,
                path,
                http_status,
                request_id: head.request_id,
            };
            return Err(decode_error(call, &body, fault));
        }
    };
    let status_code = head.status_code.unwrap_or_default();
    if status_code != 200 {
        let data = match (head.data, head.data_end) {
            (Some(start), Some(end)) => failure_data(&body[start..end]),
            _ => None,
        };
        return Err(Error::Api {
            method,
            path,
            status_code,
            api_code: head.api_code,
            message: head.message.unwrap_or_default(),
            request_id: head.request_id,
            data,
            http_status,
        });
    }
    Ok(RawResponse {
        method,
        path,
        http_status,
        request_id: head.request_id,
        body,
        data: head.data,
        rest_unread: head.rest_unread,
    })
}

/// A failure's `data` (already checked to be one JSON value) as JSON, for [`Error::Api`].
#[cold]
fn failure_data(data: &[u8]) -> Option<crate::ApiData> {
    serde_json::from_slice(data)
        .ok()
        .map(|value| crate::ApiData(Box::new(value)))
}

/// The call a decode error names.
struct Call {
    method: &'static str,
    path: &'static str,
    http_status: u16,
    request_id: Option<String>,
}

/// Decodes the envelope's `data` member as `T`. A missing `data` decodes as JSON `null`. Errors
/// name the JSON path (e.g. `data.identities[0].provider`) and carry a bounded excerpt.
pub fn decode_data<T: Decode>(response: &RawResponse) -> Result<T, Error> {
    let mut r = data_reader(response);
    let data = T::decode(&mut r).map_err(|fault| data_error(response, fault))?;
    if response.rest_unread {
        rest_of_envelope(response, &mut r)?;
    }
    Ok(data)
}

/// The JSON text of the envelope's `data` (`null` when there is none), its syntax and the rest
/// of the envelope checked: for a caller that decodes it with serde (a raw call).
pub(crate) fn data_json(response: &RawResponse) -> Result<&[u8], Error> {
    let Some(start) = response.data else {
        return Ok(b"null");
    };
    let mut r = Reader::at(&response.body, start);
    r.skip().map_err(|fault| data_error(response, fault))?;
    let end = r.position();
    if response.rest_unread {
        rest_of_envelope(response, &mut r)?;
    }
    Ok(response.body.get(start..end).unwrap_or(b"null"))
}

/// Decodes a whole JSON answer that has no envelope (the OAuth 2.0 and OIDC endpoints') as `T`;
/// errors name the JSON path, as for an envelope's `data`.
pub fn decode_json<T: Decode>(
    method: &'static str,
    path: &'static str,
    body: &[u8],
) -> Result<T, Error> {
    let mut r = Reader::new(body);
    T::decode(&mut r)
        .and_then(|value| r.end().map(|()| value))
        .map_err(|fault| decode_error_without_call(method, path, body, fault))
}

/// The envelope's members after `data` (skipped) and its end, when the head check stopped at
/// `data`.
#[cold]
fn rest_of_envelope(response: &RawResponse, r: &mut Reader<'_>) -> Result<(), Error> {
    r.rest_of_object()
        .and_then(|()| r.end())
        .map_err(|fault| decode_error(call_of(response), &response.body, fault))
}

/// A reader at the envelope's `data` (at a `null` when there is none).
fn data_reader(response: &RawResponse) -> Reader<'_> {
    match response.data {
        Some(start) => Reader::at(&response.body, start),
        None => Reader::new(b"null"),
    }
}

#[cold]
fn data_error(response: &RawResponse, fault: Fault) -> Error {
    decode_error(call_of(response), &response.body, fault.at_key("data"))
}

/// The call `response` answered, for its decode errors.
fn call_of(response: &RawResponse) -> Call {
    Call {
        method: response.method,
        path: response.path,
        http_status: response.http_status,
        request_id: response.request_id.clone(),
    }
}

/// The client's error for a fault in an envelope's answer; the reason is withheld when the path
/// names a credential (it may quote the value).
#[cold]
fn decode_error(call: Call, body: &[u8], fault: Fault) -> Error {
    let mut error = decode_error_without_call(call.method, call.path, body, fault);
    if let Error::Decode { response, .. } = &mut error {
        *response = crate::ResponseMeta::new(call.http_status, call.request_id);
    }
    error
}

/// The error for a fault in an answer without an envelope (no request id, no status known).
#[cold]
fn decode_error_without_call(
    method: &'static str,
    path: &'static str,
    body: &[u8],
    fault: Fault,
) -> Error {
    let reason = if fault.under_key(is_sensitive_key) {
        "invalid value (not shown: the field holds a credential)".to_owned()
    } else {
        fault.reason().to_owned()
    };
    Error::Decode {
        method,
        path,
        json_path: fault.json_path(),
        reason,
        excerpt: excerpt(body),
        response: None,
    }
}

/// Serialises a request body as JSON.
pub fn json_body<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(value).map_err(|source| Error::Encode {
        what: "request body",
        source,
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

    /// `{"a": [integer]}` and `{"secret": string}`, decoded as generated code does.
    #[derive(Debug)]
    struct A {
        #[allow(dead_code)]
        a: Vec<i64>,
    }

    impl Decode for A {
        fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
            let mut a = None;
            r.object("struct A", &["a"], &mut |r, _| {
                a = Some(Decode::decode(r)?);
                Ok(())
            })?;
            Ok(A {
                a: read::required(a, "a")?,
            })
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
        fn same<T: Decode + fmt::Debug>() {
            let shown = |body: &str| match decode_data::<T>(&ok(body)) {
                Err(Error::Decode {
                    json_path, reason, ..
                }) => format!("{json_path}: {reason}"),
                other => format!("{other:?}"),
            };
            let absent = shown(r#"{"statusCode":200}"#);
            assert_eq!(absent, shown(r#"{"statusCode":200,"data":null}"#));
        }
        same::<i64>();
        same::<String>();
        same::<A>();
        same::<Vec<i64>>();
        same::<Option<A>>();
        same::<()>();
        same::<serde_json::Value>();
    }

    #[test]
    fn decode_errors_name_the_path() {
        let r = ok(r#"{"statusCode":200,"data":{"a":[1,"x"]}}"#);
        match decode_data::<A>(&r) {
            Err(Error::Decode { json_path, .. }) => assert_eq!(json_path, "data.a[1]"),
            other => panic!("{other:?}"),
        }
        match decode_data::<A>(&ok(r#"{"statusCode":200,"data":{}}"#)) {
            Err(Error::Decode {
                json_path, reason, ..
            }) => assert_eq!((&*json_path, &*reason), ("data", "missing field `a`")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_credential_value_is_not_quoted() {
        let r = ok(r#"{"statusCode":200,"data":{"secret":["s3cr3t"]}}"#);
        let e = decode_data::<std::collections::BTreeMap<String, String>>(&r).unwrap_err();
        let shown = format!("{e} {e:?}");
        assert!(shown.contains("data.secret"), "{shown}");
        assert!(!shown.contains("s3cr3t"), "{shown}");
    }

    #[test]
    fn after_a_success_the_rest_of_the_envelope_is_read_after_data() {
        let r = ok(r#"{"statusCode":200,"message":"m","data":{"a":[3]},"requestId":"late"}"#);
        assert!(r.rest_unread);
        assert_eq!(decode_data::<A>(&r).unwrap().a, [3]);
        let r = ok(r#"{"statusCode":200,"data":{"a":[3]},"x":{"y":[1,}} "#);
        match decode_data::<A>(&r) {
            Err(Error::Decode { json_path, .. }) => assert_eq!(json_path, "x"),
            other => panic!("{other:?}"),
        }
        let r = ok(r#"{"statusCode":200,"data":{"a":[3]}} x"#);
        match decode_data::<()>(&r) {
            Err(Error::Decode { reason, .. }) => assert!(reason.contains("trailing"), "{reason}"),
            other => panic!("{other:?}"),
        }
        // A failure reads the whole envelope (its message may follow `data`).
        match check(
            "GET",
            "/p",
            200,
            br#"{"statusCode":404,"data":{},"message":"no"}"#.to_vec(),
        ) {
            Err(Error::Api { message, .. }) => assert_eq!(message, "no"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_head_is_read_whatever_the_order_and_data_is_found() {
        let r = ok(r#"{"data":{"a":[2]},"requestId":"r1","statusCode":200,"x":[{}]}"#);
        assert_eq!(r.request_id(), Some("r1"));
        assert_eq!(decode_data::<A>(&r).unwrap().a, [2]);
        match check("GET", "/p", 200, br#"{"statusCode":200} x"#.to_vec()) {
            Err(Error::Decode { reason, .. }) => assert!(reason.contains("trailing"), "{reason}"),
            other => panic!("{other:?}"),
        }
        // Bad syntax inside `data`: after a success the decoder finds it, with its path; before
        // `statusCode` the head check does (it skips `data`), with the line and column.
        let r = ok(r#"{"statusCode":200,"data":{"a":[1,]}}"#);
        match decode_data::<A>(&r) {
            Err(Error::Decode {
                json_path, reason, ..
            }) => {
                assert_eq!(json_path, "data.a[1]");
                assert!(
                    reason.starts_with("expected value at line 1 column 34"),
                    "{reason}"
                );
            }
            other => panic!("{other:?}"),
        }
        match check(
            "GET",
            "/p",
            200,
            br#"{"data":{"a":[1,]},"statusCode":200}"#.to_vec(),
        ) {
            Err(Error::Decode {
                json_path, reason, ..
            }) => assert_eq!(
                (&*json_path, &*reason),
                ("data", "expected value at line 1 column 17")
            ),
            other => panic!("{other:?}"),
        }
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
