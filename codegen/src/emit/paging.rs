//! Emits `.pages()`, `.items()` and `page_size()` on the request builder of a paged list
//! endpoint. The rule (reviewed, applied to every endpoint): the endpoint takes numeric `page`
//! and `limit` parameters and answers a structure with a `list` array and, optionally, a
//! `totalCount` or `count` integer. The paginator itself is the runtime's
//! (`sdk/src/runtime/paginate.rs`); each endpoint only says how to fetch a page and where its
//! list and total are.

use proc_macro2::TokenStream;
use quote::quote;

use super::structs::FieldPlan;
use super::{doc_md, ident, rust_type};
use crate::names;
use crate::types::TypeExpr;
use crate::validate::{CheckedEndpoint, CheckedType, Spec};

/// What a paged endpoint's paginator needs.
pub struct Paging<'p> {
    page: &'p FieldPlan<'p>,
    limit: &'p FieldPlan<'p>,
    /// The response structure, its list's item type, and whether the list is required.
    data: &'p str,
    item: &'p TypeExpr,
    list_required: bool,
    /// The total's Rust field name, and whether it is required.
    total: Option<(String, bool)>,
}

fn numeric(ty: &TypeExpr) -> bool {
    matches!(ty, TypeExpr::Integer | TypeExpr::Number)
}

/// The endpoint's paging, when the rule finds it paged.
pub fn paging<'p>(
    spec: &'p Spec,
    ep: &'p CheckedEndpoint,
    plans: &'p [FieldPlan<'p>],
) -> Option<Paging<'p>> {
    let param = |wire: &str| {
        plans
            .iter()
            .find(|p| p.field.def.name.value == wire && numeric(&p.field.ty))
    };
    let (page, limit) = (param("page")?, param("limit")?);
    let Some(TypeExpr::Named(data)) = &ep.data else {
        return None;
    };
    let ty: &CheckedType = spec.types.get(data).filter(|t| !t.is_enum())?;
    let (item, list_required) = ty.fields.iter().find_map(|f| match &f.ty {
        TypeExpr::Array(inner) if f.def.name.value == "list" => Some((&**inner, f.def.required)),
        _ => None,
    })?;
    let total = ty
        .fields
        .iter()
        .find(|f| matches!(f.def.name.value.as_str(), "totalCount" | "count") && numeric(&f.ty))
        .map(|f| (names::snake_ident(&f.def.name.value), f.def.required));
    Some(Paging {
        page,
        limit,
        data,
        item,
        list_required,
        total,
    })
}

/// A parameter's value from the paginator's `i64` (`page`, `limit`), as its field holds it.
fn set_param(p: &FieldPlan<'_>, value: &proc_macro2::Ident) -> TokenStream {
    let field = ident(&p.rust_name);
    let converted = match p.field.ty {
        TypeExpr::Number => quote! { #value as f64 },
        _ => quote! { #value },
    };
    if p.field.def.required {
        quote! { request.#field = #converted; }
    } else {
        quote! { request.#field = ::std::option::Option::Some(#converted); }
    }
}

/// A parameter's current value as the paginator's `i64`, or `default`.
fn get_param(p: &FieldPlan<'_>, default: i64) -> TokenStream {
    let field = ident(&p.rust_name);
    let cast = match p.field.ty {
        TypeExpr::Number => quote! { as i64 },
        _ => quote! {},
    };
    if p.field.def.required {
        quote! { (self.#field #cast) }
    } else {
        quote! { self.#field.map_or(#default, |value| value #cast) }
    }
}

/// The builder methods of a paged endpoint.
pub fn emit_paging(ep: &CheckedEndpoint, paging: &Paging<'_>) -> TokenStream {
    let data = rust_type(&TypeExpr::Named(paging.data.to_owned()));
    let item = rust_type(paging.item);
    let method = ep.def.http.method.value.as_str();
    let path = &ep.def.http.path.value;
    let default_limit = paging
        .limit
        .field
        .def
        .default
        .as_ref()
        .and_then(|d| d.value.as_f64())
        .map_or(10, |d| d as i64);
    let (page_arg, limit_arg) = (ident("page"), ident("limit"));
    let set_page = set_param(paging.page, &page_arg);
    let set_limit = set_param(paging.limit, &limit_arg);
    let first = get_param(paging.page, 1);
    let size = get_param(paging.limit, default_limit);
    let total = match &paging.total {
        Some((field, true)) => {
            let f = ident(field);
            quote! { ::std::option::Option::Some(data.#f as i64) }
        }
        Some((field, false)) => {
            let f = ident(field);
            quote! { data.#f.map(|total| total as i64) }
        }
        None => quote! { ::std::option::Option::None },
    };
    let (count, list) = if paging.list_required {
        (quote! { data.list.len() }, quote! { data.list })
    } else {
        (
            quote! { data.list.as_ref().map_or(0, ::std::vec::Vec::len) },
            quote! { data.list.unwrap_or_default() },
        )
    };
    let limit_field = ident(&paging.limit.rust_name);
    let size_value = match paging.limit.field.ty {
        TypeExpr::Number => quote! { size as f64 },
        _ => quote! { size },
    };
    let set_size = if paging.limit.field.def.required {
        quote! { self.#limit_field = #size_value; }
    } else {
        quote! { self.#limit_field = ::std::option::Option::Some(#size_value); }
    };
    let pages_doc = doc_md(&format!(
        "Every page of this listing, as a `Stream` of `{data_name}`: fetched lazily, one page at a \
         time from `page` (1 unless set), `limit` items each ([`page_size`](Self::page_size); \
         {default_limit} unless set), with the other parameters kept. Ends after an empty or short \
         page or the page that reaches the total; an error ends it with the error. See \
         [`Pages`](crate::Pages).",
        data_name = paging.data
    ));
    let items_doc = doc_md(
        "Every item of this listing, one at a time: [`pages`](Self::pages) with each page's \
         `list` flattened. For example `client.list_applications().items().try_collect::<Vec<_>>()` \
         with `futures::TryStreamExt`.",
    );
    let size_doc = doc_md(
        "The page size the paginators ask for: the `limit` parameter (the server may cap it).",
    );
    quote! {
        #size_doc
        pub fn page_size(mut self, size: i64) -> Self {
            #set_size
            self
        }

        #pages_doc
        pub fn pages(self) -> crate::Pages<#data> {
            let (first, size) = (#first, #size);
            crate::Pages::new(
                (#method, #path),
                first,
                size,
                ::std::boxed::Box::new(move |page: i64, limit: i64| {
                    let mut request = ::std::clone::Clone::clone(&self);
                    #set_page
                    #set_limit
                    request.send()
                }),
                |data: &#data| (#count, #total),
            )
        }

        #items_doc
        pub fn items(self) -> crate::Items<#data, #item> {
            crate::Items::new(self.pages(), |data: #data| #list)
        }
    }
}
