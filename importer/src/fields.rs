//! Reading one table row: the type cell (`string[]`, `<a href="#X">X</a>`, ...), the
//! required and default cells, and the description's enum lists and `嵌套类型` reference.

use crate::page::{href_target, Cell, Column, Inline, Row};

/// The type cell as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawType {
    String,
    Number,
    Integer,
    Boolean,
    /// `object`: a JSON object, its type given (if at all) by `嵌套类型`.
    Object,
    /// `array` (no item type) or `T[]`.
    Array(Option<Box<RawType>>),
    /// A link to a data structure (or a bare DTO name).
    Named(String),
    /// An empty cell or an empty link.
    Missing,
    /// Anything else, as written.
    Unknown(String),
}

impl RawType {
    /// Reads a type cell.
    pub fn parse(cell: &Cell) -> RawType {
        let text = cell.to_plain();
        let link = cell.link_target();
        if let Some(target) = link {
            if target.is_empty() && text.is_empty() {
                return RawType::Missing;
            }
            let name = if target.is_empty() {
                text.clone()
            } else {
                target
            };
            let named = RawType::Named(name);
            return if text.ends_with("[]") {
                RawType::Array(Some(Box::new(named)))
            } else {
                named
            };
        }
        RawType::from_word(&text)
    }

    fn from_word(text: &str) -> RawType {
        let t = text.trim();
        if let Some(inner) = t.strip_suffix("[]") {
            return RawType::Array(Some(Box::new(RawType::from_word(inner))));
        }
        match t {
            "" => RawType::Missing,
            "string" => RawType::String,
            "number" => RawType::Number,
            "integer" => RawType::Integer,
            "boolean" => RawType::Boolean,
            "object" => RawType::Object,
            "array" => RawType::Array(None),
            _ if spec_model::types::is_type_name(t) => RawType::Named(t.to_string()),
            _ => RawType::Unknown(t.to_string()),
        }
    }

    /// Whether the text is one of the docs' type words (used to spot rows that lost their name).
    pub fn is_type_word(text: &str) -> bool {
        matches!(
            RawType::from_word(text),
            RawType::String
                | RawType::Number
                | RawType::Integer
                | RawType::Boolean
                | RawType::Object
                | RawType::Array(_)
        )
    }
}

/// One documented enum value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocValue {
    pub value: String,
    pub description: Option<String>,
}

/// A table row, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDoc {
    /// Empty when the row lost its name cell.
    pub name: String,
    pub line: usize,
    pub ty: RawType,
    pub required: bool,
    /// The default cell (`-` and empty mean none), as written.
    pub default: Option<String>,
    pub description: Option<String>,
    /// The example cell without its backticks, as written.
    pub example: Option<String>,
    /// Values listed as `- `v`: meaning` or `枚举值：a, b`.
    pub values: Vec<DocValue>,
    /// The type named by `嵌套类型：X`.
    pub nested: Option<String>,
    /// Text beyond the table's columns (an unescaped `|` split a cell).
    pub extra: Option<String>,
    /// The row lost its name cell (its cells are shifted one to the left).
    pub lost_name: bool,
}

/// Reads a row. A row whose name cell is missing (its first cell is a type word and its type
/// cell says 是/否) is read with its cells shifted back and `lost_name` set.
pub fn read_row(row: &Row) -> FieldDoc {
    let name = row.plain(Column::Name);
    let ty_text = row.plain(Column::Type);
    let lost_name = RawType::is_type_word(&name)
        && matches!(ty_text.as_str(), "是" | "否")
        && row.cell(Column::Required).is_some();
    let get = |c: Column| -> Option<Cell> {
        if !lost_name {
            return row.cell(c).cloned();
        }
        if c == Column::Example {
            if let Some(example) = row.cell(c).filter(|e| !e.is_empty()) {
                return Some(example.clone());
            }
        }
        // Shifted: each cell holds the next column's content.
        let order = [
            Column::Name,
            Column::Type,
            Column::Required,
            Column::Default,
            Column::Description,
            Column::Example,
        ];
        let present: Vec<Column> = order
            .iter()
            .copied()
            .filter(|col| row.cell(*col).is_some())
            .collect();
        let idx = present.iter().position(|col| *col == c)?;
        let from = *present.get(idx.checked_sub(1)?)?;
        row.cell(from).cloned()
    };
    let (name, ty_cell) = if lost_name {
        (
            String::new(),
            row.cell(Column::Name).cloned().unwrap_or_default(),
        )
    } else {
        (name, row.cell(Column::Type).cloned().unwrap_or_default())
    };
    let required = get(Column::Required)
        .map(|c| c.to_plain())
        .is_some_and(|r| r == "是");
    let default = get(Column::Default)
        .map(|c| c.to_plain())
        .filter(|d| !d.is_empty() && d != "-");
    let example = get(Column::Example)
        .map(|c| c.to_plain())
        .filter(|e| !e.is_empty());
    let description_cell = get(Column::Description).unwrap_or_default();
    let (description, values, nested) = read_description(&description_cell);
    FieldDoc {
        name,
        line: row.line,
        ty: RawType::parse(&ty_cell),
        required,
        default,
        description,
        example,
        values,
        nested,
        extra: row.extra.clone(),
        lost_name,
    }
}

