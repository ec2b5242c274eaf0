//! The SDK's cargo features, kept as a generated block at the end of `sdk/Cargo.toml` (the rest
//! of that manifest is hand-written): `management` (one feature per Management API group) and
//! `authentication` (the end-user API), both in `full`, the default.

use std::collections::BTreeSet;

pub const MANIFEST: &str = "sdk/Cargo.toml";
const BEGIN: &str =
    "# @generated features: begin (one per endpoint group; `cargo xtask codegen` writes this block)";
const END: &str = "# @generated features: end";
/// The opt-in serde impls (`Serialize` and `Deserialize` on every type) for callers who store or
/// cache what the API returns; responses decode without serde either way.
const SERDE: &str =
    "# `Serialize` and `Deserialize` on every data type (to store or cache them); the\n\
                     # client itself decodes responses without serde.\nserde = []\n";
/// The opt-in typed timestamps: `*_utc()` accessors as `chrono::DateTime<Utc>`.
const CHRONO: &str =
    "# Typed accessors (`created_at_utc()`, ...) for the fields that hold timestamps, as\n\
                      # `chrono::DateTime<Utc>`.\nchrono = [\"dep:chrono\"]\n";
/// The feature that exposes the runtime's internals to the workspace's fuzz targets, benches and
/// tests (`sdk/src/internal.rs`).
const INTERNAL: &str =
    "# Not part of the API (no semver promise): the decode path and `execute` for the\n\
                        # workspace's fuzz targets, benches and tests.\n__internal = []\n";

/// The end-user API's feature: its generated endpoints and the hand-written client, sessions and
/// protocol layer, with the crates only they use.
const AUTHENTICATION: &str =
    "# The end-user API: `AuthenticationClient`, user sessions and the OIDC / OAuth 2.0 protocol\n\
     # layer (token verification with `jsonwebtoken`, PKCE and random values with `ring`).\n\
     authentication = [\"dep:jsonwebtoken\", \"dep:ring\", \"dep:url\"]\n";

/// The opt-in event subscriptions over WebSocket (not in `full`: a service that does not
/// subscribe does not compile a WebSocket client).
const EVENT_STREAM: &str = "# Event subscriptions over WebSocket (`subscribe`, a `Stream` of events); opt-in. Publishing\n\
     # needs no feature.\n\
     event-stream = [\"dep:tokio-tungstenite\", \"dep:futures-sink\", \"dep:hyper-util\", \"dep:ring\", \"dep:url\", \"tokio/macros\", \"tokio/net\", \"tokio/io-util\"]\n";

/// The opt-in trust in the platform's certificate store (`Trust::platform_roots`).
const PLATFORM_ROOTS: &str = "# `Trust::platform_roots`: trust the platform's certificate store too (the system CA bundle,\n\
     # the macOS keychain, the Windows store); opt-in.\n\
     platform-roots = [\"dep:rustls-native-certs\"]\n";

/// A feature listing other features, one per line.
fn list(name: &str, members: &[&str]) -> String {
    if members.is_empty() {
        return format!("{name} = []\n");
    }
    let mut out = format!("{name} = [\n");
    for m in members {
        out.push_str(&format!("    \"{m}\",\n"));
    }
    out.push_str("]\n");
    out
}

/// The `[features]` table for these Management API groups (and the end-user API when the spec
/// has it), between its markers.
pub fn render_block(groups: &BTreeSet<&str>, authentication: bool) -> String {
    let mut out = format!("{BEGIN}\n[features]\ndefault = [\"full\"]\n");
    out.push_str("# Both APIs.\n");
    let apis: &[&str] = if authentication {
        &["management", "authentication"]
    } else {
        &["management"]
    };
    out.push_str(&list("full", apis));
    out.push_str("# The Management API (`ManagementClient`): every group.\n");
    out.push_str(&list(
        "management",
        &groups.iter().copied().collect::<Vec<_>>(),
    ));
    if authentication {
        out.push_str(AUTHENTICATION);
    }
    out.push_str(EVENT_STREAM);
    out.push_str(PLATFORM_ROOTS);
    out.push_str("# One feature per Management API group.\n");
    for g in groups {
        out.push_str(&format!("{g} = []\n"));
    }
    out.push_str(CHRONO);
    out.push_str(SERDE);
    out.push_str(INTERNAL);
    out.push_str(END);
    out.push('\n');
    out
}

/// `manifest` with its generated block replaced by `block` (appended when there is none yet).
pub fn splice(manifest: &str, block: &str) -> Result<String, String> {
    if let Some(spliced) = crate::blocks::replace(manifest, MANIFEST, (BEGIN, END), block)? {
        return Ok(spliced);
    }
    if manifest.lines().any(|l| l.trim() == "[features]") {
        return Err(format!(
            "{MANIFEST} has a hand-written [features] table; remove it: \
             `cargo xtask codegen` writes the features"
        ));
    }
    let sep = if manifest.ends_with("\n\n") { "" } else { "\n" };
    Ok(format!("{manifest}{sep}{block}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_appends_then_replaces_in_place() {
        let groups: BTreeSet<&str> = ["roles", "users"].into_iter().collect();
        let block = render_block(&groups, false);
        assert!(block.contains(
            "full = [\n    \"management\",\n]\n# The Management API (`ManagementClient`): every group.\n\
             management = [\n    \"roles\",\n    \"users\",\n]\n"
        ));
        assert!(block.contains("# One feature per Management API group.\nroles = []\nusers = []\n"));
        assert!(block.contains("\nevent-stream = [\"dep:tokio-tungstenite\""));
        assert!(!block.contains("authentication"));
        assert!(render_block(&groups, true).contains("authentication = [\"dep:jsonwebtoken\""));
        let first = splice("[package]\nname = \"x\"\n", &block).unwrap();
        assert_eq!(first, format!("[package]\nname = \"x\"\n\n{block}"));
        let again = splice(&first, &block).unwrap();
        assert_eq!(again, first);
        let fewer: BTreeSet<&str> = ["users"].into_iter().collect();
        let replaced = splice(&format!("{first}[lints]\n"), &render_block(&fewer, false)).unwrap();
        assert!(!replaced.contains("roles"));
        assert!(replaced.ends_with("# @generated features: end\n[lints]\n"));
        assert!(splice("[features]\nx = []\n", &block).is_err());
    }
}
