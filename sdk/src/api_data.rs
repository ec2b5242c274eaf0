//! [`ApiData`]: the `data` of a failed call's envelope, kept whole in [`Error::Api`] (Authing
//! puts what an extra step needs there, such as the MFA token of a sign-in that needs a second
//! factor), with its credential-like keys masked in `Debug`, and its decoding into a caller's
//! type. Reading the envelope is `runtime/envelope.rs`'s.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::runtime::excerpt::excerpt;
use crate::runtime::redact::Masked;
use crate::Error;

/// The `data` of an envelope whose `statusCode` was not 200, as JSON: [`Error::Api`]'s `data`.
///
/// Authing's error handling: a `statusCode` other than 200 can mean that an extra step is
/// needed (a second factor at sign-in, say), with what the step needs in `data`. Decode it with
/// [`Error::data_as`]; read it as JSON with
/// [`as_json`](Self::as_json). `Debug` masks the values of credential-like keys (`mfaToken`,
/// `password`, `secret`, ...) at any depth; [`Error`]'s `Display` never shows `data`.
#[derive(Clone, PartialEq)]
pub struct ApiData(pub(crate) Box<Value>);

impl ApiData {
    /// The data as JSON (credentials included: do not log it).
    pub fn as_json(&self) -> &Value {
        &self.0
    }

    /// The data as JSON, owned (credentials included: do not log it).
    pub fn into_json(self) -> Value {
        *self.0
    }
}

impl fmt::Debug for ApiData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ApiData").field(&Masked(&*self.0)).finish()
    }
}

impl Error {
    /// The `data` of a failed call's envelope ([`Error::Api`], or the last attempt of
    /// [`Error::RetriesExhausted`]), when the server sent one that was not `null`.
    pub fn api_data(&self) -> Option<&ApiData> {
        match self {
            Error::Api { data, .. } => data.as_ref(),
            Error::RetriesExhausted { last, .. } => last.api_data(),
            _ => None,
        }
    }

    /// Decodes the failed call's envelope `data` ([`api_data`](Self::api_data)) as `T`:
    /// `Ok(None)` when there is none. A `data` that is not a `T` is [`Error::Decode`] with the
    /// call's method, path, HTTP status and request id, at `data`; its reason names a missing or
    /// unknown field but never quotes a value.
    ///
    /// ```no_run
    /// # async fn run(client: authing::AuthenticationClient) -> authing::Result<()> {
    /// #[derive(serde::Deserialize)]
    /// #[serde(rename_all = "camelCase")]
    /// struct MfaStep {
    ///     mfa_token: String,
    ///     mfa_enabled: bool,
    /// }
    ///
    /// match client.sign_in_by_account_password("alice", "password").await {
    ///     Ok(tokens) => { /* signed in */ }
    ///     Err(error) => match error.data_as::<MfaStep>()? {
    ///         Some(step) if step.mfa_enabled => { /* ask for the second factor */ }
    ///         _ => return Err(error),
    ///     },
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn data_as<T: DeserializeOwned>(&self) -> Result<Option<T>, Error> {
        let Some(data) = self.api_data() else {
            return Ok(None);
        };
        data.decode_for(self).map(Some)
    }
}

impl ApiData {
    /// Decodes the data as `T`; a failure is [`Error::Decode`] naming `error`'s call.
    fn decode_for<T: DeserializeOwned>(&self, error: &Error) -> Result<T, Error> {
        T::deserialize(&*self.0).map_err(|e| {
            let (method, path, response) = call_of(error);
            Error::Decode {
                method,
                path,
                json_path: "data".to_owned(),
                reason: without_values(&e.to_string()),
                excerpt: excerpt(self.0.to_string().as_bytes()),
                response,
            }
        })
    }
}

/// The method, path, HTTP status and request id of the call `error` ended.
fn call_of(error: &Error) -> (&'static str, &'static str, Option<Box<crate::ResponseMeta>>) {
    match error {
        Error::Api {
            method,
            path,
            http_status,
            request_id,
            ..
        } => (
            method,
            path,
            crate::ResponseMeta::new(*http_status, request_id.clone()),
        ),
        Error::RetriesExhausted { last, .. } => call_of(last),
        _ => ("", "", None),
    }
}

/// A serde error's message, kept only when it quotes no value: a missing, unknown or duplicate
/// field names the field (a key), other messages may quote the value (a credential, say).
fn without_values(message: &str) -> String {
    const NAMING_A_FIELD: &[&str] = &["missing field", "unknown field", "duplicate field"];
    if NAMING_A_FIELD
        .iter()
        .any(|start| message.starts_with(start))
    {
        message.to_owned()
    } else {
        let kind = message.split(':').next().unwrap_or_default();
        match kind {
            "invalid type" | "invalid value" | "invalid length" => {
                format!("{kind} (the value is not shown)")
            }
            _ => "not the expected JSON (the value is not shown)".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_name_fields_but_never_values() {
        assert_eq!(
            without_values("missing field `mfaToken`"),
            "missing field `mfaToken`"
        );
        assert_eq!(
            without_values("invalid type: string \"tok-1\", expected u32"),
            "invalid type (the value is not shown)"
        );
        assert!(!without_values("unknown variant `tok-1`, expected `a`").contains("tok-1"));
    }
}
