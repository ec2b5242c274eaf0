//! Reading the spec as it was at a git revision: its files are exported into a directory so the
//! normal loader (with its file:line:column errors) can read them. Nothing in the work tree changes.

use std::fs;
use std::path::Path;
use std::process::Command;

/// Exports `<rev>:spec/` of the repository at `repo` into `dest` (which must not exist yet).
pub fn export_spec(repo: &Path, rev: &str, dest: &Path) -> Result<(), String> {
    if rev.starts_with('-') {
        return Err(format!("`{rev}` is not a git revision"));
    }
    let commit = git(
        repo,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| format!("git revision `{rev}` does not exist"))?;
    let commit = commit.trim();
    let listing = git(
        repo,
        &["ls-tree", "-r", "--name-only", commit, "--", "spec"],
    )?;
    if listing.trim().is_empty() {
        return Err(format!("git revision `{rev}` has no spec/ directory"));
    }
    for path in listing.lines() {
        let text = git(repo, &["show", &format!("{commit}:{path}")])?;
        let rel = path.strip_prefix("spec/").unwrap_or(path);
        let target = dest.join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        fs::write(&target, text).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(())
}

fn git(repo: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("git {} printed non-UTF-8", args.join(" ")))
}
