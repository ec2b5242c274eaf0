//! Whole imports: the seed pages with their overrides, one bad page among good ones, stale
//! overrides, and write/check/idempotence on a temporary spec directory.

use std::path::Path;

use crate::common::*;
use importer::report::Kind;
use importer::routes;
use importer::{assemble, Mode, Outcome, Overrides};

#[test]
fn seed_pages_import_to_the_three_seed_endpoints_and_their_types() {
    let tmp = temp_dir("seeds");
    let opts = seed_options(tmp.path());
    let (outcome, report) = importer::run(&opts, Mode::Write).unwrap_or_else(|f| panic!("{f}"));
    assert!(matches!(outcome, Outcome::Updated(_)));
    let spec = spec_model::load_spec(tmp.path()).unwrap();
    let names: Vec<&str> = spec
        .endpoints
        .iter()
        .map(|e| e.def.name.value.as_str())
        .collect();
    assert_eq!(
        names,
        ["get_otp_secret_by_user", "get_user", "get_user_identities"]
    );
    for t in [
        "UserDto",
        "IdentityDto",
        "OtpSecretRespDto",
        "UserIdType",
        "UserStatus",
        "UserGender",
    ] {
        assert!(
            spec.types.contains_key(t),
            "missing type {t}: {:?}",
            spec.types.keys()
        );
    }
    let user = &spec.types["UserDto"].def;
    let email = user
        .fields
        .iter()
        .find(|f| f.name.value == "email")
        .unwrap();
    assert_eq!(email.ty.value, "string");
    let logins = user
        .fields
        .iter()
        .find(|f| f.name.value == "loginsCount")
        .unwrap();
    assert_eq!(logins.ty.value, "integer");
    let departments = user
        .fields
        .iter()
        .find(|f| f.name.value == "departmentIds")
        .unwrap();
    assert_eq!(departments.ty.value, "array<string>");
    let identities = user
        .fields
        .iter()
        .find(|f| f.name.value == "identities")
        .unwrap();
    assert_eq!(identities.ty.value, "array<IdentityDto>");
    let values = |name: &str| -> Vec<String> {
        spec.types[name]
            .def
            .values
            .iter()
            .map(|v| v.value.value.clone())
            .collect()
    };
    assert_eq!(values("UserGender"), ["M", "W", "U", "F"]);
    assert!(values("UserStatus").contains(&"Deactivated".to_string()));
    assert_eq!(values("UserIdType").len(), 7);
    assert_eq!(values("IdentityProvider").len(), 27);
    let otp = &spec.types["OtpSecretRespDto"].def.fields[0];
    assert!(otp.secret);
    let identities_ep = spec
        .endpoints
        .iter()
        .find(|e| e.def.name.value == "get_user_identities")
        .unwrap();
    assert_eq!(
        identities_ep.def.response.data.as_ref().unwrap().value,
        "array<IdentityDto>"
    );
    assert_eq!(
        identities_ep.def.http.path.value,
        "/api/v3/get-user-identities"
    );

    // The docs' inconsistencies are in the report.
    assert_eq!(report.count(Kind::MissingFieldName), 1);
    assert!(report.count(Kind::ArrayShownAsStringOrObject) >= 3);
    assert_eq!(report.count(Kind::DtoDefinedDifferently), 2);
    assert!(report.count(Kind::EnumListsDiffer) >= 2);

    // Running again changes nothing; check mode agrees.
    let (again, _) = importer::run(&opts, Mode::Write).unwrap();
    assert_eq!(again, Outcome::UpToDate);
    let (check, _) = importer::run(&opts, Mode::Check).unwrap();
    assert_eq!(check, Outcome::UpToDate);
}

