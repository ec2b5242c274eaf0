//! Emits the generated part of the SDK's secrets test: every type and request builder with a
//! secret field, or a field of free-form JSON, is filled with a marker (secret fields hold it;
//! JSON fields hold it under every credential name the spec marks) and its `Debug` must not show
//! it. Only test code is emitted here; the helpers it calls are in the test's `main.rs`.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::endpoint_tests::example_value;
use super::fields::holds_json;
use super::{ident, inner_doc, rust_type_in};
use crate::plan::{FieldPlan, Plan, Receiver};
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedField, Spec};

/// Whether the test must look at a field.
fn redacted(field: &CheckedField) -> bool {
    field.def.secret || holds_json(&field.ty)
}

/// The `secrets.rs` module.
pub fn module(plan: &Plan<'_>) -> Result<TokenStream, String> {
    let spec = plan.spec;
    let names: BTreeSet<&str> = spec
        .types
        .values()
        .flat_map(|t| &t.fields)
        .chain(spec.endpoints.iter().flat_map(|e| &e.params))
        .filter(|f| f.def.secret)
        .map(|f| f.def.name.value.as_str())
        .collect();
    let names = names.iter();
    let mut checks = Vec::new();
    for type_plan in plan.types.values().filter(|t| !t.ty.is_enum()) {
        let (ty, plans) = (type_plan.ty, &type_plan.fields);
        if !plans.iter().any(|p| redacted(p.field)) {
            continue;
        }
        let name = &ty.def.name.value;
        let path = rust_type_in(&TypeExpr::Named(name.clone()), &quote! { ::authing::types });
        let required = plans.iter().filter(|p| p.field.def.required).collect();
        let args = required_args(spec, required).map_err(|e| format!("type `{name}`: {e}"))?;
        let setters = marked_setters(plans);
        checks.push(quote! {
            crate::check_hidden(&mut failures, #name, &#path::new(#(#args),*) #(#setters)*);
        });
    }
    for endpoint in &plan.endpoints {
        let (ep, plans) = (endpoint.ep, &endpoint.params);
        if !plans.iter().any(|p| redacted(p.field)) {
            continue;
        }
        let name = &ep.def.name.value;
        let method = ident(name);
        let client = match endpoint.receiver() {
            Receiver::Management => quote! { client },
            Receiver::App => quote! { authentication },
            Receiver::Session => quote! { session },
        };
        let args = required_args(spec, endpoint.positional())
            .map_err(|e| format!("endpoint `{name}`: {e}"))?;
        let setters = marked_setters(plans);
        checks.push(quote! {
            crate::check_hidden(&mut failures, #name, &#client.#method(#(#args),*) #(#setters)*);
        });
    }
    let count = checks.len();
    let doc = inner_doc(
        "Every type and request builder with a secret field or a field of free-form JSON, filled \
         with the marker: its `Debug` must not show it.",
    );
    Ok(quote! {
        #doc
        /// Every wire name the spec marks secret (the credential keys put into JSON fields).
        const SECRET_NAMES: &[&str] = &[#(#names),*];

        #[test]
        fn no_secret_field_shows_in_debug() {
            let client = crate::offline_client();
            let authentication = crate::offline_authentication_client();
            let session = crate::offline_session(&authentication);
            let mut failures: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
            let _ = (&client, &authentication, &session, SECRET_NAMES);
            #(#checks)*
            crate::report("secrets", #count, &failures);
        }
    })
}

/// The setter calls that put the marker into each optional field the test looks at.
fn marked_setters(plans: &[FieldPlan<'_>]) -> Vec<TokenStream> {
    plans
        .iter()
        .filter(|p| !p.field.def.required && redacted(p.field))
        .map(|p| {
            let setter = ident(&p.setter);
            let value = marked(&p.field.ty, p.field.def.secret);
            quote! { .#setter(#value) }
        })
        .collect()
}

/// The arguments of a constructor or client method (`required`, in their positional order):
/// the marker where the test looks, else a documented example value.
fn required_args(spec: &Spec, required: Vec<&FieldPlan<'_>>) -> Result<Vec<TokenStream>, String> {
    required
        .into_iter()
        .map(|p| {
            if redacted(p.field) {
                Ok(marked(&p.field.ty, p.field.def.secret))
            } else {
                example_value(spec, p.field)
            }
        })
        .collect()
}

/// A value holding the marker: the marker itself for a secret, JSON with every secret name as a
/// key otherwise (in a list or map as the type needs).
fn marked(ty: &TypeExpr, secret: bool) -> TokenStream {
    match ty {
        TypeExpr::String => quote! { crate::MARKER },
        TypeExpr::Json if secret => quote! { ::serde_json::json!(crate::MARKER) },
        TypeExpr::Json => quote! { crate::credentials_json(SECRET_NAMES) },
        TypeExpr::Array(inner) => {
            let item = marked(inner, secret);
            quote! { ::std::vec![#item] }
        }
        TypeExpr::Map(inner) => {
            let item = marked(inner, secret);
            quote! { ::std::collections::BTreeMap::from([(::std::string::String::from("key"), #item)]) }
        }
        // Secret numbers, booleans or named types do not occur (the rule marks strings and
        // JSON); a plain value keeps the emitted code compiling if an override adds one.
        other => {
            let ty = rust_type_in(other, &quote! { ::authing::types });
            quote! { <#ty as ::std::default::Default>::default() }
        }
    }
}
