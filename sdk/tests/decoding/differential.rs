//! Differential tests of the generated decoders against the reference decoder, under the
//! contract in `authing::internal::differential` (equal values where the reference accepts, only
//! documented tolerances beyond it, a JSON path in every rejection). Bodies: generated JSON as `data`, the documented bodies with one value replaced, the same
//! with lists sent as strings or single items (the fuzz target `decode_differential` replays the
//! committed corpora under the same contract). Request bodies
//! the same way: the generated encoders write byte for byte what serde's `Serialize` writes.

use authing::internal::differential::{compare, reference};
use authing::internal::{decode_body, to_json, Encode, TolerantVec};
use authing::types::{
    CreateIdentityDto, CreateUserOptionsDto, IdentityDto, OtpSecretRespDto, UserDto,
};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::fuzz_decode::{arb_json, places, Target};

fn same(t: Target, body: &[u8]) -> Result<(), String> {
    match t {
        Target::User => compare::<UserDto, UserDto>(body, |v| v),
        Target::Identities => compare::<Vec<IdentityDto>, TolerantVec<IdentityDto>>(body, |v| v.0),
        Target::Otp => compare::<OtpSecretRespDto, OtpSecretRespDto>(body, |v| v),
    }
}

/// Lists of `value` sent as a string holding them, or (one-item lists) as the bare item.
fn reshape_lists(value: &mut Value, as_string: bool) {
    match value {
        Value::Array(items) if as_string => {
            *value = Value::String(Value::Array(items.clone()).to_string())
        }
        Value::Array(items) if items.len() == 1 => *value = items[0].clone(),
        Value::Array(items) => items.iter_mut().for_each(|v| reshape_lists(v, as_string)),
        Value::Object(map) => map.values_mut().for_each(|v| reshape_lists(v, as_string)),
        _ => {}
    }
}

fn target() -> impl Strategy<Value = Target> {
    prop::sample::select(&Target::ALL[..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_json_as_data_decodes_alike(data in arb_json(), t in target()) {
        let body = serde_json::json!({"statusCode": 200, "message": "ok", "data": data});
        same(t, body.to_string().as_bytes()).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn any_json_as_the_envelope_decodes_alike(envelope in arb_json(), t in target()) {
        same(t, envelope.to_string().as_bytes()).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn one_replaced_value_decodes_alike(
        t in target(),
        place in any::<prop::sample::Index>(),
        replacement in arb_json(),
        lists in prop::sample::select(&[None, Some(false), Some(true)][..]),
    ) {
        let mut body = t.documented().clone();
        if let Some(as_string) = lists {
            reshape_lists(&mut body["data"], as_string);
        }
        let mut all = Vec::new();
        places(&body["data"], "data".to_owned(), "/data".to_owned(), &mut all);
        let (_, pointer) = place.get(&all).clone();
        *body.pointer_mut(&pointer).unwrap() = replacement;
        same(t, body.to_string().as_bytes()).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn text_cut_anywhere_decodes_alike(t in target(), cut in any::<prop::sample::Index>()) {
        let text = t.documented().to_string();
        same(t, &text.as_bytes()[..cut.index(text.len() + 1)]).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn the_documented_bodies_and_their_reshaped_lists_decode_alike() {
    for t in Target::ALL {
        let mut body = t.documented().clone();
        same(t, body.to_string().as_bytes()).unwrap();
        for as_string in [false, true] {
            reshape_lists(&mut body, as_string);
            same(t, body.to_string().as_bytes()).unwrap();
        }
    }
}

#[test]
fn a_tolerance_is_a_real_difference() {
    // The reference rejects a repeated member; the client keeps the last value.
    let body = br#"{"statusCode":200,"data":{"secret":"a","secret":"b","userId":"u"}}"#;
    assert!(reference::<OtpSecretRespDto>(body)
        .unwrap_err()
        .contains("duplicate field"));
    let otp = decode_body::<OtpSecretRespDto>("/p", 200, body).unwrap();
    assert_eq!(otp.secret.expose(), "b");
}

/// An object with some of `keys` (a request type's members) holding any JSON, or a fitting
/// value for each.
fn arb_request(keys: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let value = prop_oneof![
        arb_json(),
        Just(Value::from("wechat")),
        Just(Value::from("rsa")),
        any::<bool>().prop_map(Value::from),
        "[a-z\"\\\\\u{1}é]{0,8}".prop_map(Value::from),
        prop::collection::vec("[a-z]{0,3}", 0..3).prop_map(Value::from),
        Just(serde_json::json!({"sendEmailNotification": true, "appId": "a"})),
    ];
    prop::collection::btree_map(prop::sample::select(keys), value, 0..keys.len())
        .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
}

/// A `CreateIdentityDto` with its required members, then `extra` members over them.
fn identity(extra: Value) -> Value {
    let mut identity = serde_json::json!({
        "extIdpId": "e", "provider": "wechat", "type": "openid", "userIdInIdp": "u",
        "userInfoInIdp": {"k": [1, "v"]}, "originConnIds": ["c"],
    });
    if let (Some(object), Value::Object(extra)) = (identity.as_object_mut(), extra) {
        object.extend(extra);
    }
    identity
}

/// When serde reads `value` as `T`, the generated encoder writes what serde writes; `Ok(false)`
/// when serde does not read it.
fn encodes_alike<T>(value: Value) -> Result<bool, String>
where
    T: Encode + serde::Serialize + DeserializeOwned,
{
    let Ok(typed) = serde_json::from_value::<T>(value) else {
        return Ok(false);
    };
    let (ours, theirs) = (to_json(&typed), serde_json::to_vec(&typed).unwrap());
    if ours == theirs {
        Ok(true)
    } else {
        Err(format!(
            "encoder {}\nserde   {}",
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        ))
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn request_types_encode_as_serde_serializes(
        options in arb_request(&[
            "keepPassword", "autoGeneratePassword", "resetPasswordOnFirstLogin",
            "departmentIdType", "sendNotification", "passwordEncryptType",
        ]),
        extra in arb_request(&[
            "extIdpId", "provider", "type", "userIdInIdp", "userInfoInIdp", "accessToken",
            "refreshToken", "originConnIds",
        ]),
    ) {
        encodes_alike::<CreateUserOptionsDto>(options).map_err(TestCaseError::fail)?;
        encodes_alike::<CreateIdentityDto>(identity(extra)).map_err(TestCaseError::fail)?;
    }
}

#[test]
fn the_encoding_property_compares_values() {
    // Its inputs are read (the property is not vacuous): the required members alone, and with
    // optional ones.
    assert_eq!(
        encodes_alike::<CreateIdentityDto>(identity(Value::Null)),
        Ok(true)
    );
    let extra = serde_json::json!({"accessToken": "t\"\u{1}", "userInfoInIdp": null});
    assert_eq!(
        encodes_alike::<CreateIdentityDto>(identity(extra)),
        Ok(true)
    );
    let options = serde_json::json!({"keepPassword": true, "passwordEncryptType": "rsa",
        "sendNotification": {"appId": "a"}});
    assert_eq!(encodes_alike::<CreateUserOptionsDto>(options), Ok(true));
}
