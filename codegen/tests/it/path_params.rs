//! Path parameters in the plan and the emitted code, on the golden spec's `remove_user_tag`
//! (`DELETE /api/v3/users/{userId}/tags/{tag}`, documented as `tag`, `reason`, `userId`):
//! positional in path order before the other required parameters, filled into the path, and
//! neither in the JSON body nor in the query.

use std::path::Path;

use codegen::emit::endpoints::emit_endpoint;
use codegen::plan::{EndpointPlan, Plan};

fn golden_spec() -> spec_model::Spec {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/spec");
    spec_model::load_spec(&dir).unwrap()
}

fn endpoint<'p, 's>(plan: &'p Plan<'s>, name: &str) -> &'p EndpointPlan<'s> {
    plan.endpoints
        .iter()
        .find(|e| e.ep.def.name.value == name)
        .unwrap()
}

#[test]
fn path_parameters_come_first_in_path_order_and_are_not_sent_elsewhere() {
    let spec = golden_spec();
    let plan = Plan::new(&spec);
    let ep = endpoint(&plan, "remove_user_tag");
    let names = |plans: Vec<&codegen::plan::FieldPlan<'_>>| -> Vec<String> {
        plans.iter().map(|p| p.rust_name.clone()).collect()
    };
    assert_eq!(names(ep.positional()), ["user_id", "tag"]);
    assert_eq!(names(ep.path_params()), ["user_id", "tag"]);
    assert_eq!(names(ep.sent_in_query_or_body()), ["reason"]);
}

#[test]
fn the_emitted_send_fills_the_route_and_encodes_only_the_body_parameters() {
    let spec = golden_spec();
    let plan = Plan::new(&spec);
    let emitted = emit_endpoint(&spec, endpoint(&plan, "remove_user_tag"));
    let method = emitted.methods[0].1.to_string().replace(' ', "");
    assert!(
        method.contains("user_id:implInto<::std::string::String>,tag:implInto<i64>")
            || method.contains(
                "user_id:impl::std::convert::Into<::std::string::String>,tag:impl::std::convert::Into<i64>"
            ),
        "{method}"
    );
    let builder = emitted.builder.to_string().replace(' ', "");
    assert!(
        builder.contains(
            "crate::runtime::route::fill(crate::runtime::Method::Delete,\"/api/v3/users/{userId}/tags/{tag}\",&[(\"userId\",crate::runtime::QueryValue::to_query_value(&self.user_id)),(\"tag\",crate::runtime::QueryValue::to_query_value(&self.tag))],)"
        ),
        "{builder}"
    );
    assert!(
        builder.contains("returncrate::ResponseFuture::refused(error)"),
        "{builder}"
    );
    assert!(builder.contains("w.field(\"reason\",value)"), "{builder}");
    assert!(
        !builder.contains("w.field(\"userId\"") && !builder.contains("w.field(\"tag\""),
        "{builder}"
    );

    // A query endpoint: the secret path parameter is not a query pair.
    let emitted = emit_endpoint(&spec, endpoint(&plan, "get_invitation"));
    let builder = emitted.builder.to_string().replace(' ', "");
    assert!(
        builder.contains("push_to(value,\"lang\",&mutquery)"),
        "{builder}"
    );
    assert!(!builder.contains("\"inviteToken\",&mutquery"), "{builder}");
}

#[test]
fn a_route_without_placeholders_sends_its_path_as_it_is() {
    let spec = golden_spec();
    let plan = Plan::new(&spec);
    let emitted = emit_endpoint(&spec, endpoint(&plan, "get_user_batch"));
    let builder = emitted.builder.to_string().replace(' ', "");
    assert!(builder.contains("filled_path:None"), "{builder}");
    assert!(!builder.contains("route::fill"), "{builder}");
}
