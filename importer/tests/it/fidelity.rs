//! The docs factory's OpenAPI as a second source: the vendored pages imported with it agree with
//! it where the report says, every parameter the OpenAPI types as an enum is an enum in the spec,
//! enums the pages document keep their names, and the values the pages never print arrive.

use importer::fidelity::Disagree;
use importer::{Mode, Options};

use crate::common::{root, temp_dir};

fn imported() -> importer::Imported {
    let spec = temp_dir("fidelity-spec");
    let opts = Options {
        spec: spec.path().to_path_buf(),
        ..Options::defaults(&root())
    };
    importer::run_checked(&opts, Mode::Write).unwrap()
}

#[test]
fn the_vendored_docs_agree_with_the_factory_where_the_report_says() {
    let imported = imported();
    let fidelity = imported
        .fidelity
        .expect("the defaults read the factory's OpenAPI");
    let check = |what: &str| fidelity.count(what).unwrap();
    // 357 from the pages (`pub_user_event`'s page is the end-user client's, an override says
    // why) and 53 made from the OpenAPI (`pub_user_event` among them: it is on both clients;
    // and the three risk-list deletes with their path parameter); the Node SDK's are not
    // compared.
    assert_eq!(check("route"), (410, 410));
    let (enums, of) = check("parameters the OpenAPI types as an enum");
    assert!(
        of >= 119 && enums == of,
        "{enums}/{of} enum parameters typed as enums"
    );
    // Every disagreement is of a kind with a rule, and the pages' parameter lists win.
    assert!(fidelity
        .disagreements
        .iter()
        .all(|d| Disagree::ALL.contains(&d.kind) && !d.kind.rule().is_empty()));
    assert!(fidelity
        .disagreements
        .iter()
        .any(|d| d.kind == Disagree::ParamSet && d.subject == "create_tenant(adminAmount)"));
    let report = fidelity.to_markdown();
    assert!(
        report.contains("| route (method and path) | 410/410 |"),
        "{report}"
    );

    // `appType`, printed by no page, is an enum with the OpenAPI's values; `.app_type("web")`
    // still compiles (setters take `impl Into<AppType>`, which `&str` is).
    let app_type = &imported.spec.types["AppType"];
    assert!(app_type.is_enum());
    let values: Vec<&str> = app_type
        .def
        .values
        .iter()
        .map(|v| v.value.value.as_str())
        .collect();
    assert!(
        values.contains(&"web") && values.contains(&"spa"),
        "{values:?}"
    );
    // An enum the pages document keeps its name and its first source.
    let status = &imported.spec.types["UserStatus"];
    assert!(status
        .def
        .sources
        .iter()
        .any(|s| s.contains("create-public-account.md")));
}

#[test]
fn without_the_factory_nothing_is_taken_from_it() {
    let spec = temp_dir("no-factory-spec");
    let opts = Options {
        spec: spec.path().to_path_buf(),
        factory: None,
        node_sdk: None,
        ..Options::defaults(&root())
    };
    let imported = importer::run_checked(&opts, Mode::Write).unwrap();
    assert!(imported.fidelity.is_none());
    assert!(!imported.spec.types.contains_key("AppType"));
}

#[test]
fn a_factory_document_that_does_not_parse_is_an_error_naming_the_file() {
    let dir = temp_dir("bad-factory");
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, "{").unwrap();
    let opts = Options {
        spec: dir.path().join("spec"),
        factory: Some(file.clone()),
        ..Options::defaults(&root())
    };
    let failure = importer::run_checked(&opts, Mode::Write).unwrap_err();
    let shown = failure.to_string();
    assert!(
        shown.contains("openapi.json") && shown.contains("not JSON"),
        "{shown}"
    );
    assert!(!dir.path().join("spec").exists(), "nothing written");
}
