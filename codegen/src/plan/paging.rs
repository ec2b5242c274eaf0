//! Which endpoints page, and how: an override (`paging:` on an endpoint in
//! `spec/overrides.yaml`) marks or unmarks an endpoint or names its list and total; otherwise the
//! rule decides. The rule (reviewed, applied to every endpoint): the endpoint takes `page` and
//! `limit` parameters (numbers, or strings as the docs type a few), or an `options.pagination`
//! in its body, and answers a structure with a `list` array and, optionally, a `totalCount` or
//! `count` number. Endpoints that look paged but get no paginator are listed with the reason.

use spec_model::names;
use spec_model::spec::Paging as Override;
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedEndpoint, CheckedField, CheckedType, Spec};

use super::FieldPlan;

/// Where the page number and size go. Parameters are indices into the endpoint's parameter
/// plans.
pub enum Place<'p> {
    /// Parameters of the endpoint (query or body).
    Params { page: usize, limit: usize },
    /// `<option>.pagination.page` and `.limit` in the body: an optional parameter whose
    /// structure has an optional `pagination` of a structure with optional numeric `page` and
    /// `limit` (`list_users`' `options`); both structures build with `new()`.
    Options {
        option: usize,
        options_type: &'p str,
        pagination_type: &'p str,
        page: &'p CheckedField,
        limit: &'p CheckedField,
    },
}

/// What a paged endpoint's paginator needs.
pub struct Paging<'p> {
    pub place: Place<'p>,
    /// The answer's list field.
    pub list: &'p CheckedField,
    /// The response structure, its list's item type, and whether the list is required.
    pub data: &'p str,
    pub item: &'p TypeExpr,
    pub list_required: bool,
    /// The answer's total field.
    pub total: Option<&'p CheckedField>,
}

fn numeric(ty: &TypeExpr) -> bool {
    matches!(ty, TypeExpr::Integer | TypeExpr::Number)
}

/// The endpoint's paging, when the rule finds it paged (`plans`: its parameters' plans).
pub fn paging<'p>(
    spec: &'p Spec,
    ep: &'p CheckedEndpoint,
    plans: &[FieldPlan<'p>],
) -> Option<Paging<'p>> {
    // The docs type a few `page`/`limit` pairs as strings; the query string is text anyway.
    let param = |wire: &str| {
        plans.iter().position(|p| {
            p.field.def.name.value == wire
                && (numeric(&p.field.ty) || p.field.ty == TypeExpr::String)
        })
    };
    let (list_name, total_names): (&str, Vec<&str>) = match &ep.def.paging {
        Some(Override::Marked(false)) => return None,
        Some(Override::Fields { list, total }) => {
            (list.as_str(), total.iter().map(String::as_str).collect())
        }
        Some(Override::Marked(true)) | None => ("list", vec!["totalCount", "count"]),
    };
    let place = match (param("page"), param("limit")) {
        (Some(page), Some(limit)) => Place::Params { page, limit },
        _ => options_place(spec, plans)?,
    };
    let Some(TypeExpr::Named(data)) = &ep.data else {
        return None;
    };
    let ty: &CheckedType = spec.types.get(data).filter(|t| !t.is_enum())?;
    let (list, item) = ty.fields.iter().find_map(|f| match &f.ty {
        TypeExpr::Array(inner) if f.def.name.value == list_name => Some((f, &**inner)),
        _ => None,
    })?;
    let total = ty
        .fields
        .iter()
        .find(|f| total_names.contains(&f.def.name.value.as_str()) && numeric(&f.ty));
    Some(Paging {
        place,
        list,
        data,
        item,
        list_required: list.def.required,
        total,
    })
}

