//! Semantic comparison of two validated specs: what changed for a Rust user of the SDK, each
//! change classified by semver for this crate's public API. Rendering lives in `diff_report`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedEndpoint, CheckedField, CheckedType, Spec};

use crate::plan::Plan;

/// What a change does to code that uses the SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Impact {
    /// Code that compiled before may not compile, or a value it relied on is gone.
    Breaking,
    /// New API surface; existing code keeps compiling and working.
    Additive,
    /// No API change (documentation, wire details behind the same API).
    Patch,
}

/// The kinds of change, in report order (descriptions last).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    EndpointAdded,
    EndpointRemoved,
    EndpointRouteChanged,
    EndpointMovedToOrFromSession,
    ResponseRetyped,
    PaginatorAdded,
    PaginatorRemoved,
    ParamAdded,
    ParamRemoved,
    ParamMadeRequired,
    ParamMadeOptional,
    ParamRetyped,
    TypeAdded,
    TypeRemoved,
    FieldAdded,
    FieldRemoved,
    FieldMadeRequired,
    FieldMadeOptional,
    FieldRetyped,
    EnumValueAdded,
    EnumValueRemoved,
    DescriptionChanged,
}

impl ChangeKind {
    pub fn title(self) -> &'static str {
        match self {
            ChangeKind::EndpointAdded => "Endpoints added",
            ChangeKind::EndpointRemoved => "Endpoints removed",
            ChangeKind::EndpointRouteChanged => "Endpoint routes changed",
            ChangeKind::EndpointMovedToOrFromSession => {
                "End-user methods moved between `AuthenticationClient` and `UserSession`"
            }
            ChangeKind::ResponseRetyped => "Response types changed",
            ChangeKind::PaginatorAdded => "Paginators added",
            ChangeKind::PaginatorRemoved => "Paginators removed",
            ChangeKind::ParamAdded => "Parameters added",
            ChangeKind::ParamRemoved => "Parameters removed",
            ChangeKind::ParamMadeRequired => "Parameters made required",
            ChangeKind::ParamMadeOptional => "Parameters made optional",
            ChangeKind::ParamRetyped => "Parameters retyped",
            ChangeKind::TypeAdded => "Types added",
            ChangeKind::TypeRemoved => "Types removed",
            ChangeKind::FieldAdded => "Fields added",
            ChangeKind::FieldRemoved => "Fields removed",
            ChangeKind::FieldMadeRequired => "Fields made required",
            ChangeKind::FieldMadeOptional => "Fields made optional",
            ChangeKind::FieldRetyped => "Fields retyped",
            ChangeKind::EnumValueAdded => "Enum values added",
            ChangeKind::EnumValueRemoved => "Enum values removed",
            ChangeKind::DescriptionChanged => "Descriptions changed",
        }
    }
}

/// One difference between the specs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    pub impact: Impact,
    pub kind: ChangeKind,
    /// What changed, e.g. `get_user`, `get_user(withPost)`, `UserDto.workStatus`, `UserGender::F`.
    pub target: String,
    /// A short detail such as `string -> integer` or `optional, boolean`.
    pub detail: String,
}

/// The version bump a set of changes implies, by Cargo's semver rules (for 0.x, a breaking
/// change bumps the minor version and anything else the patch version).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpecDiff {
    /// Sorted: by kind (report order), then target.
    pub changes: Vec<Change>,
}

impl SpecDiff {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    /// The bump for a crate currently at `version` (`major.minor.patch`).
    pub fn bump(&self, version: &str) -> Bump {
        let worst = self.changes.iter().map(|c| c.impact).min();
        let pre_1 = version.starts_with("0.");
        match worst {
            None => Bump::None,
            Some(Impact::Breaking) if pre_1 => Bump::Minor,
            Some(Impact::Breaking) => Bump::Major,
            Some(Impact::Additive) if pre_1 => Bump::Patch,
            Some(Impact::Additive) => Bump::Minor,
            Some(Impact::Patch) => Bump::Patch,
        }
    }
}

