//! Assembling the spec from parsed pages: choose the pages (routes, clients, duplicates), resolve
//! types and data structures, apply the overrides, name the inline enums, check the examples.

use std::collections::{BTreeMap, BTreeSet};

use codegen::spec::{
    unspanned, Endpoint, EnumValue, Field, Http, ParamsIn, Response, TypeDef, TypeKind,
};
use codegen::types::TypeExpr;
use serde_json::Value;

use codegen::field_rules::{self, is_credential_name, keeps_required, KeptRequired};

use crate::enums::{name_enums, Owner, Site};
use crate::fields::{read_row, DocValue, FieldDoc, RawType};
use crate::groups;
use crate::overrides::{Entry, Overrides};
use crate::page::{Page, PageError, Structure};
use crate::report::{Kind, Report};
use crate::routes::{Client, Route, Routes};

/// A page's path (relative to the docs root, `/`-separated) and text.
#[derive(Debug, Clone)]
pub struct SourcePage {
    pub path: String,
    pub text: String,
}

/// The spec an import produces.
#[derive(Debug, Clone, Default)]
pub struct Assembled {
    pub endpoints: Vec<Endpoint>,
    pub types: Vec<TypeDef>,
}

/// The result of an import: the spec (when there were no errors), the report, and the errors.
#[derive(Debug, Clone, Default)]
pub struct Run {
    pub spec: Option<Assembled>,
    pub report: Report,
    pub errors: Vec<String>,
}

/// Parses a page in whichever format it is written.
pub fn parse_page(path: &str, text: &str) -> Result<Page, PageError> {
    if crate::web::is_web_page(text) {
        crate::web::parse(path, text)
    } else {
        crate::markdown::parse(path, text)
    }
}

/// A type while the spec is assembled (inline enums are still sites, not names).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ty {
    String,
    Integer,
    Number,
    Boolean,
    Json,
    Named(String),
    /// A string with a documented value list, not yet a site.
    Inline,
    /// An inline enum site (index into the sites).
    Enum(usize),
    Array(Box<Ty>),
    Map(Box<Ty>),
}

impl Ty {
    fn contains_inline(&self) -> bool {
        match self {
            Ty::Inline => true,
            Ty::Array(t) | Ty::Map(t) => t.contains_inline(),
            _ => false,
        }
    }

    fn replace_inline(&self, with: &Ty) -> Ty {
        match self {
            Ty::Inline => with.clone(),
            Ty::Array(t) => Ty::Array(Box::new(t.replace_inline(with))),
            Ty::Map(t) => Ty::Map(Box::new(t.replace_inline(with))),
            other => other.clone(),
        }
    }

    /// `string` or `array<string>`: a field an enum can replace.
    fn stringish(&self) -> bool {
        match self {
            Ty::String | Ty::Inline => true,
            Ty::Array(t) => t.stringish(),
            _ => false,
        }
    }

    fn replace_string(&self, with: &Ty) -> Ty {
        match self {
            Ty::String | Ty::Inline => with.clone(),
            Ty::Array(t) => Ty::Array(Box::new(t.replace_string(with))),
            other => other.clone(),
        }
    }
}

/// A field or parameter while the spec is assembled.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    line: usize,
    ty: Ty,
    required: bool,
    /// An override set `required`: the rule for fields absent from examples does not apply.
    required_by_override: bool,
    default: Option<String>,
    description: Option<String>,
    example: Option<String>,
    secret: bool,
    /// An override set `secret`: the credential-name rule does not apply.
    secret_by_override: bool,
}

#[derive(Debug, Clone)]
struct DtoDraft {
    page: String,
    fields: Vec<Draft>,
    sources: BTreeSet<String>,
}

#[derive(Debug, Clone)]
struct EndpointDraft {
    page: Page,
    method: String,
    route: Route,
    group: String,
    params: Vec<Draft>,
    envelope: String,
    data: Option<Ty>,
    example: Option<(usize, String)>,
    idempotent: bool,
}

/// Where a field is being read.
#[derive(Debug, Clone)]
enum Ctx {
    Param { endpoint: String, page: String },
    Field { dto: String, page: String },
    Data { endpoint: String, page: String },
}

impl Ctx {
    fn page(&self) -> &str {
        match self {
            Ctx::Param { page, .. } | Ctx::Field { page, .. } | Ctx::Data { page, .. } => page,
        }
    }

    fn owner(&self, name: &str) -> String {
        match self {
            Ctx::Param { endpoint, .. } => format!("{endpoint}({name})"),
            Ctx::Field { dto, .. } => format!("{dto}.{name}"),
            Ctx::Data { endpoint, .. } => format!("{endpoint} data"),
        }
    }
}

struct Assembler<'a> {
    routes: &'a Routes,
    ov: &'a mut Overrides,
    report: Report,
    errors: Vec<String>,
    /// Data structures of the imported pages: name -> (page, structure), in page order.
    pool: BTreeMap<String, Vec<(String, Structure)>>,
    needed: BTreeSet<String>,
    dtos: BTreeMap<String, DtoDraft>,
    sites: Vec<Site>,
}

/// Runs the whole import over already-read pages.
pub fn assemble(sources: &[SourcePage], routes: &Routes, ov: &mut Overrides) -> Run {
    let mut a = Assembler {
        routes,
        ov,
        report: Report::default(),
        errors: Vec::new(),
        pool: BTreeMap::new(),
        needed: BTreeSet::new(),
        dtos: BTreeMap::new(),
        sites: Vec::new(),
    };
    a.report.pages = sources.len();
    let selected = a.select_pages(sources);
    a.report.imported = selected.len();
    for page in &selected {
        for s in &page.page.structures {
            a.pool
                .entry(s.name.clone())
                .or_default()
                .push((page.page.path.clone(), s.clone()));
        }
    }
    a.add_bare_response_types(&selected);
    let mut endpoints: Vec<EndpointDraft> = selected.into_iter().map(|p| a.endpoint(p)).collect();
    endpoints.sort_by(|x, y| x.method.cmp(&y.method));
    a.resolve_needed();
    a.report_unused_structures();
    let spec = a.build(&endpoints);
    for e in a.ov.unused() {
        a.errors.push(e.to_string());
    }
    a.report.normalize();
    let errors = std::mem::take(&mut a.errors);
    Run {
        spec: if errors.is_empty() { spec } else { None },
        report: a.report,
        errors,
    }
}

