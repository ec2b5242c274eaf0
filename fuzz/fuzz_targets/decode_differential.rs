//! `cargo fuzz run --features libfuzzer decode_differential`: see
//! `authing_fuzz::decode_differential`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::decode_differential(data));
