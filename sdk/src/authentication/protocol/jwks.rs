//! The verification keys: the application's JWKS (`GET /oidc/.well-known/jwks.json`), fetched
//! on first use and cached per client (in its shared `App`, so clones and sessions share it).
//!
//! The cache's rules:
//! - keys are used for at most [`TokenVerification::jwks_max_age`] after the fetch that brought
//!   them; then the JWKS is fetched again before any of them verifies a token, so a key removed
//!   from the JWKS stops verifying within the maximum age;
//! - a token naming a `kid` the cache lacks (a key rotation) fetches the JWKS again;
//! - two fetch attempts are at least [`TokenVerification::jwks_refetch_interval`] apart,
//!   whether the first succeeded or failed; a verification that would need a fetch within that
//!   cooldown fails at once with [`ProtocolError::UnknownKey`] (fresh keys, none with that
//!   `kid`) or [`ProtocolError::JwksUnavailable`] (no usable keys), never waiting for the
//!   cooldown to end; verifications that arrive while a fetch is under way wait for it;
//! - a failed refetch of keys older than the maximum age drops them (fail closed): until a
//!   fetch succeeds, RS256 tokens do not verify. A failed refetch for an unknown `kid` keeps
//!   the keys that are still within the maximum age.
//!
//! A static JWKS ([`TokenVerification::static_jwks`]) replaces the cache: its keys are read
//! once, at `build()`, never fetched, and never expire.
//!
//! Only RSA signature keys are usable; what the key is decides the algorithm, never the token.
//! An attacker-chosen `kid` goes into errors and logs bounded ([`shown_kid`]). Token checks
//! live in `verify.rs`.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use jsonwebtoken::DecodingKey;
use reqwest::header::HeaderMap;
use serde::Deserialize;
use serde_json::Value;

use super::settings::TokenVerification;
use super::{decode, get};
use crate::transport::Transport;
use crate::{Error, ProtocolError};

/// The JWKS path.
const JWKS_PATH: &str = "/oidc/.well-known/jwks.json";

/// The most characters of a token's `kid` an error or a log line shows.
pub(crate) const KID_SHOWN: usize = 64;

/// A client's verification settings and key cache.
pub(crate) struct Verifier {
    pub(crate) settings: TokenVerification,
    /// Read and replaced briefly, never held across a request.
    cache: Mutex<Cache>,
    /// Held while fetching: one fetch at a time.
    fetching: tokio::sync::Mutex<()>,
    /// The keys of a static JWKS: when set, the only keys, never fetched.
    static_keys: Option<Vec<Key>>,
}

#[derive(Default)]
struct Cache {
    /// The keys of the last JWKS fetched, and when the fetch that brought them started
    /// (`None`: none fetched yet, or dropped because a refetch after the maximum age failed).
    keys: Option<(Vec<Key>, Instant)>,
    /// When the last fetch attempt started, successful or not.
    last_attempt: Option<Instant>,
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

/// A `kid` as errors and logs show it: at most [`KID_SHOWN`] characters, then `…` when it was
/// longer (errors and logs escape it further with `{:?}`).
pub(crate) fn shown_kid(kid: &str) -> String {
    let mut chars = kid.chars();
    let mut shown: String = chars.by_ref().take(KID_SHOWN).collect();
    if chars.next().is_some() {
        shown.push('…');
    }
    shown
}

fn unknown_key(kid: Option<&str>) -> Error {
    Error::Protocol(ProtocolError::UnknownKey {
        kid: kid.map(shown_kid),
    })
}

impl Cache {
    /// The cached keys, when they are younger than `max_age`.
    fn fresh(&self, max_age: Duration) -> Option<&[Key]> {
        self.keys
            .as_ref()
            .filter(|(_, at)| at.elapsed() < max_age)
            .map(|(keys, _)| keys.as_slice())
    }
}

impl Verifier {
    /// The verifier of `settings`; a static JWKS that is not one (or has no RSA signature key)
    /// is [`Error::Config`] naming the setting.
    pub(crate) fn new(settings: TokenVerification) -> Result<Self, Error> {
        let static_keys = match &settings.static_jwks {
            Some(json) => Some(static_keys(json)?),
            None => None,
        };
        Ok(Verifier {
            settings,
            cache: Mutex::default(),
            fetching: tokio::sync::Mutex::default(),
            static_keys,
        })
    }

