//! Emits, per endpoint, a request builder (required parameters positional, optional ones as
//! setters, and the per-call options behind one `RequestOptions` accessor), the
//! `ManagementClient` method that starts it, `send()` and `IntoFuture`. The builder
//! only assembles a plain `ApiRequest` (synchronously, in `send`); all transport, auth and
//! decoding is the runtime's, one shared `ResponseFuture` for every endpoint.

use proc_macro2::TokenStream;
use quote::quote;

use super::encode::emit_encode;
use super::fields::{emit_debug, field_doc, optional_setters, value_type};
use super::paging::emit_paging;
use super::{doc, doc_break, doc_md, ident, rust_type};
use crate::names;
use crate::plan::{EndpointPlan, FieldPlan, Receiver};
use spec_model::spec::{HttpMethod, ParamsIn};
use spec_model::types::TypeExpr;
use spec_model::validate::{CheckedEndpoint, Spec};

/// The client method plus the request builder for one endpoint.
pub struct EmittedEndpoint {
    /// The method (alone, for an `impl` block of its type), once per type it is on.
    pub methods: Vec<(Receiver, TokenStream)>,
    /// The builder type and its impls.
    pub builder: TokenStream,
}

pub fn emit_endpoint(spec: &Spec, plan: &EndpointPlan<'_>) -> EmittedEndpoint {
    let ep = plan.ep;
    let def = &ep.def;
    let method_name = ident(&def.name.value);
    let builder_name = ident(&plan.builder);
    let http_method = def.http.method.value;
    let path = &def.http.path.value;
    let in_body = def.http.params_in.value == ParamsIn::Body;

    let plans = &plan.params;
    // Positional: the path parameters in path order, then the other required ones.
    let required = plan.positional();
    let optional: Vec<&FieldPlan> = plans.iter().filter(|p| !p.field.def.required).collect();

    // The client method: docs, then required parameters positionally.
    let method_doc = method_doc(ep, &required, !optional.is_empty(), &builder_name);
    let arg_names: Vec<_> = required.iter().map(|p| ident(&p.rust_name)).collect();
    let arg_types: Vec<_> = required.iter().map(|p| value_type(p.field)).collect();
    let opt_names: Vec<_> = optional.iter().map(|p| ident(&p.rust_name)).collect();
    let requests = path_tokens(names::requests_module(def.client));
    let client_type = path_tokens(&format!("crate::{}", def.client.type_name()));
    // A session's calls go through its own client, which carries the user's token.
    // A method a hand-written call wraps stays for old code, out of the docs.
    let hidden = plan.wrapped_by.map(|call| {
        let line = doc_md(&format!("Hidden: use `{call}`, which sends this endpoint."));
        let brk = doc_break();
        quote! { #brk #line #[doc(hidden)] }
    });
    let method = |receiver: Receiver| {
        let (client_of_self, as_user) = match receiver {
            Receiver::Session => (
                quote! { self.api_client().clone() },
                Some(doc_md(
                    "Sent for the signed-in user, with the user's access token.",
                )),
            ),
            _ => (quote! { self.clone() }, None),
        };
        let as_user = as_user.map(|line| {
            let brk = doc_break();
            quote! { #brk #line }
        });
        quote! {
        #(#method_doc)*
        #as_user
        #hidden
        pub fn #method_name(&self, #( #arg_names: impl ::std::convert::Into<#arg_types> ),*) -> #requests::#builder_name {
            #requests::#builder_name {
                client: #client_of_self,
                call: ::std::default::Default::default(),
                #( #arg_names: #arg_names.into(), )*
                #( #opt_names: None, )*
            }
        }
        }
    };
    let methods = plan.receivers.iter().map(|r| (*r, method(*r))).collect();

    let fields = builder_fields(plans);
    let setters = optional
        .iter()
        .map(|p| optional_setters(p, &p.setter, &p.twin, field_doc(spec, p.field)));
    let paginators = plan.paging.as_ref().map(|p| emit_paging(plan, p));

    let (output, decode) = output_type(ep.data.as_ref());
    let build_request = request_expr(plan);
    let debug_impl = emit_debug(&plan.builder, &["client", "call"], plans);
    let derive_debug = match debug_impl {
        Some(_) => quote! {},
        None => quote! { ::std::fmt::Debug, },
    };
    let derive = quote! { #[derive(#derive_debug ::std::clone::Clone)] };
    let encode = in_body.then(|| emit_encode(&plan.builder, &plan.sent_in_query_or_body()));
    let client = plan.receiver().type_name();
    let builder_doc = doc_md(&format!(
        "Request builder for [`{client}::{}`](crate::{client}::{}): `{} {}`. \
         Set optional parameters, then `.send().await` (or `.await` it directly).",
        def.name.value,
        def.name.value,
        http_method.as_str(),
        path
    ));
    let builder = quote! {
        #builder_doc
        #hidden
        #derive
        #[must_use = "a request does nothing until it is sent with `.send().await` or `.await`"]
        pub struct #builder_name {
            client: #client_type,
            call: crate::runtime::CallOptions,
            #(#fields)*
        }

        #debug_impl

        #encode

        impl #builder_name {
            #(#setters)*

            #paginators

            /// Sends the request; the future resolves to the response's `data`.
            #[inline]
            pub fn send(self) -> crate::ResponseFuture<#output> {
                #build_request
                crate::ResponseFuture::new(&self.client, request, #decode)
            }
        }

        impl crate::RequestOptions for #builder_name {
            #[inline]
            fn call_options(&mut self) -> &mut crate::runtime::CallOptions {
                &mut self.call
            }
        }

        impl ::std::future::IntoFuture for #builder_name {
            type Output = ::std::result::Result<#output, crate::Error>;
            type IntoFuture = crate::ResponseFuture<#output>;
            #[inline]
            fn into_future(self) -> Self::IntoFuture {
                self.send()
            }
        }
    };
    EmittedEndpoint { methods, builder }
}

