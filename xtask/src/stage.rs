//! A scratch copy of part of the workspace, and moving its results back in one step.
//!
//! Commands that change several files (`cargo xtask regenerate`) do all their work in a scratch
//! directory ([`scratch`]) and call [`apply`] last, so a failure part-way leaves the working tree
//! untouched.

use std::fs;
use std::path::{Path, PathBuf};

pub use tempfile::TempDir;

/// A new temporary directory (removed when dropped) whose name starts with `label`.
pub fn scratch(label: &str) -> Result<TempDir, String> {
    tempfile::Builder::new()
        .prefix(&format!("authing-xtask-{label}-"))
        .tempdir()
        .map_err(|e| format!("cannot create a scratch folder: {e}"))
}

/// Copies a file or a directory tree; a missing `src` copies nothing.
pub fn copy(src: &Path, dst: &Path) -> Result<(), String> {
    if src.is_dir() {
        fs::create_dir_all(dst).map_err(|e| format!("cannot create {}: {e}", dst.display()))?;
        for rel in spec_model::files::list(src)? {
            copy(&src.join(&rel), &dst.join(&rel))?;
        }
    } else if src.is_file() {
        if let Some(parent) = dst.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::copy(src, dst).map_err(|e| format!("cannot copy {}: {e}", src.display()))?;
    }
    Ok(())
}

/// The files (relative to both roots) under `paths` (files or folders, relative) whose bytes
/// differ between `stage` and `root`, or that exist in only one of them.
pub fn changed_files(stage: &Path, root: &Path, paths: &[&str]) -> Result<Vec<String>, String> {
    let mut changed = Vec::new();
    for path in paths {
        let listed = |base: &Path| -> Result<Vec<String>, String> {
            let full = base.join(path);
            if full.is_file() {
                return Ok(vec![path.to_string()]);
            }
            Ok(spec_model::files::list(&full)?
                .into_iter()
                .map(|rel| format!("{path}/{rel}"))
                .collect())
        };
        let mut all = listed(stage)?;
        all.extend(listed(root)?);
        all.sort();
        all.dedup();
        for rel in all {
            if read_bytes(&stage.join(&rel))? != read_bytes(&root.join(&rel))? {
                changed.push(rel);
            }
        }
    }
    changed.sort();
    Ok(changed)
}

/// A file's bytes; `None` when it does not exist (any other failure is an error).
fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}
/// Makes each of `files` (relative paths) under `root` what it is under `stage`: written when the
/// stage has it, removed when not. Every new file is first written beside its target; only when
/// all are written are they renamed into place, so a failed write changes nothing.
pub fn apply(stage: &Path, root: &Path, files: &[String]) -> Result<(), String> {
    const SUFFIX: &str = ".regenerate-new";
    let mut pending: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut removals: Vec<PathBuf> = Vec::new();
    let cleanup = |pending: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in pending {
            let _ = fs::remove_file(tmp);
        }
    };
    for rel in files {
        let (from, to) = (stage.join(rel), root.join(rel));
        if !from.exists() {
            removals.push(to);
            continue;
        }
        let mut tmp = to.clone().into_os_string();
        tmp.push(SUFFIX);
        let tmp = PathBuf::from(tmp);
        let written = to
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::copy(&from, &tmp).map(|_| ()));
        if let Err(e) = written {
            cleanup(&pending);
            let _ = fs::remove_file(&tmp);
            return Err(format!(
                "cannot write {}: {e}; nothing was changed",
                to.display()
            ));
        }
        pending.push((tmp, to));
    }
    for (tmp, to) in &pending {
        fs::rename(tmp, to).map_err(|e| format!("cannot move {} into place: {e}", to.display()))?;
    }
    for path in removals {
        match fs::remove_file(&path) {
            // A folder left empty (a group that lost its last endpoint) goes too.
            Ok(()) => {
                let _ = path.parent().map(fs::remove_dir);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot remove {}: {e}", path.display())),
        }
    }
    Ok(())
}
