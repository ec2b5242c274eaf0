//! Emission: turns a validated [`Spec`](crate::validate::Spec) into token streams with `quote!`.
//! Shared pieces live here (docs, type mapping); one file per kind of item emitted. Nothing here
//! reads or writes files.

pub mod decode;
pub mod encode;
pub mod endpoint_tests;
pub mod endpoints;
pub mod enum_tests;
pub mod enums;
pub mod fields;
pub mod local_params;
pub mod made_answers;
pub mod paging;
pub mod secret_tests;
pub mod structs;
pub mod timestamps;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use spec_model::types::TypeExpr;

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
    // An unbalanced backtick would swallow the rest of the doc: then every backtick is literal.
    let balanced = line.matches('`').count() & 1 == 0;
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if !in_code {
            if let Some(url) = bare_url(rest) {
                // A bare URL becomes an autolink (rustdoc warns about bare URLs).
                out.push('<');
                out.push_str(url);
                out.push('>');
                rest = &rest[url.len()..];
                continue;
            }
        }
        if c == '`' && balanced {
            in_code = !in_code;
        }
        let literal = !balanced && matches!(c, '`' | '\\');
        if literal || (!in_code && matches!(c, '<' | '>' | '[' | ']')) {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The URL at the start of `text` (`http://` or `https://` then ASCII up to a space or a
/// character that cannot end a URL), if there is one.
fn bare_url(text: &str) -> Option<&str> {
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let end = text
        .find(|c: char| !c.is_ascii_graphic() || matches!(c, '<' | '>' | '`' | '"'))
        .unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '\'']);
    url.contains("://")
        .then_some(url)
        .filter(|u| u.len() > "https://".len())
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

/// The fully qualified Rust type for a type expression, inside the SDK crate.
pub fn rust_type(ty: &TypeExpr) -> TokenStream {
    rust_type_in(ty, &quote! { crate::types })
}

/// The fully qualified Rust type for a type expression, with named types under `types`
/// (`crate::types` inside the SDK, `::authing::types` outside it).
pub fn rust_type_in(ty: &TypeExpr, types: &TokenStream) -> TokenStream {
    match ty {
        TypeExpr::String => quote! { ::std::string::String },
        TypeExpr::Integer => quote! { i64 },
        TypeExpr::Number => quote! { f64 },
        TypeExpr::Boolean => quote! { bool },
        TypeExpr::Json => quote! { ::serde_json::Value },
        TypeExpr::Named(n) => {
            let n = format_ident!("{}", n);
            quote! { #types::#n }
        }
        TypeExpr::Array(inner) => {
            let inner = rust_type_in(inner, types);
            quote! { ::std::vec::Vec<#inner> }
        }
        TypeExpr::Map(inner) => {
            let inner = rust_type_in(inner, types);
            quote! { ::std::collections::BTreeMap<::std::string::String, #inner> }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::escape_markdown;

    #[test]
    fn bare_urls_become_autolinks_and_markup_is_escaped() {
        assert_eq!(
            escape_markdown("见 https://docs.authing.cn/v2/x.html。详情"),
            "见 <https://docs.authing.cn/v2/x.html>。详情"
        );
        assert_eq!(
            escape_markdown("(http://a.b/c?d=1), and `https://in.code` [x]"),
            "(<http://a.b/c?d=1>), and `https://in.code` \\[x\\]"
        );
        assert_eq!(escape_markdown("<br> https://"), "\\<br\\> https://");
        assert_eq!(
            escape_markdown("Example: `https://example.com"),
            "Example: \\`<https://example.com>"
        );
    }
}
