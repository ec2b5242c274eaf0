//! xtask acts on the tree it was run in: two copies of the workspace that share a target
//! directory share one xtask binary, and the root comes from cargo's run-time
//! `CARGO_MANIFEST_DIR`, not the path the binary was built from.

use std::fs;
use std::path::Path;
use std::process::Command;

use xtask::{regenerate, stage};

/// Runs the xtask binary as `cargo xtask` does in the workspace at `root`.
fn xtask_in(root: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("CARGO_MANIFEST_DIR", root.join("xtask"))
        .current_dir(root)
        .output()
        .unwrap()
}

#[test]
fn codegen_reads_and_writes_the_copy_it_was_run_in() {
    let copy = stage::scratch("second-copy").unwrap();
    for rel in regenerate::tracked() {
        stage::copy(&xtask::workspace_root().join(rel), &copy.path().join(rel)).unwrap();
    }
    let file = copy.path().join("sdk/src/generated/mod.rs");
    let original = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("{original}// edited in the second copy\n")).unwrap();

    let check = xtask_in(copy.path(), &["codegen", "--check"]);
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        !check.status.success(),
        "the copy's stale file was not seen"
    );
    assert!(stderr.contains("sdk/src/generated/mod.rs"), "{stderr}");

    let write = xtask_in(copy.path(), &["codegen"]);
    assert!(write.status.success(), "{write:?}");
    assert_eq!(fs::read_to_string(&file).unwrap(), original);
    let again = xtask_in(copy.path(), &["codegen", "--check"]);
    assert!(again.status.success(), "{again:?}");
}

#[test]
fn the_root_is_the_parent_of_the_run_time_manifest_dir() {
    let dir = Path::new("/somewhere/else/xtask").to_path_buf();
    assert_eq!(xtask::root_from(Some(dir)), Path::new("/somewhere/else"));
    // Started by hand (no cargo): the path the binary was built from.
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    assert_eq!(xtask::root_from(None), built);
}
