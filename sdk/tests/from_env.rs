//! `ManagementClient::from_env`. One test in its own binary: it changes the process
//! environment, which other tests running in parallel threads must not see.

mod common;

use authing::{Error, ManagementClient};
use common::*;

fn config_error() -> String {
    match ManagementClient::from_env() {
        Err(err @ Error::Config { .. }) => err.to_string(),
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[tokio::test]
async fn from_env_reads_key_id_secret_and_host() {
    const ID: &str = "AUTHING_ACCESS_KEY_ID";
    const SECRET: &str = "AUTHING_ACCESS_KEY_SECRET";
    const HOST: &str = "AUTHING_HOST";
    for name in [ID, SECRET, HOST] {
        std::env::remove_var(name);
    }
    assert!(config_error().contains(ID), "names the missing variable");

    let server = server().await;
    std::env::set_var(ID, server.access_key_id());
    assert!(
        config_error().contains(SECRET),
        "names the missing variable"
    );
    std::env::set_var(SECRET, "");
    assert!(
        config_error().contains(SECRET),
        "an empty variable counts as missing"
    );

    std::env::set_var(SECRET, server.access_key_secret());
    assert_eq!(
        ManagementClient::from_env().unwrap().host(),
        "https://api.authing.cn"
    );
    std::env::set_var(HOST, "");
    assert_eq!(
        ManagementClient::from_env().unwrap().host(),
        "https://api.authing.cn"
    );
    std::env::set_var(HOST, "not a url");
    assert!(config_error().contains("host \"not a url\""));

    std::env::set_var(HOST, server.url());
    let client = ManagementClient::from_env().unwrap();
    assert_eq!(client.host(), server.url());
    client.get_user(USER_ID).await.unwrap();
    let token_call = &server.requests()[0];
    assert_eq!(
        token_call.body_json().unwrap()["accessKeySecret"],
        ACCESS_KEY_SECRET
    );
}
