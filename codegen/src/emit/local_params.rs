//! Emits the local Authing's parameter table: for every endpoint, where its parameters go and,
//! per parameter, its wire name, whether it is required and what values it accepts (enum value
//! sets are the SDK's own, one constant per enum). The local server checks every call against
//! it, so it can never drift from the SDK. Only the table is emitted here; the checks are the
//! local crate's (`local/src/params.rs`).

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::inner_doc;
use crate::plan::Plan;
use spec_model::spec::ParamsIn;
use spec_model::types::TypeExpr;
use spec_model::validate::Spec;

/// `local/src/generated/params.rs`.
pub fn module(plan: &Plan<'_>) -> TokenStream {
    let spec = plan.spec;
    let mut enums_used = BTreeSet::new();
    let endpoints = spec.endpoints.iter().map(|ep| {
        let method = ep.def.http.method.value.as_str();
        let path = &ep.def.http.path.value;
        let in_body = ep.def.http.params_in.value == ParamsIn::Body;
        let end_user = ep.def.client == spec_model::spec::Client::Authentication;
        let user_token = ep.def.user_token == spec_model::spec::UserToken::Required;
        let params = ep.params.iter().map(|p| {
            let name = &p.def.name.value;
            let required = p.def.required;
            let kind = kind(spec, &p.ty, &mut enums_used);
            quote! { Param { name: #name, required: #required, kind: #kind }, }
        });
        quote! {
            EndpointParams { method: #method, path: #path, in_body: #in_body, end_user: #end_user, user_token: #user_token, params: &[ #(#params)* ] },
        }
    });
    let endpoints: Vec<TokenStream> = endpoints.collect();
    let enums = enums_used.iter().map(|name: &String| {
        let constant = constant(name);
        let values = spec.types[name].def.values.iter().map(|v| &v.value.value);
        quote! { const #constant: &[&str] = &[ #(#values),* ]; }
    });
    let d = inner_doc(
        "Every endpoint's parameters, as the SDK sends them: the local server refuses a call that \
         lacks a required one or holds a value its type cannot have.",
    );
    quote! {
        #d
        use crate::params::{EndpointParams, Kind, Param};

        /// Every endpoint, sorted by group and name.
        pub const ENDPOINT_PARAMS: &[EndpointParams] = &[ #(#endpoints)* ];

        #(#enums)*
    }
}

/// The constant holding an enum's values: `UserIdType` -> `USER_ID_TYPE`.
fn constant(enum_name: &str) -> proc_macro2::Ident {
    format_ident!(
        "{}",
        crate::names::words(enum_name).join("_").to_uppercase()
    )
}

/// The `Kind` of a parameter's type.
fn kind(spec: &Spec, ty: &TypeExpr, enums: &mut BTreeSet<String>) -> TokenStream {
    match ty {
        TypeExpr::String => quote! { Kind::Text },
        TypeExpr::Integer => quote! { Kind::Integer },
        TypeExpr::Number => quote! { Kind::Number },
        TypeExpr::Boolean => quote! { Kind::Bool },
        TypeExpr::Json => quote! { Kind::Any },
        TypeExpr::Map(_) => quote! { Kind::Object },
        TypeExpr::Array(inner) => {
            let inner = kind(spec, inner, enums);
            quote! { Kind::List(&#inner) }
        }
        TypeExpr::Named(name) => match spec.types.get(name) {
            Some(t) if t.is_enum() => {
                enums.insert(name.clone());
                let constant = constant(name);
                quote! { Kind::OneOf(#constant) }
            }
            _ => quote! { Kind::Object },
        },
    }
}
