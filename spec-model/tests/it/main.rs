//! The spec model, one module per area: the loader under generated input (it never panics and
//! names the file), every spec error with its file, line and column, and the rules of path parameters.

// The temporary-spec helpers are the generator's tests' too.
#[path = "../../../codegen/tests/common/mod.rs"]
mod common;

mod fuzz_spec_loader;
mod path_params;
mod spec_errors;
