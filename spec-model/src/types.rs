//! Type expressions: the small language of the spec's `type:` keys, parsed into [`TypeExpr`].
//! Grammar: `string | integer | number | boolean | json | Name | array<T> | map<T>`.

use std::fmt;

/// A parsed `type:` value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeExpr {
    String,
    /// A whole number (i64).
    Integer,
    /// A floating-point number (f64).
    Number,
    Boolean,
    /// Free-form JSON (any value).
    Json,
    /// A type defined in `types/`.
    Named(String),
    Array(Box<TypeExpr>),
    /// A JSON object with string keys and values of one type.
    Map(Box<TypeExpr>),
}

impl TypeExpr {
    /// Parses a type expression; the error says what was expected.
    pub fn parse(text: &str) -> Result<TypeExpr, String> {
        let t = text.trim();
        for (prefix, wrap) in [
            ("array<", TypeExpr::Array as fn(Box<TypeExpr>) -> TypeExpr),
            ("map<", TypeExpr::Map),
        ] {
            if let Some(rest) = t.strip_prefix(prefix) {
                let inner = rest
                    .strip_suffix('>')
                    .ok_or_else(|| format!("type `{text}` is missing its closing `>`"))?;
                return Ok(wrap(Box::new(TypeExpr::parse(inner)?)));
            }
        }
        Ok(match t {
            "string" => TypeExpr::String,
            "integer" => TypeExpr::Integer,
            "number" => TypeExpr::Number,
            "boolean" => TypeExpr::Boolean,
            "json" => TypeExpr::Json,
            _ if is_type_name(t) => TypeExpr::Named(t.to_string()),
            _ => {
                return Err(format!(
                    "unknown type `{text}`: expected string, integer, number, boolean, json, \
                     array<T>, map<T> or a type name (letters and digits, starting with an \
                     uppercase letter)"
                ))
            }
        })
    }

    /// Whether a value of this type can be sent as one query-string parameter: a scalar, an enum
    /// (`is_enum` says which names are enums) or a flat list of them. The one rule the importer
    /// (which asks for an override otherwise) and the validator share.
    pub fn fits_query(&self, is_enum: &dyn Fn(&str) -> bool) -> bool {
        match self {
            TypeExpr::String | TypeExpr::Integer | TypeExpr::Number | TypeExpr::Boolean => true,
            TypeExpr::Named(n) => is_enum(n),
            TypeExpr::Array(inner) => {
                !matches!(**inner, TypeExpr::Array(_)) && inner.fits_query(is_enum)
            }
            TypeExpr::Json | TypeExpr::Map(_) => false,
        }
    }

    /// Every type name this expression refers to.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeExpr::Named(n) => Some(n),
            TypeExpr::Array(inner) | TypeExpr::Map(inner) => inner.named(),
            _ => None,
        }
    }
}

impl fmt::Display for TypeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeExpr::String => f.write_str("string"),
            TypeExpr::Integer => f.write_str("integer"),
            TypeExpr::Number => f.write_str("number"),
            TypeExpr::Boolean => f.write_str("boolean"),
            TypeExpr::Json => f.write_str("json"),
            TypeExpr::Named(n) => f.write_str(n),
            TypeExpr::Array(inner) => write!(f, "array<{inner}>"),
            TypeExpr::Map(inner) => write!(f, "map<{inner}>"),
        }
    }
}

/// A valid type name: ASCII letters, digits and `_`, starting with an uppercase letter.
pub fn is_type_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_expressions_and_prints_them_back() {
        for text in ["string", "array<UserDto>", "map<array<integer>>", "json"] {
            assert_eq!(TypeExpr::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            TypeExpr::parse("array<IdentityDto>").unwrap().named(),
            Some("IdentityDto")
        );
    }

    #[test]
    fn rejects_unknown_and_malformed_types() {
        assert!(TypeExpr::parse("str")
            .unwrap_err()
            .contains("unknown type `str`"));
        assert!(TypeExpr::parse("array<string")
            .unwrap_err()
            .contains("closing `>`"));
        assert!(TypeExpr::parse("userDto").is_err());
    }
}
