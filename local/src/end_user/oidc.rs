//! The OIDC endpoints, answered without Authing's envelope: plain JSON, OAuth errors as
//! `{error, error_description}` with HTTP 400 or 401, redirects as 302. `GET /oidc/auth` (the
//! user signs in with `username` and `password` in the query, a local-only shortcut for Authing's
//! login page; [`authorize_query`] is the same without HTTP), `POST /oidc/token`
//! (`authorization_code` with PKCE S256, `refresh_token` with rotation, `client_credentials`),
//! introspection, revocation, `GET|POST /oidc/me`, discovery, JWKS and `GET /oidc/session/end`.
//! Token bookkeeping is in `tokens.rs`, client authentication in `sign_in.rs`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{json, Value};

use super::sign_in::{authenticate_client, basic, bearer, check_password, find_user};
use super::tokens::{user_claims, Code, Grant, CODE_LIFETIME};
use super::{AuthorizeError, EndUser};
use crate::record::RecordedRequest;
use crate::state::{lock, Shared};

/// An answer of an OIDC endpoint.
pub(crate) struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

impl Answer {
    fn json(status: u16, body: &Value) -> Answer {
        Answer {
            status,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            headers: vec![
                ("cache-control", "no-store".to_owned()),
                ("pragma", "no-cache".to_owned()),
            ],
        }
    }

    fn redirect(location: String) -> Answer {
        Answer {
            status: 302,
            content_type: "text/plain",
            body: Vec::new(),
            headers: vec![("location", location)],
        }
    }

    fn error(status: u16, error: &str, description: &str) -> Answer {
        let mut answer = Answer::json(
            status,
            &json!({"error": error, "error_description": description}),
        );
        if error == "invalid_token" {
            let challenge =
                format!("Bearer error=\"invalid_token\", error_description=\"{description}\"");
            answer.headers.push(("www-authenticate", challenge));
        }
        answer
    }
}

/// The answer of the OIDC endpoint at the request's path, or `None` when it names none.
pub(crate) fn oidc(shared: &Shared, request: &RecordedRequest) -> Option<Answer> {
    let end_user = &shared.end_user;
    let answer = match (request.method.as_str(), request.path.as_str()) {
        ("GET", "/oidc/auth") => {
            let query = request.query_pairs();
            let get = |name: &str| param(&query, name);
            let credentials = get("username").zip(get("password"));
            match authorize_query(shared, &query, credentials) {
                Ok(location) => Answer::redirect(location),
                Err(e) => Answer::error(400, &e.error, &e.description),
            }
        }
        ("POST", "/oidc/token") => token(shared, request),
        ("POST", "/oidc/token/introspection") => introspect(end_user, request),
        ("POST", "/oidc/token/revocation") => revoke(end_user, request),
        ("GET" | "POST", "/oidc/me") => user_info(shared, request),
        ("GET", "/oidc/.well-known/openid-configuration") => {
            Answer::json(200, &discovery(end_user))
        }
        ("GET", "/oidc/.well-known/jwks.json") => Answer::json(200, &lock(&end_user.keys).jwks()),
        ("GET", "/oidc/session/end") => session_end(end_user, request),
        _ => return None,
    };
    Some(answer)
}

/// The first value of `name`.
fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// `uri` with `pairs` added to its query (or its fragment).
fn with_params(uri: &str, pairs: &[(&str, &str)], fragment: bool) -> String {
    let mut encoded = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        encoded.append_pair(k, v);
    }
    let encoded = encoded.finish();
    let separator = match (fragment, uri.contains('?')) {
        (true, _) => '#',
        (false, true) => '&',
        (false, false) => '?',
    };
    format!("{uri}{separator}{encoded}")
}

