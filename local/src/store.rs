//! The in-memory users: seeded from the documented example responses, looked up by any
//! `userIdType`. Values are kept exactly as given (no normalisation of odd shapes).

use std::fmt;

use serde_json::{Map, Value};

use crate::generated::examples::EXAMPLES;

/// One user and what the user endpoints serve for it.
#[derive(Debug, Clone)]
pub(crate) struct UserRecord {
    /// The user as `get-user` serves it (all optional members included).
    pub user: Map<String, Value>,
    /// What `get-user-identities` serves, as stored.
    pub identities: Value,
    /// What `get-otp-secret-by-user` serves, when the user has an OTP bound.
    pub otp: Option<Value>,
}

/// The users of one server.
#[derive(Debug, Default)]
pub(crate) struct Store {
    users: Vec<UserRecord>,
    /// Users made by `create-user` so far.
    created: u64,
}

/// [`LocalAuthing::insert_user`](crate::LocalAuthing::insert_user) was given something that is
/// not a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidUser(String);

impl fmt::Display for InvalidUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a user: {}", self.0)
    }
}

impl std::error::Error for InvalidUser {}

impl Store {
    /// The store holding the documented example user, its identities and its OTP secret.
    pub(crate) fn seeded() -> Result<Store, String> {
        let data = |name: &str| -> Result<Value, String> {
            let example = EXAMPLES
                .iter()
                .find(|e| e.name == name)
                .ok_or_else(|| format!("no documented example for {name}"))?;
            let mut envelope: Value = serde_json::from_str(example.response)
                .map_err(|e| format!("the example of {name} is not JSON: {e}"))?;
            Ok(envelope
                .get_mut("data")
                .map(Value::take)
                .unwrap_or(Value::Null))
        };
        let mut store = Store::default();
        let user = data("get_user")?;
        let record = store
            .record(user)
            .map_err(|e| format!("the example of get_user: {e}"))?;
        record.identities = data("get_user_identities")?;
        record.otp = Some(data("get_otp_secret_by_user")?);
        Ok(store)
    }

    /// Adds `user` (a `UserDto` as JSON with a string `userId`), replacing a user with the same
    /// id. Its identities are its `identities` member (none when absent); it has no OTP bound.
    pub(crate) fn insert(&mut self, user: Value) -> Result<(), InvalidUser> {
        let record = self.record(user)?;
        record.identities = record
            .user
            .get("identities")
            .cloned()
            .unwrap_or(Value::Array(vec![]));
        Ok(())
    }

    fn record(&mut self, user: Value) -> Result<&mut UserRecord, InvalidUser> {
        let Value::Object(user) = user else {
            return Err(InvalidUser("expected a JSON object".to_owned()));
        };
        let id = match user.get("userId") {
            Some(Value::String(id)) if !id.is_empty() => id.clone(),
            _ => {
                return Err(InvalidUser(
                    "`userId` must be a non-empty string".to_owned(),
                ))
            }
        };
        self.users
            .retain(|r| r.user.get("userId").and_then(Value::as_str) != Some(&id));
        self.users.push(UserRecord {
            user,
            identities: Value::Array(vec![]),
            otp: None,
        });
        let last = self.users.len() - 1;
        Ok(&mut self.users[last])
    }

    /// A fresh id for a user made by `create-user`.
    pub(crate) fn next_user_id(&mut self) -> String {
        self.created += 1;
        format!("local-user-{:06}", self.created)
    }

    /// Adds a new user from `user`'s members plus what the server sets on a new user (a new
    /// id, fixed creation times, default status and flags, `userSourceType` = `source`), and
    /// returns it as stored.
    pub(crate) fn create(
        &mut self,
        mut user: Map<String, Value>,
        source: &str,
    ) -> Result<Value, InvalidUser> {
        let now = "2022-07-03T03:20:30.000Z";
        let defaults = serde_json::json!({
            "userId": self.next_user_id(),
            "createdAt": now,
            "updatedAt": now,
            "status": "Activated",
            "workStatus": "Active",
            "gender": "U",
            "emailVerified": false,
            "phoneVerified": false,
            "userSourceType": source,
        });
        if let Value::Object(defaults) = defaults {
            user.extend(defaults);
        }
        let user = Value::Object(user);
        self.insert(user.clone())?;
        Ok(user)
    }

    /// The user whose `id_type` identifier is `id` (`id_type` as validated by the endpoint).
    pub(crate) fn find(&self, id: &str, id_type: &str) -> Option<&UserRecord> {
        let field = match id_type {
            "user_id" => "userId",
            "phone" => "phone",
            "email" => "email",
            "username" => "username",
            "external_id" => "externalId",
            "identity" => {
                return self.users.iter().find(|r| {
                    list(&r.identities).iter().any(|identity| {
                        let part = |key| identity.get(key).and_then(Value::as_str).unwrap_or("");
                        id.split_once(':') == Some((part("extIdpId"), part("userIdInIdp")))
                    })
                })
            }
            // No sync relations are stored.
            _ => return None,
        };
        self.users
            .iter()
            .find(|r| r.user.get(field).and_then(Value::as_str) == Some(id))
    }
}

/// The items of a list stored the way the docs show lists: an array, a string holding a JSON
/// array, or one bare object.
fn list(value: &Value) -> Vec<Value> {
    match value {
        Value::Array(items) => items.clone(),
        Value::String(text) => serde_json::from_str(text).unwrap_or_default(),
        Value::Object(_) => vec![value.clone()],
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SEEDED_USER_ID;

    #[test]
    fn seeded_from_the_examples_and_found_by_every_id_type() {
        let store = Store::seeded().unwrap();
        for (id, id_type) in [
            (SEEDED_USER_ID, "user_id"),
            ("test@example.com", "email"),
            ("188xxxx8888", "phone"),
            ("bob", "username"),
            ("10010", "external_id"),
            (
                "6076bacxxxxxxxxd80d993b5:oj7Nq05R-RRaqak0_YlMLnnIwsvg",
                "identity",
            ),
        ] {
            let found = store.find(id, id_type).map(|r| r.user["userId"].clone());
            assert_eq!(found, Some(Value::from(SEEDED_USER_ID)), "{id_type}");
        }
        assert!(store.find("bob", "email").is_none());
        assert!(store.find("lark:x", "sync_relation").is_none());
        let record = store.find(SEEDED_USER_ID, "user_id").unwrap();
        assert_eq!(record.otp.as_ref().unwrap()["secret"], "e2345asdfwagw13424");
        assert!(
            record.identities.is_object(),
            "served as documented: one object"
        );
    }

    #[test]
    fn insert_replaces_and_rejects_non_users() {
        let mut store = Store::seeded().unwrap();
        store
            .insert(serde_json::json!({"userId": SEEDED_USER_ID, "username": "alice"}))
            .unwrap();
        assert!(store.find("bob", "username").is_none());
        assert!(store.find("alice", "username").unwrap().otp.is_none());
        assert!(store.insert(serde_json::json!([1])).is_err());
        assert!(store.insert(serde_json::json!({"userId": 1})).is_err());
    }
}
