//! Where generated items live in the SDK: builder type names, the request modules of each
//! client, the cargo feature of a group. The naming rules themselves are
//! [`spec_model::names`]'.

pub use spec_model::names::{dedupe, pascal_ident, snake_ident, words};
use spec_model::spec::Client;

/// The builder type of an endpoint: `get_user` -> `GetUserRequest`.
pub fn request_type(endpoint: &str) -> String {
    format!("{}Request", pascal_ident(endpoint).unwrap_or_default())
}

/// The module a client's request builders are in, as a path in the SDK crate
/// (`crate::management::requests`, `crate::authentication::requests`).
pub fn requests_module(client: Client) -> &'static str {
    match client {
        Client::Management => "crate::management::requests",
        Client::Authentication => "crate::authentication::requests",
    }
}

/// The hand-written call that sends an endpoint for the SDK's users, when one does (a typed
/// payload over the endpoint's JSON text): the generated method and builder stay, hidden from
/// the docs, so old code compiles for one release; the hand-written call carries the
/// endpoint's name as a doc alias. One way to publish an event: `publish_event`.
pub fn wrapped_by(client: Client, endpoint: &str) -> Option<&'static str> {
    match (client, endpoint) {
        (Client::Management, "pub_event") => Some("publish_event"),
        (Client::Authentication, "pub_user_event") => Some("publish_event"),
        _ => None,
    }
}

/// The cargo feature that holds a client's endpoints of `group`: the group's own for the
/// Management API, `authentication` for the whole end-user API.
pub fn feature(client: Client, group: &str) -> &str {
    match client {
        Client::Management => group,
        Client::Authentication => "authentication",
    }
}
