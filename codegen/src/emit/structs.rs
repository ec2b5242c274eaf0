//! Emits one struct per `kind: struct` type: `Option` for fields that are not required, a
//! generated decoder for response types (`decode.rs`), a generated encoder for request types
//! (`encode.rs`), opt-in serde impls with the wire names, secrets redacted from `Debug` (and credential-like keys inside free-form JSON); and,
//! since the structs are `#[non_exhaustive]`, `new(required fields)` plus a chained setter per
//! optional field.

use proc_macro2::TokenStream;
use quote::quote;

use super::decode::emit_decode;
use super::encode::emit_encode;
use super::timestamps::emit_accessors;
use super::{doc, doc_break, doc_md, example_line, ident, rust_type};
use crate::names;
use crate::roles::Role;
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedField, CheckedType, Spec};

/// A struct field after naming: what both the DTO and a request builder need.
pub struct FieldPlan<'a> {
    pub field: &'a CheckedField,
    pub rust_name: String,
}

/// Rust names for a list of fields, unique within it.
pub fn plan_fields(fields: &[CheckedField]) -> Vec<FieldPlan<'_>> {
    let names = names::dedupe(
        fields
            .iter()
            .map(|f| names::snake_ident(&f.def.name.value))
            .collect(),
    );
    fields
        .iter()
        .zip(names)
        .map(|(field, rust_name)| FieldPlan { field, rust_name })
        .collect()
}

