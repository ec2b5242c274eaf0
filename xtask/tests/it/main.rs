//! `cargo xtask`'s commands, one module per area: the derived files are current, regenerate's
//! all-or-nothing loop, the workspace root at run time.

mod derived;
mod regenerate;
mod root;
