//! Plain `cargo test` fails when the committed spec is not what importing the docs produces
//! (the same check as `cargo xtask import --check`), or when docs/import-report.md is stale.

mod common;

use common::*;
use importer::{Mode, Options, Outcome};

#[test]
fn committed_spec_matches_the_import() {
    let opts = Options::defaults(&root());
    match importer::run(&opts, Mode::Check).unwrap_or_else(|f| panic!("{f}")).0 {
        Outcome::UpToDate => {}
        Outcome::Stale { files, diff } => panic!(
            "spec is stale: {files:?}\nrun `cargo xtask import --docs ../shared/authing-docs/management`\n{diff}"
        ),
        Outcome::Updated(_) => unreachable!("check mode never writes"),
    }
}

#[test]
fn import_report_doc_is_current() {
    let opts = Options::defaults(&root());
    let (_, report) = importer::import(&opts).unwrap_or_else(|f| panic!("{f}"));
    let want = report.to_markdown("../shared/authing-docs/management");
    let have = std::fs::read_to_string(root().join("docs/import-report.md")).unwrap_or_default();
    assert!(
        have == want,
        "docs/import-report.md is stale: run `cargo xtask import --report > docs/import-report.md`"
    );
}
