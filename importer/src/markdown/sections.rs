//! From blocks to a [`Page`]: the blocks read section by section (title and intro, method
//! name, request parameters, response, data structures), each table into rows and cells.

use super::*;

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

pub(super) fn read_sections(path: &str, text: &str, blocks: &[Block]) -> Result<Page, PageError> {
    let mut reader = Reader {
        path,
        text,
        page: Page {
            path: path.to_string(),
            ..Page::default()
        },
        section: Section::Intro,
        intro: Vec::new(),
        seen_params: false,
        seen_response: false,
        method_line: None,
        response: ResponseSection::default(),
        current: None,
    };
    for block in blocks {
        match block {
            Block::Heading {
                level,
                text: title,
                anchor,
                line,
                raw,
            } => reader.heading(*level, title, anchor.as_deref(), *line, raw),
            _ => reader.block(block)?,
        }
    }
    reader.finish()
}

/// The page so far, and where in it the reading is.
struct Reader<'a> {
    path: &'a str,
    text: &'a str,
    page: Page,
    section: Section,
    intro: Vec<&'a str>,
    seen_params: bool,
    seen_response: bool,
    method_line: Option<usize>,
    response: ResponseSection,
    current: Option<Structure>,
}

impl<'a> Reader<'a> {
    /// A heading: the title, a section change, a data structure's name, or skipped.
    fn heading(
        &mut self,
        level: u8,
        title: &str,
        anchor: Option<&str>,
        line: usize,
        raw: &Range<usize>,
    ) {
        if level == 1 && self.page.title.is_none() {
            self.page.title = Some(Located {
                value: title.to_string(),
                line,
            });
            return;
        }
        if level == 2 {
            return self.section_heading(title, line, raw);
        }
        match &self.section {
            Section::Intro => self.intro.push(slice(self.text, raw)),
            Section::Structures if level == 3 => {
                finish_structure(&mut self.page, &mut self.current);
                let name = anchor
                    .filter(|a| !a.is_empty())
                    .map(str::to_string)
                    .unwrap_or_else(|| title.trim().to_string());
                self.current = Some(Structure {
                    name,
                    line,
                    table: Table {
                        line,
                        ..Table::default()
                    },
                });
            }
            _ => self.page.skipped.push(Skipped {
                line,
                what: format!("heading `{title}`"),
            }),
        }
    }

    /// A `##` heading: a known section, prose of the intro, or a section that is skipped.
    fn section_heading(&mut self, title: &str, line: usize, raw: &Range<usize>) {
        if let Some(next) = section_of(title) {
            finish_structure(&mut self.page, &mut self.current);
            match next {
                Section::Method => self.method_line = Some(line),
                Section::Params => self.seen_params = true,
                Section::Response => {
                    self.seen_response = true;
                    self.response.line = line;
                }
                _ => {}
            }
            self.section = next;
            return;
        }
        if self.section == Section::Intro {
            self.intro.push(slice(self.text, raw));
            return;
        }
        finish_structure(&mut self.page, &mut self.current);
        self.section = Section::Other(title.to_string());
        self.page.skipped.push(Skipped {
            line,
            what: format!("section `## {title}`"),
        });
    }

