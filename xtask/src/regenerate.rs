//! `cargo xtask regenerate [--docs <dir>]`: vendor a new copy of the docs, then import, codegen,
//! reports and the change log in one step.
//!
//! Every step runs in a scratch copy of the files it may change ([`TRACKED`]: the vendored docs
//! and routes, the spec, the generated code, the SDK manifest's features block, the README's
//! counts block, the golden outputs, the reports under `docs/`, `CHANGELOG.md`, and the shared
//! version in `Cargo.toml`/`Cargo.lock`); the working tree is written only after every step
//! succeeded, and
//! not at all when nothing changed. What is derived from the docs is written by
//! [`crate::derived::run`], the same function the tests check the tree with, so a regenerated tree
//! passes them. Command-line parsing lives in `main.rs`; staging helpers in [`crate::stage`].

use std::path::{Path, PathBuf};

use codegen::diff::SpecDiff;
use codegen::{counts, features, outputs};

use crate::{derived, seeds, stage, version as shared_version};

/// What to regenerate from.
#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace root whose vendored docs, spec, generated code and reports are updated.
    pub root: PathBuf,
    /// A new copy of the Management API docs pages: it replaces `upstream/management`. Without
    /// one, the vendored pages are imported again (after an importer or overrides change).
    pub docs: Option<PathBuf>,
    /// A new copy of the end-user API docs pages: it replaces `upstream/authentication`.
    pub auth_docs: Option<PathBuf>,
    /// A new routes table: it replaces `upstream/routes.tsv`.
    pub routes: Option<PathBuf>,
    /// A new docs factory OpenAPI document: it replaces
    /// `upstream/factory/management-openapi.json`.
    pub factory: Option<PathBuf>,
    /// The same for the end-user API (`upstream/factory/authentication-openapi.json`).
    pub auth_factory: Option<PathBuf>,
    /// An unpacked `authing-node-sdk` package: the files the importer reads replace
    /// `upstream/node-sdk` (see [`vendor_node_sdk`]).
    pub node_sdk: Option<PathBuf>,
}

/// What a regeneration did, and the pages it left out for want of a route.
#[derive(Debug)]
pub struct Regeneration {
    pub outcome: Regenerated,
    /// `page: method` for each documented method the routes table lacks (not imported).
    pub without_route: Vec<String>,
}

/// Whether the tree changed.
#[derive(Debug)]
pub enum Regenerated {
    /// The docs import to exactly the committed spec and code; nothing was written.
    NoChanges,
    /// These files (relative to the root) were written or removed.
    Changed {
        files: Vec<String>,
        diff: SpecDiff,
        /// The change report (Markdown), as added to `CHANGELOG.md` when the API changed.
        report: String,
        /// One-line summary of the import (pages, endpoints, types, findings).
        import_summary: String,
        /// The shared version of `authing` and `authing-local` before the regeneration.
        version: String,
        /// The version of the last release, which the spec diff's verdict bumps from.
        last_release: String,
        /// The version after it: the last release bumped by the spec diff's verdict (0.x
        /// rules), or `version` when that already is at least as far.
        new_version: String,
    },
}

/// The change log the API changes are added to.
const CHANGELOG: &str = "CHANGELOG.md";

/// Replaces the vendored pages in `vendored` with everything under `docs` (images too), byte
/// for byte; hidden files are not docs. A folder without pages is refused.
fn vendor_pages(docs: &Path, vendored: &Path) -> Result<(), String> {
    if importer::read_pages(docs)?.is_empty() {
        return Err(format!(
            "{}: no docs pages (*.md or *.txt) found; is it the folder of the pages?",
            docs.display()
        ));
    }
    std::fs::remove_dir_all(vendored)
        .map_err(|e| format!("cannot clear {}: {e}", vendored.display()))?;
    for rel in spec_model::files::list(docs)? {
        if !rel.split('/').any(|part| part.starts_with('.')) {
            stage::copy(&docs.join(&rel), &vendored.join(&rel))?;
        }
    }
    Ok(())
}

