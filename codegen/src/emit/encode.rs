//! Emits the encoder of a request struct or of a request builder whose parameters travel in a
//! JSON body: a `crate::runtime::write::Encode` impl, one non-generic function per type that
//! writes each member by wire name (optional ones only when set). The writer is the runtime's.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::plan::FieldPlan;

/// `impl Encode for <type_name>` over `plans`, the fields in wire order.
pub fn emit_encode(type_name: &str, plans: &[&FieldPlan<'_>]) -> TokenStream {
    let name = ident(type_name);
    let fields = plans.iter().map(|p| {
        let field = ident(&p.rust_name);
        let wire = &p.field.def.name.value;
        if p.field.def.required {
            quote! { w.field(#wire, &self.#field); }
        } else {
            quote! {
                if let Some(value) = &self.#field {
                    w.field(#wire, value);
                }
            }
        }
    });
    quote! {
        impl crate::runtime::write::Encode for #name {
            #[inline]
            fn encode(&self, w: &mut crate::runtime::write::Writer) {
                w.begin_object();
                #(#fields)*
                w.end_object();
            }
        }
    }
}
