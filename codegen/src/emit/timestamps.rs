//! Emits the typed timestamp accessors of a struct (`created_at_utc()`, behind the SDK's
//! `chrono` feature), for the fields the plan finds holding one (`crate::plan::stamps`). The
//! parsing is the runtime's (`sdk/src/runtime/time.rs`), lenient: an odd value is `None`, never
//! an error.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_md, ident};
use crate::plan::{accessor_name, FieldPlan, Stamp};

/// The accessors of a struct's timestamp fields (`None` when it has none), behind `chrono`.
pub fn emit_accessors(type_name: &str, plans: &[FieldPlan<'_>]) -> Option<TokenStream> {
    let accessors: Vec<TokenStream> = plans
        .iter()
        .filter_map(|p| {
            let stamp = p.stamp?;
            let accessor = ident(&accessor_name(&p.rust_name));
            let field = ident(&p.rust_name);
            let required = p.field.def.required;
            let value = match (stamp, required) {
                (Stamp::Text, true) => quote! { crate::runtime::time::from_text(Some(self.#field.as_str())) },
                (Stamp::Text, false) => quote! { crate::runtime::time::from_text(self.#field.as_deref()) },
                (Stamp::Millis, true) => quote! { crate::runtime::time::from_millis(Some(self.#field)) },
                (Stamp::Millis, false) => quote! { crate::runtime::time::from_millis(self.#field) },
                (Stamp::MillisF64, true) => quote! { crate::runtime::time::from_millis_f64(Some(self.#field)) },
                (Stamp::MillisF64, false) => quote! { crate::runtime::time::from_millis_f64(self.#field) },
            };
            let doc = doc_md(&format!(
                "`{}` as a UTC timestamp; `None` when it is absent or not a timestamp the SDK reads \
                 ({}).",
                p.field.def.name.value,
                match stamp {
                    Stamp::Text => "RFC 3339 text, or digits of milliseconds since the epoch",
                    Stamp::Millis | Stamp::MillisF64 => "milliseconds since the epoch",
                }
            ));
            Some(quote! {
                #doc
                pub fn #accessor(&self) -> ::std::option::Option<::chrono::DateTime<::chrono::Utc>> {
                    #value
                }
            })
        })
        .collect();
    if accessors.is_empty() {
        return None;
    }
    let name = ident(type_name);
    Some(quote! {
        #[cfg(feature = "chrono")]
        impl #name {
            #(#accessors)*
        }
    })
}
