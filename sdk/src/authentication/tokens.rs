//! [`TokenSet`]: what a sign-in or a code exchange returns (access, refresh and ID token, expiry),
//! a value an app can store and restore. Every token is a [`SecretString`]: masked in `Debug`,
//! written as-is by serde. No request is sent from here.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::runtime::read::{self, Decode, Fault, Reader};
use crate::SecretString;

/// A signed-in user's tokens.
///
/// Serialisable (`serde`), so an app can keep it between requests (in an encrypted cookie, a
/// server-side session store) and build a [`UserSession`](super::UserSession) from it later.
/// `Debug` shows `***` for every token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSet {
    /// The access token sent with calls made for the user.
    pub access_token: SecretString,
    /// The refresh token, when the application issues one (the `offline_access` scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<SecretString>,
    /// The OIDC ID token, when the `openid` scope was granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<SecretString>,
    /// The token type, normally `Bearer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<String>,
    /// The granted scopes, space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// When the access token expires, in seconds since the Unix epoch (from `expires_in` when it
    /// was issued); `None` when the server did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
}

impl TokenSet {
    /// A token set holding only an access token (one the app got elsewhere).
    pub fn from_access_token(access_token: impl Into<SecretString>) -> Self {
        TokenSet {
            access_token: access_token.into(),
            refresh_token: None,
            id_token: None,
            token_type: None,
            scope: None,
            expires_at: None,
        }
    }

    /// The access token's expiry as a time, when known.
    pub fn expires_at_time(&self) -> Option<SystemTime> {
        self.expires_at
            .map(|secs| UNIX_EPOCH + Duration::from_secs(secs))
    }

    /// Whether the access token expires within `margin` from now (false when the expiry is
    /// unknown).
    pub fn expires_within(&self, margin: Duration) -> bool {
        match self.expires_at_time() {
            Some(at) => SystemTime::now() + margin >= at,
            None => false,
        }
    }
}

/// The seconds since the epoch `expires_in` seconds from now (`None` for a negative one).
pub(crate) fn expiry(expires_in: Option<i64>) -> Option<u64> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    let secs = u64::try_from(expires_in?).ok()?;
    now.checked_add(secs)
}

impl Decode for TokenSet {
    /// The token endpoint's answer and the sign-in methods' `data` (`LoginTokenResponseDataDto`):
    /// `access_token`, `expires_in`, and `refresh_token`, `id_token`, `token_type`, `scope` when
    /// given.
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        let mut access_token = None;
        let mut refresh_token = None;
        let mut id_token = None;
        let mut token_type = None;
        let mut scope = None;
        let mut expires_in = None;
        r.object(
            "struct TokenSet",
            &[
                "access_token",
                "refresh_token",
                "id_token",
                "token_type",
                "scope",
                "expires_in",
            ],
            &mut |r, index| {
                match index {
                    0 => access_token = Some(SecretString::decode(r)?),
                    1 => refresh_token = Option::<SecretString>::decode(r)?,
                    2 => id_token = Option::<SecretString>::decode(r)?,
                    3 => token_type = Option::<String>::decode(r)?,
                    4 => scope = Option::<String>::decode(r)?,
                    _ => expires_in = read::opt(r, read::int)?,
                }
                Ok(())
            },
        )?;
        Ok(TokenSet {
            access_token: read::required(access_token, "access_token")?,
            refresh_token: refresh_token.filter(|t| !t.expose().is_empty()),
            id_token: id_token.filter(|t| !t.expose().is_empty()),
            token_type,
            scope,
            expires_at: expiry(expires_in),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_masks_every_token_and_serde_keeps_them() {
        let set = TokenSet {
            access_token: "at-value".into(),
            refresh_token: Some("rt-value".into()),
            id_token: Some("it-value".into()),
            token_type: Some("Bearer".into()),
            scope: Some("openid".into()),
            expires_at: Some(10),
        };
        let shown = format!("{set:?}");
        for token in ["at-value", "rt-value", "it-value"] {
            assert!(!shown.contains(token), "{shown}");
        }
        let json = serde_json::to_string(&set).unwrap();
        assert!(json.contains("\"refresh_token\":\"rt-value\""), "{json}");
        let back: TokenSet = serde_json::from_str(&json).unwrap();
        assert_eq!(back, set);
        assert!(back.expires_within(Duration::ZERO));
    }
}
