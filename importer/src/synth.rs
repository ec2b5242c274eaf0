//! Pages made from the other sources: an operation the docs factory's OpenAPI or the official
//! Node SDK describes, written into the [`Page`] model the docs pages are read into, so every
//! rule of the import (decode policy, secret rule, paging, enums, docs, overrides) applies to it
//! unchanged. The OpenAPI and Node readers fill an [`Operation`]; [`Operation::page`] does the
//! rest.

use crate::page::{Cell, Column, Inline, Located, Page, ResponseSection, Row, Structure, Table};

/// A field's type as a source states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    String,
    Integer,
    Number,
    Boolean,
    /// A free-form JSON object (or a value of no stated type).
    Object,
    /// A data structure of the source.
    Named(String),
    Array(Box<FieldType>),
}

impl FieldType {
    /// The named structure this type refers to (directly or as a list's items).
    pub fn named(&self) -> Option<&str> {
        match self {
            FieldType::Named(n) => Some(n),
            FieldType::Array(inner) => inner.named(),
            _ => None,
        }
    }

    /// The type cell as the docs pages write it.
    fn cell(&self) -> Cell {
        match self {
            FieldType::Named(name) => Cell(vec![
                Inline::Html(format!("<a href=\"#{name}\">")),
                Inline::Text(name.clone()),
                Inline::Html("</a>".into()),
            ]),
            FieldType::Array(inner) => match inner.as_ref() {
                FieldType::Named(_) => {
                    let mut cell = inner.cell();
                    cell.0.push(Inline::Text("[]".into()));
                    cell
                }
                FieldType::Array(_) | FieldType::Object => Cell::text("array"),
                scalar => Cell::text(&format!("{}[]", scalar.word())),
            },
            other => Cell::text(other.word()),
        }
    }

    fn word(&self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
            FieldType::Boolean => "boolean",
            FieldType::Object | FieldType::Named(_) => "object",
            FieldType::Array(_) => "array",
        }
    }
}

/// A parameter or a structure's field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub ty: FieldType,
    pub required: bool,
    pub default: Option<String>,
    pub description: Option<String>,
    /// The values of a string enum (or of a list of them).
    pub values: Vec<String>,
    pub example: Option<String>,
}

/// One operation of a source, with everything its page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    /// The page's path: the client's prefix, a group folder, then the source's own name of the
    /// operation (see [`crate::AUTH_PREFIX`]).
    pub path: String,
    pub title: String,
    pub description: Option<String>,
    /// `ManagementClient` or `AuthenticationClient`.
    pub class: &'static str,
    pub method: String,
    pub params: Vec<Field>,
    /// The response envelope's type name and its members (`statusCode`, ..., `data`).
    pub envelope: Option<(String, Vec<Field>)>,
    /// The example response, as JSON text.
    pub example: Option<String>,
    /// The data structures the parameters and the response refer to, by name.
    pub structures: Vec<(String, Vec<Field>)>,
}

impl Operation {
    /// The operation as a docs page. Lines count the rows, so a report can still point at one.
    pub fn page(&self) -> Page {
        let mut line = 0;
        let mut next = || {
            line += 1;
            line
        };
        let params_columns = vec![
            Column::Name,
            Column::Type,
            Column::Required,
            Column::Default,
            Column::Description,
            Column::Example,
        ];
        let title_line = next();
        let method_line = next();
        let params = Table {
            line: next(),
            rows: self.params.iter().map(|f| row(f, next(), true)).collect(),
            columns: params_columns,
        };
        let response = self.envelope.as_ref().map(|(name, members)| {
            let at = next();
            ResponseSection {
                line: at,
                type_name: Some(Located {
                    value: name.clone(),
                    line: at,
                }),
                table: Some(Table {
                    line: at,
                    columns: vec![Column::Name, Column::Type, Column::Description],
                    rows: members.iter().map(|f| row(f, next(), false)).collect(),
                }),
                example: self.example.as_ref().map(|e| Located {
                    value: e.clone(),
                    line: next(),
                }),
            }
        });
        let structures = self
            .structures
            .iter()
            .map(|(name, fields)| {
                let at = next();
                Structure {
                    name: name.clone(),
                    line: at,
                    table: Table {
                        line: at,
                        columns: vec![
                            Column::Name,
                            Column::Type,
                            Column::Required,
                            Column::Description,
                            Column::Example,
                        ],
                        rows: fields.iter().map(|f| row(f, next(), true)).collect(),
                    },
                }
            })
            .collect();
        Page {
            path: self.path.clone(),
            title: Some(Located {
                value: self.title.clone(),
                line: title_line,
            }),
            description: self.description.clone(),
            method: Some(Located {
                value: self.method.clone(),
                line: method_line,
            }),
            client: Some(self.class.to_string()),
            params: Some(params),
            response,
            structures,
            ..Page::default()
        }
    }
}

