//! The decoding baseline: `PlainUser`, a plain `#[derive(Deserialize)]` struct of the same
//! shape as the SDK's generated `UserDto` (same fields, same types, the SDK's enums), but with
//! ordinary `Vec` fields where `UserDto` uses the tolerant list decoders; and the sample
//! payloads both decode, taken from the documented `get-user` example in the spec.
//!
//! The mirror is checked by a unit test: both decode the same user to the same JSON, so a field
//! added to `UserDto` and not here fails `cargo test`.

use std::path::Path;

use authing::types::{IdentityProvider, UserGender, UserStatus, UserUserSourceType};
use authing::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `UserDto` without tolerant lists.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainUser {
    pub user_id: String,
    pub created_at: String,
    pub updated_at: String,
    pub status: UserStatus,
    pub work_status: String,
    pub external_id: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub phone_country_code: Option<String>,
    pub username: Option<String>,
    pub name: Option<String>,
    pub nickname: Option<String>,
    pub photo: Option<String>,
    pub logins_count: Option<i64>,
    pub last_login: Option<String>,
    pub last_ip: Option<String>,
    pub gender: UserGender,
    pub email_verified: bool,
    pub phone_verified: bool,
    pub password_last_set_at: Option<String>,
    pub birthdate: Option<String>,
    pub country: Option<String>,
    pub province: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub street_address: Option<String>,
    pub postal_code: Option<String>,
    pub company: Option<String>,
    pub browser: Option<String>,
    pub device: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub middle_name: Option<String>,
    pub profile: Option<String>,
    pub preferred_username: Option<String>,
    pub website: Option<String>,
    pub zoneinfo: Option<String>,
    pub locale: Option<String>,
    pub formatted: Option<String>,
    pub region: Option<String>,
    pub user_source_type: UserUserSourceType,
    pub user_source_id: Option<String>,
    pub last_login_app: Option<String>,
    pub main_department_id: Option<String>,
    pub last_mfa_time: Option<String>,
    pub password_security_level: Option<f64>,
    pub reset_password_on_next_login: Option<bool>,
    pub register_source: Option<Vec<Value>>,
    pub department_ids: Option<Vec<String>>,
    pub identities: Option<Vec<PlainIdentity>>,
    pub identity_number: Option<String>,
    pub custom_data: Option<Value>,
    pub post_id_list: Option<Vec<Value>>,
    pub status_changed_at: Option<String>,
    pub tenant_id: Option<String>,
}

/// `IdentityDto` without tolerant lists.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlainIdentity {
    pub identity_id: String,
    pub ext_idp_id: String,
    pub provider: IdentityProvider,
    #[serde(rename = "type")]
    pub type_: String,
    pub user_id_in_idp: String,
    pub user_info_in_idp: Option<Value>,
    pub access_token: Option<SecretString>,
    pub refresh_token: Option<SecretString>,
    pub origin_conn_ids: Vec<String>,
}

/// The envelope around a plain `data`.
#[derive(Debug, Clone, Deserialize)]
pub struct PlainEnvelope<T> {
    #[serde(rename = "statusCode")]
    pub status_code: i64,
    pub message: Option<String>,
    #[serde(rename = "apiCode")]
    pub api_code: Option<i64>,
    #[serde(rename = "requestId")]
    pub request_id: Option<String>,
    pub data: Option<T>,
}

/// The documented `get-user` response (the whole envelope), from the spec under `workspace`.
pub fn documented_get_user(workspace: &Path) -> Result<Value, String> {
    let file = workspace.join("spec/endpoints/users/get_user.yaml");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let endpoint: spec_model::spec::Endpoint =
        spec_model::load::parse_str(&file, &text).map_err(|e| e.to_string())?;
    let example = endpoint
        .example_response
        .ok_or("get_user has no example response")?;
    serde_json::from_str(&example).map_err(|e| e.to_string())
}

/// An envelope's text with its members in the order Authing sends them (`statusCode`,
/// `message`, `requestId`, then `data`), as the docs' examples show; `serde_json` would sort
/// them by name, putting `data` first.
pub fn in_authing_order(envelope: &Value) -> Vec<u8> {
    let mut out = String::from("{");
    for key in ["statusCode", "message", "apiCode", "requestId", "data"] {
        if let Some(value) = envelope.get(key) {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&format!("{}:{value}", Value::from(key)));
        }
    }
    out.push('}');
    out.into_bytes()
}

/// `envelope` with its user's lists as real JSON arrays. The docs show `departmentIds` and an
/// identity's `originConnIds` as JSON-encoded strings and `identities` as one object; both
/// decoders read the array shape.
pub fn with_array_lists(mut envelope: Value) -> Value {
    let user = &mut envelope["data"];
    if let Some(one @ Value::Object(_)) = user.get("identities") {
        user["identities"] = Value::Array(vec![one.clone()]);
    }
    decode_string_list(user, "departmentIds");
    if let Some(Value::Array(identities)) = user.get_mut("identities") {
        for identity in identities {
            decode_string_list(identity, "originConnIds");
        }
    }
    envelope
}

/// Replaces member `name` of `object`, a string holding a JSON list, by that list.
fn decode_string_list(object: &mut Value, name: &str) {
    if let Some(Value::String(text)) = object.get(name) {
        if let Ok(list @ Value::Array(_)) = serde_json::from_str::<Value>(text) {
            object[name] = list;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use authing::types::UserDto;

    fn without_nulls(v: Value) -> Value {
        match v {
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k, without_nulls(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
            other => other,
        }
    }

    #[test]
    fn plain_user_mirrors_user_dto() {
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let envelope = with_array_lists(documented_get_user(&workspace).unwrap());
        let data = envelope["data"].clone();
        assert!(data["departmentIds"].is_array() && data["identities"].is_array());
        let dto: UserDto = serde_json::from_value(data.clone()).unwrap();
        let plain: PlainUser = serde_json::from_value(data).unwrap();
        let dto = without_nulls(serde_json::to_value(dto).unwrap());
        let plain = without_nulls(serde_json::to_value(plain).unwrap());
        assert_eq!(dto, plain);
    }
}
