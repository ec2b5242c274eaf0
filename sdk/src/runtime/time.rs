//! Timestamps as the docs show them, read leniently for the generated `*_utc()` accessors (the
//! `chrono` feature): an RFC 3339 date-time (`2022-07-03T02:20:30.000Z`), or milliseconds since
//! the epoch (`1669881887852`, as a number or a string of digits). Anything else is `None`:
//! an odd timestamp never fails a response, it only has no typed value.

use chrono::{DateTime, Utc};

/// A timestamp from text: RFC 3339, or a string of digits holding milliseconds.
pub fn from_text(text: Option<&str>) -> Option<DateTime<Utc>> {
    let text = text?.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return from_millis(text.parse::<i64>().ok());
    }
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A timestamp from milliseconds since the epoch.
pub fn from_millis(millis: Option<i64>) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(millis?)
}

/// A timestamp from milliseconds held in a floating-point number (whole milliseconds only).
pub fn from_millis_f64(millis: Option<f64>) -> Option<DateTime<Utc>> {
    let millis = millis.filter(|m| m.fract() == 0.0 && m.abs() < 9.0e15)?;
    from_millis(Some(millis as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_the_docs_show_and_nothing_else() {
        let iso = from_text(Some("2022-07-03T02:20:30.000Z")).unwrap();
        assert_eq!(iso.timestamp_millis(), 1_656_814_830_000);
        let offset = from_text(Some(" 2022-07-03T10:20:30+08:00 ")).unwrap();
        assert_eq!(offset, iso);
        assert_eq!(
            from_text(Some("1669881887852")),
            from_millis(Some(1_669_881_887_852))
        );
        assert_eq!(
            from_millis_f64(Some(1_669_881_887_852.0)),
            from_millis(Some(1_669_881_887_852))
        );
        for odd in ["", "2022-06-03", "2022-08-09 11:59:46", "soon", "12.5"] {
            assert_eq!(from_text(Some(odd)), None, "{odd}");
        }
        assert_eq!(from_text(None), None);
        assert_eq!(from_millis_f64(Some(1.5)), None);
    }
}
