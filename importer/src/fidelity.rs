//! The fidelity report: the imported spec compared, field by field, with the docs factory's
//! OpenAPI document (the input the pages are rendered from). Every disagreement is listed by
//! kind with the rule that resolves it and why that source is right for that kind; the counts
//! of agreement head the report. `cargo xtask regenerate` writes it to `docs/fidelity-report.md`
//! and `cargo xtask import --report` prints it; the derived-files check fails while the committed
//! report is not what the docs produce, so a new disagreement cannot land unseen. Nothing here
//! changes the spec (enum values are taken during assembly, `assemble/factory_enums.rs`).

use std::collections::BTreeSet;
use std::fmt::Write;

use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedField, Spec};

use crate::factory::{Factory, Operation, Prop, Shape};

/// The kinds of disagreement, each with its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Disagree {
    /// The OpenAPI has no operation at the endpoint's path.
    NoOperation,
    /// The OpenAPI has the path under another HTTP method.
    Route,
    /// A parameter only one side has.
    ParamSet,
    /// Both have the parameter; they differ on `required`.
    ParamRequired,
    /// Both have the parameter; they differ on its type.
    ParamType,
    /// The OpenAPI types the parameter as an enum; the spec does not.
    ParamEnum,
    /// The response `data` types differ (a struct against another, or none).
    DataType,
    /// A response field only one side has.
    FieldSet,
    /// Both have the response field; they differ on its type.
    FieldType,
    /// Both have the response field; they differ on `required`.
    FieldRequired,
}

impl Disagree {
    pub const ALL: [Disagree; 10] = [
        Disagree::NoOperation,
        Disagree::Route,
        Disagree::ParamSet,
        Disagree::ParamRequired,
        Disagree::ParamType,
        Disagree::ParamEnum,
        Disagree::DataType,
        Disagree::FieldSet,
        Disagree::FieldType,
        Disagree::FieldRequired,
    ];

    /// A heading for the kind.
    pub fn title(self) -> &'static str {
        match self {
            Disagree::NoOperation => "endpoints the OpenAPI does not have",
            Disagree::Route => "routes that differ",
            Disagree::ParamSet => "parameters only one source has",
            Disagree::ParamRequired => "parameters required on one side only",
            Disagree::ParamType => "parameters typed differently",
            Disagree::ParamEnum => "parameters the OpenAPI types as an enum and the spec does not",
            Disagree::DataType => "response `data` typed differently",
            Disagree::FieldSet => "response fields only one source has",
            Disagree::FieldType => "response fields typed differently",
            Disagree::FieldRequired => "response fields required on one side only",
        }
    }

    /// How a disagreement of this kind is resolved, and why that source is right for it.
    pub fn rule(self) -> &'static str {
        match self {
            Disagree::NoOperation | Disagree::Route => {
                "The committed route (`upstream/routes.tsv`) wins: it is what the SDK sends and \
                 what the local Authing and the tests check; an OpenAPI route that differs is \
                 listed here for a maintainer to confirm against the service."
            }
            Disagree::ParamSet
            | Disagree::ParamRequired
            | Disagree::DataType
            | Disagree::FieldSet => {
                "The pages win: they were rendered on 2023-11-17 from the factory's input, a \
                 week after the vendored OpenAPI's commit (2023-11-10), so where the two lists \
                 differ the pages show the later input. Listed so a maintainer can add an \
                 override where the service proves the OpenAPI right."
            }
            Disagree::ParamType | Disagree::FieldType => {
                "The pages' type is kept: most differences are a count the pages type as \
                 `integer` and the OpenAPI as `number` (the integer is the more exact; both \
                 decode leniently, from a number or a string); the few others (a string against \
                 a boolean, a list of objects against a list of strings) are listed so an \
                 override can adopt the OpenAPI's type once the service shows which is right."
            }
            Disagree::ParamEnum => {
                "Not taken: the pages document these parameters' values themselves (an enum \
                 from the pages keeps its meanings) or type them as something other than a \
                 string; listed to be settled by an override."
            }
            Disagree::FieldRequired => {
                "The decoding policy wins (`spec_model::field_rules`): a server may leave out what \
                 the docs call required, so the SDK's `required` on a response field follows the \
                 policy, not either source."
            }
        }
    }
}

