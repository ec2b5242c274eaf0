//! Signed API calls: the second way Authing's SDKs authenticate. The official Node SDK fetches no
//! token; it signs every call with the access key and sends
//! `authorization: authing <accessKeyId>:<signature>`, where the signature is the base64
//! HMAC-SHA1 (keyed with the access key secret) of this text:
//!
//! ```text
//! <METHOD>\n
//! <name>:<value>\n          one line per `x-authing-*` header and `date`, sorted by name
//! <path>[?<k>=<v>&...]      the parameters sorted by name, values not percent-encoded
//! ```
//!
//! The parameters are the query's for a GET and the JSON body's top-level members otherwise
//! (strings as they are, any other value as its JSON text in the body). Header values have tabs
//! and line breaks turned into spaces and are trimmed. Neither `date` nor the nonce header is
//! checked: this server keeps no replay protection.

use std::collections::BTreeMap;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ring::hmac;
use serde_json::value::RawValue;

use crate::record::RecordedRequest;

/// The scheme that marks a signed call.
const SCHEME: &str = "authing ";

/// The access key id and signature of a signed call's `authorization` value (the signature is
/// empty when the value has no `:`), or `None` when the value is not a signature (e.g. a bearer
/// token).
pub(crate) fn parse(authorization: &str) -> Option<(&str, &str)> {
    let credential = authorization.strip_prefix(SCHEME)?.trim();
    Some(credential.split_once(':').unwrap_or((credential, "")))
}

/// Whether `signature` (base64) is `secret`'s signature of `request`.
pub(crate) fn verify(request: &RecordedRequest, secret: &str, signature: &str) -> bool {
    let Ok(signature) = STANDARD.decode(signature) else {
        return false;
    };
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret.as_bytes());
    hmac::verify(&key, string_to_sign(request).as_bytes(), &signature).is_ok()
}

/// The text a signature covers (see the module doc).
pub(crate) fn string_to_sign(request: &RecordedRequest) -> String {
    let mut out = format!("{}\n", request.method);
    let mut headers: Vec<(&str, &str)> = request
        .headers
        .iter()
        .filter(|(name, _)| name.starts_with("x-authing-") || name == "date")
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    headers.sort_by_key(|&(name, _)| name);
    for (name, value) in headers {
        let value = value.replace(['\t', '\n', '\r', '\x0c'], " ");
        out.push_str(&format!("{name}:{}\n", value.trim()));
    }
    out.push_str(&request.path);
    let params = if request.method == "GET" {
        let mut pairs = request.query_pairs();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        pairs
    } else {
        body_params(&request.body)
    };
    for (i, (key, value)) in params.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        out.push_str(&format!("{key}={value}"));
    }
    out
}

/// A JSON object body's members as signed parameters, sorted by name (none for another body).
fn body_params(body: &[u8]) -> Vec<(String, String)> {
    let Ok(members) = serde_json::from_slice::<BTreeMap<String, &RawValue>>(body) else {
        return Vec::new();
    };
    members
        .into_iter()
        .map(|(key, raw)| {
            let text =
                serde_json::from_str::<String>(raw.get()).unwrap_or_else(|_| raw.get().to_owned());
            (key, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Headers as the Node SDK 4.0.1 sends them, with a fixed nonce and date.
    fn node_headers() -> Vec<(String, String)> {
        [
            ("accept", "application/json"),
            ("content-type", "application/json"),
            (
                "x-authing-signature-nonce",
                "4b1f0c1e8b0c4e0f9a0a8b2f2d3c4e5f",
            ),
            ("x-authing-signature-method", "HMAC-SHA1"),
            ("x-authing-signature-version", "1.0"),
            ("user-agent", "ua"),
            ("x-authing-sdk-version", "authing-node-sdk:4.0.1"),
            ("x-authing-lang", "zh-CN"),
            ("date", "Mon, 06 Jan 2025 08:00:00 GMT"),
        ]
        .into_iter()
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect()
    }

    fn request(method: &str, path: &str, query: Option<&str>, body: &str) -> RecordedRequest {
        RecordedRequest {
            method: method.to_owned(),
            path: path.to_owned(),
            query: query.map(str::to_owned),
            headers: node_headers(),
            body: body.as_bytes().to_vec(),
            status_code: None,
        }
    }

    const HEAD: &str = "date:Mon, 06 Jan 2025 08:00:00 GMT\nx-authing-lang:zh-CN\n\
        x-authing-sdk-version:authing-node-sdk:4.0.1\nx-authing-signature-method:HMAC-SHA1\n\
        x-authing-signature-nonce:4b1f0c1e8b0c4e0f9a0a8b2f2d3c4e5f\nx-authing-signature-version:1.0\n";

    // The expected texts and signatures were computed with the Node SDK's own
    // `buildStringToSign` and `buildAuthorization` (authing-node-sdk 4.0.1).
    #[test]
    fn matches_the_node_sdk_for_a_get() {
        let query = "userId=6229ffaxxxxxxxxcade3e3d9&userIdType=user_id&flatCustomData=false\
            &withCustomData=true&withPost=false&withIdentities=true&withDepartmentIds=true";
        let r = request("GET", "/api/v3/get-user", Some(query), "");
        let expected = format!(
            "GET\n{HEAD}/api/v3/get-user?flatCustomData=false&userId=6229ffaxxxxxxxxcade3e3d9\
            &userIdType=user_id&withCustomData=true&withDepartmentIds=true&withIdentities=true\
            &withPost=false"
        );
        assert_eq!(string_to_sign(&r), expected);
        assert!(verify(
            &r,
            "local-access-key-secret",
            "ZZZZVKRdj49zBkNj1T0WKgT8Yzg="
        ));
        assert!(!verify(&r, "other-secret", "ZZZZVKRdj49zBkNj1T0WKgT8Yzg="));
        assert!(!verify(&r, "local-access-key-secret", "not base64!"));
    }

    #[test]
    fn matches_the_node_sdk_for_a_body() {
        let body = r#"{"username":"bob2","nickname":"B","customData":{"b":1,"a":2},"phoneVerified":true,"count":3}"#;
        let r = request("POST", "/api/v3/create-user", None, body);
        let expected = format!(
            "POST\n{HEAD}/api/v3/create-user?count=3&customData={{\"b\":1,\"a\":2}}&nickname=B\
            &phoneVerified=true&username=bob2"
        );
        assert_eq!(string_to_sign(&r), expected);
        assert!(verify(
            &r,
            "local-access-key-secret",
            "PatnVx9mzM3gsaS/CVLrFXUUPRY="
        ));
    }

    #[test]
    fn parses_only_the_signature_scheme() {
        assert_eq!(parse("authing id:c2ln"), Some(("id", "c2ln")));
        assert_eq!(parse("Bearer x.y.z"), None);
        assert_eq!(parse("authing no-colon"), Some(("no-colon", "")));
    }
}
