//! Random values for the authorize request, from the operating system's CSPRNG (`ring`'s
//! `SystemRandom`): `state`, `nonce` and the PKCE verifier (32 random bytes each, base64url: 43
//! characters), and the PKCE S256 challenge. Nothing here sends a request or keeps state.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ring::rand::{SecureRandom, SystemRandom};

use crate::{Error, ProtocolError};

/// Random bytes in each value (256 bits).
const RANDOM_BYTES: usize = 32;

/// 32 random bytes, base64url without padding (43 characters, all RFC 7636 "unreserved").
pub(crate) fn random_value() -> Result<String, Error> {
    let mut bytes = [0u8; RANDOM_BYTES];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::Protocol(ProtocolError::RandomUnavailable))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// The PKCE S256 challenge of `verifier`: base64url(SHA-256(verifier)) (RFC 7636 §4.2).
pub(crate) fn s256_challenge(verifier: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    URL_SAFE_NO_PAD.encode(digest.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_43_unreserved_characters_and_differ() {
        let a = random_value().unwrap();
        let b = random_value().unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }

    #[test]
    fn s256_matches_rfc_7636_appendix_b() {
        assert_eq!(
            s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
