//! The request path: record, let the test's hook answer, else answer an OIDC endpoint (without
//! the envelope, `end_user/oidc.rs`), or check and route to the token call, one of the user
//! endpoints, sign-in or sign-up (`end_user/`), or the documented example response of any other
//! documented endpoint, and wrap the outcome in Authing's envelope. End-user endpoints are
//! checked against the application (`x-authing-app-id`, a user token when sent) instead of the
//! management token.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use serde_json::{json, Value};

use crate::failure::Failure;
use crate::hook::Reply;
use crate::params::{self, Args};
use crate::record::RecordedRequest;
use crate::signature;
use crate::state::{lock, Shared};
use crate::store::{Store, UserRecord};

/// Path of the token call.
const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// Path of the one body (POST) endpoint served with state.
const CREATE_USER_PATH: &str = "/api/v3/create-user";

/// Request bodies above this size are refused.
const MAX_BODY: usize = 1 << 20;

/// An endpoint served from the user store (its parameters are checked from the generated
/// table first, like every endpoint's).
struct Served {
    path: &'static str,
    serve: fn(&Store, &Args) -> Result<Value, Failure>,
}

const SERVED: &[Served] = &[
    Served {
        path: "/api/v3/get-user",
        serve: get_user,
    },
    Served {
        path: "/api/v3/get-user-identities",
        serve: |store, args| Ok(lookup(store, args)?.identities.clone()),
    },
    Served {
        path: "/api/v3/get-otp-secret-by-user",
        serve: |store, args| lookup(store, args)?.otp.clone().ok_or(Failure::OtpNotBound),
    },
];

/// Every request lands here.
pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request<Body>) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY).await;
    let request = RecordedRequest::new(&parts, body.as_deref().unwrap_or_default());
    let seq = shared.record(request.clone());
    let reply = shared.intercepted(&request).unwrap_or_else(Reply::usual);
    reply.wait().await;
    if let Some(custom) = reply.custom() {
        return reply.deliver(custom.status, &custom.content_type, custom.body.clone());
    }
    // The OIDC endpoints answer without the envelope (plain JSON, OAuth errors, redirects).
    if body.is_ok() {
        if let Some(answer) = crate::end_user::oidc(&shared, &request) {
            shared.answered(seq, i64::from(answer.status));
            let mut reply = reply;
            for (name, value) in answer.headers {
                reply = reply.header(name, value);
            }
            return reply.deliver(answer.status, answer.content_type, answer.body);
        }
    }
    let outcome = match body {
        Ok(_) => route(&shared, &request),
        Err(e) => Err(Failure::BadBody(e.to_string())),
    };
    let english = request
        .header("x-authing-lang")
        .is_some_and(|lang| lang.to_ascii_lowercase().starts_with("en"));
    let request_id = shared.next_request_id();
    let envelope = match outcome {
        Ok(data) => json!({
            "statusCode": 200,
            "message": if english { "Success" } else { "操作成功" },
            "requestId": request_id,
            "data": data,
        }),
        Err(failure) => {
            let mut envelope = json!({
                "statusCode": failure.status_code(),
                "message": failure.message(english),
                "requestId": request_id,
            });
            if let Some(code) = failure.api_code() {
                envelope["apiCode"] = code.into();
            }
            envelope
        }
    };
    shared.answered(seq, envelope["statusCode"].as_i64().unwrap_or_default());
    reply.deliver(200, "application/json", envelope.to_string().into_bytes())
}

fn route(shared: &Shared, request: &RecordedRequest) -> Result<Value, Failure> {
    if request.method == "POST" && request.path == TOKEN_PATH {
        return issue_token(shared, request);
    }
    let unknown = || Failure::UnknownRoute {
        method: request.method.clone(),
        path: request.path.clone(),
    };
    let end_user_call = request.header("x-authing-app-id").is_some();
    let endpoint =
        params::of_call(&request.method, &request.path, end_user_call).ok_or_else(unknown)?;
    // End-user endpoints are the application's (and its users'), not the management token's.
    if endpoint.end_user {
        crate::end_user::check_call(shared, request, endpoint.user_token)?;
    } else {
        authorize(shared, request)?;
    }
    let (query, body) = (request.query_pairs(), request.body_json());
    let path_args = params::validate_path(endpoint, &request.path)?;
    let args = if endpoint.in_body {
        params::validate_body(endpoint.sent(), body.as_ref())?;
        Args::default()
    } else {
        params::validate(endpoint.sent(), &query)?
    };
    let args = args.with(path_args);
    if endpoint.end_user {
        if let Some(result) = crate::end_user::serve(shared, request) {
            return result;
        }
    }
    if let Some(result) = crate::events::published(shared, request) {
        return result;
    }
    if request.path == CREATE_USER_PATH {
        return create_user(&mut lock(&shared.store), request);
    }
    if let Some(served) = SERVED.iter().find(|s| s.path == request.path) {
        return (served.serve)(&lock(&shared.store), &args);
    }
    // Any other endpoint: the `data` of its documented example response (the server keeps no
    // state for these), or of the answer made from the spec when no source gives an example.
    let mut envelope = crate::example_envelope(&request.method, &request.path)
        .or_else(|| crate::made_envelope(&request.method, &request.path))
        .ok_or_else(unknown)?;
    let data = envelope
        .get_mut("data")
        .map(Value::take)
        .unwrap_or(Value::Null);
    // A listing called with `page` and `limit` answers that page (see `paging.rs`).
    let page = crate::paging::requested(&query, body.as_ref())
        .and_then(|asked| crate::paging::page_of(&data, asked, shared.config.list_total));
    Ok(page.unwrap_or(data))
}