/// Splits a description cell into its prose, its enum values and its `嵌套类型` reference.
pub fn read_description(cell: &Cell) -> (Option<String>, Vec<DocValue>, Option<String>) {
    let mut lines: Vec<Vec<Inline>> = vec![Vec::new()];
    for piece in &cell.0 {
        match piece {
            Inline::Break => lines.push(Vec::new()),
            Inline::Text(t) if t.contains('\n') => {
                let mut parts = t.split('\n');
                if let Some(first) = parts.next() {
                    push_text(lines.last_mut(), first);
                }
                for part in parts {
                    lines.push(Vec::new());
                    push_text(lines.last_mut(), part);
                }
            }
            other => {
                if let Some(l) = lines.last_mut() {
                    l.push(other.clone());
                }
            }
        }
    }
    let mut prose: Vec<String> = Vec::new();
    let mut values: Vec<DocValue> = Vec::new();
    let mut nested = None;
    let mut in_list = false;
    for line in lines {
        let mut line = line;
        if let Some(target) = take_nested(&mut line) {
            nested = Some(target);
        }
        if let Some(v) = bullet_value(&line) {
            values.push(v);
            in_list = true;
            continue;
        }
        let text = Cell(line).to_text();
        if let Some((before, listed)) = split_enum_list(&text) {
            values.extend(listed);
            if !before.is_empty() {
                prose.push(before);
            }
            continue;
        }
        if text.is_empty() {
            continue;
        }
        match values.last_mut() {
            // A continuation of the previous value's meaning (e.g. `示例值：...` under it).
            Some(last) if in_list => {
                let d = last.description.get_or_insert_with(String::new);
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push_str(&text);
            }
            _ => prose.push(text),
        }
    }
    let description = prose.join("\n").trim().to_string();
    let description = (!description.is_empty()).then_some(description);
    (description, values, nested)
}

fn push_text(line: Option<&mut Vec<Inline>>, text: &str) {
    if let (Some(line), false) = (line, text.is_empty()) {
        line.push(Inline::Text(text.to_string()));
    }
}

/// Removes `嵌套类型：<a href="#X">X</a>。` (or `嵌套类型:X。`) from a line, returning `X`.
fn take_nested(line: &mut Vec<Inline>) -> Option<String> {
    const MARKERS: [&str; 2] = ["嵌套类型：", "嵌套类型:"];
    let pos = line.iter().position(|p| match p {
        Inline::Text(t) => MARKERS.iter().any(|m| t.contains(m)),
        _ => false,
    })?;
    let Inline::Text(text) = line[pos].clone() else {
        return None;
    };
    let (at, marker) = MARKERS
        .iter()
        .filter_map(|m| text.find(m).map(|i| (i, *m)))
        .min()?;
    let before = text[..at].trim_end().to_string();
    let after = &text[at + marker.len()..];
    // Either a link follows, or the name is written inline.
    let mut target = None;
    let mut end = pos + 1;
    if after.trim().is_empty() {
        if let Some(Inline::Html(h)) = line.get(pos + 1) {
            target = href_target(h);
            end = pos + 2;
            while end < line.len() {
                let done = matches!(&line[end], Inline::Html(h) if h.starts_with("</a"));
                end += 1;
                if done {
                    break;
                }
            }
        }
    } else {
        let name: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            target = Some(name);
        }
    }
    let target = target.filter(|t| !t.is_empty())?;
    // Drop the reference and the `。` that closes it.
    let mut rest: Vec<Inline> = line[end..].to_vec();
    if let Some(Inline::Text(t)) = rest.first_mut() {
        *t = t.trim_start().trim_start_matches('。').to_string();
    }
    if end == pos + 1 {
        let tail = after
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
        let tail = tail.trim_start_matches('。').to_string();
        rest.insert(0, Inline::Text(tail));
    }
    let mut new_line: Vec<Inline> = line[..pos].to_vec();
    new_line.push(Inline::Text(before));
    new_line.extend(rest);
    *line = new_line;
    Some(target)
}

/// `- `value`: meaning` or `- Value: meaning` (a plain identifier-like value).
fn bullet_value(line: &[Inline]) -> Option<DocValue> {
    let mut pieces = line
        .iter()
        .skip_while(|p| matches!(p, Inline::Text(t) if t.trim().is_empty()));
    let first = pieces.next()?;
    let Inline::Text(lead) = first else {
        return None;
    };
    let lead = lead.trim_start();
    let after_dash = lead.strip_prefix('-')?;
    if !after_dash.starts_with(' ') {
        return None;
    }
    let after_dash = after_dash.trim_start();
    let rest_pieces: Vec<Inline> = pieces.cloned().collect();
    if after_dash.is_empty() {
        // `- ` followed by a code span: the value.
        let (value, rest) = rest_pieces.split_first()?;
        let Inline::Code(value) = value else {
            return None;
        };
        let meaning = Cell(rest.to_vec()).to_text();
        return Some(DocValue {
            value: value.trim().to_string(),
            description: clean_meaning(&meaning),
        });
    }
    // `- Value: meaning` with a plain value.
    let (value, meaning) = after_dash.split_once([':', '：'])?;
    let value = value.trim();
    if value.is_empty()
        || !value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        return None;
    }
    let mut meaning = meaning.to_string();
    meaning.push_str(&Cell(rest_pieces).to_text());
    Some(DocValue {
        value: value.to_string(),
        description: clean_meaning(&meaning),
    })
}

