//! What a callback must look like before anything in it is believed: its `state` first (an
//! `error` without one is a forgery, not the server's word), each parameter the SDK reads given
//! once, and a relative URL (as a web framework hands the request target over) read against
//! the redirect URI. None of the refused callbacks reaches the token endpoint.

use authing::{Error, ProtocolError};

use super::{client, client_builder, server, sign_in, EMAIL, PASSWORD, REDIRECT_URI};

const TOKEN: &str = "/oidc/token";

fn refused(result: Result<authing::authentication::SignedIn, Error>) -> ProtocolError {
    match result {
        Err(Error::Protocol(reason)) => reason,
        other => panic!("expected a protocol error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_error_without_a_state_is_invalid_state_not_the_servers_error() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    // Text an attacker wrote, in a link that never came from the authorize request.
    let forged = format!(
        "{REDIRECT_URI}?error=access_denied&error_description=Call+%2B1-555-0100+to+unlock"
    );
    let error = client.handle_callback(&request, &forged).await.unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::InvalidState)),
        "{error:?}"
    );
    assert!(!error.to_string().contains("555"), "{error}");
    // The same error with the request's state is the server's.
    let genuine = format!("{forged}&state={}", request.state());
    assert!(matches!(
        client.handle_callback(&request, &genuine).await,
        Err(Error::OAuth { status: 0, ref error, .. }) if error == "access_denied"
    ));
    // ... unless another issuer sent it (RFC 9207 checks error answers too).
    let elsewhere = format!("{genuine}&iss=https://evil.example/oidc");
    assert!(matches!(
        refused(client.handle_callback(&request, &elsewhere).await),
        ProtocolError::WrongIssuer { .. }
    ));
    assert!(server.requests_to(TOKEN).is_empty());
}

#[tokio::test]
async fn a_callback_repeating_code_state_error_or_iss_is_refused() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let state = request.state();
    let issuer = format!("{}/oidc", server.url());
    for (name, query) in [
        ("code", format!("code=a&state={state}&code=b")),
        ("state", format!("state={state}&code=a&state=forged")),
        ("state", format!("state=forged&code=a&state={state}")),
        ("error", format!("state={state}&error=a&error=b")),
        (
            "iss",
            format!("state={state}&code=a&iss={issuer}&iss=https://evil.example"),
        ),
    ] {
        let callback = format!("{REDIRECT_URI}?{query}");
        assert_eq!(
            refused(client.handle_callback(&request, &callback).await),
            ProtocolError::RepeatedParameter { name },
            "{query}"
        );
        // The same from a bare query string.
        assert_eq!(
            refused(client.handle_callback(&request, &query).await),
            ProtocolError::RepeatedParameter { name },
            "{query}"
        );
    }
    assert!(server.requests_to(TOKEN).is_empty());
    let shown = ProtocolError::RepeatedParameter { name: "code" }.to_string();
    assert!(shown.contains("`code`"), "{shown}");
}

#[tokio::test]
async fn other_repeated_parameters_are_the_applications_business() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let callback = format!("{callback}&utm=a&utm=b&error_description=x&error_description=y");
    client
        .handle_callback(&request, &callback)
        .await
        .expect("signed in");
}

#[tokio::test]
async fn a_relative_callback_url_is_read_against_the_redirect_uri() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    // What a web framework hands over: the request target, without scheme and host.
    let target = callback
        .strip_prefix("http://localhost:3000")
        .expect("the callback goes to the redirect URI");
    assert!(target.starts_with("/callback?"), "{target}");
    let signed_in = client
        .handle_callback(&request, target)
        .await
        .expect("a relative callback signs in");
    assert!(signed_in.claims.is_some());
    // And the full sign-in still works from the absolute URL.
    sign_in(&server, &client, "openid profile").await;
}

#[tokio::test]
async fn a_relative_callback_url_without_an_absolute_redirect_uri_is_refused() {
    let server = server().await;
    // No redirect URI on the client, and the request names only a path.
    let client = authing::AuthenticationClient::builder()
        .app_id(super::APP_ID)
        .app_secret(super::APP_SECRET)
        .host(server.url())
        .build()
        .unwrap();
    let request = client
        .authorize_url()
        .redirect_uri("/callback")
        .build()
        .unwrap();
    let target = format!("/callback?code=c&state={}", request.state());
    let error = client.handle_callback(&request, &target).await.unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::RelativeCallbackUrl)),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("relative") && shown.contains("redirect"),
        "{shown}"
    );
    assert!(!shown.contains(request.state()), "{shown}");
    // The client's redirect URI is used when the request's is not absolute.
    let with_uri = client_builder(&server).build().unwrap();
    let result = with_uri.handle_callback(&request, &target).await;
    assert!(
        !matches!(
            result,
            Err(Error::Protocol(ProtocolError::RelativeCallbackUrl))
        ),
        "{result:?}"
    );
}
