//! `cargo fuzz run --features libfuzzer cas_response`: see `authing_fuzz::cas_response`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::cas_response(data));
