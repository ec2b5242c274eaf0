//! The public paths: each client's module with its `requests`, the settings types in `config`
//! and at the root, and the old paths (kept for one release) naming the same items.

use authing::{ManagementClient, TokenSet};

#[test]
fn the_old_paths_name_the_same_items_as_the_new_ones() {
    let retry: authing::config::RetryConfig = authing::RetryConfig::default().max_attempts(2);
    let events: authing::config::EventsConfig = authing::events::EventsConfig::default();
    let _: authing::EventsConfig = events;
    let verification: authing::config::TokenVerification =
        authing::authentication::TokenVerification::default();
    let _: authing::TokenVerification = verification;
    let method: authing::config::TokenEndpointAuthMethod =
        authing::authentication::TokenEndpointAuthMethod::None;
    assert_eq!(method, authing::TokenEndpointAuthMethod::None);

    let client: authing::management::ManagementClient = ManagementClient::builder()
        .access_key_id("AK")
        .access_key_secret("SK")
        .retry(retry)
        .build()
        .expect("builds");
    let request: authing::management::requests::GetUserRequest = client.get_user("u1");
    let _: authing::requests::GetUserRequest = request;

    let app = authing::AuthenticationClient::builder()
        .app_id("app")
        .host("https://example.authing.cn")
        .token_endpoint_auth_method(authing::config::TokenEndpointAuthMethod::None)
        .build()
        .expect("builds");
    let session = app.session(TokenSet::from_access_token("at"));
    let _: authing::authentication::requests::GetProfileRequest = session.get_profile();
}
