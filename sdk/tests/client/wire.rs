//! Management API calls on the wire compared with the requests the official Python SDK (5.1.0)
//! sent for the same calls (captured once: `tests/fixtures/official_wire/README.md`): a list in
//! the query string is one `name=value` pair per item, each value percent-encoded.

use authing::types::UserIdType;

use crate::common::*;

/// The query string of the fixture's API call (the one after the management token call).
fn python_query(case: &str) -> String {
    let fixture = official_wire("python", case);
    let requests = fixture["requests"].as_array().expect("requests");
    let call = requests
        .iter()
        .find(|r| r["path"] != "/api/v3/get-management-token")
        .expect("an API call");
    assert_eq!(call["method"], "GET", "{case}");
    assert_eq!(call["path"], "/api/v3/get-user-batch", "{case}");
    call["query"].as_str().expect("query").to_owned()
}

#[tokio::test]
async fn get_user_batch_sends_each_id_as_its_own_pair_as_the_python_sdk_does() {
    let (server, client) = setup().await;
    client
        .get_user_batch(vec![
            "6229ffaxxxxxxxxcade3e3d9".to_owned(),
            "62a8fd5fxxxxxxxx3f4e5c4b".to_owned(),
        ])
        .await
        .expect("the local Authing takes the list");

    let call = server.last_request().unwrap();
    assert_eq!(call.path, "/api/v3/get-user-batch");
    assert_eq!(
        call.query.as_deref(),
        Some("userIds=6229ffaxxxxxxxxcade3e3d9&userIds=62a8fd5fxxxxxxxx3f4e5c4b")
    );
    assert_eq!(call.query.unwrap(), python_query("get_user_batch"));
}

#[tokio::test]
async fn a_list_item_with_a_comma_and_non_ascii_text_is_percent_encoded_whole() {
    let (server, client) = setup().await;
    // The local Authing refuses a list item holding a comma (it cannot tell it from a
    // comma-joined list); what matters here is what arrived.
    let _ = client
        .get_user_batch(vec!["a,b".to_owned(), "名字".to_owned()])
        .user_id_type(UserIdType::Username)
        .await;

    let call = server.last_request().unwrap();
    assert_eq!(
        call.query.as_deref(),
        Some("userIds=a%2Cb&userIds=%E5%90%8D%E5%AD%97&userIdType=username")
    );
    assert_eq!(
        call.query.clone().unwrap(),
        python_query("get_user_batch_comma_non_ascii")
    );
    let ids: Vec<String> = call
        .query_pairs()
        .into_iter()
        .filter(|(name, _)| name == "userIds")
        .map(|(_, value)| value)
        .collect();
    assert_eq!(ids, ["a,b", "名字"]);
}

#[tokio::test]
async fn an_empty_list_sends_no_pair() {
    let (server, client) = setup().await;
    let _ = client.get_user_batch(Vec::new()).await;
    let call = server.last_request().unwrap();
    assert_eq!(call.path, "/api/v3/get-user-batch");
    assert_eq!(call.query, None);
}
