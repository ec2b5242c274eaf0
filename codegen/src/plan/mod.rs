//! The plan: every decision the emitters, the diff and the local and test outputs share, made
//! once after validation and read by all of them. Per type: its role, module, the features it is
//! compiled under and its fields' plans. Per endpoint: its builder's name, its parameters'
//! plans, its paging and its feature. Nothing here emits code; no emitter decides any of this
//! again.

mod fields;
mod modules;
mod paging;
mod roles;
mod stamps;

use std::collections::{BTreeMap, BTreeSet};

use spec_model::spec::{Client, UserToken};
use spec_model::validate::{CheckedEndpoint, CheckedType, Spec};

pub use fields::{accessor_name, FieldPlan, Holder};
pub use paging::{Paging, Place};
pub use roles::Role;
pub use stamps::Stamp;

use crate::names;

/// The module of the types several groups share.
pub const COMMON: &str = spec_model::spec::SHARED_GROUP;

/// Every decision about the spec's Rust side.
pub struct Plan<'s> {
    pub spec: &'s Spec,
    /// Every type, by name.
    pub types: BTreeMap<&'s str, TypePlan<'s>>,
    /// Every endpoint, in the spec's order (by group and name).
    pub endpoints: Vec<EndpointPlan<'s>>,
    /// Each endpoint group's cargo feature.
    pub features: BTreeMap<&'s str, &'s str>,
}

/// One type's plan.
pub struct TypePlan<'s> {
    pub ty: &'s CheckedType,
    pub role: Role,
    /// The module it lives in: its one group's, or [`COMMON`].
    pub module: &'s str,
    /// The cargo features it is compiled under (any of them); empty: always.
    pub features: BTreeSet<&'s str>,
    /// Its fields (none for an enum).
    pub fields: Vec<FieldPlan<'s>>,
}

/// One endpoint's plan.
pub struct EndpointPlan<'s> {
    pub ep: &'s CheckedEndpoint,
    /// Its request builder's type name (`GetUserRequest`).
    pub builder: String,
    /// Its parameters, as the builder's fields.
    pub params: Vec<FieldPlan<'s>>,
    /// How it pages, when it does.
    pub paging: Option<Paging<'s>>,
    /// The cargo feature its group is behind.
    pub feature: &'s str,
    /// The types its method is on (one, or for a call made both before sign-in and for a user,
    /// `AuthenticationClient` and `UserSession`), the primary one first.
    pub receivers: Vec<Receiver>,
    /// The hand-written call its users go through instead, when there is one: its method and
    /// builder are then hidden from the docs ([`names::wrapped_by`]).
    pub wrapped_by: Option<&'static str>,
}

impl EndpointPlan<'_> {
    /// The type the method is on first (the builder's docs link to it; the tests call it).
    pub fn receiver(&self) -> Receiver {
        self.receivers
            .first()
            .copied()
            .unwrap_or(Receiver::Management)
    }

    /// The method's positional parameters: the path parameters in the order of their
    /// placeholders, then the other required parameters in docs order.
    pub fn positional(&self) -> Vec<&FieldPlan<'_>> {
        let path = &self.ep.def.http.path.value;
        let mut positional: Vec<&FieldPlan<'_>> = spec_model::path_params::placeholders(path)
            .into_iter()
            .filter_map(|name| {
                self.params
                    .iter()
                    .find(|p| p.field.def.in_path() && p.field.def.name.value == name)
            })
            .collect();
        positional.extend(
            self.params
                .iter()
                .filter(|p| p.field.def.required && !p.field.def.in_path()),
        );
        positional
    }

    /// The parameters that go where `http.params_in` says (the query or the JSON body): all
    /// but the path parameters.
    pub fn sent_in_query_or_body(&self) -> Vec<&FieldPlan<'_>> {
        self.params
            .iter()
            .filter(|p| !p.field.def.in_path())
            .collect()
    }

    /// The path parameters in the order of their placeholders.
    pub fn path_params(&self) -> Vec<&FieldPlan<'_>> {
        self.positional()
            .into_iter()
            .take_while(|p| p.field.def.in_path())
            .collect()
    }
}

/// The type an endpoint's method is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Receiver {
    /// `ManagementClient`: the Management API.
    Management,
    /// `AuthenticationClient`: an end-user call the application makes (sign-in, QR codes).
    App,
    /// `UserSession`: an end-user call for a signed-in user, with the user's token (the spec's
    /// `user_token`).
    Session,
}

impl Receiver {
    /// The Rust type, e.g. `UserSession`.
    pub fn type_name(self) -> &'static str {
        match self {
            Receiver::Management => "ManagementClient",
            Receiver::App => "AuthenticationClient",
            Receiver::Session => "UserSession",
        }
    }
}

impl<'s> Plan<'s> {
    /// Decides everything for `spec`.
    pub fn new(spec: &'s Spec) -> Plan<'s> {
        let features = modules::group_features(spec);
        let used_by = modules::type_groups(spec);
        let roles = roles::roles(spec);
        let types = spec
            .types
            .iter()
            .map(|(name, ty)| {
                let name = name.as_str();
                let groups = &used_by[name];
                // A type one group uses lives in that group's module (behind its feature);
                // shared (or unused) types live in `common`, compiled when a group that needs
                // them is.
                let (module, features) = match groups.len() {
                    1 => (
                        groups.iter().next().copied().unwrap_or(COMMON),
                        BTreeSet::new(),
                    ),
                    _ => (
                        COMMON,
                        groups
                            .iter()
                            .map(|g| features.get(g).copied().unwrap_or(g))
                            .collect(),
                    ),
                };
                let plan = TypePlan {
                    ty,
                    role: roles[name],
                    module,
                    features,
                    fields: fields::plan_fields(&ty.fields, Holder::Struct),
                };
                (name, plan)
            })
            .collect();
        let endpoints = spec
            .endpoints
            .iter()
            .map(|ep| {
                let params = fields::plan_fields(&ep.params, Holder::Builder);
                let paging = paging::paging(spec, ep, &params);
                EndpointPlan {
                    ep,
                    builder: names::request_type(&ep.def.name.value),
                    params,
                    paging,
                    feature: names::feature(ep.def.client, &ep.def.group.value),
                    wrapped_by: names::wrapped_by(ep.def.client, &ep.def.name.value),
                    receivers: match (ep.def.client, ep.def.user_token) {
                        (Client::Management, _) => vec![Receiver::Management],
                        (Client::Authentication, UserToken::None) => vec![Receiver::App],
                        (Client::Authentication, UserToken::Required) => vec![Receiver::Session],
                        (Client::Authentication, UserToken::Optional) => {
                            vec![Receiver::App, Receiver::Session]
                        }
                    },
                }
            })
            .collect();
        Plan {
            spec,
            types,
            endpoints,
            features,
        }
    }

    /// The endpoint groups of one client, sorted.
    pub fn groups_of(&self, client: Client) -> BTreeSet<&'s str> {
        modules::groups_of(self.spec, client)
    }

    /// The endpoints that look paged but have no paginator, each with the reason.
    pub fn unpaged(&self) -> Vec<(String, String)> {
        paging::unpaged(self)
    }
}
