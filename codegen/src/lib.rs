//! The SDK generator: load the YAML spec, validate it, emit Rust, format it, and write or check
//! the generated files. `cargo xtask codegen` is a thin wrapper over [`run`].

pub mod diff;
pub mod diff_report;
pub mod emit;
pub mod error;
pub mod features;
pub mod field_rules;
pub mod files;
pub mod layout;
pub mod load;
pub mod names;
pub mod output;
pub mod revision;
pub mod roles;
pub mod spec;
pub mod types;
pub mod validate;

pub use error::{SpecError, SpecErrors};
pub use output::{run, run_spec, Mode, Outcome};
pub use validate::{load_spec, Spec};
