//! Plain `cargo test` fails when anything derived from the vendored docs (spec, import report,
//! seed-changes report, generated code) is not what `cargo xtask regenerate` writes: the same
//! check as `cargo xtask regenerate --check`.

#[test]
fn everything_derived_from_the_vendored_docs_is_current() {
    xtask::derived::check(&xtask::workspace_root()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_seed_report_compares_the_same_three_endpoints() {
    let (old, new) = xtask::seeds::specs(&xtask::workspace_root()).unwrap();
    let endpoints = |s: &spec_model::Spec| -> Vec<String> {
        s.endpoints
            .iter()
            .map(|e| e.def.name.value.clone())
            .collect()
    };
    assert_eq!(
        endpoints(&old),
        ["get_otp_secret_by_user", "get_user", "get_user_identities"]
    );
    assert_eq!(endpoints(&old), endpoints(&new));
    // What an older server leaves out is listed as added.
    let added: Vec<String> = codegen::diff::diff(&old, &new)
        .changes
        .into_iter()
        .filter(|c| c.kind == codegen::diff::ChangeKind::FieldAdded)
        .map(|c| c.target)
        .collect();
    assert!(
        added.contains(&"UserDto.workStatus".to_string()),
        "{added:?}"
    );
    assert!(
        added.contains(&"UserDto.userSourceType".to_string()),
        "{added:?}"
    );
}