#[test]
fn check_mode_shows_a_diff_and_write_removes_files_no_longer_produced() {
    let tmp = temp_dir("check");
    let opts = seed_options(tmp.path());
    importer::run(&opts, Mode::Write).unwrap();
    let stray = tmp.path().join("types/Stray.yaml");
    std::fs::write(&stray, "name: Stray\n").unwrap();
    let user = tmp.path().join("types/UserDto.yaml");
    let text = std::fs::read_to_string(&user).unwrap();
    std::fs::write(&user, text.replace("type: integer", "type: number")).unwrap();
    std::fs::write(tmp.path().join("overrides.yaml"), "# kept\n").unwrap();
    match importer::run(&opts, Mode::Check).unwrap().0 {
        Outcome::Stale { files, diff } => {
            assert_eq!(files, ["types/Stray.yaml", "types/UserDto.yaml"]);
            assert!(
                diff.contains("-    type: number\n+    type: integer"),
                "{diff}"
            );
            assert!(diff.contains("--- a/types/Stray.yaml"), "{diff}");
        }
        other => panic!("expected stale, got {other:?}"),
    }
    importer::run(&opts, Mode::Write).unwrap();
    assert!(!stray.exists());
    assert!(
        tmp.path().join("overrides.yaml").exists(),
        "overrides.yaml is never removed"
    );
}

fn routes() -> importer::routes::Routes {
    routes::load(&upstream().join("routes.tsv")).unwrap()
}

#[test]
fn one_bad_page_is_an_error_and_the_others_are_still_reported() {
    let (name, text) = seed("000");
    let pages = vec![
        page(&format!("管理用户/{name}"), &text),
        page("管理用户/broken.md", "# 坏页\n\n## 请求参数\n\n没有表格\n"),
        page(
            "管理用户/lost.md",
            &text.replace("get_otp_secret_by_user", "no_such_method"),
        ),
    ];
    let mut overrides = Overrides::empty(Path::new("overrides.yaml"));
    let run = assemble(&pages, &routes(), &mut overrides);
    assert!(run.spec.is_none());
    assert_eq!(run.errors.len(), 1, "{:?}", run.errors);
    assert!(
        run.errors[0].starts_with("管理用户/broken.md:"),
        "{}",
        run.errors[0]
    );
    assert!(run.errors[0].contains("table of request parameters"));
    assert_eq!(run.report.count(Kind::MethodWithoutRoute), 1);
    assert_eq!(run.report.imported, 1);
}

#[test]
fn stale_and_contradicting_overrides_are_errors_with_positions() {
    let (name, text) = seed("000");
    let pages = vec![page(&format!("管理用户/{name}"), &text)];
    let file = Path::new("spec/overrides.yaml");
    let mut overrides = Overrides::parse(
        file,
        "- dto: NoSuchDto\n  field: x\n  type: integer\n  reason: gone\n\
         - dto: OtpSecretRespDto\n  field: secret\n  add_values: [a]\n  reason: not an enum\n",
    )
    .unwrap();
    let run = assemble(&pages, &routes(), &mut overrides);
    assert!(run.spec.is_none());
    assert!(
        run.errors
            .iter()
            .any(|e| e.starts_with("spec/overrides.yaml:1:") && e.contains("matches nothing")),
        "{:?}",
        run.errors
    );
    assert!(
        run.errors
            .iter()
            .any(|e| e.contains("OtpSecretRespDto.secret has no value list")),
        "{:?}",
        run.errors
    );
}

#[test]
fn two_pages_for_one_method_need_an_override() {
    let (name, text) = seed("000");
    let pages = vec![
        page(&format!("管理用户/{name}"), &text),
        page("管理用户/copy.md", &text),
    ];
    let mut none = Overrides::empty(Path::new("o.yaml"));
    let run = assemble(&pages, &routes(), &mut none);
    assert!(
        run.errors.iter().any(|e| e.contains("is documented on")),
        "{:?}",
        run.errors
    );
    assert_eq!(run.report.count(Kind::MethodOnTwoPages), 2);
    let mut skip = Overrides::parse(
        Path::new("o.yaml"),
        "- page: 管理用户/copy.md\n  skip: true\n  reason: a copy\n",
    )
    .unwrap();
    let run = assemble(&pages, &routes(), &mut skip);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    assert_eq!(run.report.count(Kind::SkippedByOverride), 1);
}

