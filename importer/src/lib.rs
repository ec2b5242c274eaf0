//! The docs importer: reads the Authing V3 API docs pages, applies `spec/overrides.yaml` and
//! writes (or checks) the YAML spec; also reports the docs' own inconsistencies.
//!
//! `cargo xtask import` is a thin wrapper over [`run`]. Stages: read pages ([`markdown`], [`web`]
//! into the [`page`] model; rows via [`fields`]) -> choose and assemble ([`assemble`], with
//! [`routes`], [`groups`], [`overrides`], [`enums`]) -> write or check ([`write`]) -> [`report`].

pub mod assemble;
pub mod coverage;
pub mod enums;
pub mod factory;
pub mod factory_pages;
pub mod fidelity;
pub mod fields;
pub mod groups;
pub mod markdown;
pub mod node_sdk;
pub mod official_sdks;
pub mod overrides;
pub mod page;
pub mod report;
pub mod routes;
pub mod synth;
pub mod web;
pub mod write;

use std::fs;
use std::path::{Path, PathBuf};

pub use assemble::{
    assemble, assemble_sources, assemble_with, parse_page, Assembled, Run, SourcePage,
};
pub use overrides::Overrides;
pub use report::Report;
pub use write::{Mode, Outcome};

/// The vendored upstream input, relative to the workspace root (see its README).
pub const UPSTREAM: &str = "upstream";
/// The vendored Management API docs pages, relative to the workspace root.
pub const DOCS: &str = "upstream/management";
/// The vendored end-user API docs pages, relative to the workspace root.
pub const AUTH_DOCS: &str = "upstream/authentication";
/// How reports name the vendored pages: both folders.
pub const DOCS_LABEL: &str = "`upstream/management` and `upstream/authentication`";

/// How the paths of end-user pages begin (in reports, overrides and the spec's `source`), so
/// they are told apart from the management pages of the same folder names.
pub const AUTH_PREFIX: &str = "authentication/";
/// The vendored routes table, relative to the workspace root.
pub const ROUTES: &str = "upstream/routes.tsv";
/// The docs factory's vendored OpenAPI document of the Management API, relative to the
/// workspace root.
pub const FACTORY: &str = "upstream/factory/management-openapi.json";
/// The docs factory's vendored OpenAPI document of the end-user API, relative to the workspace
/// root.
pub const AUTH_FACTORY: &str = "upstream/factory/authentication-openapi.json";

/// Where an import reads from and writes to.
#[derive(Debug, Clone)]
pub struct Options {
    /// The Management API docs pages (read recursively).
    pub docs: PathBuf,
    /// The end-user API docs pages (read recursively; their paths begin with [`AUTH_PREFIX`]).
    pub auth_docs: Option<PathBuf>,
    /// The routes table.
    pub routes: PathBuf,
    /// The overrides file.
    pub overrides: PathBuf,
    /// The docs factory's OpenAPI document (a second, optional source: enum values the pages
    /// do not print).
    pub factory: Option<PathBuf>,
    /// The docs factory's OpenAPI document of the end-user API (the same, for the pages in
    /// `auth_docs`).
    pub auth_factory: Option<PathBuf>,
    /// The official Node SDK's package (a third source: routes no page or OpenAPI operation
    /// describes; see [`node_sdk`]).
    pub node_sdk: Option<PathBuf>,
    /// Whether routes no docs page documents get methods from the other sources (the
    /// OpenAPI, the Node SDK); off for an import of a few pages (the seed pages).
    pub other_sources: bool,
    /// The spec directory (`endpoints/` and `types/` are written there).
    pub spec: PathBuf,
}

impl Options {
    /// The project's defaults below a workspace root: docs and routes from the vendored
    /// [`UPSTREAM`] folder, the spec and overrides from `spec/`.
    pub fn defaults(root: &Path) -> Self {
        Options {
            docs: root.join(DOCS),
            auth_docs: Some(root.join(AUTH_DOCS)),
            routes: root.join(ROUTES),
            overrides: root.join("spec/overrides.yaml"),
            factory: Some(root.join(FACTORY)),
            auth_factory: Some(root.join(AUTH_FACTORY)),
            node_sdk: Some(root.join(node_sdk::NODE_SDK)),
            other_sources: true,
            spec: root.join("spec"),
        }
    }
}

