//! The OIDC sign-in, end to end, against a local Authing in this process: an authorize URL with
//! state, nonce and PKCE, the user's sign-in (done by the local Authing where a browser would
//! show Authing's login page), the callback with the code exchange and the ID token verified,
//! the access token verified offline, userinfo, a refresh (the old refresh token is refused
//! afterwards), introspection, revocation, and the logout URL. Tokens are never printed: only
//! `***`, their length and their claims.
//!
//! ```text
//! cargo run --example login
//! ```

use std::error::Error;
use std::process::ExitCode;

use authing::{AuthenticationClient, SecretString};
use authing_local::LocalAuthing;

const REDIRECT_URI: &str = "http://localhost:3000/callback";
const EMAIL: &str = "test@example.com";
const PASSWORD: &str = "Passw0rd-example";

#[tokio::main]
async fn main() -> ExitCode {
    let Err(err) = run().await else {
        return ExitCode::SUCCESS;
    };
    eprintln!("error: {err}");
    let mut source = err.source();
    while let Some(cause) = source {
        eprintln!("  caused by: {cause}");
        source = cause.source();
    }
    ExitCode::FAILURE
}

/// `***` and the length: what can be shown of a secret.
fn masked(secret: &str) -> String {
    format!("*** ({} chars)", secret.len())
}

fn masked_opt(secret: Option<&SecretString>) -> String {
    secret.map_or_else(|| "none".to_owned(), |s| masked(s.expose()))
}

async fn run() -> Result<(), Box<dyn Error>> {
    let local = LocalAuthing::start().await?;
    if !local.set_password(EMAIL, PASSWORD) {
        return Err("the local Authing has no seeded user".into());
    }
    println!(
        "local Authing at {} (issuer {})\n",
        local.url(),
        local.issuer()
    );

    let client = AuthenticationClient::builder()
        .app_id(local.app_id())
        .app_secret(local.app_secret())
        .host(local.url())
        .redirect_uri(REDIRECT_URI)
        .build()?;

    // 1. The authorize URL; the request is what the application keeps until the callback.
    let request = client
        .authorize_url()
        .scope("openid profile email offline_access")
        .build()?;
    let url = reqwest::Url::parse(request.url())?;
    println!("1. authorize URL: {}", url.path());
    for (name, value) in url.query_pairs() {
        let shown = match name.as_ref() {
            "state" | "nonce" | "code_challenge" => masked(&value),
            _ => value.into_owned(),
        };
        println!("     {name} = {shown}");
    }

    // 2. The user signs in at Authing, which sends the browser back with a code.
    let callback = local.authorize(EMAIL, PASSWORD, request.url())?;
    let back = reqwest::Url::parse(&callback)?;
    let code = back
        .query_pairs()
        .find(|(name, _)| name == "code")
        .map(|(_, code)| code.into_owned())
        .ok_or("the callback has no code")?;
    println!(
        "2. callback to {}{}: code {}",
        back.origin().ascii_serialization(),
        back.path(),
        masked(&code)
    );

    // 3. The callback: state checked, code exchanged with the PKCE verifier, ID token verified.
    let signed_in = client.handle_callback(&request, &callback).await?;
    let tokens = signed_in.tokens;
    let claims = signed_in.claims.ok_or("no ID token claims")?;
    println!("3. signed in:");
    println!(
        "     access_token  {}",
        masked(tokens.access_token.expose())
    );
    println!(
        "     refresh_token {}",
        masked_opt(tokens.refresh_token.as_ref())
    );
    println!(
        "     id_token      {}",
        masked_opt(tokens.id_token.as_ref())
    );
    println!(
        "     expires_at    {:?}, scope {:?}",
        tokens.expires_at, tokens.scope
    );
    println!(
        "     ID token: sub {}, email {:?}, iss {}, aud {:?}, nonce matched",
        claims.sub,
        claims.email(),
        claims.iss,
        claims.aud
    );

    // 4. The access token verified offline with the cached JWKS.
    let access = client
        .verify_access_token(tokens.access_token.expose())
        .await?;
    println!(
        "4. access token verified offline: sub {:?}, scope {:?}, exp {}",
        access.sub, access.scope, access.exp
    );

    // 5. Userinfo.
    let info = client.user_info(tokens.access_token.expose()).await?;
    println!(
        "5. userinfo: sub {}, email {:?}, nickname {:?}",
        info.sub, info.email, info.nickname
    );

    // 6. Refresh: refresh tokens rotate, so the old one is refused afterwards.
    let renewed = client.refresh_tokens(&tokens).await?;
    println!(
        "6. refreshed: access_token {}, refresh_token {}",
        masked(renewed.access_token.expose()),
        masked_opt(renewed.refresh_token.as_ref())
    );
    match client.refresh_tokens(&tokens).await {
        Err(authing::Error::OAuth { error, .. }) => {
            println!("     the old refresh token is refused: {error}")
        }
        Err(other) => return Err(other.into()),
        Ok(_) => return Err("the old refresh token was accepted again".into()),
    }

    // 7. Introspection, revocation (the server-side logout), introspection again.
    let at = renewed.access_token.expose();
    let before = client.introspect_token(at).await?;
    client.revoke_token(at).await?;
    let after = client.introspect_token(at).await?;
    println!(
        "7. introspection: active {} -> revoked -> active {}",
        before.active, after.active
    );
    if !before.active || after.active {
        return Err("introspection does not reflect the revocation".into());
    }

    // 8. The browser logout URL.
    let id_token = renewed
        .id_token
        .as_ref()
        .ok_or("no ID token after the refresh")?;
    let logout = client.logout_url(id_token.expose(), Some("http://localhost:3000/"), None);
    let logout = reqwest::Url::parse(&logout)?;
    let names: Vec<String> = logout.query_pairs().map(|(n, _)| n.into_owned()).collect();
    println!("8. logout URL: {} with {}", logout.path(), names.join(", "));
    Ok(())
}
