//! Two clients in one spec: routes keyed by (client, method), end-user pages imported from
//! `authentication/` (their copies among the management pages left out), a method of both
//! clients imported twice with its two routes, and a `route` override that the routes table
//! makes stale is an error.

use std::path::Path;

use importer::report::Kind;
use importer::{assemble, routes, Overrides, SourcePage};
use spec_model::spec::Client;

use crate::common::{root, upstream};

fn page(path: &str) -> SourcePage {
    let dir = if let Some(rest) = path.strip_prefix(importer::AUTH_PREFIX) {
        upstream().join("authentication").join(rest)
    } else {
        upstream().join("management").join(path)
    };
    SourcePage {
        path: path.to_string(),
        text: std::fs::read_to_string(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())),
    }
}

fn routes() -> routes::Routes {
    routes::load(&upstream().join("routes.tsv")).unwrap()
}

/// The vendored table as it was before it had the end-user row of `get_authorized_resources`
/// (it was keyed by method name, and the Go and Java SDKs' routes added that row): the case a
/// `route` override is for.
fn routes_without_the_end_user_row() -> routes::Routes {
    let text = std::fs::read_to_string(upstream().join("routes.tsv")).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("get_authorized_resources\tauthentication\t"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(kept.len(), text.len(), "the table has the end-user row");
    routes::parse("routes.tsv", &kept).unwrap()
}

const END_USER_PAGE: &str = "authentication/用户相关资源/get-my-authorized-resources.md";
const ROUTE_OVERRIDE: &str =
    "- page: authentication/用户相关资源/get-my-authorized-resources.md\n  \
     route: GET /api/v3/get-my-authorized-resources\n  reason: the end-user route\n";

#[test]
fn a_method_of_both_clients_is_imported_once_per_client_with_its_own_route() {
    let pages = vec![
        page("管理资源与权限/get-authorized-resources.md"),
        page(END_USER_PAGE),
        // The management folder's copy of an end-user page: left out, reported.
        page("用户资料/get-profile.md"),
    ];
    let mut overrides = Overrides::parse(Path::new("o.yaml"), ROUTE_OVERRIDE).unwrap();
    let run = assemble(&pages, &routes_without_the_end_user_row(), &mut overrides);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    let spec = run.spec.unwrap();
    let mut found: Vec<(Client, &str, &str)> = spec
        .endpoints
        .iter()
        .map(|e| (e.client, e.name.value.as_str(), e.http.path.value.as_str()))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            (
                Client::Management,
                "get_authorized_resources",
                "/api/v3/get-authorized-resources"
            ),
            (
                Client::Authentication,
                "get_authorized_resources",
                "/api/v3/get-my-authorized-resources"
            ),
        ]
    );
    assert_eq!(run.report.count(Kind::RouteByOverride), 1);
    assert_eq!(run.report.count(Kind::AuthenticationPage), 1);
}

#[test]
fn without_its_route_override_the_end_user_method_is_left_out_and_reported() {
    let pages = vec![page(END_USER_PAGE)];
    let mut none = Overrides::empty(Path::new("o.yaml"));
    let run = assemble(&pages, &routes_without_the_end_user_row(), &mut none);
    assert_eq!(run.report.count(Kind::MethodWithoutRoute), 1);
    assert_eq!(run.report.imported, 0);
}

#[test]
fn a_route_override_for_a_method_the_table_has_is_an_error() {
    let pages = vec![page("authentication/用户资料/get-profile.md")];
    let mut overrides = Overrides::parse(
        Path::new("o.yaml"),
        "- page: authentication/用户资料/get-profile.md\n  route: GET /api/v3/elsewhere\n  reason: r\n",
    )
    .unwrap();
    let run = assemble(&pages, &routes(), &mut overrides);
    assert!(
        run.errors.iter().any(|e| e.starts_with("o.yaml:1:")
            && e.contains("the routes table has `get_profile` for the authentication client")),
        "{:?}",
        run.errors
    );
}

#[test]
fn the_vendored_end_user_pages_agree_with_their_openapi() {
    let spec = crate::common::temp_dir("clients-spec");
    let opts = importer::Options {
        spec: spec.path().to_path_buf(),
        ..importer::Options::defaults(&root())
    };
    let imported = importer::run_checked(&opts, importer::Mode::Write).unwrap();
    let fidelity = imported.auth_fidelity.expect("the defaults read it");
    let check = |what: &str| fidelity.count(what).unwrap();
    // `pub_user_event` moved to this client by an override; its route is in the Management
    // API's OpenAPI, not this one, and the report says so. 19 more are made from the OpenAPI
    // (`remove_credential` with its path parameter among them).
    assert_eq!(check("route"), (87, 88));
    assert!(fidelity
        .disagreements
        .iter()
        .any(|d| d.subject == "pub_user_event" && d.detail == "POST /api/v3/pub-userEvent"));
    assert_eq!(check("parameter names"), (87, 87));
    assert_eq!(check("parameters the OpenAPI types as an enum"), (23, 23));
    let end_user = imported
        .spec
        .endpoints
        .iter()
        .filter(|e| e.def.client == Client::Authentication)
        .count();
    // 69 from the pages, 19 from the OpenAPI, 21 from the Node SDK (each with one route with
    // a path parameter).
    assert_eq!(end_user, 109);
}
