//! The change report for a real docs change: the three seed pages (older versions) against the
//! current upstream pages of the same three endpoints, each imported into its own scratch spec.
//! The report must match the committed golden file: every difference, classified, and nothing
//! else. `UPDATE_GOLDEN=1 cargo test -p xtask --test golden_report` rewrites the golden file;
//! review its diff like any other change.

use std::path::{Path, PathBuf};

use xtask::stage::{self, Stage};

/// The version the golden report's bump is computed from (fixed, so releases do not move it).
const VERSION: &str = "0.1.0";

fn shared() -> PathBuf {
    xtask::workspace_root().join("../shared")
}

fn import(docs: &Path, overrides: &Path) -> (Stage, codegen::Spec) {
    let spec = Stage::new("golden-spec").unwrap();
    let opts = importer::Options {
        docs: docs.to_path_buf(),
        routes: shared().join("authing-docs/routes.tsv"),
        overrides: overrides.to_path_buf(),
        spec: spec.path().to_path_buf(),
    };
    importer::run(&opts, importer::Mode::Write).unwrap_or_else(|f| panic!("{f}"));
    let loaded = codegen::load_spec(spec.path()).unwrap_or_else(|e| panic!("{e}"));
    (spec, loaded)
}

#[test]
fn seed_pages_to_current_pages_report_matches_the_golden_file() {
    let root = xtask::workspace_root();
    let (_old_dir, old) = import(
        &shared().join("seeds"),
        &root.join("importer/tests/fixtures/seeds-overrides.yaml"),
    );

    // The current pages of the same three endpoints, in their docs group folder.
    let docs = Stage::new("golden-docs").unwrap();
    for page in [
        "get-user.md",
        "get-user-identities.md",
        "get-otp-secret-by-user.md",
    ] {
        let rel = format!("管理用户/{page}");
        stage::copy(
            &shared().join("authing-docs/management").join(&rel),
            &docs.path().join(&rel),
        )
        .unwrap();
    }
    let (_new_dir, new) = import(
        docs.path(),
        &root.join("xtask/tests/fixtures/upstream-overrides.yaml"),
    );

    let endpoints = |s: &codegen::Spec| -> Vec<String> {
        s.endpoints
            .iter()
            .map(|e| e.def.name.value.clone())
            .collect()
    };
    assert_eq!(
        endpoints(&old),
        endpoints(&new),
        "both sides hold the same three endpoints"
    );

    let diff = codegen::diff::diff(&old, &new);
    let report = codegen::diff_report::to_markdown(&diff, VERSION);
    let golden = root.join("xtask/tests/golden/seeds-to-upstream.md");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &report).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    if report != expected {
        let diff = similar::TextDiff::from_lines(&expected, &report);
        panic!(
            "the report differs from {}:\n{}\nrerun with UPDATE_GOLDEN=1 to accept it",
            golden.display(),
            diff.unified_diff().header("golden", "report")
        );
    }
}
