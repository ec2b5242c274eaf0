//! A scratch copy of part of the workspace, and moving its results back in one step.
//!
//! Commands that change several files (`cargo xtask regenerate`) do all their work in a
//! [`Stage`] and call [`apply`] last, so a failure part-way leaves the working tree untouched.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// A temporary directory, removed when dropped.
#[derive(Debug)]
pub struct Stage(PathBuf);

impl Stage {
    pub fn new(label: &str) -> Result<Self, String> {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let dir = std::env::temp_dir().join(format!(
            "authing-xtask-{label}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create the scratch folder {}: {e}", dir.display()))?;
        Ok(Stage(dir))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Copies a file or a directory tree; a missing `src` copies nothing.
pub fn copy(src: &Path, dst: &Path) -> Result<(), String> {
    if src.is_dir() {
        fs::create_dir_all(dst).map_err(|e| format!("cannot create {}: {e}", dst.display()))?;
        let entries =
            fs::read_dir(src).map_err(|e| format!("cannot list {}: {e}", src.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", src.display()))?;
            copy(&entry.path(), &dst.join(entry.file_name()))?;
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
