//! Emission: turns a validated [`Spec`](crate::validate::Spec) into token streams with `quote!`.
//! Shared pieces live here (docs, type mapping); one file per kind of item emitted. Nothing here
//! reads or writes files.

pub mod endpoints;
pub mod enums;
pub mod structs;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::types::TypeExpr;

/// `#[doc = "..."]` attributes, one per line of `text`, with markdown that rustdoc would misread
/// (`<tag>`, `[link]`) escaped outside code spans.
pub fn doc(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #( #[doc = #lines] )* }
}

/// `#[doc]` attributes for text the generator wrote itself (markdown and intra-doc links kept).
pub fn doc_md(text: &str) -> TokenStream {
    let lines: Vec<String> = text
        .trim()
        .lines()
        .map(|l| format!(" {}", l.trim_end()))
        .collect();
    quote! { #( #[doc = #lines] )* }
}

/// `#![doc = "..."]` attributes: a module's own doc.
pub fn inner_doc(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #( #![doc = #lines] )* }
}

fn doc_lines(text: &str) -> Vec<String> {
    text.trim()
        .lines()
        .map(|l| {
            let l = escape_markdown(l.trim_end());
            if l.is_empty() {
                l
            } else {
                format!(" {l}")
            }
        })
        .collect()
}

/// A doc paragraph break.
pub fn doc_break() -> TokenStream {
    quote! { #[doc = ""] }
}

fn escape_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
        }
        if !in_code && matches!(c, '<' | '>' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    if in_code {
        // An unbalanced backtick would swallow the rest of the doc: escape it instead.
        return line
            .replace('\\', "\\\\")
            .replace('`', "\\`")
            .replace('<', "\\<")
            .replace('[', "\\[");
    }
    out
}

/// A documented example value as a doc line: strings verbatim, anything else as JSON.
pub fn example_line(example: &serde_json::Value) -> String {
    let text = match example {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.contains('`') {
        format!("Example: {text}")
    } else {
        format!("Example: `{text}`")
    }
}

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The fully qualified Rust type for a type expression.
pub fn rust_type(ty: &TypeExpr) -> TokenStream {
    match ty {
        TypeExpr::String => quote! { ::std::string::String },
        TypeExpr::Integer => quote! { i64 },
        TypeExpr::Number => quote! { f64 },
        TypeExpr::Boolean => quote! { bool },
        TypeExpr::Json => quote! { ::serde_json::Value },
        TypeExpr::Named(n) => {
            let n = format_ident!("{}", n);
            quote! { crate::types::#n }
        }
        TypeExpr::Array(inner) => {
            let inner = rust_type(inner);
            quote! { ::std::vec::Vec<#inner> }
        }
        TypeExpr::Map(inner) => {
            let inner = rust_type(inner);
            quote! { ::std::collections::BTreeMap<::std::string::String, #inner> }
        }
    }
}
