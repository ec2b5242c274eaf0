//! The verification keys: the application's JWKS (`GET /oidc/.well-known/jwks.json`), fetched
//! on first use and cached per client (in its shared `App`, so clones and sessions share it),
//! fetched again when a token names a `kid` the cache lacks, at most once per
//! [`TokenVerification::jwks_refetch_interval`] (verifications that need a fetch wait for one;
//! those whose key is cached never wait).
//! Only RSA signature keys are usable; what the key is decides the algorithm, never the token.
//! Token checks live in `verify.rs`.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use jsonwebtoken::DecodingKey;
use reqwest::header::HeaderMap;
use serde::Deserialize;
use serde_json::Value;

use super::verify::TokenVerification;
use super::{decode, get};
use crate::transport::Transport;
use crate::{Error, ProtocolError};

/// The JWKS path.
const JWKS_PATH: &str = "/oidc/.well-known/jwks.json";

/// A client's verification settings and key cache.
pub(crate) struct Verifier {
    pub(crate) settings: TokenVerification,
    /// Read and replaced briefly, never held across a request.
    cache: Mutex<Cache>,
    /// Held while fetching: one fetch at a time.
    fetching: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct Cache {
    /// The keys of the last JWKS fetched (`None`: none fetched yet).
    keys: Option<Vec<Key>>,
    /// When the last fetch was started (successful or not).
    last_fetch: Option<Instant>,
}

/// One JWKS entry.
#[derive(Clone)]
struct Key {
    kid: Option<String>,
    /// The JWK's `alg`, when it names one.
    alg: Option<String>,
    /// The RSA public key (`None`: not an RSA key, or one that does not parse).
    rsa: Option<DecodingKey>,
}

/// A JWK as published: only what choosing and building an RSA key needs.
#[derive(Deserialize)]
struct Jwk {
    kty: Option<String>,
    kid: Option<String>,
    alg: Option<String>,
    #[serde(rename = "use")]
    usage: Option<String>,
    n: Option<String>,
    e: Option<String>,
}

#[derive(Deserialize)]
struct Jwks {
    keys: Vec<Value>,
}

impl Verifier {
    pub(crate) fn new(settings: TokenVerification) -> Self {
        Verifier {
            settings,
            cache: Mutex::default(),
            fetching: tokio::sync::Mutex::default(),
        }
    }

    fn cache(&self) -> MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The RSA key for a token whose header names `kid` and `alg` (RS256): from the cache, or
    /// from a fresh JWKS when the cache has none yet or lacks `kid` (rate-limited). A `kid`
    /// that names a key that is not RSA, or whose JWK is for another algorithm, is
    /// [`ProtocolError::DisallowedAlgorithm`]; none at all, [`ProtocolError::UnknownKey`]. A
    /// token without `kid` uses the JWKS's only RSA key.
    pub(crate) async fn rsa_key(
        &self,
        transport: &Transport,
        kid: Option<&str>,
        alg: &str,
    ) -> Result<DecodingKey, Error> {
        if let Some(found) = choose(&self.cache(), kid, alg) {
            return found;
        }
        let _fetching = self.fetching.lock().await;
        // Another verification may have fetched while this one waited.
        let fetched_at = {
            let cache = self.cache();
            if let Some(found) = choose(&cache, kid, alg) {
                return found;
            }
            cache.keys.as_ref().and(cache.last_fetch)
        };
        let interval = self.settings.jwks_refetch_interval;
        if fetched_at.is_none_or(|at| at.elapsed() >= interval) {
            tracing::debug!(kid, "no cached JWKS key for the token: fetching the JWKS");
            let keys = self.fetch(transport).await?;
            let mut cache = self.cache();
            cache.keys = Some(keys);
            if let Some(found) = choose(&cache, kid, alg) {
                return found;
            }
        }
        Err(Error::Protocol(ProtocolError::UnknownKey {
            kid: kid.map(str::to_owned),
        }))
    }

    /// Fetches the JWKS (noting when, whether it succeeds or not) and returns its keys.
    async fn fetch(&self, transport: &Transport) -> Result<Vec<Key>, Error> {
        self.cache().last_fetch = Some(Instant::now());
        let body = get(transport, JWKS_PATH, HeaderMap::new()).await?;
        let jwks: Jwks = decode("GET", JWKS_PATH, &body)?;
        let keys = jwks
            .keys
            .into_iter()
            .filter_map(|value| serde_json::from_value::<Jwk>(value).ok())
            // Encryption keys never verify a signature.
            .filter(|jwk| jwk.usage.as_deref().is_none_or(|u| u == "sig"))
            .map(|jwk| {
                let rsa = match (jwk.kty.as_deref(), &jwk.n, &jwk.e) {
                    (Some("RSA"), Some(n), Some(e)) => DecodingKey::from_rsa_components(n, e).ok(),
                    _ => None,
                };
                Key {
                    kid: jwk.kid,
                    alg: jwk.alg,
                    rsa,
                }
            })
            .collect();
        Ok(keys)
    }
}

/// The cached key for `kid`: `None` when the cache has no such key (fetch again), else the
/// key or why it cannot verify an `alg` token.
fn choose(cache: &Cache, kid: Option<&str>, alg: &str) -> Option<Result<DecodingKey, Error>> {
    let keys = cache.keys.as_deref()?;
    let key = match kid {
        Some(kid) => keys.iter().find(|k| k.kid.as_deref() == Some(kid))?,
        None => {
            // Without a kid, only an unambiguous JWKS will do.
            let mut rsa = keys.iter().filter(|k| k.rsa.is_some());
            match (rsa.next(), rsa.next()) {
                (Some(only), None) => only,
                _ => return None,
            }
        }
    };
    let refused = || {
        Err(Error::Protocol(ProtocolError::DisallowedAlgorithm {
            alg: alg.to_owned(),
        }))
    };
    if key.alg.as_deref().is_some_and(|a| a != alg) {
        return Some(refused());
    }
    Some(match &key.rsa {
        Some(rsa) => Ok(rsa.clone()),
        None => refused(),
    })
}
