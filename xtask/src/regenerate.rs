//! `cargo xtask regenerate --docs <dir>`: import, codegen and the change report in one step.
//!
//! Every step runs in a scratch copy of the files it may change (the spec, the generated code,
//! the SDK manifest's features block and `CHANGELOG.md`); the working tree is written only after
//! every step succeeded, and not at all when the docs did not change. Command-line parsing lives
//! in `main.rs`; staging helpers in [`crate::stage`].

use std::path::PathBuf;

use codegen::diff::SpecDiff;
use codegen::{features, layout};

use crate::stage::{self, Stage};

/// What to regenerate from.
#[derive(Debug, Clone)]
pub struct Options {
    /// The workspace root whose `spec/`, generated code and `CHANGELOG.md` are updated.
    pub root: PathBuf,
    /// The docs pages (read recursively).
    pub docs: PathBuf,
    /// The routes table; without one, the routes come from the committed spec (methods the spec
    /// does not have yet are then reported as methods without a route and left out).
    pub routes: Option<PathBuf>,
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
        /// The change report (Markdown), as added to `CHANGELOG.md`.
        report: String,
        /// One-line summary of the import (pages, endpoints, types, findings).
        import_summary: String,
    },
}

/// The files a regeneration may touch besides the spec and generated directories.
const CHANGELOG: &str = "CHANGELOG.md";

/// Regenerates; on error nothing under `opts.root` has changed.
pub fn run(opts: &Options) -> Result<Regeneration, String> {
    let root = &opts.root;
    let pages = importer::read_pages(&opts.docs)?;
    if pages.is_empty() {
        return Err(format!(
            "{}: no docs pages (*.md or *.txt) found; is --docs the folder of the pages?",
            opts.docs.display()
        ));
    }
    let old = codegen::load_spec(&root.join("spec"))
        .map_err(|e| format!("the committed spec does not load:\n{e}"))?;
    let version = crate::diff::sdk_version(root)?;

    let stage = Stage::new("regenerate")?;
    let tracked = ["spec", features::MANIFEST, CHANGELOG];
    for rel in tracked.into_iter().chain(layout::GENERATED_DIRS) {
        stage::copy(&root.join(rel), &stage.path().join(rel))?;
    }
    let routes = match &opts.routes {
        Some(file) => file.clone(),
        None => {
            let file = stage.path().join("routes.tsv");
            std::fs::write(&file, routes_of(&old))
                .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
            file
        }
    };

    let staged_spec = stage.path().join("spec");
    let import = importer::Options {
        docs: opts.docs.clone(),
        routes,
        overrides: staged_spec.join("overrides.yaml"),
        spec: staged_spec.clone(),
    };
    let (imported, report) = importer::run(&import, importer::Mode::Write)
        .map_err(|f| format!("import failed:\n{f}"))?;
    let import_summary = report.summary();
    let without_route: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.kind == importer::report::Kind::MethodWithoutRoute)
        .map(|f| format!("{}: {}", f.file, f.detail))
        .collect();
    let new = codegen::load_spec(&staged_spec)
        .map_err(|e| format!("the imported spec does not load:\n{e}"))?;
    let generated = codegen::run_spec(stage.path(), &new, codegen::Mode::Write)
        .map_err(|e| format!("codegen failed on the imported spec:\n{e}"))?;

    let mut files: Vec<String> = Vec::new();
    if let importer::Outcome::Updated(list) = imported {
        files.extend(list.into_iter().map(|f| format!("spec/{f}")));
    }
    if let codegen::Outcome::Updated(list) = generated {
        files.extend(list);
    }
    if files.is_empty() {
        return Ok(Regeneration {
            outcome: Regenerated::NoChanges,
            without_route,
        });
    }

    let diff = codegen::diff::diff(&old, &new);
    let report = codegen::diff_report::to_markdown(&diff, &version);
    let changelog_path = stage.path().join(CHANGELOG);
    let changelog = std::fs::read_to_string(&changelog_path).unwrap_or_default();
    std::fs::write(&changelog_path, add_to_changelog(&changelog, &report))
        .map_err(|e| format!("cannot write {}: {e}", changelog_path.display()))?;
    files.push(CHANGELOG.to_string());
    files.sort();

    stage::apply(stage.path(), root, &files)?;
    Ok(Regeneration {
        outcome: Regenerated::Changed {
            files,
            diff,
            report,
            import_summary,
        },
        without_route,
    })
}

/// A routes table (the importer's format) holding every endpoint of a spec.
pub fn routes_of(spec: &codegen::Spec) -> String {
    let mut out = String::from("method\tclient\thttp_method\tpath\tparams_in\tseen_in\n");
    for ep in &spec.endpoints {
        let http = &ep.def.http;
        out.push_str(&format!(
            "{}\tmanagement\t{}\t{}\t{}\tspec\n",
            ep.def.name.value,
            http.method.value.as_str(),
            http.path.value,
            http.params_in.value.as_str()
        ));
    }
    out
}

/// The heading under `## Unreleased` that regenerations add their reports to.
pub const CHANGELOG_HEADING: &str = "### API changes from the docs";

/// Adds a report to the `## Unreleased` section (created when missing), below the section's
/// other entries; the report's own headings move one level down.
pub fn add_to_changelog(changelog: &str, report: &str) -> String {
    let report = report.replace("\n### ", "\n#### ");
    let entry = format!("{CHANGELOG_HEADING}\n\n{}\n", report.trim_end());
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
        let after = add_to_changelog(before, REPORT);
        assert_eq!(
            after,
            "# Changelog\n\n## Unreleased\n\n### Runtime\n- a\n\n### API changes from the docs\n\n\
             **0 breaking, 1 additive, 0 patch** changes\n\n#### Additive (1)\n\n- `x`\n\n\
             ## 0.1.0\n\n- b\n"
        );
        // A second report follows the first.
        let twice = add_to_changelog(&after, REPORT);
        assert_eq!(twice.matches(CHANGELOG_HEADING).count(), 2);
        assert!(twice.ends_with("## 0.1.0\n\n- b\n"));
    }

    #[test]
    fn an_unreleased_section_is_opened_when_missing() {
        let after = add_to_changelog("# Changelog\n\n## 0.1.0\n\n- b\n", REPORT);
        assert!(
            after.starts_with("# Changelog\n\n## Unreleased\n\n### API changes from the docs\n")
        );
        assert!(after.ends_with("- `x`\n\n## 0.1.0\n\n- b\n"), "{after}");
        let fresh = add_to_changelog("", REPORT);
        assert!(
            fresh.starts_with("# Changelog\n\n## Unreleased\n\n### API"),
            "{fresh}"
        );
        assert!(fresh.ends_with("- `x`\n"));
    }

    #[test]
    fn routes_of_a_spec_read_back_as_routes() {
        let spec = codegen::load_spec(&crate::workspace_root().join("spec")).unwrap();
        let text = routes_of(&spec);
        let routes = importer::routes::parse("routes.tsv", &text).unwrap();
        assert_eq!(routes.len(), spec.endpoints.len());
        let get_user = &routes["get_user"];
        assert_eq!(get_user.path, "/api/v3/get-user");
        assert_eq!(get_user.http_method, codegen::spec::HttpMethod::Get);
    }
}
