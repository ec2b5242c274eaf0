//! Decoded values of the three seed endpoints as served from the documented examples, including
//! the odd shapes the docs show (a list as a JSON-encoded string, a list as one object).

use crate::common::*;
use authing::types::{IdentityProvider, UserGender, UserIdType, UserStatus};

#[tokio::test]
async fn get_user_decodes_the_documented_user_with_its_odd_list_shapes() {
    let (_server, client) = setup().await;
    let user = client
        .get_user(USER_ID)
        .with_custom_data(true)
        .with_identities(true)
        .with_department_ids(true)
        .send()
        .await
        .unwrap();

    assert_eq!(user.user_id, USER_ID);
    assert_eq!(user.status, Some(UserStatus::Activated));
    assert_eq!(user.gender, Some(UserGender::M));
    assert_eq!(user.username.as_deref(), Some("bob"));
    assert_eq!(user.logins_count, Some(3));
    assert_eq!(user.email_verified, Some(true));
    // Served as the JSON-encoded string `"[\"624d...\",\"624d...\"]"`.
    assert_eq!(
        user.department_ids.as_deref(),
        Some(
            &[
                "624d930c3xxxx5c08dd4986e".to_owned(),
                "624d93102xxxx012f33cd2fe".to_owned()
            ][..]
        )
    );
    // Served as one object, not a list.
    let identities = user.identities.unwrap();
    assert_eq!(identities.len(), 1);
    assert_eq!(identities[0].provider, Some(IdentityProvider::Wechat));
    assert_eq!(identities[0].origin_conn_ids, ["605492ac41xxxxe0362f0707"]);
    assert_eq!(user.custom_data.unwrap()["school"], "北京大学");
}

#[tokio::test]
async fn get_user_without_flags_leaves_the_optional_members_out() {
    let (_server, client) = setup().await;
    let user = client.get_user(USER_ID).await.unwrap();
    assert_eq!(user.custom_data, None);
    assert_eq!(user.identities, None);
    assert_eq!(user.department_ids, None);
}

#[tokio::test]
async fn user_id_type_selects_the_lookup_field() {
    let (_server, client) = setup().await;
    let user = client
        .get_user("test@example.com")
        .user_id_type(UserIdType::Email)
        .await
        .unwrap();
    assert_eq!(user.user_id, USER_ID);
}

#[tokio::test]
async fn identities_from_a_single_object_become_a_list() {
    let (_server, client) = setup().await;
    let identities = client.get_user_identities(USER_ID).send().await.unwrap();
    assert_eq!(identities.len(), 1);
    assert_eq!(identities[0].identity_id, "62299d8b866d2dab79a89dc4");
    assert_eq!(identities[0].type_.as_deref(), Some("openid"));
    assert_eq!(
        identities[0].user_id_in_idp.as_deref(),
        Some("oj7Nq05R-RRaqak0_YlMLnnIwsvg")
    );
}

#[tokio::test]
async fn identities_as_a_real_list_decode_too() {
    let (server, client) = setup().await;
    let identity = |provider: &str| {
        serde_json::json!({
            "identityId": format!("id-{provider}"), "extIdpId": "e", "provider": provider,
            "type": "openid", "userIdInIdp": "u", "originConnIds": ["c1", "c2"]
        })
    };
    server
        .insert_user(serde_json::json!({
            "userId": "u-list", "createdAt": "t", "updatedAt": "t", "status": "Suspended",
            "gender": "W", "emailVerified": false, "phoneVerified": false,
            "identities": [identity("github"), identity("brand-new-idp")]
        }))
        .unwrap();
    let identities = client.get_user_identities("u-list").await.unwrap();
    assert_eq!(identities.len(), 2);
    assert_eq!(identities[0].provider, Some(IdentityProvider::Github));
    assert_eq!(
        identities[1].provider.as_ref().unwrap().as_str(),
        "brand-new-idp"
    );
    assert_eq!(identities[1].origin_conn_ids, ["c1", "c2"]);
}

#[tokio::test]
async fn otp_secret_is_decoded_and_kept_secret() {
    let (_server, client) = setup().await;
    let otp = client.get_otp_secret_by_user(USER_ID).send().await.unwrap();
    assert_eq!(otp.secret.expose(), OTP_SECRET);
    assert!(!format!("{otp:?}").contains(OTP_SECRET));
}
