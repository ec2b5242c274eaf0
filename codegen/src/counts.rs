//! The README's counts, kept as a generated block in `README.md` (the rest of it is
//! hand-written) so they cannot drift from the spec: methods, paginators and every-endpoint test
//! calls per type the methods are on, and the data types with the decoding policy's kept-required fields.

use spec_model::field_rules::{keeps_required, KeptRequired, Shape};
use spec_model::types::TypeExpr;

use crate::emit::endpoint_tests::call_count;
use crate::plan::{Plan, Receiver};

pub const README: &str = "README.md";
const BEGIN: &str = "<!-- @generated counts: begin (`cargo xtask codegen` writes this block) -->";
const END: &str = "<!-- @generated counts: end -->";

/// `readme` with its counts block rewritten from `plan`; an error when the block is missing.
pub fn splice(readme: &str, plan: &Plan<'_>) -> Result<String, String> {
    crate::blocks::replace(readme, README, (BEGIN, END), &render(plan))?.ok_or_else(|| {
        format!("{README} has no generated counts block: add the lines `{BEGIN}` and `{END}`")
    })
}

/// The block, markers included.
pub fn render(plan: &Plan<'_>) -> String {
    // Per type a method is on; the every-endpoint test calls each endpoint once, on its primary
    // type.
    let per_receiver = |receiver: Receiver| {
        let endpoints: Vec<_> = plan
            .endpoints
            .iter()
            .filter(|e| e.receivers.contains(&receiver))
            .collect();
        [
            endpoints.len(),
            endpoints.iter().filter(|e| e.paging.is_some()).count(),
            endpoints
                .iter()
                .filter(|e| e.ep.def.example_response.is_some())
                .count(),
            endpoints
                .iter()
                .filter(|e| e.ep.def.example_response.is_none())
                .count(),
            endpoints
                .iter()
                .filter(|e| e.receiver() == receiver)
                .map(|e| call_count(plan.spec, e.ep))
                .sum(),
        ]
    };
    let columns = [Receiver::Management, Receiver::App, Receiver::Session].map(per_receiver);
    let mut out = format!(
        "{BEGIN}\n| | `ManagementClient` | `AuthenticationClient` | `UserSession` |\n|---|---:|---:|---:|\n"
    );
    for (i, label) in [
        "methods (one per route of the docs or an official SDK; `send_sms` and `send_email` on both end-user types, `pub_user_event` on both clients)",
        "paginators (`pages()`, `items()`)",
        "methods whose documented answer the every-endpoint test decodes",
        "methods no source gives an example answer for: the test decodes one made from the spec",
        "calls in the every-endpoint test (each answer, then without each optional field it shows)",
    ]
    .iter()
    .enumerate()
    {
        out.push_str(&format!(
            "| {label} | {} | {} | {} |\n",
            thousands(columns[0][i]),
            thousands(columns[1][i]),
            thousands(columns[2][i])
        ));
    }

    let structs: Vec<_> = plan.types.values().filter(|t| !t.ty.is_enum()).collect();
    let response_only: Vec<_> = structs
        .iter()
        .filter(|t| t.role.response && !t.role.request)
        .collect();
    let kept = |why: KeptRequired| {
        response_only
            .iter()
            .map(|t| {
                let only_field = t.ty.fields.len() == 1;
                t.ty.fields
                    .iter()
                    .filter(|f| f.def.required)
                    .filter(|f| {
                        let shape = match f.ty {
                            TypeExpr::Array(_) | TypeExpr::Map(_) => Shape::List,
                            _ => Shape::Value,
                        };
                        keeps_required(&f.def.name.value, shape, only_field) == Some(why)
                    })
                    .count()
            })
            .sum::<usize>()
    };
    let rows = [
        ("structs", structs.len()),
        ("structs only responses hold", response_only.len()),
        (
            "structs requests send (their documented required fields stay required)",
            structs.iter().filter(|t| t.role.request).count(),
        ),
        (
            "enums",
            plan.types.values().filter(|t| t.ty.is_enum()).count(),
        ),
        (
            "fields of structs",
            structs.iter().map(|t| t.fields.len()).sum(),
        ),
        (
            "required in responses: identifiers",
            kept(KeptRequired::Identifier),
        ),
        (
            "required in responses: only fields",
            kept(KeptRequired::OnlyField),
        ),
        ("required in responses: lists", kept(KeptRequired::List)),
        (
            "typed timestamp accessors (`chrono`)",
            structs
                .iter()
                .flat_map(|t| &t.fields)
                .filter(|f| f.stamp.is_some())
                .count(),
        ),
    ];
    out.push_str("\n| data types | |\n|---|---:|\n");
    for (label, n) in rows {
        out.push_str(&format!("| {label} | {} |\n", thousands(n)));
    }
    out.push_str(END);
    out.push('\n');
    out
}

/// `3697` as `3,697`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(7), "7");
        assert_eq!(super::thousands(3697), "3,697");
        assert_eq!(super::thousands(1234567), "1,234,567");
    }
}