    fn cache(&self) -> MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached key for `kid`, when the cache is fresh and has it.
    fn cached(&self, kid: Option<&str>, alg: &str) -> Option<Result<DecodingKey, Error>> {
        choose(self.cache().fresh(self.settings.jwks_max_age)?, kid, alg)
    }

    /// The RSA key for a token whose header names `kid` and `alg` (RS256): from the cache while
    /// it is fresh, else from a new fetch of the JWKS when the cooldown allows one (see the
    /// module's rules). A `kid` that names a key that is not RSA, or whose JWK is for another
    /// algorithm, is [`ProtocolError::DisallowedAlgorithm`]; none at all,
    /// [`ProtocolError::UnknownKey`]; no usable JWKS within the cooldown,
    /// [`ProtocolError::JwksUnavailable`]; a fetch that fails, its error. A token without
    /// `kid` uses the JWKS's only RSA key.
    pub(crate) async fn rsa_key(
        &self,
        transport: &Transport,
        kid: Option<&str>,
        alg: &str,
    ) -> Result<DecodingKey, Error> {
        if let Some(keys) = &self.static_keys {
            return choose(keys, kid, alg).unwrap_or_else(|| Err(unknown_key(kid)));
        }
        if let Some(found) = self.cached(kid, alg) {
            return found;
        }
        let _fetching = self.fetching.lock().await;
        // Another verification may have fetched while this one waited.
        if let Some(found) = self.cached(kid, alg) {
            return found;
        }
        let settings = &self.settings;
        let (stale, since_attempt) = {
            let cache = self.cache();
            let stale = cache.fresh(settings.jwks_max_age).is_none();
            (stale, cache.last_attempt.map(|at| at.elapsed()))
        };
        if let Some(since) = since_attempt.filter(|s| *s < settings.jwks_refetch_interval) {
            return Err(if stale {
                Error::Protocol(ProtocolError::JwksUnavailable {
                    retry_in: settings.jwks_refetch_interval - since,
                })
            } else {
                unknown_key(kid)
            });
        }
        tracing::debug!(
            kid = ?kid.map(shown_kid),
            stale,
            "no usable cached JWKS key for the token: fetching the JWKS"
        );
        let started = Instant::now();
        self.cache().last_attempt = Some(started);
        match fetch(transport).await {
            Ok(keys) => {
                let found = choose(&keys, kid, alg);
                self.cache().keys = Some((keys, started));
                found.unwrap_or_else(|| Err(unknown_key(kid)))
            }
            Err(error) => {
                if stale {
                    // Fail closed: keys past the maximum age verify nothing until a fetch
                    // confirms them.
                    self.cache().keys = None;
                }
                tracing::debug!(stale, "fetching the JWKS failed");
                Err(error)
            }
        }
    }
}

/// Fetches the JWKS and returns its keys.
async fn fetch(transport: &Transport) -> Result<Vec<Key>, Error> {
    let body = get(transport, JWKS_PATH, HeaderMap::new()).await?;
    let jwks: Jwks = decode("GET", JWKS_PATH, &body)?;
    Ok(keys_of(jwks))
}

/// The keys of a static JWKS (see [`TokenVerification::static_jwks`]).
fn static_keys(json: &str) -> Result<Vec<Key>, Error> {
    let jwks: Jwks = serde_json::from_str(json).map_err(|e| {
        // serde's message could quote a value; the position is enough to find the fault.
        Error::config(format!(
            "TokenVerification::static_jwks is not a JWKS ({:?} at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })?;
    let keys = keys_of(jwks);
    if !keys.iter().any(|key| key.rsa.is_some()) {
        return Err(Error::config(
            "TokenVerification::static_jwks holds no RSA signature key",
        ));
    }
    Ok(keys)
}

/// The usable entries of a JWKS.
fn keys_of(jwks: Jwks) -> Vec<Key> {
    jwks.keys
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
        .collect()
}

/// The key among `keys` for `kid`: `None` when there is no such key (fetch again), else the
/// key or why it cannot verify an `alg` token.
fn choose(keys: &[Key], kid: Option<&str>, alg: &str) -> Option<Result<DecodingKey, Error>> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kid_is_shown_bounded() {
        assert_eq!(shown_kid("k1"), "k1");
        let long = "é".repeat(10_000);
        let shown = shown_kid(&long);
        assert_eq!(shown.chars().count(), KID_SHOWN + 1);
        assert!(shown.ends_with('…'));
        assert_eq!(shown_kid(&"a".repeat(KID_SHOWN)), "a".repeat(KID_SHOWN));
    }
}
