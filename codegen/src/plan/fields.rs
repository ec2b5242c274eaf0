//! The Rust side of a list of fields or parameters: each one's Rust name (unique in its list,
//! none shadowing a method of the item that holds it), its setter and the setter's `set_` twin,
//! and the timestamp it holds. Decided here once; every emitter reads it.

use spec_model::names;
use spec_model::validate::CheckedField;

use super::stamps::{stamp, Stamp};

/// A field or parameter after naming.
pub struct FieldPlan<'s> {
    pub field: &'s CheckedField,
    /// The Rust field name (`user_id`).
    pub rust_name: String,
    /// The setter of an optional field: the Rust name (`with_new` for a field named `new` on a
    /// struct, whose `new` is the constructor).
    pub setter: String,
    /// The `Option`-taking twin of the setter: `set_<field>` (a keyword's escaping `_` dropped:
    /// `set_type`), with `_value` added while it would clash with another field's name.
    pub twin: String,
    /// The timestamp the field holds, when it gets a typed accessor for it (`<name>_utc()`): it
    /// holds one, is no secret, and no other field is named like the accessor.
    pub stamp: Option<Stamp>,
}

/// What holds the fields: a struct (whose `new` is its constructor) or a request builder (whose
/// `send`, `into_future`, `client` and per-call options a parameter must not shadow).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Struct,
    Builder,
}

/// Builder methods and fields that a parameter must not shadow: such a parameter's name gets
/// `_param`. (`call` is the per-call options' field; `call_options`, `header`, `headers`,
/// `attempt_timeout` and `max_attempts` are `RequestOptions` methods, which an inherent setter
/// would hide.)
const BUILDER_RESERVED: &[&str] = &[
    "send",
    "into_future",
    "client",
    "call",
    "call_options",
    "header",
    "headers",
    "attempt_timeout",
    "max_attempts",
];

/// The plans of `fields`, in order.
pub fn plan_fields(fields: &[CheckedField], holder: Holder) -> Vec<FieldPlan<'_>> {
    let mut rust_names = names::dedupe(
        fields
            .iter()
            .map(|f| names::snake_ident(&f.def.name.value))
            .collect(),
    );
    if holder == Holder::Builder {
        for name in &mut rust_names {
            if BUILDER_RESERVED.contains(&name.as_str()) {
                name.push_str("_param");
            }
        }
    }
    let twins: Vec<String> = rust_names
        .iter()
        .map(|name| {
            let mut twin = format!("set_{}", name.trim_end_matches('_'));
            while rust_names.contains(&twin) {
                twin.push_str("_value");
            }
            twin
        })
        .collect();
    let stamps: Vec<Option<Stamp>> = fields
        .iter()
        .zip(&rust_names)
        .map(|(field, name)| {
            let accessor = accessor_name(name);
            let free = !rust_names.contains(&accessor);
            (free && !field.def.secret).then(|| stamp(field)).flatten()
        })
        .collect();
    fields
        .iter()
        .zip(rust_names)
        .zip(twins)
        .zip(stamps)
        .map(|(((field, rust_name), twin), stamp)| FieldPlan {
            field,
            setter: match (holder, rust_name.as_str()) {
                (Holder::Struct, "new") => "with_new".to_owned(),
                _ => rust_name.clone(),
            },
            rust_name,
            twin,
            stamp,
        })
        .collect()
}

/// The typed timestamp accessor of a field named `rust_name`: `created_at` -> `created_at_utc`.
pub fn accessor_name(rust_name: &str) -> String {
    format!("{}_utc", rust_name.trim_end_matches('_'))
}