/// The authorize endpoint: checks the request (`client_id`, `redirect_uri`, `response_type`
/// `code`, `openid` in `scope`, a PKCE challenge with method `S256` if any), signs the user in
/// with `credentials` (an account, i.e. a user id, email, username or phone, and a password)
/// and returns where the browser is sent: the redirect URI with `code` and `state`, or with
/// `error` (`login_required` without credentials, `access_denied` when they are wrong,
/// `invalid_request`, `unsupported_response_type`, `invalid_scope`). A request whose client or
/// redirect URI is wrong cannot be sent back: that is the error.
pub(crate) fn authorize_query(
    shared: &Shared,
    query: &[(String, String)],
    credentials: Option<(&str, &str)>,
) -> Result<String, AuthorizeError> {
    let end_user = &shared.end_user;
    let config = &end_user.config;
    let refuse = |error: &str, description: &str| AuthorizeError {
        error: error.to_owned(),
        description: description.to_owned(),
    };
    let get = |name: &str| param(query, name);
    if get("client_id") != Some(config.app_id.as_str()) {
        return Err(refuse(
            "invalid_client",
            "client_id is not this application's",
        ));
    }
    let redirect_uri =
        get("redirect_uri").ok_or_else(|| refuse("invalid_request", "redirect_uri is missing"))?;
    let allowed = if config.redirect_uris.is_empty() {
        redirect_uri.starts_with("http://") || redirect_uri.starts_with("https://")
    } else {
        config.redirect_uris.iter().any(|u| u == redirect_uri)
    };
    if !allowed {
        return Err(refuse(
            "invalid_request",
            "redirect_uri is not one the application accepts",
        ));
    }
    let state = get("state");
    let fragment = get("response_mode") == Some("fragment");
    let back = |pairs: &[(&str, &str)]| {
        let mut pairs = pairs.to_vec();
        if let Some(state) = state {
            pairs.push(("state", state));
        }
        Ok(with_params(redirect_uri, &pairs, fragment))
    };
    let fail = |error: &str, description: &str| {
        back(&[("error", error), ("error_description", description)])
    };
    if get("response_type") != Some("code") {
        return fail(
            "unsupported_response_type",
            "the local Authing serves response_type=code",
        );
    }
    let scope = get("scope").unwrap_or("");
    if !scope.split_whitespace().any(|s| s == "openid") {
        return fail("invalid_scope", "scope must include openid");
    }
    let challenge = get("code_challenge");
    if challenge.is_some() && get("code_challenge_method") != Some("S256") {
        return fail("invalid_request", "code_challenge_method must be S256");
    }
    if challenge.is_some_and(|c| c.len() != 43) {
        return fail(
            "invalid_request",
            "code_challenge is not a SHA-256 in base64url",
        );
    }
    let Some((account, password)) = credentials else {
        return fail("login_required", "the user is not signed in");
    };
    let Some(user) = check_password(shared, account, password) else {
        return fail("access_denied", "wrong account or password");
    };
    let code = end_user.grants(|grants| {
        grants.new_code(Code {
            user_id: super::tokens::user_id(&user).unwrap_or_default(),
            redirect_uri: redirect_uri.to_owned(),
            challenge: challenge.map(str::to_owned),
            nonce: get("nonce").map(str::to_owned),
            scope: scope.to_owned(),
            expires: std::time::Instant::now() + CODE_LIFETIME,
        })
    });
    back(&[("code", &code)])
}

