//! `docs/seed-changes.md`: what changed between the three seed pages (`upstream/seeds`, older
//! versions of the docs, which is what older Authing servers still send) and the current pages of
//! the same endpoints. Each side is imported on its own with its overrides
//! (`spec/seeds/*.overrides.yaml`) and the two specs are compared; the fields the report lists as
//! added are those an older server omits.

use std::path::Path;

use crate::stage;

/// The report, relative to the workspace root.
pub const REPORT: &str = "docs/seed-changes.md";

/// The seed pages, relative to the workspace root.
pub const PAGES: &str = "upstream/seeds";

/// The current pages of the seed endpoints, relative to the docs folder.
pub const CURRENT_PAGES: [&str; 3] = [
    "管理用户/get-user.md",
    "管理用户/get-user-identities.md",
    "管理用户/get-otp-secret-by-user.md",
];

/// The version the report's bump is computed from (fixed, so releases do not move the report).
const VERSION: &str = "0.1.0";

/// Both sides imported: (seed spec, current spec).
pub fn specs(root: &Path) -> Result<(spec_model::Spec, spec_model::Spec), String> {
    let old = import(
        root,
        &root.join(PAGES),
        "spec/seeds/seed-pages.overrides.yaml",
    )?;
    let docs = stage::scratch("seed-pages")?;
    for page in CURRENT_PAGES {
        let current = root.join(importer::DOCS).join(page);
        if !current.is_file() {
            return Err(format!(
                "{}: the current page of a seed endpoint is missing (renamed upstream?); \
                 {REPORT} compares it with its seed page (update CURRENT_PAGES in xtask/src/seeds.rs)",
                current.display()
            ));
        }
        stage::copy(&current, &docs.path().join(page))?;
    }
    let new = import(root, docs.path(), "spec/seeds/current-pages.overrides.yaml")?;
    Ok((old, new))
}

/// The report's text.
pub fn report(root: &Path) -> Result<String, String> {
    let (old, new) = specs(root)?;
    let diff = codegen::diff::diff(&old, &new);
    Ok(format!(
        "# What changed since the seed pages\n\n\
         Written by `cargo xtask regenerate`: the three seed pages (`upstream/seeds`, older docs of\n\
         `get_user`, `get_user_identities`, `get_otp_secret_by_user`) against the current pages of\n\
         the same endpoints, each imported on its own. Older Authing servers answer as the seed pages\n\
         show, so every field added since must decode when absent (the README's decoding policy).\n\
         The release bump below is relative to a nominal {VERSION}.\n\n{}",
        codegen::diff_report::to_markdown(&diff, VERSION)
    ))
}

fn import(root: &Path, docs: &Path, overrides: &str) -> Result<spec_model::Spec, String> {
    let spec = stage::scratch("seed-spec")?;
    let opts = importer::Options {
        docs: docs.to_path_buf(),
        auth_docs: None,
        routes: root.join(importer::ROUTES),
        overrides: root.join(overrides),
        factory: Some(root.join(importer::FACTORY)),
        auth_factory: None,
        node_sdk: None,
        other_sources: false,
        spec: spec.path().to_path_buf(),
    };
    importer::run_checked(&opts, importer::Mode::Write)
        .map(|imported| imported.spec)
        .map_err(|f| format!("importing {} failed:\n{f}", docs.display()))
}