/// The doc of a field or parameter: description, the values of its enum, default and example.
pub fn field_doc(spec: &Spec, field: &CheckedField) -> TokenStream {
    let mut parts = Vec::new();
    if let Some(d) = &field.def.description {
        parts.push(doc(d));
    }
    if let Some(values) = enum_values_doc(spec, &field.ty) {
        if !parts.is_empty() {
            parts.push(doc_break());
        }
        parts.push(values);
    }
    if let Some(default) = &field.def.default {
        if !parts.is_empty() {
            parts.push(doc_break());
        }
        let text = match &default.value {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        parts.push(doc(&format!("Server default: `{text}`")));
    }
    if let Some(example) = field.def.example.as_ref().filter(|_| !field.def.secret) {
        if !parts.is_empty() {
            parts.push(doc_break());
        }
        parts.push(doc(&example_line(example)));
    }
    if parts.is_empty() {
        parts.push(doc(&format!("`{}`", field.def.name.value)));
    }
    quote! { #(#parts)* }
}

/// The values of the enum a field holds (directly or in a list or map), each with its meaning,
/// and a link to the enum; `None` for other types.
fn enum_values_doc(spec: &Spec, ty: &TypeExpr) -> Option<TokenStream> {
    let name = ty.named()?;
    let values = &spec.types.get(name).filter(|t| t.is_enum())?.def.values;
    let mut lines = vec![doc_md(&format!(
        "Values of [`{name}`](crate::types::{name}):"
    ))];
    for v in values {
        let meaning = v
            .description
            .as_deref()
            .map(|d| format!(": {}", d.lines().next().unwrap_or_default().trim()))
            .unwrap_or_default();
        lines.push(doc(&format!("- `{}`{meaning}", v.value.value)));
    }
    Some(quote! { #(#lines)* })
}

/// The Rust type of a field's value (without the `Option` of optional fields).
pub fn value_type(field: &CheckedField) -> TokenStream {
    if field.def.secret && field.ty == TypeExpr::String {
        quote! { crate::SecretString }
    } else {
        rust_type(&field.ty)
    }
}

/// The struct and its impls, each item behind `cfg` (empty for none). Request types get a
/// generated encoder, response types a generated decoder; serde impls are behind the SDK's
/// `serde` feature, so a default build compiles none of them.
pub fn emit_struct(spec: &Spec, ty: &CheckedType, role: Role, cfg: &TokenStream) -> TokenStream {
    let name = ident(&ty.def.name.value);
    let type_doc = match &ty.def.description {
        Some(d) => doc(d),
        None => doc(&format!("`{}`", ty.def.name.value)),
    };
    let plans = plan_fields(&ty.fields);
    let constructor = emit_constructor(spec, &ty.def.name.value, &plans);
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
    let debug_impl = emit_debug(&ty.def.name.value, &[], &plans);
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
        .then(|| emit_encode(&ty.def.name.value, &plans));
    let decode = role
        .response
        .then(|| emit_decode(&ty.def.name.value, &plans));
    let timestamps = emit_accessors(&ty.def.name.value, &plans);
    let items = std::iter::once(item)
        .chain(debug_impl)
        .chain([constructor])
        .chain(timestamps)
        .chain(encode)
        .chain(decode);
    quote! { #( #cfg #items )* }
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
        quote! { , default, skip_serializing_if = "::std::option::Option::is_none" #with }
    };
    quote! { #[cfg_attr(feature = "serde", serde(rename = #wire #rest))] }
}

/// The setter of an optional field (`name`, documented by `docs`) and its twin `twin`, which
/// takes an `Option` so a caller can pass an optional value through.
pub fn optional_setters(
    p: &FieldPlan<'_>,
    name: &str,
    twin: &str,
    docs: TokenStream,
) -> TokenStream {
    let field = ident(&p.rust_name);
    let setter = ident(name);
    let set = ident(twin);
    let value = value_type(p.field);
    let set_doc = doc_md(&format!(
        "Sets `{}`, or with `None` clears any value set before: to pass an optional value through.",
        p.field.def.name.value
    ));
    quote! {
        #docs
        pub fn #setter(mut self, value: impl ::std::convert::Into<#value>) -> Self {
            self.#field = ::std::option::Option::Some(::std::convert::Into::into(value));
            self
        }
        #set_doc
        #[inline]
        pub fn #set(mut self, value: ::std::option::Option<#value>) -> Self {
            self.#field = value;
            self
        }
    }
}

/// The name of the `Option`-taking twin of a setter: `set_<field>` (a keyword's escaping `_`
/// dropped: `set_type`), with `_value` added while it would clash with another field's name.
pub fn twin_name(plan: &FieldPlan<'_>, plans: &[FieldPlan<'_>]) -> String {
    let mut name = format!("set_{}", plan.rust_name.trim_end_matches('_'));
    while plans.iter().any(|p| p.rust_name == name) {
        name.push_str("_value");
    }
    name
}

/// The name of a struct's setter for an optional field (`new` is the constructor).
pub fn setter_name(plan: &FieldPlan<'_>) -> String {
    if plan.rust_name == "new" {
        "with_new".to_string()
    } else {
        plan.rust_name.clone()
    }
}

/// How a field shows in `Debug`.
enum Shown {
    /// As it is (`SecretString` fields hide themselves).
    Plain,
    /// `***`: a secret that is not a string.
    Hidden,
    /// Free-form JSON with credential-like keys masked.
    Masked,
}

fn shown(field: &CheckedField) -> Shown {
    if field.def.secret && field.ty != TypeExpr::String {
        Shown::Hidden
    } else if holds_json(&field.ty) {
        Shown::Masked
    } else {
        Shown::Plain
    }
}

/// Whether a value of this type holds free-form JSON (directly, or in a list or map).
pub fn holds_json(ty: &TypeExpr) -> bool {
    match ty {
        TypeExpr::Json => true,
        TypeExpr::Array(inner) | TypeExpr::Map(inner) => holds_json(inner),
        _ => false,
    }
}

/// A `Debug` impl that redacts, for a type (or request builder) with a field that needs it;
/// `None` when deriving `Debug` shows nothing secret. `plain` fields come first, shown as they
/// are.
pub fn emit_debug(type_name: &str, plain: &[&str], plans: &[FieldPlan<'_>]) -> Option<TokenStream> {
    if plans.iter().all(|p| matches!(shown(p.field), Shown::Plain)) {
        return None;
    }
    let name = ident(type_name);
    let plain = plain.iter().map(|field| {
        let id = ident(field);
        quote! { .field(#field, &self.#id) }
    });
    let fields = plans.iter().map(|p| {
        let label = &p.rust_name;
        let id = ident(&p.rust_name);
        match shown(p.field) {
            Shown::Plain => quote! { .field(#label, &self.#id) },
            Shown::Hidden => quote! { .field(#label, &crate::runtime::redact::Hidden) },
            Shown::Masked => quote! { .field(#label, &crate::runtime::redact::Masked(&self.#id)) },
        }
    });
    Some(quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name) #(#plain)* #(#fields)* .finish()
            }
        }
    })
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
            quote! { #field: ::std::convert::Into::into(#field), }
        } else {
            quote! { #field: ::std::option::Option::None, }
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
        optional_setters(p, &setter_name(p), &twin_name(p, plans), setter_doc)
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

pub fn sources_doc(sources: &[String]) -> TokenStream {
    if sources.is_empty() {
        return quote! {};
    }
    let list = sources
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let line = doc(&format!("Docs: {list}"));
    let brk = doc_break();
    quote! { #brk #line }
}
