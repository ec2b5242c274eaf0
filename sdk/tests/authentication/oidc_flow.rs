//! The authorization code flow end to end against the local Authing: authorize URL, the user's
//! sign-in, the callback, the verified ID token, userinfo, refresh with rotation,
//! introspection and revocation; the ways a callback fails; the application's other
//! authentication methods; client credentials, discovery, logout; and password sign-in.

use authing::authentication::TokenEndpointAuthMethod;
use authing::{Error, ProtocolError, TokenSet};
use authing_local::{AppAuthMethod, IdTokenAlgorithm, SEEDED_USER_ID};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::{
    assert_hides, client, client_builder, server, server_builder, sign_in, start, APP_ID,
    APP_SECRET, EMAIL, PASSWORD, REDIRECT_URI,
};

/// The decoded pairs of a form body or query.
fn pairs(text: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(text)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn is_oauth(error: &Error, want_status: u16, want_error: &str) -> bool {
    matches!(error, Error::OAuth { status, error, .. } if *status == want_status && error == want_error)
}

#[tokio::test]
async fn the_code_flow_signs_in_verifies_refreshes_introspects_and_revokes() {
    let server = server().await;
    let client = client(&server);
    let (request, signed_in) =
        sign_in(&server, &client, "openid profile email offline_access").await;

    // PKCE S256: the verifier sent with the code hashes to the challenge in the URL.
    let url = reqwest::Url::parse(request.url()).unwrap();
    let query = pairs(url.query().unwrap().as_bytes());
    let exchange = server.requests_to("/oidc/token");
    assert_eq!(exchange.len(), 1);
    let form = pairs(&exchange[0].body);
    assert_eq!(value(&form, "grant_type"), Some("authorization_code"));
    assert_eq!(value(&form, "redirect_uri"), Some(REDIRECT_URI));
    let verifier = value(&form, "code_verifier").expect("PKCE verifier sent");
    assert_eq!(Some(verifier), request.code_verifier().map(|v| v.expose()));
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    assert_eq!(
        value(&query, "code_challenge"),
        Some(URL_SAFE_NO_PAD.encode(digest).as_str())
    );
    assert_eq!(value(&query, "prompt"), Some("consent"), "offline_access");

    // The ID token was verified, nonce included.
    let claims = signed_in.claims.expect("OIDC claims");
    assert_eq!(claims.sub, SEEDED_USER_ID);
    assert_eq!(claims.aud, [APP_ID]);
    assert_eq!(claims.iss, server.issuer());
    assert_eq!(claims.nonce.as_deref(), request.nonce());
    assert_eq!(claims.email(), Some(EMAIL));
    let tokens = signed_in.tokens;
    assert!(tokens.refresh_token.is_some() && tokens.expires_at.is_some());
    assert_eq!(tokens.token_type.as_deref(), Some("Bearer"));

    let access = client
        .verify_access_token(tokens.access_token.expose())
        .await
        .expect("the access token verifies offline");
    assert_eq!(access.sub.as_deref(), Some(SEEDED_USER_ID));
    assert_eq!(access.aud, [APP_ID]);
    assert!(access.scope.unwrap().contains("offline_access"));

    // Userinfo: GET with the RFC 6750 header.
    let info = client
        .user_info(tokens.access_token.expose())
        .await
        .expect("userinfo");
    assert_eq!(info.sub, SEEDED_USER_ID);
    assert_eq!(info.email.as_deref(), Some(EMAIL));
    let me = server.requests_to("/oidc/me").pop().unwrap();
    assert_eq!(me.method, "GET");
    assert_eq!(me.query, None);
    let bearer = format!("Bearer {}", tokens.access_token.expose());
    assert_eq!(me.header("authorization"), Some(bearer.as_str()));

    // Refresh rotates: new tokens, and the old refresh token is refused afterwards.
    let renewed = client.refresh_tokens(&tokens).await.expect("refresh");
    assert_ne!(renewed.refresh_token, tokens.refresh_token);
    assert_ne!(renewed.access_token, tokens.access_token);
    let spent = client.refresh_tokens(&tokens).await.unwrap_err();
    assert!(is_oauth(&spent, 400, "invalid_grant"), "{spent:?}");
    assert_hides(&spent, &[tokens.refresh_token.as_ref().unwrap().expose()]);
    let renewed_id = renewed.id_token.as_ref().expect("a new ID token");
    client
        .verify_id_token(renewed_id.expose(), None)
        .await
        .expect("the renewed ID token verifies");

    // Introspection, revocation, introspection again.
    let at = renewed.access_token.expose();
    let live = client.introspect_token(at).await.expect("introspect");
    assert!(live.active);
    assert_eq!(live.sub.as_deref(), Some(SEEDED_USER_ID));
    assert_eq!(live.client_id.as_deref(), Some(APP_ID));
    let rt = renewed.refresh_token.as_ref().unwrap().expose();
    assert!(client.introspect_token(rt).await.unwrap().active);
    client.revoke_token(at).await.expect("revoke");
    let dead = client.introspect_token(at).await.expect("introspect");
    assert!(!dead.active);
    assert_eq!(dead.sub, None);
    let refused = client.user_info(at).await.unwrap_err();
    assert!(is_oauth(&refused, 401, "invalid_token"), "{refused:?}");
    assert_hides(&refused, &[at]);
    // Revoking an unknown token succeeds (RFC 7009).
    client.revoke_token("never-issued").await.expect("revoke");
}

#[tokio::test]
async fn a_code_is_exchanged_once_and_only_with_its_verifier() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    client.handle_callback(&request, &callback).await.unwrap();
    let again = client
        .handle_callback(&request, &callback)
        .await
        .unwrap_err();
    assert!(is_oauth(&again, 400, "invalid_grant"), "{again:?}");

    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let url = reqwest::Url::parse(&callback).unwrap();
    let code = value(&pairs(url.query().unwrap().as_bytes()), "code")
        .unwrap()
        .to_owned();
    let wrong = "W".repeat(43);
    let error = client
        .exchange_code(&code)
        .code_verifier(&wrong)
        .await
        .unwrap_err();
    assert!(is_oauth(&error, 400, "invalid_grant"), "{error:?}");
    assert_hides(&error, &[&code, &wrong]);
    // The failed attempt spent the code.
    let verifier = request.code_verifier().unwrap().expose();
    let error = client
        .exchange_code(&code)
        .code_verifier(verifier)
        .await
        .unwrap_err();
    assert!(is_oauth(&error, 400, "invalid_grant"), "{error:?}");
}