/// A table row for a field; `full` rows have the required/default/example cells.
fn row(f: &Field, line: usize, full: bool) -> Row {
    let mut description = Vec::new();
    if let Some(d) = &f.description {
        // One line: a break inside a description would start a new paragraph of it.
        description.push(Inline::Text(d.replace(['\n', '\r'], " ")));
    }
    for v in &f.values {
        description.push(Inline::Break);
        description.push(Inline::Text("- ".into()));
        description.push(Inline::Code(v.clone()));
    }
    let mut cells = vec![
        (Column::Name, Cell::text(&f.name)),
        (Column::Type, f.ty.cell()),
    ];
    if full {
        let required = if f.required { "是" } else { "否" };
        cells.push((Column::Required, Cell::text(required)));
        cells.push((
            Column::Default,
            Cell::text(f.default.as_deref().unwrap_or("-")),
        ));
    }
    cells.push((Column::Description, Cell(description)));
    if full {
        let example = f
            .example
            .as_ref()
            .map(|e| Cell(vec![Inline::Code(e.clone())]))
            .unwrap_or_default();
        cells.push((Column::Example, example));
    }
    Row {
        line,
        cells,
        extra: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{read_row, RawType};

    fn field(name: &str, ty: FieldType) -> Field {
        Field {
            name: name.into(),
            ty,
            required: true,
            default: None,
            description: Some("说明\n第二行".into()),
            values: Vec::new(),
            example: None,
        }
    }

    #[test]
    fn rows_read_back_as_the_docs_pages_write_them() {
        let mut kind = field("kind", FieldType::String);
        kind.values = vec!["A".into(), "B".into()];
        kind.required = false;
        kind.default = Some("A".into());
        let op = Operation {
            path: "管理多租户/x.openapi".into(),
            title: "T".into(),
            description: None,
            class: "ManagementClient",
            method: "update_tenant".into(),
            params: vec![
                kind,
                field("ids", FieldType::Array(Box::new(FieldType::String))),
                field(
                    "items",
                    FieldType::Array(Box::new(FieldType::Named("Item".into()))),
                ),
            ],
            envelope: Some((
                "Resp".into(),
                vec![field("data", FieldType::Named("Item".into()))],
            )),
            example: None,
            structures: vec![("Item".into(), vec![field("n", FieldType::Integer)])],
        };
        let page = op.page();
        let rows: Vec<_> = page.params.unwrap().rows.iter().map(read_row).collect();
        assert_eq!(rows[0].ty, RawType::String);
        assert!(!rows[0].required);
        assert_eq!(rows[0].default.as_deref(), Some("A"));
        let values: Vec<&str> = rows[0].values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["A", "B"]);
        assert_eq!(rows[0].description.as_deref(), Some("说明 第二行"));
        assert_eq!(rows[1].ty, RawType::Array(Some(Box::new(RawType::String))));
        assert_eq!(
            rows[2].ty,
            RawType::Array(Some(Box::new(RawType::Named("Item".into()))))
        );
        let resp = page.response.unwrap();
        assert_eq!(resp.type_name.unwrap().value, "Resp");
        let data = read_row(&resp.table.unwrap().rows[0]);
        assert_eq!(data.ty, RawType::Named("Item".into()));
        assert_eq!(page.structures[0].name, "Item");
        assert_eq!(page.method.unwrap().value, "update_tenant");
    }
}
