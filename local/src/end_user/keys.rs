//! The signing keys of the end-user side: 2048-bit RSA keys made at run time (the first when a
//! token is first signed or the JWKS first served, so servers that never sign pay nothing),
//! their `kid`, the JWKS that publishes them (the current key and the one before it) and
//! signing with them. No token bookkeeping lives here (see `tokens.rs`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey};
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde_json::{json, Value};

/// One RSA signing key.
pub(crate) struct SigningKey {
    pub kid: String,
    encoding: EncodingKey,
    /// The public key's modulus and exponent, base64url (the JWK's `n` and `e`).
    n: String,
    e: String,
    /// The public key, PKCS#1 DER.
    pub public_der: Vec<u8>,
}

impl SigningKey {
    /// A new random key. Only fails if the system's random source does.
    fn generate() -> Result<SigningKey, String> {
        let mut rng = rsa::rand_core::OsRng;
        let private = RsaPrivateKey::new(&mut rng, 2048).map_err(|e| e.to_string())?;
        let der = private.to_pkcs1_der().map_err(|e| e.to_string())?;
        let public = private.to_public_key();
        let public_der = public
            .to_pkcs1_der()
            .map_err(|e| e.to_string())?
            .as_bytes()
            .to_vec();
        let n = URL_SAFE_NO_PAD.encode(public.n().to_bytes_be());
        let e = URL_SAFE_NO_PAD.encode(public.e().to_bytes_be());
        // The key's id: the start of the SHA-256 of its public key, so it differs per key.
        let digest = ring::digest::digest(&ring::digest::SHA256, &public_der);
        let kid = URL_SAFE_NO_PAD.encode(&digest.as_ref()[..12]);
        Ok(SigningKey {
            kid,
            encoding: EncodingKey::from_rsa_der(der.as_bytes()),
            n,
            e,
            public_der,
        })
    }

    /// The key as a JWK (public part only).
    fn jwk(&self) -> Value {
        json!({
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": self.kid,
            "n": self.n,
            "e": self.e,
        })
    }

    /// `claims` as an RS256 JWT signed with this key, its header naming `kid` and `typ`
    /// (`JWT` when `None`).
    pub fn sign(&self, kid: &str, typ: Option<&str>, claims: &Value) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(kid.to_owned());
        if let Some(typ) = typ {
            header.typ = Some(typ.to_owned());
        }
        // Signing with a well-formed key and JSON claims cannot fail.
        jsonwebtoken::encode(&header, claims, &self.encoding).unwrap_or_default()
    }
}

/// The current key and the one it replaced (still published, so tokens signed before a
/// rotation keep verifying).
#[derive(Default)]
pub(crate) struct KeyRing {
    current: Option<SigningKey>,
    previous: Option<SigningKey>,
}

impl KeyRing {
    /// The current key, made now if there is none yet.
    pub(crate) fn current(&mut self) -> &SigningKey {
        if self.current.is_none() {
            self.current = Some(Self::generate());
        }
        match &self.current {
            Some(key) => key,
            None => unreachable!("set above"),
        }
    }

    /// Makes a new current key; the current one becomes the previous. Returns the new `kid`.
    pub(crate) fn rotate(&mut self) -> String {
        let next = Self::generate();
        let kid = next.kid.clone();
        self.previous = self.current.replace(next);
        kid
    }

    /// The JWKS: the current key (made now if needed), then the previous one.
    pub(crate) fn jwks(&mut self) -> Value {
        self.current();
        let keys: Vec<Value> = [&self.current, &self.previous]
            .into_iter()
            .flatten()
            .map(SigningKey::jwk)
            .collect();
        json!({ "keys": keys })
    }

    /// The published key with this `kid`.
    #[cfg(test)]
    fn find(&self, kid: &str) -> Option<&SigningKey> {
        [&self.current, &self.previous]
            .into_iter()
            .flatten()
            .find(|key| key.kid == kid)
    }

    fn generate() -> SigningKey {
        // The OS random source failing leaves a test server nothing sensible to do.
        SigningKey::generate().unwrap_or_else(|e| panic!("could not make an RSA key: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sign_verifiable_tokens_and_rotation_keeps_the_previous_key() {
        let started = std::time::Instant::now();
        let mut ring = KeyRing::default();
        let first = ring.current().kid.clone();
        eprintln!("RSA-2048 key generation took {:?}", started.elapsed());
        let token = ring
            .current()
            .sign(&first, None, &json!({"sub": "u1", "exp": 4102444800u64}));
        let jwks = ring.jwks();
        let jwk = &jwks["keys"][0];
        assert_eq!(jwk["kid"], first.as_str());
        let key = jsonwebtoken::DecodingKey::from_rsa_components(
            jwk["n"].as_str().unwrap(),
            jwk["e"].as_str().unwrap(),
        )
        .unwrap();
        let data = jsonwebtoken::decode::<Value>(
            &token,
            &key,
            &jsonwebtoken::Validation::new(Algorithm::RS256),
        )
        .unwrap();
        assert_eq!(data.claims["sub"], "u1");
        assert_eq!(data.header.kid.as_deref(), Some(first.as_str()));

        let second = ring.rotate();
        assert_ne!(first, second);
        let kids: Vec<String> = ring.jwks()["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kid"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(kids, [second.clone(), first.clone()]);
        assert!(ring.find(&first).is_some());
        ring.rotate();
        assert!(ring.find(&first).is_none(), "two rotations retire a key");
    }
}
