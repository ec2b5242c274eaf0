//! Paginators against a local Authing whose listings really page: `.pages()` and `.items()`
//! walk every page with the other parameters kept, stop at the total, on a short or empty page,
//! end with the typed error of a failed page, and stop a server that repeats full pages.

use authing::Error;
use futures_util::{StreamExt, TryStreamExt};

use crate::common::*;

const PATH: &str = "/api/v3/list-applications";

async fn listing_of(total: usize) -> (authing_local::LocalAuthing, authing::ManagementClient) {
    let server = server_builder()
        .list_total(total)
        .start()
        .await
        .expect("local server starts");
    let client = client(&server);
    (server, client)
}

/// The `(page, limit)` of every list call that arrived, and its other query parameters.
fn calls(server: &authing_local::LocalAuthing) -> Vec<(String, String, Option<String>)> {
    server
        .requests_to(PATH)
        .iter()
        .map(|r| {
            (
                r.query_param("page").unwrap_or_default(),
                r.query_param("limit").unwrap_or_default(),
                r.query_param("keywords"),
            )
        })
        .collect()
}

#[tokio::test]
async fn items_walk_every_page_with_the_other_parameters_kept() {
    let (server, client) = listing_of(23).await;
    let apps: Vec<_> = client
        .list_applications()
        .keywords("app")
        .page_size(10)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(apps.len(), 23);
    let keywords = Some("app".to_owned());
    assert_eq!(
        calls(&server),
        [
            ("1".into(), "10".into(), keywords.clone()),
            ("2".into(), "10".into(), keywords.clone()),
            ("3".into(), "10".into(), keywords),
        ],
        "three pages, the third short; no fourth call"
    );
}

#[tokio::test]
async fn a_total_the_page_size_divides_ends_without_an_empty_page() {
    let (server, client) = listing_of(20).await;
    let pages: Vec<_> = client
        .list_applications()
        .page_size(10)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert!(pages
        .iter()
        .all(|p| p.list.len() == 10 && p.total_count == Some(20)));
    assert_eq!(
        calls(&server).len(),
        2,
        "the total was reached: no third call"
    );
}

#[tokio::test]
async fn an_empty_listing_is_one_call_and_no_items() {
    let (server, client) = listing_of(0).await;
    let apps: Vec<_> = client
        .list_applications()
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(apps.is_empty());
    assert_eq!(calls(&server), [("1".into(), "10".into(), None)]);
}

#[tokio::test]
async fn paging_starts_at_the_page_set_and_is_lazy() {
    let (server, client) = listing_of(50).await;
    let mut pages = client.list_applications().page(3).page_size(5).pages();
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(first.list.len(), 5);
    assert_eq!(
        calls(&server),
        [("3".into(), "5".into(), None)],
        "one page fetched"
    );
    drop(pages);
    assert_eq!(calls(&server).len(), 1);
}

#[tokio::test]
async fn a_failed_page_ends_the_stream_with_its_error() {
    let (server, client) = listing_of(30).await;
    server.intercept(|request| {
        (request.path == PATH && request.query_param("page").as_deref() == Some("2")).then(|| {
            authing_local::Reply::json(&serde_json::json!({
                "statusCode": 400, "message": "bad page", "apiCode": 1001
            }))
        })
    });
    let results: Vec<_> = client
        .list_applications()
        .page_size(10)
        .pages()
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(matches!(
        &results[1],
        Err(Error::Api {
            status_code: 400,
            ..
        })
    ));
}

#[tokio::test]
async fn a_server_repeating_full_pages_is_stopped_with_a_typed_error() {
    let (server, client) = listing_of(1).await;
    // Always a full page of 2 and no total: without a guard this would never end.
    server.intercept(|request| {
        (request.path == PATH).then(|| {
            authing_local::Reply::json(&serde_json::json!({
                "statusCode": 200, "message": "",
                "data": {"list": [{"appId": "a"}, {"appId": "b"}]}
            }))
        })
    });
    let results: Vec<_> = client
        .list_applications()
        .page_size(2)
        .items()
        .max_pages(4)
        .collect()
        .await;
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        6,
        "three full pages"
    );
    match results.last() {
        Some(Err(Error::Pagination { pages: 4, path, .. })) => assert_eq!(*path, PATH),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests_to(PATH).len(), 4);
}

#[tokio::test]
async fn a_server_capping_the_page_size_is_paged_to_the_total() {
    let (server, client) = listing_of(1).await;
    // Asked for 10 a page, the server answers 5 (its cap) of a listing of 12.
    server.intercept(|request| {
        (request.path == PATH).then(|| {
            let page: usize = request.query_param("page").unwrap().parse().unwrap();
            let count = 5.min(12usize.saturating_sub((page - 1) * 5));
            let list: Vec<_> = (0..count)
                .map(|i| serde_json::json!({"appId": format!("a{page}-{i}")}))
                .collect();
            authing_local::Reply::json(&serde_json::json!({
                "statusCode": 200, "message": "", "data": {"list": list, "totalCount": 12}
            }))
        })
    });
    let apps: Vec<_> = client
        .list_applications()
        .page_size(10)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(apps.len(), 12);
    assert_eq!(server.requests_to(PATH).len(), 3, "pages of 5, 5 and 2");
}

#[tokio::test]
async fn next_needs_no_import_and_fetches_a_page_only_when_asked() {
    let (server, client) = listing_of(12).await;
    let mut items = client.list_applications().page_size(10).items();
    assert!(
        calls(&server).is_empty(),
        "nothing is fetched before the first next()"
    );
    let mut seen = 0;
    while let Some(app) = authing::Items::next(&mut items).await {
        app.unwrap();
        seen += 1;
        if seen == 10 {
            assert_eq!(calls(&server).len(), 1, "the second page waits for item 11");
        }
    }
    assert_eq!(seen, 12);
    assert_eq!(calls(&server).len(), 2);

    let mut pages = client.list_applications().page_size(5).pages();
    let mut sizes = Vec::new();
    while let Some(page) = authing::Pages::next(&mut pages).await {
        sizes.push(page.unwrap().list.len());
    }
    assert_eq!(sizes, [5, 5, 2]);
    assert!(
        authing::Pages::next(&mut pages).await.is_none(),
        "ended stays ended"
    );
}
