//! Emits one forward-compatible enum per `kind: enum` type: `#[non_exhaustive]`, an `Unknown`
//! variant keeping any value the server sends, `as_str()`, `Display`, `FromStr`, by role an encoder or a decoder (serde impls opt-in), all
//! as strings.

use proc_macro2::TokenStream;
use quote::quote;

use super::fields::sources_doc;
use super::{doc, doc_break, ident};
use crate::names;
use crate::plan::{Role, TypePlan};
use spec_model::validate::CheckedType;

/// Variant names for an enum's values, unique, never `Unknown` (which is the catch-all).
pub fn variant_names(ty: &CheckedType) -> Vec<String> {
    let raw = ty
        .def
        .values
        .iter()
        .enumerate()
        .map(|(i, v)| match names::pascal_ident(&v.value.value) {
            Some(n) if n == "Unknown" => "UnknownValue".to_string(),
            Some(n) => n,
            None if v.value.value.is_empty() => "Empty".to_string(),
            None => format!("Value{}", i + 1),
        })
        .collect();
    names::dedupe(raw)
}

/// The enum and its impls.
pub fn emit_enum(plan: &TypePlan<'_>) -> TokenStream {
    let (ty, role) = (plan.ty, plan.role);
    let name = ident(&ty.def.name.value);
    let type_doc = match &ty.def.description {
        Some(d) => doc(d),
        None => doc(&format!("`{}`", ty.def.name.value)),
    };
    let forward = super::doc_md(
        "This enum is `#[non_exhaustive]`: a value this version of the SDK does not know arrives \
         as `Unknown` with the raw string (an [`UnknownValue`](crate::UnknownValue) of this enum, \
         which only the SDK creates, so it never stands for a known value), so match with a \
         wildcard arm and use `as_str()` for the wire value.",
    );
    let sources = sources_doc(&ty.def.sources);
    let brk = doc_break();
    let variants: Vec<_> = variant_names(ty).into_iter().map(|n| ident(&n)).collect();
    let wire: Vec<&str> = ty
        .def
        .values
        .iter()
        .map(|v| v.value.value.as_str())
        .collect();
    let variant_docs = ty.def.values.iter().map(|v| {
        let wire_line = doc(&format!("Wire value `{}`.", v.value.value));
        match &v.description {
            Some(d) => {
                let d = doc(d);
                quote! { #d #brk #wire_line }
            }
            None => wire_line,
        }
    });
    let conversions = conversions(&name, &variants, &wire, role);
    quote! {
        #type_doc
        #brk
        #forward
        #sources
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::std::cmp::Eq, ::std::hash::Hash, ::std::cmp::PartialOrd, ::std::cmp::Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #variants, )*
            /// A value this version of the SDK does not know, kept exactly as the server sent it.
            Unknown(crate::UnknownValue<Self>),
        }

        impl #name {
            /// Every value this version of the SDK knows, in docs order.
            pub const VALUES: &'static [&'static str] = &[#(#wire),*];

            /// The wire value.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wire, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            #[inline]
            fn from(value: &str) -> Self {
                match value {
                    #( #wire => Self::#variants, )*
                    other => Self::Unknown(crate::UnknownValue::new(other.to_owned())),
                }
            }
        }

        #conversions
    }
}

/// The enum's conversions beyond `From<&str>`: from `String` and `FromStr`, `Display`, the
/// query string, and by role: the encoder for request enums, the decoder for response enums;
/// serde impls behind the `serde` feature (all by wire value; unknown values kept).
fn conversions(
    name: &proc_macro2::Ident,
    variants: &[proc_macro2::Ident],
    wire: &[&str],
    role: Role,
) -> TokenStream {
    let encode = role.request.then(|| {
        quote! {
            impl crate::runtime::write::Encode for #name {
                #[inline]
                fn encode(&self, w: &mut crate::runtime::write::Writer) {
                    w.str(self.as_str());
                }
            }
        }
    });
    let decode = role.response.then(|| {
        quote! {
            impl crate::runtime::read::Decode for #name {
                #[inline]
                fn decode(r: &mut crate::runtime::read::Reader<'_>) -> ::std::result::Result<Self, crate::runtime::read::Fault> {
                    crate::runtime::read::text(r).map(|text| Self::from(&*text))
                }
            }
        }
    });
    quote! {
        impl ::std::convert::From<::std::string::String> for #name {
            #[inline]
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #( #wire => Self::#variants, )*
                    _ => Self::Unknown(crate::UnknownValue::new(value)),
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            #[inline]
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")] impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")] impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                crate::runtime::string_enum::deserialize(deserializer)
            }
        }

        impl crate::runtime::QueryValue for #name {
            #[inline]
            fn to_query_value(&self) -> ::std::string::String {
                self.as_str().to_owned()
            }
        }

        #encode

        #decode
    }
}
