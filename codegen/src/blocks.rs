//! Generated blocks inside hand-written files (the features of `sdk/Cargo.toml`, the counts in
//! `README.md`): the text between a begin and an end marker line is the generator's, the rest
//! the author's.

/// `text` with the block between `begin` and `end` (marker lines included) replaced by `block`;
/// `Ok(None)` when `text` has neither marker; an error naming `file` when only one is there or
/// they are out of order.
pub fn replace(
    text: &str,
    file: &str,
    (begin, end): (&str, &str),
    block: &str,
) -> Result<Option<String>, String> {
    match (text.find(begin), text.find(end)) {
        (Some(start), Some(stop)) if stop > start => {
            let after = &text[stop + end.len()..];
            let after = after.strip_prefix('\n').unwrap_or(after);
            Ok(Some(format!("{}{block}{after}", &text[..start])))
        }
        (None, None) => Ok(None),
        _ => Err(format!(
            "{file}: the generated block's markers are damaged; put back the lines `{begin}` \
             and `{end}` and run `cargo xtask codegen`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::replace;

    const MARKS: (&str, &str) = ("<!-- begin -->", "<!-- end -->");

    #[test]
    fn the_block_is_replaced_in_place_and_damaged_markers_are_named() {
        let text = "a\n<!-- begin -->\nold\n<!-- end -->\nb\n";
        let new = "<!-- begin -->\nnew\n<!-- end -->\n";
        assert_eq!(
            replace(text, "F", MARKS, new).unwrap().as_deref(),
            Some("a\n<!-- begin -->\nnew\n<!-- end -->\nb\n")
        );
        assert_eq!(replace("a\n", "F", MARKS, new).unwrap(), None);
        let damaged = replace("a\n<!-- end -->\n<!-- begin -->\n", "F", MARKS, new).unwrap_err();
        assert!(
            damaged.starts_with("F: the generated block's markers are damaged"),
            "{damaged}"
        );
    }
}
