//! `cargo xtask sdk-routes`: reads the routes the official Go and Java SDKs call from checkouts
//! of their repositories and merges them into `upstream/routes.tsv` (a `seen_in` source per
//! SDK and commit, a row for each route the table did not have). The reading and merging are
//! `importer::official_sdks`; this module only finds the files and writes the table.

use std::path::Path;
use std::process::Command;

use importer::official_sdks::{self, SdkRoute};
use spec_model::spec::Client;

/// The client sources of each SDK, relative to its repository root.
const GO_FILES: [(&str, Client); 2] = [
    ("management/management_client.go", Client::Management),
    (
        "authentication/authentication_client.go",
        Client::Authentication,
    ),
];
const JAVA_FILES: [(&str, Client); 2] = [
    (
        "src/main/java/cn/authing/sdk/java/client/ManagementClient.java",
        Client::Management,
    ),
    (
        "src/main/java/cn/authing/sdk/java/client/AuthenticationClient.java",
        Client::Authentication,
    ),
];

/// Merges the routes of the SDK checkouts given into the routes table at `table`; returns a
/// summary per SDK. Nothing is written when any file fails to read.
pub fn run(table: &Path, go: Option<&Path>, java: Option<&Path>) -> Result<String, String> {
    let mut text = std::fs::read_to_string(table)
        .map_err(|e| format!("{}: cannot read the routes table: {e}", table.display()))?;
    let mut summary = String::new();
    for (repo, files, sdk) in [(go, &GO_FILES, "go"), (java, &JAVA_FILES, "java")] {
        let Some(repo) = repo else { continue };
        let seen_in = format!("{sdk}-sdk-{}", short_commit(repo)?);
        let mut found: Vec<SdkRoute> = Vec::new();
        for (file, client) in files {
            let path = repo.join(file);
            let source = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            let name = path.display().to_string();
            found.extend(match sdk {
                "go" => official_sdks::read_go(&name, &source, *client)?,
                _ => official_sdks::read_java(&name, &source, *client)?,
            });
        }
        let merged = official_sdks::merge(&text, &found, &seen_in)?;
        summary.push_str(&format!(
            "{seen_in}: {} methods read, {} routes already in the table, {} added\n",
            found.len(),
            merged.seen_again,
            merged.added
        ));
        for name in &merged.renamed {
            summary.push_str(&format!(
                "  renamed (the name was another route's): {name}\n"
            ));
        }
        text = merged.text;
    }
    std::fs::write(table, text).map_err(|e| format!("{}: cannot write: {e}", table.display()))?;
    Ok(summary)
}

/// The checkout's commit, seven hex digits (`git rev-parse --short=7 HEAD`).
fn short_commit(repo: &Path) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "--short=7", "HEAD"])
        .output()
        .map_err(|e| format!("cannot run git in {}: {e}", repo.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{}: not a git checkout (its commit names the source in routes.tsv): {}",
            repo.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}