#[tokio::test]
async fn a_callback_with_an_error_or_without_a_code_fails_before_any_exchange() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();

    let denied = server.authorize(EMAIL, "wrong", request.url()).unwrap();
    match client.handle_callback(&request, &denied).await.unwrap_err() {
        Error::OAuth {
            method: "GET",
            path: "callback",
            status: 0,
            error,
            description,
            ..
        } => {
            assert_eq!(error, "access_denied");
            assert!(description.is_some());
        }
        other => panic!("{other:?}"),
    }
    // An error without a state is not the server's (the SDK always sends one): see
    // `callback.rs`.
    let bare = format!("{REDIRECT_URI}?error=login_required");
    assert!(matches!(
        client.handle_callback(&request, &bare).await,
        Err(Error::Protocol(ProtocolError::InvalidState))
    ));
    // An error with another state is a forged callback.
    let forged = format!("{REDIRECT_URI}?error=access_denied&state=forged");
    assert!(matches!(
        client.handle_callback(&request, &forged).await,
        Err(Error::Protocol(ProtocolError::InvalidState))
    ));
    let no_code = format!("?state={}", request.state());
    assert!(matches!(
        client.handle_callback(&request, &no_code).await,
        Err(Error::Protocol(ProtocolError::MissingCode))
    ));
    let other_issuer = format!(
        "?state={}&code=c&iss=https://evil.example/oidc",
        request.state()
    );
    assert!(matches!(
        client.handle_callback(&request, &other_issuer).await,
        Err(Error::Protocol(ProtocolError::WrongIssuer { .. }))
    ));
    assert!(server.requests_to("/oidc/token").is_empty());
}

