//! The rules that decide from a field's wire name and shape what the SDK does with it: which
//! fields hold credentials (redacted everywhere), and which response fields the docs call
//! required stay required when a server leaves them out (the decoding policy). The importer
//! applies them when it writes the spec (overrides can say otherwise, with a reason); nothing is
//! emitted here.

use crate::names::words;

/// Trailing words that make a field name a credential (`password`, `appSecret`, `accessToken`,
/// `privateKey`, `encodingAESKey`, ...). Matched against the last word(s) of the name as
/// [`words`] splits it, so `passwordEncryptType`, `resetPasswordOnNextLogin`,
/// `passwordLastSetAt` and `tokenExpiresIn` do not match.
pub const CREDENTIAL_ENDINGS: &[&[&str]] = &[
    &["password"],
    &["pass"],
    &["passwd"],
    &["passcode"],
    &["pass", "code"],
    &["secret"],
    &["token"],
    &["credential"],
    &["credentials"],
    &["ciphertext"],
    &["private", "key"],
    &["secret", "key"],
    &["api", "key"],
    &["apikey"],
    &["aes", "key"],
    &["encrypt", "key"],
    &["recovery", "code"],
    &["permanent", "code"],
];

/// Whether a field (or JSON key) named `name` holds a credential, by its trailing words.
pub fn is_credential_name(name: &str) -> bool {
    let words = words(name);
    CREDENTIAL_ENDINGS.iter().any(|ending| {
        words.len() >= ending.len() && words[words.len() - ending.len()..].iter().eq(ending.iter())
    })
}

/// The shape of a field, as far as the decoding policy cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An array or a map: absent means empty.
    List,
    /// Anything else (string, number, boolean, enum, object, free-form JSON).
    Value,
}

/// Why a response field the docs call required stays required (non-`Option`) in the SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptRequired {
    /// An identifier (`id`, `userId`, `identityId`, ...): the object means nothing without it,
    /// so a response lacking it is an error naming the field.
    Identifier,
    /// The type's only field: the response exists to carry it (`OtpSecretRespDto.secret`).
    OnlyField,
    /// An array or map: it stays a plain `Vec`/map and an absent one decodes as empty.
    List,
}

/// The decoding policy for one response field the docs call required: `Some(why)` when it stays
/// required, `None` when a server may omit it (the SDK makes it `Option`). Booleans, enums,
/// numbers and strings get no stand-in default: absent is not `false`, `0` or `""`.
pub fn keeps_required(name: &str, shape: Shape, only_field: bool) -> Option<KeptRequired> {
    if shape == Shape::List {
        return Some(KeptRequired::List);
    }
    if words(name).last().is_some_and(|w| w == "id") {
        return Some(KeptRequired::Identifier);
    }
    only_field.then_some(KeptRequired::OnlyField)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_named_by_their_last_words() {
        for name in [
            "password",
            "newPassword",
            "secret",
            "appSecret",
            "client_secret",
            "accessKeySecret",
            "accessToken",
            "refresh_token",
            "idToken",
            "mfaToken",
            "privateKey",
            "secretKey",
            "apiKey",
            "encodingAESKey",
            "aes_key",
            "encrypt_key",
            "recoveryCode",
            "permanentCode",
            "ciphertext",
            "bindCredentials",
            "senderPass",
            "apikey",
            "passCode",
            "smsPassCode",
        ] {
            assert!(is_credential_name(name), "{name} should be a credential");
        }
        for name in [
            "passwordEncryptType",
            "resetPasswordOnNextLogin",
            "passwordLastSetAt",
            "passwordSecurityLevel",
            "tokenExpiresIn",
            "tokenType",
            "appKey",
            "key",
            "code",
            "roleCode",
            "salt",
            "secretary",
            "tokens_count",
            "bypassMode",
        ] {
            assert!(!is_credential_name(name), "{name} should stay visible");
        }
    }

    #[test]
    fn identifiers_lists_and_only_fields_stay_required() {
        use KeptRequired::*;
        assert_eq!(
            keeps_required("userId", Shape::Value, false),
            Some(Identifier)
        );
        assert_eq!(keeps_required("id", Shape::Value, false), Some(Identifier));
        assert_eq!(
            keeps_required("user_id", Shape::Value, false),
            Some(Identifier)
        );
        assert_eq!(keeps_required("identities", Shape::List, false), Some(List));
        assert_eq!(
            keeps_required("secret", Shape::Value, true),
            Some(OnlyField)
        );
        assert_eq!(keeps_required("workStatus", Shape::Value, false), None);
        assert_eq!(keeps_required("userIdInIdp", Shape::Value, false), None);
        assert_eq!(keeps_required("emailVerified", Shape::Value, false), None);
    }
}