fn page_is(e: &Entry, path: &str) -> bool {
    e.page.as_ref().is_some_and(|p| p.value == path)
}

fn is(s: &Option<codegen::spec::S<String>>, v: &str) -> bool {
    s.as_ref().is_some_and(|s| s.value == v)
}

struct Selected {
    page: Page,
    method: String,
    route: Route,
    group: String,
}

impl Assembler<'_> {
    fn select_pages(&mut self, sources: &[SourcePage]) -> Vec<Selected> {
        // Parse everything (pages an override skips too, so duplicates are still reported).
        let mut parsed: Vec<(Page, bool)> = Vec::new();
        for source in sources {
            let skip = self
                .ov
                .find(|e| page_is(e, &source.path) && e.skip.as_ref().is_some_and(|s| s.value));
            let result = parse_page(&source.path, &source.text);
            match (skip, result) {
                (Some(entry), result) => {
                    self.report.add(
                        Kind::SkippedByOverride,
                        &source.path,
                        0,
                        entry.reason.value.clone(),
                    );
                    if let Ok(page) = result {
                        parsed.push((page, true));
                    }
                }
                (None, Ok(page)) => parsed.push((page, false)),
                (None, Err(e)) => self.errors.push(e.to_string()),
            }
        }

        let mut by_method: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
        let mut chosen = Vec::new();
        for (page, skipped) in parsed {
            let Some(method) = self.method_of(&page, !skipped) else {
                continue;
            };
            by_method
                .entry(method.clone())
                .or_default()
                .push((page.path.clone(), skipped));
            if skipped {
                continue;
            }
            let Some(route) = self.routes.get(&method) else {
                let line = page.method.as_ref().map_or(0, |m| m.line);
                self.report.add(
                    Kind::MethodWithoutRoute,
                    &page.path,
                    line,
                    format!("`{method}` is not in the routes table; left out"),
                );
                continue;
            };
            if route.client == Client::Authentication {
                self.report.add(
                    Kind::AuthenticationPage,
                    &page.path,
                    0,
                    format!("`{method}` ({} {})", route.http_method.as_str(), route.path),
                );
                continue;
            }
            let Some(group) = self.group_of(&page) else {
                continue;
            };
            for s in &page.skipped {
                self.report
                    .add(Kind::SkippedContent, &page.path, s.line, s.what.clone());
            }
            for (line, count) in &page.joined_rows {
                self.report.add(
                    Kind::RowOverSeveralLines,
                    &page.path,
                    *line,
                    format!("a table row written over {count} lines; joined"),
                );
            }
            chosen.push(Selected {
                route: route.clone(),
                method,
                page,
                group,
            });
        }
        for (method, pages) in &by_method {
            if pages.len() < 2 {
                continue;
            }
            let names: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
            for (p, _) in pages {
                self.report.add(
                    Kind::MethodOnTwoPages,
                    p,
                    0,
                    format!("`{method}` is documented on {}", names.join(" and ")),
                );
            }
            let kept: Vec<&str> = pages
                .iter()
                .filter(|(_, skipped)| !skipped)
                .map(|(p, _)| p.as_str())
                .collect();
            if kept.len() > 1 && chosen.iter().any(|s| s.method == *method) {
                self.errors.push(format!(
                    "method `{method}` is documented on {}: add an override `skip: true` (with a reason) for all but one",
                    kept.join(" and ")
                ));
            }
        }
        chosen
    }

    /// The method a page documents: an override, the page's `方法名称`, or its file name.
    fn method_of(&mut self, page: &Page, report: bool) -> Option<String> {
        if let Some(e) = self
            .ov
            .find(|e| page_is(e, &page.path) && e.method.is_some())
        {
            let method = e.method.map(|m| m.value).unwrap_or_default();
            if page.method.is_none() && report {
                self.report.add(
                    Kind::PageWithoutMethodName,
                    &page.path,
                    0,
                    format!("named `{method}` by an override"),
                );
            }
            return Some(method);
        }
        if let Some(m) = &page.method {
            return Some(m.value.clone());
        }
        let stem = page
            .path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .split('.')
            .next()
            .unwrap_or_default()
            .trim_matches('-')
            .replace('-', "_");
        if self.routes.contains_key(&stem) {
            if report {
                self.report.add(
                    Kind::PageWithoutMethodName,
                    &page.path,
                    0,
                    format!("matched by its file name to `{stem}`"),
                );
            }
            return Some(stem);
        }
        if report {
            let hint = if page.sample_calls.is_empty() {
                String::new()
            } else {
                format!(
                    "; its sample code calls `{}`, which the routes table does not list",
                    page.sample_calls.join("`, `")
                )
            };
            self.report.add(
                Kind::PageWithoutMethodName,
                &page.path,
                0,
                format!("no route matches its file name (`{stem}`){hint}; left out"),
            );
            for call in &page.sample_calls {
                if !self.routes.contains_key(call) {
                    self.report.add(
                        Kind::MethodWithoutRoute,
                        &page.path,
                        0,
                        format!("`{call}` (named only by the sample code) is not in the routes table; left out"),
                    );
                }
            }
        }
        None
    }

    fn group_of(&mut self, page: &Page) -> Option<String> {
        if let Some(e) = self
            .ov
            .find(|e| page_is(e, &page.path) && e.group.is_some())
        {
            return e.group.map(|g| g.value);
        }
        match groups::folder_of(&page.path) {
            Some(folder) => match groups::slug(folder) {
                Some(slug) => Some(slug.to_string()),
                None => {
                    self.errors.push(format!(
                        "{}: group folder `{folder}` has no slug: add it to the table in importer/src/groups.rs",
                        page.path
                    ));
                    None
                }
            },
            None => {
                self.errors.push(format!(
                    "{}: the page is not in a group folder: add an override `group: <slug>` for it",
                    page.path
                ));
                None
            }
        }
    }

    /// Response tables that list a type's fields instead of the envelope become structures
    /// (named by `类型：`), so an override can make them the `data` type.
    fn add_bare_response_types(&mut self, selected: &[Selected]) {
        for s in selected {
            let Some(resp) = &s.page.response else {
                continue;
            };
            let (Some(table), Some(name)) = (&resp.table, &resp.type_name) else {
                continue;
            };
            let bare = !table.rows.is_empty()
                && !table.rows.iter().any(|r| {
                    let name = read_row(r).name;
                    name == "statusCode" || name == "data"
                });
            if bare && codegen::types::is_type_name(&name.value) {
                let defs = self.pool.entry(name.value.clone()).or_default();
                if defs.is_empty() {
                    defs.push((
                        s.page.path.clone(),
                        Structure {
                            name: name.value.clone(),
                            line: name.line,
                            table: table.clone(),
                        },
                    ));
                }
            }
        }
    }

    fn endpoint(&mut self, s: Selected) -> EndpointDraft {
        let page_path = s.page.path.clone();
        let ctx = Ctx::Param {
            endpoint: s.method.clone(),
            page: page_path.clone(),
        };
        let mut params = Vec::new();
        if let Some(table) = &s.page.params {
            let docs: Vec<FieldDoc> = table.rows.iter().map(read_row).collect();
            params = self.drafts(&ctx, docs, &format!("parameters of `{}`", s.method));
        }
        let (envelope, data, mut example) = self.response(&s);
        let drop_example = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.drop_example.is_some())
            .is_some_and(|e| e.drop_example.is_some_and(|d| d.value));
        if drop_example {
            example = None;
        }
        let idempotent = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.idempotent.is_some())
            .and_then(|e| e.idempotent.map(|i| i.value))
            .unwrap_or(false);
        EndpointDraft {
            page: s.page,
            method: s.method,
            route: s.route,
            group: s.group,
            params,
            envelope,
            data,
            example,
            idempotent,
        }
    }

    /// Drafts for a table's rows: rows without names are reported and left out, duplicates
    /// are reported and the first kept.
    fn drafts(&mut self, ctx: &Ctx, docs: Vec<FieldDoc>, what: &str) -> Vec<Draft> {
        let mut out: Vec<Draft> = Vec::new();
        for doc in docs {
            if doc.name.is_empty() {
                self.report.add(
                    Kind::MissingFieldName,
                    ctx.page(),
                    doc.line,
                    format!("a row of the {what} has no name; left out"),
                );
                continue;
            }
            if out.iter().any(|d| d.name == doc.name) {
                self.report.add(
                    Kind::DuplicateRow,
                    ctx.page(),
                    doc.line,
                    format!("`{}` is listed twice in the {what}", doc.name),
                );
                continue;
            }
            out.push(self.draft(ctx, &doc));
        }
        out
    }

    fn draft(&mut self, ctx: &Ctx, doc: &FieldDoc) -> Draft {
        let mut example = doc.example.clone();
        if let Some(extra) = &doc.extra {
            self.report.add(
                Kind::CellSplitByPipe,
                ctx.page(),
                doc.line,
                format!(
                    "{}: `{}` was past the last column; the example is not kept",
                    ctx.owner(&doc.name),
                    extra
                ),
            );
            example = None;
        }
        let mut ty = self.raw_type(ctx, doc, &doc.ty, true);
        let mut draft = Draft {
            name: doc.name.clone(),
            line: doc.line,
            ty: Ty::String,
            required: doc.required,
            required_by_override: false,
            default: doc.default.clone(),
            description: doc.description.clone(),
            example,
            secret: false,
            secret_by_override: false,
        };
        let entries = self.ov.take(|e| targets(e, ctx, &doc.name));
        let mut add_values: Vec<String> = Vec::new();
        let mut rename = None;
        let mut shared = None;
        let mut site_entries: Vec<Entry> = Vec::new();
        for (_, e) in entries {
            if let Some(t) = &e.ty {
                ty = self.type_from_expr(&e, &t.value);
            }
            if let Some(r) = &e.required {
                draft.required = r.value;
                draft.required_by_override = true;
            }
            if let Some(s) = &e.secret {
                draft.secret = s.value;
                draft.secret_by_override = true;
            }
            if let Some(values) = &e.add_values {
                add_values.extend(values.iter().map(|v| v.value.clone()));
                site_entries.push(e.clone());
            }
            if let Some(r) = &e.rename_enum {
                rename = Some(r.value.clone());
                site_entries.push(e.clone());
            }
            if let Some(s) = &e.shared_enum {
                shared = Some(s.value.clone());
                site_entries.push(e.clone());
            }
        }
        if shared.is_some() && !ty.contains_inline() {
            if ty.stringish() {
                ty = ty.replace_string(&Ty::Inline);
            } else if let Some(e) = site_entries.first() {
                self.errors.push(
                    self.ov
                        .error(e, format!("{} is not a string field", ctx.owner(&doc.name)))
                        .to_string(),
                );
            }
        }
        if ty.contains_inline() {
            let mut values = doc.values.clone();
            let before = values.len();
            for v in &add_values {
                if !values.iter().any(|x| &x.value == v) {
                    values.push(DocValue {
                        value: v.clone(),
                        description: None,
                    });
                }
            }
            if !add_values.is_empty() && values.len() == before && shared.is_none() {
                if let Some(e) = site_entries.iter().find(|e| e.add_values.is_some()) {
                    self.errors.push(
                        self.ov
                            .error(
                                e,
                                format!(
                                    "{} already documents every value in `add_values`",
                                    ctx.owner(&doc.name)
                                ),
                            )
                            .to_string(),
                    );
                }
            }
            let owner = match ctx {
                Ctx::Param { endpoint, .. } | Ctx::Data { endpoint, .. } => Owner::Param {
                    endpoint: endpoint.clone(),
                    param: doc.name.clone(),
                },
                Ctx::Field { dto, .. } => Owner::Field {
                    dto: dto.clone(),
                    field: doc.name.clone(),
                },
            };
            self.sites.push(Site {
                owner,
                page: ctx.page().to_string(),
                line: doc.line,
                values,
                description: doc.description.clone(),
                rename,
                shared,
            });
            ty = ty.replace_inline(&Ty::Enum(self.sites.len() - 1));
        } else if let Some(e) = site_entries.first() {
            self.errors.push(
                self.ov
                    .error(
                        e,
                        format!(
                            "{} has no value list, so it has no enum to change",
                            ctx.owner(&doc.name)
                        ),
                    )
                    .to_string(),
            );
        }
        draft.ty = ty;
        draft
    }

    /// The type a type cell means (with the row's `嵌套类型`, values and example).
    fn raw_type(&mut self, ctx: &Ctx, doc: &FieldDoc, raw: &RawType, top: bool) -> Ty {
        let who = ctx.owner(&doc.name);
        match raw {
            RawType::String if !doc.values.is_empty() => Ty::Inline,
            RawType::String => Ty::String,
            RawType::Number | RawType::Integer | RawType::Boolean => {
                // `- true: 是` / `- false: 否` only explains a boolean; anything else is a list.
                let explains_boolean = *raw == RawType::Boolean
                    && doc
                        .values
                        .iter()
                        .all(|v| v.value == "true" || v.value == "false");
                if top && !doc.values.is_empty() && !explains_boolean {
                    let values: Vec<&str> = doc.values.iter().map(|v| v.value.as_str()).collect();
                    self.report.add(
                        Kind::EnumOnNonString,
                        ctx.page(),
                        doc.line,
                        format!(
                            "{who}: values {} listed on a non-string field",
                            values.join(", ")
                        ),
                    );
                }
                match raw {
                    RawType::Number => Ty::Number,
                    RawType::Integer => Ty::Integer,
                    _ => Ty::Boolean,
                }
            }
            RawType::Object => match &doc.nested {
                Some(n) => self.named(ctx, doc, n),
                None => Ty::Json,
            },
            RawType::Array(Some(inner)) => {
                Ty::Array(Box::new(self.raw_type(ctx, doc, inner, false)))
            }
            RawType::Array(None) => {
                if let Some(n) = &doc.nested {
                    return Ty::Array(Box::new(self.named(ctx, doc, n)));
                }
                if matches!(ctx, Ctx::Data { .. }) {
                    return Ty::Array(Box::new(Ty::Json));
                }
                let item = example_item_type(doc.example.as_deref());
                let detail = match &item {
                    Some(t) => format!("{who}: item type `{}` taken from the example", ty_name(t)),
                    None => {
                        format!("{who}: no item type and no example to take it from; `array<json>`")
                    }
                };
                self.report
                    .add(Kind::ArrayWithoutItemType, ctx.page(), doc.line, detail);
                Ty::Array(Box::new(item.unwrap_or(Ty::Json)))
            }
            RawType::Named(n) => self.named(ctx, doc, n),
            RawType::Missing | RawType::Unknown(_) => {
                let what = match raw {
                    RawType::Unknown(t) => format!("unknown type `{t}`"),
                    _ => "empty type cell".to_string(),
                };
                match &doc.nested {
                    Some(n) => {
                        self.report.add(
                            Kind::MissingType,
                            ctx.page(),
                            doc.line,
                            format!("{who}: {what}; its `嵌套类型` `{n}` is used"),
                        );
                        self.named(ctx, doc, n)
                    }
                    None => {
                        self.report.add(
                            Kind::MissingType,
                            ctx.page(),
                            doc.line,
                            format!("{who}: {what}; `json`"),
                        );
                        Ty::Json
                    }
                }
            }
        }
    }

    fn named(&mut self, ctx: &Ctx, doc: &FieldDoc, name: &str) -> Ty {
        if self.pool.contains_key(name) {
            self.needed.insert(name.to_string());
            Ty::Named(name.to_string())
        } else {
            self.report.add(
                Kind::UndefinedType,
                ctx.page(),
                doc.line,
                format!(
                    "{}: `{name}` is not defined on any imported page; `json`",
                    ctx.owner(&doc.name)
                ),
            );
            Ty::Json
        }
    }

    /// A type expression from an override.
    fn type_from_expr(&mut self, e: &Entry, text: &str) -> Ty {
        fn convert(a: &mut Assembler, e: &Entry, t: &TypeExpr) -> Ty {
            match t {
                TypeExpr::String => Ty::String,
                TypeExpr::Integer => Ty::Integer,
                TypeExpr::Number => Ty::Number,
                TypeExpr::Boolean => Ty::Boolean,
                TypeExpr::Json => Ty::Json,
                TypeExpr::Array(inner) => Ty::Array(Box::new(convert(a, e, inner))),
                TypeExpr::Map(inner) => Ty::Map(Box::new(convert(a, e, inner))),
                TypeExpr::Named(n) => {
                    if a.pool.contains_key(n) {
                        a.needed.insert(n.clone());
                    } else {
                        let err = a
                            .ov
                            .error(e, format!("type `{n}` is not defined on any imported page"));
                        a.errors.push(err.to_string());
                    }
                    Ty::Named(n.clone())
                }
            }
        }
        match TypeExpr::parse(text) {
            Ok(t) => convert(self, e, &t),
            Err(msg) => {
                let err = self.ov.error(e, msg);
                self.errors.push(err.to_string());
                Ty::Json
            }
        }
    }

    fn response(&mut self, s: &Selected) -> (String, Option<Ty>, Option<(usize, String)>) {
        let page = &s.page;
        let resp = page.response.clone().unwrap_or_default();
        let envelope = resp
            .type_name
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        let ctx = Ctx::Data {
            endpoint: s.method.clone(),
            page: page.path.clone(),
        };
        let docs: Vec<FieldDoc> = resp
            .table
            .as_ref()
            .map(|t| t.rows.iter().map(read_row).collect())
            .unwrap_or_default();
        let mut data = None;
        if docs.is_empty() {
            // No members documented: no data.
        } else if !docs
            .iter()
            .any(|d| d.name == "statusCode" || d.name == "data")
        {
            self.report.add(
                Kind::ResponseNotEnvelope,
                &page.path,
                resp.line,
                format!(
                    "`{}` lists the fields of `{envelope}` ({}) without statusCode/data; data is `json`",
                    s.method,
                    docs.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            );
            data = Some(Ty::Json);
        } else if let Some(doc) = docs.iter().find(|d| d.name == "data") {
            let ty = self.raw_type(&ctx, doc, &doc.ty, true);
            if ty == Ty::Array(Box::new(Ty::Json)) && doc.ty == RawType::Array(None) {
                let hint = match roots(page).as_slice() {
                    [one] => format!("; the page's only top-level data structure is `{one}`"),
                    _ => String::new(),
                };
                self.report.add(
                    Kind::DataArrayWithoutItemType,
                    &page.path,
                    doc.line,
                    format!("`{}` data is `array` with no item type{hint}", s.method),
                );
            }
            data = Some(ty);
        }
        if let Some(e) = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.data.is_some())
        {
            let text = e.data.as_ref().map(|d| d.value.clone()).unwrap_or_default();
            data = Some(self.type_from_expr(&e, &text));
            let settled = format!("; an override says `{text}`");
            for f in self.report.findings.iter_mut().rev() {
                if f.file == page.path
                    && matches!(
                        f.kind,
                        Kind::DataArrayWithoutItemType | Kind::ResponseNotEnvelope
                    )
                {
                    f.detail = f.detail.replace("; data is `json`", "");
                    f.detail.push_str(&settled);
                    break;
                }
            }
        }
        let example = match &resp.example {
            None => None,
            Some(ex) => match serde_json::from_str::<Value>(&ex.value) {
                Ok(_) => Some((ex.line, ex.value.trim().to_string() + "\n")),
                Err(err) => {
                    self.report.add(
                        Kind::InvalidExampleResponse,
                        &page.path,
                        ex.line,
                        format!("`{}`: {err}; left out", s.method),
                    );
                    None
                }
            },
        };
        (envelope, data, example)
    }

    fn resolve_needed(&mut self) {
        while let Some(name) = self
            .needed
            .iter()
            .find(|n| !self.dtos.contains_key(*n))
            .cloned()
        {
            self.resolve_dto(&name);
        }
    }

    fn resolve_dto(&mut self, name: &str) {
        let defs = self.pool.get(name).cloned().unwrap_or_default();
        // Placeholder first, so references back to this type do not resolve it again.
        self.dtos.insert(
            name.to_string(),
            DtoDraft {
                page: String::new(),
                fields: Vec::new(),
                sources: BTreeSet::new(),
            },
        );
        let mut read: Vec<(String, Vec<FieldDoc>)> = Vec::new();
        for (page, structure) in &defs {
            if read.iter().any(|(p, _)| p == page) {
                continue; // the same page defines it twice: the first is used
            }
            let mut docs = Vec::new();
            for (i, row) in structure.table.rows.iter().enumerate() {
                let mut doc = read_row(row);
                if doc.lost_name {
                    let n = i + 1;
                    let named = self.ov.find(|e| {
                        is(&e.dto, name)
                            && e.row.as_ref().is_some_and(|r| r.value == n)
                            && e.name.is_some()
                            && e.page.as_ref().is_none_or(|p| &p.value == page)
                    });
                    match named.and_then(|e| e.name.map(|n| n.value)) {
                        Some(field) => {
                            self.report.add(
                                Kind::MissingFieldName,
                                page,
                                doc.line,
                                format!("row {n} of `{name}` has no name; named `{field}` by an override"),
                            );
                            doc.name = field;
                        }
                        None => {
                            self.report.add(
                                Kind::MissingFieldName,
                                page,
                                doc.line,
                                format!("row {n} of `{name}` has no name; left out (an override `dto`/`row`/`name` can name it)"),
                            );
                            continue;
                        }
                    }
                }
                docs.push(doc);
            }
            read.push((page.clone(), docs));
        }
        let shapes: Vec<Vec<Shape>> = read.iter().map(|(_, docs)| shape(docs)).collect();
        let distinct: BTreeSet<&Vec<Shape>> = shapes.iter().collect();
        let mut chosen = 0;
        if distinct.len() > 1 {
            let pages: Vec<&str> = read.iter().map(|(p, _)| p.as_str()).collect();
            let differences = describe_differences(&shapes);
            let decided = self.ov.find(|e| is(&e.dto, name) && e.use_page.is_some());
            let mut detail = format!(
                "`{name}` differs between {} pages ({differences})",
                distinct.len()
            );
            match decided {
                Some(e) => {
                    let want = e.use_page.as_ref().map(|p| p.value.clone()).unwrap_or_default();
                    match read.iter().position(|(p, _)| *p == want) {
                        Some(i) => {
                            chosen = i;
                            detail.push_str(&format!("; the override uses {want}"));
                        }
                        None => {
                            let err = self.ov.error(
                                &e,
                                format!("`{name}` is not defined on page `{want}`"),
                            );
                            self.errors.push(err.to_string());
                        }
                    }
                }
                None => self.errors.push(format!(
                    "data structure `{name}` is defined differently on {} ({differences}): add an override `dto: {name}` with `use_page` (and a reason)",
                    pages.join(", ")
                )),
            }
            for (page, _) in &read {
                self.report
                    .add(Kind::DtoDefinedDifferently, page, 0, detail.clone());
            }
        }
        let (page, docs) = read.get(chosen).cloned().unwrap_or_default();
        let ctx = Ctx::Field {
            dto: name.to_string(),
            page: page.clone(),
        };
        let fields = self.drafts(&ctx, docs, &format!("fields of `{name}`"));
        self.dtos.insert(
            name.to_string(),
            DtoDraft {
                page,
                fields,
                sources: defs.iter().map(|(p, _)| p.clone()).collect(),
            },
        );
    }

    fn report_unused_structures(&mut self) {
        let mut unused = Vec::new();
        for (name, defs) in &self.pool {
            if !self.dtos.contains_key(name) {
                for (page, s) in defs {
                    unused.push((page.clone(), s.line, name.clone()));
                }
            }
        }
        for (page, line, name) in unused {
            self.report.add(
                Kind::UnusedStructure,
                &page,
                line,
                format!("`{name}` is not used by any imported endpoint; not written"),
            );
        }
    }

    /// The DTOs a response can hold: those reachable from any endpoint's `data`.
    fn response_dtos(&self, endpoints: &[EndpointDraft]) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&Ty> = endpoints.iter().filter_map(|ep| ep.data.as_ref()).collect();
        while let Some(t) = todo.pop() {
            match t {
                Ty::Array(inner) | Ty::Map(inner) => todo.push(inner),
                Ty::Named(n) => {
                    if let Some(dto) = self.dtos.get(n) {
                        if seen.insert(n.clone()) {
                            todo.extend(dto.fields.iter().map(|f| &f.ty));
                        }
                    }
                }
                _ => {}
            }
        }
        seen
    }

    fn build(&mut self, endpoints: &[EndpointDraft]) -> Option<Assembled> {
        let taken: BTreeSet<String> = self.dtos.keys().cloned().collect();
        let naming = match name_enums(&self.sites, &taken, &mut self.report) {
            Ok(n) => n,
            Err(errors) => {
                self.errors.extend(errors);
                return None;
            }
        };
        self.report_differing_param_lists();
        let enum_values: BTreeMap<String, BTreeSet<String>> = naming
            .enums
            .iter()
            .map(|e| {
                (
                    e.name.clone(),
                    e.values.iter().map(|v| v.value.clone()).collect(),
                )
            })
            .collect();
        let b = Builder {
            site_names: &naming.site_names,
            enum_values: &enum_values,
            dtos: &self.dtos,
        };

        let mut out = Assembled::default();
        // (DTO, field) pairs marked required that a documented example response leaves out.
        let mut absent: BTreeSet<(String, String)> = BTreeSet::new();
        for ep in endpoints {
            let mut params = Vec::new();
            for d in &ep.params {
                let mut field = b.field(d, &ep.page.path, &mut self.report);
                let owner = format!("{}({})", ep.method, d.name);
                mark_credential(&mut field, d, &owner, &ep.page.path, &mut self.report);
                params.push(field);
                if ep.route.params_in == ParamsIn::Query && !b.fits_query(&d.ty) {
                    self.errors.push(format!(
                        "{}:{}: query parameter `{}` of `{}` has type `{}`, which a query string cannot carry: add an override `type` for it",
                        ep.page.path,
                        d.line,
                        d.name,
                        ep.method,
                        b.ty(&d.ty)
                    ));
                }
            }
            if let (Some((line, text)), Some(data)) = (&ep.example, &ep.data) {
                if let Ok(value) = serde_json::from_str::<Value>(text) {
                    if let Some(v) = value.get("data") {
                        let at = (ep.page.path.as_str(), *line);
                        b.check_example(v, data, "data", at, &mut absent, &mut self.report);
                    }
                }
            }
            out.endpoints.push(Endpoint {
                name: unspanned(ep.method.clone()),
                group: unspanned(ep.group.clone()),
                summary: ep
                    .page
                    .title
                    .as_ref()
                    .map(|t| t.value.clone())
                    .unwrap_or_default(),
                description: ep.page.description.clone(),
                source: ep.page.path.clone(),
                http: Http {
                    method: unspanned(ep.route.http_method),
                    path: unspanned(ep.route.path.clone()),
                    params_in: unspanned(ep.route.params_in),
                },
                idempotent: ep.idempotent,
                params,
                response: Response {
                    envelope: ep.envelope.clone(),
                    data: ep.data.as_ref().map(|d| unspanned(b.ty(d))),
                },
                example_response: ep.example.as_ref().map(|(_, t)| t.clone()),
            });
        }
        let decoded = self.response_dtos(endpoints);
        for (name, dto) in &self.dtos {
            let only_field = dto.fields.len() == 1;
            let fields = dto
                .fields
                .iter()
                .map(|d| {
                    let mut field = b.field(d, &dto.page, &mut self.report);
                    let owner = format!("{name}.{}", d.name);
                    mark_credential(&mut field, d, &owner, &dto.page, &mut self.report);
                    if !field.required || d.required_by_override {
                        return field;
                    }
                    // A field the docs' own examples omit cannot be relied on to arrive: the
                    // spec makes it optional (each case is in the report) unless an override
                    // says otherwise.
                    if absent.contains(&(name.clone(), d.name.clone())) {
                        field.required = false;
                    } else if decoded.contains(name) {
                        // The decoding policy: what a server (an older one, say) may leave out.
                        let shape = match d.ty {
                            Ty::Array(_) | Ty::Map(_) => field_rules::Shape::List,
                            _ => field_rules::Shape::Value,
                        };
                        let kept = keeps_required(&d.name, shape, only_field);
                        let (kind, why) = match kept {
                            Some(KeptRequired::Identifier) => {
                                (Kind::KeptRequired, "an identifier: stays required")
                            }
                            Some(KeptRequired::OnlyField) => {
                                (Kind::KeptRequired, "the type's only field: stays required")
                            }
                            Some(KeptRequired::List) => (
                                Kind::KeptRequired,
                                "a list: stays a plain list, empty when absent",
                            ),
                            None => {
                                field.required = false;
                                (Kind::RequiredMayBeOmitted, "optional in the SDK")
                            }
                        };
                        self.report
                            .add(kind, &dto.page, d.line, format!("`{owner}`: {why}"));
                    }
                    field
                })
                .collect();
            out.types.push(TypeDef {
                name: unspanned(name.clone()),
                kind: unspanned(TypeKind::Struct),
                description: None,
                sources: dto.sources.iter().cloned().collect(),
                fields,
                values: Vec::new(),
            });
        }
        for e in &naming.enums {
            out.types.push(TypeDef {
                name: unspanned(e.name.clone()),
                kind: unspanned(TypeKind::Enum),
                description: e.description.clone(),
                sources: e.sources.iter().cloned().collect(),
                fields: Vec::new(),
                values: e
                    .values
                    .iter()
                    .map(|v| EnumValue {
                        value: unspanned(v.value.clone()),
                        description: v.description.clone(),
                    })
                    .collect(),
            });
        }
        out.types.sort_by(|a, b| a.name.value.cmp(&b.name.value));
        self.report.endpoints = out.endpoints.len();
        self.report.types = out.types.len();
        Some(out)
    }

    /// The same parameter name with different value lists on different pages.
    fn report_differing_param_lists(&mut self) {
        let mut by_param: BTreeMap<String, BTreeMap<Vec<String>, Places>> = BTreeMap::new();
        for site in &self.sites {
            if let Owner::Param { param, .. } = &site.owner {
                let mut values: Vec<String> = site.values.iter().map(|v| v.value.clone()).collect();
                values.sort();
                by_param
                    .entry(param.clone())
                    .or_default()
                    .entry(values)
                    .or_default()
                    .push((site.page.clone(), site.line));
            }
        }
        for (param, lists) in by_param {
            if lists.len() < 2 {
                continue;
            }
            for (values, pages) in &lists {
                let others: Vec<String> = lists
                    .iter()
                    .filter(|(other, _)| *other != values)
                    .map(|(other, p)| format!("[{}] on {} page(s)", other.join(", "), p.len()))
                    .collect();
                for (page, line) in pages {
                    self.report.add(
                        Kind::EnumListsDiffer,
                        page,
                        *line,
                        format!(
                            "`{param}` lists [{}]; elsewhere: {}",
                            values.join(", "),
                            others.join("; ")
                        ),
                    );
                }
            }
        }
    }
}

