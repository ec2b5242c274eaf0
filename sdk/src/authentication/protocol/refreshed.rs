//! The checks on a token set a refresh returned, against the set it renews: the new ID token is
//! verified ([`verify_id_token`] without a nonce) and must be about the same user (`sub`, OIDC
//! Core 12.2); an answer without an ID token keeps the old one. Used by
//! [`AuthenticationClient::refresh_tokens`](crate::AuthenticationClient::refresh_tokens) and by
//! a [`UserSession`](crate::UserSession)'s own refresh. Sends no request of its own (the JWKS
//! may be fetched).

use super::verify::{stored_subject, verify_id_token};
use crate::authentication::app::App;
use crate::authentication::TokenSet;
use crate::transport::Transport;
use crate::{Error, ProtocolError};

/// Checks `renewed`, what a refresh of `old` returned; an answer without an ID token gets the
/// old one. The new ID token must verify, and when `old` has an ID token the new one's `sub`
/// must be the old one's ([`ProtocolError::SubjectMismatch`], also when the old one's `sub`
/// cannot be read). On an error the renewed set must not be used.
pub(crate) async fn check_refreshed(
    app: &App,
    transport: &Transport,
    old: &TokenSet,
    renewed: &mut TokenSet,
) -> Result<(), Error> {
    let Some(id_token) = &renewed.id_token else {
        renewed.id_token.clone_from(&old.id_token);
        return Ok(());
    };
    let claims = verify_id_token(app, transport, id_token.expose(), None).await?;
    if let Some(old_id_token) = &old.id_token {
        if stored_subject(old_id_token.expose()).as_deref() != Some(claims.sub.as_str()) {
            return Err(Error::Protocol(ProtocolError::SubjectMismatch));
        }
    }
    Ok(())
}