fn clean_meaning(meaning: &str) -> Option<String> {
    let m = meaning
        .trim()
        .trim_start_matches([':', '：'])
        .trim()
        .to_string();
    (!m.is_empty()).then_some(m)
}

/// `描述 枚举值：a ,b ,c` -> (`描述`, [a, b, c]).
fn split_enum_list(text: &str) -> Option<(String, Vec<DocValue>)> {
    let (at, len) = ["枚举值：", "枚举值:"]
        .iter()
        .filter_map(|m| text.find(m).map(|i| (i, m.len())))
        .min()?;
    let list = &text[at + len..];
    let values: Vec<DocValue> = list
        .split([',', '，'])
        .map(|v| v.trim().trim_matches('`').trim())
        .filter(|v| !v.is_empty())
        .map(|v| DocValue {
            value: v.to_string(),
            description: None,
        })
        .collect();
    if values.is_empty()
        || !values.iter().all(|v| {
            v.value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
    {
        return None;
    }
    Some((text[..at].trim().to_string(), values))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(pieces: Vec<Inline>) -> Cell {
        Cell(pieces)
    }

    #[test]
    fn reads_type_cells() {
        assert_eq!(RawType::parse(&Cell::text("string")), RawType::String);
        assert_eq!(
            RawType::parse(&Cell::text("string[]")),
            RawType::Array(Some(Box::new(RawType::String)))
        );
        let link = cell(vec![
            Inline::Html("<a href=\"#X\">".into()),
            Inline::Text("X[]".into()),
            Inline::Html("</a>".into()),
        ]);
        assert_eq!(
            RawType::parse(&link),
            RawType::Array(Some(Box::new(RawType::Named("X".into()))))
        );
        let empty = cell(vec![
            Inline::Html("<a href=\"#\">".into()),
            Inline::Html("</a>".into()),
        ]);
        assert_eq!(RawType::parse(&empty), RawType::Missing);
        assert_eq!(
            RawType::parse(&Cell::text("UserDto")),
            RawType::Named("UserDto".into())
        );
        assert_eq!(
            RawType::parse(&Cell::text("a b")),
            RawType::Unknown("a b".into())
        );
    }

    #[test]
    fn reads_bullet_lists_with_continuations() {
        let c = cell(vec![
            Inline::Text("类型：".into()),
            Inline::Break,
            Inline::Text("- ".into()),
            Inline::Code("a".into()),
            Inline::Text(": 甲".into()),
            Inline::Break,
            Inline::Text("示例值：".into()),
            Inline::Code("x".into()),
            Inline::Break,
            Inline::Text("- B: 乙".into()),
            Inline::Break,
            Inline::Text("- 如果是部门: 不是值".into()),
        ]);
        let (d, values, nested) = read_description(&c);
        assert_eq!(nested, None);
        assert_eq!(values.len(), 2);
        assert_eq!(values[0].value, "a");
        assert_eq!(values[0].description.as_deref(), Some("甲 示例值：`x`"));
        assert_eq!(values[1].value, "B");
        assert_eq!(d.as_deref(), Some("类型："));
    }

    #[test]
    fn reads_nested_references_and_enum_lists() {
        let c = cell(vec![
            Inline::Text("外部身份源 嵌套类型：".into()),
            Inline::Html("<a href=\"#IdentityDto\">".into()),
            Inline::Text("IdentityDto".into()),
            Inline::Html("</a>".into()),
            Inline::Text("。".into()),
        ]);
        let (d, _, nested) = read_description(&c);
        assert_eq!(nested.as_deref(), Some("IdentityDto"));
        assert_eq!(d.as_deref(), Some("外部身份源"));
        let web = Cell::text("外部身份源。嵌套类型:IdentityDto。");
        assert_eq!(read_description(&web).2.as_deref(), Some("IdentityDto"));
        let listed = Cell::text("状态。 枚举值:Suspended ,Resigned ,Activated");
        let (d, values, _) = read_description(&listed);
        assert_eq!(d.as_deref(), Some("状态。"));
        assert_eq!(values.len(), 3);
    }

    #[test]
    fn spots_rows_that_lost_their_name() {
        let row = Row {
            line: 7,
            cells: vec![
                (Column::Name, Cell::text("string")),
                (Column::Type, Cell::text("否")),
                (Column::Required, Cell::text("邮箱。")),
                (Column::Description, Cell::text("")),
                (Column::Example, Cell::text("test@example.com")),
            ],
            extra: None,
        };
        let f = read_row(&row);
        assert!(f.lost_name);
        assert_eq!(f.ty, RawType::String);
        assert!(!f.required);
        assert_eq!(f.description.as_deref(), Some("邮箱。"));
    }
}
