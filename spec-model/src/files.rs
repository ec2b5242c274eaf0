//! Listing a directory tree: the one walker the workspace's tools share (the spec loader, the
//! write-or-check function, the importer's page reader, xtask's staging). Nothing else here.

use std::path::Path;

/// Every file under `dir` (recursively), as sorted relative paths with `/` separators; a missing
/// `dir` has none. A folder that cannot be listed is an error.
pub fn list(dir: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.depth() == 0 && is_not_found(&e) => return Ok(Vec::new()),
            Err(e) => {
                let at = e.path().unwrap_or(dir).display().to_string();
                return Err(format!("cannot list {at}: {e}"));
            }
        };
        if entry.file_type().is_file() {
            if let Ok(rel) = entry.path().strip_prefix(dir) {
                let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                out.push(parts.join("/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

fn is_not_found(e: &walkdir::Error) -> bool {
    e.io_error()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_files_recursively_sorted_and_a_missing_dir_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("b/c")).unwrap();
        std::fs::write(dir.path().join("b/c/x.yaml"), "").unwrap();
        std::fs::write(dir.path().join("a.rs"), "").unwrap();
        assert_eq!(list(dir.path()).unwrap(), ["a.rs", "b/c/x.yaml"]);
        assert!(list(&dir.path().join("missing")).unwrap().is_empty());
    }
}
