//! The released crates' one version: `[workspace.package] version` in the root `Cargo.toml`,
//! shared by `authing` and `authing-local`, and the version of the last release,
//! `[workspace.metadata.last-release] version`. `regenerate` bumps from the last release by the
//! spec diff's verdict, so a cycle's unreleased version moves once per kind of change, not once
//! per regeneration, and keeps `Cargo.lock` in step (both as text edits, so formatting and
//! comments survive).

use std::path::Path;

use codegen::diff::{next_version, parse_version, Bump};

/// The manifest that holds the shared version, relative to the root.
pub const MANIFEST: &str = "Cargo.toml";
/// The lockfile that records it for the workspace members.
pub const LOCKFILE: &str = "Cargo.lock";
/// The packages released at the shared version.
pub const RELEASED: [&str; 2] = ["authing", "authing-local"];

/// The table of the shared version.
const PACKAGE: &str = "[workspace.package]";
/// The table of the last release's version (set when a release is published).
pub const LAST_RELEASE: &str = "[workspace.metadata.last-release]";

/// The shared version in the root manifest's `[workspace.package]` table.
pub fn read(root: &Path) -> Result<String, String> {
    read_in(root, PACKAGE)
}

/// The version of the last release, in the root manifest's `[workspace.metadata.last-release]`.
pub fn read_last_release(root: &Path) -> Result<String, String> {
    read_in(root, LAST_RELEASE)
}

fn read_in(root: &Path, table: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join(MANIFEST))
        .map_err(|e| format!("cannot read {MANIFEST}: {e}"))?;
    find(&text, table).map(|(_, v)| v)
}

/// The byte range of the `version` string's value in `table` and the value itself.
fn find(manifest: &str, table: &str) -> Result<(std::ops::Range<usize>, String), String> {
    let missing = || format!("{MANIFEST} has no `version` in {table}");
    let table = manifest.find(table).ok_or_else(missing)?;
    let mut at = table;
    for line in manifest[table..].split_inclusive('\n').skip(1) {
        let start = at + manifest[at..].find(line).unwrap_or(0);
        at = start + line.len();
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            break;
        }
        let Some(rest) = trimmed.strip_prefix("version") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim();
        let inner = value
            .strip_prefix('"')
            .and_then(|v| v.split('"').next())
            .ok_or_else(missing)?;
        let offset = start + line.find(&format!("\"{inner}\"")).ok_or_else(missing)? + 1;
        return Ok((offset..offset + inner.len(), inner.to_string()));
    }
    Err(missing())
}

/// The manifest with the shared version set to `new`.
pub fn set_in_manifest(manifest: &str, new: &str) -> Result<String, String> {
    let (range, _) = find(manifest, PACKAGE)?;
    let mut text = manifest.to_string();
    text.replace_range(range, new);
    Ok(text)
}

/// The lockfile with the released packages' entries at `new` (other entries untouched).
pub fn set_in_lockfile(lock: &str, new: &str) -> String {
    let mut out = String::with_capacity(lock.len());
    let mut released = false;
    for line in lock.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("name = ") {
            released = RELEASED.contains(&name.trim().trim_matches('"'));
        } else if released && line.starts_with("version = ") {
            out.push_str(&format!("version = \"{new}\"\n"));
            released = false;
            continue;
        }
        out.push_str(line);
    }
    out
}

/// The version after `bump`; an error names a version that is not `major.minor.patch`.
pub fn bumped(version: &str, bump: Bump) -> Result<String, String> {
    next_version(version, bump)
        .ok_or_else(|| format!("the version `{version}` is not major.minor.patch"))
}

