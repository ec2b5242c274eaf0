//! `cargo fuzz run --features libfuzzer decode_identities`: see `authing_fuzz::decode_identities`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| authing_fuzz::decode_identities(data));
