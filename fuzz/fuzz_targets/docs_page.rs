//! `cargo fuzz run --features libfuzzer docs_page`: see `authing_fuzz::docs_page`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::docs_page(data));
