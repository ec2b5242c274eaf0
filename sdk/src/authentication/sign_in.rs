//! The typed sign-in calls the docs' wrapper pages describe (`登录/signin-by-*.md`): each fills
//! the generated `sign_in_by_credentials` builder (connection, payload, the application's
//! `client_id`/`client_secret` as its token endpoint auth method says). A sign-in is a
//! [`SignIn`] builder, sent as any request builder (`.send().await` or `.await`, the same
//! [`ResponseFuture`]), resolving to a [`TokenSet`]. No wire format is defined here: the
//! generated builders send. The sign-ups are in `sign_up.rs`.

use std::future::IntoFuture;

use super::app::TokenEndpointAuthMethod;
use super::client::AuthenticationClient;
use super::requests::SignInByCredentialsRequest;
use super::tokens::TokenSet;
use crate::runtime::{decode_data, CallOptions, RawResponse, RequestOptions};
use crate::types::{
    Connection, LoginTokenResponseDataDto, SignInByAdPayloadDto, SignInByLdapPayloadDto,
    SignInByPassCodePayloadDto, SignInByPasswordPayloadDto, SignInOptionsDto,
};
use crate::{Error, ProtocolError, ResponseFuture, SecretString};

/// A sign-in call: `POST /api/v3/signin`, resolving to the user's [`TokenSet`]. Set what it
/// takes ([`options`](Self::options), [`phone_country_code`](Self::phone_country_code)), then
/// `.send().await` or `.await` it directly, as any request builder. Sent once: a sign-in is
/// never retried after it reached the server.
#[derive(Debug, Clone)]
#[must_use = "a sign-in does nothing until it is sent with `.send().await` or `.await`"]
pub struct SignIn {
    client: AuthenticationClient,
    with: Proof,
    options: Option<SignInOptionsDto>,
    /// Per-call headers, timeout and attempt limit ([`RequestOptions`]).
    call: CallOptions,
}

/// What the user proves who they are with: the payload of the sign-in's connection.
#[derive(Debug, Clone)]
enum Proof {
    Password(SignInByPasswordPayloadDto),
    PassCode(SignInByPassCodePayloadDto),
    Ldap(SignInByLdapPayloadDto),
    Ad(SignInByAdPayloadDto),
}

impl SignIn {
    /// Sign-in options (`SignInOptionsDto`): `scope`, `client_ip`, `password_encrypt_type`, ...
    pub fn options(mut self, options: SignInOptionsDto) -> Self {
        self.options = Some(options);
        self
    }

    /// The phone number's country code (`phoneCountryCode`, e.g. `+1`) for a number outside
    /// Chinese mainland, on a sign-in with a phone number and a one-time code
    /// ([`sign_in_by_phone_passcode`](AuthenticationClient::sign_in_by_phone_passcode)); the
    /// other sign-ins have no such field and leave it out.
    pub fn phone_country_code(mut self, code: impl Into<String>) -> Self {
        self.with = match self.with {
            Proof::PassCode(payload) if payload.phone.is_some() => {
                Proof::PassCode(payload.phone_country_code(code))
            }
            other => other,
        };
        self
    }

    /// The generated request builder underneath, to set anything else the endpoint takes.
    pub fn into_request(self) -> SignInByCredentialsRequest {
        let request = self.client.sign_in(match &self.with {
            Proof::Password(_) => Connection::Password,
            Proof::PassCode(_) => Connection::Passcode,
            Proof::Ldap(_) => Connection::Ldap,
            Proof::Ad(_) => Connection::Ad,
        });
        let request = match self.with {
            Proof::Password(payload) => request.password_payload(payload),
            Proof::PassCode(payload) => request.pass_code_payload(payload),
            Proof::Ldap(payload) => request.ldap_payload(payload),
            Proof::Ad(payload) => request.ad_payload(payload),
        };
        let mut request = request.set_options(self.options);
        *request.call_options() = self.call;
        request
    }

    /// Sends the sign-in; the future resolves to the user's tokens.
    pub fn send(self) -> ResponseFuture<TokenSet> {
        self.into_request().send().decode_with(token_set)
    }
}

/// The sign-in's `data` as a token set.
fn token_set(response: &RawResponse) -> Result<TokenSet, Error> {
    TokenSet::try_from(decode_data::<LoginTokenResponseDataDto>(response)?)
}

/// Per-call headers (`x-real-ip` with the end user's address, say), a per-attempt timeout and an
/// attempt limit, as on every request builder.
impl RequestOptions for SignIn {
    #[inline]
    fn call_options(&mut self) -> &mut CallOptions {
        &mut self.call
    }
}

