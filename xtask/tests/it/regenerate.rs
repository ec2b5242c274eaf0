//! `cargo xtask regenerate` on a scratch copy of the workspace: "no changes" writes nothing, a
//! docs change updates spec, code and changelog together, and every failure leaves the tree as
//! it was.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use xtask::regenerate::{self, Options, Regenerated, Regeneration};
use xtask::stage::{self, TempDir};

fn upstream() -> PathBuf {
    xtask::workspace_root().join(importer::UPSTREAM)
}

/// A scratch workspace holding what regenerate reads and writes.
fn scratch_root() -> TempDir {
    let real = xtask::workspace_root();
    let stage = stage::scratch("regenerate-test").unwrap();
    for rel in regenerate::tracked() {
        stage::copy(&real.join(rel), &stage.path().join(rel)).unwrap();
    }
    stage
}

/// Every file under `dir` and its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    spec_model::files::list(dir)
        .unwrap()
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(dir.join(&rel)).unwrap();
            (rel, bytes)
        })
        .collect()
}

fn options(root: &Path, docs: PathBuf, routes: Option<PathBuf>) -> Options {
    Options {
        factory: None,
        auth_factory: None,
        node_sdk: None,
        root: root.to_path_buf(),
        docs: Some(docs),
        auth_docs: None,
        routes,
    }
}

/// A copy of the management docs in which `get_user` documents one more parameter.
fn docs_with_new_get_user_param() -> TempDir {
    let docs = stage::scratch("regenerate-docs").unwrap();
    stage::copy(&upstream().join("management"), docs.path()).unwrap();
    let page = docs.path().join("管理用户/get-user.md");
    let text = fs::read_to_string(&page).unwrap();
    let anchor = " | withPost | boolean  | 否 | - | 是否获取 部门信息  | `true` |\n";
    assert!(text.contains(anchor), "the get-user page changed upstream");
    let added = " | withRoles | boolean  | 否 | - | 是否获取角色  | `true` |\n";
    fs::write(&page, text.replacen(anchor, &format!("{anchor}{added}"), 1)).unwrap();
    docs
}

#[test]
fn unchanged_docs_report_no_changes_and_write_nothing() {
    let root = scratch_root();
    let before = snapshot(root.path());
    // The vendored routes table (as in the scheduled workflow, which has no routes file).
    let result = regenerate::run(&options(root.path(), upstream().join("management"), None));
    let Ok(Regeneration {
        outcome: Regenerated::NoChanges,
        without_route,
    }) = result
    else {
        panic!("expected no changes, got {result:?}");
    };
    // Methods the committed spec does not have are named, not dropped silently.
    assert!(!without_route.is_empty());
    assert!(without_route
        .iter()
        .all(|l| l.contains("not in the routes table")));
    assert_eq!(snapshot(root.path()), before);
}

#[test]
fn a_docs_change_updates_spec_code_and_changelog_together() {
    let root = scratch_root();
    just_released(root.path());
    let docs = docs_with_new_get_user_param();
    let routes = Some(upstream().join("routes.tsv"));
    let result = regenerate::run(&options(root.path(), docs.path().to_path_buf(), routes));
    let Ok(Regeneration {
        outcome:
            Regenerated::Changed {
                files,
                diff,
                report,
                version,
                new_version,
                ..
            },
        ..
    }) = result
    else {
        panic!("expected changes, got {result:?}");
    };
    assert_eq!(
        files,
        [
            "CHANGELOG.md",
            // An additive change at 0.x: both crates' shared version takes a patch bump.
            "Cargo.lock",
            "Cargo.toml",
            // The new parameter is not in the docs factory's OpenAPI: a new disagreement.
            "docs/fidelity-report.md",
            "docs/import-report.md",
            "docs/seed-changes.md",
            "local/src/generated/params.rs",
            "sdk/src/generated/requests/users.rs",
            "sdk/tests/every_endpoint/generated/users.rs",
            "spec/endpoints/users/get_user.yaml",
            "upstream/management/管理用户/get-user.md",
        ]
    );
    assert_eq!(diff.changes.len(), 1, "{report}");
    assert_eq!(diff.changes[0].target, "get_user(withRoles)");
    assert!(
        report.contains("**0 breaking, 1 additive, 0 patch**"),
        "{report}"
    );

    let spec = fs::read_to_string(root.path().join("spec/endpoints/users/get_user.yaml")).unwrap();
    assert!(spec.contains("name: withRoles"));
    let code = fs::read_to_string(root.path().join("sdk/src/generated/requests/users.rs")).unwrap();
    assert!(code.contains("pub fn with_roles("));
    let changelog = fs::read_to_string(root.path().join("CHANGELOG.md")).unwrap();
    let unreleased = changelog.split("\n## ").nth(1).unwrap();
    assert!(unreleased.starts_with("Unreleased"));
    assert!(unreleased.contains(regenerate::CHANGELOG_HEADING));
    let expected = codegen::diff::next_version(&version, codegen::diff::Bump::Patch).unwrap();
    assert_eq!(new_version, expected);
    assert!(
        unreleased.contains(&format!(
            "{}: version {expected}",
            regenerate::CHANGELOG_HEADING
        )),
        "{unreleased}"
    );
    assert_eq!(xtask::version::read(root.path()).unwrap(), expected);
    let lock = fs::read_to_string(root.path().join("Cargo.lock")).unwrap();
    assert!(lock.contains(&format!("name = \"authing\"\nversion = \"{expected}\"")));
    assert!(lock.contains(&format!(
        "name = \"authing-local\"\nversion = \"{expected}\""
    )));
    assert!(unreleased.contains("`get_user(withRoles)`"));

    // The tree is now what the docs say: a second run changes nothing.
    let before = snapshot(root.path());
    let again = regenerate::run(&options(
        root.path(),
        docs.path().to_path_buf(),
        Some(upstream().join("routes.tsv")),
    ));
    assert!(
        matches!(
            again.as_ref().map(|r| &r.outcome),
            Ok(Regenerated::NoChanges)
        ),
        "{again:?}"
    );
    assert_eq!(snapshot(root.path()), before);
}

