//! The report: the docs' own inconsistencies and everything the import left out or decided,
//! grouped by kind with counts and file names (`cargo xtask import --report`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// What kind of problem or decision a finding records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    TypeVersusExample,
    RequiredFieldNotInExample,
    ArrayShownAsStringOrObject,
    MissingFieldName,
    EnumListsDiffer,
    MethodOnTwoPages,
    PageWithoutMethodName,
    MethodWithoutRoute,
    AuthenticationPage,
    RouteByOverride,
    DtoDefinedDifferently,
    EnumNameClash,
    ArrayWithoutItemType,
    DataArrayWithoutItemType,
    MissingType,
    UndefinedType,
    ResponseNotEnvelope,
    InvalidExampleResponse,
    InvalidDefault,
    CellSplitByPipe,
    RowOverSeveralLines,
    DuplicateRow,
    EnumOnNonString,
    UnusedStructure,
    SkippedByOverride,
    SkippedContent,
    RequiredMayBeOmitted,
    KeptRequired,
    SecretByName,
    EnumFromFactory,
    ReservedTypeName,
}

impl Kind {
    pub const ALL: [Kind; 31] = [
        Kind::TypeVersusExample,
        Kind::RequiredFieldNotInExample,
        Kind::ArrayShownAsStringOrObject,
        Kind::MissingFieldName,
        Kind::EnumListsDiffer,
        Kind::MethodOnTwoPages,
        Kind::PageWithoutMethodName,
        Kind::MethodWithoutRoute,
        Kind::AuthenticationPage,
        Kind::RouteByOverride,
        Kind::DtoDefinedDifferently,
        Kind::EnumNameClash,
        Kind::ArrayWithoutItemType,
        Kind::DataArrayWithoutItemType,
        Kind::MissingType,
        Kind::UndefinedType,
        Kind::ResponseNotEnvelope,
        Kind::InvalidExampleResponse,
        Kind::InvalidDefault,
        Kind::CellSplitByPipe,
        Kind::RowOverSeveralLines,
        Kind::DuplicateRow,
        Kind::EnumOnNonString,
        Kind::UnusedStructure,
        Kind::SkippedByOverride,
        Kind::SkippedContent,
        Kind::RequiredMayBeOmitted,
        Kind::KeptRequired,
        Kind::SecretByName,
        Kind::EnumFromFactory,
        Kind::ReservedTypeName,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Kind::TypeVersusExample => "type column versus example",
            Kind::RequiredFieldNotInExample => "required fields missing from the example response",
            Kind::ArrayShownAsStringOrObject => "array shown as string or object",
            Kind::MissingFieldName => "missing field names",
            Kind::EnumListsDiffer => "enum lists that differ between pages for the same parameter",
            Kind::MethodOnTwoPages => "methods on two pages",
            Kind::PageWithoutMethodName => "pages without a method name",
            Kind::MethodWithoutRoute => "methods without a route",
            Kind::AuthenticationPage => "end-user pages among the management pages, left out",
            Kind::RouteByOverride => "routes the routes table lacks, from an override",
            Kind::DtoDefinedDifferently => "data structures defined differently on two pages",
            Kind::EnumNameClash => "inline enums whose natural name was taken",
            Kind::ArrayWithoutItemType => "arrays without an item type",
            Kind::DataArrayWithoutItemType => "response data arrays without an item type",
            Kind::MissingType => "empty or unknown type cells",
            Kind::UndefinedType => "references to undefined data structures",
            Kind::ResponseNotEnvelope => "responses documented without the envelope",
            Kind::InvalidExampleResponse => "example responses that are not JSON",
            Kind::InvalidDefault => "defaults that are not valid values",
            Kind::CellSplitByPipe => "cells split by an unescaped pipe character",
            Kind::RowOverSeveralLines => "table rows written over several lines",
            Kind::DuplicateRow => "rows documented twice in one table",
            Kind::EnumOnNonString => "value lists on fields that are not strings",
            Kind::UnusedStructure => "data structures no endpoint uses",
            Kind::SkippedByOverride => "pages left out by an override",
            Kind::SkippedContent => "page content the importer does not use",
            Kind::RequiredMayBeOmitted => {
                "required response fields a server may leave out (decoding policy)"
            }
            Kind::KeptRequired => "required response fields that stay required (decoding policy)",
            Kind::SecretByName => "fields marked secret by their name",
            Kind::EnumFromFactory => "enum values taken from the docs factory's OpenAPI",
            Kind::ReservedTypeName => "types named like Rust's prelude, renamed",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            Kind::TypeVersusExample => "An example (in a table or the example response) does not fit the table's type. The spec keeps the table's type; a table example that does not fit is not kept.",
            Kind::RequiredFieldNotInExample => "The table marks a field required (是) but the example response leaves it out. The spec makes such a field optional, since a response cannot be relied on to carry it, unless an override (`required`) says otherwise.",
            Kind::ArrayShownAsStringOrObject => "The table says array but the example shows a JSON-encoded string or a single object. The spec keeps the table's type.",
            Kind::MissingFieldName => "A table row lost its name cell. The row is left out unless an override (`dto`, `row`, `name`) names it.",
            Kind::EnumListsDiffer => "The same parameter name lists different values on different pages.",
            Kind::MethodOnTwoPages => "Two pages document the same method; an override (`skip`) says which page is left out.",
            Kind::PageWithoutMethodName => "The page has no `方法名称`; it is matched by its file name or an override (`method`), or left out.",
            Kind::MethodWithoutRoute => "The routes table has no such method, so there is no HTTP method or path; the page is left out.",
            Kind::AuthenticationPage => "A page among the management pages documents a method the routes table has only on the end-user client; the pages under `authentication/` are the source of end-user methods, so this copy is left out.",
            Kind::RouteByOverride => "The routes table (keyed by client and method) has no row for the method on the page's client; an override (`route`) gives the HTTP method and path, with its source.",
            Kind::DtoDefinedDifferently => "Pages give different fields, types or values for one data structure; an override (`use_page`) decides.",
            Kind::EnumNameClash => "Two different value lists wanted the same enum name; the later one got a qualified name.",
            Kind::ArrayWithoutItemType => "The type cell says `array` and names no item type. The item type is taken from the example when all its items are of one scalar kind, else `json`.",
            Kind::DataArrayWithoutItemType => "The response `data` is an `array` with no item type; it is `array<json>` unless an override (`data`) says what it holds.",
            Kind::MissingType => "The type cell is empty or not a known type; the `嵌套类型` reference is used when there is one, else `json`.",
            Kind::UndefinedType => "A type is referenced that no imported page defines; the field is `json`.",
            Kind::ResponseNotEnvelope => "The response table lists a type's fields instead of the `statusCode`/`data` envelope; `data` is `json` unless an override says otherwise.",
            Kind::InvalidExampleResponse => "The example response is not valid JSON; it is left out of the spec.",
            Kind::InvalidDefault => "The default cell is not a valid value of the type; it is left out (defaults are documentation only).",
            Kind::CellSplitByPipe => "A `|` inside a cell split the row; the text past the last column is not imported.",
            Kind::RowOverSeveralLines => "A cell holds raw line breaks (a multi-line code span), which ends a markdown table; the lines are joined back into one row.",
            Kind::DuplicateRow => "A table lists the same name twice; the first row is kept.",
            Kind::EnumOnNonString => "A value list on a number or boolean field; the spec keeps the plain type.",
            Kind::UnusedStructure => "A data structure on an imported page that no imported endpoint reaches; not written.",
            Kind::SkippedByOverride => "An override (`skip`) leaves the page out.",
            Kind::SkippedContent => "Sections, code samples and other blocks that are not part of the spec.",
            Kind::RequiredMayBeOmitted => "The table marks a field of a response-only type (one no request sends) required, but servers of other versions leave fields out (the seed pages' responses lack fields the current pages require; new fields reach the docs before every server sends them). The spec makes it optional: absent decodes as `None`, never as a stand-in `false`, `0` or `\"\"`. An override (`required`) says otherwise.",
            Kind::KeptRequired => "A field of a response-only type the table marks required that the decoding policy keeps required: an identifier (the last word of its name is `id`), the only field of its type, or a list (an absent list decodes as empty). A response lacking an identifier or an only field is an `Error::Decode` naming the field.",
            Kind::SecretByName => "A string or free-form JSON field whose name ends in a credential word (password, secret, token, private key, API key, AES key, recovery code, ...: `spec_model::field_rules::CREDENTIAL_ENDINGS`). The SDK redacts it from every `Debug`; an override (`secret: false`) unmarks it, with a reason.",
            Kind::EnumFromFactory => "A string parameter or field whose page lists no values, while the docs factory's OpenAPI (the document the pages are rendered from) types it as an enum: the pages never print a schema's enum, so its values are taken from there (without meanings: the OpenAPI has none) and it becomes an enum like any other (same naming and sharing rules; unknown values kept).",
            Kind::ReservedTypeName => "A type the docs name like an item of Rust's prelude (`Result`, `Option`, ...: `spec_model::names::RESERVED_TYPE_NAMES`): generated code writes values in prelude form (`Some(x)`, `Ok(x)`, `x.into()`), so in its module such a type would shadow the prelude's item. It is named with `Dto` added, everywhere it is referred to.",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub kind: Kind,
    /// Page path relative to the docs root (or another file).
    pub file: String,
    /// 1-based; 0 for the page as a whole.
    pub line: usize,
    pub detail: String,
}

/// Everything found during an import.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Routes an official SDK calls that no source could make a method of, with the reason
    /// (listed in `docs/fidelity-report.md`).
    pub left_out: Vec<LeftOut>,
    /// Pages read, pages imported, endpoints, types (for the summary).
    pub pages: usize,
    pub imported: usize,
    pub endpoints: usize,
    pub types: usize,
}

