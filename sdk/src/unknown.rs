//! `UnknownValue`: the payload of every generated enum's `Unknown` variant. Only the SDK creates
//! one (from a value the server sent that this version does not know), so `Unknown` can never
//! hold a value a known variant stands for.

use std::fmt;

/// A value of an enum this version of the SDK does not know, kept exactly as the server sent
/// it. Read it with [`as_str`](Self::as_str); it cannot be built outside the SDK (parse the
/// string with the enum's `From<&str>` instead, which gives the known variant when there is one).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// Wraps a value that is none of the enum's known values (the generated `From` impls check).
    pub(crate) fn new(value: String) -> Self {
        UnknownValue(value)
    }

    /// The value as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