/// `major.minor.patch` as numbers (ordered as versions are); `None` when it is not that.
pub fn parse_version(version: &str) -> Option<(u64, u64, u64)> {
    let mut parts = version.split('.').map(|p| p.parse::<u64>().ok());
    let parsed = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(parsed)
}

/// Applies a bump to `major.minor.patch`; `None` when the version does not parse.
pub fn next_version(version: &str, bump: Bump) -> Option<String> {
    let (major, minor, patch) = parse_version(version)?;
    Some(match bump {
        Bump::None => format!("{major}.{minor}.{patch}"),
        Bump::Patch => format!("{major}.{minor}.{}", patch + 1),
        Bump::Minor => format!("{major}.{}.0", minor + 1),
        Bump::Major => format!("{}.0.0", major + 1),
    })
}

/// How a report names an endpoint: its method name, prefixed with the client for the end-user
/// API (`AuthenticationClient::get_profile`), since a name can exist on both clients.
pub fn endpoint_label(ep: &CheckedEndpoint) -> String {
    match ep.def.client {
        spec_model::spec::Client::Management => ep.def.name.value.clone(),
        client => format!("{}::{}", client.type_name(), ep.def.name.value),
    }
}

/// Compares `old` with `new`.
pub fn diff(old: &Spec, new: &Spec) -> SpecDiff {
    let mut out = Vec::new();
    // Paginators follow from the spec (the rule, or a `paging` override): the plan says which.
    let (old_plan, new_plan) = (Plan::new(old), Plan::new(new));
    fn endpoints<'s>(plan: &Plan<'s>) -> BTreeMap<String, (bool, &'s CheckedEndpoint)> {
        plan.endpoints
            .iter()
            .map(|e| (endpoint_label(e.ep), (e.paging.is_some(), e.ep)))
            .collect()
    }
    let (old_eps, new_eps) = (endpoints(&old_plan), endpoints(&new_plan));
    for (name, (paged, ep)) in &new_eps {
        match old_eps.get(name) {
            None => out.push(change(
                Impact::Additive,
                ChangeKind::EndpointAdded,
                name,
                format!(
                    "{} {}",
                    ep.def.http.method.value.as_str(),
                    ep.def.http.path.value
                ),
            )),
            Some(before) => diff_endpoint(*before, (*paged, ep), &mut out),
        }
    }
    for (name, (_, ep)) in &old_eps {
        if !new_eps.contains_key(name) {
            out.push(change(
                Impact::Breaking,
                ChangeKind::EndpointRemoved,
                name,
                format!(
                    "{} {}",
                    ep.def.http.method.value.as_str(),
                    ep.def.http.path.value
                ),
            ));
        }
    }
    for (name, ty) in &new.types {
        match old.types.get(name) {
            None => out.push(change(
                Impact::Additive,
                ChangeKind::TypeAdded,
                name,
                kind_word(ty).to_string(),
            )),
            Some(before) => diff_type(before, ty, &mut out),
        }
    }
    for (name, ty) in &old.types {
        if !new.types.contains_key(name) {
            out.push(change(
                Impact::Breaking,
                ChangeKind::TypeRemoved,
                name,
                kind_word(ty).to_string(),
            ));
        }
    }
    out.sort_by(|a, b| (a.kind, &a.target).cmp(&(b.kind, &b.target)));
    SpecDiff { changes: out }
}

fn change(impact: Impact, kind: ChangeKind, target: &str, detail: String) -> Change {
    Change {
        impact,
        kind,
        target: target.to_string(),
        detail,
    }
}

fn kind_word(ty: &CheckedType) -> &'static str {
    if ty.is_enum() {
        "enum"
    } else {
        "struct"
    }
}

