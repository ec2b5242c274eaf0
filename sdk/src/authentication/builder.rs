//! `AuthenticationClientBuilder`: an application's settings (id, secret, host, redirect URI,
//! token endpoint auth method), the environment variables, and the checks `build()` makes. The
//! transport settings and their checks are shared with the management client
//! (`crate::call::Settings`). No request is sent from here.

use std::sync::Arc;

use reqwest::header::HeaderValue;

use super::app::{App, TokenEndpointAuthMethod};
use super::client::AuthenticationClient;
use super::credentials::AppCredentials;
use super::protocol::{TokenVerification, Verifier};
use crate::call::{env, settings_setters, Settings};
use crate::{Error, SecretString};

impl AuthenticationClient {
    /// A builder; see the type's docs for what is required.
    pub fn builder() -> AuthenticationClientBuilder {
        AuthenticationClientBuilder::default()
    }

    /// A client configured from `AUTHING_APP_ID`, `AUTHING_APP_HOST` and, when set,
    /// `AUTHING_APP_SECRET` and `AUTHING_APP_REDIRECT_URI`. A missing id or host is an
    /// [`Error::Config`] naming the variable.
    pub fn from_env() -> Result<Self, Error> {
        AuthenticationClientBuilder::from_env()?.build()
    }
}

/// Settings for an [`AuthenticationClient`]. Its `Debug` never shows the application secret.
#[derive(Debug, Clone, Default)]
pub struct AuthenticationClientBuilder {
    app_id: Option<String>,
    app_secret: Option<SecretString>,
    redirect_uri: Option<String>,
    token_endpoint_auth_method: Option<TokenEndpointAuthMethod>,
    settings: Settings,
    verification: TokenVerification,
}

impl AuthenticationClientBuilder {
    /// The application's id (required).
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// The application's secret: required unless the token endpoint auth method is
    /// [`None`](TokenEndpointAuthMethod::None) (a public application).
    pub fn app_secret(mut self, value: impl Into<SecretString>) -> Self {
        self.app_secret = Some(value.into());
        self
    }

    /// The application's base URL (required), e.g. `https://example.authing.cn` or a private
    /// deployment's. The same setting as [`ManagementClientBuilder::host`](crate::ManagementClientBuilder::host).
    pub fn host(mut self, value: impl Into<String>) -> Self {
        self.settings.host = Some(value.into());
        self
    }

    /// The old name of [`host`](Self::host).
    #[deprecated(since = "0.2.0", note = "use `host`, the name both builders share")]
    pub fn app_host(self, value: impl Into<String>) -> Self {
        self.host(value)
    }

    /// The redirect URI registered for the application: where the authorize URL sends the
    /// user back, and the one the code exchange names.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }

    /// How the application authenticates at the token endpoint and on sign-in
    /// ([`ClientSecretPost`](TokenEndpointAuthMethod::ClientSecretPost) by default).
    pub fn token_endpoint_auth_method(mut self, value: TokenEndpointAuthMethod) -> Self {
        self.token_endpoint_auth_method = Some(value);
        self
    }

    /// How ID and access tokens are verified offline: issuer, clock leeway, the pinned ID
    /// token algorithm, the JWKS cache's maximum age and refetch interval
    /// ([`TokenVerification::default`]). Pinning HS256 without an `app_secret` of at least
    /// 32 bytes fails at `build()`.
    pub fn token_verification(mut self, value: TokenVerification) -> Self {
        self.verification = value;
        self
    }

    settings_setters!();

    /// A builder holding `AUTHING_APP_ID`, `AUTHING_APP_HOST` and, when set and not empty,
    /// `AUTHING_APP_SECRET` and `AUTHING_APP_REDIRECT_URI`; further settings can be chained
    /// before `build()`.
    pub fn from_env() -> Result<Self, Error> {
        let missing = |name: &str| Error::config(format!("{name} is not set or empty"));
        let set = |name: &str| -> Result<Option<String>, Error> {
            Ok(env(name)?.filter(|v| !v.trim().is_empty()))
        };
        let mut builder = AuthenticationClient::builder()
            .app_id(set("AUTHING_APP_ID")?.ok_or_else(|| missing("AUTHING_APP_ID"))?)
            .host(set("AUTHING_APP_HOST")?.ok_or_else(|| missing("AUTHING_APP_HOST"))?);
        if let Some(secret) = set("AUTHING_APP_SECRET")? {
            builder = builder.app_secret(secret);
        }
        if let Some(uri) = set("AUTHING_APP_REDIRECT_URI")? {
            builder = builder.redirect_uri(uri);
        }
        Ok(builder)
    }

    /// Checks the settings and creates the client. Sends nothing.
    pub fn build(self) -> Result<AuthenticationClient, Error> {
        let app_id = self.app_id.unwrap_or_default();
        if app_id.trim().is_empty() {
            return Err(Error::config("app_id is empty"));
        }
        let app_id_header = HeaderValue::from_str(&app_id)
            .map_err(|_| Error::config("app_id holds characters a header cannot carry"))?;
        let method = self.token_endpoint_auth_method.unwrap_or_default();
        let app_secret = self.app_secret.filter(|s| !s.expose().trim().is_empty());
        if method != TokenEndpointAuthMethod::None && app_secret.is_none() {
            return Err(Error::config(format!(
                "app_secret is empty; it is needed for the token endpoint auth method `{}` \
                 (use `none` for a public application)",
                method.as_str()
            )));
        }
        if self.verification.id_token_algorithm == Some(crate::IdTokenAlgorithm::Hs256) {
            let min = TokenVerification::MIN_HS256_SECRET_BYTES;
            if app_secret.as_ref().is_none_or(|s| s.expose().len() < min) {
                return Err(Error::config(format!(
                    "TokenVerification::id_token_algorithm is HS256, which needs an app_secret \
                     of at least {min} bytes (RFC 7518 section 3.2)"
                )));
            }
        }
        if let Some(uri) = &self.redirect_uri {
            reqwest::Url::parse(uri).map_err(|e| {
                Error::config(format!("redirect_uri {uri:?} is not an absolute URL ({e})"))
            })?;
        }
        if self.settings.host.is_none() {
            return Err(Error::config("app_host is not set"));
        }
        let app = Arc::new(App {
            app_id,
            app_id_header,
            app_secret,
            redirect_uri: self.redirect_uri,
            token_endpoint_auth_method: method,
            verifier: Verifier::new(self.verification)?,
        });
        let credentials = Arc::new(AppCredentials::new(Arc::clone(&app)));
        let inner = self.settings.build("host", None, credentials)?;
        Ok(AuthenticationClient {
            inner: Arc::new(inner),
            app,
        })
    }
}