/// Why an import produced no spec: every error found, plus the report so far.
#[derive(Debug, Clone)]
pub struct Failure {
    pub errors: Vec<String>,
    pub report: Report,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

/// Reads the docs, routes and overrides and assembles the spec (nothing is written).
pub fn import(opts: &Options) -> Result<(Assembled, Report), Failure> {
    let factories = load_factories(opts).map_err(|errors| Failure {
        errors,
        report: Report::default(),
    })?;
    import_with(opts, &factories).map(|(spec, report, _)| (spec, report))
}

/// [`import`] with the docs factory's OpenAPI documents already read; also the routes the
/// official SDKs call (the routes table with the Node SDK's routes added).
fn import_with(
    opts: &Options,
    factories: &factory::Factories,
) -> Result<(Assembled, Report, routes::Routes), Failure> {
    let fail = |errors: Vec<String>| Failure {
        errors,
        report: Report::default(),
    };
    let mut pages = read_pages(&opts.docs).map_err(|e| fail(vec![e]))?;
    if let Some(dir) = &opts.auth_docs {
        let auth = read_pages(dir).map_err(|e| fail(vec![e]))?;
        pages.extend(auth.into_iter().map(|p| SourcePage {
            path: format!("{AUTH_PREFIX}{}", p.path),
            text: p.text,
        }));
    }
    let routes = routes::load(&opts.routes).map_err(|e| fail(vec![e]))?;
    let mut overrides = Overrides::load(&opts.overrides)
        .map_err(|errs| fail(errs.iter().map(ToString::to_string).collect()))?;
    let node = match &opts.node_sdk {
        Some(dir) => Some(node_sdk::NodeSdk::load(dir).map_err(|e| fail(vec![e]))?),
        None => None,
    };
    let run = assemble_sources(
        &pages,
        &routes,
        factories,
        node.as_ref(),
        opts.other_sources,
        &mut overrides,
    );
    let (official, _) = assemble::more_sources::with_node_routes(&routes, node.as_ref());
    match run.spec {
        Some(spec) if run.errors.is_empty() => Ok((spec, run.report, official)),
        _ => Err(Failure {
            errors: run.errors,
            report: run.report,
        }),
    }
}

/// The docs factory's OpenAPI documents the options name.
fn load_factories(opts: &Options) -> Result<factory::Factories, Vec<String>> {
    let load = |file: &Option<PathBuf>| match file {
        Some(file) => factory::Factory::load(file).map(Some).map_err(|e| vec![e]),
        None => Ok(None),
    };
    Ok(factory::Factories {
        management: load(&opts.factory)?,
        authentication: load(&opts.auth_factory)?,
    })
}

/// An import that was written (or checked): what changed, what the import found, the spec as
/// the generator sees it (validated, so it need not be loaded again), and, when the docs
/// factory's OpenAPI was read, the spec compared with it.
#[derive(Debug)]
pub struct Imported {
    pub outcome: Outcome,
    pub report: Report,
    pub spec: spec_model::Spec,
    pub fidelity: Option<fidelity::Fidelity>,
    /// The end-user endpoints compared with the end-user API's OpenAPI, when it was read.
    pub auth_fidelity: Option<fidelity::Fidelity>,
    /// The routes the official SDKs call and the OpenAPI's operations, against the methods.
    pub coverage: coverage::Coverage,
}

impl Imported {
    /// The fidelity report of every client whose OpenAPI document was read (`None` when none
    /// was).
    pub fn fidelity_report(&self) -> Option<String> {
        let parts: Vec<&fidelity::Fidelity> =
            self.fidelity.iter().chain(&self.auth_fidelity).collect();
        (!parts.is_empty()).then(|| fidelity::report(&parts) + &self.coverage.to_markdown())
    }
}

/// Imports and then writes or checks the spec files.
pub fn run(opts: &Options, mode: Mode) -> Result<(Outcome, Report), Failure> {
    run_checked(opts, mode).map(|done| (done.outcome, done.report))
}

/// [`run`], also returning the validated spec.
pub fn run_checked(opts: &Options, mode: Mode) -> Result<Imported, Failure> {
    // Read once: the assembly takes enum values from it, the fidelity report compares with it.
    let factories = load_factories(opts).map_err(|errors| Failure {
        errors,
        report: Report::default(),
    })?;
    let (spec, report, official) = import_with(opts, &factories)?;
    let fail = |e: String| Failure {
        errors: vec![e],
        report: report.clone(),
    };
    let files = write::render(&spec).map_err(fail)?;
    let checked = write::verify(&opts.spec, &spec, &files).map_err(fail)?;
    let outcome = write::sync(&opts.spec, &files, mode).map_err(fail)?;
    let compare = |client| {
        factories
            .of(client)
            .map(|factory| fidelity::compare(&checked, factory, client))
    };
    let fidelity = compare(routes::Client::Management);
    let auth_fidelity = compare(routes::Client::Authentication);
    let coverage = coverage::compare(&checked, &official, &factories, &report.left_out);
    Ok(Imported {
        outcome,
        report,
        spec: checked,
        fidelity,
        auth_fidelity,
        coverage,
    })
}

/// The client a page documents: pages under [`AUTH_PREFIX`] are end-user pages.
pub fn client_of(page: &str) -> routes::Client {
    if page.starts_with(AUTH_PREFIX) {
        routes::Client::Authentication
    } else {
        routes::Client::Management
    }
}

/// Every page under `dir` (`*.md` and `*.txt`, recursively, hidden files and folders left out),
/// sorted by relative path.
pub fn read_pages(dir: &Path) -> Result<Vec<SourcePage>, String> {
    if !dir.is_dir() {
        return Err(format!("{}: docs directory not found", dir.display()));
    }
    let mut out = Vec::new();
    for rel in spec_model::files::list(dir)? {
        let hidden = rel.split('/').any(|part| part.starts_with('.'));
        let page = rel.ends_with(".md") || rel.ends_with(".txt");
        if hidden || !page {
            continue;
        }
        let path = dir.join(&rel);
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        out.push(SourcePage { path: rel, text });
    }
    Ok(out)
}
