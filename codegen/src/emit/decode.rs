//! Emits the decoder of a response struct: a `crate::runtime::read::Decode` impl, one
//! non-generic function per type (tolerant lists, lenient numbers and booleans, unknown members
//! skipped; an absent required list is empty). The reader itself is the runtime's.

use proc_macro2::TokenStream;
use quote::quote;

use super::fields::value_type;
use super::ident;
use crate::plan::FieldPlan;
use spec_model::types::TypeExpr;

/// The generated decoder of a response struct: one non-generic function that reads the object
/// against a static table of member names and, parallel to it, a table of one short call per
/// field (into a local struct of `Option`s), then checks the required fields (an absent required
/// list is empty). Adding a field adds a line to each table and nothing else moves.
pub fn emit_decode(type_name: &str, plans: &[FieldPlan<'_>]) -> TokenStream {
    let name = ident(type_name);
    let what = format!("struct {type_name}");
    let wire = plans.iter().map(|p| p.field.def.name.value.as_str());
    let slots = plans.iter().map(|p| {
        let slot = ident(&p.rust_name);
        let value = value_type(p.field);
        quote! { #slot: ::std::option::Option<#value>, }
    });
    let empty = plans.iter().map(|p| {
        let slot = ident(&p.rust_name);
        quote! { #slot: None, }
    });
    // A required member must not be `null`; an optional one is `None` when it is.
    let sets = plans.iter().map(|p| {
        let slot = ident(&p.rust_name);
        let set = if p.field.def.required {
            quote! { crate::runtime::read::set }
        } else {
            quote! { crate::runtime::read::set_opt }
        };
        quote! { |p, r| #set(&mut p.#slot, r), }
    });
    let inits = plans.iter().map(|p| {
        let field = ident(&p.rust_name);
        let wire = &p.field.def.name.value;
        match (p.field.def.required, &p.field.ty) {
            (false, _) => quote! { #field: p.#field, },
            (true, TypeExpr::Array(_) | TypeExpr::Map(_)) => {
                quote! { #field: p.#field.unwrap_or_default(), }
            }
            (true, _) => quote! { #field: crate::runtime::read::required(p.#field, #wire)?, },
        }
    });
    let fault = quote! { crate::runtime::read::Fault };
    let reader = quote! { crate::runtime::read::Reader<'_> };
    quote! {
        impl crate::runtime::read::Decode for #name {
            #[inline]
            fn decode(r: &mut #reader) -> ::std::result::Result<Self, #fault> {
                struct Partial { #(#slots)* }
                const FIELDS: &[&str] = &[#(#wire),*];
                const SET: &[fn(&mut Partial, &mut #reader) -> ::std::result::Result<(), #fault>] = &[#(#sets)*];
                let mut p = Partial { #(#empty)* };
                r.object(#what, FIELDS, &mut |r, i| match SET.get(i) {
                    Some(set) => set(&mut p, r),
                    None => Ok(()),
                })?;
                Ok(Self { #(#inits)* })
            }
        }
    }
}
