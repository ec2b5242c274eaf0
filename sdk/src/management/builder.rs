//! [`ManagementClientBuilder`]: the access key, the Management API's settings and environment
//! variables, and the checks `build()` makes (the settings both clients share are checked by
//! `crate::call::Settings`). No request is sent from here: the first call fetches the token.

use std::sync::Arc;

use super::client::ManagementClient;
use super::token::AccessKey;
use crate::call::{env, settings_setters, Settings};
use crate::{Error, SecretString};

impl ManagementClient {
    /// A builder; see the type's docs for what is required and the defaults.
    pub fn builder() -> ManagementClientBuilder {
        ManagementClientBuilder::default()
    }

    /// A client configured from `AUTHING_ACCESS_KEY_ID`, `AUTHING_ACCESS_KEY_SECRET` and, when
    /// set and not empty, `AUTHING_HOST`. Missing or empty keys are an [`Error::Config`] naming
    /// the variable.
    pub fn from_env() -> Result<Self, Error> {
        ManagementClientBuilder::from_env()?.build()
    }
}

/// Settings for a [`ManagementClient`]. Its `Debug` never shows the access key secret.
#[derive(Debug, Clone, Default)]
pub struct ManagementClientBuilder {
    access_key_id: Option<String>,
    access_key_secret: Option<SecretString>,
    settings: Settings,
}

impl ManagementClientBuilder {
    /// The access key id (required).
    pub fn access_key_id(mut self, value: impl Into<String>) -> Self {
        self.access_key_id = Some(value.into());
        self
    }

    /// The access key secret (required).
    pub fn access_key_secret(mut self, value: impl Into<SecretString>) -> Self {
        self.access_key_secret = Some(value.into());
        self
    }

    /// The API base URL, e.g. `https://api.authing.cn` (the default) or a private deployment.
    pub fn host(mut self, value: impl Into<String>) -> Self {
        self.settings.host = Some(value.into());
        self
    }

    settings_setters!();

    /// A builder holding `AUTHING_ACCESS_KEY_ID`, `AUTHING_ACCESS_KEY_SECRET` and, when set and
    /// not empty, `AUTHING_HOST`; further settings can be chained before `build()`.
    pub fn from_env() -> Result<Self, Error> {
        let builder = ManagementClient::builder()
            .access_key_id(env("AUTHING_ACCESS_KEY_ID")?.unwrap_or_default())
            .access_key_secret(env("AUTHING_ACCESS_KEY_SECRET")?.unwrap_or_default());
        let missing = |name: &str| Error::config(format!("{name} is not set or empty"));
        if builder.access_key_id.as_deref().is_none_or(str::is_empty) {
            return Err(missing("AUTHING_ACCESS_KEY_ID"));
        }
        if builder
            .access_key_secret
            .as_ref()
            .is_none_or(|s| s.expose().is_empty())
        {
            return Err(missing("AUTHING_ACCESS_KEY_SECRET"));
        }
        Ok(match env("AUTHING_HOST")? {
            Some(host) if !host.trim().is_empty() => builder.host(host),
            _ => builder,
        })
    }

    /// Checks the settings and creates the client. Sends nothing: the token is fetched by the
    /// first call.
    pub fn build(self) -> Result<ManagementClient, Error> {
        let access_key_id = self.access_key_id.unwrap_or_default();
        if access_key_id.trim().is_empty() {
            return Err(Error::config("access_key_id is empty"));
        }
        let access_key_secret = self.access_key_secret.unwrap_or_default();
        if access_key_secret.expose().trim().is_empty() {
            return Err(Error::config("access_key_secret is empty"));
        }
        let access_key = Arc::new(AccessKey::new(access_key_id, access_key_secret));
        let inner = self.settings.build(
            "host",
            Some(ManagementClient::DEFAULT_HOST),
            access_key.clone(),
        )?;
        Ok(ManagementClient {
            inner: Arc::new(inner),
            access_key,
        })
    }
}
