//! Writing or checking generated files: one function does both, so `cargo xtask codegen` and
//! `cargo xtask codegen --check` (and the staleness test) can never disagree about what is stale.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::validate::{load_spec, Spec};
use crate::{features, layout};

/// Write the files, or only compare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What a run found or did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every file already matched the spec.
    UpToDate,
    /// `Write` mode: these files (relative paths) were written or removed.
    Updated(Vec<String>),
    /// `Check` mode: these files differ; `diff` is a unified diff of what `Write` would change.
    Stale { files: Vec<String>, diff: String },
}

/// Generates from `<root>/spec` and writes into (or checks against) the generated directories
/// under `root`. Files there that the spec no longer produces are removed (or reported stale).
/// Paths in the outcome are relative to `root`.
pub fn run(root: &Path, mode: Mode) -> Result<Outcome, String> {
    let spec = load_spec(&root.join("spec")).map_err(|e| e.to_string())?;
    run_spec(root, &spec, mode)
}

/// [`run`] for a spec already loaded (from `<root>/spec` or elsewhere).
pub fn run_spec(root: &Path, spec: &Spec, mode: Mode) -> Result<Outcome, String> {
    let mut all_files = Vec::new();
    let mut all_diff = String::new();

    // The features block of the SDK's manifest.
    let manifest_path = root.join(features::MANIFEST);
    let manifest = fs::read_to_string(&manifest_path)
        .map_err(|e| format!("cannot read {}: {e}", manifest_path.display()))?;
    let wanted = features::splice(&manifest, &features::render_block(&layout::groups(spec)))?;
    if wanted != manifest {
        all_files.push(features::MANIFEST.to_string());
        append_diff(&mut all_diff, features::MANIFEST, &manifest, &wanted);
        if mode == Mode::Write {
            fs::write(&manifest_path, &wanted)
                .map_err(|e| format!("cannot write {}: {e}", manifest_path.display()))?;
        }
    }

    for (dir, files) in layout::render(spec)? {
        match sync_dir(&root.join(dir), &files, mode)? {
            Outcome::UpToDate => {}
            Outcome::Updated(files) => {
                all_files.extend(files.into_iter().map(|f| format!("{dir}/{f}")))
            }
            Outcome::Stale { files, diff } => {
                all_files.extend(files.into_iter().map(|f| format!("{dir}/{f}")));
                all_diff.push_str(
                    &diff
                        .replace("--- a/", &format!("--- a/{dir}/"))
                        .replace("+++ b/", &format!("+++ b/{dir}/")),
                );
            }
        }
    }
    Ok(match (all_files.is_empty(), mode) {
        (true, _) => Outcome::UpToDate,
        (false, Mode::Write) => Outcome::Updated(all_files),
        (false, Mode::Check) => Outcome::Stale {
            files: all_files,
            diff: all_diff,
        },
    })
}

/// Makes `dir` hold exactly `files` (relative path -> text), or reports how it differs.
pub fn sync_dir(
    dir: &Path,
    files: &BTreeMap<String, String>,
    mode: Mode,
) -> Result<Outcome, String> {
    let existing = list_files(dir, "rs")?;
    let mut changed = Vec::new();
    let mut diff = String::new();
    for (rel, want) in files {
        let path = dir.join(rel);
        let have = fs::read_to_string(&path).unwrap_or_default();
        if have != *want {
            changed.push(rel.clone());
            append_diff(&mut diff, rel, &have, want);
            if mode == Mode::Write {
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)
                        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
                }
                fs::write(&path, want)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
        }
    }
    for rel in existing {
        if !files.contains_key(&rel) {
            let path = dir.join(&rel);
            let have = fs::read_to_string(&path).unwrap_or_default();
            append_diff(&mut diff, &rel, &have, "");
            changed.push(rel);
            if mode == Mode::Write {
                fs::remove_file(&path)
                    .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            }
        }
    }
    Ok(match (changed.is_empty(), mode) {
        (true, _) => Outcome::UpToDate,
        (false, Mode::Write) => Outcome::Updated(changed),
        (false, Mode::Check) => Outcome::Stale {
            files: changed,
            diff,
        },
    })
}

fn append_diff(out: &mut String, rel: &str, old: &str, new: &str) {
    let diff = similar::TextDiff::from_lines(old, new);
    let _ = write!(
        out,
        "{}",
        diff.unified_diff()
            .context_radius(3)
            .header(&format!("a/{rel}"), &format!("b/{rel}"))
    );
}

/// Files with extension `ext` under `dir`, as sorted relative paths with `/` separators.
pub fn list_files(dir: &Path, ext: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("cannot list {}: {e}", d.display())),
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == ext) {
                if let Ok(rel) = path.strip_prefix(dir) {
                    let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                    out.push(parts.join("/"));
                }
            }
        }
    }
    out.sort();
    Ok(out)
}
