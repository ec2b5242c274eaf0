//! What a call carries to prove who sends it: the Management API's token (`auth.rs`) or, for
//! the end-user API, the application id and a signed-in user's token (`authentication/`). The
//! call path (`client.rs`) asks for headers and reports rejected ones here; no request is built
//! here.

use crate::auth::{Auth, Token};
use crate::retry::RetryConfig;
use crate::transport::Transport;
use crate::Error;

/// A client's credentials.
pub(crate) enum Credentials {
    /// The access key and its management token.
    Management(Auth),
    /// An application, and the user a session acts for.
    #[cfg(feature = "authentication")]
    App(crate::authentication::AppCredentials),
}

impl Credentials {
    /// The headers of the next attempt of a call to `path` (a token fetched or renewed first
    /// when needed).
    pub(crate) async fn token(
        &self,
        path: &str,
        transport: &Transport,
        retry: &RetryConfig,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Token, Error> {
        #[cfg(not(feature = "authentication"))]
        let _ = path;
        match self {
            Credentials::Management(auth) => auth.token(transport, retry, deadline).await,
            #[cfg(feature = "authentication")]
            Credentials::App(app) => app.token(path, transport).await,
        }
    }

    /// The server rejected `used` (`statusCode` 401): drops it. Whether a renewed token may be
    /// tried once (a user without a refresh token has none to try).
    pub(crate) async fn forget(&self, used: &Token) -> bool {
        match self {
            Credentials::Management(auth) => {
                auth.forget(used).await;
                true
            }
            #[cfg(feature = "authentication")]
            Credentials::App(app) => app.forget(used).await,
        }
    }

    /// The access key id, for `Debug` (empty for an application).
    pub(crate) fn access_key_id(&self) -> &str {
        match self {
            Credentials::Management(auth) => auth.access_key_id(),
            #[cfg(feature = "authentication")]
            Credentials::App(_) => "",
        }
    }
}