/// A route an official SDK calls that has no method here, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LeftOut {
    pub client: crate::routes::Client,
    /// The official name (the routes table's, or the Node SDK's in snake_case).
    pub method: String,
    pub http_method: spec_model::spec::HttpMethod,
    pub path: String,
    pub seen_in: Vec<String>,
    pub reason: String,
}

impl Report {
    /// One line: pages read and imported, endpoints and types written, findings.
    pub fn summary(&self) -> String {
        format!(
            "{} pages read, {} imported: {} endpoints, {} types, {} findings in the docs",
            self.pages,
            self.imported,
            self.endpoints,
            self.types,
            self.findings.len()
        )
    }

    pub fn add(&mut self, kind: Kind, file: &str, line: usize, detail: impl Into<String>) {
        self.findings.push(Finding {
            kind,
            file: file.to_string(),
            line,
            detail: detail.into(),
        });
    }

    pub fn count(&self, kind: Kind) -> usize {
        self.findings.iter().filter(|f| f.kind == kind).count()
    }

    /// Sorts and removes exact duplicates (so output never depends on processing order).
    pub fn normalize(&mut self) {
        self.findings.sort();
        self.findings.dedup();
        self.left_out.sort();
        self.left_out.dedup();
    }

    /// The report as Markdown: a summary table, then each kind with its findings.
    pub fn to_markdown(&self, docs: &str) -> String {
        let mut by_kind: BTreeMap<Kind, Vec<&Finding>> = BTreeMap::new();
        for f in &self.findings {
            by_kind.entry(f.kind).or_default().push(f);
        }
        let mut out = String::new();
        let _ = writeln!(out, "# Import report\n");
        let _ = writeln!(
            out,
            "Generated by `cargo xtask regenerate` (printed by `cargo xtask import --report`) from \
             {docs}: {} pages read, {} imported, \
             {} endpoints and {} types written. Each kind below lists what the docs got wrong or \
             left open, and what the import did about it.\n",
            self.pages, self.imported, self.endpoints, self.types
        );
        let _ = writeln!(
            out,
            "`cargo xtask import --docs <dir>` writes `spec/` from the pages, `--check` fails with a \
             diff when the committed spec differs, and `spec/overrides.yaml` holds the facts that \
             settle or correct the pages (each with its reason). `cargo test` fails when this file \
             is stale: `cargo xtask regenerate` writes it again.\n"
        );
        let _ = writeln!(out, "| kind | findings | pages |");
        let _ = writeln!(out, "|---|---:|---:|");
        for kind in Kind::ALL {
            let list = by_kind.get(&kind).map(Vec::as_slice).unwrap_or_default();
            let files: BTreeSet<&str> = list.iter().map(|f| f.file.as_str()).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                kind.title(),
                list.len(),
                files.len()
            );
        }
        for kind in Kind::ALL {
            let Some(list) = by_kind.get(&kind) else {
                continue;
            };
            let _ = writeln!(out, "\n## {} ({})\n", kind.title(), list.len());
            let _ = writeln!(out, "{}\n", kind.explanation());
            for f in list {
                let at = if f.line == 0 {
                    f.file.clone()
                } else {
                    format!("{}:{}", f.file, f.line)
                };
                let _ = writeln!(out, "- `{at}`: {}", f.detail.replace('\n', " "));
            }
        }
        out
    }
}
