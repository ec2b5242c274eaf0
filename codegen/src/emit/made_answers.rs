//! Answers made from the spec for the endpoints no source gives an example answer for, which
//! the local Authing serves and the every-endpoint test decodes: a plain value of each type.
//! Only JSON values are made here; no Rust is emitted.

use spec_model::types::TypeExpr;
use spec_model::validate::Spec;

use crate::plan::EndpointPlan;

/// An answer made from the spec for an endpoint no source gives an example for, so the local
/// Authing can answer it and the every-endpoint test can decode it: for a paged endpoint
/// `{"<list>": [item], "<total>": 1}`, else a plain value of its `data` type (`null` without
/// one); structures with their required fields only (each a plain value of its type). `None`
/// for an endpoint with an example.
pub fn made_answer(spec: &Spec, plan: &EndpointPlan<'_>) -> Option<serde_json::Value> {
    if plan.ep.def.example_response.is_some() {
        return None;
    }
    let Some(paged) = plan.paging.as_ref() else {
        return Some(
            plan.ep
                .data
                .as_ref()
                .map_or(serde_json::Value::Null, |ty| minimal(spec, ty, 0)),
        );
    };
    let mut data = serde_json::Map::new();
    data.insert(
        paged.list.def.name.value.clone(),
        serde_json::json!([minimal(spec, paged.item, 0)]),
    );
    if let Some(total) = paged.total {
        data.insert(total.def.name.value.clone(), serde_json::json!(1));
    }
    Some(serde_json::Value::Object(data))
}

/// A plain value of `ty`: a struct with its required fields, the first value of an enum.
fn minimal(spec: &Spec, ty: &TypeExpr, depth: usize) -> serde_json::Value {
    use serde_json::json;
    match ty {
        TypeExpr::String => json!("local"),
        TypeExpr::Integer | TypeExpr::Number => json!(1),
        TypeExpr::Boolean => json!(true),
        TypeExpr::Json | TypeExpr::Map(_) => json!({}),
        TypeExpr::Array(_) => json!([]),
        TypeExpr::Named(n) => match spec.types.get(n) {
            Some(t) if t.is_enum() => t
                .def
                .values
                .first()
                .map_or(json!("local"), |v| json!(v.value.value)),
            Some(t) if depth < 8 => serde_json::Value::Object(
                t.fields
                    .iter()
                    .filter(|f| f.def.required)
                    .map(|f| (f.def.name.value.clone(), minimal(spec, &f.ty, depth + 1)))
                    .collect(),
            ),
            _ => json!({}),
        },
    }
}