/// The token call: checks the access key in the JSON body and issues a token.
fn issue_token(shared: &Shared, request: &RecordedRequest) -> Result<Value, Failure> {
    let body = request
        .body_json()
        .ok_or_else(|| Failure::BadBody("not JSON".to_owned()))?;
    let field = |name: &'static str| match body.get(name) {
        Some(Value::String(value)) if !value.is_empty() => Ok(value.as_str()),
        Some(Value::String(_)) | None => Err(Failure::MissingParam(name)),
        Some(_) => Err(Failure::BadParam {
            name,
            why: "not a string".to_owned(),
        }),
    };
    let (id, secret) = (field("accessKeyId")?, field("accessKeySecret")?);
    let config = &shared.config;
    if id != config.access_key_id || secret != config.access_key_secret {
        return Err(Failure::BadAccessKey);
    }
    let token = lock(&shared.tokens).issue(&config.userpool_id, config.token_lifetime);
    Ok(json!({
        "access_token": token,
        "expires_in": config.token_lifetime.as_secs(),
    }))
}

/// Checks the bearer token and the userpool header of an API call, or its signature.
fn authorize(shared: &Shared, request: &RecordedRequest) -> Result<(), Failure> {
    let authorization = request.header("authorization");
    if let Some((key_id, signature)) = authorization.and_then(signature::parse) {
        let config = &shared.config;
        let valid = key_id == config.access_key_id
            && signature::verify(request, &config.access_key_secret, signature);
        return if valid {
            Ok(())
        } else {
            Err(Failure::BadSignature)
        };
    }
    let token = authorization
        .and_then(|value| {
            let (scheme, token) = value.split_once(' ')?;
            scheme
                .eq_ignore_ascii_case("bearer")
                .then_some(token.trim())
        })
        .ok_or(Failure::MissingToken)?;
    if !lock(&shared.tokens).is_valid(token) {
        return Err(Failure::BadToken);
    }
    if request.header("x-authing-userpool-id") != Some(shared.config.userpool_id.as_str()) {
        return Err(Failure::UserpoolMismatch);
    }
    Ok(())
}

fn lookup<'a>(store: &'a Store, args: &Args) -> Result<&'a UserRecord, Failure> {
    let id = args.get("userId").unwrap_or_default();
    let id_type = args.get("userIdType").unwrap_or("user_id");
    store.find(id, id_type).ok_or(Failure::UserNotFound)
}

/// `get-user`: the user, without the members its flags did not ask for.
fn get_user(store: &Store, args: &Args) -> Result<Value, Failure> {
    let mut user = lookup(store, args)?.user.clone();
    for (flag, member) in [
        ("withCustomData", "customData"),
        ("withIdentities", "identities"),
        ("withDepartmentIds", "departmentIds"),
    ] {
        if !args.flag(flag) {
            user.remove(member);
        }
    }
    Ok(Value::Object(user))
}

/// `create-user`: a new user from the JSON body, which must name at least one of `email`,
/// `phone`, `username` or `externalId`, none of them taken by another user.
fn create_user(store: &mut Store, request: &RecordedRequest) -> Result<Value, Failure> {
    let Some(Value::Object(body)) = request.body_json() else {
        return Err(Failure::BadBody("not a JSON object".to_owned()));
    };
    let mut user = serde_json::Map::new();
    let mut named = false;
    for (field, id_type) in [
        ("email", "email"),
        ("phone", "phone"),
        ("username", "username"),
        ("externalId", "external_id"),
    ] {
        match body.get(field) {
            Some(Value::String(value)) if !value.is_empty() => {
                if store.find(value, id_type).is_some() {
                    return Err(Failure::UserExists(field));
                }
                user.insert(field.to_owned(), value.clone().into());
                named = true;
            }
            None | Some(Value::Null) => {}
            Some(_) => {
                return Err(Failure::BadParam {
                    name: field,
                    why: "not a string".to_owned(),
                })
            }
        }
    }
    if !named {
        return Err(Failure::MissingParam("username"));
    }
    for field in ["name", "nickname", "photo", "company"] {
        if let Some(Value::String(value)) = body.get(field) {
            user.insert(field.to_owned(), value.clone().into());
        }
    }
    store
        .create(user, "adminCreated")
        .map_err(|e| Failure::BadBody(e.to_string()))
}