impl IntoFuture for SignIn {
    type Output = Result<TokenSet, Error>;
    type IntoFuture = ResponseFuture<TokenSet>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl TryFrom<LoginTokenResponseDataDto> for TokenSet {
    type Error = Error;

    /// The sign-in methods' answer as a token set; an answer without an access token is
    /// [`ProtocolError::MalformedToken`].
    fn try_from(data: LoginTokenResponseDataDto) -> Result<Self, Error> {
        let access_token = data
            .access_token
            .filter(|t| !t.expose().is_empty())
            .ok_or_else(|| {
                Error::Protocol(ProtocolError::MalformedToken {
                    reason: "the sign-in answer has no access_token".into(),
                })
            })?;
        // Whole seconds (the docs type it as a number); a value no lifetime can be is dropped.
        let expires_at = super::tokens::expiry(
            data.expire_in
                .filter(|secs| secs.is_finite() && (0.0..=1e12).contains(secs))
                .map(|secs| secs as i64),
        );
        Ok(TokenSet {
            access_token,
            refresh_token: data.refresh_token.filter(|t| !t.expose().is_empty()),
            id_token: data.id_token.filter(|t| !t.expose().is_empty()),
            token_type: data.token_type,
            scope: data.scope,
            expires_at,
        })
    }
}

impl AuthenticationClient {
    /// `sign_in_by_credentials` with the application's credentials in the body when it uses
    /// `client_secret_post` (with `client_secret_basic` they go in the `authorization` header).
    fn sign_in(&self, connection: Connection) -> SignInByCredentialsRequest {
        let request = self.sign_in_by_credentials(connection);
        match (&self.app.token_endpoint_auth_method, &self.app.app_secret) {
            (TokenEndpointAuthMethod::ClientSecretPost, Some(secret)) => request
                .client_id(self.app.app_id.as_str())
                .client_secret(secret.expose()),
            _ => request,
        }
    }

    /// A sign-in with `with`, no options set.
    fn sign_in_with(&self, with: Proof) -> SignIn {
        SignIn {
            client: self.clone(),
            with,
            options: None,
            call: CallOptions::default(),
        }
    }

    /// Signs in with an email and password (`登录/signin-by-email-password.md`).
    pub fn sign_in_by_email_password(
        &self,
        email: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Password(
            SignInByPasswordPayloadDto::new(password).email(email),
        ))
    }

    /// Signs in with a username and password (`登录/signin-by-username-password.md`).
    pub fn sign_in_by_username_password(
        &self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Password(
            SignInByPasswordPayloadDto::new(password).username(username),
        ))
    }

    /// Signs in with a phone number and password (`登录/signin-by-phone-password.md`).
    pub fn sign_in_by_phone_password(
        &self,
        phone: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Password(
            SignInByPasswordPayloadDto::new(password).phone(phone),
        ))
    }

    /// Signs in with any account identifier (phone, email, username) and password
    /// (`登录/signin-by-account-password.md`).
    pub fn sign_in_by_account_password(
        &self,
        account: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Password(
            SignInByPasswordPayloadDto::new(password).account(account),
        ))
    }

    /// Signs in with an email and the one-time code sent to it
    /// (`登录/signin-by-email-passcode.md`).
    pub fn sign_in_by_email_passcode(
        &self,
        email: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::PassCode(
            SignInByPassCodePayloadDto::new(pass_code).email(email),
        ))
    }

    /// Signs in with a phone number and the one-time code sent to it
    /// (`登录/signin-by-phone-passcode.md`); set
    /// [`phone_country_code`](SignIn::phone_country_code) when the number is not Chinese
    /// mainland's.
    pub fn sign_in_by_phone_passcode(
        &self,
        phone: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::PassCode(
            SignInByPassCodePayloadDto::new(pass_code).phone(phone),
        ))
    }

    /// Signs in against the application's LDAP directory (`登录/signin-by-ldap.md`).
    pub fn sign_in_by_ldap(
        &self,
        sam_account_name: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Ldap(SignInByLdapPayloadDto::new(
            password,
            sam_account_name,
        )))
    }

    /// Signs in against the application's Windows AD (`登录/signin-by-ad.md`).
    pub fn sign_in_by_ad(
        &self,
        sam_account_name: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.sign_in_with(Proof::Ad(SignInByAdPayloadDto::new(
            password,
            sam_account_name,
        )))
    }
}
