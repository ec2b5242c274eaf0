//! The spec model, one module per area: the loader under generated input (it never panics and
//! names the file), and every spec error with its file, line and column.

// The temporary-spec helpers are the generator's tests' too.
#[path = "../../../codegen/tests/common/mod.rs"]
mod common;

mod fuzz_spec_loader;
mod spec_errors;
