//! The values the generated decoders read, with the SDK's tolerances: numbers and booleans also
//! from strings holding them (`"1669881887852"`, `" false"`), lists also as a string holding a
//! JSON list or as one bare item, enums and free-form JSON. Each reader is one non-generic
//! function; the list and option helpers are the only generic code, a few lines each.

use std::borrow::Cow;

use super::reader::{describe, Next, Number, Reader};
use super::Fault;

/// What a list reader expects, for its type faults.
const LIST: &str = "a list, a string holding a JSON list, or a single item";

#[cold]
fn wrong(found: &str, expected: &str) -> Fault {
    Fault::new(format!("invalid type: {found}, expected {expected}"))
}

#[cold]
fn wrong_text(text: &str, expected: &str) -> Fault {
    wrong(&format!("string {text:?}"), expected)
}

/// A string, borrowed from the body when it can be.
pub fn text<'a>(r: &mut Reader<'a>) -> Result<Cow<'a, str>, Fault> {
    match r.peek()? {
        Next::String => r.str(),
        _ => Err(r.invalid_type("a string")),
    }
}

/// A string.
pub fn string(r: &mut Reader<'_>) -> Result<String, Fault> {
    text(r).map(Cow::into_owned)
}

/// An integer, or a string holding one; `3.0` is an integer, `3.5` is not.
pub fn int(r: &mut Reader<'_>) -> Result<i64, Fault> {
    const EXPECTING: &str = "an integer, or a string holding one";
    match r.peek()? {
        Next::Number => match r.number()? {
            Number::Int(v) => Ok(v),
            Number::Float(v) if v.fract() == 0.0 && v >= i64::MIN as f64 && v < i64::MAX as f64 => {
                Ok(v as i64)
            }
            other => Err(wrong(&describe(other), EXPECTING)),
        },
        Next::String => {
            let s = r.str()?;
            s.trim().parse().map_err(|_| wrong_text(&s, EXPECTING))
        }
        _ => Err(r.invalid_type(EXPECTING)),
    }
}

/// A number, or a string holding a finite one.
pub fn float(r: &mut Reader<'_>) -> Result<f64, Fault> {
    const EXPECTING: &str = "a number, or a string holding one";
    match r.peek()? {
        Next::Number => Ok(match r.number()? {
            Number::Int(v) => v as f64,
            Number::Uint(v) => v as f64,
            Number::Float(v) => v,
        }),
        Next::String => {
            let s = r.str()?;
            match s.trim().parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(v),
                _ => Err(wrong_text(&s, EXPECTING)),
            }
        }
        _ => Err(r.invalid_type(EXPECTING)),
    }
}

/// A boolean, or a string holding `true` or `false`.
pub fn boolean(r: &mut Reader<'_>) -> Result<bool, Fault> {
    const EXPECTING: &str = "a boolean, or a string holding `true` or `false`";
    match r.peek()? {
        Next::Bool => r.bool(),
        Next::String => {
            let s = r.str()?;
            match s.trim() {
                "true" => Ok(true),
                "false" => Ok(false),
                _ => Err(wrong_text(&s, EXPECTING)),
            }
        }
        _ => Err(r.invalid_type(EXPECTING)),
    }
}

