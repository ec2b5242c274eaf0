//! The generator, one module per area: freshness of the committed code, diff size of small spec
//! changes, path parameters in the plan and the emitted code, the spec diff, write-or-check. The
//! spec loader's own tests are `spec-model`'s.

#[path = "../common/mod.rs"]
mod common;

mod generated_is_fresh;
mod path_params;
mod small_diffs;
mod spec_diff;
mod write_and_check;