/// Marks the scratch workspace's version as the last release, as right after publishing.
fn just_released(root: &Path) {
    let manifest = root.join("Cargo.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    let version = xtask::version::read(root).unwrap();
    let released = xtask::version::read_last_release(root).unwrap();
    let table = text.find(xtask::version::LAST_RELEASE).unwrap();
    let at = table + text[table..].find(&format!("\"{released}\"")).unwrap();
    let text = format!(
        "{}\"{version}\"{}",
        &text[..at],
        &text[at + released.len() + 2..]
    );
    fs::write(&manifest, text).unwrap();
    assert_eq!(xtask::version::read_last_release(root).unwrap(), version);
}

#[test]
fn a_change_the_unreleased_version_already_covers_leaves_the_version() {
    let root = scratch_root();
    let version = xtask::version::read(root.path()).unwrap();
    let released = xtask::version::read_last_release(root.path()).unwrap();
    // The committed tree is past a breaking bump since its last release: an additive change
    // needs no further bump.
    assert_eq!(
        xtask::version::next(&released, &version, codegen::diff::Bump::Minor).unwrap(),
        version,
        "the committed version is expected to be past a breaking bump of {released}"
    );
    let docs = docs_with_new_get_user_param();
    let result = regenerate::run(&options(
        root.path(),
        docs.path().to_path_buf(),
        Some(upstream().join("routes.tsv")),
    ));
    let Ok(Regeneration {
        outcome:
            Regenerated::Changed {
                files,
                report,
                new_version,
                last_release,
                ..
            },
        ..
    }) = result
    else {
        panic!("expected changes, got {result:?}");
    };
    assert_eq!(last_release, released);
    assert_eq!(new_version, version);
    assert!(
        !files.iter().any(|f| f == "Cargo.toml" || f == "Cargo.lock"),
        "{files:?}"
    );
    assert_eq!(xtask::version::read(root.path()).unwrap(), version);
    assert!(report.contains(&format!("({released} → ")), "{report}");
    assert!(
        report.contains(&format!("The unreleased version {version} already")),
        "{report}"
    );
    let changelog = fs::read_to_string(root.path().join("CHANGELOG.md")).unwrap();
    assert!(changelog.contains(&format!(
        "{}: version {version}\n",
        regenerate::CHANGELOG_HEADING
    )));
}

/// Runs regenerate expecting an error that mentions `expected`, and checks nothing changed.
fn fails_without_changes(root: &TempDir, opts: Options, expected: &str) {
    let before = snapshot(root.path());
    let err = regenerate::run(&opts).expect_err("regenerate should fail");
    assert!(err.contains(expected), "error `{err}` lacks `{expected}`");
    assert_eq!(snapshot(root.path()), before, "the tree changed on failure");
}

#[test]
fn a_docs_folder_without_pages_is_an_error() {
    let root = scratch_root();
    let empty = stage::scratch("regenerate-empty").unwrap();
    fs::write(empty.path().join("notes.json"), "{}").unwrap();
    let opts = options(root.path(), empty.path().to_path_buf(), None);
    fails_without_changes(&root, opts, "no docs pages");
    let missing = options(root.path(), empty.path().join("nope"), None);
    fails_without_changes(&root, missing, "docs directory not found");
}

#[test]
fn a_committed_spec_that_does_not_load_is_an_error() {
    let root = scratch_root();
    let file = root.path().join("spec/types/UserDto.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replacen("kind: struct", "kind: strukt", 1)).unwrap();
    let opts = options(root.path(), upstream().join("management"), None);
    fails_without_changes(&root, opts, "UserDto.yaml:");
}

#[test]
fn an_import_that_fails_halfway_changes_nothing() {
    // The docs change would update files, but an override that no longer applies stops the
    // import after the pages were read: nothing may be written.
    let root = scratch_root();
    let docs = docs_with_new_get_user_param();
    let overrides = root.path().join("spec/overrides.yaml");
    let mut text = fs::read_to_string(&overrides).unwrap();
    text.push_str("\n- dto: UserDto\n  field: noSuchField\n  type: integer\n  reason: test\n");
    fs::write(&overrides, text).unwrap();
    let opts = options(root.path(), docs.path().to_path_buf(), None);
    fails_without_changes(&root, opts, "noSuchField");
}

#[test]
fn a_routes_file_that_cannot_be_read_is_an_error() {
    let root = scratch_root();
    let opts = options(
        root.path(),
        upstream().join("management"),
        Some(root.path().join("missing-routes.tsv")),
    );
    fails_without_changes(&root, opts, "missing-routes.tsv");
}

/// The first management method of the routes table that the spec does not have yet.
fn undocumented_method(root: &Path) -> String {
    // A method of the routes table no docs page documents: today each such route has a method
    // made from the docs factory's OpenAPI, which a new docs page replaces (one no override
    // names, so none goes stale).
    let spec = spec_model::load_spec(&root.join("spec")).unwrap();
    let overrides = fs::read_to_string(root.join("spec/overrides.yaml")).unwrap();
    let made: Vec<&str> = spec
        .endpoints
        .iter()
        .filter(|e| e.def.source.contains("openapi#") && !overrides.contains(&e.def.source))
        .map(|e| e.def.name.value.as_str())
        .collect();
    let routes = fs::read_to_string(root.join(importer::ROUTES)).unwrap();
    routes
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols.get(1) == Some(&"management")).then(|| cols[0].to_string())
        })
        .find(|method| made.contains(&method.as_str()))
        .expect("the routes table lists methods the docs do not document")
}