/// One endpoint's changes; each side with whether it pages.
fn diff_endpoint(
    (old_paged, old): (bool, &CheckedEndpoint),
    (new_paged, new): (bool, &CheckedEndpoint),
    out: &mut Vec<Change>,
) {
    let label = endpoint_label(new);
    let name = label.as_str();
    match (old_paged, new_paged) {
        (false, true) => out.push(change(
            Impact::Additive,
            ChangeKind::PaginatorAdded,
            name,
            "`pages()`, `items()`, `page_size()`".to_owned(),
        )),
        (true, false) => out.push(change(
            Impact::Breaking,
            ChangeKind::PaginatorRemoved,
            name,
            "`pages()`, `items()`, `page_size()`".to_owned(),
        )),
        _ => {}
    }
    let route = |e: &CheckedEndpoint| {
        format!(
            "{} {} ({})",
            e.def.http.method.value.as_str(),
            e.def.http.path.value,
            e.def.http.params_in.value.as_str()
        )
    };
    if route(old) != route(new) {
        out.push(change(
            Impact::Patch,
            ChangeKind::EndpointRouteChanged,
            name,
            format!("{} -> {}", route(old), route(new)),
        ));
    }
    let user_token = |ep: &CheckedEndpoint| format!("{:?}", ep.def.user_token).to_lowercase();
    if old.def.user_token != new.def.user_token {
        // On both types now: the method was only added where it was missing.
        let impact = match new.def.user_token {
            spec_model::spec::UserToken::Optional => Impact::Additive,
            _ => Impact::Breaking,
        };
        out.push(change(
            impact,
            ChangeKind::EndpointMovedToOrFromSession,
            name,
            format!("user_token: {} -> {}", user_token(old), user_token(new)),
        ));
    }
    if old.data != new.data {
        out.push(change(
            Impact::Breaking,
            ChangeKind::ResponseRetyped,
            name,
            format!("{} -> {}", show(old.data.as_ref()), show(new.data.as_ref())),
        ));
    }
    if old.def.summary != new.def.summary || old.def.description != new.def.description {
        out.push(change(
            Impact::Patch,
            ChangeKind::DescriptionChanged,
            name,
            String::new(),
        ));
    }
    diff_fields(
        &format!("{name}("),
        ")",
        &old.params,
        &new.params,
        true,
        out,
    );
}

fn diff_type(old: &CheckedType, new: &CheckedType, out: &mut Vec<Change>) {
    let name = new.def.name.value.as_str();
    if old.is_enum() != new.is_enum() {
        out.push(change(
            Impact::Breaking,
            ChangeKind::TypeRemoved,
            name,
            format!(
                "{} replaced by {} of the same name",
                kind_word(old),
                kind_word(new)
            ),
        ));
        out.push(change(
            Impact::Additive,
            ChangeKind::TypeAdded,
            name,
            kind_word(new).to_string(),
        ));
        return;
    }
    if old.def.description != new.def.description {
        out.push(change(
            Impact::Patch,
            ChangeKind::DescriptionChanged,
            name,
            String::new(),
        ));
    }
    if new.is_enum() {
        let values = |t: &CheckedType| -> BTreeMap<String, Option<String>> {
            t.def
                .values
                .iter()
                .map(|v| (v.value.value.clone(), v.description.clone()))
                .collect()
        };
        let (before, after) = (values(old), values(new));
        for (value, description) in &after {
            let target = format!("{name}::{value}");
            match before.get(value) {
                None => out.push(change(
                    Impact::Additive,
                    ChangeKind::EnumValueAdded,
                    &target,
                    String::new(),
                )),
                Some(d) if d != description => out.push(change(
                    Impact::Patch,
                    ChangeKind::DescriptionChanged,
                    &target,
                    String::new(),
                )),
                Some(_) => {}
            }
        }
        for value in before.keys().filter(|v| !after.contains_key(*v)) {
            out.push(change(
                Impact::Breaking,
                ChangeKind::EnumValueRemoved,
                &format!("{name}::{value}"),
                "now decodes as `Unknown`".to_string(),
            ));
        }
    } else {
        diff_fields(
            &format!("{name}."),
            "",
            &old.fields,
            &new.fields,
            false,
            out,
        );
    }
}

