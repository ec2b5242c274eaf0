//! Emits the generated part of the SDK's `every_endpoint` integration test: per group, one test
//! that calls every endpoint of the group (required parameters from their documented examples)
//! and hands each outcome to the test's hand-written `check` (method and path on the wire, the
//! documented example decoded, or the answer the local Authing makes from the spec when the spec
//! keeps no example). An endpoint with an
//! example is called once as documented and once more per optional field the example shows,
//! with that field left out (a server that omits it). Only test code is emitted here.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{ident, inner_doc, rust_type_in};
use crate::plan::{EndpointPlan, Plan, Receiver};
use spec_model::path_params::Segment;
use spec_model::spec::Client;
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedEndpoint, CheckedField, Spec};

/// How deep required struct fields may nest before the generator gives up (a cycle).
const MAX_DEPTH: usize = 8;

/// One test module per group (`<group>.rs`), keyed by group.
pub fn group_modules(plan: &Plan<'_>) -> Result<BTreeMap<String, TokenStream>, String> {
    let spec = plan.spec;
    let mut by_group: BTreeMap<&str, Vec<&EndpointPlan<'_>>> = BTreeMap::new();
    for endpoint in &plan.endpoints {
        by_group
            .entry(&endpoint.ep.def.group.value)
            .or_default()
            .push(endpoint);
    }
    let mut out = BTreeMap::new();
    for (group, endpoints) in by_group {
        // A group belongs to one client (the spec's validation says so): the end-user API's
        // are called on a signed-in user's `AuthenticationClient`.
        // The end-user API's setups also give a signed-in user's session.
        let (setup, paging_setup, session) = match endpoints.first().map(|e| e.ep.def.client) {
            Some(Client::Authentication) => (
                quote! { crate::authentication_setup },
                quote! { crate::authentication_paging_setup },
                quote! { session, },
            ),
            _ => (
                quote! { crate::setup },
                quote! { crate::paging_setup },
                quote! {},
            ),
        };
        let unused = (!session.is_empty()).then(|| quote! { let _ = (&client, &session); });
        // A group without a documented example has no answer to leave fields out of.
        let omit = if endpoints
            .iter()
            .any(|e| e.ep.def.example_response.is_some())
        {
            quote! { omit }
        } else {
            quote! { _omit }
        };
        let calls = endpoints
            .iter()
            .map(|ep| call(spec, ep))
            .collect::<Result<Vec<_>, _>>()?;
        let walks = endpoints
            .iter()
            .filter_map(|ep| paginator_walk(spec, ep).transpose())
            .collect::<Result<Vec<_>, _>>()?;
        let paginators = (!walks.is_empty()).then(|| {
            let test_name = format_ident!("every_{}_paginator", group);
            let count = walks.len();
            quote! {
                #[::tokio::test]
                async fn #test_name() {
                    let (server, client, #session) = #paging_setup().await;
                    #unused
                    let mut failures: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
                    #(#walks)*
                    crate::report(#group, #count, &failures);
                }
            }
        });
        let test_name = format_ident!("every_{}_endpoint", group);
        let count = endpoints.len();
        let module_doc = inner_doc(&format!(
            "Every endpoint of the `{group}` group, called once against its documented example."
        ));
        out.insert(
            group.to_string(),
            quote! {
                #module_doc
                #[::tokio::test]
                async fn #test_name() {
                    let (server, client, #session #omit) = #setup().await;
                    #unused
                    let mut failures: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
                    #(#calls)*
                    crate::report(#group, #count, &failures);
                }
                #paginators
            },
        );
    }
    Ok(out)
}

/// The `mod.rs` of the generated modules: each group behind its feature.
pub fn mod_file(groups: &[(String, String)]) -> TokenStream {
    let module_doc = inner_doc(
        "One test module per group (each behind the group's feature); the helpers they call are \
         in the hand-written `main.rs`.",
    );
    let modules = groups.iter().map(|(g, feature)| {
        let m = ident(g);
        quote! {
            #[cfg(feature = #feature)]
            mod #m;
        }
    });
    quote! {
        #module_doc
        #(#modules)*
        #[cfg(feature = "full")]
        mod enums;
        #[cfg(feature = "full")]
        mod secrets;
    }
}

/// A paged endpoint's paginator walked over a listing of two pages (`None` for an endpoint
/// that is not paged): its documented request from page 1, `items()` collected.
fn paginator_walk(spec: &Spec, plan: &EndpointPlan<'_>) -> Result<Option<TokenStream>, String> {
    let Some(paged) = &plan.paging else {
        return Ok(None);
    };
    let ep = plan.ep;
    let name = &ep.def.name.value;
    let path = &wire_path(spec, plan);
    let request = request(spec, plan)?;
    let from_page_1 = paged.reset_param(&plan.params).map(|p| {
        let set = ident(&p.twin);
        quote! { .#set(None) }
    });
    Ok(Some(quote! {
        let outcome = ::futures_util::TryStreamExt::try_collect::<::std::vec::Vec<_>>(
            #request #from_page_1 .page_size(crate::PAGE_SIZE).items(),
        )
        .await;
        crate::check_pages(&mut failures, &server, #name, #path, outcome.map(|items| items.len()));
    }))
}

/// An endpoint's documented request: required parameters positionally, optional ones with a
/// documented example through their setters (so the local Authing checks what each sends).
fn request(spec: &Spec, plan: &EndpointPlan<'_>) -> Result<TokenStream, String> {
    let name = &plan.ep.def.name.value;
    let method_ident = ident(name);
    let plans = &plan.params;
    let args = plan
        .positional()
        .into_iter()
        .map(|p| field_value(spec, p.field, 0))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("endpoint `{name}`: {e}"))?;
    let setters = plans
        .iter()
        .filter(|p| !p.field.def.required && p.field.def.example.is_some())
        .map(|p| {
            let setter = ident(&p.rust_name);
            let value = field_value(spec, p.field, 0)?;
            Ok(quote! { .#setter(#value) })
        })
        .collect::<Result<Vec<_>, String>>()
        .map_err(|e| format!("endpoint `{name}`: {e}"))?;
    let receiver = match plan.receiver() {
        Receiver::Session => quote! { session },
        Receiver::Management | Receiver::App => quote! { client },
    };
    Ok(quote! { #receiver.#method_ident(#(#args),*) #(#setters)* })
}

/// The path the documented request arrives at: the route with each path parameter's example
/// value (as [`request`] passes it) percent-encoded as the SDK encodes it (everything but RFC
/// 3986's unreserved characters).
fn wire_path(spec: &Spec, plan: &EndpointPlan<'_>) -> String {
    const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let route = &plan.ep.def.http.path.value;
    let Ok(segments) = spec_model::path_params::segments(route) else {
        return route.clone();
    };
    segments
        .into_iter()
        .map(|segment| match segment {
            Segment::Literal(text) => text.to_owned(),
            Segment::Placeholder(name) => {
                let value = plan
                    .params
                    .iter()
                    .find(|p| p.field.def.name.value == name)
                    .map(|p| scalar_text(spec, &p.field.ty, p.field.def.example.as_ref()))
                    .unwrap_or_default();
                percent_encoding::utf8_percent_encode(&value, COMPONENT).to_string()
            }
        })
        .collect()
}

/// The text of the value [`value`] gives a string, an integer or an enum (a path parameter's
/// type): the example when it fits, else a plain value of the type.
fn scalar_text(spec: &Spec, ty: &TypeExpr, example: Option<&serde_json::Value>) -> String {
    use serde_json::Value as J;
    match ty {
        TypeExpr::Integer => example.and_then(J::as_i64).unwrap_or(1).to_string(),
        TypeExpr::Named(n) => {
            let values = spec.types.get(n).map(|t| &t.def.values[..]).unwrap_or(&[]);
            let documented = example
                .and_then(J::as_str)
                .filter(|v| values.iter().any(|known| known.value.value == *v));
            let first = values.first().map(|v| v.value.value.as_str());
            documented.or(first).unwrap_or("x").to_owned()
        }
        _ => match example {
            Some(J::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => "x".to_string(),
        },
    }
}

/// One endpoint's call and check.
fn call(spec: &Spec, plan: &EndpointPlan<'_>) -> Result<TokenStream, String> {
    let ep = plan.ep;
    let name = &ep.def.name.value;
    let http_method = ep.def.http.method.value.as_str();
    let path = &wire_path(spec, plan);
    let request = request(spec, plan)?;
    // Without a documented example the local Authing answers with one made from the spec (a
    // plain value of the `data` type): it is decoded like any other answer.
    let Some(example) = &ep.def.example_response else {
        return Ok(quote! {
            let outcome = #request.send().await;
            crate::check(&mut failures, &server, #name, (#http_method, #path), outcome);
        });
    };
    let pointers = omitted(spec, ep, example);
    Ok(quote! {
        for pointer in [#(#pointers),*] {
            omit.set(pointer);
            let outcome = #request.send().await;
            crate::check(&mut failures, &server, &crate::label(#name, pointer), (#http_method, #path), outcome);
        }
    })
}

/// The JSON pointers the every-endpoint test leaves out of `example` in turn: the example as
/// documented (""), then without each optional field it shows.
fn omitted(spec: &Spec, ep: &CheckedEndpoint, example: &str) -> Vec<String> {
    let mut pointers = vec![String::new()];
    if let (Ok(example), Some(data)) = (serde_json::from_str(example), &ep.data) {
        let mut seen = BTreeSet::new();
        optional_fields(
            spec,
            data_of(&example),
            data,
            "/data",
            &mut seen,
            &mut pointers,
        );
    }
    pointers
}

/// How many calls the every-endpoint test makes for an endpoint (one per answer it is given).
pub fn call_count(spec: &Spec, ep: &CheckedEndpoint) -> usize {
    match &ep.def.example_response {
        Some(example) => omitted(spec, ep, example).len(),
        None => 1,
    }
}

/// The `data` of an example response as the local Authing serves it (an example that is not an
/// envelope is served as the envelope's `data`).
fn data_of(example: &serde_json::Value) -> &serde_json::Value {
    match example.as_object() {
        Some(o) if o.contains_key("statusCode") || o.contains_key("data") => {
            o.get("data").unwrap_or(&serde_json::Value::Null)
        }
        _ => example,
    }
}

/// JSON pointers (into the envelope) of the optional fields `value` shows, as typed by `ty`: the
/// first place each (type, field) appears.
fn optional_fields(
    spec: &Spec,
    value: &serde_json::Value,
    ty: &TypeExpr,
    at: &str,
    seen: &mut BTreeSet<(String, String)>,
    out: &mut Vec<String>,
) {
    use serde_json::Value as J;
    match (ty, value) {
        (TypeExpr::Array(inner), J::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                optional_fields(spec, item, inner, &format!("{at}/{i}"), seen, out);
            }
        }
        // A single object where the table says array (decoded as a list of one).
        (TypeExpr::Array(inner), J::Object(_)) => {
            optional_fields(spec, value, inner, at, seen, out)
        }
        (TypeExpr::Map(inner), J::Object(map)) => {
            for (key, item) in map {
                optional_fields(
                    spec,
                    item,
                    inner,
                    &format!("{at}/{}", escape(key)),
                    seen,
                    out,
                );
            }
        }
        (TypeExpr::Named(n), J::Object(map)) => {
            let Some(ty) = spec.types.get(n) else {
                return;
            };
            for field in &ty.fields {
                let wire = &field.def.name.value;
                let Some(item) = map.get(wire) else {
                    continue;
                };
                let pointer = format!("{at}/{}", escape(wire));
                if !field.def.required && seen.insert((n.clone(), wire.clone())) {
                    out.push(pointer.clone());
                }
                optional_fields(spec, item, &field.ty, &pointer, seen, out);
            }
        }
        _ => {}
    }
}

/// A JSON pointer token (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A value for a required field or parameter: its documented example when it fits, else a
/// plain value of its type.
pub fn example_value(spec: &Spec, field: &CheckedField) -> Result<TokenStream, String> {
    field_value(spec, field, 0)
}

fn field_value(spec: &Spec, field: &CheckedField, depth: usize) -> Result<TokenStream, String> {
    value(spec, &field.ty, field.def.example.as_ref(), depth)
}

fn value(
    spec: &Spec,
    ty: &TypeExpr,
    example: Option<&serde_json::Value>,
    depth: usize,
) -> Result<TokenStream, String> {
    use serde_json::Value as J;
    Ok(match ty {
        TypeExpr::String => {
            let text = scalar_text(spec, ty, example);
            quote! { #text }
        }
        TypeExpr::Integer => {
            let n = example.and_then(J::as_i64).unwrap_or(1);
            quote! { #n }
        }
        TypeExpr::Number => {
            let n = example.and_then(J::as_f64).unwrap_or(1.0);
            quote! { #n }
        }
        TypeExpr::Boolean => {
            let b = example.and_then(J::as_bool).unwrap_or(true);
            quote! { #b }
        }
        TypeExpr::Json => quote! { ::serde_json::Value::Object(::serde_json::Map::new()) },
        // A parameter's list has two items, the example's first two (its first twice when it
        // shows one), so a list sent in the wrong form (comma-joined in a query) is caught; a
        // nested list has one (an empty list would be no value at all in a query).
        TypeExpr::Array(inner) => {
            let shown: &[J] = match example {
                Some(J::Array(items)) => items,
                _ => &[],
            };
            let count = if depth == 0 { 2 } else { 1 };
            let items = (0..count)
                .map(|i| {
                    let item = value(spec, inner, shown.get(i).or(shown.first()), depth + 1)?;
                    Ok(match **inner {
                        // A list holds owned strings (a lone argument takes `impl Into<String>`).
                        TypeExpr::String => quote! { ::std::string::String::from(#item) },
                        _ => item,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            quote! { ::std::vec![#(#items),*] }
        }
        TypeExpr::Map(inner) => {
            let item = type_path(inner);
            quote! { ::std::collections::BTreeMap::<::std::string::String, #item>::new() }
        }
        TypeExpr::Named(n) => {
            let ty = spec
                .types
                .get(n)
                .ok_or_else(|| format!("type `{n}` is not defined"))?;
            let path = type_path(&TypeExpr::Named(n.clone()));
            if ty.is_enum() {
                let v = scalar_text(spec, &TypeExpr::Named(n.clone()), example);
                quote! { #path::from(#v) }
            } else {
                if depth >= MAX_DEPTH {
                    return Err(format!("required fields of `{n}` nest too deep (a cycle?)"));
                }
                let args = ty
                    .fields
                    .iter()
                    .filter(|f| f.def.required)
                    .map(|f| field_value(spec, f, depth + 1))
                    .collect::<Result<Vec<_>, _>>()?;
                quote! { #path::new(#(#args),*) }
            }
        }
    })
}

/// The type's path as seen from outside the crate.
fn type_path(ty: &TypeExpr) -> TokenStream {
    rust_type_in(ty, &quote! { ::authing::types })
}