/// One disagreement.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Disagreement {
    pub kind: Disagree,
    /// The endpoint, parameter or field, e.g. `create_tenant(appIds)`, `UserDto.gender`.
    pub subject: String,
    /// Both sides, e.g. `spec: string, OpenAPI: integer`.
    pub detail: String,
}

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub what: &'static str,
    pub agree: usize,
    pub total: usize,
}

/// The comparison of one client's endpoints.
#[derive(Debug, Clone, Default)]
pub struct Fidelity {
    /// Whose endpoints were compared.
    pub client: crate::routes::Client,
    pub checks: Vec<Check>,
    pub disagreements: Vec<Disagreement>,
}

#[derive(Default)]
struct Tally {
    route: (usize, usize),
    names: (usize, usize),
    required: (usize, usize),
    types: (usize, usize),
    enums: (usize, usize),
    data_types: (usize, usize),
    fields: (usize, usize),
    field_types: (usize, usize),
    field_required: (usize, usize),
}

fn count(slot: &mut (usize, usize), agree: bool) {
    slot.0 += usize::from(agree);
    slot.1 += 1;
}

/// Compares `client`'s endpoints in `spec` with that client's OpenAPI document.
pub fn compare(spec: &Spec, factory: &Factory, client: crate::routes::Client) -> Fidelity {
    let mut t = Tally::default();
    let mut out = Vec::new();
    let mut push = |kind, subject: String, detail: String| {
        out.push(Disagreement {
            kind,
            subject,
            detail,
        })
    };
    let mut compared_types = BTreeSet::new();
    // Methods made from the Node SDK are there because the OpenAPI lacks their route.
    let compared = spec.endpoints.iter().filter(|ep| {
        ep.def.client == client
            && !ep
                .def
                .source
                .contains(crate::assemble::more_sources::NODE_PAGE)
    });
    for ep in compared {
        let name = &ep.def.name.value;
        let (method, path) = (ep.def.http.method.value.as_str(), &ep.def.http.path.value);
        let op = match factory.operation(method, path) {
            Some(op) => {
                count(&mut t.route, true);
                op
            }
            None => {
                count(&mut t.route, false);
                let other: Vec<&str> = factory
                    .operations
                    .keys()
                    .filter(|(_, p)| p == path)
                    .map(|(m, _)| m.as_str())
                    .collect();
                match other.as_slice() {
                    [] => push(
                        Disagree::NoOperation,
                        name.clone(),
                        format!("{method} {path}"),
                    ),
                    methods => push(
                        Disagree::Route,
                        name.clone(),
                        format!(
                            "spec: {method} {path}, OpenAPI: {} {path}",
                            methods.join("/")
                        ),
                    ),
                }
                continue;
            }
        };
        compare_params(spec, name, &ep.params, op, &mut t, &mut push);
        let Some(data) = &ep.data else { continue };
        let spec_struct = struct_name(spec, data);
        let op_struct = match &op.data {
            Some(Shape::Object(Some(n))) => Some(n.as_str()),
            Some(Shape::Array(inner)) => match &**inner {
                Shape::Object(Some(n)) => Some(n.as_str()),
                _ => None,
            },
            _ => None,
        };
        match (spec_struct, op_struct) {
            (Some(ours), Some(theirs)) if factory.schemas.contains_key(theirs) => {
                count(&mut t.data_types, true);
                if compared_types.insert(ours.to_owned()) {
                    compare_fields(spec, ours, theirs, factory, &mut t, &mut push);
                }
            }
            (Some(ours), _) => {
                count(&mut t.data_types, false);
                let theirs = op.data.as_ref().map_or("nothing".into(), Shape::spec_words);
                push(
                    Disagree::DataType,
                    format!("{name} data"),
                    format!("spec: {ours}, OpenAPI: {theirs}"),
                );
            }
            (None, _) => {}
        }
    }
    let checks = vec![
        check("route (method and path)", t.route),
        check("parameter names (endpoints whose lists agree)", t.names),
        check("parameter required", t.required),
        check("parameter types", t.types),
        check(
            "parameters the OpenAPI types as an enum, typed as an enum in the spec",
            t.enums,
        ),
        check(
            "response data types (endpoints whose data is a structure)",
            t.data_types,
        ),
        check("response data fields (present in both)", t.fields),
        check("response data field types", t.field_types),
        check("response data field required", t.field_required),
    ];
    out.sort();
    Fidelity {
        client,
        checks,
        disagreements: out,
    }
}

