//! Loading: reads every YAML file of a spec directory into the serde types of [`crate::spec`],
//! strictly (unknown keys and wrong shapes are errors with file, line and column). Cross-file
//! checks (references, duplicates, defaults) live in [`crate::validate`], not here.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{SpecError, SpecErrors};
use crate::spec::{Endpoint, TypeDef};

/// A parsed spec file, remembering which file it came from.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub file: PathBuf,
    pub item: T,
}

/// Every file of a spec directory, in path order (so output never depends on directory order).
#[derive(Debug, Clone, Default)]
pub struct RawSpec {
    pub endpoints: Vec<Loaded<Endpoint>>,
    pub types: Vec<Loaded<TypeDef>>,
}

/// Loads `<dir>/endpoints/**/*.yaml` and `<dir>/types/*.yaml`. All parse errors are collected.
pub fn load_dir(dir: &Path) -> Result<RawSpec, SpecErrors> {
    if !dir.is_dir() {
        return Err(SpecError::in_file(dir, "spec directory not found").into());
    }
    let mut errors = Vec::new();
    let mut raw = RawSpec::default();
    for file in yaml_files(&dir.join("endpoints"), &mut errors) {
        if let Some(item) = parse_file::<Endpoint>(&file, &mut errors) {
            raw.endpoints.push(Loaded { file, item });
        }
    }
    for file in yaml_files(&dir.join("types"), &mut errors) {
        if let Some(item) = parse_file::<TypeDef>(&file, &mut errors) {
            raw.types.push(Loaded { file, item });
        }
    }
    if errors.is_empty() {
        Ok(raw)
    } else {
        Err(SpecErrors(errors))
    }
}

/// Parses one YAML document into `T`, reporting a failure as a positioned [`SpecError`].
pub fn parse_str<T: serde::de::DeserializeOwned>(file: &Path, text: &str) -> Result<T, SpecError> {
    serde_saphyr::from_str::<T>(text).map_err(|e| {
        let message = one_line_message(&e);
        match e.location() {
            Some(location) => SpecError::at(file, location, message),
            None => SpecError::in_file(file, message),
        }
    })
}

fn parse_file<T: serde::de::DeserializeOwned>(
    file: &Path,
    errors: &mut Vec<SpecError>,
) -> Option<T> {
    let text = match fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            errors.push(SpecError::in_file(file, format!("cannot read: {e}")));
            return None;
        }
    };
    match parse_str(file, &text) {
        Ok(item) => Some(item),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// The YAML parser's message without its snippet and position prefix (we print our own).
fn one_line_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    let first = text.lines().next().unwrap_or_default().trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    // "line 4 column 5: unknown field ..." -> "unknown field ..."
    let message = match first
        .strip_prefix("line ")
        .and_then(|rest| rest.split_once(": "))
    {
        Some((_, message)) => message,
        None => first,
    };
    // "... at line 1, column 7" -> "..."
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// All `*.yaml` files under `dir`, recursively, sorted. A missing directory is an empty spec part;
/// any other file is an error.
fn yaml_files(dir: &Path, errors: &mut Vec<SpecError>) -> Vec<PathBuf> {
    let listed = match crate::files::list(dir) {
        Ok(listed) => listed,
        Err(e) => {
            errors.push(SpecError::in_file(dir, e));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for rel in listed {
        let path = dir.join(&rel);
        if rel.ends_with(".yaml") {
            out.push(path);
        } else {
            errors.push(SpecError::in_file(
                &path,
                "unexpected file in spec directory (only *.yaml files belong here)",
            ));
        }
    }
    out
}