#[tokio::test]
async fn get_oidc_auth_with_a_password_redirects_back_with_code_and_state() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut login = reqwest::Url::parse(request.url()).unwrap();
    login
        .query_pairs_mut()
        .append_pair("username", EMAIL)
        .append_pair("password", PASSWORD);
    let answer = http.get(login).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 302);
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(REDIRECT_URI), "{location}");
    let signed_in = client.handle_callback(&request, &location).await.unwrap();
    assert_eq!(signed_in.claims.unwrap().sub, SEEDED_USER_ID);

    // Another application's client id is not sent back anywhere.
    let foreign = request.url().replace(APP_ID, "someone-else");
    let answer = http.get(foreign).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 400);
    let body: serde_json::Value = serde_json::from_slice(&answer.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"], "invalid_client");
}

#[tokio::test]
async fn a_client_secret_basic_application_authenticates_with_basic_only() {
    let server = start(server_builder().app_auth_method(AppAuthMethod::ClientSecretBasic)).await;
    let basic = client_builder(&server)
        .token_endpoint_auth_method(TokenEndpointAuthMethod::ClientSecretBasic)
        .build()
        .unwrap();
    let (_, signed_in) = sign_in(&server, &basic, "openid profile").await;
    assert!(signed_in.claims.is_some());
    let exchange = server.requests_to("/oidc/token").pop().unwrap();
    assert!(exchange
        .header("authorization")
        .unwrap()
        .starts_with("Basic "));
    assert_eq!(value(&pairs(&exchange.body), "client_secret"), None);

    // The same application sending its secret in the body is refused.
    let post = client(&server);
    let request = post.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let error = post.handle_callback(&request, &callback).await.unwrap_err();
    assert!(is_oauth(&error, 401, "invalid_client"), "{error:?}");
    assert_hides(&error, &[APP_SECRET]);
}

#[tokio::test]
async fn a_public_application_signs_in_with_pkce_and_no_secret() {
    let server = start(server_builder().app_auth_method(AppAuthMethod::None)).await;
    let public = authing::AuthenticationClient::builder()
        .app_id(APP_ID)
        .host(server.url())
        .redirect_uri(REDIRECT_URI)
        .token_endpoint_auth_method(TokenEndpointAuthMethod::None)
        .build()
        .unwrap();
    let (_, signed_in) = sign_in(&server, &public, "openid profile").await;
    assert_eq!(signed_in.claims.unwrap().sub, SEEDED_USER_ID);
    let form = pairs(&server.requests_to("/oidc/token").pop().unwrap().body);
    assert_eq!(value(&form, "client_id"), Some(APP_ID));
    assert_eq!(value(&form, "client_secret"), None);
}

#[tokio::test]
async fn hs256_id_tokens_verify_with_the_application_secret_only() {
    let server = start(server_builder().id_token_algorithm(IdTokenAlgorithm::Hs256)).await;
    let client = client(&server);
    let (_, signed_in) = sign_in(&server, &client, "openid profile").await;
    assert_eq!(signed_in.claims.unwrap().sub, SEEDED_USER_ID);
    let id_token = signed_in.tokens.id_token.unwrap();
    let other = client_builder(&server)
        .app_secret("another-secret-of-32-bytes-or-more")
        .build()
        .unwrap();
    let error = other
        .verify_id_token(id_token.expose(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::InvalidSignature)),
        "{error:?}"
    );
    assert_hides(&error, &[id_token.expose()]);
    // An HS256 token is never an access token.
    let error = client
        .verify_access_token(id_token.expose())
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        Error::Protocol(ProtocolError::DisallowedAlgorithm { ref alg }) if alg == "HS256"
    ));
}