#[test]
fn after_a_regeneration_every_check_of_the_docs_passes() {
    // The maintainer's loop on a copy: the docs gain a page (a method the routes table knows)
    // and a field; regenerate; then everything `cargo test` compares with the docs is current.
    let root = scratch_root();
    let docs = docs_with_new_get_user_param();
    let method = undocumented_method(root.path());
    let get_user = fs::read_to_string(docs.path().join("管理用户/get-user.md")).unwrap();
    let page = get_user.replace(
        "ManagementClient.get_user`",
        &format!("ManagementClient.{method}`"),
    );
    assert_ne!(page, get_user);
    let new_page = format!("管理用户/{}.md", method.replace('_', "-"));
    fs::write(docs.path().join(&new_page), page).unwrap();
    let otp = docs.path().join("管理用户/get-otp-secret-by-user.md");
    let row = "| secret | string | 是 | MFA OTP 秘钥   |  `e2345asdfwagw13424` |\n";
    let text = fs::read_to_string(&otp).unwrap();
    assert!(text.contains(row), "the OTP page changed upstream");
    let added = "| recoveryCode | string | 否 | 恢复码   |  `1234-5678` |\n";
    fs::write(&otp, text.replace(row, &format!("{row}{added}"))).unwrap();

    let done = regenerate::run(&options(root.path(), docs.path().to_path_buf(), None)).unwrap();
    let Regenerated::Changed { files, report, .. } = done.outcome else {
        panic!("expected changes");
    };
    for expected in [
        format!("upstream/management/{new_page}"),
        "upstream/management/管理用户/get-otp-secret-by-user.md".to_string(),
        format!("spec/endpoints/users/{method}.yaml"),
        "spec/types/OtpSecretRespDto.yaml".to_string(),
        "docs/import-report.md".to_string(),
        "docs/seed-changes.md".to_string(),
        "CHANGELOG.md".to_string(),
    ] {
        assert!(files.contains(&expected), "{expected} not in {files:?}");
    }
    assert!(report.contains(&format!("`{method}`")), "{report}");
    assert!(
        report.contains("`OtpSecretRespDto.recoveryCode`"),
        "{report}"
    );
    xtask::derived::check(root.path()).unwrap_or_else(|e| panic!("{e}"));
}
