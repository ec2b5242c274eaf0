//! Page parsing, flattened web format: `¶ ` headings, tables without leading pipes, the example
//! JSON unfenced and each row's example folded into its description (`示例值: ...`).

use crate::page::{
    header_columns, sample_calls, Cell, Column, Located, Page, PageError, ResponseSection, Row,
    Skipped, Structure, Table,
};

/// The marker that starts every heading line of the flattened format.
pub const HEADING: &str = "¶";

/// Whether `text` looks like the flattened web format (its first non-blank line is a `¶` heading).
pub fn is_web_page(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with(HEADING))
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Section {
    Intro,
    Params,
    Sample,
    Response,
    Structures,
    Other,
}

/// Parses a flattened web page.
pub fn parse(path: &str, text: &str) -> Result<Page, PageError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut reader = WebReader {
        path,
        lines: &lines,
        page: Page {
            path: path.to_string(),
            ..Page::default()
        },
        section: Section::Intro,
        intro: Vec::new(),
        sample: String::new(),
        response: ResponseSection::default(),
        seen_params: false,
        seen_response: false,
        example: None,
    };
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        i = match line.strip_prefix(HEADING) {
            Some(title) => reader.heading(title.trim(), i)?,
            None if line.is_empty() => i + 1,
            None => reader.line(line, i)?,
        };
    }
    reader.finish()
}

/// The page so far, and where in it the reading is.
struct WebReader<'a> {
    path: &'a str,
    lines: &'a [&'a str],
    page: Page,
    section: Section,
    intro: Vec<&'a str>,
    sample: String,
    response: ResponseSection,
    seen_params: bool,
    seen_response: bool,
    /// The example response being collected: its first line and its lines so far.
    example: Option<(usize, Vec<&'a str>)>,
}

impl<'a> WebReader<'a> {
    /// A heading at line index `i`: the title, a data structure (with its table), or a section.
    /// Returns the index of the next line to read.
    fn heading(&mut self, title: &str, i: usize) -> Result<usize, PageError> {
        let line_no = i + 1;
        flush_example(&mut self.response, &mut self.example);
        if self.page.title.is_none() {
            self.page.title = Some(Located {
                value: title.to_string(),
                line: line_no,
            });
        } else if self.section == Section::Structures {
            let (table, next) = read_table(self.path, self.lines, i + 1)?;
            self.page.structures.push(Structure {
                name: title.to_string(),
                line: line_no,
                table: table.unwrap_or(Table {
                    line: line_no,
                    ..Table::default()
                }),
            });
            return Ok(next);
        } else {
            self.section = match title {
                "请求参数" => {
                    self.seen_params = true;
                    Section::Params
                }
                "示例代码" => Section::Sample,
                "请求响应" => {
                    self.seen_response = true;
                    self.response.line = line_no;
                    Section::Response
                }
                "数据结构" => Section::Structures,
                _ => {
                    self.page.skipped.push(Skipped {
                        line: line_no,
                        what: format!("section `{HEADING} {title}`"),
                    });
                    Section::Other
                }
            };
        }
        Ok(i + 1)
    }

    /// A line of text at index `i`, read as its section expects. Returns the index of the next
    /// line to read (past a table read here).
    fn line(&mut self, line: &'a str, i: usize) -> Result<usize, PageError> {
        let line_no = i + 1;
        if let Some((_, body)) = self.example.as_mut() {
            body.push(self.lines[i]);
            return Ok(i + 1);
        }
        match self.section {
            Section::Intro => {
                if self.page.title.is_none() {
                    return Err(PageError::new(
                        self.path,
                        line_no,
                        format!("expected a `{HEADING} <title>` heading first"),
                    ));
                }
                if !line.starts_with("更新时间") {
                    self.intro.push(line);
                }
            }
            Section::Params if self.page.params.is_none() && line.contains('|') => {
                let (table, next) = read_table(self.path, self.lines, i)?;
                self.page.params = table;
                return Ok(next);
            }
            Section::Sample => {
                self.sample.push_str(line);
                self.sample.push('\n');
            }
            Section::Response if starts_with_any(line, &["类型:", "类型："]) => {
                let name = line
                    .split_once([':', '：'])
                    .map(|(_, n)| n.trim().trim_matches('`').to_string())
                    .unwrap_or_default();
                if name.is_empty() {
                    return Err(PageError::new(
                        self.path,
                        line_no,
                        "expected the response type as `类型: <TypeName>`",
                    ));
                }
                self.response.type_name = Some(Located {
                    value: name,
                    line: line_no,
                });
            }
            Section::Response if starts_with_any(line, &["示例结果:", "示例结果："]) => {
                self.example = Some((line_no + 1, Vec::new()));
            }
            Section::Response if self.response.table.is_none() && line.contains('|') => {
                let (table, next) = read_table(self.path, self.lines, i)?;
                self.response.table = table;
                return Ok(next);
            }
            _ => self.page.skipped.push(Skipped {
                line: line_no,
                what: format!("line `{}`", line.chars().take(60).collect::<String>()),
            }),
        }
        Ok(i + 1)
    }