fn check(what: &'static str, (agree, total): (usize, usize)) -> Check {
    Check { what, agree, total }
}

/// The structure a `data` type names (directly or as a list's items).
fn struct_name<'s>(spec: &'s Spec, ty: &'s TypeExpr) -> Option<&'s str> {
    let name = match ty {
        TypeExpr::Named(n) => n,
        TypeExpr::Array(inner) => match &**inner {
            TypeExpr::Named(n) => n,
            _ => return None,
        },
        _ => return None,
    };
    spec.types
        .get(name)
        .filter(|t| !t.is_enum())
        .map(|_| name.as_str())
}

/// A spec type in the OpenAPI's words: enums are strings, structures by name.
fn spec_words(spec: &Spec, ty: &TypeExpr) -> String {
    match ty {
        TypeExpr::Named(n) if spec.types.get(n).is_some_and(|t| t.is_enum()) => "string".into(),
        TypeExpr::Array(inner) => format!("array<{}>", spec_words(spec, inner)),
        TypeExpr::Map(_) => "json".into(),
        other => other.to_string(),
    }
}

fn is_enum(spec: &Spec, ty: &TypeExpr) -> bool {
    match ty {
        TypeExpr::Named(n) => spec.types.get(n).is_some_and(|t| t.is_enum()),
        TypeExpr::Array(inner) => is_enum(spec, inner),
        _ => false,
    }
}

/// Whether two types agree: the same words, or both structures (the OpenAPI names its schemas
/// by the backend's classes, which the pages may name otherwise).
fn types_agree(ours: &str, theirs: &str) -> bool {
    let structure = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    ours == theirs
        || (structure(ours) && structure(theirs))
        || match (ours.strip_prefix("array<"), theirs.strip_prefix("array<")) {
            (Some(a), Some(b)) => types_agree(a.trim_end_matches('>'), b.trim_end_matches('>')),
            _ => false,
        }
}

fn compare_params(
    spec: &Spec,
    endpoint: &str,
    params: &[CheckedField],
    op: &Operation,
    t: &mut Tally,
    push: &mut impl FnMut(Disagree, String, String),
) {
    let ours: BTreeSet<&str> = params.iter().map(|p| p.def.name.value.as_str()).collect();
    let theirs: BTreeSet<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    count(&mut t.names, ours == theirs);
    for only in ours.difference(&theirs) {
        push(
            Disagree::ParamSet,
            format!("{endpoint}({only})"),
            "in the spec, not in the OpenAPI".into(),
        );
    }
    for only in theirs.difference(&ours) {
        push(
            Disagree::ParamSet,
            format!("{endpoint}({only})"),
            "in the OpenAPI, not in the spec".into(),
        );
    }
    for p in params {
        let name = &p.def.name.value;
        let Some(prop) = op.param(name) else { continue };
        let subject = format!("{endpoint}({name})");
        compare_one(spec, &subject, p, prop, Side::Param, t, push);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Param,
    Field,
}

fn compare_one(
    spec: &Spec,
    subject: &str,
    ours: &CheckedField,
    theirs: &Prop,
    side: Side,
    t: &mut Tally,
    push: &mut impl FnMut(Disagree, String, String),
) {
    let (required, types, kind_required, kind_type) = match side {
        Side::Param => (
            &mut t.required,
            &mut t.types,
            Disagree::ParamRequired,
            Disagree::ParamType,
        ),
        Side::Field => (
            &mut t.field_required,
            &mut t.field_types,
            Disagree::FieldRequired,
            Disagree::FieldType,
        ),
    };
    let agree = ours.def.required == theirs.required;
    count(required, agree);
    if !agree {
        push(
            kind_required,
            subject.to_owned(),
            format!(
                "spec: {}, OpenAPI: {}",
                word(ours.def.required),
                word(theirs.required)
            ),
        );
    }
    let (a, b) = (spec_words(spec, &ours.ty), theirs.shape.spec_words());
    let agree = types_agree(&a, &b);
    count(types, agree);
    if !agree {
        push(
            kind_type,
            subject.to_owned(),
            format!("spec: {a}, OpenAPI: {b}"),
        );
    }
    if side == Side::Param {
        if let Some(values) = theirs.shape.enum_values() {
            let typed = is_enum(spec, &ours.ty);
            count(&mut t.enums, typed);
            if !typed {
                push(
                    Disagree::ParamEnum,
                    subject.to_owned(),
                    format!("spec: {a}, OpenAPI values: {}", values.join(", ")),
                );
            }
        }
    }
}

fn word(required: bool) -> &'static str {
    if required {
        "required"
    } else {
        "optional"
    }
}