#[tokio::test]
async fn a_token_endpoint_call_carries_its_per_call_header_and_refuses_an_owned_one() {
    use authing::RequestOptions;
    let server = server().await;
    let client = client(&server);
    client
        .client_credentials_token()
        .header("x-real-ip", "198.51.100.26")
        .await
        .expect("client credentials");
    let sent = server.last_request().expect("arrived");
    assert_eq!(sent.path, "/oidc/token");
    assert_eq!(sent.header("x-real-ip"), Some("198.51.100.26"));

    let before = server.requests().len();
    let error = client
        .exchange_code("a-code")
        .header("content-type", "text/plain")
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
    assert_eq!(server.requests().len(), before, "nothing was sent");
}

#[tokio::test]
async fn client_credentials_discovery_and_logout() {
    let server = server().await;
    let client = client(&server);
    let app_token = client
        .client_credentials_token()
        .scope("read:users")
        .send()
        .await
        .expect("client credentials");
    assert!(app_token.refresh_token.is_none() && app_token.id_token.is_none());
    let claims = client
        .verify_access_token(app_token.access_token.expose())
        .await
        .unwrap();
    assert_eq!(claims.sub.as_deref(), Some(APP_ID));
    assert_eq!(claims.scope.as_deref(), Some("read:users"));

    let discovery = client.discovery().await.expect("discovery");
    assert_eq!(discovery.issuer, server.issuer());
    assert_eq!(
        discovery.jwks_uri,
        format!("{}/oidc/.well-known/jwks.json", server.url())
    );
    assert!(discovery
        .code_challenge_methods_supported
        .contains(&"S256".to_owned()));

    let (_, signed_in) = sign_in(&server, &client, "openid").await;
    let id_token = signed_in.tokens.id_token.unwrap();
    let logout = client.logout_url(
        id_token.expose(),
        Some("http://localhost:3000/"),
        Some("s-1"),
    );
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = http.get(&logout).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 302);
    assert_eq!(
        answer.headers()["location"],
        "http://localhost:3000/?state=s-1"
    );
}

#[tokio::test]
async fn password_sign_up_and_sign_in_on_the_end_user_api() {
    let server = server().await;
    let client = client(&server);
    let user = client
        .sign_up_by_email_password("new@example.com", "N3w-pass")
        .await
        .expect("sign-up");
    let tokens: TokenSet = client
        .sign_in_by_email_password("new@example.com", "N3w-pass")
        .await
        .expect("sign-in");
    let claims = client
        .verify_access_token(tokens.access_token.expose())
        .await
        .unwrap();
    assert_eq!(claims.sub.as_deref(), Some(user.user_id.as_str()));
    let signin = server.requests_to("/api/v3/signin").pop().unwrap();
    assert_eq!(signin.header("x-authing-app-id"), Some(APP_ID));

    match client
        .sign_in_by_email_password("new@example.com", "wrong")
        .await
    {
        Err(Error::Api {
            status_code: 400,
            api_code: Some(2333),
            ..
        }) => {}
        other => panic!("{other:?}"),
    }

    // A session's calls carry the raw token, which the server accepts until it is revoked.
    let session = client.session(TokenSet::from_access_token(tokens.access_token.expose()));
    session.get_profile().await.expect("profile");
    let sent = server.requests_to("/api/v3/get-profile").pop().unwrap();
    assert_eq!(
        sent.header("authorization"),
        Some(tokens.access_token.expose())
    );
    client
        .revoke_token(tokens.access_token.expose())
        .await
        .unwrap();
    match session.get_profile().await {
        Err(Error::Api {
            status_code: 401, ..
        }) => {}
        other => panic!("{other:?}"),
    }
}