    /// Any block but a heading, read as its section expects.
    fn block(&mut self, block: &'a Block) -> Result<(), PageError> {
        let (path, text) = (self.path, self.text);
        match (&self.section, block) {
            (Section::Intro, Block::Other { kind: "html", .. }) => {
                // The generator's comment and `<LastUpdated />`: page furniture, not content.
                if let Block::Other { line, raw, .. } = block {
                    let html = slice(text, raw);
                    if !is_furniture_html(html) {
                        self.page.skipped.push(Skipped {
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
                self.page.skipped.push(Skipped {
                    line: *line,
                    what: "a table before the request parameters".to_string(),
                });
            }
            (Section::Intro, Block::Paragraph { raw, .. })
            | (Section::Intro, Block::Code { raw, .. })
            | (Section::Intro, Block::Other { raw, .. }) => self.intro.push(slice(text, raw)),
            (Section::Method, Block::Paragraph { cell, line, .. })
                if self.page.method.is_none() =>
            {
                self.method_name(cell, *line)?
            }
            (Section::Params, Block::Table { header, rows, line })
                if self.page.params.is_none() =>
            {
                self.page.params = Some(table(path, header, rows, *line)?);
            }
            (Section::Response, Block::Paragraph { cell, line, .. })
                if cell.to_plain().starts_with("类型") && self.response.type_name.is_none() =>
            {
                self.response_type(cell, *line)?
            }
            (Section::Response, Block::Paragraph { cell, .. })
                if cell.to_plain().starts_with("示例结果") => {}
            (Section::Response, Block::Table { header, rows, line })
                if self.response.table.is_none() =>
            {
                self.response.table = Some(table(path, header, rows, *line)?);
            }
            (
                Section::Response,
                Block::Code {
                    text: code, line, ..
                },
            ) if self.response.example.is_none() => {
                self.response.example = Some(Located {
                    value: code.clone(),
                    line: *line + 1,
                });
            }
            (Section::Structures, Block::Table { header, rows, line }) => {
                match self.current.as_mut() {
                    Some(s) if s.table.columns.is_empty() => {
                        s.table = table(path, header, rows, *line)?;
                    }
                    _ => self.page.skipped.push(Skipped {
                        line: *line,
                        what: "a data structure table without its own `###` heading".to_string(),
                    }),
                }
            }
            (
                _,
                Block::Code {
                    text: code, line, ..
                },
            ) => {
                for call in sample_calls(code) {
                    if !self.page.sample_calls.contains(&call) {
                        self.page.sample_calls.push(call);
                    }
                }
                self.page.skipped.push(Skipped {
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
            (_, block) => self.page.skipped.push(Skipped {
                line: block_line(block),
                what: describe(block, text),
            }),
        }
        Ok(())
    }

    /// `ManagementClient.<method_name>` under `## 方法名称`.
    fn method_name(&mut self, cell: &Cell, line: usize) -> Result<(), PageError> {
        let found = cell.0.iter().find_map(|i| match i {
            Inline::Code(c) => c.split_once('.'),
            _ => None,
        });
        match found {
            Some((client, name)) if is_method_name(name.trim()) => {
                self.page.client = Some(client.trim().to_string());
                self.page.method = Some(Located {
                    value: name.trim().to_string(),
                    line,
                });
                Ok(())
            }
            _ => Err(PageError::new(
                self.path,
                line,
                format!(
                    "expected `ManagementClient.<method_name>` under `## 方法名称`, found `{}`",
                    first_line(&cell.to_text())
                ),
            )),
        }
    }

    /// `类型： `<TypeName>`` under `## 请求响应`.
    fn response_type(&mut self, cell: &Cell, line: usize) -> Result<(), PageError> {
        let name = cell.0.iter().find_map(|i| match i {
            Inline::Code(c) => Some(c.trim().to_string()),
            _ => None,
        });
        match name {
            Some(n) if !n.is_empty() => {
                self.response.type_name = Some(Located { value: n, line });
                Ok(())
            }
            _ => Err(PageError::new(
                self.path,
                line,
                "expected the response type as `类型： `<TypeName>``",
            )),
        }
    }

    /// The page, once every block is read: the sections a reference page must have.
    fn finish(mut self) -> Result<Page, PageError> {
        let path = self.path;
        finish_structure(&mut self.page, &mut self.current);
        let intro = self
            .intro
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        let mut page = self.page;
        page.description = (!intro.is_empty()).then_some(intro);
        if self.method_line.is_some() && page.method.is_none() {
            return Err(PageError::new(
                path,
                self.method_line.unwrap_or(0),
                "expected `ManagementClient.<method_name>` under `## 方法名称`",
            ));
        }
        if page.title.is_none() {
            return Err(PageError::new(path, 1, "expected a `# <title>` heading"));
        }
        if !self.seen_params {
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
        if !self.seen_response {
            return Err(PageError::new(path, 0, "expected a `## 请求响应` section"));
        }
        page.response = Some(self.response);
        Ok(page)
    }
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
    let columns = header_columns(
        path,
        line,
        header.iter().map(Cell::to_plain),
        "名称, 类型, 是否必填, 默认值, 描述 or 示例值",
    )?;
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
