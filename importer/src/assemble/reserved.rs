//! Phase 5, names the prelude has: a type the docs name `Result` (or any other name of Rust's
//! prelude, `spec_model::names::RESERVED_TYPE_NAMES`) would shadow the prelude in generated code,
//! so it is named `ResultDto`, everywhere it is referred to, and the report says so.

use spec_model::names::is_reserved_type_name;
use spec_model::spec::S;
use spec_model::types::TypeExpr;

use super::Assembled;
use crate::report::{Kind, Report};

/// Renames every type whose name the prelude has, and every reference to it.
pub(super) fn rename_reserved(spec: &mut Assembled, report: &mut Report) {
    let mut renamed = std::collections::BTreeMap::new();
    let taken: std::collections::BTreeSet<String> =
        spec.types.iter().map(|t| t.name.value.clone()).collect();
    for ty in &mut spec.types {
        let name = &ty.name.value;
        if !is_reserved_type_name(name) {
            continue;
        }
        let new = (1..)
            .map(|n| match n {
                1 => format!("{name}Dto"),
                n => format!("{name}Dto{n}"),
            })
            .find(|candidate| !taken.contains(candidate))
            .unwrap_or_default();
        let page = ty.sources.first().map_or("", String::as_str);
        report.add(
            Kind::ReservedTypeName,
            page,
            0,
            format!("`{name}` is a name of Rust's prelude: named `{new}`"),
        );
        renamed.insert(name.clone(), new.clone());
        ty.name.value = new;
    }
    if renamed.is_empty() {
        return;
    }
    let rename = |ty: &mut S<String>| {
        if let Ok(expr) = TypeExpr::parse(&ty.value) {
            ty.value = renamed_expr(expr, &renamed).to_string();
        }
    };
    for ty in &mut spec.types {
        ty.fields.iter_mut().for_each(|f| rename(&mut f.ty));
    }
    for ep in &mut spec.endpoints {
        ep.params.iter_mut().for_each(|p| rename(&mut p.ty));
        if let Some(data) = &mut ep.response.data {
            rename(data);
        }
    }
    spec.types.sort_by(|a, b| a.name.value.cmp(&b.name.value));
}

fn renamed_expr(expr: TypeExpr, renamed: &std::collections::BTreeMap<String, String>) -> TypeExpr {
    match expr {
        TypeExpr::Named(n) => TypeExpr::Named(renamed.get(&n).cloned().unwrap_or(n)),
        TypeExpr::Array(inner) => TypeExpr::Array(Box::new(renamed_expr(*inner, renamed))),
        TypeExpr::Map(inner) => TypeExpr::Map(Box::new(renamed_expr(*inner, renamed))),
        other => other,
    }
}
