//! The SDK generator: read the validated spec ([`spec_model`]), decide everything once in a
//! [`plan`], emit Rust from it, format it, and write or check the generated files.
//! `cargo xtask codegen` is a thin wrapper over [`run`].

pub mod blocks;
pub mod counts;
pub mod diff;
pub mod diff_report;
pub mod emit;
pub mod features;
pub mod names;
pub mod output;
pub mod outputs;
pub mod plan;

pub use output::{golden, run, run_spec, Mode, Outcome, GOLDEN_DIR};
