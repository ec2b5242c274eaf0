//! Two-way coverage: every route an official SDK calls (each row of `upstream/routes.tsv`, each
//! generated method of the vendored Node SDK) is a method of the spec on the same client or is
//! listed with a reason; the Node SDK reads, and its routes agree with the routes table's.

use importer::routes::{self, template, Client};
use importer::{Mode, Options};

use crate::common::{root, temp_dir};

fn imported() -> importer::Imported {
    let spec = temp_dir("coverage-spec");
    let opts = Options {
        spec: spec.path().to_path_buf(),
        ..Options::defaults(&root())
    };
    importer::run_checked(&opts, Mode::Write).unwrap()
}

#[test]
fn every_routes_table_row_is_a_method_or_listed_with_a_reason() {
    let imported = imported();
    let table = routes::load(&root().join(importer::ROUTES)).unwrap();
    let has_method = |client: Client, method: &str, path: &str| {
        imported.spec.endpoints.iter().any(|e| {
            e.def.client == client
                && e.def.http.method.value.as_str() == method
                && template(&e.def.http.path.value) == template(path)
        })
    };
    let mut missing = Vec::new();
    for row in table.iter() {
        let (method, path) = (row.http_method.as_str(), row.path.as_str());
        if has_method(row.client, method, path) {
            continue;
        }
        let listed = imported.coverage.left_out.iter().find(|l| {
            l.client == row.client
                && l.http_method == row.http_method
                && template(&l.path) == template(path)
        });
        match listed {
            Some(l) if !l.reason.is_empty() && !l.reason.contains("recorded no reason") => {}
            _ => missing.push(format!("line {}: {} {method} {path}", row.line, row.method)),
        }
    }
    assert!(
        missing.is_empty(),
        "rows without a method or a reason: {missing:#?}"
    );
    // The report lists the ones without a method, with their reason and counts per client.
    let report = imported.fidelity_report().unwrap();
    assert!(report.contains("| routes official SDKs call |"), "{report}");
    assert!(report.contains("no types anywhere"), "{report}");
    // A route with a `{placeholder}` is a method whose parameter of that name goes in the path.
    let delete = imported
        .spec
        .endpoints
        .iter()
        .find(|e| {
            e.def.client == Client::Management && e.def.http.path.value == "/api/v3/ip-list/{id}"
        })
        .expect("DELETE /api/v3/ip-list/{id} is a method");
    let id = delete
        .def
        .params
        .iter()
        .find(|p| p.name.value == "id")
        .expect("its id");
    assert!(id.in_path() && id.required, "{id:?}");
    assert!(report.contains("hidden from SDKs"), "{report}");
}

#[test]
fn routes_official_sdks_put_on_both_clients_are_on_both() {
    let imported = imported();
    for client in [Client::Management, Client::Authentication] {
        assert!(
            imported
                .spec
                .endpoints
                .iter()
                .any(|e| e.def.client == client
                    && e.def.name.value == "pub_user_event"
                    && e.def.http.path.value == "/api/v3/pub-userEvent"),
            "pub_user_event on the {} client",
            client.as_str()
        );
    }
}

#[test]
fn the_vendored_node_sdk_reads_and_its_rows_in_the_routes_table_are_its_routes() {
    let node =
        importer::node_sdk::NodeSdk::load(&root().join(importer::node_sdk::NODE_SDK)).unwrap();
    assert_eq!(node.label(), "node-sdk-4.0.1");
    assert!(
        node.management.methods.len() > 490,
        "{}",
        node.management.methods.len()
    );
    assert!(node.authentication.methods.len() > 120);
    let table = routes::load(&root().join(importer::ROUTES)).unwrap();
    for row in table
        .iter()
        .filter(|r| r.seen_in.iter().any(|s| s.starts_with("node-sdk-")))
    {
        // The Node rows name the vendored version (other SDKs may call the route too).
        let node_sources: Vec<&String> = row
            .seen_in
            .iter()
            .filter(|s| s.starts_with("node-sdk-"))
            .collect();
        assert_eq!(node_sources, [&node.label()], "line {}", row.line);
        let found = node
            .methods(row.client)
            .iter()
            .any(|m| m.http_method == row.http_method && template(&m.url) == template(&row.path));
        assert!(
            found,
            "line {}: {} {} is not a Node SDK route",
            row.line,
            row.http_method.as_str(),
            row.path
        );
    }
}

#[test]
fn the_official_sdks_names_of_a_route_are_recorded_where_they_differ() {
    let imported = imported();
    let names = |client: Client, name: &str| {
        imported
            .spec
            .endpoints
            .iter()
            .find(|e| e.def.client == client && e.def.name.value == name)
            .map(|e| e.def.official_names.clone())
            .unwrap_or_else(|| panic!("no `{name}`"))
    };
    // Python `verify_event`, Node `verifyEvent` (and its hand-written `pub`).
    assert_eq!(
        names(Client::Management, "pub_event"),
        ["pub", "verifyEvent", "verify_event"]
    );
    // A name that only differs in case is no other name.
    assert!(names(Client::Management, "get_user").is_empty());
    // A bare official name an override made descriptive is kept as the official one.
    assert_eq!(names(Client::Management, "add_ip_list"), ["add"]);
}
