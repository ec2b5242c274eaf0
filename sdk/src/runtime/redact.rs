//! `Debug` that hides credentials, for the generated `Debug` impls of types and request builders
//! that hold free-form JSON: keys that look like credentials ([`super::excerpt`]'s rule, a
//! superset of the generator's) print `"***"` at any depth, and a secret field prints `***`.
//! Only formatting lives here; secret strings are `crate::SecretString`.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use super::excerpt::is_sensitive_key;

/// Prints `***` in place of a secret value.
pub struct Hidden;

impl fmt::Debug for Hidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Prints a value holding JSON with its credential-like keys masked.
pub struct Masked<'a, T: ?Sized>(pub &'a T);

impl<T: MaskedDebug + ?Sized> fmt::Debug for Masked<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.masked_fmt(f)
    }
}

/// `Debug` with credential-like JSON keys masked: free-form JSON and the lists, maps and options
/// generated fields wrap it in.
pub trait MaskedDebug {
    fn masked_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl MaskedDebug for Value {
    fn masked_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Object(map) => f
                .debug_map()
                .entries(map.iter().map(|(k, v)| (k, entry(k, v))))
                .finish(),
            Value::Array(items) => f.debug_list().entries(items.iter().map(Masked)).finish(),
            other => fmt::Debug::fmt(other, f),
        }
    }
}

impl<T: MaskedDebug> MaskedDebug for Option<T> {
    fn masked_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(value) => f.debug_tuple("Some").field(&Masked(value)).finish(),
            None => f.write_str("None"),
        }
    }
}

impl<T: MaskedDebug> MaskedDebug for Vec<T> {
    fn masked_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(Masked)).finish()
    }
}

impl<T: MaskedDebug> MaskedDebug for BTreeMap<String, T> {
    fn masked_fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(k, v)| (k, entry(k, v))))
            .finish()
    }
}

/// A map entry's value: hidden under a credential-like key, masked otherwise.
fn entry<'a, T: MaskedDebug>(key: &str, value: &'a T) -> Entry<'a, T> {
    if is_sensitive_key(key) {
        Entry::Hidden
    } else {
        Entry::Shown(Masked(value))
    }
}

enum Entry<'a, T> {
    Hidden,
    Shown(Masked<'a, T>),
}

impl<T: MaskedDebug> fmt::Debug for Entry<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Hidden => Hidden.fmt(f),
            Entry::Shown(value) => value.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_keys_are_masked_at_any_depth() {
        let value = serde_json::json!({
            "nickname": "bob",
            "accessToken": "tk-123",
            "identities": [{"provider": "github", "refresh_token": "rt-456"}],
            "nested": {"deeper": {"privateKey": {"pem": "-----BEGIN"}}},
        });
        let shown = format!("{:?}", Masked(&Some(value)));
        for secret in ["tk-123", "rt-456", "BEGIN"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        for visible in ["bob", "github", "\"accessToken\": ***", "\"provider\""] {
            assert!(shown.contains(visible), "{visible} missing from {shown}");
        }
        assert_eq!(format!("{:?}", Masked(&None::<Value>)), "None");
    }
}
