//! `cargo xtask semver --baseline <rev>`: Rust-level semver checks of `authing` between a git
//! revision and the working tree, by `cargo-semver-checks` (`check-release --baseline-rev`). The
//! spec diff sees the API as documented; this sees what a generator or runtime change does to
//! the crate's public Rust API. The tool is an external cargo subcommand; without it the check
//! says how to install it and does not pretend to pass.

use std::path::Path;
use std::process::Command;

/// The command that installs the tool (named in the error when it is missing).
pub const INSTALL: &str = "cargo install --locked cargo-semver-checks";

/// What a run found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// No semver violation between the baseline and the working tree.
    Compatible,
    /// The tool reported violations (its summary lines).
    Breaking(String),
}

/// Whether `cargo semver-checks` is installed.
pub fn available() -> bool {
    Command::new("cargo")
        .args(["semver-checks", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Runs the check for `authing` in the workspace at `root` against `baseline` (a git revision).
/// An error means the check could not run (tool missing, baseline unusable, build failure).
pub fn run(root: &Path, baseline: &str) -> Result<Verdict, String> {
    if !available() {
        return Err(format!(
            "cargo-semver-checks is not installed; install it with `{INSTALL}`"
        ));
    }
    let out = Command::new("cargo")
        .current_dir(root)
        .args([
            "semver-checks",
            "check-release",
            "-p",
            "authing",
            "--baseline-rev",
            baseline,
        ])
        .output()
        .map_err(|e| format!("cannot run cargo semver-checks: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    classify(out.status.success(), &text)
}

/// Reads the tool's outcome: success is compatible; a failure that reports semver violations is
/// breaking (the summary lines kept); any other failure is an error with the tool's output.
pub fn classify(success: bool, output: &str) -> Result<Verdict, String> {
    if success {
        return Ok(Verdict::Compatible);
    }
    let summary: Vec<&str> = output
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            l.starts_with("--- failure") || l.starts_with("Summary") || l.contains("semver update")
        })
        .collect();
    if summary.is_empty() {
        Err(format!(
            "cargo semver-checks failed without a semver verdict:\n{output}"
        ))
    } else {
        Ok(Verdict::Breaking(summary.join("\n")))
    }
}

/// The Markdown section a regeneration report ends with: the verdict, or why there is none.
pub fn report_section(baseline: &str, result: &Result<Verdict, String>) -> String {
    let body = match result {
        Ok(Verdict::Compatible) => format!(
            "No semver violation in `authing`'s public Rust API against `{baseline}`."
        ),
        Ok(Verdict::Breaking(summary)) => format!(
            "**Breaking** changes in `authing`'s public Rust API against `{baseline}` \
             (the version must take a breaking bump: the minor version at 0.x):\n\n```text\n{summary}\n```"
        ),
        Err(e) => format!("Not run: {e}."),
    };
    format!("### Rust-level semver check (cargo-semver-checks)\n\n{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_run_with_violations_is_breaking_and_other_failures_are_errors() {
        assert_eq!(classify(true, "whatever"), Ok(Verdict::Compatible));
        let out = "--- failure function_missing: pub fn removed or renamed ---\n\
                   Summary semver requires new major version: 1 major and 0 minor checks failed\n";
        assert!(
            matches!(classify(false, out), Ok(Verdict::Breaking(s)) if s.contains("function_missing"))
        );
        assert!(classify(false, "error: could not compile").is_err());
    }

    #[test]
    fn the_report_says_when_the_check_did_not_run() {
        let missing = Err(format!(
            "cargo-semver-checks is not installed; install it with `{INSTALL}`"
        ));
        let section = report_section("HEAD", &missing);
        assert!(
            section.contains("Not run") && section.contains(INSTALL),
            "{section}"
        );
    }
}
