//! Page parsing, docs-factory markdown format: pulldown-cmark turns the page into blocks
//! (headings, tables, code, prose), then the blocks are read section by section into a [`Page`].

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::page::{
    sample_calls, Cell, Column, Inline, Lines, Located, Page, PageError, ResponseSection, Row,
    Skipped, Structure, Table,
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

fn blocks(text: &str, lines: &Lines) -> Vec<Block> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut builder: Option<Builder> = None;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match &event {
            Event::Start(tag) => {
                if depth == 0 {
                    builder = Some(Builder::start(tag, range.clone(), lines));
                } else if let Some(b) = builder.as_mut() {
                    b.nested_start(tag, &range, lines);
                }
                depth += 1;
                continue;
            }
            Event::End(tag) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(b) = builder.take() {
                        out.push(b.finish());
                    }
                } else if let Some(b) = builder.as_mut() {
                    b.nested_end(tag, &range, text);
                }
                continue;
            }
            _ => {}
        }
        match builder.as_mut() {
            Some(b) => b.inline(&event),
            None => {
                // Top-level leaf events (e.g. a rule) outside any block.
                out.push(Block::Other {
                    kind: "markup",
                    line: lines.line_of(range.start),
                    raw: range,
                });
            }
        }
    }
    out
}

/// Collects one top-level block from its events.
struct Builder {
    kind: BuilderKind,
    line: usize,
    range: Range<usize>,
    inlines: Vec<Inline>,
    links: Vec<String>,
    header: Vec<Cell>,
    rows: Vec<(usize, Vec<Cell>, Option<String>)>,
    in_head: bool,
    row_range: Range<usize>,
    last_cell_end: usize,
    row_line: usize,
    cells: Vec<Cell>,
    code: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BuilderKind {
    Heading(u8),
    Paragraph,
    Table,
    Code,
    Other(&'static str),
}

impl Builder {
    fn start(tag: &Tag, range: Range<usize>, lines: &Lines) -> Self {
        let kind = match tag {
            Tag::Heading { level, .. } => BuilderKind::Heading(*level as u8),
            Tag::Paragraph => BuilderKind::Paragraph,
            Tag::Table(_) => BuilderKind::Table,
            Tag::CodeBlock(_) => BuilderKind::Code,
            Tag::HtmlBlock => BuilderKind::Other("html"),
            Tag::BlockQuote(_) => BuilderKind::Other("quote"),
            Tag::List(_) => BuilderKind::Other("list"),
            _ => BuilderKind::Other("markup"),
        };
        Builder {
            kind,
            line: lines.line_of(range.start),
            row_line: lines.line_of(range.start),
            range,
            inlines: Vec::new(),
            links: Vec::new(),
            header: Vec::new(),
            rows: Vec::new(),
            in_head: false,
            row_range: 0..0,
            last_cell_end: 0,
            cells: Vec::new(),
            code: String::new(),
        }
    }

    fn nested_start(&mut self, tag: &Tag, range: &Range<usize>, lines: &Lines) {
        match tag {
            Tag::TableHead => {
                self.in_head = true;
                self.cells.clear();
            }
            Tag::TableRow => {
                self.cells.clear();
                self.row_range = range.clone();
                self.row_line = lines.line_of(range.start);
            }
            Tag::TableCell => self.inlines.clear(),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push(dest_url.to_string());
                self.push_text("[");
            }
            Tag::Emphasis => self.push_text("*"),
            Tag::Strong => self.push_text("**"),
            Tag::Strikethrough => self.push_text("~~"),
            _ => {}
        }
    }

    fn nested_end(&mut self, tag: &TagEnd, range: &Range<usize>, text: &str) {
        match tag {
            TagEnd::TableCell => {
                self.cells.push(Cell(std::mem::take(&mut self.inlines)));
                self.last_cell_end = range.end;
            }
            TagEnd::TableHead => {
                self.in_head = false;
                self.header = std::mem::take(&mut self.cells);
            }
            TagEnd::TableRow => {
                let rest = text
                    .get(self.last_cell_end.max(self.row_range.start)..self.row_range.end)
                    .unwrap_or_default();
                let rest = rest.trim().trim_matches('|').trim();
                let extra = (!rest.is_empty()).then(|| rest.to_string());
                self.rows
                    .push((self.row_line, std::mem::take(&mut self.cells), extra));
            }
            TagEnd::Link | TagEnd::Image => {
                let url = self.links.pop().unwrap_or_default();
                self.push_text(&format!("]({url})"));
            }
            TagEnd::Emphasis => self.push_text("*"),
            TagEnd::Strong => self.push_text("**"),
            TagEnd::Strikethrough => self.push_text("~~"),
            _ => {}
        }
    }

    fn push_text(&mut self, t: &str) {
        if let Some(Inline::Text(last)) = self.inlines.last_mut() {
            last.push_str(t);
        } else {
            self.inlines.push(Inline::Text(t.to_string()));
        }
    }

    fn inline(&mut self, event: &Event) {
        match event {
            Event::Text(t) => {
                if self.kind == BuilderKind::Code {
                    self.code.push_str(t);
                } else {
                    self.push_text(t);
                }
            }
            Event::Code(c) => self
                .inlines
                .push(Inline::Code(c.replace(JOINED, "\n").to_string())),
            Event::InlineHtml(h) | Event::Html(h) => {
                let h = h.trim();
                if is_br(h) {
                    self.inlines.push(Inline::Break);
                } else {
                    self.inlines.push(Inline::Html(h.to_string()));
                }
            }
            Event::SoftBreak => self.push_text("\n"),
            Event::HardBreak => self.inlines.push(Inline::Break),
            _ => {}
        }
    }

    fn finish(self) -> Block {
        let raw = self.range.clone();
        match self.kind {
            BuilderKind::Heading(level) => {
                let anchor = self.inlines.iter().find_map(|i| match i {
                    Inline::Html(h) => anchor_id(h),
                    _ => None,
                });
                Block::Heading {
                    level,
                    text: Cell(self.inlines).to_plain(),
                    anchor,
                    line: self.line,
                    raw,
                }
            }
            BuilderKind::Paragraph => Block::Paragraph {
                cell: Cell(self.inlines),
                line: self.line,
                raw,
            },
            BuilderKind::Table => Block::Table {
                header: self.header,
                rows: self.rows,
                line: self.line,
            },
            BuilderKind::Code => Block::Code {
                text: self.code,
                line: self.line,
                raw,
            },
            BuilderKind::Other(kind) => Block::Other {
                kind,
                line: self.line,
                raw,
            },
        }
    }
}

fn is_br(html: &str) -> bool {
    matches!(
        html.to_ascii_lowercase().replace(' ', "").as_str(),
        "<br>" | "<br/>"
    )
}

/// `<a id="X">` -> `X`.
fn anchor_id(html: &str) -> Option<String> {
    let rest = html.trim().strip_prefix("<a")?;
    let start = rest.find("id=\"")? + "id=\"".len();
    let len = rest[start..].find('"')?;
    Some(rest[start..start + len].to_string())
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Section {
    Intro,
    Method,
    Params,
    Response,
    Structures,
    Other(String),
}

fn section_of(title: &str) -> Option<Section> {
    Some(match title.trim() {
        "方法名称" => Section::Method,
        "请求参数" => Section::Params,
        "请求响应" => Section::Response,
        "数据结构" => Section::Structures,
        _ => return None,
    })
}

fn read_sections(path: &str, text: &str, blocks: &[Block]) -> Result<Page, PageError> {
    let mut page = Page {
        path: path.to_string(),
        ..Page::default()
    };
    let mut section = Section::Intro;
    let mut intro: Vec<&str> = Vec::new();
    let mut seen_params = false;
    let mut seen_response = false;
    let mut method_line = None;
    let mut response = ResponseSection::default();
    let mut current: Option<Structure> = None;

    for block in blocks {
        // Section changes.
        if let Block::Heading {
            level,
            text: title,
            anchor,
            line,
            raw,
        } = block
        {
            if *level == 1 && page.title.is_none() {
                page.title = Some(Located {
                    value: title.clone(),
                    line: *line,
                });
                continue;
            }
            if *level == 2 {
                if let Some(next) = section_of(title) {
                    finish_structure(&mut page, &mut current);
                    section = next;
                    match section {
                        Section::Method => method_line = Some(*line),
                        Section::Params => seen_params = true,
                        Section::Response => {
                            seen_response = true;
                            response.line = *line;
                        }
                        _ => {}
                    }
                    continue;
                }
                if section == Section::Intro {
                    intro.push(slice(text, raw));
                    continue;
                }
                finish_structure(&mut page, &mut current);
                section = Section::Other(title.clone());
                page.skipped.push(Skipped {
                    line: *line,
                    what: format!("section `## {title}`"),
                });
                continue;
            }
            match &section {
                Section::Intro => intro.push(slice(text, raw)),
                Section::Structures if *level == 3 => {
                    finish_structure(&mut page, &mut current);
                    let name = anchor
                        .clone()
                        .filter(|a| !a.is_empty())
                        .unwrap_or_else(|| title.trim().to_string());
                    current = Some(Structure {
                        name,
                        line: *line,
                        table: Table {
                            line: *line,
                            ..Table::default()
                        },
                    });
                }
                _ => page.skipped.push(Skipped {
                    line: *line,
                    what: format!("heading `{title}`"),
                }),
            }
            continue;
        }

        match (&section, block) {
            (Section::Intro, Block::Other { kind: "html", .. }) => {
                // The generator's comment and `<LastUpdated />`: page furniture, not content.
                if let Block::Other { line, raw, .. } = block {
                    let html = slice(text, raw);
                    if !is_furniture_html(html) {
                        page.skipped.push(Skipped {
                            line: *line,
                            what: format!("HTML block `{}`", first_line(html)),
                        });
                    }
                }
            }
            (
                Section::Intro,
                Block::Other {
                    kind: "quote", raw, ..
                },
            ) if slice(text, raw).contains("authing-docs-factory") => {}
            (Section::Intro, Block::Table { line, .. }) => {
                page.skipped.push(Skipped {
                    line: *line,
                    what: "a table before the request parameters".to_string(),
                });
            }
            (Section::Intro, Block::Paragraph { raw, .. })
            | (Section::Intro, Block::Code { raw, .. })
            | (Section::Intro, Block::Other { raw, .. }) => intro.push(slice(text, raw)),
            (Section::Method, Block::Paragraph { cell, line, .. }) if page.method.is_none() => {
                let found = cell.0.iter().find_map(|i| match i {
                    Inline::Code(c) => c.split_once('.'),
                    _ => None,
                });
                match found {
                    Some((client, name)) if is_method_name(name.trim()) => {
                        page.client = Some(client.trim().to_string());
                        page.method = Some(Located {
                            value: name.trim().to_string(),
                            line: *line,
                        });
                    }
                    _ => {
                        return Err(PageError::new(
                            path,
                            *line,
                            format!(
                                "expected `ManagementClient.<method_name>` under `## 方法名称`, found `{}`",
                                first_line(&cell.to_text())
                            ),
                        ))
                    }
                }
            }
            (Section::Params, Block::Table { header, rows, line }) if page.params.is_none() => {
                page.params = Some(table(path, header, rows, *line)?);
            }
            (Section::Response, Block::Paragraph { cell, line, .. })
                if cell.to_plain().starts_with("类型") && response.type_name.is_none() =>
            {
                let name = cell.0.iter().find_map(|i| match i {
                    Inline::Code(c) => Some(c.trim().to_string()),
                    _ => None,
                });
                match name {
                    Some(n) if !n.is_empty() => {
                        response.type_name = Some(Located {
                            value: n,
                            line: *line,
                        })
                    }
                    _ => {
                        return Err(PageError::new(
                            path,
                            *line,
                            "expected the response type as `类型： `<TypeName>``",
                        ))
                    }
                }
            }
            (Section::Response, Block::Paragraph { cell, .. })
                if cell.to_plain().starts_with("示例结果") => {}
            (Section::Response, Block::Table { header, rows, line })
                if response.table.is_none() =>
            {
                response.table = Some(table(path, header, rows, *line)?);
            }
            (
                Section::Response,
                Block::Code {
                    text: code, line, ..
                },
            ) if response.example.is_none() => {
                response.example = Some(Located {
                    value: code.clone(),
                    line: *line + 1,
                });
            }
            (Section::Structures, Block::Table { header, rows, line }) => match current.as_mut() {
                Some(s) if s.table.columns.is_empty() => {
                    s.table = table(path, header, rows, *line)?;
                }
                _ => page.skipped.push(Skipped {
                    line: *line,
                    what: "a data structure table without its own `###` heading".to_string(),
                }),
            },
            (
                _,
                Block::Code {
                    text: code, line, ..
                },
            ) => {
                for call in sample_calls(code) {
                    if !page.sample_calls.contains(&call) {
                        page.sample_calls.push(call);
                    }
                }
                page.skipped.push(Skipped {
                    line: *line,
                    what: "a code block".to_string(),
                });
            }
            (
                _,
                Block::Other {
                    kind: "html", raw, ..
                },
            ) if is_furniture_html(slice(text, raw)) => {}
            (_, block) => page.skipped.push(Skipped {
                line: block_line(block),
                what: describe(block, text),
            }),
        }
    }
    finish_structure(&mut page, &mut current);

    let intro = intro
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    page.description = (!intro.is_empty()).then_some(intro);
    if method_line.is_some() && page.method.is_none() {
        return Err(PageError::new(
            path,
            method_line.unwrap_or(0),
            "expected `ManagementClient.<method_name>` under `## 方法名称`",
        ));
    }
    if page.title.is_none() {
        return Err(PageError::new(path, 1, "expected a `# <title>` heading"));
    }
    if !seen_params {
        return Err(PageError::new(
            path,
            0,
            "expected a `## 请求参数` section (is this an API reference page?)",
        ));
    }
    if page.params.is_none() {
        return Err(PageError::new(
            path,
            0,
            "expected a table of request parameters under `## 请求参数`",
        ));
    }
    if !seen_response {
        return Err(PageError::new(path, 0, "expected a `## 请求响应` section"));
    }
    page.response = Some(response);
    Ok(page)
}

fn finish_structure(page: &mut Page, current: &mut Option<Structure>) {
    if let Some(s) = current.take() {
        if s.table.columns.is_empty() {
            page.skipped.push(Skipped {
                line: s.line,
                what: format!("data structure `{}` has no table", s.name),
            });
        }
        page.structures.push(s);
    }
}

/// Reads a table: header cells must name known columns.
fn table(
    path: &str,
    header: &[Cell],
    rows: &[(usize, Vec<Cell>, Option<String>)],
    line: usize,
) -> Result<Table, PageError> {
    let mut columns = Vec::new();
    for cell in header {
        let text = cell.to_plain();
        match Column::from_header(&text) {
            Some(c) => columns.push(c),
            None => {
                return Err(PageError::new(
                    path,
                    line,
                    format!(
                        "unexpected table column `{text}` (expected 名称, 类型, 是否必填, 默认值, 描述 or 示例值)"
                    ),
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
    let rows = rows
        .iter()
        .map(|(line, cells, extra)| Row {
            line: *line,
            cells: columns.iter().copied().zip(cells.iter().cloned()).collect(),
            extra: extra.clone(),
        })
        .collect();
    Ok(Table {
        line,
        columns,
        rows,
    })
}

fn is_method_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_furniture_html(html: &str) -> bool {
    let h = html.trim();
    h.starts_with("<!--") || h.starts_with("<LastUpdated")
}

fn slice<'a>(text: &'a str, raw: &Range<usize>) -> &'a str {
    text.get(raw.clone()).unwrap_or_default()
}

fn first_line(s: &str) -> String {
    let line = s.trim().lines().next().unwrap_or_default();
    line.chars().take(60).collect()
}

fn block_line(block: &Block) -> usize {
    match block {
        Block::Heading { line, .. }
        | Block::Paragraph { line, .. }
        | Block::Table { line, .. }
        | Block::Code { line, .. }
        | Block::Other { line, .. } => *line,
    }
}

fn describe(block: &Block, text: &str) -> String {
    match block {
        Block::Paragraph { cell, .. } => format!("paragraph `{}`", first_line(&cell.to_text())),
        Block::Table { .. } => "an extra table".to_string(),
        Block::Other { kind, raw, .. } => format!("{kind} `{}`", first_line(slice(text, raw))),
        Block::Heading { text, .. } => format!("heading `{text}`"),
        Block::Code { .. } => "a code block".to_string(),
    }
}
