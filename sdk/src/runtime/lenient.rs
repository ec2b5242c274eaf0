//! Lenient scalar decoding. Authing's docs show numbers and booleans also as strings
//! (`"disableTime": "1669881887852"`, `"isValid": " false"`); these deserializers accept a
//! number or boolean as JSON would carry it, or a string holding one (surrounding spaces
//! ignored). A string that holds no such value, or any other JSON type, is an error naming what
//! was found. Used by the generated structs for `integer`, `number` and `boolean` fields.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};

/// A scalar that can be read from JSON's own form or from a string.
pub trait Scalar: Sized {
    /// What the error says was expected.
    const EXPECTING: &'static str;
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
    fn from_i64(_: i64) -> Option<Self> {
        None
    }
    fn from_u64(_: u64) -> Option<Self> {
        None
    }
    fn from_f64(_: f64) -> Option<Self> {
        None
    }
    fn from_text(text: &str) -> Option<Self>;
}

impl Scalar for i64 {
    const EXPECTING: &'static str = "an integer, or a string holding one";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v)
    }
    fn from_u64(v: u64) -> Option<Self> {
        i64::try_from(v).ok()
    }
    fn from_f64(v: f64) -> Option<Self> {
        // `3.0` is an integer; `3.5` or out of range is not.
        let in_range = v.fract() == 0.0 && v >= i64::MIN as f64 && v < i64::MAX as f64;
        in_range.then_some(v as i64)
    }
    fn from_text(text: &str) -> Option<Self> {
        text.trim().parse().ok()
    }
}

impl Scalar for f64 {
    const EXPECTING: &'static str = "a number, or a string holding one";
    fn from_i64(v: i64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_u64(v: u64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<Self> {
        Some(v)
    }
    fn from_text(text: &str) -> Option<Self> {
        text.trim().parse::<f64>().ok().filter(|v| v.is_finite())
    }
}

impl Scalar for bool {
    const EXPECTING: &'static str = "a boolean, or a string holding `true` or `false`";
    fn from_bool(v: bool) -> Option<Self> {
        Some(v)
    }
    fn from_text(text: &str) -> Option<Self> {
        match text.trim() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
}

/// `deserialize_with` for a required scalar field.
pub fn scalar<'de, D: Deserializer<'de>, T: Scalar>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_any(ScalarVisitor(PhantomData))
}

/// `deserialize_with` for an optional scalar field (`null` is `None`).
pub fn option_scalar<'de, D: Deserializer<'de>, T: Scalar>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    deserializer.deserialize_option(OptionScalarVisitor(PhantomData))
}

struct ScalarVisitor<T>(PhantomData<T>);

impl<T: Scalar> ScalarVisitor<T> {
    fn or_invalid<E: de::Error>(self, value: Option<T>, found: Unexpected<'_>) -> Result<T, E> {
        value.ok_or_else(|| E::invalid_type(found, &self))
    }
}

impl<'de, T: Scalar> Visitor<'de> for ScalarVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        self.or_invalid(T::from_bool(v), Unexpected::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.or_invalid(T::from_i64(v), Unexpected::Signed(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.or_invalid(T::from_u64(v), Unexpected::Unsigned(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        self.or_invalid(T::from_f64(v), Unexpected::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        self.or_invalid(T::from_text(v), Unexpected::Str(v))
    }
}

struct OptionScalarVisitor<T>(PhantomData<T>);

impl<'de, T: Scalar> Visitor<'de> for OptionScalarVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "null or {}", T::EXPECTING)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        scalar(deserializer).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Row {
        #[serde(deserialize_with = "super::scalar")]
        n: i64,
        #[serde(deserialize_with = "super::scalar")]
        x: f64,
        #[serde(deserialize_with = "super::scalar")]
        b: bool,
        #[serde(default, deserialize_with = "super::option_scalar")]
        o: Option<i64>,
    }

    fn row(json: &str) -> Result<Row, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn json_forms_and_string_forms_decode_alike() {
        let plain = row(r#"{"n":1669881887852,"x":1.5,"b":false,"o":3}"#).unwrap();
        let strings = row(r#"{"n":"1669881887852","x":" 1.5","b":" false","o":"3"}"#).unwrap();
        assert_eq!(plain, strings);
        assert_eq!(plain.n, 1_669_881_887_852);
        let whole = row(r#"{"n":3.0,"x":2,"b":true}"#).unwrap();
        assert_eq!((whole.n, whole.x, whole.o), (3, 2.0, None));
        assert_eq!(row(r#"{"n":1,"x":1,"b":true,"o":null}"#).unwrap().o, None);
    }

    #[test]
    fn anything_else_is_an_error_naming_what_was_found() {
        let e = row(r#"{"n":"ten","x":1,"b":true}"#).unwrap_err();
        assert!(
            e.contains(r#"invalid type: string "ten", expected an integer"#),
            "{e}"
        );
        let e = row(r#"{"n":1.5,"x":1,"b":true}"#).unwrap_err();
        assert!(e.contains("floating point `1.5`"), "{e}");
        let e = row(r#"{"n":1,"x":1,"b":"yes"}"#).unwrap_err();
        assert!(e.contains("expected a boolean, or a string"), "{e}");
        let e = row(r#"{"n":1,"x":[1],"b":true}"#).unwrap_err();
        assert!(e.contains("invalid type: sequence"), "{e}");
        let e = row(r#"{"n":1,"x":"NaN","b":true}"#).unwrap_err();
        assert!(e.contains("expected a number"), "{e}");
    }
}
