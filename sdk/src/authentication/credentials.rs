//! An application's credentials on the wire: `x-authing-app-id` on every call and, on a sign-in
//! call of an application that authenticates with `client_secret_basic`, its HTTP Basic
//! credentials. The application's client calls with these; a user's session adds the user's
//! token (`session.rs`). What the call path asks of them: `crate::credentials`.

use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderName, AUTHORIZATION};

use super::app::App;
use super::token_endpoint::basic_header;
use crate::credentials::{Attempt, CredentialFuture, Credentials};
use crate::Error;

/// The calls that sign a user in: with `client_secret_basic` they carry the application's
/// HTTP Basic credentials (as the official Node SDK sends them); with `client_secret_post`
/// the sign-in methods put `client_id` and `client_secret` in the body.
pub(crate) const SIGN_IN_PATHS: &[&str] = &[
    "/api/v3/signin",
    "/api/v3/signin-by-mobile",
    "/api/v3/exchange-tokenset-with-qrcode-ticket",
];

/// The application's own credentials (no user token).
#[derive(Clone)]
pub(crate) struct AppCredentials {
    app: Arc<App>,
}

impl AppCredentials {
    pub(crate) fn new(app: Arc<App>) -> Self {
        AppCredentials { app }
    }

    /// The application's headers for a call to `path`: the app id, and on a sign-in call the
    /// application's Basic credentials (built for each call, never kept: the secret is zeroed
    /// when dropped, a header cannot be).
    pub(crate) fn headers_for(&self, path: &str) -> HeaderMap {
        let mut headers = HeaderMap::with_capacity(2);
        headers.insert(
            HeaderName::from_static("x-authing-app-id"),
            self.app.app_id_header.clone(),
        );
        if let Some((app_id, secret)) = self
            .app
            .basic_credentials()
            .filter(|_| SIGN_IN_PATHS.contains(&path))
        {
            headers.insert(AUTHORIZATION, basic_header(app_id, secret));
        }
        headers
    }

    /// Whether `sent` carried the application's Basic credentials: such a call was refused for
    /// them, not for a user's token, so there is nothing to renew (and a sign-in is never sent
    /// twice).
    pub(crate) fn sent_basic(&self, sent: &HeaderMap) -> bool {
        let basic = self
            .app
            .basic_credentials()
            .map(|(id, secret)| basic_header(id, secret));
        let sent = sent.get(AUTHORIZATION);
        sent.is_some() && sent == basic.as_ref()
    }
}

impl Credentials for AppCredentials {
    fn headers<'a>(
        &'a self,
        attempt: Attempt<'a>,
    ) -> CredentialFuture<'a, Result<HeaderMap, Error>> {
        let headers = self.headers_for(attempt.path);
        Box::pin(async move { Ok(headers) })
    }

    /// Nothing of the application's expires: a rejected call is not sent again.
    fn forget<'a>(&'a self, _sent: &'a HeaderMap) -> CredentialFuture<'a, bool> {
        Box::pin(async { false })
    }
}
