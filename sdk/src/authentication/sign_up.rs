//! The typed sign-up calls the docs' wrapper pages describe (`注册/signup-by-*.md`): each is a
//! [`SignUp`] builder that fills the generated `sign_up` builder (connection and payload) when
//! sent, as any request builder (`.send().await` or `.await`), resolving to the new user. No wire
//! format is defined here: the generated builder sends.

use std::future::IntoFuture;

use super::client::AuthenticationClient;
use super::requests::SignUpRequest;
use crate::runtime::{CallOptions, RequestOptions};
use crate::types::{
    ApplicationRegisterConfigInputDefaultRegisterMethod as SignUpConnection, SignUpByPassCodeDto,
    SignUpByPasswordDto, SignUpOptionsDto, SignUpProfileDto, UserDto,
};
use crate::{Error, ResponseFuture, SecretString};

/// A sign-up call: `POST /api/v3/signup`, resolving to the new user ([`UserDto`]). Set what it
/// takes ([`profile`](Self::profile), [`options`](Self::options),
/// [`phone_country_code`](Self::phone_country_code)), then `.send().await` or `.await` it
/// directly, as any request builder.
#[derive(Debug, Clone)]
#[must_use = "a sign-up does nothing until it is sent with `.send().await` or `.await`"]
pub struct SignUp {
    client: AuthenticationClient,
    with: Proof,
    profile: Option<SignUpProfileDto>,
    options: Option<SignUpOptionsDto>,
    /// Per-call headers, timeout and attempt limit ([`RequestOptions`]).
    call: CallOptions,
}

/// What the new user signs up with: the payload of the sign-up's connection.
#[derive(Debug, Clone)]
enum Proof {
    Password(SignUpByPasswordDto),
    PassCode(SignUpByPassCodeDto),
}

impl SignUp {
    /// The new user's profile (`SignUpProfileDto`): `nickname`, `company`, custom data, ...
    pub fn profile(mut self, profile: SignUpProfileDto) -> Self {
        self.profile = Some(profile);
        self
    }

    /// Sign-up options (`SignUpOptionsDto`): `client_ip`, `password_encrypt_type`, ...
    pub fn options(mut self, options: SignUpOptionsDto) -> Self {
        self.options = Some(options);
        self
    }

    /// The phone number's country code (`phoneCountryCode`, e.g. `+1`) for a number outside
    /// Chinese mainland, on a sign-up with a phone number and a one-time code
    /// ([`sign_up_by_phone_passcode`](AuthenticationClient::sign_up_by_phone_passcode)); the
    /// other sign-ups have no such field and leave it out.
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
    pub fn into_request(self) -> SignUpRequest {
        let mut request = match self.with {
            Proof::Password(payload) => self
                .client
                .sign_up(SignUpConnection::Password)
                .password_payload(payload),
            Proof::PassCode(payload) => self
                .client
                .sign_up(SignUpConnection::Passcode)
                .pass_code_payload(payload),
        }
        .set_profile(self.profile)
        .set_options(self.options);
        *request.call_options() = self.call;
        request
    }

    /// Sends the sign-up; the future resolves to the new user.
    pub fn send(self) -> ResponseFuture<UserDto> {
        self.into_request().send()
    }
}

/// Per-call headers (`x-real-ip` with the end user's address, say), a per-attempt timeout and an
/// attempt limit, as on every request builder.
impl RequestOptions for SignUp {
    #[inline]
    fn call_options(&mut self) -> &mut CallOptions {
        &mut self.call
    }
}

impl IntoFuture for SignUp {
    type Output = Result<UserDto, Error>;
    type IntoFuture = ResponseFuture<UserDto>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl AuthenticationClient {
    /// A sign-up with `with`, nothing else set.
    fn sign_up_with(&self, with: Proof) -> SignUp {
        SignUp {
            client: self.clone(),
            with,
            profile: None,
            options: None,
            call: CallOptions::default(),
        }
    }

    /// Signs up with an email and password (`注册/signup-by-email-password.md`); set
    /// [`profile`](SignUp::profile) and [`options`](SignUp::options) on the returned builder as
    /// needed. Resolves to the new user.
    pub fn sign_up_by_email_password(
        &self,
        email: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUp {
        self.sign_up_with(Proof::Password(
            SignUpByPasswordDto::new(password).email(email),
        ))
    }

    /// Signs up with a username and password (`注册/signup-by-username-password.md`).
    pub fn sign_up_by_username_password(
        &self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUp {
        self.sign_up_with(Proof::Password(
            SignUpByPasswordDto::new(password).username(username),
        ))
    }

    /// Signs up with an email and the one-time code sent to it
    /// (`注册/signup-by-email-passcode.md`).
    pub fn sign_up_by_email_passcode(
        &self,
        email: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignUp {
        self.sign_up_with(Proof::PassCode(
            SignUpByPassCodeDto::new(pass_code).email(email),
        ))
    }

    /// Signs up with a phone number and the one-time code sent to it
    /// (`注册/signup-by-phone-passcode.md`); set
    /// [`phone_country_code`](SignUp::phone_country_code) when the number is not Chinese
    /// mainland's.
    pub fn sign_up_by_phone_passcode(
        &self,
        phone: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignUp {
        self.sign_up_with(Proof::PassCode(
            SignUpByPassCodeDto::new(pass_code).phone(phone),
        ))
    }
}