/// Pages and lines where something was documented.
type Places = Vec<(String, usize)>;

/// Whether an override entry targets this field or parameter.
fn targets(e: &Entry, ctx: &Ctx, name: &str) -> bool {
    if e.row.is_some() || e.page.is_some() {
        return false;
    }
    match ctx {
        Ctx::Param { endpoint, .. } => {
            is(&e.param, name)
                && e.dto.is_none()
                && e.endpoint.as_ref().is_none_or(|x| x.value == *endpoint)
        }
        Ctx::Field { dto, .. } => {
            e.param.is_none()
                && e.endpoint.is_none()
                && e.dto.as_ref().is_none_or(|x| x.value == *dto)
                && is(&e.field, name)
        }
        Ctx::Data { .. } => false,
    }
}

/// The data structures of a page that no other structure on the page refers to.
fn roots(page: &Page) -> Vec<String> {
    let mut referenced = BTreeSet::new();
    for s in &page.structures {
        for row in &s.table.rows {
            let doc = read_row(row);
            if let Some(n) = &doc.nested {
                referenced.insert(n.clone());
            }
            let mut t = &doc.ty;
            while let RawType::Array(Some(inner)) = t {
                t = inner;
            }
            if let RawType::Named(n) = t {
                referenced.insert(n.clone());
            }
        }
    }
    let mut out: Vec<String> = page
        .structures
        .iter()
        .map(|s| s.name.clone())
        .filter(|n| !referenced.contains(n))
        .collect();
    out.dedup();
    out
}

