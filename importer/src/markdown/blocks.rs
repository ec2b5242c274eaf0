//! From markdown to blocks: pulldown-cmark's events gathered into the page's top-level
//! [`Block`]s (headings, paragraphs, tables, code, other), each with its line and source range.

use super::*;

pub(super) fn blocks(text: &str, lines: &Lines) -> Vec<Block> {
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
