//! Rust names for spec names: snake_case fields and methods, PascalCase variants and types,
//! keywords escaped. Pure functions; the same input always gives the same name. The rules that
//! validation and the importer need live here; where a name goes in the SDK is the generator's.

/// Splits a wire name into lowercase words at case changes and at anything that is not an ASCII
/// letter or digit: `userIdInIdp` -> [user, id, in, idp]; `HTTPMethod` -> [http, method];
/// `azure-ad` -> [azure, ad]. Case conversion is `heck`'s; non-ASCII characters separate words
/// (a Rust identifier here is ASCII).
pub fn words(name: &str) -> Vec<String> {
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    heck::ToSnakeCase::to_snake_case(ascii.as_str())
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether `word` cannot be a plain identifier (a Rust 2021 keyword, reserved ones included),
/// by `syn`'s own parser.
fn is_keyword(word: &str) -> bool {
    syn::parse_str::<syn::Ident>(word).is_err() || matches!(word, "gen" | "try")
}

/// `userIdInIdp` -> `user_id_in_idp`; keywords get a trailing `_` (`type` -> `type_`).
/// Names with no ASCII letters or digits become `field`; a leading digit gets a `_` prefix.
pub fn snake_ident(name: &str) -> String {
    let mut s = words(name).join("_");
    if s.is_empty() {
        s = "field".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if is_keyword(&s) {
        s.push('_');
    }
    s
}

/// `user_id` -> `UserId`, `azure-ad` -> `AzureAd`, `M` -> `M`; a leading digit gets a `V` prefix.
/// Returns `None` when the name has no ASCII letters or digits (the caller picks a fallback).
pub fn pascal_ident(name: &str) -> Option<String> {
    let mut s: String = words(name)
        .iter()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + cs.as_str(),
                None => String::new(),
            }
        })
        .collect();
    if s.is_empty() {
        return None;
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if s == "Self" {
        s.push('_');
    }
    Some(s)
}

/// Makes `names` unique by appending `2`, `3`, ... to later duplicates, in order.
pub fn dedupe(names: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    names
        .into_iter()
        .map(|name| {
            let mut candidate = name.clone();
            let mut n = 2;
            while !seen.insert(candidate.clone()) {
                candidate = format!("{name}{n}");
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The names of Rust's prelude (2021 edition). Generated code writes values in prelude form
/// (`Some(x)`, `None`, `Ok(x)`, `x.into()`), so no generated type may take one of these names:
/// in its module it would shadow the prelude's item.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Whether `name` is one of [`RESERVED_TYPE_NAMES`].
pub fn is_reserved_type_name(name: &str) -> bool {
    RESERVED_TYPE_NAMES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_from_wire_names() {
        assert_eq!(snake_ident("userIdInIdp"), "user_id_in_idp");
        assert_eq!(snake_ident("extIdpId"), "ext_idp_id");
        assert_eq!(snake_ident("HTTPMethod"), "http_method");
        assert_eq!(snake_ident("type"), "type_");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("2fa"), "_2fa");
        assert_eq!(snake_ident("名称"), "field");
        assert_eq!(snake_ident("phone_country_code"), "phone_country_code");
    }

    #[test]
    fn every_keyword_is_escaped() {
        for k in [
            "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
            "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod",
            "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
            "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box", "do",
            "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
            "gen",
        ] {
            assert_eq!(snake_ident(k), format!("{k}_"), "{k}");
        }
        assert_eq!(snake_ident("types"), "types");
        assert_eq!(snake_ident("encodingAESKey"), "encoding_aes_key");
        assert_eq!(snake_ident("v2Token"), "v2_token");
    }

    #[test]
    fn pascal_case_for_variants() {
        assert_eq!(pascal_ident("user_id").as_deref(), Some("UserId"));
        assert_eq!(pascal_ident("azure-ad").as_deref(), Some("AzureAd"));
        assert_eq!(pascal_ident("M").as_deref(), Some("M"));
        assert_eq!(pascal_ident("oauth2").as_deref(), Some("Oauth2"));
        assert_eq!(pascal_ident("2fa").as_deref(), Some("V2fa"));
        assert_eq!(pascal_ident("中文"), None);
    }

    #[test]
    fn dedupe_appends_counters() {
        let names = vec!["A".into(), "B".into(), "A".into(), "A".into()];
        assert_eq!(dedupe(names), ["A", "B", "A2", "A3"]);
    }
}
