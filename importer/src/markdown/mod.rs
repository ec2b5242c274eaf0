//! Page parsing, docs-factory markdown format: pulldown-cmark turns the page into blocks
//! (headings, tables, code, prose; [`blocks`]), then the blocks are read section by section into
//! a [`Page`] ([`sections`]). Joining table rows broken over several lines happens first, here.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

mod blocks;
mod sections;

use blocks::blocks;
use sections::read_sections;

use crate::page::{
    header_columns, sample_calls, Cell, Inline, Lines, Located, Page, PageError, ResponseSection,
    Row, Skipped, Structure, Table,
};

/// A top-level block of the page.
#[derive(Debug)]
enum Block {
    Heading {
        level: u8,
        text: String,
        anchor: Option<String>,
        line: usize,
        raw: Range<usize>,
    },
    Paragraph {
        cell: Cell,
        line: usize,
        raw: Range<usize>,
    },
    Table {
        header: Vec<Cell>,
        rows: Vec<(usize, Vec<Cell>, Option<String>)>,
        line: usize,
    },
    Code {
        text: String,
        line: usize,
        raw: Range<usize>,
    },
    /// HTML blocks, block quotes, lists, rules.
    Other {
        kind: &'static str,
        line: usize,
        raw: Range<usize>,
    },
}

/// Parses a docs-factory markdown page. `path` (relative to the docs root) names the page in
/// errors and in the result.
pub fn parse(path: &str, text: &str) -> Result<Page, PageError> {
    let (text, original, joined) = join_broken_rows(text);
    let lines = Lines::with_original(&text, original);
    let blocks = blocks(&text, &lines);
    let mut page = read_sections(path, &text, &blocks)?;
    page.joined_rows = joined;
    Ok(page)
}

/// The separator that replaces the line breaks inside a joined table row.
const JOINED: &str = "<br>";

/// Table rows whose cell holds raw line breaks (a multi-line code span) end the table in
/// markdown; they are joined back into one line with `<br>`. Returns the text, the original
/// line number of each of its lines, and the joined rows (first line, line count).
fn join_broken_rows(text: &str) -> (String, Vec<usize>, Vec<(usize, usize)>) {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut original = Vec::with_capacity(lines.len());
    let mut joined = Vec::new();
    let mut in_table = false;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let is_row = t.starts_with('|');
        let next_is_separator = lines
            .get(i + 1)
            .is_some_and(|n| n.trim().starts_with('|') && n.contains("---"));
        in_table = is_row && (in_table || next_is_separator);
        if in_table && !t.ends_with('|') && t.matches('|').count() >= 2 {
            // Look for the line that closes the row (ends with `|`) before any new row.
            let end = (i + 1..lines.len().min(i + 200)).find(|&j| {
                let l = lines[j].trim_end();
                l.ends_with('|') || l.trim_start().starts_with('|')
            });
            if let Some(j) = end.filter(|&j| !lines[j].trim_start().starts_with('|')) {
                let row: Vec<&str> = lines[i..=j]
                    .iter()
                    .map(|l| l.trim_end_matches('\r'))
                    .collect();
                out.push(row.join(JOINED));
                original.push(i + 1);
                joined.push((i + 1, j - i + 1));
                i = j + 1;
                continue;
            }
        }
        out.push(lines[i].to_string());
        original.push(i + 1);
        i += 1;
    }
    (out.join("\n"), original, joined)
}
