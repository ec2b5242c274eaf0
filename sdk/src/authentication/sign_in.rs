//! The typed sign-in and sign-up calls the docs' wrapper pages describe (`登录/signin-by-*.md`,
//! `注册/signup-by-*.md`): each fills the generated `sign_in_by_credentials` or `sign_up`
//! builder (connection, payload, the application's `client_id`/`client_secret` as its token
//! endpoint auth method says), and a sign-in resolves to a [`TokenSet`]. No wire format is
//! defined here: the generated builders send.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use super::app::TokenEndpointAuthMethod;
use super::client::AuthenticationClient;
use super::requests::{SignInByCredentialsRequest, SignUpRequest};
use super::tokens::TokenSet;
use crate::types::{
    ApplicationRegisterConfigInputDefaultRegisterMethod as SignUpConnection, Connection,
    LoginTokenResponseDataDto, SignInByAdPayloadDto, SignInByLdapPayloadDto,
    SignInByPassCodePayloadDto, SignInByPasswordPayloadDto, SignInOptionsDto, SignUpByPassCodeDto,
    SignUpByPasswordDto,
};
use crate::{Error, ProtocolError, SecretString};

/// A sign-in call: `POST /api/v3/signin`, resolving to the user's [`TokenSet`]. Await it, or
/// set [`options`](Self::options) first (scope, client IP, encrypted password, ...). Sent
/// once: a sign-in is never retried after it reached the server.
#[derive(Debug, Clone)]
#[must_use = "a sign-in does nothing until it is awaited"]
pub struct SignIn {
    request: SignInByCredentialsRequest,
}

impl SignIn {
    /// Sign-in options (`SignInOptionsDto`): `scope`, `client_ip`, `password_encrypt_type`, ...
    pub fn options(self, options: SignInOptionsDto) -> Self {
        SignIn {
            request: self.request.options(options),
        }
    }

    /// The generated request builder underneath, to set anything else the endpoint takes.
    pub fn into_request(self) -> SignInByCredentialsRequest {
        self.request
    }
}

impl IntoFuture for SignIn {
    type Output = Result<TokenSet, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        let call = self.request.send();
        Box::pin(async move { TokenSet::try_from(call.await?) })
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

    fn password_sign_in(&self, payload: SignInByPasswordPayloadDto) -> SignIn {
        SignIn {
            request: self.sign_in(Connection::Password).password_payload(payload),
        }
    }

    fn pass_code_sign_in(&self, payload: SignInByPassCodePayloadDto) -> SignIn {
        SignIn {
            request: self
                .sign_in(Connection::Passcode)
                .pass_code_payload(payload),
        }
    }

    /// Signs in with an email and password (`登录/signin-by-email-password.md`).
    pub fn sign_in_by_email_password(
        &self,
        email: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.password_sign_in(SignInByPasswordPayloadDto::new(password).email(email))
    }

    /// Signs in with a username and password (`登录/signin-by-username-password.md`).
    pub fn sign_in_by_username_password(
        &self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.password_sign_in(SignInByPasswordPayloadDto::new(password).username(username))
    }

    /// Signs in with a phone number and password (`登录/signin-by-phone-password.md`).
    pub fn sign_in_by_phone_password(
        &self,
        phone: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.password_sign_in(SignInByPasswordPayloadDto::new(password).phone(phone))
    }

    /// Signs in with any account identifier (phone, email, username) and password
    /// (`登录/signin-by-account-password.md`).
    pub fn sign_in_by_account_password(
        &self,
        account: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        self.password_sign_in(SignInByPasswordPayloadDto::new(password).account(account))
    }

    /// Signs in with an email and the one-time code sent to it
    /// (`登录/signin-by-email-passcode.md`).
    pub fn sign_in_by_email_passcode(
        &self,
        email: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignIn {
        self.pass_code_sign_in(SignInByPassCodePayloadDto::new(pass_code).email(email))
    }

    /// Signs in with a phone number and the one-time code sent to it, with the country code
    /// when the number is not Chinese mainland's (`登录/signin-by-phone-passcode.md`).
    pub fn sign_in_by_phone_passcode(
        &self,
        phone: impl Into<String>,
        pass_code: impl Into<SecretString>,
        phone_country_code: Option<String>,
    ) -> SignIn {
        let payload = SignInByPassCodePayloadDto::new(pass_code)
            .phone(phone)
            .set_phone_country_code(phone_country_code);
        self.pass_code_sign_in(payload)
    }

    /// Signs in against the application's LDAP directory (`登录/signin-by-ldap.md`).
    pub fn sign_in_by_ldap(
        &self,
        sam_account_name: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        SignIn {
            request: self
                .sign_in(Connection::Ldap)
                .ldap_payload(SignInByLdapPayloadDto::new(password, sam_account_name)),
        }
    }

    /// Signs in against the application's Windows AD (`登录/signin-by-ad.md`).
    pub fn sign_in_by_ad(
        &self,
        sam_account_name: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignIn {
        SignIn {
            request: self
                .sign_in(Connection::Ad)
                .ad_payload(SignInByAdPayloadDto::new(password, sam_account_name)),
        }
    }

    /// Signs up with an email and password (`注册/signup-by-email-password.md`); set
    /// `profile` and `options` on the returned builder as needed. Resolves to the new user.
    pub fn sign_up_by_email_password(
        &self,
        email: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUpRequest {
        self.sign_up(SignUpConnection::Password)
            .password_payload(SignUpByPasswordDto::new(password).email(email))
    }

    /// Signs up with a username and password (`注册/signup-by-username-password.md`).
    pub fn sign_up_by_username_password(
        &self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUpRequest {
        self.sign_up(SignUpConnection::Password)
            .password_payload(SignUpByPasswordDto::new(password).username(username))
    }

    /// Signs up with an email and the one-time code sent to it
    /// (`注册/signup-by-email-passcode.md`).
    pub fn sign_up_by_email_passcode(
        &self,
        email: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignUpRequest {
        self.sign_up(SignUpConnection::Passcode)
            .pass_code_payload(SignUpByPassCodeDto::new(pass_code).email(email))
    }

    /// Signs up with a phone number and the one-time code sent to it
    /// (`注册/signup-by-phone-passcode.md`).
    pub fn sign_up_by_phone_passcode(
        &self,
        phone: impl Into<String>,
        pass_code: impl Into<SecretString>,
        phone_country_code: Option<String>,
    ) -> SignUpRequest {
        let payload = SignUpByPassCodeDto::new(pass_code)
            .phone(phone)
            .set_phone_country_code(phone_country_code);
        self.sign_up(SignUpConnection::Passcode)
            .pass_code_payload(payload)
    }
}
