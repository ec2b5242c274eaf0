//! Assembling the spec from parsed pages, in four phases, one file each: [`select`] the pages
//! (routes, clients, duplicates), [`draft`] endpoints and fields with the overrides, [`resolve`]
//! the data structures they need, [`build`] the spec (enum names, rules, example checks; the
//! values and types it writes are in [`values`]). The shared draft types and [`assemble`] live
//! here.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use spec_model::spec::{
    unspanned, Endpoint, EnumValue, Field, Http, ParamsIn, Response, TypeDef, TypeKind,
};
use spec_model::types::TypeExpr;

use spec_model::field_rules::{self, is_credential_name, keeps_required, KeptRequired};

use crate::enums::{name_enums, Owner, Site};
use crate::factory::{Factories, Factory};
use crate::fields::{read_row, DocValue, FieldDoc, RawType};
use crate::groups;
use crate::overrides::{Entry, Overrides};
use crate::page::{Page, PageError, Structure};
use crate::report::{Kind, Report};
use crate::routes::{Client, Route, Routes};

mod build;
mod draft;
mod factory_enums;
pub mod more_sources;
mod reserved;
mod resolve;
mod select;
mod values;

use values::Builder;

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
    user_token: spec_model::spec::UserToken,
    paging: Option<spec_model::spec::Paging>,
    /// The official SDKs' names of its route that differ from `method`.
    official_names: Vec<String>,
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

impl Assembler<'_> {
    /// The OpenAPI document of the client a page documents.
    fn factory_of(&self, page: &str) -> Option<&Factory> {
        self.factories.of(crate::client_of(page))
    }
}

struct Assembler<'a> {
    routes: &'a Routes,
    /// The docs factory's OpenAPI documents that were read: enum values the pages do not
    /// print.
    factories: &'a Factories,
    /// The official Node SDK, when it was read: the third source of pages.
    node: Option<&'a crate::node_sdk::NodeSdk>,
    /// The groups of pages made from the Node SDK (their paths name no folder), by page path.
    made_groups: BTreeMap<String, String>,
    /// Routes the overrides give (for methods the routes table lacks on a client).
    route_overrides: BTreeMap<(Client, String), Route>,
    ov: &'a mut Overrides,
    report: Report,
    errors: Vec<String>,
    /// Data structures of the imported pages: name -> (page, structure), in page order.
    pool: BTreeMap<String, Vec<(String, Structure)>>,
    needed: BTreeSet<String>,
    /// Structures a request sends (reached from a parameter): never merged from two sources.
    request_types: BTreeSet<String>,
    dtos: BTreeMap<String, DtoDraft>,
    sites: Vec<Site>,
}

/// Runs the whole import over already-read pages.
pub fn assemble(sources: &[SourcePage], routes: &Routes, ov: &mut Overrides) -> Run {
    assemble_with(sources, routes, &Factories::default(), ov)
}

/// [`assemble`], with the docs factory's OpenAPI documents as a second source.
pub fn assemble_with(
    sources: &[SourcePage],
    routes: &Routes,
    factories: &Factories,
    ov: &mut Overrides,
) -> Run {
    assemble_sources(sources, routes, factories, None, true, ov)
}

/// [`assemble_with`], with the official Node SDK as a third source: the routes it calls join
/// the routes table's, and (with `other_sources`) routes no docs page documents get pages from
/// the OpenAPI or the Node SDK (see [`more_sources`]).
pub fn assemble_sources(
    sources: &[SourcePage],
    routes: &Routes,
    factories: &Factories,
    node: Option<&crate::node_sdk::NodeSdk>,
    other_sources: bool,
    ov: &mut Overrides,
) -> Run {
    let (routes, clashes) = more_sources::with_node_routes(routes, node);
    let routes = &routes;
    let mut a = Assembler {
        routes,
        factories,
        node,
        route_overrides: BTreeMap::new(),
        made_groups: BTreeMap::new(),
        ov,
        report: Report::default(),
        errors: Vec::new(),
        pool: BTreeMap::new(),
        needed: BTreeSet::new(),
        request_types: BTreeSet::new(),
        dtos: BTreeMap::new(),
        sites: Vec::new(),
    };
    a.report.pages = sources.len();
    a.report.left_out.extend(clashes);
    let mut selected = a.select_pages(sources);
    a.report.imported = selected.len();
    if other_sources {
        let more = a.pages_from_other_sources(&selected);
        selected.extend(more);
    }
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
    a.request_types = a.request_types(&endpoints);
    a.resolve_needed();
    a.report_unused_structures();
    let mut spec = a.build(&endpoints);
    if let Some(spec) = &mut spec {
        reserved::rename_reserved(spec, &mut a.report);
    }
    // Overrides for pages of a source that was not read have nothing to match; nor, when a
    // source was not read, do those for a method that is then missing (an import of every
    // source still finds each stale one).
    let incomplete = node.is_none()
        || factories.management.is_none()
        || factories.authentication.is_none()
        || !other_sources;
    let produced: BTreeSet<String> = spec
        .iter()
        .flat_map(|s| s.endpoints.iter().map(|e| e.name.value.clone()))
        .collect();
    let absent = |e: &Entry| {
        if let Some(endpoint) = &e.endpoint {
            if incomplete && !produced.contains(&endpoint.value) {
                return true;
            }
        }
        let Some(page) = e.page.as_ref().map(|p| p.value.as_str()) else {
            return false;
        };
        let client = crate::client_of(page);
        (page.contains(more_sources::OPENAPI_PAGE) && factories.of(client).is_none())
            || (page.contains(more_sources::NODE_PAGE) && node.is_none())
            || (more_sources::is_made_page(page) && !other_sources)
    };
    for e in a.ov.unused_but(absent) {
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

fn is(s: &Option<spec_model::spec::S<String>>, v: &str) -> bool {
    s.as_ref().is_some_and(|s| s.value == v)
}

struct Selected {
    page: Page,
    method: String,
    route: Route,
    group: String,
}

/// Pages and lines where something was documented.
type Places = Vec<(String, usize)>;
