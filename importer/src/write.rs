//! Writing or checking the spec files: renders every endpoint and type as YAML, proves each file
//! reads back to the same value and the whole spec validates, then writes, removes or diffs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use codegen::load::{Loaded, RawSpec};
use codegen::spec::{Endpoint, TypeDef};

use crate::assemble::Assembled;

/// Write the files, or only compare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What a write or check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    UpToDate,
    /// `Write`: these spec files (relative to the spec directory) were written or removed.
    Updated(Vec<String>),
    /// `Check`: these files differ; `diff` is a unified diff of what `Write` would change.
    Stale {
        files: Vec<String>,
        diff: String,
    },
}

const HEADER: &str = "# Written by `cargo xtask import` from the docs pages. Do not edit: change\n# spec/overrides.yaml (or the importer) and import again.\n";

/// Every spec file's text, keyed by its path relative to the spec directory.
pub fn render(spec: &Assembled) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    for ep in &spec.endpoints {
        let rel = format!("endpoints/{}/{}.yaml", ep.group.value, ep.name.value);
        files.insert(rel, to_yaml(ep)?);
    }
    for ty in &spec.types {
        let rel = format!("types/{}.yaml", ty.name.value);
        if files.insert(rel.clone(), to_yaml(ty)?).is_some() {
            return Err(format!("two types would be written to {rel}"));
        }
    }
    Ok(files)
}

fn to_yaml<T: serde::Serialize>(item: &T) -> Result<String, String> {
    // Lists indented under their key, as the hand-written spec files were.
    let options = serde_saphyr::ser_options! { compact_list_indent: false };
    let body = serde_saphyr::to_string_with_options(item, options)
        .map_err(|e| format!("cannot write YAML: {e}"))?;
    Ok(format!("{HEADER}{body}"))
}

/// Reads the rendered files back, checks they say exactly what was rendered, and validates the
/// whole spec (positions in errors point into the rendered text under `spec_dir`).
pub fn verify(
    spec_dir: &Path,
    spec: &Assembled,
    files: &BTreeMap<String, String>,
) -> Result<(), String> {
    let mut raw = RawSpec::default();
    let mut errors = Vec::new();
    for ep in &spec.endpoints {
        let rel = format!("endpoints/{}/{}.yaml", ep.group.value, ep.name.value);
        let file = spec_dir.join(&rel);
        match read_back::<Endpoint>(&file, &files[&rel], ep) {
            Ok(item) => raw.endpoints.push(Loaded { file, item }),
            Err(e) => errors.push(e),
        }
    }
    for ty in &spec.types {
        let rel = format!("types/{}.yaml", ty.name.value);
        let file = spec_dir.join(&rel);
        match read_back::<TypeDef>(&file, &files[&rel], ty) {
            Ok(item) => raw.types.push(Loaded { file, item }),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    codegen::validate::validate(raw)
        .map(|_| ())
        .map_err(|e| format!("the imported spec does not validate:\n{e}"))
}

fn read_back<T>(file: &Path, text: &str, original: &T) -> Result<T, String>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let item: T = codegen::load::parse_str(file, text).map_err(|e| e.to_string())?;
    let same = serde_json::to_value(&item).ok() == serde_json::to_value(original).ok();
    if same {
        Ok(item)
    } else {
        Err(format!(
            "{}: the YAML written does not read back to the same value",
            file.display()
        ))
    }
}

/// Makes `<spec_dir>/endpoints` and `<spec_dir>/types` hold exactly `files`, or reports how they
/// differ. Other files in `spec_dir` (such as `overrides.yaml`) are never touched.
pub fn sync(
    spec_dir: &Path,
    files: &BTreeMap<String, String>,
    mode: Mode,
) -> Result<Outcome, String> {
    let mut existing = Vec::new();
    for sub in ["endpoints", "types"] {
        for rel in list_yaml(&spec_dir.join(sub))? {
            existing.push(format!("{sub}/{rel}"));
        }
    }
    let mut changed = Vec::new();
    let mut diff = String::new();
    for (rel, want) in files {
        let path = spec_dir.join(rel);
        let have = fs::read_to_string(&path).unwrap_or_default();
        if have != *want {
            append_diff(&mut diff, rel, &have, want);
            changed.push(rel.clone());
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
        if files.contains_key(&rel) {
            continue;
        }
        let path = spec_dir.join(&rel);
        let have = fs::read_to_string(&path).unwrap_or_default();
        append_diff(&mut diff, &rel, &have, "");
        changed.push(rel);
        if mode == Mode::Write {
            fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            remove_empty_dirs(path.parent(), spec_dir);
        }
    }
    changed.sort();
    Ok(match (changed.is_empty(), mode) {
        (true, _) => Outcome::UpToDate,
        (false, Mode::Write) => Outcome::Updated(changed),
        (false, Mode::Check) => Outcome::Stale {
            files: changed,
            diff,
        },
    })
}

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
            .header(&format!("a/spec/{rel}"), &format!("b/spec/{rel}"))
    );
}

/// `*.yaml` files under `dir`, as sorted relative paths with `/` separators.
fn list_yaml(dir: &Path) -> Result<Vec<String>, String> {
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
            } else if path.extension().is_some_and(|x| x == "yaml") {
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
