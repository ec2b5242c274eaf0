//! What older Authing servers send decodes. The seed pages (`upstream/seeds`) are older versions
//! of the docs of `get_user`, `get_user_identities` and `get_otp_secret_by_user`, and their
//! example responses are what servers of that version answer: served verbatim, they decode
//! through the public calls. And the current examples decode with every field the docs added
//! since (`docs/seed-changes.md`) left out.

use std::path::Path;

use crate::common::*;
use authing::types::{UserDto, UserGender};
use authing_local::Reply;
use codegen::diff::ChangeKind;
use serde_json::Value;
use spec_model::types::TypeExpr;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Serves `body` verbatim for every call to `path`.
fn serve(server: &authing_local::LocalAuthing, path: &str, body: String) {
    let path = path.to_owned();
    server.intercept(move |request| {
        (request.path == path).then(|| Reply::raw(200, "application/json", body.clone()))
    });
}

#[tokio::test]
async fn the_seed_pages_example_responses_decode_through_the_public_calls() {
    let (seeds, _) = xtask::seeds::specs(root()).unwrap();
    let example = |name: &str| -> String {
        let ep = seeds
            .endpoints
            .iter()
            .find(|e| e.def.name.value == name)
            .unwrap();
        ep.def
            .example_response
            .clone()
            .expect("the seed page shows a response")
    };
    let (server, client) = setup().await;

    let text = example("get_user");
    let seed: Value = serde_json::from_str(&text).unwrap();
    assert!(
        seed["data"].get("workStatus").is_none(),
        "the seed has no workStatus"
    );
    serve(&server, "/api/v3/get-user", text);
    let user: UserDto = client.get_user(USER_ID).await.unwrap();
    assert_eq!(user.user_id, seed["data"]["userId"].as_str().unwrap());
    assert_eq!(user.work_status, None);
    assert_eq!(user.user_source_type, None);
    assert_eq!(
        user.gender.as_ref().map(UserGender::as_str),
        seed["data"]["gender"].as_str()
    );

    let text = example("get_user_identities");
    let seed: Value = serde_json::from_str(&text).unwrap();
    serve(&server, "/api/v3/get-user-identities", text);
    let identities = client.get_user_identities(USER_ID).await.unwrap();
    // The older page shows one identity as an object where the table says array.
    let listed = match &seed["data"] {
        Value::Array(items) => items.clone(),
        one => vec![one.clone()],
    };
    assert_eq!(identities.len(), listed.len());
    assert_eq!(
        identities[0].identity_id,
        listed[0]["identityId"].as_str().unwrap()
    );
    assert_eq!(
        identities[0].access_token, None,
        "the older page has no tokens"
    );

    let text = example("get_otp_secret_by_user");
    let seed: Value = serde_json::from_str(&text).unwrap();
    serve(&server, "/api/v3/get-otp-secret-by-user", text);
    let otp = client.get_otp_secret_by_user(USER_ID).await.unwrap();
    assert_eq!(
        otp.secret.expose(),
        seed["data"]["secret"].as_str().unwrap()
    );
}

#[test]
fn gender_w_of_the_older_pages_is_a_known_value() {
    assert_eq!(UserGender::from("W"), UserGender::W);
    assert!(UserGender::VALUES.contains(&"W"));
}

/// Removes every field in `added` ((type, wire name) pairs) from `value`, read as `ty`.
fn remove_added(
    spec: &spec_model::Spec,
    value: &mut Value,
    ty: &TypeExpr,
    added: &[(String, String)],
) -> usize {
    let mut removed = 0;
    match (ty, value) {
        (TypeExpr::Array(inner), Value::Array(items)) => {
            for item in items {
                removed += remove_added(spec, item, inner, added);
            }
        }
        (TypeExpr::Array(inner), value @ Value::Object(_)) => {
            removed += remove_added(spec, value, inner, added)
        }
        (TypeExpr::Named(name), Value::Object(map)) => {
            let Some(ty) = spec.types.get(name) else {
                return 0;
            };
            for field in &ty.fields {
                let wire = &field.def.name.value;
                if added.contains(&(name.clone(), wire.clone())) {
                    removed += usize::from(map.remove(wire).is_some());
                } else if let Some(inner) = map.get_mut(wire) {
                    removed += remove_added(spec, inner, &field.ty, added);
                }
            }
        }
        _ => {}
    }
    removed
}

#[tokio::test]
async fn current_examples_decode_without_the_fields_added_since_the_seed_pages() {
    let (seeds, current) = xtask::seeds::specs(root()).unwrap();
    let added: Vec<(String, String)> = codegen::diff::diff(&seeds, &current)
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::FieldAdded)
        .filter_map(|c| c.target.split_once('.'))
        .map(|(ty, field)| (ty.to_owned(), field.to_owned()))
        .collect();
    assert!(
        added.contains(&("UserDto".into(), "workStatus".into())),
        "{added:?}"
    );

    let (server, client) = setup().await;
    let mut total = 0;
    for ep in &current.endpoints {
        let path = ep.def.http.path.value.as_str();
        let mut example: Value =
            serde_json::from_str(&authing_local::documented_example("GET", path).unwrap()).unwrap();
        let data = ep.data.as_ref().unwrap();
        total += remove_added(&current, &mut example["data"], data, &added);
        serve(&server, path, example.to_string());
        let outcome = match ep.def.name.value.as_str() {
            "get_user" => {
                let user = client.get_user(USER_ID).await.unwrap();
                assert_eq!((user.work_status, user.user_source_type), (None, None));
                Ok(())
            }
            "get_user_identities" => client.get_user_identities(USER_ID).await.map(drop),
            "get_otp_secret_by_user" => client.get_otp_secret_by_user(USER_ID).await.map(drop),
            other => panic!("a seed endpoint this test does not call: {other}"),
        };
        outcome.unwrap_or_else(|e| panic!("{}: {e}", ep.def.name.value));
    }
    assert!(total >= 2, "fields were removed ({total})");
}