/// A path such as `crate::management::requests` as tokens.
fn path_tokens(path: &str) -> TokenStream {
    path.parse().unwrap_or_default()
}

/// The builder's fields: one per parameter, `Option` when it is optional.
fn builder_fields(plans: &[FieldPlan<'_>]) -> Vec<TokenStream> {
    plans
        .iter()
        .map(|p| {
            let name = ident(&p.rust_name);
            let value = value_type(p.field);
            if p.field.def.required {
                quote! { #name: #value, }
            } else {
                quote! { #name: ::std::option::Option<#value>, }
            }
        })
        .collect()
}

/// The client method's doc: summary, description, HTTP method and path, required parameters, a
/// pointer to the builder's setters, the docs page.
fn method_doc(
    ep: &CheckedEndpoint,
    required: &[&FieldPlan<'_>],
    has_optional: bool,
    builder_name: &proc_macro2::Ident,
) -> Vec<TokenStream> {
    let def = &ep.def;
    let (http_method, path) = (def.http.method.value, &def.http.path.value);
    let mut method_doc = vec![doc(&def.summary)];
    // The official SDKs' names, so a search of the docs for the name a user knows finds it.
    method_doc.extend(
        def.official_names
            .iter()
            .map(|name| quote! { #[doc(alias = #name)] }),
    );
    if let Some(d) = &def.description {
        if d.trim() != def.summary.trim() {
            method_doc.push(doc_break());
            method_doc.push(doc(d));
        }
    }
    method_doc.push(doc_break());
    method_doc.push(doc(&format!("`{} {}`", http_method.as_str(), path)));
    if !required.is_empty() {
        method_doc.push(doc_break());
        method_doc.push(doc("Required parameters:"));
        for p in required {
            let summary = p
                .field
                .def
                .description
                .as_deref()
                .map(|d| d.lines().next().unwrap_or_default().to_string())
                .unwrap_or_default();
            let place = if p.field.def.in_path() {
                ", in the path"
            } else {
                ""
            };
            method_doc.push(doc(&format!(
                "- `{}` (`{}`{place}): {}",
                p.rust_name, p.field.def.name.value, summary
            )));
        }
    }
    if has_optional {
        method_doc.push(doc_break());
        method_doc.push(doc_md(&format!(
            "Optional parameters are setters on [`{builder_name}`]({}::{builder_name}).",
            names::requests_module(def.client)
        )));
    }
    method_doc.push(doc_break());
    method_doc.push(doc(&format!("Docs: `{}`", def.source)));

    method_doc
}

/// The statements that build the endpoint's plain `ApiRequest` (`request`) from the builder
/// (`self`): the path with its parameters filled in (a value the runtime refuses ends `send` with
/// a refused future), then a JSON body (the builder's generated encoder), or the query pairs of
/// the parameters that are set (a list as one pair per item: `crate::runtime::QueryParam`).
fn request_expr(plan: &EndpointPlan<'_>) -> TokenStream {
    let def = &plan.ep.def;
    let path = &def.http.path.value;
    let in_body = def.http.params_in.value == ParamsIn::Body;
    let method_variant = ident(match def.http.method.value {
        HttpMethod::Get => "Get",
        HttpMethod::Post => "Post",
        HttpMethod::Put => "Put",
        HttpMethod::Delete => "Delete",
        HttpMethod::Patch => "Patch",
    });
    let idempotent = def.idempotent;
    let path_params = plan.path_params();
    let (filled_path, filled) = if path_params.is_empty() {
        (quote! {}, quote! { filled_path: None })
    } else {
        let values = path_params.iter().map(|p| {
            let name = ident(&p.rust_name);
            let wire = &p.field.def.name.value;
            quote! { (#wire, crate::runtime::QueryValue::to_query_value(&self.#name)) }
        });
        let fill = quote! {
            let filled_path = match crate::runtime::route::fill(
                crate::runtime::Method::#method_variant,
                #path,
                &[#(#values),*],
            ) {
                Ok(path) => Some(path),
                Err(error) => return crate::ResponseFuture::refused(error),
            };
        };
        (fill, quote! { filled_path })
    };
    if in_body {
        quote! {
            #filled_path
            let request = crate::runtime::ApiRequest {
                method: crate::runtime::Method::#method_variant,
                path: #path,
                #filled,
                query: ::std::vec::Vec::new(),
                body: Some(crate::runtime::write::to_json(&self)),
                idempotent: #idempotent,
                options: self.call,
            };
        }
    } else {
        let sent = plan.sent_in_query_or_body();
        let pushes = sent.iter().map(|p| {
            let name = ident(&p.rust_name);
            let wire = &p.field.def.name.value;
            if p.field.def.required {
                quote! { crate::runtime::QueryParam::push_to(&self.#name, #wire, &mut query); }
            } else {
                quote! {
                    if let Some(value) = &self.#name {
                        crate::runtime::QueryParam::push_to(value, #wire, &mut query);
                    }
                }
            }
        });
        let capacity = sent.len();
        let query_binding = if sent.is_empty() {
            quote! { let query = ::std::vec::Vec::new(); }
        } else {
            quote! {
                let mut query = ::std::vec::Vec::with_capacity(#capacity);
                #(#pushes)*
            }
        };
        quote! {
            #filled_path
            #query_binding
            let request = crate::runtime::ApiRequest {
                method: crate::runtime::Method::#method_variant,
                path: #path,
                #filled,
                query,
                body: None,
                idempotent: #idempotent,
                options: self.call,
            };
        }
    }
}

/// The user-facing output type and the function decoding a response into it (lists decode
/// tolerantly; an endpoint without `data` skips whatever arrives).
fn output_type(data: Option<&TypeExpr>) -> (TokenStream, TokenStream) {
    let output = match data {
        None => quote! { () },
        Some(ty) => rust_type(ty),
    };
    let decode = quote! { crate::runtime::decode_data::<#output> };
    (output, decode)
}
