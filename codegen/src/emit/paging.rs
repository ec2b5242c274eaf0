//! Emits `.pages()`, `.items()` and `page_size()` on the request builder of a paged list
//! endpoint (which endpoints page, and how, is the plan's: `crate::plan::Paging`). The listing
//! the local Authing serves for a paged endpoint without an example is `made_answers.rs`'s.
//! The paginator itself is the runtime's (`sdk/src/runtime/paginate.rs`); each endpoint only
//! says how to fetch a page and where its list and total are.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_md, ident, rust_type};
use crate::names;
use crate::plan::{EndpointPlan, FieldPlan, Paging, Place};
use spec_model::types::TypeExpr;
use spec_model::validate::CheckedField;

/// A parameter's value from the paginator's `i64` (`page`, `limit`), as its field holds it.
fn set_param(p: &FieldPlan<'_>, value: &proc_macro2::Ident) -> TokenStream {
    let field = ident(&p.rust_name);
    let converted = match p.field.ty {
        TypeExpr::Number => quote! { #value as f64 },
        TypeExpr::String => quote! { #value.to_string() },
        _ => quote! { #value },
    };
    if p.field.def.required {
        quote! { request.#field = #converted; }
    } else {
        quote! { request.#field = Some(#converted); }
    }
}

/// A parameter's current value as the paginator's `i64`, or `default`.
fn get_param(p: &FieldPlan<'_>, default: i64) -> TokenStream {
    let field = ident(&p.rust_name);
    match (&p.field.ty, p.field.def.required) {
        (TypeExpr::String, true) => {
            quote! { self.#field.trim().parse::<i64>().unwrap_or(#default) }
        }
        (TypeExpr::String, false) => quote! {
            self.#field.as_deref().and_then(|value| value.trim().parse::<i64>().ok()).unwrap_or(#default)
        },
        (TypeExpr::Number, true) => quote! { (self.#field as i64) },
        (TypeExpr::Number, false) => quote! { self.#field.map_or(#default, |value| value as i64) },
        (_, true) => quote! { self.#field },
        (_, false) => quote! { self.#field.unwrap_or(#default) },
    }
}

/// The page size (`size`, a `u32`) as the limit's field holds it.
fn size_value(ty: &TypeExpr) -> TokenStream {
    match ty {
        TypeExpr::Number => quote! { f64::from(size) },
        TypeExpr::String => quote! { size.to_string() },
        _ => quote! { i64::from(size) },
    }
}

/// For the `Options` place: reading the page number and size (as `i64`), setting both on
/// `request` (from `page` and `limit`), and setting the size on `self` (from `size`).
fn options_code(
    option: &FieldPlan<'_>,
    options_type: &str,
    pagination_type: &str,
    page: &CheckedField,
    limit: &CheckedField,
    default_limit: i64,
) -> (TokenStream, TokenStream, TokenStream, TokenStream) {
    let opt = ident(&option.rust_name);
    let options_type = ident(options_type);
    let pagination_type = ident(pagination_type);
    let pagination = ident("pagination");
    let (page_name, limit_name) = (
        ident(&names::snake_ident(&page.def.name.value)),
        ident(&names::snake_ident(&limit.def.name.value)),
    );
    let read = |name: &proc_macro2::Ident, ty: &TypeExpr, default: i64| {
        let cast = match ty {
            TypeExpr::Number => quote! { as i64 },
            _ => quote! {},
        };
        quote! {
            self.#opt.as_ref().and_then(|o| o.#pagination.as_ref()).and_then(|p| p.#name).map_or(#default, |v| v #cast)
        }
    };
    let value = |arg: TokenStream, ty: &TypeExpr| match ty {
        TypeExpr::Number => quote! { #arg as f64 },
        _ => quote! { #arg },
    };
    let (page_value, limit_value) = (
        value(quote! { page }, &page.ty),
        value(quote! { limit }, &limit.ty),
    );
    let size_value = size_value(&limit.ty);
    (
        read(&page_name, &page.ty, 1),
        read(&limit_name, &limit.ty, default_limit),
        quote! {
            let mut options = request.#opt.take().unwrap_or_else(crate::types::#options_type::new);
            let paging = options.#pagination.take().unwrap_or_else(crate::types::#pagination_type::new);
            options.#pagination = Some(paging.#page_name(#page_value).#limit_name(#limit_value));
            request.#opt = Some(options);
        },
        quote! {
            let mut options = self.#opt.take().unwrap_or_else(crate::types::#options_type::new);
            let paging = options.#pagination.take().unwrap_or_else(crate::types::#pagination_type::new);
            options.#pagination = Some(paging.#limit_name(#size_value));
            self.#opt = Some(options);
        },
    )
}

/// The builder methods of a paged endpoint.
pub fn emit_paging(plan: &EndpointPlan<'_>, paging: &Paging<'_>) -> TokenStream {
    let (ep, params) = (plan.ep, &plan.params);
    let data = rust_type(&TypeExpr::Named(paging.data.to_owned()));
    let item = rust_type(paging.item);
    let method = ep.def.http.method.value.as_str();
    let path = &ep.def.http.path.value;
    let limit_field = match &paging.place {
        Place::Params { limit, .. } => params[*limit].field,
        Place::Options { limit, .. } => limit,
    };
    let default_limit = limit_field
        .def
        .default
        .as_ref()
        .and_then(|d| d.value.as_f64())
        .map_or(10, |d| d as i64);
    let (page_arg, limit_arg) = (ident("page"), ident("limit"));
    let (first, size, set_page_and_limit, set_size) = match &paging.place {
        Place::Params { page, limit } => {
            let (page, limit) = (&params[*page], &params[*limit]);
            let (set_page, set_limit) = (set_param(page, &page_arg), set_param(limit, &limit_arg));
            let limit_name = ident(&limit.rust_name);
            let size_value = size_value(&limit.field.ty);
            let set_size = if limit.field.def.required {
                quote! { self.#limit_name = #size_value; }
            } else {
                quote! { self.#limit_name = Some(#size_value); }
            };
            (
                get_param(page, 1),
                get_param(limit, default_limit),
                quote! { #set_page #set_limit },
                set_size,
            )
        }
        Place::Options {
            option,
            options_type,
            pagination_type,
            page,
            limit,
        } => options_code(
            &params[*option],
            options_type,
            pagination_type,
            page,
            limit,
            default_limit,
        ),
    };
    let total = match paging.total {
        Some(field) => {
            let f = ident(&names::snake_ident(&field.def.name.value));
            match field.def.required {
                true => quote! { Some(data.#f as i64) },
                false => quote! { data.#f.map(|total| total as i64) },
            }
        }
        None => quote! { None },
    };
    let list_field = ident(&paging.list_name());
    let (count, list) = if paging.list_required {
        (
            quote! { data.#list_field.len() },
            quote! { data.#list_field },
        )
    } else {
        (
            quote! { data.#list_field.as_ref().map_or(0, ::std::vec::Vec::len) },
            quote! { data.#list_field.unwrap_or_default() },
        )
    };
    let pages_doc = doc_md(&format!(
        "Every page of this listing, as a `Stream` of `{data_name}`: fetched lazily, one page at a \
         time from `page` (1 unless set), `limit` items each ([`page_size`](Self::page_size); \
         {default_limit} unless set), with the other parameters kept. Ends at the page that \
         reaches the total (or, without one, after a short page), or an empty one; an error ends \
         it with the error. See [`Pages`](crate::Pages).",
        data_name = paging.data
    ));
    let items_doc = doc_md(&format!(
        "Every item of this listing, one at a time: [`pages`](Self::pages) with each page's \
         list flattened. For example `client.{}(..).items().try_collect::<Vec<_>>()` with \
         `futures::TryStreamExt`. See [`Items`](crate::Items).",
        ep.def.name.value
    ));
    let size_doc = doc_md(
        "The page size the paginators ask for: the `limit` parameter. The server may cap it; \
         the paginators page on to the total either way.",
    );
    quote! {
        #size_doc
        pub fn page_size(mut self, size: u32) -> Self {
            #set_size
            self
        }

        #pages_doc
        #[inline]
        pub fn pages(self) -> crate::Pages<#data> {
            let (first, size) = (#first, #size);
            crate::Pages::new(
                (#method, #path),
                first,
                size,
                ::std::boxed::Box::new(move |page: i64, limit: i64| {
                    let mut request = self.clone();
                    #set_page_and_limit
                    request.send()
                }),
                |data: &#data| (#count, #total),
            )
        }

        #items_doc
        #[inline]
        pub fn items(self) -> crate::Items<#data, #item> {
            crate::Items::new(self.pages(), |data: #data| #list)
        }
    }
}
