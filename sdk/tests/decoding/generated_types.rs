//! Generated data types on their own (no server): enums are forward compatible and round-trip
//! through serde unchanged, keyword fields keep their wire names, unset optionals stay absent.

use std::str::FromStr;

use authing::types::{IdentityDto, IdentityProvider, UserDto, UserGender, UserIdType};

#[test]
fn enums_round_trip_known_and_unknown_values() {
    for (wire, known) in [
        ("\"user_id\"", UserIdType::UserId),
        ("\"external_id\"", UserIdType::ExternalId),
        ("\"sync_relation\"", UserIdType::SyncRelation),
    ] {
        let v: UserIdType = serde_json::from_str(wire).unwrap();
        assert_eq!(v, known);
        assert_eq!(serde_json::to_string(&v).unwrap(), wire);
    }
    let v: UserIdType = serde_json::from_str("\"wechat_openid\"").unwrap();
    assert!(matches!(&v, UserIdType::Unknown(u) if u.as_str() == "wechat_openid"));
    assert_eq!(v.as_str(), "wechat_openid");
    assert_eq!(serde_json::to_string(&v).unwrap(), "\"wechat_openid\"");
    assert!(serde_json::from_str::<UserIdType>("3").is_err());
}

#[test]
fn enums_convert_from_and_to_strings() {
    assert_eq!(UserIdType::from("email"), UserIdType::Email);
    assert_eq!(UserIdType::from(String::from("phone")), UserIdType::Phone);
    assert_eq!(
        UserIdType::from_str("username").unwrap(),
        UserIdType::Username
    );
    assert_eq!(UserIdType::Email.to_string(), "email");
    assert_eq!(
        IdentityProvider::from("azure-ad"),
        IdentityProvider::AzureAd
    );
    assert_eq!(IdentityProvider::AzureAd.as_str(), "azure-ad");
    assert_eq!(UserGender::VALUES.first(), Some(&"M"));
    assert!(UserIdType::VALUES.contains(&"identity"));
}

#[test]
fn keyword_field_keeps_its_wire_name_and_arrays_are_tolerant() {
    let json = r#"{"identityId":"i","extIdpId":"e","provider":"lark","type":"openid","userIdInIdp":"u","originConnIds":"[\"c1\",\"c2\"]"}"#;
    let identity: IdentityDto = serde_json::from_str(json).unwrap();
    assert_eq!(identity.type_.as_deref(), Some("openid"));
    assert_eq!(identity.provider, Some(IdentityProvider::Lark));
    assert_eq!(identity.origin_conn_ids, ["c1", "c2"]);
    let back = serde_json::to_value(&identity).unwrap();
    assert_eq!(back["type"], "openid");
    assert_eq!(back["originConnIds"], serde_json::json!(["c1", "c2"]));
}

#[test]
fn unset_optional_fields_are_absent_when_serialised() {
    let json = r#"{"userId":"u1","createdAt":"c","updatedAt":"u","status":"Activated","gender":"U","emailVerified":false,"phoneVerified":false,"workStatus":"Active","userSourceType":"register"}"#;
    let user: UserDto = serde_json::from_str(json).unwrap();
    assert_eq!(user.email, None);
    assert_eq!(user.department_ids, None);
    let back = serde_json::to_value(&user).unwrap();
    assert_eq!(back.as_object().unwrap().len(), 9, "{back}");
}

#[test]
fn request_types_keep_their_documented_required_fields() {
    // A type requests send keeps what the caller must send, even where responses also hold it
    // (the decoding policy applies to response-only types).
    use authing::types::SyncTaskFieldMapping;
    let mapping = SyncTaskFieldMapping::new("${email}", "email");
    assert_eq!(mapping.expression, "${email}");
    assert_eq!(mapping.target_key, "email");
}

#[test]
fn timestamps_read_as_typed_values_and_an_odd_one_fails_nothing() {
    use authing::internal::decode_json;
    let user: UserDto = decode_json(
        br#"{"userId": "u", "createdAt": "2022-07-03T02:20:30.000Z",
             "lastLogin": "1669881887852", "passwordLastSetAt": "last tuesday"}"#,
    )
    .unwrap();
    assert_eq!(
        user.created_at_utc().map(|t| t.timestamp_millis()),
        Some(1_656_814_830_000)
    );
    assert_eq!(
        user.last_login_utc().map(|t| t.timestamp_millis()),
        Some(1_669_881_887_852)
    );
    // Kept as sent, with no typed value.
    assert_eq!(user.password_last_set_at.as_deref(), Some("last tuesday"));
    assert_eq!(user.password_last_set_at_utc(), None);
    assert_eq!(user.updated_at_utc(), None);

    let role: authing::types::RoleDto =
        decode_json(br#"{"id": "r", "code": "c", "disableTime": 1669881887852}"#).unwrap();
    assert_eq!(
        role.disable_time_utc().map(|t| t.timestamp_millis()),
        Some(1_669_881_887_852)
    );
}
