//! An ID token never passes as an access token, nor the reverse, although Authing signs both
//! with the same key, `iss` and `aud`: what the local Authing issues (access tokens with `scope`
//! and `jti`, ID tokens with neither) is told apart, crafted tokens of each kind are refused by
//! the other's verification with [`ProtocolError::WrongTokenKind`], and `typ: at+jwt`
//! (RFC 9068) marks an access token.

use authing::{Error, ProtocolError, TokenKind};
use authing_local::LocalAuthing;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Map, Value};

use super::id_token::{claims, refused};
use super::{assert_hides, client, server, sign_in, APP_ID};

/// The claims of a JWT, read without verifying it.
fn payload(token: &str) -> Map<String, Value> {
    let part = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

/// Valid access token claims for `server`, with `changes` merged in (`null` removes a claim).
fn access_claims(server: &LocalAuthing, changes: Value) -> Value {
    let mut claims = claims(server, json!({"nonce": null, "email": null}));
    let object = claims.as_object_mut().unwrap();
    object.insert("scope".into(), "openid profile".into());
    object.insert("jti".into(), "jti-1".into());
    for (name, value) in changes.as_object().unwrap() {
        match value {
            Value::Null => object.remove(name),
            value => object.insert(name.clone(), value.clone()),
        };
    }
    claims
}

/// `verify_access_token`'s protocol error for `token`, checking the error does not show it.
async fn refused_as_access(client: &authing::AuthenticationClient, token: &str) -> ProtocolError {
    let error = client.verify_access_token(token).await.unwrap_err();
    assert_hides(&error, &[token]);
    match error {
        Error::Protocol(reason) => reason,
        other => panic!("not a protocol error: {other:?}"),
    }
}

const ID_GIVEN_AS_ACCESS: ProtocolError = ProtocolError::WrongTokenKind {
    expected: TokenKind::AccessToken,
    found: TokenKind::IdToken,
};

const ACCESS_GIVEN_AS_ID: ProtocolError = ProtocolError::WrongTokenKind {
    expected: TokenKind::IdToken,
    found: TokenKind::AccessToken,
};

#[tokio::test]
async fn the_local_authing_issues_access_tokens_with_scope_and_jti_and_id_tokens_without_scope() {
    let server = server().await;
    let client = client(&server);
    let (_, signed_in) = sign_in(&server, &client, "openid profile offline_access").await;
    let access = payload(signed_in.tokens.access_token.expose());
    assert!(access["scope"].is_string() && access["jti"].is_string());
    assert!(!access.contains_key("nonce") && !access.contains_key("at_hash"));
    let id = payload(signed_in.tokens.id_token.as_ref().unwrap().expose());
    assert!(!id.contains_key("scope") && !id.contains_key("jti"));
    assert!(id["nonce"].is_string() && id["at_hash"].is_string());
    // So is what a refresh and client credentials issue.
    let renewed = client.refresh_tokens(&signed_in.tokens).await.unwrap();
    assert!(payload(renewed.access_token.expose())["scope"].is_string());
    assert!(!payload(renewed.id_token.unwrap().expose()).contains_key("scope"));
    let app = client.client_credentials_token().await.unwrap();
    let app = payload(app.access_token.expose());
    assert!(app["scope"].is_string() && app["jti"].is_string());
}

#[tokio::test]
async fn an_id_token_is_refused_as_an_access_token() {
    let server = server().await;
    let client = client(&server);
    let (_, signed_in) = sign_in(&server, &client, "openid profile").await;
    // The real thing: an ID token from the code flow (a leaked `id_token_hint`, say).
    let id_token = signed_in.tokens.id_token.unwrap();
    assert_eq!(
        refused_as_access(&client, id_token.expose()).await,
        ID_GIVEN_AS_ACCESS
    );
    // Each mark of an ID token is enough: no `scope`, a `nonce`, an `at_hash`.
    let no_scope = server.sign_token(&access_claims(&server, json!({"scope": null})));
    let nonce = server.sign_token(&access_claims(&server, json!({"nonce": "n"})));
    let at_hash = server.sign_token(&access_claims(&server, json!({"at_hash": "h"})));
    for token in [no_scope, nonce, at_hash] {
        assert_eq!(refused_as_access(&client, &token).await, ID_GIVEN_AS_ACCESS);
    }
    // The error names both kinds.
    let shown = Error::Protocol(ID_GIVEN_AS_ACCESS).to_string();
    assert!(
        shown.contains("an ID token") && shown.contains("an access token"),
        "{shown}"
    );
    // A proper access token still verifies.
    let good = server.sign_token(&access_claims(&server, json!({})));
    let verified = client.verify_access_token(&good).await.unwrap();
    assert_eq!(verified.scope.as_deref(), Some("openid profile"));
    assert_eq!(verified.jti.as_deref(), Some("jti-1"));
}

#[tokio::test]
async fn an_access_token_is_refused_as_an_id_token() {
    let server = server().await;
    let client = client(&server);
    let (_, signed_in) = sign_in(&server, &client, "openid profile").await;
    let access = signed_in.tokens.access_token;
    assert_eq!(
        refused(&client, access.expose(), None).await,
        ACCESS_GIVEN_AS_ID
    );
    // Crafted: ID token claims plus a `scope`; or an `at+jwt` header.
    let scoped = server.sign_token(&claims(&server, json!({"scope": "openid"})));
    assert_eq!(refused(&client, &scoped, None).await, ACCESS_GIVEN_AS_ID);
    let typed = server.sign_token_with_typ("at+jwt", &claims(&server, json!({})));
    assert_eq!(refused(&client, &typed, None).await, ACCESS_GIVEN_AS_ID);
}

#[tokio::test]
async fn an_at_jwt_access_token_verifies_and_other_jwt_types_are_refused() {
    let server = server().await;
    let client = client(&server);
    // RFC 9068's type, in any case and with the media type prefix: an access token even
    // without `scope`.
    for typ in ["at+jwt", "AT+JWT", "application/at+jwt"] {
        let token =
            server.sign_token_with_typ(typ, &access_claims(&server, json!({"scope": null})));
        let verified = client.verify_access_token(&token).await.unwrap();
        assert_eq!(verified.aud, [APP_ID]);
    }
    // An `at+jwt` token with an ID token's marks is still refused.
    let marked =
        server.sign_token_with_typ("at+jwt", &access_claims(&server, json!({"nonce": "n"})));
    assert_eq!(
        refused_as_access(&client, &marked).await,
        ID_GIVEN_AS_ACCESS
    );
    // Another type (a back-channel logout token, say) is neither.
    let logout = server.sign_token_with_typ("logout+jwt", &claims(&server, json!({})));
    assert_eq!(
        refused(&client, &logout, None).await,
        ProtocolError::WrongTokenKind {
            expected: TokenKind::IdToken,
            found: TokenKind::Other,
        }
    );
    let logout = server.sign_token_with_typ("logout+jwt", &access_claims(&server, json!({})));
    assert_eq!(
        refused_as_access(&client, &logout).await,
        ProtocolError::WrongTokenKind {
            expected: TokenKind::AccessToken,
            found: TokenKind::Other,
        }
    );
}
