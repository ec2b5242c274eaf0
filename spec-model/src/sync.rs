//! Writing or checking files: one function does both, so a command and its `--check` (and the
//! staleness tests) can never disagree about what is stale. The importer writes spec files with
//! it, the generator the generated code. Nothing here knows what the files hold.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

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

/// Several [`sync_dir`] outcomes gathered into one.
#[derive(Debug, Default)]
pub struct Changes {
    files: Vec<String>,
    diff: String,
}

impl Changes {
    /// Adds the files (and diff) of one outcome.
    pub fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::UpToDate => {}
            Outcome::Updated(files) => self.files.extend(files),
            Outcome::Stale { files, diff } => {
                self.files.extend(files);
                self.diff.push_str(&diff);
            }
        }
    }

    /// Adds one changed file and its diff.
    fn push(&mut self, file: String, diff: &str) {
        self.files.push(file);
        self.diff.push_str(diff);
    }

    /// The outcome of everything added, for a run in `mode`.
    pub fn outcome(self, mode: Mode) -> Outcome {
        match (self.files.is_empty(), mode) {
            (true, _) => Outcome::UpToDate,
            (false, Mode::Write) => Outcome::Updated(self.files),
            (false, Mode::Check) => Outcome::Stale {
                files: self.files,
                diff: self.diff,
            },
        }
    }
}

/// Makes `dir` hold exactly `files` (relative path -> text) among its `*.{ext}` files, or reports
/// how it differs; other files in `dir` are never touched. Paths in the outcome and the diff are
/// `label/relative path` (just the relative path when `label` is empty).
///
/// Line endings are compared normalised (a checkout with CRLF line endings is not stale); a file
/// that cannot be read is an error, a missing one is a new file.
pub fn sync_dir(
    dir: &Path,
    label: &str,
    ext: &str,
    files: &BTreeMap<String, String>,
    mode: Mode,
) -> Result<Outcome, String> {
    let shown = |rel: &str| match label {
        "" => rel.to_string(),
        _ => format!("{label}/{rel}"),
    };
    let existing: Vec<String> = crate::files::list(dir)?
        .into_iter()
        .filter(|rel| rel.rsplit_once('.').is_some_and(|(_, x)| x == ext))
        .collect();
    let mut changes = Changes::default();
    for (rel, want) in files {
        changes.add(sync_file(&dir.join(rel), &shown(rel), want, mode)?);
    }
    for rel in existing {
        if files.contains_key(&rel) {
            continue;
        }
        let path = dir.join(&rel);
        let have = read_existing(&path)?.unwrap_or_default();
        let mut diff = String::new();
        append_diff(&mut diff, &shown(&rel), &have, "");
        changes.push(shown(&rel), &diff);
        if mode == Mode::Write {
            fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            remove_empty_dirs(path.parent(), dir);
        }
    }
    changes.files.sort();
    Ok(changes.outcome(mode))
}

/// Makes the file at `path` say `want`, or reports how it differs (shown as `label`). A missing
/// file is a new file; one that cannot be read is an error; line endings are compared
/// normalised.
pub fn sync_file(path: &Path, label: &str, want: &str, mode: Mode) -> Result<Outcome, String> {
    let have = read_existing(path)?.unwrap_or_default();
    if same_text(&have, want) {
        return Ok(Outcome::UpToDate);
    }
    let mut diff = String::new();
    append_diff(&mut diff, label, &have, want);
    if mode == Mode::Write {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::write(path, want).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let mut changes = Changes::default();
    changes.push(label.to_string(), &diff);
    Ok(changes.outcome(mode))
}

/// A file's text; `None` when it does not exist. Any other failure to read it is an error, never
/// an empty file.
pub fn read_existing(path: &Path) -> Result<Option<String>, String> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// Whether a file on disk says what was generated, whatever its line endings.
pub fn same_text(on_disk: &str, generated: &str) -> bool {
    on_disk == generated || on_disk.replace("\r\n", "\n") == generated.replace("\r\n", "\n")
}

/// Removes `dir` and its parents while they are empty, up to (not including) `stop`.
fn remove_empty_dirs(mut dir: Option<&Path>, stop: &Path) {
    while let Some(d) = dir {
        if d == stop || !d.starts_with(stop) || fs::remove_dir(d).is_err() {
            return;
        }
        dir = d.parent();
    }
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
