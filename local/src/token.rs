//! Management tokens: issued as JWTs carrying the `scoped_userpool_id` claim, remembered with
//! their expiry, and checked on every call. Signatures are opaque: validity is membership here.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::json;

/// The tokens one server has issued.
#[derive(Debug, Default)]
pub(crate) struct TokenBook {
    /// Each token's expiry (`None`: never).
    issued: HashMap<String, Option<Instant>>,
    count: u64,
}

impl TokenBook {
    /// A new token for `userpool_id` that expires after `lifetime`.
    pub(crate) fn issue(&mut self, userpool_id: &str, lifetime: Duration) -> String {
        self.count += 1;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let header = json!({"alg": "HS256", "typ": "JWT"});
        let claims = json!({
            "scoped_userpool_id": userpool_id,
            "iat": now,
            "exp": now.saturating_add(lifetime.as_secs()),
            "jti": self.count.to_string(),
        });
        let part = |value: serde_json::Value| URL_SAFE_NO_PAD.encode(value.to_string());
        let signature = URL_SAFE_NO_PAD.encode(format!("authing-local-{}-{now}", self.count));
        let token = format!("{}.{}.{signature}", part(header), part(claims));
        // A lifetime too long to represent never expires.
        let expires = Instant::now().checked_add(lifetime);
        self.issued.insert(token.clone(), expires);
        token
    }

    /// Whether `token` was issued here and has not expired or been revoked.
    pub(crate) fn is_valid(&self, token: &str) -> bool {
        self.issued
            .get(token)
            .is_some_and(|expires| expires.is_none_or(|at| Instant::now() < at))
    }

    /// Forgets every token: each later call with one is refused.
    pub(crate) fn revoke_all(&mut self) {
        self.issued.clear();
    }

    /// How many tokens were issued.
    pub(crate) fn issued_count(&self) -> u64 {
        self.count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_are_jwts_with_the_claim_and_expire() {
        let mut book = TokenBook::default();
        let token = book.issue("pool-1", Duration::from_secs(60));
        let payload = token.split('.').nth(1).unwrap();
        let claims: serde_json::Value =
            serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
        assert_eq!(claims["scoped_userpool_id"], "pool-1");
        assert!(book.is_valid(&token));
        assert!(!book.is_valid("x.y.z"));
        let short = book.issue("pool-1", Duration::ZERO);
        assert!(!book.is_valid(&short));
        assert_ne!(token, short);
        let forever = book.issue("pool-1", Duration::MAX);
        assert!(book.is_valid(&forever));
        book.revoke_all();
        assert!(!book.is_valid(&token));
        assert_eq!(book.issued_count(), 3);
    }
}
