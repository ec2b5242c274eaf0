//! User sessions: the access token renewed before it expires (one refresh for many concurrent
//! calls), renewed once when the server rejects it, a refresh that reached the server never
//! sent again, and its answer kept when the call that started it was dropped. The server is
//! scripted: `/oidc/token` rotates tokens, `get-profile` accepts only the current access token.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use authing::authentication::TokenEndpointAuthMethod;
use authing::{Error, ProtocolError, SecretString, TokenSet};
use authing_local::{LocalAuthing, RecordedRequest, Reply};
use serde_json::json;

use super::{client, ok, scripted};

const PROFILE: &str = "/api/v3/get-profile";
const TOKEN: &str = "/oidc/token";

/// The server's view: the access token it accepts and how the token endpoint answers.
struct Issuer {
    access: String,
    refresh: String,
    issued: u32,
}

/// A server that issues `at-N`/`rt-N` pairs on each refresh with the current refresh token
/// (refused otherwise) and serves `get-profile` to the current access token only; `token`
/// overrides the token endpoint's answer when it returns `Some` (and may change the state).
async fn issuer(
    token: impl Fn(&RecordedRequest, &mut Issuer) -> Option<Reply> + Send + Sync + 'static,
) -> (LocalAuthing, Arc<Mutex<Issuer>>) {
    let state = Arc::new(Mutex::new(Issuer {
        access: "at-0".into(),
        refresh: "rt-0".into(),
        issued: 0,
    }));
    let shared = Arc::clone(&state);
    let server = scripted(move |request| {
        let mut state = shared.lock().unwrap();
        match request.path.as_str() {
            TOKEN => {
                if let Some(reply) = token(request, &mut state) {
                    return reply;
                }
                let form: Vec<(String, String)> = url_form(&String::from_utf8_lossy(&request.body));
                let field =
                    |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
                if field("grant_type").as_deref() != Some("refresh_token")
                    || field("refresh_token") != Some(state.refresh.clone())
                {
                    return Reply::raw(400, "application/json", r#"{"error":"invalid_grant"}"#);
                }
                state.issued += 1;
                state.access = format!("at-{}", state.issued);
                state.refresh = format!("rt-{}", state.issued);
                Reply::json(&json!({
                    "access_token": state.access, "refresh_token": state.refresh,
                    "expires_in": 3600, "token_type": "Bearer",
                }))
            }
            _ if request.header("authorization") == Some(state.access.as_str()) => {
                ok(json!({"userId": "u1"}))
            }
            _ => Reply::json(&json!({"statusCode": 401, "message": "token expired"})),
        }
    })
    .await;
    (server, state)
}

fn url_form(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.replace("%2D", "-")))
        .collect()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn tokens(expires_in: u64) -> TokenSet {
    TokenSet {
        refresh_token: Some(SecretString::new("rt-0")),
        expires_at: Some(now() + expires_in),
        ..TokenSet::from_access_token("at-0")
    }
}

#[tokio::test]
async fn many_concurrent_calls_on_an_expiring_session_refresh_once() {
    let (server, _) = issuer(|_, _| None).await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    // Expires within the refresh margin: the first call renews it, the others wait for it.
    let session = client.session(tokens(5));
    let calls = (0..32).map(|_| {
        let session = session.clone();
        tokio::spawn(async move { session.get_profile().await })
    });
    for call in calls {
        call.await.unwrap().expect("every call succeeds");
    }
    assert_eq!(server.requests_to(TOKEN).len(), 1, "one refresh for all");
    assert_eq!(session.refresh_count(), 1);
    let profiles = server.requests_to(PROFILE);
    assert_eq!(profiles.len(), 32);
    assert!(profiles
        .iter()
        .all(|r| r.header("authorization") == Some("at-1")));
    let renewed = session.tokens().await;
    assert_eq!(renewed.access_token.expose(), "at-1");
    assert_eq!(
        renewed.refresh_token.as_ref().map(SecretString::expose),
        Some("rt-1")
    );
    // The refresh was the application's: client_secret_post puts its id and secret in the form.
    let form = String::from_utf8(server.requests_to(TOKEN)[0].body.clone()).unwrap();
    assert!(
        form.contains("client_id=6322ab2c4a0d6d3c1b2a1f10"),
        "{form}"
    );
    assert!(form.contains("client_secret=fake-app-secret"), "{form}");
}

#[tokio::test]
async fn a_rejected_token_is_renewed_once_and_the_call_sent_again() {
    let (server, state) = issuer(|_, _| None).await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretBasic);
    let session = client.session(tokens(3600));
    // The server revokes the access token early.
    state.lock().unwrap().access = "revoked".into();
    // ... and a refresh makes at-1 the accepted one.
    session.get_profile().await.expect("renewed and sent again");
    let profiles = server.requests_to(PROFILE);
    assert_eq!(profiles.len(), 2);
    assert_eq!(profiles[0].header("authorization"), Some("at-0"));
    assert_eq!(profiles[1].header("authorization"), Some("at-1"));
    let refresh = &server.requests_to(TOKEN)[0];
    assert!(refresh
        .header("authorization")
        .unwrap()
        .starts_with("Basic "));
}

