//! The maintenance commands behind `cargo xtask`, as a library so tests run the same code as the
//! command line. `main.rs` only parses arguments and prints; the work lives in these modules.

use std::path::{Path, PathBuf};

pub mod derived;
pub mod diff;
pub mod flags;
pub mod import;
pub mod msrv;
pub mod regenerate;
pub mod sdk_routes;
pub mod seeds;
pub mod semver;
pub mod stage;
pub mod version;

/// The workspace root the command was run in: the parent of this crate's directory as cargo
/// names it at run time (`cargo xtask` sets `CARGO_MANIFEST_DIR` when it runs the binary).
///
/// The compile-time path is only a fallback for a binary started by hand: two copies of the
/// workspace that share a target directory share one xtask binary, and each must act on its
/// own tree.
pub fn workspace_root() -> PathBuf {
    root_from(std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from))
}

/// The workspace root given the run-time `CARGO_MANIFEST_DIR` (if any).
pub fn root_from(manifest_dir: Option<PathBuf>) -> PathBuf {
    let manifest_dir = manifest_dir.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or(manifest_dir)
}
