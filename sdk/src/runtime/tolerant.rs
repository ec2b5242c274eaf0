//! Tolerant array decoding. Authing's docs (and, per them, some responses) show an array field as
//! a JSON-encoded string (`"[\"a\",\"b\"]"`) or as a single object. These deserializers accept a
//! JSON array (the fast path, no buffering), a string holding a JSON array, or one bare value
//! (which becomes a one-element list). Anything else is an error naming what was found.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, IntoDeserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// A list decoded tolerantly (see the module doc): the reference decoder's array-typed `data`.
#[cfg_attr(not(feature = "__internal"), allow(dead_code))]
#[derive(Debug, Clone, PartialEq)]
pub struct TolerantVec<T>(pub Vec<T>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for TolerantVec<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        vec(deserializer).map(TolerantVec)
    }
}

/// `deserialize_with` for a required `Vec<T>` field.
pub fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    deserializer.deserialize_any(ListVisitor(PhantomData))
}

/// `deserialize_with` for an optional `Option<Vec<T>>` field (`null` is `None`).
pub fn option_vec<'de, D, T>(deserializer: D) -> Result<Option<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    deserializer.deserialize_option(OptionVisitor(PhantomData))
}

struct OptionVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for OptionVisitor<T> {
    type Value = Option<Vec<T>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("null or a list")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        vec(deserializer).map(Some)
    }
}

struct ListVisitor<T>(PhantomData<T>);

impl<T> ListVisitor<T> {
    fn one<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<T>, D::Error>
    where
        T: DeserializeOwned,
    {
        T::deserialize(deserializer).map(|item| vec![item])
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list, a string holding a JSON list, or a single item")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            out.push(item);
        }
        Ok(out)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        let trimmed = s.trim_start();
        if trimmed.starts_with('[') {
            // A JSON-encoded list inside a string.
            return serde_json::from_str(trimmed).map_err(|e| {
                E::custom(format_args!(
                    "string holding a JSON list does not decode: {e}"
                ))
            });
        }
        Self::one(s.into_deserializer())
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Self::one(de::value::MapAccessDeserializer::new(map))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Self::one(v.into_deserializer())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Self::one(v.into_deserializer())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Self::one(v.into_deserializer())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Self::one(v.into_deserializer())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(E::invalid_type(de::Unexpected::Unit, &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Holder {
        #[serde(deserialize_with = "vec")]
        ids: Vec<String>,
        #[serde(default, deserialize_with = "option_vec")]
        items: Option<Vec<Item>>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        id: String,
    }

    fn holder(v: serde_json::Value) -> Result<Holder, serde_json::Error> {
        serde_json::from_value(v)
    }

    #[test]
    fn accepts_arrays_encoded_strings_and_single_items() {
        let h = holder(json!({"ids": ["a", "b"], "items": [{"id": "x"}]})).unwrap();
        assert_eq!(h.ids, ["a", "b"]);
        assert_eq!(h.items, Some(vec![Item { id: "x".into() }]));

        let h = holder(json!({"ids": "[\"a\",\"b\"]", "items": {"id": "y"}})).unwrap();
        assert_eq!(h.ids, ["a", "b"]);
        assert_eq!(h.items, Some(vec![Item { id: "y".into() }]));

        let h = holder(json!({"ids": "only", "items": null})).unwrap();
        assert_eq!(h.ids, ["only"]);
        assert_eq!(h.items, None);

        let h = holder(json!({"ids": []})).unwrap();
        assert_eq!(h.items, None);
    }

    #[test]
    fn rejects_what_is_not_a_list_of_the_item_type() {
        let e = holder(json!({"ids": "[1,"})).unwrap_err().to_string();
        assert!(
            e.contains("string holding a JSON list does not decode"),
            "{e}"
        );
        let e = holder(json!({"ids": [1]})).unwrap_err().to_string();
        assert!(
            e.contains("invalid type: integer `1`, expected a string"),
            "{e}"
        );
        assert!(holder(json!({"ids": null})).is_err());
    }
}
