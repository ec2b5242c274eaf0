//! `SecretString`: a string that never shows itself in `Debug` or `Display` output (OTP secrets,
//! credentials). It serialises transparently, so it is a drop-in field type for DTOs.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A credential. `Debug` prints `SecretString(***)`; read the value with [`expose`](Self::expose).
#[derive(Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        SecretString(value.into())
    }

    /// The secret value. Take care where it goes.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Consumes the wrapper and returns the secret value.
    pub fn into_inner(self) -> String {
        self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(***)")
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        SecretString(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        SecretString(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value_and_serde_is_transparent() {
        let s = SecretString::new("e2345asdfwagw13424");
        assert_eq!(format!("{s:?}"), "SecretString(***)");
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"e2345asdfwagw13424\"");
        let back: SecretString = serde_json::from_str("\"abc\"").unwrap();
        assert_eq!(back.expose(), "abc");
    }
}
