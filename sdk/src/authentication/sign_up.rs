//! The typed sign-up calls the docs' wrapper pages describe (`注册/signup-by-*.md`): each is a
//! [`SignUp`] builder over the generated `sign_up` builder (connection and payload set), sent
//! as any request builder (`.send().await` or `.await`), resolving to the new user. No wire
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
    /// The generated builder, connection and payload set, except a phone's one-time-code
    /// payload, which waits in `by_phone` for its country code.
    request: SignUpRequest,
    by_phone: Option<SignUpByPassCodeDto>,
}

impl SignUp {
    fn new(request: SignUpRequest, by_phone: Option<SignUpByPassCodeDto>) -> Self {
        SignUp { request, by_phone }
    }

    /// The new user's profile (`SignUpProfileDto`): `nickname`, `company`, custom data, ...
    pub fn profile(mut self, profile: SignUpProfileDto) -> Self {
        self.request = self.request.profile(profile);
        self
    }

    /// Sign-up options (`SignUpOptionsDto`): `client_ip`, `password_encrypt_type`, ...
    pub fn options(mut self, options: SignUpOptionsDto) -> Self {
        self.request = self.request.options(options);
        self
    }

    /// The phone number's country code (`phoneCountryCode`, e.g. `+1`) for a number outside
    /// Chinese mainland, on a sign-up with a phone number and a one-time code
    /// ([`sign_up_by_phone_passcode`](AuthenticationClient::sign_up_by_phone_passcode)); the
    /// other sign-ups have no such field and leave it out.
    pub fn phone_country_code(mut self, code: impl Into<String>) -> Self {
        self.by_phone = self
            .by_phone
            .map(|payload| payload.phone_country_code(code));
        self
    }

    /// The generated request builder underneath, to set anything else the endpoint takes.
    pub fn into_request(self) -> SignUpRequest {
        match self.by_phone {
            Some(payload) => self.request.pass_code_payload(payload),
            None => self.request,
        }
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
        self.request.call_options()
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
    /// Signs up with an email and password (`注册/signup-by-email-password.md`); set
    /// [`profile`](SignUp::profile) and [`options`](SignUp::options) on the returned builder as
    /// needed. Resolves to the new user.
    pub fn sign_up_by_email_password(
        &self,
        email: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUp {
        SignUp::new(
            self.sign_up(SignUpConnection::Password)
                .password_payload(SignUpByPasswordDto::new(password).email(email)),
            None,
        )
    }

    /// Signs up with a username and password (`注册/signup-by-username-password.md`).
    pub fn sign_up_by_username_password(
        &self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> SignUp {
        SignUp::new(
            self.sign_up(SignUpConnection::Password)
                .password_payload(SignUpByPasswordDto::new(password).username(username)),
            None,
        )
    }

    /// Signs up with an email and the one-time code sent to it
    /// (`注册/signup-by-email-passcode.md`).
    pub fn sign_up_by_email_passcode(
        &self,
        email: impl Into<String>,
        pass_code: impl Into<SecretString>,
    ) -> SignUp {
        SignUp::new(
            self.sign_up(SignUpConnection::Passcode)
                .pass_code_payload(SignUpByPassCodeDto::new(pass_code).email(email)),
            None,
        )
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
        SignUp::new(
            self.sign_up(SignUpConnection::Passcode),
            Some(SignUpByPassCodeDto::new(pass_code).phone(phone)),
        )
    }
}