/// The form body's pairs.
fn form(request: &RecordedRequest) -> Vec<(String, String)> {
    form_urlencoded::parse(&request.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// Checks the application's credentials on a form endpoint.
fn client(
    end_user: &EndUser,
    request: &RecordedRequest,
    form: &[(String, String)],
) -> Option<Answer> {
    let authorization = request.header("authorization");
    match authenticate_client(
        &end_user.config,
        authorization,
        param(form, "client_id"),
        param(form, "client_secret"),
    ) {
        Ok(()) => None,
        Err(why) => {
            let mut answer = Answer::error(401, "invalid_client", why);
            if authorization.and_then(basic).is_some() {
                answer
                    .headers
                    .push(("www-authenticate", "Basic realm=\"oidc\"".to_owned()));
            }
            Some(answer)
        }
    }
}

/// `POST /oidc/token`.
fn token(shared: &Shared, request: &RecordedRequest) -> Answer {
    let end_user = &shared.end_user;
    let form = form(request);
    if let Some(refused) = client(end_user, request, &form) {
        return refused;
    }
    let get = |name: &str| param(&form, name);
    let invalid_grant = |why: &str| Answer::error(400, "invalid_grant", why);
    match get("grant_type") {
        Some("authorization_code") => {
            let Some(code) = get("code") else {
                return Answer::error(400, "invalid_request", "code is missing");
            };
            let Some(grant) = end_user.grants(|g| g.take_code(code)) else {
                return invalid_grant("the code is unknown, expired or already used");
            };
            if get("redirect_uri") != Some(grant.redirect_uri.as_str()) {
                return invalid_grant("redirect_uri is not the authorize request's");
            }
            if let Some(challenge) = &grant.challenge {
                let Some(verifier) = get("code_verifier") else {
                    return invalid_grant("code_verifier is missing");
                };
                let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
                if URL_SAFE_NO_PAD.encode(digest) != *challenge {
                    return invalid_grant("code_verifier does not match the code_challenge");
                }
            }
            let user = find_user(&lock(&shared.store), &grant.user_id).cloned();
            let Some(user) = user else {
                return invalid_grant("the user no longer exists");
            };
            Answer::json(
                200,
                &end_user.issue(&Grant {
                    user: Some(&user),
                    scope: &grant.scope,
                    nonce: grant.nonce.as_deref(),
                    refresh: has_scope(&grant.scope, "offline_access"),
                    id_token: has_scope(&grant.scope, "openid"),
                }),
            )
        }
        Some("refresh_token") => {
            let Some(token) = get("refresh_token") else {
                return Answer::error(400, "invalid_request", "refresh_token is missing");
            };
            let Some(old) = end_user.grants(|g| g.take_refresh(token)) else {
                return invalid_grant("the refresh token is unknown, expired, revoked or spent");
            };
            let user = old
                .user_id
                .as_deref()
                .and_then(|id| find_user(&lock(&shared.store), id).cloned());
            let Some(user) = user else {
                return invalid_grant("the user no longer exists");
            };
            Answer::json(
                200,
                &end_user.issue(&Grant {
                    user: Some(&user),
                    scope: &old.scope,
                    nonce: None,
                    refresh: true,
                    id_token: has_scope(&old.scope, "openid"),
                }),
            )
        }
        Some("client_credentials") => Answer::json(
            200,
            &end_user.issue(&Grant {
                user: None,
                scope: get("scope").unwrap_or(""),
                nonce: None,
                refresh: false,
                id_token: false,
            }),
        ),
        Some(_) => Answer::error(
            400,
            "unsupported_grant_type",
            "the grant_type is not served",
        ),
        None => Answer::error(400, "invalid_request", "grant_type is missing"),
    }
}

fn has_scope(scope: &str, wanted: &str) -> bool {
    scope.split_whitespace().any(|s| s == wanted)
}

/// `POST /oidc/token/introspection` (RFC 7662).
fn introspect(end_user: &EndUser, request: &RecordedRequest) -> Answer {
    let form = form(request);
    if let Some(refused) = client(end_user, request, &form) {
        return refused;
    }
    let Some(token) = param(&form, "token") else {
        return Answer::error(400, "invalid_request", "token is missing");
    };
    let found = end_user.grants(|g| {
        g.access(token)
            .map(|t| (t.clone(), "access_token"))
            .or_else(|| g.refresh(token).map(|t| (t.clone(), "refresh_token")))
    });
    let Some((issued, kind)) = found else {
        return Answer::json(200, &json!({"active": false}));
    };
    let config = &end_user.config;
    let mut answer = json!({
        "active": true,
        "client_id": config.app_id,
        "exp": issued.exp,
        "iat": issued.iat,
        "iss": end_user.issuer,
        "jti": issued.jti,
        "scope": issued.scope,
        "token_type": if kind == "access_token" { "Bearer" } else { "refresh_token" },
        "aud": config.app_id,
    });
    answer["sub"] = issued
        .user_id
        .unwrap_or_else(|| config.app_id.clone())
        .into();
    Answer::json(200, &answer)
}

/// `POST /oidc/token/revocation` (RFC 7009): 200 whether or not the token was known.
fn revoke(end_user: &EndUser, request: &RecordedRequest) -> Answer {
    let form = form(request);
    if let Some(refused) = client(end_user, request, &form) {
        return refused;
    }
    let Some(token) = param(&form, "token") else {
        return Answer::error(400, "invalid_request", "token is missing");
    };
    end_user.grants(|g| g.revoke(token));
    Answer {
        status: 200,
        content_type: "text/plain",
        body: Vec::new(),
        headers: Vec::new(),
    }
}

/// `GET|POST /oidc/me`: the user's claims for the token's scope. The token comes as
/// `authorization: Bearer <token>` (RFC 6750 §2.1), or as `access_token` in the query or the
/// form body (§2.2, §2.3; the official Node SDK sends it in the query).
fn user_info(shared: &Shared, request: &RecordedRequest) -> Answer {
    let end_user = &shared.end_user;
    let form = form(request);
    let query = request.query_pairs();
    let token = match request.header("authorization") {
        Some(authorization) => bearer(authorization).map(str::to_owned),
        None => param(&query, "access_token")
            .or_else(|| param(&form, "access_token"))
            .map(str::to_owned),
    };
    let Some(token) = token else {
        return Answer::error(401, "invalid_token", "no bearer token");
    };
    let Some(issued) = end_user.grants(|g| g.access(&token).cloned()) else {
        return Answer::error(
            401,
            "invalid_token",
            "the access token is unknown, expired or revoked",
        );
    };
    let user = issued
        .user_id
        .as_deref()
        .and_then(|id| find_user(&lock(&shared.store), id).cloned());
    match user {
        Some(user) => Answer::json(200, &Value::Object(user_claims(&user, &issued.scope))),
        None => Answer::error(401, "invalid_token", "the token is not a user's"),
    }
}

/// The discovery document.
fn discovery(end_user: &EndUser) -> Value {
    let base = &end_user.base_url;
    let method = end_user.config.auth_method.as_str();
    json!({
        "issuer": end_user.issuer,
        "authorization_endpoint": format!("{base}/oidc/auth"),
        "token_endpoint": format!("{base}/oidc/token"),
        "userinfo_endpoint": format!("{base}/oidc/me"),
        "jwks_uri": format!("{base}/oidc/.well-known/jwks.json"),
        "end_session_endpoint": format!("{base}/oidc/session/end"),
        "introspection_endpoint": format!("{base}/oidc/token/introspection"),
        "revocation_endpoint": format!("{base}/oidc/token/revocation"),
        "scopes_supported": ["openid", "profile", "email", "phone", "offline_access"],
        "response_types_supported": ["code"],
        "response_modes_supported": ["query", "fragment"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256", "HS256"],
        "token_endpoint_auth_methods_supported": [method],
        "introspection_endpoint_auth_methods_supported": [method],
        "revocation_endpoint_auth_methods_supported": [method],
        "code_challenge_methods_supported": ["S256"],
        "claim_types_supported": ["normal"],
        "claims_supported": [
            "sub", "name", "nickname", "given_name", "family_name", "middle_name",
            "preferred_username", "profile", "picture", "website", "gender", "birthdate",
            "zoneinfo", "locale", "updated_at", "email", "email_verified", "phone_number",
            "phone_number_verified", "nonce", "at_hash", "auth_time",
        ],
    })
}

/// `GET /oidc/session/end`: with `post_logout_redirect_uri` (which needs an `id_token_hint`
/// issued here) a 302 there, with `state` when given; else a plain page.
fn session_end(end_user: &EndUser, request: &RecordedRequest) -> Answer {
    let query = request.query_pairs();
    let get = |name: &str| param(&query, name);
    let hint = get("id_token_hint");
    if hint.is_some_and(|t| !end_user.grants(|g| g.issued_id_token(t))) {
        return Answer::error(400, "invalid_request", "id_token_hint was not issued here");
    }
    let Some(uri) = get("post_logout_redirect_uri") else {
        return Answer {
            status: 200,
            content_type: "text/plain; charset=utf-8",
            body: b"signed out".to_vec(),
            headers: Vec::new(),
        };
    };
    if hint.is_none() {
        return Answer::error(
            400,
            "invalid_request",
            "post_logout_redirect_uri needs an id_token_hint",
        );
    }
    match get("state") {
        Some(state) => Answer::redirect(with_params(uri, &[("state", state)], false)),
        None => Answer::redirect(uri.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::end_user::check_call;
    use crate::failure::Failure;
    use crate::state::Config;
    use crate::store::Store;

    const BASE: &str = "http://127.0.0.1:9";

    fn shared() -> Shared {
        let config = Config {
            access_key_id: "k".into(),
            access_key_secret: "s".into(),
            userpool_id: "p".into(),
            token_lifetime: std::time::Duration::from_secs(60),
            list_total: None,
            end_user: super::super::EndUserConfig::default(),
        };
        let shared = Shared::new(config, Store::seeded().unwrap(), BASE);
        shared.end_user.set_password(crate::SEEDED_USER_ID, "pw");
        shared
    }

    fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> RecordedRequest {
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, Some(q.to_owned())),
            None => (path, None),
        };
        RecordedRequest {
            method: method.into(),
            path: path.into(),
            query,
            headers: headers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            body: body.as_bytes().to_vec(),
            status_code: None,
        }
    }

    fn json_of(answer: &Answer) -> Value {
        serde_json::from_slice(&answer.body).unwrap()
    }

    fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn app_id(shared: &Shared) -> String {
        shared.end_user.config.app_id.clone()
    }

    #[test]
    fn authorize_sends_back_errors_it_can_and_refuses_the_rest() {
        let shared = shared();
        let id = app_id(&shared);
        let base = [
            ("client_id", id.as_str()),
            ("redirect_uri", "http://app/cb?x=1"),
            ("response_type", "code"),
            ("scope", "openid"),
            ("state", "s"),
        ];
        let location = authorize_query(&shared, &query(&base), None).unwrap();
        assert_eq!(
            location,
            "http://app/cb?x=1&error=login_required&error_description=the+user+is+not+signed+in&state=s"
        );
        let location = authorize_query(&shared, &query(&base), Some(("bob", "pw"))).unwrap();
        assert!(
            location.starts_with("http://app/cb?x=1&code="),
            "{location}"
        );
        let wrong = authorize_query(&shared, &query(&base), Some(("bob", "no"))).unwrap();
        assert!(wrong.contains("error=access_denied"), "{wrong}");
        let mut other = base;
        other[0].1 = "other-app";
        let refused = authorize_query(&shared, &query(&other), None).unwrap_err();
        assert_eq!(refused.error, "invalid_client");
        let mut plain = base.to_vec();
        plain.push(("code_challenge", "c"));
        let location = authorize_query(&shared, &query(&plain), Some(("bob", "pw"))).unwrap();
        assert!(location.contains("error=invalid_request"), "{location}");
    }

    #[test]
    fn the_token_endpoint_checks_the_client_the_code_and_rotates_refresh_tokens() {
        let shared = shared();
        let id = app_id(&shared);
        let secret = shared.end_user.config.app_secret.clone();
        let client = format!("client_id={id}&client_secret={secret}");
        let post = |body: &str| oidc(&shared, &request("POST", "/oidc/token", &[], body)).unwrap();
        let refused = post(&format!("client_id={id}&grant_type=client_credentials"));
        assert_eq!(refused.status, 401);
        assert_eq!(json_of(&refused)["error"], "invalid_client");
        let unknown = post(&format!("{client}&grant_type=password"));
        assert_eq!(json_of(&unknown)["error"], "unsupported_grant_type");

        let location = authorize_query(
            &shared,
            &query(&[
                ("client_id", &id),
                ("redirect_uri", "http://app/cb"),
                ("response_type", "code"),
                ("scope", "openid offline_access"),
            ]),
            Some((crate::SEEDED_USER_ID, "pw")),
        )
        .unwrap();
        let code = location.split("code=").nth(1).unwrap().to_owned();
        let wrong_uri = post(&format!(
            "{client}&grant_type=authorization_code&code={code}&redirect_uri=http://app/other"
        ));
        assert_eq!(json_of(&wrong_uri)["error"], "invalid_grant");
        // The failed attempt spent the code.
        let spent = post(&format!(
            "{client}&grant_type=authorization_code&code={code}&redirect_uri=http://app/cb"
        ));
        assert_eq!(json_of(&spent)["error"], "invalid_grant");

        let tokens = shared.end_user.issue(&Grant {
            user: find_user(&lock(&shared.store), crate::SEEDED_USER_ID),
            scope: "openid offline_access",
            nonce: None,
            refresh: true,
            id_token: true,
        });
        let rt = tokens["refresh_token"].as_str().unwrap();
        let renewed = post(&format!(
            "{client}&grant_type=refresh_token&refresh_token={rt}"
        ));
        assert_eq!(renewed.status, 200);
        let again = post(&format!(
            "{client}&grant_type=refresh_token&refresh_token={rt}"
        ));
        assert_eq!(json_of(&again)["error"], "invalid_grant");

        // A user token from the token endpoint is accepted on end-user calls, raw or Bearer.
        let at = json_of(&renewed)["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        for authorization in [at.clone(), format!("Bearer {at}")] {
            let call = request(
                "GET",
                "/api/v3/get-profile",
                &[("x-authing-app-id", &id), ("authorization", &authorization)],
                "",
            );
            assert_eq!(check_call(&shared, &call, true), Ok(()));
        }
        let stranger = request(
            "GET",
            "/api/v3/get-profile",
            &[("x-authing-app-id", &id), ("authorization", "nope")],
            "",
        );
        assert_eq!(check_call(&shared, &stranger, true), Err(Failure::BadToken));
        let other_app = request(
            "GET",
            "/api/v3/get-profile",
            &[("x-authing-app-id", "x")],
            "",
        );
        assert_eq!(
            check_call(&shared, &other_app, true),
            Err(Failure::AppMismatch)
        );
        // A user's call without the user's token is refused; the application's is not.
        let app_only = request(
            "GET",
            "/api/v3/get-profile",
            &[("x-authing-app-id", &id)],
            "",
        );
        assert_eq!(
            check_call(&shared, &app_only, true),
            Err(Failure::MissingToken)
        );
        assert_eq!(check_call(&shared, &app_only, false), Ok(()));
    }

    #[test]
    fn logout_needs_an_id_token_hint_to_redirect() {
        let shared = shared();
        let get = |path: &str| oidc(&shared, &request("GET", path, &[], "")).unwrap();
        let no_hint = get("/oidc/session/end?post_logout_redirect_uri=http://app/");
        assert_eq!(no_hint.status, 400);
        let forged = get("/oidc/session/end?id_token_hint=x&post_logout_redirect_uri=http://app/");
        assert_eq!(forged.status, 400);
        assert_eq!(get("/oidc/session/end").status, 200);
        assert!(oidc(&shared, &request("GET", "/oidc/other", &[], "")).is_none());
    }
}
