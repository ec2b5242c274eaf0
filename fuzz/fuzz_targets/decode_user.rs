//! `cargo fuzz run --features libfuzzer decode_user`: see `authing_fuzz::decode_user`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::decode_user(data));
