//! `SecretString`: a string that never shows itself in `Debug` or `Display` output (OTP secrets,
//! credentials). It serialises transparently, so it is a drop-in field type for DTOs, and its
//! memory is zeroed when it is dropped (`zeroize`).

use std::fmt;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A credential. `Debug` prints `SecretString(***)`; read the value with [`expose`](Self::expose).
/// Dropping it overwrites its buffer with zeros first (clones are separate buffers, each zeroed
/// when it is dropped; what [`into_inner`](Self::into_inner) hands out is the caller's to zero).
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
    pub fn into_inner(mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

impl Zeroize for SecretString {
    /// Overwrites the whole buffer (its capacity, not only its length) with zeros and empties it.
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}

impl Drop for SecretString {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl ZeroizeOnDrop for SecretString {}

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

impl From<&String> for SecretString {
    fn from(value: &String) -> Self {
        SecretString(value.clone())
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

    /// Compiles only for types that zero themselves when dropped.
    fn assert_zeroize_on_drop<T: ZeroizeOnDrop>() {}

    #[test]
    fn secret_string_zeroizes_on_drop_and_zeroize_empties_it() {
        assert_zeroize_on_drop::<SecretString>();
        let mut s = SecretString::new("e2345asdfwagw13424");
        s.zeroize();
        assert_eq!(s.expose(), "");
        // `into_inner` still hands the value out whole (Drop does not get in the way).
        assert_eq!(SecretString::new("abc").into_inner(), "abc");
    }
}