/// `None` for `null`, else the value `decode` reads.
#[inline]
pub fn opt<T>(
    r: &mut Reader<'_>,
    decode: fn(&mut Reader<'_>) -> Result<T, Fault>,
) -> Result<Option<T>, Fault> {
    if r.null()? {
        Ok(None)
    } else {
        decode(r).map(Some)
    }
}

/// Reads a required member's value into its slot (`null` is a fault).
#[inline]
pub fn set<T: super::Decode>(slot: &mut Option<T>, r: &mut Reader<'_>) -> Result<(), Fault> {
    *slot = Some(T::decode(r)?);
    Ok(())
}

/// Reads an optional member's value into its slot (`null` is `None`).
#[inline]
pub fn set_opt<T: super::Decode>(slot: &mut Option<T>, r: &mut Reader<'_>) -> Result<(), Fault> {
    *slot = opt(r, T::decode)?;
    Ok(())
}

/// A required member's value, or a fault naming the member when the object had none.
#[inline]
pub fn required<T>(value: Option<T>, name: &'static str) -> Result<T, Fault> {
    match value {
        Some(value) => Ok(value),
        None => Err(missing(name)),
    }
}

#[cold]
fn missing(name: &str) -> Fault {
    Fault::new(format!("missing field `{name}`"))
}

/// Reads the list at the cursor tolerantly (a JSON array, a string holding one, or one bare
/// item), calling `each` with the reader at every item. Non-generic: the tolerant part of
/// [`list`]; a fault inside an item gets the item's index on its path.
fn read_list(
    r: &mut Reader<'_>,
    each: &mut dyn FnMut(&mut Reader<'_>) -> Result<(), Fault>,
) -> Result<(), Fault> {
    match r.peek()? {
        Next::Array => {
            r.array()?;
            items(r, each)
        }
        Next::Null => Err(r.invalid_type(LIST)),
        Next::String => {
            let start = r.position();
            let text = r.str()?;
            let text = text.trim_start();
            if !text.starts_with('[') {
                // One bare string item.
                r.rewind(start);
                return each(r);
            }
            let mut inner = Reader::new(text.as_bytes());
            inner
                .array()
                .and_then(|()| items(&mut inner, each))
                .and_then(|()| inner.end())
                .map_err(|f| encoded(&f))
        }
        _ => each(r),
    }
}

/// The items of the array the reader is in.
fn items(
    r: &mut Reader<'_>,
    each: &mut dyn FnMut(&mut Reader<'_>) -> Result<(), Fault>,
) -> Result<(), Fault> {
    let mut index = 0;
    while r.item(index == 0)? {
        each(r).map_err(|f| f.at_index(index))?;
        index += 1;
    }
    Ok(())
}

/// A list, read tolerantly: a JSON array, a string holding one, or one bare item.
pub fn list<T>(
    r: &mut Reader<'_>,
    decode: fn(&mut Reader<'_>) -> Result<T, Fault>,
) -> Result<Vec<T>, Fault> {
    let mut out = Vec::new();
    read_list(r, &mut |r| {
        out.push(decode(r)?);
        Ok(())
    })?;
    Ok(out)
}

#[cold]
fn encoded(fault: &Fault) -> Fault {
    let at = fault.json_path();
    let at = if at == "." {
        String::new()
    } else {
        format!(" (at {at})")
    };
    Fault::new(format!(
        "string holding a JSON list does not decode: {}{at}",
        fault.reason()
    ))
}

/// A JSON object whose members all hold values `decode` reads.
pub fn map<T>(
    r: &mut Reader<'_>,
    decode: fn(&mut Reader<'_>) -> Result<T, Fault>,
) -> Result<std::collections::BTreeMap<String, T>, Fault> {
    let mut out = std::collections::BTreeMap::new();
    r.members("a map", &mut |r, key| {
        let value = decode(r).map_err(|f| f.at_key(key.clone().into_owned()))?;
        out.insert(key.into_owned(), value);
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T>(text: &str, f: fn(&mut Reader<'_>) -> Result<T, Fault>) -> Result<T, String> {
        let mut r = Reader::new(text.as_bytes());
        f(&mut r)
            .and_then(|v| r.end().map(|()| v))
            .map_err(|f| format!("{} @ {}", f.reason(), f.json_path()))
    }

    #[test]
    fn scalars_read_from_json_or_from_strings() {
        assert_eq!(read("1669881887852", int), Ok(1_669_881_887_852));
        assert_eq!(read(r#"" 1669881887852""#, int), Ok(1_669_881_887_852));
        assert_eq!(read("3.0", int), Ok(3));
        assert_eq!(read("2", float), Ok(2.0));
        assert_eq!(read(r#"" 1.5""#, float), Ok(1.5));
        assert_eq!(read(r#"" false""#, boolean), Ok(false));
        assert_eq!(read("true", boolean), Ok(true));
        let e = read(r#""ten""#, int).unwrap_err();
        assert!(
            e.contains(r#"invalid type: string "ten", expected an integer"#),
            "{e}"
        );
        assert!(read("1.5", int)
            .unwrap_err()
            .contains("floating point `1.5`"));
        assert!(read("18446744073709551615", int).is_err());
        assert!(read(r#""NaN""#, float)
            .unwrap_err()
            .contains("expected a number"));
        assert!(read(r#""yes""#, boolean)
            .unwrap_err()
            .contains("expected a boolean"));
        assert!(read("[1]", float)
            .unwrap_err()
            .contains("invalid type: sequence"));
        assert!(read("1", string)
            .unwrap_err()
            .contains("integer `1`, expected a string"));
    }

    #[test]
    fn lists_arrive_as_arrays_strings_or_single_items() {
        let strings = |t| read(t, |r| list(r, string));
        assert_eq!(strings(r#"["a", "b"]"#), Ok(vec!["a".into(), "b".into()]));
        assert_eq!(
            strings(r#""[\"a\",\"b\"]""#),
            Ok(vec!["a".into(), "b".into()])
        );
        assert_eq!(strings(r#""only""#), Ok(vec!["only".into()]));
        assert_eq!(strings("[]"), Ok(vec![]));
        assert_eq!(read("[1, \"2\"]", |r| list(r, int)), Ok(vec![1, 2]));
        assert!(strings("null").unwrap_err().contains("invalid type: null"));
        let e = strings(r#""[1,""#).unwrap_err();
        assert!(
            e.contains("string holding a JSON list does not decode"),
            "{e}"
        );
        let e = strings(r#"["a", 1]"#).unwrap_err();
        assert!(e.ends_with("@ [1]"), "{e}");
        assert_eq!(read("null", |r| opt(r, string)), Ok(None));
    }

    #[test]
    fn maps_read_every_member() {
        let m = read(r#"{"a": 1, "b": "2"}"#, |r| map(r, int)).unwrap();
        assert_eq!(
            m.into_iter().collect::<Vec<_>>(),
            [("a".into(), 1), ("b".into(), 2)]
        );
        let e = read(r#"{"a": 1, "b": "x"}"#, |r| map(r, int)).unwrap_err();
        assert!(e.ends_with("@ b"), "{e}");
    }
}
