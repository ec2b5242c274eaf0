//! `cargo fuzz run --features libfuzzer decode_otp`: see `authing_fuzz::decode_otp`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::decode_otp(data));