fn compare_fields(
    spec: &Spec,
    ours: &str,
    theirs: &str,
    factory: &Factory,
    t: &mut Tally,
    push: &mut impl FnMut(Disagree, String, String),
) {
    let (Some(ty), Some(props)) = (spec.types.get(ours), factory.schemas.get(theirs)) else {
        return;
    };
    for f in &ty.fields {
        let name = &f.def.name.value;
        let subject = format!("{ours}.{name}");
        match props.iter().find(|p| &p.name == name) {
            Some(prop) => {
                count(&mut t.fields, true);
                compare_one(spec, &subject, f, prop, Side::Field, t, push);
            }
            None => {
                count(&mut t.fields, false);
                push(
                    Disagree::FieldSet,
                    subject,
                    format!("in the spec, not in the OpenAPI's `{theirs}`"),
                );
            }
        }
    }
    for p in props {
        if !ty.fields.iter().any(|f| f.def.name.value == p.name) {
            count(&mut t.fields, false);
            push(
                Disagree::FieldSet,
                format!("{ours}.{}", p.name),
                format!("in the OpenAPI's `{theirs}`, not in the spec"),
            );
        }
    }
}

impl Fidelity {
    /// The (agreeing, compared) counts of the check whose description starts with `what`.
    pub fn count(&self, what: &str) -> Option<(usize, usize)> {
        self.checks
            .iter()
            .find(|c| c.what.starts_with(what))
            .map(|c| (c.agree, c.total))
    }
}

/// The whole report: each client's comparison in turn.
pub fn report(parts: &[&Fidelity]) -> String {
    let mut out = String::from(
        "# Fidelity: the spec against the docs factory's OpenAPI\n\n\
         Written by `cargo xtask regenerate` (printed by `cargo xtask import --report`); do not edit.\n\
         The spec is imported from the docs pages; `upstream/factory/management-openapi.json` and\n\
         `upstream/factory/authentication-openapi.json` are the documents the docs factory renders\n\
         the Management and the end-user pages from. Enum values the pages do not print are taken\n\
         from them (see `docs/import-report.md`, \"enum values taken from the docs factory's\n\
         OpenAPI\"); everything else below is a disagreement with the rule that settles it.\n",
    );
    for part in parts {
        out.push_str(&part.to_markdown());
    }
    out
}

impl Fidelity {
    /// This client's comparison as a Markdown section: the counts, then every disagreement
    /// under its rule.
    pub fn to_markdown(&self) -> String {
        let (api, file) = match self.client {
            crate::routes::Client::Management => ("Management API", "management-openapi.json"),
            crate::routes::Client::Authentication => {
                ("End-user API", "authentication-openapi.json")
            }
        };
        let mut out = format!(
            "\n## {api} (`{file}`)\n\n| check ({}) | spec agrees with the OpenAPI |\n|---|---|\n",
            self.client.as_str()
        );
        for c in &self.checks {
            let _ = writeln!(out, "| {} | {}/{} |", c.what, c.agree, c.total);
        }
        for kind in Disagree::ALL {
            let rows: Vec<&Disagreement> = self
                .disagreements
                .iter()
                .filter(|d| d.kind == kind)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let _ = write!(
                out,
                "\n### {} ({})\n\n**Rule.** {}\n\n",
                kind.title(),
                rows.len(),
                kind.rule()
            );
            for d in rows {
                let _ = writeln!(out, "- `{}`: {}", d.subject, d.detail);
            }
        }
        out
    }
}
