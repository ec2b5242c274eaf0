//! `sdk/src/generated/`: the data types (`types/<group>.rs`; a type used by one group lives with
//! it, types several groups share in `types/common.rs`), each client's endpoint methods and
//! request builders (`requests/<group>.rs`, `authentication/<group>.rs`) and the `mod.rs` files.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use super::format_file;
use crate::emit::{endpoints, enums, ident, inner_doc, structs};
use crate::names;
use crate::plan::{Plan, Receiver, COMMON};
use spec_model::spec::Client;

/// Every file of `sdk/src/generated/`, by path relative to it.
pub fn render(plan: &Plan<'_>) -> Result<BTreeMap<String, String>, String> {
    let (spec, features) = (plan.spec, &plan.features);
    let mut files = BTreeMap::new();

    // types/<group>.rs; in `common`, the types compiled under the same features share one
    // module behind them, so each `cfg` is stated once.
    type Items = Vec<TokenStream>;
    let mut by_group: BTreeMap<&str, BTreeMap<&BTreeSet<&str>, Items>> = BTreeMap::new();
    for ty in plan.types.values() {
        let item = if ty.ty.is_enum() {
            enums::emit_enum(ty)
        } else {
            structs::emit_struct(spec, ty)
        };
        by_group
            .entry(ty.module)
            .or_default()
            .entry(&ty.features)
            .or_default()
            .push(item);
    }
    for (group, sets) in &by_group {
        let module_doc = inner_doc(&format!(
            "Data types of the `{group}` group: one struct per DTO and one enum per string enum."
        ));
        let sets = sets.iter().map(|(features, items)| {
            if features.is_empty() {
                return quote! { #(#items)* };
            }
            let cfg = cfg_any(features);
            let name = ident(&format!(
                "for_{}",
                features.iter().copied().collect::<Vec<_>>().join("_")
            ));
            let doc = inner_doc(&format!(
                "The types compiled when any of these features is on: {}.",
                features
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            quote! {
                #cfg
                mod #name {
                    #doc
                    #(#items)*
                }
                #cfg
                pub use self::#name::*;
            }
        });
        files.insert(
            format!("types/{group}.rs"),
            format_file(quote! { #module_doc #(#sets)* })?,
        );
    }
    files.insert(
        "types/mod.rs".into(),
        mod_file(
            "Every generated data type, re-exported flat (`crate::types::UserDto`).",
            by_group
                .keys()
                .map(|g| (*g, features.get(g).copied().unwrap_or(g))),
        )?,
    );

    // requests/<group>.rs (Management API) and authentication/<group>.rs (end-user API)
    let mut endpoint_groups: BTreeMap<(Client, &str), Emitted> = BTreeMap::new();
    for endpoint in &plan.endpoints {
        let def = &endpoint.ep.def;
        let emitted = endpoints::emit_endpoint(spec, endpoint);
        let entry = endpoint_groups
            .entry((def.client, def.group.value.as_str()))
            .or_default();
        for (receiver, method) in emitted.methods {
            entry.0.entry(receiver).or_default().push(method);
        }
        entry.1.push(emitted.builder);
    }
    for ((client, group), (methods, builders)) in &endpoint_groups {
        let receivers: Vec<&str> = methods.keys().map(|r| r.type_name()).collect();
        let module_doc = inner_doc(&format!(
            "Endpoints of the `{group}` group: the `{}` methods and their request builders.",
            receivers.join("` and `")
        ));
        let impls = methods.iter().map(|(receiver, methods)| {
            let receiver = ident(receiver.type_name());
            quote! {
                impl crate::#receiver {
                    #(#methods)*
                }
            }
        });
        files.insert(
            format!("{}/{group}.rs", requests_dir(*client)),
            format_file(quote! {
                #module_doc
                #(#impls)*
                #(#builders)*
            })?,
        );
    }
    let modules = |client: Client| {
        endpoint_groups
            .keys()
            .filter(move |(c, _)| *c == client)
            .map(move |(_, g)| (*g, names::feature(client, g)))
    };
    let mut requests_doc = String::from(
        "The Management API's request builders, one per endpoint, re-exported flat \
         (`crate::management::requests::GetUserRequest`).\n\n\
         The builders of paged list endpoints have `pages()`, `items()` and `page_size()`. These \
         endpoints page but have no paginator yet:\n",
    );
    for (name, reason) in plan.unpaged() {
        requests_doc.push_str(&format!("\n- `{name}`: {reason}"));
    }
    files.insert(
        "requests/mod.rs".into(),
        mod_file(&requests_doc, modules(Client::Management))?,
    );
    let has_authentication = modules(Client::Authentication).next().is_some();
    if has_authentication {
        files.insert(
            format!("{}/mod.rs", requests_dir(Client::Authentication)),
            mod_file(
                "The end-user API's request builders, one per endpoint, re-exported flat \
                 (`crate::authentication::requests::GetProfileRequest`).",
                modules(Client::Authentication),
            )?,
        );
    }
    let authentication = has_authentication.then(|| {
        let m = ident(requests_dir(Client::Authentication));
        quote! {
            #[cfg(feature = "authentication")]
            pub mod #m;
        }
    });
    files.insert(
        "mod.rs".into(),
        format_file({
            let d = inner_doc(
                "Code generated from the spec: data types and endpoint methods. Never edit by hand: \
                 change the spec (or its overrides) and run `cargo xtask codegen`.",
            );
            quote! {
                #d
                #authentication
                pub mod requests;
                pub mod types;
            }
        })?,
    );
    Ok(files)
}

/// A group's emitted methods (by the type they are on) and request builders.
type Emitted = (BTreeMap<Receiver, Vec<TokenStream>>, Vec<TokenStream>);

/// The generated directory of a client's request builders.
fn requests_dir(client: Client) -> &'static str {
    match client {
        Client::Management => "requests",
        Client::Authentication => "authentication",
    }
}

/// A `mod.rs` declaring one module per group, each behind its cargo feature (the shared
/// `common` module is always compiled; its items carry their own `cfg`).
fn mod_file<'a>(
    about: &str,
    modules: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<String, String> {
    let d = inner_doc(about);
    let mods = modules.map(|(g, feature)| {
        let m = ident(g);
        let cfg = if g == COMMON {
            quote! {}
        } else {
            quote! { #[cfg(feature = #feature)] }
        };
        quote! { #cfg mod #m; #cfg pub use self::#m::*; }
    });
    format_file(quote! {
        #d
        #(#mods)*
    })
}

/// `#[cfg(any(feature = "a", ...))]` for an item compiled under any of `features`; nothing for
/// none (always compiled).
fn cfg_any(features: &BTreeSet<&str>) -> TokenStream {
    if features.is_empty() {
        return quote! {};
    }
    if let [only] = features.iter().collect::<Vec<_>>().as_slice() {
        return quote! { #[cfg(feature = #only)] };
    }
    let features = features.iter();
    quote! { #[cfg(any( #(feature = #features),* ))] }
}
