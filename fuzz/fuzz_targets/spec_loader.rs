//! `cargo fuzz run --features libfuzzer spec_loader`: see `authing_fuzz::spec_loader`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::spec_loader(data));
