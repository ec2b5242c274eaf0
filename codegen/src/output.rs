//! The generator's run: generate everything from the spec and write it, or check it
//! (`cargo xtask codegen [--check]`), through [`spec_model::sync`].

use std::fs;
use std::path::Path;

use spec_model::sync::{sync_dir, sync_file, Changes};
pub use spec_model::sync::{Mode, Outcome};
use spec_model::validate::{load_spec, Spec};

use crate::plan::Plan;
use crate::{counts, features, outputs};
use spec_model::spec::Client;

/// The golden spec and its outputs (see its README).
pub const GOLDEN_DIR: &str = "codegen/tests/golden";

/// Generates from `<root>/spec` and writes into (or checks against) the generated directories
/// under `root`. Files there that the spec no longer produces are removed (or reported stale).
/// Paths in the outcome are relative to `root`.
pub fn run(root: &Path, mode: Mode) -> Result<Outcome, String> {
    let spec = load_spec(&root.join("spec")).map_err(|e| e.to_string())?;
    let mut changes = Changes::default();
    changes.add(run_spec(root, &spec, mode)?);
    changes.add(golden(root, mode)?);
    Ok(changes.outcome(mode))
}

/// The golden outputs: everything generated from the tiny spec in `<root>/`[`GOLDEN_DIR`]`/spec`,
/// written into (or checked against) its `out/` (one folder per output).
pub fn golden(root: &Path, mode: Mode) -> Result<Outcome, String> {
    let dir = root.join(GOLDEN_DIR);
    let spec = load_spec(&dir.join("spec")).map_err(|e| e.to_string())?;
    let mut changes = Changes::default();
    for (output, files) in outputs::render(&Plan::new(&spec))? {
        let name = match output {
            outputs::SDK_DIR => "sdk",
            outputs::LOCAL_DIR => "local",
            _ => "sdk_tests",
        };
        let label = format!("{GOLDEN_DIR}/out/{name}");
        changes.add(sync_dir(
            &dir.join("out").join(name),
            &label,
            "rs",
            &files,
            mode,
        )?);
    }
    Ok(changes.outcome(mode))
}

/// [`run`] for a spec already loaded (from `<root>/spec` or elsewhere).
pub fn run_spec(root: &Path, spec: &Spec, mode: Mode) -> Result<Outcome, String> {
    let mut changes = Changes::default();

    // The features block of the SDK's manifest.
    let manifest_path = root.join(features::MANIFEST);
    let manifest = fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    let plan = Plan::new(spec);
    let management = plan.groups_of(Client::Management);
    let authentication = !plan.groups_of(Client::Authentication).is_empty();
    let wanted = features::splice(
        &manifest,
        &features::render_block(&management, authentication),
    )?;
    changes.add(sync_file(
        &manifest_path,
        features::MANIFEST,
        &wanted,
        mode,
    )?);

    // The counts block of the README.
    let readme_path = root.join(counts::README);
    let readme = fs::read_to_string(&readme_path)
        .map_err(|e| format!("cannot read {}: {e}", readme_path.display()))?;
    changes.add(sync_file(
        &readme_path,
        counts::README,
        &counts::splice(&readme, &plan)?,
        mode,
    )?);

    for (dir, files) in outputs::render(&plan)? {
        changes.add(sync_dir(&root.join(dir), dir, "rs", &files, mode)?);
    }
    Ok(changes.outcome(mode))
}
