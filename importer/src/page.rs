//! The page model: what one docs page says (title, method name, tables, example response), the
//! same for both page formats, before any interpretation of types, enums or examples.

use std::fmt;

/// A value with the 1-based line of the page it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

/// A piece of a table cell's inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text (markdown links are kept in their `[text](url)` source form).
    Text(String),
    /// A code span, without its backticks.
    Code(String),
    /// Inline HTML other than a line break, e.g. `<a href="#UserDto">`.
    Html(String),
    /// `<br>`: a line break inside a cell.
    Break,
}

/// One table cell as a sequence of inline pieces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell(pub Vec<Inline>);

impl Cell {
    /// A cell holding one piece of plain text.
    pub fn text(text: &str) -> Self {
        if text.is_empty() {
            Cell(Vec::new())
        } else {
            Cell(vec![Inline::Text(text.to_string())])
        }
    }

    /// The cell as markdown-ish text: code spans in backticks, `<br>` as a newline, HTML tags
    /// dropped (their inner text is kept).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Inline::Text(t) => out.push_str(t),
                Inline::Code(c) => {
                    out.push('`');
                    out.push_str(c);
                    out.push('`');
                }
                Inline::Html(_) => {}
                Inline::Break => out.push('\n'),
            }
        }
        out.trim().to_string()
    }

    /// The cell's text with code spans unwrapped (no backticks), trimmed.
    pub fn to_plain(&self) -> String {
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Inline::Text(t) | Inline::Code(t) => out.push_str(t),
                Inline::Html(_) => {}
                Inline::Break => out.push('\n'),
            }
        }
        out.trim().to_string()
    }

    /// The `#Target` of the first `<a href="#Target">` in the cell, if any.
    pub fn link_target(&self) -> Option<String> {
        self.0.iter().find_map(|piece| match piece {
            Inline::Html(h) => href_target(h),
            _ => None,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.to_plain().is_empty()
    }
}

/// `<a href="#X">` -> `X` (an empty target gives `Some("")`).
pub fn href_target(html: &str) -> Option<String> {
    let rest = html.trim().strip_prefix("<a")?;
    let start = rest.find("href=\"#")? + "href=\"#".len();
    let len = rest[start..].find('"')?;
    Some(rest[start..start + len].to_string())
}

/// What a table column holds (from its header text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Name,
    Type,
    Required,
    Default,
    Description,
    Example,
}

/// The columns a table's header cells name (`expected` lists them for the error); an unknown
/// header, or a table without 名称 and 类型, is an error at `line`.
pub fn header_columns(
    path: &str,
    line: usize,
    headers: impl IntoIterator<Item = String>,
    expected: &str,
) -> Result<Vec<Column>, PageError> {
    let mut columns = Vec::new();
    for text in headers {
        match Column::from_header(&text) {
            Some(c) => columns.push(c),
            None => {
                return Err(PageError::new(
                    path,
                    line,
                    format!("unexpected table column `{text}` (expected {expected})"),
                ))
            }
        }
    }
    if !columns.contains(&Column::Name) || !columns.contains(&Column::Type) {
        return Err(PageError::new(
            path,
            line,
            "expected a table with at least the columns 名称 and 类型",
        ));
    }
    Ok(columns)
}

impl Column {
    /// The column a header cell names, e.g. `是否必填` -> [`Column::Required`].
    pub fn from_header(text: &str) -> Option<Column> {
        Some(match text.trim() {
            "名称" => Column::Name,
            "类型" => Column::Type,
            "是否必填" | "必填" => Column::Required,
            "默认值" => Column::Default,
            "描述" => Column::Description,
            "示例值" => Column::Example,
            _ => return None,
        })
    }
}

/// One table row: its cells by column (columns the row lacks are absent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<(Column, Cell)>,
    /// Text beyond the header's last column (an unescaped `|` split a cell), if any.
    pub extra: Option<String>,
}

impl Row {
    pub fn cell(&self, column: Column) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, cell)| cell)
    }

    pub fn plain(&self, column: Column) -> String {
        self.cell(column).map(Cell::to_plain).unwrap_or_default()
    }
}

/// A table of parameters, response members or struct fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub line: usize,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// One `### X` entry of the `数据结构` section (or a response table that is not an envelope).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Structure {
    pub name: String,
    pub line: usize,
    pub table: Table,
}

/// The `请求响应` section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseSection {
    pub line: usize,
    /// The name after `类型：`, e.g. `UserSingleRespDto`.
    pub type_name: Option<Located<String>>,
    pub table: Option<Table>,
    /// The example response, as written (not yet checked to be JSON).
    pub example: Option<Located<String>>,
}

/// Something on the page the importer does not use, so the report can name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub what: String,
}

/// A parsed page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    /// Path relative to the docs root, with `/` separators.
    pub path: String,
    pub title: Option<Located<String>>,
    pub description: Option<String>,
    /// The method named under `方法名称` (without the `ManagementClient.` prefix).
    pub method: Option<Located<String>>,
    /// The client class named under `方法名称`, e.g. `ManagementClient`.
    pub client: Option<String>,
    /// Method names called in sample code (a hint when the page names no method).
    pub sample_calls: Vec<String>,
    pub params: Option<Table>,
    pub response: Option<ResponseSection>,
    pub structures: Vec<Structure>,
    pub skipped: Vec<Skipped>,
    /// Table rows written over several lines (a cell holds line breaks), joined back into one:
    /// the first line and the number of lines.
    pub joined_rows: Vec<(usize, usize)>,
}

/// A page the parser could not understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    pub file: String,
    /// 1-based; 0 when the problem is the page as a whole.
    pub line: usize,
    pub message: String,
}

impl PageError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        PageError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for PageError {}

/// Maps byte offsets of a text to 1-based line numbers (of the original page, when the text
/// had lines joined).
pub struct Lines {
    starts: Vec<usize>,
    /// Original line number of each line of the text, when they differ.
    original: Option<Vec<usize>>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            starts,
            original: None,
        }
    }

    /// Lines of a text whose line `i` (0-based) was line `original[i]` of the page.
    pub fn with_original(text: &str, original: Vec<usize>) -> Self {
        Lines {
            original: Some(original),
            ..Lines::new(text)
        }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        };
        match &self.original {
            Some(map) => map.get(line.saturating_sub(1)).copied().unwrap_or(line),
            None => line,
        }
    }
}

/// Method names called as `client.<name>(` in sample code.
pub fn sample_calls(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("client.") {
        let rest = &code[i + "client.".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty()
            && rest[name.len()..].trim_start().starts_with('(')
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn href_targets_and_lines() {
        assert_eq!(
            href_target("<a href=\"#UserDto\">").as_deref(),
            Some("UserDto")
        );
        assert_eq!(href_target("<a href=\"#\">").as_deref(), Some(""));
        assert_eq!(href_target("<br>"), None);
        let lines = Lines::new("a\nbc\n\nd");
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(2), 2);
        assert_eq!(lines.line_of(5), 3);
        assert_eq!(lines.line_of(6), 4);
    }

    #[test]
    fn finds_sample_calls() {
        let code = "data = management_client.list_pipeline_function(\n  scene='x')\nclient.x";
        assert_eq!(sample_calls(code), ["list_pipeline_function"]);
    }
}
