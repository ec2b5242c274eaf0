//! The application and its users on `/api/v3`: the check every end-user call gets
//! (`x-authing-app-id`, and a user access token when `authorization` carries one), the
//! application's client authentication (shared with the OIDC endpoints), password sign-in
//! (`POST /api/v3/signin`, connection `PASSWORD`) and sign-up (`POST /api/v3/signup`). Other
//! end-user endpoints answer their documented example (`api.rs`).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{Map, Value};

use super::tokens::Grant;
use super::{AppAuthMethod, EndUser, EndUserConfig};
use crate::failure::Failure;
use crate::record::RecordedRequest;
use crate::state::{lock, Shared};
use crate::store::Store;

const SIGN_IN_PATH: &str = "/api/v3/signin";
const SIGN_UP_PATH: &str = "/api/v3/signup";

/// The check of an end-user call: `x-authing-app-id` is the application's, and an
/// `authorization` header, when present, holds a live user access token issued here (raw, as
/// the official SDKs send it, or `Bearer <token>`); one that acts for a user (`user_token`)
/// must carry one. `Basic` credentials are left to the endpoints that authenticate the
/// application (sign-in).
pub(crate) fn check_call(
    shared: &Shared,
    request: &RecordedRequest,
    user_token: bool,
) -> Result<(), Failure> {
    let end_user = &shared.end_user;
    if request.header("x-authing-app-id") != Some(end_user.config.app_id.as_str()) {
        return Err(Failure::AppMismatch);
    }
    let Some(authorization) = request.header("authorization") else {
        return if user_token {
            Err(Failure::MissingToken)
        } else {
            Ok(())
        };
    };
    if user_token && basic(authorization).is_some() {
        return Err(Failure::MissingToken);
    }
    if basic(authorization).is_some() {
        return Ok(());
    }
    let token = bearer(authorization).unwrap_or(authorization).trim();
    if end_user.grants(|g| g.access(token).is_some()) {
        Ok(())
    } else {
        Err(Failure::BadToken)
    }
}

/// The token of `Bearer <token>` (the scheme in any case).
pub(crate) fn bearer(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The id and secret of `Basic base64(id:secret)`.
pub(crate) fn basic(authorization: &str) -> Option<(String, String)> {
    let (scheme, encoded) = authorization.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

/// Checks the application's credentials the way it is configured to send them: `id` and
/// `secret` from the body (`client_secret_post`; `none` needs the id only) or the `Basic`
/// `authorization` header (`client_secret_basic`). The error says what was missing or wrong.
pub(crate) fn authenticate_client(
    config: &EndUserConfig,
    authorization: Option<&str>,
    id: Option<&str>,
    secret: Option<&str>,
) -> Result<(), &'static str> {
    // A test double: plain comparisons (no timing side channel matters here).
    let same = |a: &str, b: &str| a == b;
    match config.auth_method {
        AppAuthMethod::ClientSecretBasic => {
            let (id, secret) = authorization
                .and_then(basic)
                .ok_or("client_secret_basic: no Basic authorization header")?;
            // RFC 6749 §2.3.1 form-encodes both before base64; the official SDKs do not.
            let decode = |s: &str| -> String {
                form_urlencoded::parse(format!("x={s}").as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            };
            let id_ok = same(&id, &config.app_id) || same(&decode(&id), &config.app_id);
            let secret_ok =
                same(&secret, &config.app_secret) || same(&decode(&secret), &config.app_secret);
            if id_ok && secret_ok {
                Ok(())
            } else {
                Err("client_secret_basic: wrong client id or secret")
            }
        }
        AppAuthMethod::ClientSecretPost => {
            let (Some(id), Some(secret)) = (id, secret) else {
                return Err("client_secret_post: client_id and client_secret must be in the body");
            };
            if same(id, &config.app_id) && same(secret, &config.app_secret) {
                Ok(())
            } else {
                Err("client_secret_post: wrong client_id or client_secret")
            }
        }
        AppAuthMethod::None => match id {
            Some(id) if same(id, &config.app_id) => Ok(()),
            Some(_) => Err("none: wrong client_id"),
            None => Err("none: client_id must be in the body"),
        },
    }
}

/// `signin` and `signup`, served with state (`None` for any other end-user endpoint).
pub(crate) fn serve(shared: &Shared, request: &RecordedRequest) -> Option<Result<Value, Failure>> {
    match (request.method.as_str(), request.path.as_str()) {
        ("POST", SIGN_IN_PATH) => Some(sign_in(shared, request)),
        ("POST", SIGN_UP_PATH) => Some(sign_up(shared, request)),
        _ => None,
    }
}

/// The JSON body's members.
fn members(request: &RecordedRequest) -> Result<Map<String, Value>, Failure> {
    match request.body_json() {
        Some(Value::Object(members)) => Ok(members),
        _ => Err(Failure::BadBody("not a JSON object".to_owned())),
    }
}

/// `connection` must be `PASSWORD` (the only one served with state) and `passwordPayload` an
/// object; returns the payload.
fn password_payload(body: &Map<String, Value>) -> Result<&Map<String, Value>, Failure> {
    if body.get("connection").and_then(Value::as_str) != Some("PASSWORD") {
        return Err(Failure::BadParam {
            name: "connection",
            why: "the local Authing serves only PASSWORD".to_owned(),
        });
    }
    match body.get("passwordPayload") {
        Some(Value::Object(payload)) => Ok(payload),
        _ => Err(Failure::MissingParam("passwordPayload")),
    }
}

fn text<'a>(members: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    members
        .get(name)
        .and_then(Value::as_str)
        .filter(|v| !v.is_empty())
}

/// The user an account identifier names: a `userId`, email, username or phone.
pub(crate) fn find_user<'a>(store: &'a Store, account: &str) -> Option<&'a Map<String, Value>> {
    ["user_id", "email", "username", "phone"]
        .iter()
        .find_map(|id_type| store.find(account, id_type))
        .map(|record| &record.user)
}

