//! `UnknownValue<E>`: the payload of the generated enum `E`'s `Unknown` variant. Only the SDK
//! creates one (from a value the server sent that `E` does not know), and its type names the
//! enum it came from, so `E::Unknown` can never hold a value one of `E`'s known variants stands
//! for (not even one taken from another enum's `Unknown`).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

/// A value of the enum `E` that this version of the SDK does not know, kept exactly as the
/// server sent it. Read it with [`as_str`](Self::as_str); it cannot be built outside the SDK
/// (parse a string with the enum's `From<&str>`, which gives the known variant when there is one).
///
/// ```
/// use authing::types::UserGender;
/// let UserGender::Unknown(value) = UserGender::from("X") else { unreachable!() };
/// assert_eq!(value.as_str(), "X");
/// assert_eq!(UserGender::Unknown(value).as_str(), "X");
/// ```
///
/// One enum's unknown value is not another's, so it cannot pass for a value the other knows:
///
/// ```compile_fail
/// use authing::types::{UserGender, UserIdType};
/// // "email" is no gender, but it is a known `UserIdType`.
/// let UserGender::Unknown(value) = UserGender::from("email") else { unreachable!() };
/// let _ = UserIdType::Unknown(value); // error: expected `UnknownValue<UserIdType>`
/// ```
pub struct UnknownValue<E> {
    value: String,
    enum_type: PhantomData<fn() -> E>,
}

impl<E> UnknownValue<E> {
    /// Wraps a value that is none of `E`'s known values (the generated `From` impls check).
    pub(crate) fn new(value: String) -> Self {
        UnknownValue {
            value,
            enum_type: PhantomData,
        }
    }

    /// The value as the server sent it.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

// By hand rather than derived: a derive would require `E` itself to implement each trait.
impl<E> Clone for UnknownValue<E> {
    fn clone(&self) -> Self {
        UnknownValue::new(self.value.clone())
    }
}

impl<E> PartialEq for UnknownValue<E> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<E> Eq for UnknownValue<E> {}

impl<E> PartialOrd for UnknownValue<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for UnknownValue<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<E> Hash for UnknownValue<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl<E> fmt::Debug for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.value, f)
    }
}

impl<E> fmt::Display for UnknownValue<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.value)
    }
}