/// Compares two field lists (parameters when `params`, else struct fields).
fn diff_fields(
    prefix: &str,
    suffix: &str,
    old: &[CheckedField],
    new: &[CheckedField],
    params: bool,
    out: &mut Vec<Change>,
) {
    let by_name = |fields: &[CheckedField]| -> BTreeMap<String, CheckedField> {
        fields
            .iter()
            .map(|f| (f.def.name.value.clone(), f.clone()))
            .collect()
    };
    let (before, after) = (by_name(old), by_name(new));
    let target = |n: &str| format!("{prefix}{n}{suffix}");
    let kinds = if params {
        [
            ChangeKind::ParamAdded,
            ChangeKind::ParamRemoved,
            ChangeKind::ParamMadeRequired,
            ChangeKind::ParamMadeOptional,
            ChangeKind::ParamRetyped,
        ]
    } else {
        [
            ChangeKind::FieldAdded,
            ChangeKind::FieldRemoved,
            ChangeKind::FieldMadeRequired,
            ChangeKind::FieldMadeOptional,
            ChangeKind::FieldRetyped,
        ]
    };
    let [added, removed, made_required, made_optional, retyped] = kinds;
    for (name, f) in &after {
        let Some(b) = before.get(name) else {
            // A new required parameter is a new positional argument, and a new required field a
            // new argument of the struct's `new`: breaking. A new optional parameter or field (a
            // setter, and a field of a `#[non_exhaustive]` struct) is additive.
            let impact = if f.def.required {
                Impact::Breaking
            } else {
                Impact::Additive
            };
            let mut detail = field_detail(f);
            if !params && f.def.required {
                let type_name = prefix.trim_end_matches('.');
                detail.push_str(&format!("; a new argument of `{type_name}::new`"));
            }
            out.push(change(impact, added, &target(name), detail));
            continue;
        };
        if b.ty != f.ty || b.def.secret != f.def.secret {
            let mut detail = format!("{} -> {}", field_type(b), field_type(f));
            if params && string_became_named(&b.ty, &f.ty) {
                // The setter and the positional argument take `impl Into<T>`, and a string enum
                // converts from `&str` and `String`: only `set_x(Option<String>)` breaks.
                detail.push_str("; `x(\"value\")` still compiles, `set_x(Some(string))` does not");
            }
            out.push(change(Impact::Breaking, retyped, &target(name), detail));
        }
        if b.def.required != f.def.required {
            // Either way the Rust signature changes (positional argument <-> setter, or
            // `T` <-> `Option<T>`).
            let kind = if f.def.required {
                made_required
            } else {
                made_optional
            };
            out.push(change(Impact::Breaking, kind, &target(name), field_type(f)));
        }
        // Defaults compared by value: their spans move when lines above them do.
        let default = |f: &CheckedField| f.def.default.as_ref().map(|d| d.value.clone());
        if b.def.description != f.def.description || default(b) != default(f) {
            out.push(change(
                Impact::Patch,
                ChangeKind::DescriptionChanged,
                &target(name),
                String::new(),
            ));
        }
    }
    let gone: BTreeSet<&String> = before.keys().filter(|n| !after.contains_key(*n)).collect();
    for name in gone {
        out.push(change(
            Impact::Breaking,
            removed,
            &target(name),
            field_detail(&before[name]),
        ));
    }
}

/// A string that became a named type (a string enum, for parameters). Not a list: a
/// `Vec<&str>` does not convert into a `Vec` of the enum.
fn string_became_named(old: &TypeExpr, new: &TypeExpr) -> bool {
    matches!((old, new), (TypeExpr::String, TypeExpr::Named(_)))
}

fn field_type(f: &CheckedField) -> String {
    if f.def.secret {
        format!("{} (secret)", f.ty)
    } else {
        f.ty.to_string()
    }
}

fn field_detail(f: &CheckedField) -> String {
    let req = if f.def.required {
        "required"
    } else {
        "optional"
    };
    format!("{req}, {}", field_type(f))
}

fn show(t: Option<&TypeExpr>) -> String {
    t.map_or_else(|| "(none)".to_string(), ToString::to_string)
}
