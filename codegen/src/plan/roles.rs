//! Which way each type travels: sent in requests, read from responses, or both. Response types
//! get a generated decoder, request types a `Serialize` impl; the other serde impls are opt-in
//! (the SDK's `serde` feature). Nothing here emits code.

use std::collections::{BTreeMap, BTreeSet};

use spec_model::types::TypeExpr;
use spec_model::validate::Spec;

/// How a type is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Role {
    /// Reachable from an endpoint's parameters: serialised into a request.
    pub request: bool,
    /// Reachable from an endpoint's `data`: decoded from a response.
    pub response: bool,
}

/// The role of every type in the spec (a type no endpoint uses has neither).
pub fn roles(spec: &Spec) -> BTreeMap<&str, Role> {
    let requests = reachable(
        spec,
        spec.endpoints
            .iter()
            .flat_map(|e| e.params.iter().map(|p| &p.ty)),
    );
    let responses = reachable(spec, spec.endpoints.iter().filter_map(|e| e.data.as_ref()));
    spec.types
        .keys()
        .map(|name| {
            let name = name.as_str();
            let role = Role {
                request: requests.contains(name),
                response: responses.contains(name),
            };
            (name, role)
        })
        .collect()
}

/// The types `roots` name, directly or through the fields of the types they name.
fn reachable<'s>(spec: &'s Spec, roots: impl Iterator<Item = &'s TypeExpr>) -> BTreeSet<&'s str> {
    let mut stack: Vec<&str> = roots.filter_map(TypeExpr::named).collect();
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(ty) = spec.types.get(name) {
            stack.extend(ty.fields.iter().filter_map(|f| f.ty.named()));
        }
    }
    seen
}