/// The item type of an untyped array, from its example: strings, numbers or booleans.
fn example_item_type(example: Option<&str>) -> Option<Ty> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(example?) else {
        return None;
    };
    let first = items.first()?;
    let kind = |v: &Value| match v {
        Value::String(_) => Some(0),
        Value::Number(_) => Some(1),
        Value::Bool(_) => Some(2),
        _ => None,
    };
    let k = kind(first)?;
    if !items.iter().all(|v| kind(v) == Some(k)) {
        return None;
    }
    Some(match k {
        0 => Ty::String,
        1 => Ty::Number,
        _ => Ty::Boolean,
    })
}

fn ty_name(t: &Ty) -> &'static str {
    match t {
        Ty::String => "string",
        Ty::Number => "number",
        Ty::Integer => "integer",
        Ty::Boolean => "boolean",
        _ => "json",
    }
}

/// What makes two definitions of a data structure different.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Shape {
    name: String,
    ty: String,
    required: bool,
    nested: Option<String>,
    values: BTreeSet<String>,
}

fn shape(docs: &[FieldDoc]) -> Vec<Shape> {
    let mut out: Vec<Shape> = docs
        .iter()
        .map(|d| Shape {
            name: d.name.clone(),
            ty: format!("{:?}", d.ty),
            required: d.required,
            nested: d.nested.clone(),
            values: d.values.iter().map(|v| v.value.clone()).collect(),
        })
        .collect();
    out.sort();
    out
}

