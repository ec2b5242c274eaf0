//! The maintenance commands behind `cargo xtask`, as a library so tests run the same code as the
//! command line. `main.rs` only parses arguments and prints; the work lives in these modules.

use std::path::{Path, PathBuf};

pub mod diff;
pub mod import;
pub mod regenerate;
pub mod stage;

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}