/// The `Options` place of an endpoint, when it has one (see [`Place::Options`]).
fn options_place<'p>(spec: &'p Spec, plans: &[FieldPlan<'p>]) -> Option<Place<'p>> {
    let builds_empty = |ty: &CheckedType| ty.fields.iter().all(|f| !f.def.required);
    plans.iter().enumerate().find_map(|(index, option)| {
        if option.field.def.required {
            return None;
        }
        let options_type = option.field.ty.named()?;
        let options = spec
            .types
            .get(options_type)
            .filter(|t| !t.is_enum() && builds_empty(t))?;
        let pagination = options
            .fields
            .iter()
            .find(|f| f.def.name.value == "pagination" && !f.def.required)?;
        let pagination_type = pagination.ty.named()?;
        let paging = spec
            .types
            .get(pagination_type)
            .filter(|t| !t.is_enum() && builds_empty(t))?;
        let field = |wire: &str| {
            paging
                .fields
                .iter()
                .find(|f| f.def.name.value == wire && numeric(&f.ty))
        };
        Some(Place::Options {
            option: index,
            options_type,
            pagination_type,
            page: field("page")?,
            limit: field("limit")?,
        })
    })
}

impl Paging<'_> {
    /// The parameter whose setter twin unsets where the page number comes from (so paging
    /// starts at 1): `set_page` or `set_options`, for an optional parameter (`plans`: the
    /// endpoint's).
    pub fn reset_param<'a, 'p>(&self, plans: &'a [FieldPlan<'p>]) -> Option<&'a FieldPlan<'p>> {
        match &self.place {
            Place::Params { page, .. } => Some(&plans[*page]).filter(|p| !p.field.def.required),
            Place::Options { option, .. } => Some(&plans[*option]),
        }
    }

    /// The Rust names of the answer's list and total fields.
    pub fn list_name(&self) -> String {
        names::snake_ident(&self.list.def.name.value)
    }
}

/// Endpoints that page (a `page` and `limit` pair, or a `pagination` option in the body) but get
/// no paginator from the rule, each with the reason: listed in the generated `requests` module's
/// docs.
pub fn unpaged(plan: &super::Plan<'_>) -> Vec<(String, String)> {
    let spec = plan.spec;
    let mut out = Vec::new();
    for endpoint in &plan.endpoints {
        let (ep, plans) = (endpoint.ep, &endpoint.params);
        if endpoint.paging.is_some() {
            continue;
        }
        match &ep.def.paging {
            Some(Override::Marked(false)) => {
                out.push((
                    ep.def.name.value.clone(),
                    "an override says it does not page (see `spec/overrides.yaml`)".to_owned(),
                ));
                continue;
            }
            Some(Override::Fields { list, .. }) => {
                out.push((
                    ep.def.name.value.clone(),
                    format!("its override names `{list}`, which its answer has not as a list"),
                ));
                continue;
            }
            _ => {}
        }
        let has = |wire: &str| plans.iter().any(|p| p.field.def.name.value == wire);
        let body_pagination = plans.iter().find_map(|p| {
            let ty = spec.types.get(p.field.ty.named()?)?;
            ty.fields
                .iter()
                .any(|f| f.def.name.value == "pagination")
                .then(|| p.field.def.name.value.clone())
        });
        let reason = if let Some(option) = body_pagination {
            format!("pages through `{option}.pagination` in its body")
        } else if has("page") && has("limit") {
            let odd: Vec<String> = plans
                .iter()
                .filter(|p| matches!(p.field.def.name.value.as_str(), "page" | "limit"))
                .filter(|p| !numeric(&p.field.ty) && p.field.ty != TypeExpr::String)
                .map(|p| format!("`{}` is `{}`", p.field.def.name.value, p.field.ty))
                .collect();
            if !odd.is_empty() {
                out.push((
                    ep.def.name.value.clone(),
                    format!("the docs type {} (not a number)", odd.join(" and ")),
                ));
                continue;
            }
            match &ep.data {
                Some(TypeExpr::Named(n)) if spec.types.get(n).is_some_and(|t| !t.is_enum()) => {
                    format!("its answer (`{n}`) has no `list` array beside a numeric total")
                }
                Some(other) => format!("its answer is `{other}`, not a structure with a `list`"),
                None => "it answers no data".to_owned(),
            }
        } else {
            continue;
        };
        out.push((ep.def.name.value.clone(), reason));
    }
    out
}