/// Replaces the vendored Node SDK in `vendored` with the files of the package at `package` the
/// importer reads (`package.json`, `LICENSE`, the two client files, `src/models/*.ts` but the
/// index), byte for byte; the vendored README stays. A package the importer cannot read is
/// refused before anything is replaced.
fn vendor_node_sdk(package: &Path, vendored: &Path) -> Result<(), String> {
    use importer::node_sdk;
    node_sdk::NodeSdk::load(package)?;
    let mut files = vec![
        "package.json".to_owned(),
        "LICENSE".to_owned(),
        node_sdk::MANAGEMENT_FILE.to_owned(),
        node_sdk::AUTHENTICATION_FILE.to_owned(),
    ];
    for rel in spec_model::files::list(&package.join(node_sdk::MODELS_DIR))? {
        if rel.ends_with(".ts") && rel != "index.ts" {
            files.push(format!("{}/{rel}", node_sdk::MODELS_DIR));
        }
    }
    for stale in ["src", "package.json", "LICENSE"] {
        let path = vendored.join(stale);
        let gone = match (path.is_dir(), path.exists()) {
            (true, _) => std::fs::remove_dir_all(&path),
            (false, true) => std::fs::remove_file(&path),
            (false, false) => Ok(()),
        };
        gone.map_err(|e| format!("cannot clear {}: {e}", path.display()))?;
    }
    for rel in files {
        stage::copy(&package.join(&rel), &vendored.join(&rel))?;
    }
    Ok(())
}

/// Every file and folder a regeneration reads or may change, relative to the root.
pub fn tracked() -> Vec<&'static str> {
    let mut paths = vec![
        importer::DOCS,
        importer::AUTH_DOCS,
        importer::ROUTES,
        importer::FACTORY,
        importer::AUTH_FACTORY,
        importer::node_sdk::NODE_SDK,
        seeds::PAGES,
        "spec",
        features::MANIFEST,
        counts::README,
        codegen::GOLDEN_DIR,
        derived::IMPORT_REPORT,
        derived::FIDELITY_REPORT,
        seeds::REPORT,
        CHANGELOG,
        shared_version::MANIFEST,
        shared_version::LOCKFILE,
    ];
    paths.extend(outputs::GENERATED_DIRS);
    paths
}

/// Regenerates; on error nothing under `opts.root` has changed.
pub fn run(opts: &Options) -> Result<Regeneration, String> {
    let root = &opts.root;
    let old = spec_model::load_spec(&root.join("spec"))
        .map_err(|e| format!("the committed spec does not load:\n{e}"))?;
    let version = shared_version::read(root)?;
    let last_release = shared_version::read_last_release(root)?;

    let stage = stage::scratch("regenerate")?;
    let tracked = tracked();
    for rel in &tracked {
        stage::copy(&root.join(rel), &stage.path().join(rel))?;
    }
    for (docs, rel) in [
        (&opts.docs, importer::DOCS),
        (&opts.auth_docs, importer::AUTH_DOCS),
    ] {
        if let Some(docs) = docs {
            vendor_pages(docs, &stage.path().join(rel))?;
        }
    }
    if let Some(package) = &opts.node_sdk {
        vendor_node_sdk(package, &stage.path().join(importer::node_sdk::NODE_SDK))?;
    }
    for (new, rel) in [
        (&opts.routes, importer::ROUTES),
        (&opts.factory, importer::FACTORY),
        (&opts.auth_factory, importer::AUTH_FACTORY),
    ] {
        if let Some(new) = new {
            let text =
                std::fs::read(new).map_err(|e| format!("cannot read {}: {e}", new.display()))?;
            let vendored = stage.path().join(rel);
            std::fs::write(&vendored, text)
                .map_err(|e| format!("cannot write {}: {e}", vendored.display()))?;
        }
    }

    let derived = derived::run(stage.path(), codegen::Mode::Write)?;
    let import_summary = derived.report.summary();
    let without_route: Vec<String> = derived
        .report
        .findings
        .iter()
        .filter(|f| f.kind == importer::report::Kind::MethodWithoutRoute)
        .map(|f| format!("{}: {}", f.file, f.detail))
        .collect();
    let mut files = stage::changed_files(stage.path(), root, &tracked)?;
    if files.is_empty() {
        return Ok(Regeneration {
            outcome: Regenerated::NoChanges,
            without_route,
        });
    }

    let diff = codegen::diff::diff(&old, &derived.spec);
    let bump = diff.bump(&last_release);
    let new_version = shared_version::next(&last_release, &version, bump)?;
    let mut report = codegen::diff_report::to_markdown(&diff, &last_release);
    if new_version != shared_version::bumped(&last_release, bump)? {
        report.push_str(&format!(
            "\nThe unreleased version {new_version} already is at least that bump.\n"
        ));
    }
    if !diff.changes.is_empty() {
        let changelog_path = stage.path().join(CHANGELOG);
        let changelog = spec_model::sync::read_existing(&changelog_path)?.unwrap_or_default();
        std::fs::write(
            &changelog_path,
            add_to_changelog(&changelog, &report, &new_version),
        )
        .map_err(|e| format!("cannot write {}: {e}", changelog_path.display()))?;
        files.push(CHANGELOG.to_string());
    }
    if new_version != version {
        // Both released crates move to the new version (the workspace's one version).
        shared_version::apply(stage.path(), &new_version)?;
        files.push(shared_version::MANIFEST.to_string());
        files.push(shared_version::LOCKFILE.to_string());
    }
    files.sort();
    files.dedup();

    stage::apply(stage.path(), root, &files)?;
    Ok(Regeneration {
        outcome: Regenerated::Changed {
            files,
            diff,
            report,
            import_summary,
            version,
            last_release,
            new_version,
        },
        without_route,
    })
}

