//! The generator, one module per area: the spec loader under generated input, freshness of the
//! committed code, diff size of small spec changes, the spec diff, spec errors, write-or-check.

#[path = "../common/mod.rs"]
mod common;

mod fuzz_spec_loader;
mod generated_is_fresh;
mod small_diffs;
mod spec_diff;
mod spec_errors;
mod write_and_check;
