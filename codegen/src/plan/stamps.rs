//! Which fields hold a timestamp, and how. The rule, on each field's documented example: a
//! string whose example is an RFC 3339 date-time (`2022-07-03T02:20:30.000Z`), or a string named
//! `...At` the docs give no example for, holds an ISO timestamp; a number whose example is 13
//! digits (`1669881887852`) holds milliseconds since the epoch. Date-only values (`birthdate`),
//! local times without a zone (`2022-08-09 11:59:46`) and durations (`diffTime`) get none.

use spec_model::types::TypeExpr;
use spec_model::validate::CheckedField;

/// How a field holds a timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamp {
    /// RFC 3339 text (or digits of milliseconds).
    Text,
    /// Milliseconds as an integer.
    Millis,
    /// Milliseconds as a floating-point number.
    MillisF64,
}

/// Whether `text` is an RFC 3339 date-time: `YYYY-MM-DDTHH:MM:SS`, an optional fraction, then
/// `Z` or an offset.
fn is_rfc3339(text: &str) -> bool {
    let b = text.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    if b.len() < 20
        || !(digits(0..4)
            && digits(5..7)
            && digits(8..10)
            && digits(11..13)
            && digits(14..16)
            && digits(17..19))
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    matches!(rest, "Z" | "z")
        || (rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':'
            && rest
                .bytes()
                .enumerate()
                .all(|(i, c)| matches!(i, 0 | 3) || c.is_ascii_digit()))
}

/// Whether `value` is 13 digits of milliseconds (2001 to 2286).
fn is_millis(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Number(n) => n
            .as_f64()
            .is_some_and(|v| (1e12..1e13).contains(&v) && v.fract() == 0.0),
        serde_json::Value::String(s) => s.len() == 13 && s.bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    }
}

/// The rule (see the module doc).
pub fn stamp(field: &CheckedField) -> Option<Stamp> {
    let example = field.def.example.as_ref();
    match field.ty {
        TypeExpr::String => match example {
            Some(serde_json::Value::String(s)) if is_rfc3339(s) => Some(Stamp::Text),
            Some(e) if is_millis(e) => Some(Stamp::Text),
            None if field.def.name.value.ends_with("At") => Some(Stamp::Text),
            _ => None,
        },
        TypeExpr::Integer => example.filter(|e| is_millis(e)).map(|_| Stamp::Millis),
        TypeExpr::Number => example.filter(|e| is_millis(e)).map(|_| Stamp::MillisF64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_and_millis_are_told_from_the_rest() {
        for yes in [
            "2022-07-03T02:20:30.000Z",
            "2022-07-03T02:20:30Z",
            "2022-07-03T10:20:30+08:00",
        ] {
            assert!(is_rfc3339(yes), "{yes}");
        }
        for no in [
            "2022-06-03",
            "2022-08-09 11:59:46",
            "2022-07-03T02:20:30",
            "2022-07-03T02:20:30.Z",
        ] {
            assert!(!is_rfc3339(no), "{no}");
        }
        assert!(is_millis(&serde_json::json!(1669881887852_i64)));
        assert!(is_millis(&serde_json::json!("1669881887852")));
        assert!(!is_millis(&serde_json::json!(65589653369_i64)));
        assert!(!is_millis(&serde_json::json!("20210901")));
    }
}
