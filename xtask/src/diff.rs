//! `cargo xtask diff --from <rev|dir> [--to <dir>] [--json]`: the semantic difference between two
//! specs, as Markdown for a PR description or JSON for tools. Reads only; never writes the tree.

use std::path::{Path, PathBuf};

use codegen::diff::SpecDiff;

/// Loads a spec from a directory, or from `<rev>:spec/` when `source` is not a directory.
pub fn load_source(root: &Path, source: &str, scratch: &Path) -> Result<spec_model::Spec, String> {
    let as_dir = PathBuf::from(source);
    if as_dir.is_dir() {
        return spec_model::load_spec(&as_dir).map_err(|e| e.to_string());
    }
    let dest = scratch.join(sanitize(source));
    spec_model::revision::export_spec(root, source, &dest).map_err(|e| {
        format!("`{source}` is neither a spec directory nor a usable git revision: {e}")
    })?;
    spec_model::load_spec(&dest).map_err(|e| format!("the spec at `{source}` does not load:\n{e}"))
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// The crate version the bump is computed from (the workspace's shared version).
pub fn sdk_version(root: &Path) -> Result<String, String> {
    crate::version::read(root)
}

/// Compares two sources and renders the report.
pub fn run(root: &Path, from: &str, to: &str, json: bool) -> Result<(SpecDiff, String), String> {
    let scratch = crate::stage::scratch("diff")?;
    let old = load_source(root, from, scratch.path())?;
    let new = load_source(root, to, scratch.path())?;
    let diff = codegen::diff::diff(&old, &new);
    let version = sdk_version(root)?;
    let text = if json {
        codegen::diff_report::to_json(&diff, &version)
    } else {
        codegen::diff_report::to_markdown(&diff, &version)
    };
    Ok((diff, text))
}
