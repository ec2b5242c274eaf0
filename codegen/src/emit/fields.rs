//! What struct fields and builder parameters share when emitted: a field's Rust type, its doc
//! (description, enum values, default, example), its setters, how it shows in `Debug` (secrets
//! redacted, credential-like keys in free-form JSON masked), and a type's docs-page line.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc, doc_break, doc_md, example_line, ident, rust_type};
use crate::plan::FieldPlan;
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedField, Spec};

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
pub fn enum_values_doc(spec: &Spec, ty: &TypeExpr) -> Option<TokenStream> {
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
            self.#field = Some(value.into());
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
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#type_name) #(#plain)* #(#fields)* .finish()
            }
        }
    })
}

/// The `Docs:` line of an item documented on these pages.
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
