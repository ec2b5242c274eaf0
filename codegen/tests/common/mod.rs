//! Test helpers: write a spec (relative path -> YAML) into a fresh temporary directory, or copy
//! one there.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

/// A temporary directory (removed on drop) to write a spec into.
pub struct TempDir(tempfile::TempDir);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = tempfile::Builder::new()
            .prefix(&format!("authing-{name}-"))
            .tempdir()
            .unwrap();
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    pub fn write(&self, files: &[(&str, &str)]) -> &Path {
        for (rel, text) in files {
            let path = self.path().join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        self.path()
    }
}

/// Copies a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for rel in spec_model::files::list(from).unwrap() {
        let target = to.join(&rel);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::copy(from.join(&rel), target).unwrap();
    }
}