#[tokio::test]
async fn a_refresh_that_reached_the_server_is_never_sent_again() {
    // The token endpoint carries the refresh out (the old tokens die) and the answer is lost.
    let (server, _) = issuer(|_, state| {
        state.issued += 1;
        state.access = "at-1".into();
        state.refresh = "rt-1".into();
        Some(Reply::close())
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let session = client.session(tokens(5));
    let first = session.get_profile().await.unwrap_err();
    assert!(first.is_transient(), "{first:?}");
    // The spent refresh token is gone: the next call goes out with the old access token,
    // which the server refuses, and nothing renews it.
    let second = session.get_profile().await.unwrap_err();
    assert!(
        matches!(
            second,
            Error::Api {
                status_code: 401,
                ..
            }
        ),
        "{second:?}"
    );
    assert_eq!(server.requests_to(TOKEN).len(), 1);
    assert!(session.tokens().await.refresh_token.is_none());
    let third = session.refresh().await.unwrap_err();
    assert!(matches!(
        third,
        Error::Protocol(ProtocolError::NoRefreshToken)
    ));
    assert_eq!(server.requests_to(TOKEN).len(), 1);
}

#[tokio::test]
async fn a_refused_refresh_is_an_oauth_error_and_no_token_shows_in_it() {
    let (server, _) = issuer(|_, _| {
        Some(Reply::raw(
            400,
            "application/json",
            r#"{"error":"invalid_grant","error_description":"refresh token rt-0 expired"}"#,
        ))
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let session = client.session(tokens(5));
    let error = session.get_profile().await.unwrap_err();
    match &error {
        Error::OAuth { status, error, .. } => {
            assert_eq!((*status, error.as_str()), (400, "invalid_grant"));
        }
        other => panic!("{other:?}"),
    }
    assert!(!format!("{session:?}").contains("at-0"));
    assert!(!format!("{:?}", session.tokens().await).contains("at-0"));
}

#[tokio::test]
async fn a_refresh_whose_caller_gave_up_keeps_the_rotated_tokens() {
    // The token endpoint carries the refresh out at once (the old tokens die) and answers
    // slowly; the call that started the refresh is dropped before the answer arrives.
    let (server, _) = issuer(|_, state| {
        state.issued += 1;
        state.access = format!("at-{}", state.issued);
        state.refresh = format!("rt-{}", state.issued);
        let answer = json!({
            "access_token": state.access, "refresh_token": state.refresh,
            "expires_in": 3600, "token_type": "Bearer",
        });
        Some(Reply::json(&answer).delayed(Duration::from_millis(600)))
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let session = client.session(tokens(5));
    let gave_up = tokio::time::timeout(Duration::from_millis(100), session.get_profile()).await;
    assert!(gave_up.is_err(), "the call was dropped mid-refresh");
    assert_eq!(server.requests_to(TOKEN).len(), 1, "the refresh went out");
    // The next call (on a clone, as another handler would) waits for that refresh and goes out
    // with the rotated access token.
    session
        .clone()
        .get_profile()
        .await
        .expect("the rotated tokens were kept");
    assert_eq!(
        server.requests_to(TOKEN).len(),
        1,
        "one refresh, never resent"
    );
    let profiles = server.requests_to(PROFILE);
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].header("authorization"), Some("at-1"));
    let kept = session.tokens().await;
    assert_eq!(kept.access_token.expose(), "at-1");
    assert_eq!(
        kept.refresh_token.as_ref().map(SecretString::expose),
        Some("rt-1")
    );
    assert_eq!(session.refresh_count(), 1);
}

#[tokio::test]
async fn an_explicit_refresh_dropped_mid_way_still_stores_its_answer() {
    let (server, _) = issuer(|_, state| {
        state.issued += 1;
        state.access = format!("at-{}", state.issued);
        state.refresh = format!("rt-{}", state.issued);
        let answer = json!({
            "access_token": state.access, "refresh_token": state.refresh,
            "expires_in": 3600,
        });
        Some(Reply::json(&answer).delayed(Duration::from_millis(600)))
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let session = client.session(tokens(3600));
    tokio::select! {
        _ = session.refresh() => panic!("the refresh answers after the other branch"),
        _ = tokio::time::sleep(Duration::from_millis(100)) => {}
    }
    // `tokens()` waits on the lock the refresh task holds, then reads what it stored.
    let kept = session.tokens().await;
    assert_eq!(kept.access_token.expose(), "at-1");
    assert_eq!(
        kept.refresh_token.as_ref().map(SecretString::expose),
        Some("rt-1")
    );
    session
        .get_profile()
        .await
        .expect("the rotated access token works");
    assert_eq!(server.requests_to(TOKEN).len(), 1);
}
