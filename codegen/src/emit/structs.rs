//! Emits one struct per `kind: struct` type: `Option` for fields that are not required, a
//! generated decoder for response types (`decode.rs`), a generated encoder for request types
//! (`encode.rs`), opt-in serde impls with the wire names, secrets redacted from `Debug` (and credential-like keys inside free-form JSON); and,
//! since the structs are `#[non_exhaustive]`, `new(required fields)` plus a chained setter per
//! optional field.

use proc_macro2::TokenStream;
use quote::quote;

use super::decode::emit_decode;
use super::encode::emit_encode;
use super::fields::{
    emit_debug, enum_values_doc, field_doc, optional_setters, sources_doc, value_type,
};
use super::timestamps::emit_accessors;
use super::{doc, doc_break, doc_md, ident};
use crate::plan::{FieldPlan, TypePlan};
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedField, Spec};

/// The struct and its impls. Request types get a
/// generated encoder, response types a generated decoder; serde impls are behind the SDK's
/// `serde` feature, so a default build compiles none of them.
pub fn emit_struct(spec: &Spec, plan: &TypePlan<'_>) -> TokenStream {
    let (ty, role) = (plan.ty, plan.role);
    let name = ident(&ty.def.name.value);
    let type_doc = match &ty.def.description {
        Some(d) => doc(d),
        None => doc(&format!("`{}`", ty.def.name.value)),
    };
    let plans = &plan.fields;
    let constructor = emit_constructor(spec, &ty.def.name.value, plans);
    let fields = plans.iter().map(|plan| {
        let field = plan.field;
        let rust_name = ident(&plan.rust_name);
        let docs = field_doc(spec, field);
        let value = value_type(field);
        let serde = serde_attr(field);
        if field.def.required {
            quote! {
                #docs
                #serde
                pub #rust_name: #value,
            }
        } else {
            quote! {
                #docs
                #serde
                pub #rust_name: ::std::option::Option<#value>,
            }
        }
    });
    let sources = sources_doc(&ty.def.sources);
    let debug_impl = emit_debug(&ty.def.name.value, &[], plans);
    let derive_debug = match debug_impl {
        Some(_) => quote! {},
        None => quote! { ::std::fmt::Debug, },
    };
    let item = quote! {
        #type_doc
        #sources
        #[derive(#derive_debug ::std::clone::Clone, ::std::cmp::PartialEq)]
        #[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }
    };
    let encode = role
        .request
        .then(|| emit_encode(&ty.def.name.value, &plans.iter().collect::<Vec<_>>()));
    let decode = role
        .response
        .then(|| emit_decode(&ty.def.name.value, plans));
    let timestamps = emit_accessors(&ty.def.name.value, plans);
    let items = std::iter::once(item)
        .chain(debug_impl)
        .chain([constructor])
        .chain(timestamps)
        .chain(encode)
        .chain(decode);
    quote! { #(#items)* }
}

/// A field's attribute for the opt-in serde impls (the `serde` feature): the wire name, and the
/// tolerant decoders for `Deserialize`.
fn serde_attr(field: &CheckedField) -> TokenStream {
    let wire = &field.def.name.value;
    let is_array = matches!(field.ty, TypeExpr::Array(_));
    let is_scalar = matches!(
        field.ty,
        TypeExpr::Integer | TypeExpr::Number | TypeExpr::Boolean
    );
    let rest = if field.def.required {
        // An absent list is an empty list (the decoding policy); nothing else gets a default.
        if is_array {
            quote! { , default, deserialize_with = "crate::runtime::tolerant::vec" }
        } else if matches!(field.ty, TypeExpr::Map(_)) {
            quote! { , default }
        } else if is_scalar {
            quote! { , deserialize_with = "crate::runtime::lenient::scalar" }
        } else {
            quote! {}
        }
    } else {
        let with = if is_array {
            quote! { , deserialize_with = "crate::runtime::tolerant::option_vec" }
        } else if is_scalar {
            quote! { , deserialize_with = "crate::runtime::lenient::option_scalar" }
        } else {
            quote! {}
        };
        quote! { , default, skip_serializing_if = "Option::is_none" #with }
    };
    quote! { #[cfg_attr(feature = "serde", serde(rename = #wire #rest))] }
}

/// `new` taking the required fields (in spec order) and a setter per optional field.
fn emit_constructor(spec: &Spec, type_name: &str, plans: &[FieldPlan<'_>]) -> TokenStream {
    let name = ident(type_name);
    let required: Vec<&FieldPlan<'_>> = plans.iter().filter(|p| p.field.def.required).collect();
    let args = required.iter().map(|p| {
        let arg = ident(&p.rust_name);
        let value = value_type(p.field);
        quote! { #arg: impl ::std::convert::Into<#value> }
    });
    let inits = plans.iter().map(|p| {
        let field = ident(&p.rust_name);
        if p.field.def.required {
            quote! { #field: #field.into(), }
        } else {
            quote! { #field: None, }
        }
    });
    let new_doc = doc_md(&if required.is_empty() {
        format!("Builds a `{type_name}` with every field unset; fill it in with the setters.")
    } else {
        let list = required
            .iter()
            .map(|p| format!("`{}`", p.field.def.name.value))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "Builds a `{type_name}` from its required fields ({list}); optional fields start unset (see the setters)."
        )
    });
    let setters = plans.iter().filter(|p| !p.field.def.required).map(|p| {
        let sets = doc_md(&format!("Sets `{}`.", p.field.def.name.value));
        let setter_doc = match enum_values_doc(spec, &p.field.ty) {
            Some(values) => {
                let brk = doc_break();
                quote! { #sets #brk #values }
            }
            None => sets,
        };
        optional_setters(p, &p.setter, &p.twin, setter_doc)
    });
    quote! {
        impl #name {
            #new_doc
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits)* }
            }
            #(#setters)*
        }
    }
}