#[test]
fn a_required_field_the_example_leaves_out_becomes_optional_unless_an_override_says_otherwise() {
    let rel = "管理用户/get-otp-secret-by-user.md";
    let text = management_page(rel).replace(
        "    \"secret\": \"e2345asdfwagw13424\"\n",
        "    \"note\": \"no secret here\"\n",
    );
    let pages = vec![page(rel, &text)];
    let secret_required = |run: &importer::Run| {
        let spec = run.spec.as_ref().expect("the page imports");
        let dto = spec
            .types
            .iter()
            .find(|t| t.name.value == "OtpSecretRespDto")
            .unwrap();
        dto.fields
            .iter()
            .find(|f| f.name.value == "secret")
            .unwrap()
            .required
    };

    let mut none = Overrides::empty(Path::new("o.yaml"));
    let run = assemble(&pages, &routes(), &mut none);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    assert!(
        !secret_required(&run),
        "the table says 是; the example omits it"
    );
    assert_eq!(run.report.count(Kind::RequiredFieldNotInExample), 1);

    let mut keep = Overrides::parse(
        Path::new("o.yaml"),
        "- dto: OtpSecretRespDto\n  field: secret\n  required: true\n  reason: always sent\n",
    )
    .unwrap();
    let run = assemble(&pages, &routes(), &mut keep);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    assert!(secret_required(&run));

    // With the example intact the table's flag stands.
    let pages = vec![page(rel, &management_page(rel))];
    let run = assemble(
        &pages,
        &routes(),
        &mut Overrides::empty(Path::new("o.yaml")),
    );
    assert!(secret_required(&run));
    assert_eq!(run.report.count(Kind::RequiredFieldNotInExample), 0);
}

#[test]
fn a_type_the_docs_name_like_the_prelude_gets_dto_added_everywhere() {
    let rel = "管理组织机构/create-department-tree.md";
    let pages = vec![page(rel, &management_page(rel))];
    let mut none = Overrides::empty(Path::new("o.yaml"));
    let run = assemble(&pages, &routes(), &mut none);
    assert!(run.errors.is_empty(), "{:?}", run.errors);
    let spec = run.spec.as_ref().expect("the page imports");
    let names: Vec<&str> = spec.types.iter().map(|t| t.name.value.as_str()).collect();
    assert!(names.contains(&"ResultDto"), "{names:?}");
    assert!(!names.contains(&"Result"), "{names:?}");
    let referred: Vec<String> = spec
        .types
        .iter()
        .flat_map(|t| &t.fields)
        .map(|f| f.ty.value.clone())
        .chain(
            spec.endpoints
                .iter()
                .filter_map(|e| e.response.data.as_ref().map(|d| d.value.clone())),
        )
        .filter(|t| t.contains("Result"))
        .collect();
    assert!(
        !referred.is_empty() && referred.iter().all(|t| t.contains("ResultDto")),
        "{referred:?}"
    );
    assert_eq!(run.report.count(Kind::ReservedTypeName), 1);
}

#[test]
fn no_committed_endpoint_is_idempotent_unless_its_path_verb_is_a_read() {
    // A retried POST that reached the server is sent twice: only reads may be marked so.
    let raw = spec_model::load::load_dir(&root().join("spec")).unwrap_or_else(|e| panic!("{e}"));
    let writes: Vec<String> = raw
        .endpoints
        .iter()
        .filter(|e| e.item.idempotent)
        .filter(|e| {
            let verb = importer::overrides::path_verb(&e.item.http.path.value);
            !importer::overrides::READ_VERBS.contains(&verb)
        })
        .map(|e| format!("{} {}", e.item.name.value, e.item.http.path.value))
        .collect();
    assert!(writes.is_empty(), "idempotent but not a read: {writes:?}");
    let set = raw
        .endpoints
        .iter()
        .find(|e| e.item.name.value == "get_public_account_of_groups")
        .expect("get_public_account_of_groups is in the spec");
    assert!(!set.item.idempotent);
}