/// The user `account` names, if `password` is theirs.
pub(crate) fn check_password(
    shared: &Shared,
    account: &str,
    password: &str,
) -> Option<Map<String, Value>> {
    let user = find_user(&lock(&shared.store), account)?.clone();
    let id = super::tokens::user_id(&user)?;
    shared
        .end_user
        .password_matches(&id, password)
        .then_some(user)
}

/// `POST /api/v3/signin` with `PASSWORD`: the application's credentials (body or Basic), the
/// user named by `passwordPayload` (`email`, `username`, `phone` or `account`) and the password;
/// answers the token set (`expire_in`, as the docs show).
fn sign_in(shared: &Shared, request: &RecordedRequest) -> Result<Value, Failure> {
    let end_user: &EndUser = &shared.end_user;
    let body = members(request)?;
    authenticate_client(
        &end_user.config,
        request.header("authorization"),
        text(&body, "client_id"),
        text(&body, "client_secret"),
    )
    .map_err(Failure::BadClient)?;
    let payload = password_payload(&body)?;
    let password = text(payload, "password").ok_or(Failure::MissingParam("password"))?;
    let account = ["email", "username", "phone", "account"]
        .iter()
        .find_map(|field| text(payload, field))
        .ok_or(Failure::MissingParam("account"))?;
    let user = check_password(shared, account, password).ok_or(Failure::BadCredentials)?;
    let scope = body
        .get("options")
        .and_then(|o| o.get("scope"))
        .and_then(Value::as_str)
        .unwrap_or("openid profile");
    let mut answer = end_user.issue(&Grant {
        user: Some(&user),
        scope,
        nonce: None,
        refresh: true,
        id_token: true,
    });
    if let Some(answer) = answer.as_object_mut() {
        if let Some(expires_in) = answer.remove("expires_in") {
            answer.insert("expire_in".to_owned(), expires_in);
        }
    }
    Ok(answer)
}

/// `POST /api/v3/signup` with `PASSWORD`: a new user with the payload's `email` or `username`
/// (not taken) and password, and the `profile`'s `nickname`, `name`, `photo`, `company`.
fn sign_up(shared: &Shared, request: &RecordedRequest) -> Result<Value, Failure> {
    let body = members(request)?;
    let payload = password_payload(&body)?;
    let password = text(payload, "password").ok_or(Failure::MissingParam("password"))?;
    let mut user = Map::new();
    let mut store = lock(&shared.store);
    for (field, id_type) in [("email", "email"), ("username", "username")] {
        if let Some(value) = text(payload, field) {
            if store.find(value, id_type).is_some() {
                return Err(Failure::UserExists(field));
            }
            user.insert(field.to_owned(), value.into());
        }
    }
    if user.is_empty() {
        return Err(Failure::MissingParam("email"));
    }
    if let Some(Value::Object(profile)) = body.get("profile") {
        for field in ["name", "nickname", "photo", "company"] {
            if let Some(value) = text(profile, field) {
                user.insert(field.to_owned(), value.into());
            }
        }
    }
    let user = store
        .create(user, "register")
        .map_err(|e| Failure::BadBody(e.to_string()))?;
    drop(store);
    let id = user["userId"].as_str().unwrap_or_default().to_owned();
    shared.end_user.set_password(&id, password);
    Ok(user)
}
