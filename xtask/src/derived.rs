//! Everything the repository derives from the vendored docs (`upstream/`): the spec, the import
//! report, the seed-changes report and the generated code. [`run`] writes them all into a tree
//! (`cargo xtask regenerate` runs it on a scratch copy) or checks that a tree holds them (the
//! tests and CI), so nothing the tests compare with the docs can be left stale by regenerating.
//! Command-line handling does not live here.

use std::path::Path;

use codegen::{Mode, Outcome};

use crate::seeds;

/// The import report, relative to the workspace root.
pub const IMPORT_REPORT: &str = "docs/import-report.md";
/// The fidelity report (the spec against the docs factory's OpenAPI), relative to the root.
pub const FIDELITY_REPORT: &str = "docs/fidelity-report.md";

/// What a run of [`run`] found or did, and what the import produced.
#[derive(Debug)]
pub struct Derived {
    /// The files written (`Write`) or stale (`Check`), relative to the root; empty when current.
    pub outcome: Outcome,
    /// What the import found in the docs.
    pub report: importer::Report,
    /// The imported spec, validated.
    pub spec: spec_model::Spec,
}

/// Imports `<root>/upstream/management` with `<root>/upstream/routes.tsv` and
/// `<root>/spec/overrides.yaml` (and the docs factory's OpenAPI), then writes (or checks) the
/// spec, `docs/import-report.md`, `docs/fidelity-report.md`, `docs/seed-changes.md` and the
/// generated code (generated from the imported spec, so in check
/// mode a docs change shows as stale spec and stale code at once).
pub fn run(root: &Path, mode: Mode) -> Result<Derived, String> {
    let mut changes = spec_model::sync::Changes::default();
    let imported = importer::run_checked(&importer::Options::defaults(root), mode)
        .map_err(|f| format!("import failed:\n{f}"))?;
    let fidelity = imported.fidelity_report();
    let report = imported.report;
    changes.add(prefixed("spec", imported.outcome));
    changes.add(spec_model::sync::sync_file(
        &root.join(IMPORT_REPORT),
        IMPORT_REPORT,
        &report.to_markdown(importer::DOCS_LABEL),
        mode,
    )?);
    if let Some(fidelity) = fidelity {
        changes.add(spec_model::sync::sync_file(
            &root.join(FIDELITY_REPORT),
            FIDELITY_REPORT,
            &fidelity,
            mode,
        )?);
    }
    changes.add(spec_model::sync::sync_file(
        &root.join(seeds::REPORT),
        seeds::REPORT,
        &seeds::report(root)?,
        mode,
    )?);
    changes.add(codegen::run_spec(root, &imported.spec, mode)?);
    Ok(Derived {
        outcome: changes.outcome(mode),
        report,
        spec: imported.spec,
    })
}

/// Fails with the stale files, a diff and the command that fixes them unless everything derived
/// from the docs under `root` is current.
pub fn check(root: &Path) -> Result<(), String> {
    match run(root, Mode::Check)?.outcome {
        Outcome::UpToDate => Ok(()),
        Outcome::Stale { files, diff } => Err(format!(
            "{diff}\n{} file(s) are not what the vendored docs produce: {}\n\
             run `cargo xtask regenerate` to update them",
            files.len(),
            files.join(", ")
        )),
        Outcome::Updated(_) => unreachable!("check mode never writes"),
    }
}

/// An outcome whose paths are relative to `dir`, made relative to the root.
fn prefixed(dir: &str, outcome: Outcome) -> Outcome {
    let add = |files: Vec<String>| files.into_iter().map(|f| format!("{dir}/{f}")).collect();
    match outcome {
        Outcome::UpToDate => Outcome::UpToDate,
        Outcome::Updated(files) => Outcome::Updated(add(files)),
        Outcome::Stale { files, diff } => Outcome::Stale {
            files: add(files),
            diff: diff
                .replace("--- a/", &format!("--- a/{dir}/"))
                .replace("+++ b/", &format!("+++ b/{dir}/")),
        },
    }
}