/// Writes the bumped version into the manifest and lockfile under `root` (a staging copy).
pub fn apply(root: &Path, new: &str) -> Result<(), String> {
    let path = root.join(MANIFEST);
    let manifest = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    std::fs::write(&path, set_in_manifest(&manifest, new)?)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let path = root.join(LOCKFILE);
    if let Ok(lock) = std::fs::read_to_string(&path) {
        std::fs::write(&path, set_in_lockfile(&lock, new))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The bump a breaking change needs at `version` (0.x: the minor; from 1.0: the major).
pub fn breaking_bump(version: &str) -> Bump {
    if version.starts_with("0.") {
        Bump::Minor
    } else {
        Bump::Major
    }
}

/// The version after a change that needs `bump` since the last release `released`, when the
/// unreleased version is `current`: `released` bumped, or `current` when it already is at least
/// that (the cycle bumped before: a second additive change after a breaking one, or the same
/// change regenerated twice, moves nothing).
pub fn next(released: &str, current: &str, bump: Bump) -> Result<String, String> {
    let needed = bumped(released, bump)?;
    Ok(if parts(&needed)? > parts(current)? {
        needed
    } else {
        current.to_string()
    })
}

/// `major.minor.patch` as numbers, to compare versions.
fn parts(version: &str) -> Result<(u64, u64, u64), String> {
    parse_version(version)
        .ok_or_else(|| format!("the version `{version}` is not major.minor.patch"))
}

/// When the Rust-level semver check found a breaking change that the spec diff did not (a
/// generator or runtime change), the version must be at least the last release `released` with
/// a breaking bump: the version to use instead of `chosen`, or `None` when `chosen` already is
/// one.
pub fn raised_for_breaking(released: &str, chosen: &str) -> Result<Option<String>, String> {
    let breaking = next(released, chosen, breaking_bump(released))?;
    Ok((chosen != breaking).then_some(breaking))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breaking_semver_verdict_raises_an_additive_bump_and_keeps_a_breaking_one() {
        assert_eq!(
            raised_for_breaking("0.1.0", "0.1.1").unwrap().as_deref(),
            Some("0.2.0")
        );
        assert_eq!(
            raised_for_breaking("0.1.0", "0.1.0").unwrap().as_deref(),
            Some("0.2.0")
        );
        assert_eq!(raised_for_breaking("0.1.0", "0.2.0").unwrap(), None);
        // An unreleased version past the breaking bump stays.
        assert_eq!(raised_for_breaking("0.1.0", "0.3.0").unwrap(), None);
        assert_eq!(
            raised_for_breaking("1.2.3", "1.3.0").unwrap().as_deref(),
            Some("2.0.0")
        );
    }

    #[test]
    fn a_cycle_bumps_from_the_last_release_once_per_kind_of_change() {
        // Just released: each kind of change bumps.
        assert_eq!(next("0.1.0", "0.1.0", Bump::Patch).unwrap(), "0.1.1");
        assert_eq!(next("0.1.0", "0.1.0", Bump::Minor).unwrap(), "0.2.0");
        // Already bumped this cycle: the same kind again, or a lesser one, moves nothing.
        assert_eq!(next("0.1.0", "0.1.1", Bump::Patch).unwrap(), "0.1.1");
        assert_eq!(next("0.1.0", "0.2.0", Bump::Patch).unwrap(), "0.2.0");
        assert_eq!(next("0.1.0", "0.2.0", Bump::Minor).unwrap(), "0.2.0");
        assert_eq!(next("0.1.0", "0.2.0", Bump::None).unwrap(), "0.2.0");
        // A patch cycle that meets a breaking change moves to the breaking bump.
        assert_eq!(next("0.1.0", "0.1.1", Bump::Minor).unwrap(), "0.2.0");
        assert_eq!(next("1.4.2", "1.4.3", Bump::Major).unwrap(), "2.0.0");
        // Compared as numbers, not text.
        assert_eq!(next("0.9.0", "0.10.0", Bump::Minor).unwrap(), "0.10.0");
        assert!(next("0.1.0", "0.2", Bump::Patch).is_err());
    }

    #[test]
    fn the_last_release_is_read_from_its_own_table() {
        let manifest = "[workspace.package]\nversion = \"0.2.0\"\n\n[workspace.metadata.last-release]\nversion = \"0.1.0\"\n";
        assert_eq!(find(manifest, LAST_RELEASE).unwrap().1, "0.1.0");
        assert_eq!(find(manifest, PACKAGE).unwrap().1, "0.2.0");
        let err = find("[workspace.package]\nversion = \"0.2.0\"\n", LAST_RELEASE).unwrap_err();
        assert!(err.contains("[workspace.metadata.last-release]"), "{err}");
    }

    #[test]
    fn at_0_x_breaking_bumps_the_minor_and_everything_else_the_patch() {
        assert_eq!(bumped("0.1.0", Bump::Minor).unwrap(), "0.2.0");
        assert_eq!(bumped("0.1.3", Bump::Minor).unwrap(), "0.2.0");
        assert_eq!(bumped("0.1.3", Bump::Patch).unwrap(), "0.1.4");
        assert_eq!(bumped("0.1.3", Bump::None).unwrap(), "0.1.3");
        assert_eq!(bumped("1.4.2", Bump::Major).unwrap(), "2.0.0");
        assert!(bumped("0.1", Bump::Patch).is_err());
    }

    #[test]
    fn the_spec_diff_verdict_picks_the_0_x_bump() {
        use codegen::diff::{Change, ChangeKind, Impact, SpecDiff};
        let with = |impact| SpecDiff {
            changes: vec![Change {
                kind: ChangeKind::EndpointAdded,
                impact,
                target: "x".into(),
                detail: String::new(),
            }],
        };
        assert_eq!(with(Impact::Breaking).bump("0.1.0"), Bump::Minor);
        assert_eq!(with(Impact::Additive).bump("0.1.0"), Bump::Patch);
        assert_eq!(with(Impact::Patch).bump("0.1.0"), Bump::Patch);
        assert_eq!(SpecDiff { changes: vec![] }.bump("0.1.0"), Bump::None);
    }

    #[test]
    fn only_the_workspace_package_version_is_rewritten() {
        let manifest = "[workspace]\nmembers = []\n\n[workspace.package]\n# one version\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[profile.x]\nversion = \"9\"\n";
        let out = set_in_manifest(manifest, "0.2.0").unwrap();
        assert_eq!(out, manifest.replace("\"0.1.0\"", "\"0.2.0\""));
        assert_eq!(find(&out, PACKAGE).unwrap().1, "0.2.0");
        assert!(set_in_manifest("[workspace.package]\nedition = \"2021\"\n", "1.0.0").is_err());
    }

    #[test]
    fn only_the_released_packages_move_in_the_lockfile() {
        let lock = "[[package]]\nname = \"authing\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"authing-fuzz\"\nversion = \"0.0.0\"\n\n[[package]]\nname = \"authing-local\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"serde\"\nversion = \"0.1.0\"\n";
        let out = set_in_lockfile(lock, "0.2.0");
        assert_eq!(out.matches("\"0.2.0\"").count(), 2);
        assert!(out.contains("name = \"serde\"\nversion = \"0.1.0\""));
        assert!(out.contains("name = \"authing-fuzz\"\nversion = \"0.0.0\""));
    }
}
