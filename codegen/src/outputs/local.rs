//! `local/src/generated/`: the local Authing's tables, each endpoint's documented example
//! response (or an answer made from the spec for one no source gives an example for) and each
//! endpoint's parameters.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::{format_file, raw_string};
use crate::emit::{inner_doc, local_params, made_answers};
use crate::plan::{EndpointPlan, Plan};

/// The local Authing's tables: each endpoint's documented example response, and its parameters.
pub fn render(plan: &Plan<'_>) -> Result<BTreeMap<String, String>, String> {
    let entry = |endpoint: &EndpointPlan<'_>, text: &str| {
        let ep = endpoint.ep;
        let name = &ep.def.name.value;
        let method = ep.def.http.method.value.as_str();
        let path = &ep.def.http.path.value;
        let response = raw_string(text);
        quote! {
            Example { name: #name, method: #method, path: #path, response: #response },
        }
    };
    let entries = plan.endpoints.iter().filter_map(|endpoint| {
        let example = endpoint.ep.def.example_response.as_deref()?;
        Some(entry(endpoint, example))
    });
    let made: Vec<TokenStream> = plan
        .endpoints
        .iter()
        .filter_map(|endpoint| {
            let data = made_answers::made_answer(plan.spec, endpoint)?;
            let envelope = serde_json::json!({"statusCode": 200, "message": "", "data": data});
            Some(entry(endpoint, &format!("{envelope:#}\n")))
        })
        .collect();
    let d = inner_doc(
        "Documented example responses, one per endpoint that has one, sorted by group and name.",
    );
    let mut files = BTreeMap::new();
    files.insert(
        "examples.rs".to_string(),
        format_file(quote! {
            #d
            /// One endpoint's documented example response (the whole envelope, as JSON text).
            #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::marker::Copy)]
            pub struct Example {
                /// The SDK method name, e.g. `get_user`.
                pub name: &'static str,
                /// The HTTP method, e.g. `GET`.
                pub method: &'static str,
                /// The path below the host, e.g. `/api/v3/get-user`.
                pub path: &'static str,
                /// The documented response envelope, as JSON text.
                pub response: &'static str,
            }

            /// Every documented example response.
            pub const EXAMPLES: &[Example] = &[ #(#entries)* ];

            /// Answers made from the spec for the endpoints no source gives an example for: a
            /// plain value of the `data` type (structures with their required fields), or for a
            /// paged endpoint one such item and a total of 1, so that it pages like the others.
            /// Not documented answers: served only where no example is.
            pub const MADE: &[Example] = &[ #(#made)* ];
        })?,
    );
    files.insert(
        "params.rs".to_string(),
        format_file(local_params::module(plan))?,
    );
    Ok(files)
}
