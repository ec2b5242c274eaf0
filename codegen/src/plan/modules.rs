//! Where each item lives: the endpoint groups (one module and, for the Management API, one
//! cargo feature each) and, for each type, the groups that use it, which decide its module and
//! the features it is compiled under.

use std::collections::{BTreeMap, BTreeSet};

use spec_model::spec::Client;
use spec_model::validate::Spec;

use crate::names;

/// For each type, the groups whose endpoints use it (directly or through other types); none for a
/// type that is always compiled (no endpoint uses it, or such a type refers to it).
pub fn type_groups(spec: &Spec) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut users: BTreeMap<&str, BTreeSet<&str>> = spec
        .types
        .keys()
        .map(|k| (k.as_str(), BTreeSet::new()))
        .collect();
    for ep in &spec.endpoints {
        let mut stack: Vec<&str> = ep
            .params
            .iter()
            .map(|p| &p.ty)
            .chain(ep.data.as_ref())
            .filter_map(|t| t.named())
            .collect();
        let mut seen = BTreeSet::new();
        while let Some(name) = stack.pop() {
            if !seen.insert(name) {
                continue;
            }
            users
                .entry(name)
                .or_default()
                .insert(ep.def.group.value.as_str());
            if let Some(ty) = spec.types.get(name) {
                stack.extend(ty.fields.iter().filter_map(|f| f.ty.named()));
            }
        }
    }
    // A type no endpoint uses is always compiled, so whatever it refers to must be too (an enum
    // it shares with an endpoint's type would otherwise sit behind that endpoint's feature).
    let mut always: Vec<&str> = users
        .iter()
        .filter(|(_, groups)| groups.is_empty())
        .map(|(name, _)| *name)
        .collect();
    while let Some(name) = always.pop() {
        let Some(ty) = spec.types.get(name) else {
            continue;
        };
        for used in ty.fields.iter().filter_map(|f| f.ty.named()) {
            if let Some(groups) = users.get_mut(used).filter(|g| !g.is_empty()) {
                groups.clear();
                always.push(used);
            }
        }
    }
    users
}

/// The endpoint groups of one client, sorted.
pub fn groups_of(spec: &Spec, client: Client) -> BTreeSet<&str> {
    spec.endpoints
        .iter()
        .filter(|e| e.def.client == client)
        .map(|e| e.def.group.value.as_str())
        .collect()
}

/// Each endpoint group's cargo feature (see [`names::feature`]).
pub fn group_features(spec: &Spec) -> BTreeMap<&str, &str> {
    spec.endpoints
        .iter()
        .map(|e| {
            let group = e.def.group.value.as_str();
            (group, names::feature(e.def.client, group))
        })
        .collect()
}