/// The heading under `## Unreleased` that regenerations add their reports to.
pub const CHANGELOG_HEADING: &str = "### API changes from the docs";

/// Moves the written tree at `root` from `chosen` to the `raised` version (the Rust-level semver
/// check found a breaking change the spec diff could not see): the manifest, the lockfile and
/// the heading of the changelog entry this regeneration added.
pub fn raise_version(root: &Path, chosen: &str, raised: &str) -> Result<(), String> {
    shared_version::apply(root, raised)?;
    let path = root.join(CHANGELOG);
    let changelog = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let from = format!("{CHANGELOG_HEADING}: version {chosen}\n");
    let to = format!(
        "{CHANGELOG_HEADING}: version {raised}\n\nThe Rust-level semver check found a breaking \
         change the spec diff does not show (see the report), so the version moves by a \
         breaking bump.\n"
    );
    std::fs::write(&path, changelog.replacen(&from, &to, 1))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Adds a report to the `## Unreleased` section (created when missing), below the section's
/// other entries, headed with the version it brings; the report's own headings move one level
/// down.
pub fn add_to_changelog(changelog: &str, report: &str, version: &str) -> String {
    let report = report.replace("\n### ", "\n#### ");
    let entry = format!(
        "{CHANGELOG_HEADING}: version {version}\n\n{}\n",
        report.trim_end()
    );
    let mut text = if changelog.trim().is_empty() {
        "# Changelog\n".to_string()
    } else {
        changelog.to_string()
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let next_heading = |from: usize| text[from..].find("\n## ").map(|i| from + i + 1);
    let Some(start) = text.find("\n## Unreleased").map(|i| i + 1) else {
        // No Unreleased section: open one before the first release, or at the end.
        match next_heading(0) {
            Some(at) => text.insert_str(at, &format!("## Unreleased\n\n{entry}\n")),
            None => text.push_str(&format!("\n## Unreleased\n\n{entry}")),
        }
        return text;
    };
    let end = next_heading(start).unwrap_or(text.len());
    let mut section = text[start..end].trim_end().to_string();
    section.push_str("\n\n");
    section.push_str(&entry);
    if end < text.len() {
        section.push('\n');
    }
    text.replace_range(start..end, &section);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str =
        "**0 breaking, 1 additive, 0 patch** changes\n\n### Additive (1)\n\n- `x`\n";

    #[test]
    fn reports_go_to_the_end_of_the_unreleased_section() {
        let before = "# Changelog\n\n## Unreleased\n\n### Runtime\n- a\n\n## 0.1.0\n\n- b\n";
        let after = add_to_changelog(before, REPORT, "0.1.1");
        assert_eq!(
            after,
            "# Changelog\n\n## Unreleased\n\n### Runtime\n- a\n\n### API changes from the docs: version 0.1.1\n\n\
             **0 breaking, 1 additive, 0 patch** changes\n\n#### Additive (1)\n\n- `x`\n\n\
             ## 0.1.0\n\n- b\n"
        );
        // A second report follows the first.
        let twice = add_to_changelog(&after, REPORT, "0.1.2");
        assert_eq!(twice.matches(CHANGELOG_HEADING).count(), 2);
        assert!(twice.ends_with("## 0.1.0\n\n- b\n"));
    }

    #[test]
    fn an_unreleased_section_is_opened_when_missing() {
        let after = add_to_changelog("# Changelog\n\n## 0.1.0\n\n- b\n", REPORT, "0.1.1");
        assert!(after.starts_with(
            "# Changelog\n\n## Unreleased\n\n### API changes from the docs: version 0.1.1\n"
        ));
        assert!(after.ends_with("- `x`\n\n## 0.1.0\n\n- b\n"), "{after}");
        let fresh = add_to_changelog("", REPORT, "0.1.1");
        assert!(
            fresh.starts_with("# Changelog\n\n## Unreleased\n\n### API"),
            "{fresh}"
        );
        assert!(fresh.ends_with("- `x`\n"));
    }
}
