//! A call that needs an extra step, as Authing answers one (its docs' error handling: a
//! `statusCode` other than 200, with what the step needs in `data`): an MFA-style answer to a
//! sign-in, its `data` kept whole in `Error::Api` and decoded with `Error::data_as`, the MFA
//! token masked in `Debug` and absent from `Display`; a `data` of the wrong shape is a decode
//! error that keeps the HTTP status and request id and never quotes the token.

use authing::authentication::TokenEndpointAuthMethod;
use authing::Error;
use authing_local::Reply;
use serde::Deserialize;
use serde_json::json;

use super::{client, scripted};

const MFA_TOKEN: &str = "mfa-token-Qx81zPw7L";

/// What the second factor needs, as the caller's own type.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MfaStep {
    mfa_token: String,
    mfa_enabled: bool,
    applicable_mfa: Vec<String>,
}

/// The local answer: `statusCode` 400 with an `apiCode`, a request id and the step's data.
fn mfa_required() -> Reply {
    Reply::json(&json!({
        "statusCode": 400,
        "apiCode": 1636,
        "message": "需要 MFA 认证",
        "requestId": "req-mfa-1",
        "data": {
            "mfaToken": MFA_TOKEN,
            "mfaEnabled": true,
            "applicableMfa": ["OTP", "SMS"],
        },
    }))
}

async fn signed_in_with_mfa_required() -> Error {
    let server = scripted(|_| mfa_required()).await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let error = client
        .sign_in_by_account_password("alice", "Passw0rd!")
        .await
        .unwrap_err();
    assert_eq!(server.requests_to("/api/v3/signin").len(), 1);
    error
}

#[tokio::test]
async fn an_mfa_step_keeps_its_data_and_decodes_into_the_callers_type() {
    let error = signed_in_with_mfa_required().await;
    match &error {
        Error::Api {
            status_code: 400,
            api_code: Some(1636),
            request_id: Some(id),
            data: Some(data),
            http_status: 200,
            ..
        } => {
            assert_eq!(id, "req-mfa-1");
            assert_eq!(data.as_json()["mfaEnabled"], true);
        }
        other => panic!("{other:?}"),
    }
    let step: MfaStep = error.data_as().unwrap().expect("the step's data");
    assert_eq!(step.mfa_token, MFA_TOKEN);
    assert!(step.mfa_enabled);
    assert_eq!(step.applicable_mfa, ["OTP", "SMS"]);
}

#[tokio::test]
async fn the_mfa_token_is_masked_in_debug_and_absent_from_display() {
    let error = signed_in_with_mfa_required().await;
    let (shown, debug) = (error.to_string(), format!("{error:?}"));
    assert!(!shown.contains(MFA_TOKEN), "{shown}");
    assert!(!debug.contains(MFA_TOKEN), "{debug}");
    // The rest of the data stays readable.
    assert!(debug.contains("\"mfaToken\": ***"), "{debug}");
    assert!(debug.contains("\"mfaEnabled\": Bool(true)"), "{debug}");
    assert!(shown.contains("statusCode 400, apiCode 1636"), "{shown}");
}

#[tokio::test]
async fn data_of_the_wrong_shape_is_a_decode_error_with_status_and_request_id() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Wrong {
        #[serde(rename = "mfaToken")]
        mfa_token: u64,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Missing {
        ticket: String,
    }
    let error = signed_in_with_mfa_required().await;
    for decoded in [
        error.data_as::<Wrong>().map(|_| ()),
        error.data_as::<Missing>().map(|_| ()),
    ] {
        let decode_error = decoded.unwrap_err();
        let shown = format!("{decode_error} {decode_error:?}");
        assert!(!shown.contains(MFA_TOKEN), "{shown}");
        match &decode_error {
            Error::Decode {
                method: "POST",
                path: "/api/v3/signin",
                json_path,
                response: Some(response),
                ..
            } => {
                assert_eq!(json_path, "data");
                assert_eq!(response.http_status, 200);
                assert_eq!(response.request_id.as_deref(), Some("req-mfa-1"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(decode_error.request_id(), Some("req-mfa-1"));
        assert_eq!(decode_error.http_status(), Some(200));
    }
    let missing = error.data_as::<Missing>().unwrap_err().to_string();
    assert!(missing.contains("missing field `ticket`"), "{missing}");
}

#[tokio::test]
async fn a_success_body_that_does_not_decode_keeps_its_status_and_request_id() {
    let server = scripted(|_| {
        Reply::json(&json!({
            "statusCode": 200, "message": "ok", "requestId": "req-bad-1",
            "data": {"userId": 5},
        }))
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let error = client
        .sign_up_by_email_password("alice@example.com", "Passw0rd!")
        .await
        .unwrap_err();
    match &error {
        Error::Decode {
            response: Some(response),
            ..
        } => {
            assert_eq!(response.http_status, 200);
            assert_eq!(response.request_id.as_deref(), Some("req-bad-1"));
        }
        other => panic!("{other:?}"),
    }
    assert!(
        error.to_string().contains("(requestId req-bad-1)"),
        "{error}"
    );
}
