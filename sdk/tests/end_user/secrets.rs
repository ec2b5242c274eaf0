//! No application secret, user token or password shows in the end-user API's `Debug` output:
//! the builder, the client, a session, a token set, a sign-in request.

use authing::authentication::TokenEndpointAuthMethod;
use authing::{AuthenticationClient, SecretString, TokenSet};

use super::{APP_ID, APP_SECRET};

fn assert_clean(what: &str, shown: &str) {
    for secret in [
        APP_SECRET,
        "user-at-5f1",
        "user-rt-9c2",
        "user-it-0d7",
        "Passw0rd!",
    ] {
        assert!(!shown.contains(secret), "{what} shows {secret}: {shown}");
    }
}

#[test]
fn debug_output_holds_no_secret() {
    let builder = AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret(APP_SECRET)
        .host("https://example.authing.cn")
        .token_endpoint_auth_method(TokenEndpointAuthMethod::ClientSecretBasic);
    assert_clean("builder", &format!("{builder:?}"));
    let client = builder.build().expect("builds");
    let shown = format!("{client:?}");
    assert_clean("client", &shown);
    assert!(shown.contains(APP_ID), "{shown}");

    let tokens = TokenSet {
        refresh_token: Some(SecretString::new("user-rt-9c2")),
        id_token: Some(SecretString::new("user-it-0d7")),
        ..TokenSet::from_access_token("user-at-5f1")
    };
    assert_clean("token set", &format!("{tokens:?}"));
    let session = client.session(tokens);
    assert_clean("session", &format!("{session:?}"));
    let sign_in = client.sign_in_by_email_password("alice@example.com", "Passw0rd!");
    assert_clean("sign-in", &format!("{sign_in:?}"));
    // A code exchange: the code and the PKCE verifier are credentials too.
    let exchange = client
        .exchange_code("user-it-0d7")
        .code_verifier("user-rt-9c2");
    assert_clean("code exchange", &format!("{exchange:?}"));
}

#[test]
fn build_refuses_what_cannot_work_and_names_the_setting() {
    let error =
        |builder: authing::AuthenticationClientBuilder| builder.build().unwrap_err().to_string();
    let base = || {
        AuthenticationClient::builder()
            .app_id(APP_ID)
            .host("https://example.authing.cn")
    };
    assert_eq!(
        error(AuthenticationClient::builder().host("https://h")),
        "invalid client configuration: app_id is empty"
    );
    assert_eq!(
        error(
            AuthenticationClient::builder()
                .app_id(APP_ID)
                .app_secret("s")
        ),
        "invalid client configuration: app_host is not set"
    );
    assert!(error(base()).contains("app_secret is empty"));
    assert!(error(base().app_secret("s").redirect_uri("not a url")).contains("redirect_uri"));
    // A public application needs no secret.
    base()
        .token_endpoint_auth_method(TokenEndpointAuthMethod::None)
        .build()
        .expect("a public application");
}