fn describe_differences(shapes: &[Vec<Shape>]) -> String {
    let mut names: BTreeSet<&str> = BTreeSet::new();
    let mut changed: BTreeSet<&str> = BTreeSet::new();
    let all: BTreeSet<&str> = shapes
        .iter()
        .flat_map(|s| s.iter().map(|f| f.name.as_str()))
        .collect();
    for name in all {
        let versions: BTreeSet<Option<&Shape>> = shapes
            .iter()
            .map(|s| s.iter().find(|f| f.name == name))
            .collect();
        if versions.contains(&None) {
            names.insert(name);
        } else if versions.len() > 1 {
            changed.insert(name);
        }
    }
    let mut parts = Vec::new();
    if !names.is_empty() {
        parts.push(format!(
            "fields on some pages only: {}",
            names.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if !changed.is_empty() {
        parts.push(format!(
            "fields that differ: {}",
            changed.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    parts.join("; ")
}

/// Turns drafts into spec fields once enums have names.
struct Builder<'a> {
    site_names: &'a [String],
    enum_values: &'a BTreeMap<String, BTreeSet<String>>,
    dtos: &'a BTreeMap<String, DtoDraft>,
}

impl Builder<'_> {
    fn ty(&self, t: &Ty) -> String {
        match t {
            Ty::String | Ty::Inline => "string".into(),
            Ty::Integer => "integer".into(),
            Ty::Number => "number".into(),
            Ty::Boolean => "boolean".into(),
            Ty::Json => "json".into(),
            Ty::Named(n) => n.clone(),
            Ty::Enum(i) => self.site_names.get(*i).cloned().unwrap_or_default(),
            Ty::Array(inner) => format!("array<{}>", self.ty(inner)),
            Ty::Map(inner) => format!("map<{}>", self.ty(inner)),
        }
    }

    fn fits_query(&self, t: &Ty) -> bool {
        match t {
            Ty::String | Ty::Integer | Ty::Number | Ty::Boolean | Ty::Enum(_) | Ty::Inline => true,
            Ty::Array(inner) => !matches!(**inner, Ty::Array(_)) && self.fits_query(inner),
            _ => false,
        }
    }

    fn field(&self, d: &Draft, page: &str, report: &mut Report) -> Field {
        let ty_text = self.ty(&d.ty);
        let default = d
            .default
            .as_ref()
            .and_then(|text| match self.value(&d.ty, text, true) {
                Ok(v) => Some(unspanned(v)),
                Err(why) => {
                    report.add(
                        Kind::InvalidDefault,
                        page,
                        d.line,
                        format!("`{}` default `{text}`: {why}; left out", d.name),
                    );
                    None
                }
            });
        let example = d
            .example
            .as_ref()
            .and_then(|text| match self.value(&d.ty, text, false) {
                Ok(v) => Some(v),
                Err(why) => {
                    let kind = if why.contains("array shown") {
                        Kind::ArrayShownAsStringOrObject
                    } else {
                        Kind::TypeVersusExample
                    };
                    report.add(
                        kind,
                        page,
                        d.line,
                        format!("`{}` ({ty_text}) example `{text}`: {why}; not kept", d.name),
                    );
                    None
                }
            });
        Field {
            name: unspanned(d.name.clone()),
            ty: unspanned(ty_text),
            required: d.required,
            default,
            description: d.description.clone(),
            example,
            secret: d.secret,
        }
    }

    /// A cell's text as a value of the type. Defaults must be exact (enum values included);
    /// examples may be any string for a string-like type.
    fn value(&self, t: &Ty, text: &str, strict: bool) -> Result<Value, String> {
        let text = text.trim();
        match t {
            Ty::String | Ty::Inline => Ok(Value::String(text.to_string())),
            Ty::Enum(i) => {
                let name = self.site_names.get(*i).cloned().unwrap_or_default();
                let known = self
                    .enum_values
                    .get(&name)
                    .is_some_and(|v| v.contains(text));
                if strict && !known {
                    Err(format!("not a value of `{name}`"))
                } else {
                    Ok(Value::String(text.to_string()))
                }
            }
            Ty::Integer => text
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| "not an integer".to_string()),
            Ty::Number => match serde_json::from_str::<Value>(text) {
                Ok(v @ Value::Number(_)) => Ok(v),
                _ => Err("not a number".to_string()),
            },
            Ty::Boolean => match text {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err("not a boolean".to_string()),
            },
            Ty::Json => Ok(serde_json::from_str::<Value>(text)
                .unwrap_or_else(|_| Value::String(text.to_string()))),
            Ty::Array(inner) => match serde_json::from_str::<Value>(text) {
                Ok(Value::Array(items)) => {
                    for item in &items {
                        if !self.fits(inner, item) {
                            return Err(format!("item `{item}` is not a `{}`", self.ty(inner)));
                        }
                    }
                    Ok(Value::Array(items))
                }
                Ok(Value::String(s))
                    if matches!(serde_json::from_str::<Value>(&s), Ok(Value::Array(_))) =>
                {
                    Err("array shown as a JSON-encoded string".to_string())
                }
                Ok(Value::Object(_)) => Err("array shown as a single object".to_string()),
                _ => Err("not a JSON array".to_string()),
            },
            Ty::Named(_) | Ty::Map(_) => match serde_json::from_str::<Value>(text) {
                Ok(v @ Value::Object(_)) => Ok(v),
                _ => Err("not a JSON object".to_string()),
            },
        }
    }

    /// Whether a JSON value fits a type (shallowly for structures).
    fn fits(&self, t: &Ty, v: &Value) -> bool {
        match (t, v) {
            (_, Value::Null) => true,
            (Ty::String | Ty::Inline | Ty::Enum(_), Value::String(_)) => true,
            (Ty::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
            (Ty::Number, Value::Number(_)) => true,
            (Ty::Boolean, Value::Bool(_)) => true,
            (Ty::Json, _) => true,
            (Ty::Array(_), Value::Array(_)) => true,
            (Ty::Named(_) | Ty::Map(_), Value::Object(_)) => true,
            _ => false,
        }
    }

    /// Compares an example response's `data` with the documented type.
    fn check_example(
        &self,
        v: &Value,
        t: &Ty,
        path: &str,
        (page, line): (&str, usize),
        absent: &mut BTreeSet<(String, String)>,
        report: &mut Report,
    ) {
        match (t, v) {
            (_, Value::Null) | (Ty::Json, _) => {}
            (Ty::Array(inner), Value::Array(items)) => {
                for item in items {
                    self.check_example(
                        item,
                        inner,
                        &format!("{path}[]"),
                        (page, line),
                        absent,
                        report,
                    );
                }
            }
            (Ty::Array(inner), Value::String(s))
                if matches!(serde_json::from_str::<Value>(s), Ok(Value::Array(_))) =>
            {
                let _ = inner;
                report.add(
                    Kind::ArrayShownAsStringOrObject,
                    page,
                    line,
                    format!("example `{path}`: the table says `{}`, the example shows a JSON-encoded string", self.ty(t)),
                );
            }
            (Ty::Array(inner), Value::Object(_)) => {
                report.add(
                    Kind::ArrayShownAsStringOrObject,
                    page,
                    line,
                    format!(
                        "example `{path}`: the table says `{}`, the example shows a single object",
                        self.ty(t)
                    ),
                );
                self.check_example(v, inner, path, (page, line), absent, report);
            }
            (Ty::Named(n), Value::Object(map)) => {
                let Some(dto) = self.dtos.get(n) else {
                    return;
                };
                for f in &dto.fields {
                    let field_path = format!("{path}.{}", f.name);
                    match map.get(&f.name) {
                        Some(fv) => {
                            self.check_example(fv, &f.ty, &field_path, (page, line), absent, report)
                        }
                        None if f.required => {
                            absent.insert((n.clone(), f.name.clone()));
                            report.add(
                                Kind::RequiredFieldNotInExample,
                                page,
                                line,
                                format!(
                                    "example `{field_path}`: `{n}.{}` is required but absent",
                                    f.name
                                ),
                            )
                        }
                        None => {}
                    }
                }
            }
            _ if self.fits(t, v) => {}
            _ => report.add(
                Kind::TypeVersusExample,
                page,
                line,
                format!(
                    "example `{path}`: the table says `{}`, the example shows `{}`",
                    self.ty(t),
                    short(v)
                ),
            ),
        }
    }
}

/// The credential-name rule: a string or free-form JSON field whose name ends in a credential word
/// is secret (redacted from `Debug`) unless an override says otherwise. Each is reported.
fn mark_credential(field: &mut Field, d: &Draft, owner: &str, page: &str, report: &mut Report) {
    let stringish = matches!(d.ty, Ty::String | Ty::Json);
    if d.secret_by_override || !stringish || !is_credential_name(&d.name) {
        return;
    }
    field.secret = true;
    report.add(
        Kind::SecretByName,
        page,
        d.line,
        format!("`{owner}`: the name says it holds a credential"),
    );
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 40 {
        s.chars().take(40).collect::<String>() + "…"
    } else {
        s
    }
}
