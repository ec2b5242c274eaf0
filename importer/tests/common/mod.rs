//! Helpers for the importer tests: paths to the vendored pages in `upstream/` and small builders.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use importer::{Options, SourcePage};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The vendored upstream input.
pub fn upstream() -> PathBuf {
    root().join(importer::UPSTREAM)
}

pub fn seed(prefix: &str) -> (String, String) {
    let dir = upstream().join("seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed page {prefix}_* in {}", dir.display()));
    let name = entry.file_name().to_string_lossy().into_owned();
    (name, std::fs::read_to_string(entry.path()).unwrap())
}

pub fn management_page(rel: &str) -> String {
    std::fs::read_to_string(upstream().join("management").join(rel)).unwrap()
}

pub fn page(path: &str, text: &str) -> SourcePage {
    SourcePage {
        path: path.to_string(),
        text: text.to_string(),
    }
}

/// Options for importing the seed pages into `spec` with the seeds' overrides.
pub fn seed_options(spec: &Path) -> Options {
    Options {
        docs: upstream().join("seeds"),
        auth_docs: None,
        routes: upstream().join("routes.tsv"),
        overrides: root().join("spec/seeds/seed-pages.overrides.yaml"),
        factory: Some(upstream().join("factory/management-openapi.json")),
        auth_factory: None,
        node_sdk: None,
        other_sources: false,
        spec: spec.to_path_buf(),
    }
}

/// A temporary directory removed on drop.
pub fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("importer-test-{name}-"))
        .tempdir()
        .unwrap()
}
