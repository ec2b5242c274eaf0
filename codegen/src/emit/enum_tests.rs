//! Emits the generated part of the SDK's enum test: every value of every enum parses to its
//! known variant (never `Unknown`), prints back as itself and survives a JSON round trip; a value
//! no enum knows stays `Unknown` with the value kept. Only test code is emitted here.

use proc_macro2::TokenStream;
use quote::quote;

use super::{inner_doc, rust_type_in};
use crate::plan::Plan;
use spec_model::types::TypeExpr;

/// The `enums.rs` module.
pub fn module(plan: &Plan<'_>) -> TokenStream {
    let spec = plan.spec;
    let checks = spec.types.values().filter(|t| t.is_enum()).map(|t| {
        let name = &t.def.name.value;
        let path = rust_type_in(&TypeExpr::Named(name.clone()), &quote! { ::authing::types });
        let values = t.def.values.iter().map(|v| &v.value.value);
        quote! {
            crate::check_enum::<#path>(&mut failures, #name, &[#(#values),*]);
        }
    });
    let count = spec.types.values().filter(|t| t.is_enum()).count();
    let doc = inner_doc(
        "Every enum: each known value round-trips as its known variant, an unknown one as \
         `Unknown`.",
    );
    quote! {
        #doc
        #[test]
        fn every_enum_value_round_trips() {
            let mut failures: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
            #(#checks)*
            crate::report("enums", #count, &failures);
        }
    }
}
