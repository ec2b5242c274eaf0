//! `cargo xtask msrv`: the claimed minimum Rust version (`rust-version` of `authing`) against
//! what its dependency tree declares. Reads `cargo metadata` (the committed lockfile, every
//! feature the workspace turns on) and fails when a package `authing` builds with (normal and
//! build dependencies, transitively) needs a newer toolchain than the claim. The claim itself is
//! built by CI's `msrv` job; this catches a lockfile update that silently raises it.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// A `major.minor[.patch]` version as numbers (missing parts are 0).
fn parse(v: &str) -> Option<(u64, u64, u64)> {
    let mut p = v.split('.').map(|x| x.parse::<u64>().ok());
    Some((
        p.next()??,
        p.next().unwrap_or(Some(0))?,
        p.next().unwrap_or(Some(0))?,
    ))
}

/// The claim of `package` and the packages of its tree whose `rust_version` exceeds it.
pub fn check_metadata(metadata: &Value, package: &str) -> Result<(String, Vec<String>), String> {
    let packages = metadata["packages"]
        .as_array()
        .ok_or("metadata without packages")?;
    let by_id = |id: &str| packages.iter().find(|p| p["id"] == id);
    let root = packages
        .iter()
        .find(|p| p["name"] == package && p["source"].is_null())
        .ok_or_else(|| format!("no workspace package `{package}`"))?;
    let claim = root["rust_version"]
        .as_str()
        .ok_or_else(|| format!("`{package}` claims no rust-version"))?
        .to_string();
    let claimed = parse(&claim).ok_or_else(|| format!("bad rust-version `{claim}`"))?;
    let nodes = metadata["resolve"]["nodes"]
        .as_array()
        .ok_or("metadata without resolve")?;
    let node = |id: &str| nodes.iter().find(|n| n["id"] == id);
    let mut seen = std::collections::BTreeSet::new();
    let mut stack = vec![root["id"].as_str().unwrap_or_default().to_string()];
    let mut over = Vec::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        if let Some(p) = by_id(&id) {
            if let Some(rv) = p["rust_version"].as_str() {
                if parse(rv).is_some_and(|v| v > claimed) {
                    over.push(format!(
                        "{} {} needs {rv}",
                        p["name"].as_str().unwrap_or("?"),
                        p["version"].as_str().unwrap_or("?")
                    ));
                }
            }
        }
        for dep in node(&id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let runtime = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null() || k["kind"] == "build");
            if runtime {
                if let Some(pkg) = dep["pkg"].as_str() {
                    stack.push(pkg.to_string());
                }
            }
        }
    }
    over.sort();
    Ok((claim, over))
}

/// Runs `cargo metadata` in `root` and checks `authing`.
pub fn run(root: &Path) -> Result<String, String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    let metadata: Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let (claim, over) = check_metadata(&metadata, "authing")?;
    if over.is_empty() {
        Ok(claim)
    } else {
        Err(format!(
            "authing claims rust-version {claim}, but its dependency tree needs more:\n  {}\nraise `rust-version` in Cargo.toml or pin older dependencies in Cargo.lock",
            over.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dependency_newer_than_the_claim_fails_and_dev_dependencies_do_not_count() {
        let meta = serde_json::json!({
            "packages": [
                {"id": "a", "name": "authing", "version": "0.1.0", "source": null, "rust_version": "1.88"},
                {"id": "b", "name": "url", "version": "2.0.0", "source": "registry", "rust_version": "1.88"},
                {"id": "c", "name": "icu", "version": "2.0.0", "source": "registry", "rust_version": "1.90"},
                {"id": "d", "name": "proptest", "version": "1.0.0", "source": "registry", "rust_version": "1.95"}
            ],
            "resolve": {"nodes": [
                {"id": "a", "deps": [
                    {"pkg": "b", "dep_kinds": [{"kind": null}]},
                    {"pkg": "d", "dep_kinds": [{"kind": "dev"}]}
                ]},
                {"id": "b", "deps": [{"pkg": "c", "dep_kinds": [{"kind": null}]}]},
                {"id": "c", "deps": []},
                {"id": "d", "deps": []}
            ]}
        });
        let (claim, over) = check_metadata(&meta, "authing").unwrap();
        assert_eq!(claim, "1.88");
        assert_eq!(over, vec!["icu 2.0.0 needs 1.90".to_string()]);
    }
}