    /// The page, once every line is read: the sections a reference page must have.
    fn finish(mut self) -> Result<Page, PageError> {
        let path = self.path;
        flush_example(&mut self.response, &mut self.example);
        let mut page = self.page;
        page.sample_calls = sample_calls(&self.sample);
        let intro = self.intro.join("\n");
        page.description = (!intro.is_empty()).then_some(intro);
        if page.title.is_none() {
            return Err(PageError::new(
                path,
                1,
                format!("expected a `{HEADING} <title>` heading"),
            ));
        }
        if !self.seen_params || page.params.is_none() {
            return Err(PageError::new(
                path,
                0,
                format!("expected a `{HEADING} 请求参数` section with a table"),
            ));
        }
        if !self.seen_response {
            return Err(PageError::new(
                path,
                0,
                format!("expected a `{HEADING} 请求响应` section"),
            ));
        }
        page.response = Some(self.response);
        Ok(page)
    }
}

fn starts_with_any(line: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| line.starts_with(p))
}

fn flush_example(response: &mut ResponseSection, example: &mut Option<(usize, Vec<&str>)>) {
    if let Some((line, body)) = example.take() {
        if response.example.is_none() && !body.is_empty() {
            response.example = Some(Located {
                value: body.join("\n") + "\n",
                line,
            });
        }
    }
}

/// Splits a row on `|`, dropping the empty piece after a trailing pipe.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    line.split('|').map(|c| c.trim().to_string()).collect()
}

fn is_separator(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty() && l.contains('-') && l.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

/// Reads a table starting at `start` (the header line); returns it and the index after it.
/// No table there gives `None` (and `start`).
fn read_table(
    path: &str,
    lines: &[&str],
    start: usize,
) -> Result<(Option<Table>, usize), PageError> {
    let mut i = start;
    while i < lines.len() && lines[i].trim().is_empty() {
        i += 1;
    }
    let Some(header) = lines.get(i).filter(|l| l.contains('|')) else {
        return Ok((None, start));
    };
    let header_line = i + 1;
    let columns = header_columns(
        path,
        header_line,
        cells(header),
        "名称, 类型, 必填, 默认值, 描述 or 示例值",
    )?;
    i += 1;
    if !lines.get(i).is_some_and(|l| is_separator(l)) {
        return Err(PageError::new(
            path,
            i + 1,
            "expected the table's separator line (`---|---|`)",
        ));
    }
    i += 1;
    let mut rows = Vec::new();
    while let Some(line) = lines.get(i) {
        if !line.contains('|') || line.trim_start().starts_with(HEADING) {
            break;
        }
        let mut texts = cells(line);
        let extra = (texts.len() > columns.len())
            .then(|| texts.split_off(columns.len()).join(" | "))
            .filter(|e| !e.trim().is_empty());
        let mut row = Row {
            line: i + 1,
            cells: Vec::new(),
            extra,
        };
        for (column, text) in columns.iter().zip(texts) {
            row.cells.push((*column, Cell::text(&text)));
        }
        split_folded_example(&mut row, &columns);
        rows.push(row);
        i += 1;
    }
    Ok((
        Some(Table {
            line: header_line,
            columns,
            rows,
        }),
        i,
    ))
}

/// The web page folds the example into the description (`描述 示例值: x`); when the table has
/// no example column, move it back out.
fn split_folded_example(row: &mut Row, columns: &[Column]) {
    if columns.contains(&Column::Example) {
        return;
    }
    // A row that lost its name cell has its description one column to the left.
    for column in [Column::Description, Column::Required] {
        let Some(text) = row.cell(column).map(Cell::to_plain) else {
            continue;
        };
        let found = ["示例值:", "示例值："]
            .iter()
            .filter_map(|m| text.find(m).map(|i| (i, m.len())))
            .min();
        if let Some((at, len)) = found {
            let example = text[at + len..].trim().to_string();
            let rest = text[..at].trim().to_string();
            for (c, cell) in row.cells.iter_mut() {
                if *c == column {
                    *cell = Cell::text(&rest);
                }
            }
            row.cells.push((Column::Example, Cell::text(&example)));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_rows_and_folded_examples() {
        assert_eq!(cells("a | b | c |"), ["a", "b", "c"]);
        assert_eq!(cells("string | 否 | x | |"), ["string", "否", "x", ""]);
        assert!(is_separator("---|---|---|"));
        let text = "¶ T\ndesc\n¶ 请求参数\n名称 | 类型 | 必填 | 描述 |\n---|---|---|---|\nid | string | 是 | 用户 ID。 示例值: 62 |\n¶ 请求响应\n类型: X\n";
        let page = parse("p.txt", text).unwrap();
        let row = &page.params.unwrap().rows[0];
        assert_eq!(row.plain(Column::Example), "62");
        assert_eq!(row.plain(Column::Description), "用户 ID。");
    }
}
