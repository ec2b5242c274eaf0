//! Writing or checking the spec files: renders every endpoint and type as YAML, proves each file
//! reads back to the same value and the whole spec validates, then writes, removes or diffs.

use std::collections::BTreeMap;
use std::path::Path;

use spec_model::load::{Loaded, RawSpec};
use spec_model::spec::{Endpoint, TypeDef};

use crate::assemble::Assembled;

use spec_model::sync::Changes;
pub use spec_model::sync::{Mode, Outcome};

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
/// whole spec (positions in errors point into the rendered text under `spec_dir`). Returns the
/// validated spec, as the generator sees it.
pub fn verify(
    spec_dir: &Path,
    spec: &Assembled,
    files: &BTreeMap<String, String>,
) -> Result<spec_model::Spec, String> {
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
    spec_model::validate::validate(raw)
        .map_err(|e| format!("the imported spec does not validate:\n{e}"))
}

fn read_back<T>(file: &Path, text: &str, original: &T) -> Result<T, String>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let item: T = spec_model::load::parse_str(file, text).map_err(|e| e.to_string())?;
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
/// differ. Other files in `spec_dir` (such as `overrides.yaml`) are never touched. Paths in the
/// outcome are relative to `spec_dir`.
pub fn sync(
    spec_dir: &Path,
    files: &BTreeMap<String, String>,
    mode: Mode,
) -> Result<Outcome, String> {
    let mut changes = Changes::default();
    for sub in ["endpoints", "types"] {
        let prefix = format!("{sub}/");
        let own: BTreeMap<String, String> = files
            .iter()
            .filter_map(|(rel, text)| Some((rel.strip_prefix(&prefix)?.to_string(), text.clone())))
            .collect();
        changes.add(spec_model::sync::sync_dir(
            &spec_dir.join(sub),
            sub,
            "yaml",
            &own,
            mode,
        )?);
    }
    Ok(changes.outcome(mode))
}
