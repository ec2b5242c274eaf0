//! Plain `cargo test` fails when the committed generated code is not what the spec produces.
//! The same check as `cargo xtask codegen --check`.

use std::path::Path;

use codegen::{Mode, Outcome};

#[test]
fn generated_code_matches_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    match codegen::run(root, Mode::Check).unwrap() {
        Outcome::UpToDate => {}
        Outcome::Stale { files, diff } => panic!(
            "generated code is stale: {files:?}\nrun `cargo xtask codegen` to update it\n{diff}"
        ),
        Outcome::Updated(_) => unreachable!("check mode never writes"),
    }
}
