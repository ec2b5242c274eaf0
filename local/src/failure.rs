//! Every failure the local server can answer with, and its statusCode, apiCode and message in
//! both languages. The codes are listed in the crate docs; nothing else decides them.

/// A request the server refuses, answered inside a normal HTTP 200 envelope.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Failure {
    /// A required parameter is absent or empty.
    MissingParam(&'static str),
    /// A parameter holds a value it cannot have.
    BadParam {
        name: &'static str,
        why: String,
    },
    /// The token call's body is not the expected JSON.
    BadBody(String),
    BadAccessKey,
    MissingToken,
    BadToken,
    /// A signed call whose access key or signature is wrong.
    BadSignature,
    UserpoolMismatch,
    UserNotFound,
    /// `create-user` names an identifier (the field) another user has.
    UserExists(&'static str),
    OtpNotBound,
    /// An end-user call whose `x-authing-app-id` is missing or not the application's.
    AppMismatch,
    /// The application's credentials (client id and secret, as its auth method sends them) are
    /// missing or wrong; says which.
    BadClient(&'static str),
    /// A sign-in whose account is unknown or whose password is wrong.
    BadCredentials,
    UnknownRoute {
        method: String,
        path: String,
    },
}

impl Failure {
    pub(crate) fn status_code(&self) -> i64 {
        match self {
            Failure::MissingParam(_)
            | Failure::BadParam { .. }
            | Failure::BadBody(_)
            | Failure::OtpNotBound
            | Failure::UserExists(_)
            | Failure::BadCredentials => 400,
            Failure::BadAccessKey
            | Failure::MissingToken
            | Failure::BadToken
            | Failure::BadSignature
            | Failure::BadClient(_) => 401,
            Failure::UserpoolMismatch | Failure::AppMismatch => 403,
            Failure::UserNotFound | Failure::UnknownRoute { .. } => 404,
        }
    }

    pub(crate) fn api_code(&self) -> Option<i64> {
        Some(match self {
            Failure::MissingParam(_) | Failure::BadParam { .. } | Failure::BadBody(_) => 1001,
            Failure::BadAccessKey => 1004,
            Failure::MissingToken => 1005,
            Failure::BadToken => 1006,
            Failure::UserpoolMismatch => 1007,
            Failure::BadSignature => 1008,
            Failure::UserNotFound => 2004,
            Failure::OtpNotBound => 2005,
            Failure::UserExists(_) => 2006,
            Failure::BadCredentials => 2333,
            Failure::AppMismatch => 1009,
            Failure::BadClient(_) => 1010,
            Failure::UnknownRoute { .. } => return None,
        })
    }

    /// The message, in English when `english`, else in Chinese.
    pub(crate) fn message(&self, english: bool) -> String {
        let (zh, en) = match self {
            Failure::MissingParam(name) => (
                format!("缺少参数 {name}"),
                format!("Missing parameter {name}"),
            ),
            Failure::BadParam { name, why } => (
                format!("参数 {name} 不合法：{why}"),
                format!("Invalid parameter {name}: {why}"),
            ),
            Failure::BadBody(why) => (
                format!("请求体不合法：{why}"),
                format!("Invalid request body: {why}"),
            ),
            Failure::BadAccessKey => (
                "accessKeyId 或 accessKeySecret 错误".to_owned(),
                "Wrong accessKeyId or accessKeySecret".to_owned(),
            ),
            Failure::MissingToken => (
                "缺少 authorization 请求头".to_owned(),
                "Missing authorization header".to_owned(),
            ),
            Failure::BadToken => (
                "token 无效或已过期".to_owned(),
                "Invalid or expired token".to_owned(),
            ),
            Failure::BadSignature => ("签名无效".to_owned(), "Invalid signature".to_owned()),
            Failure::UserpoolMismatch => (
                "x-authing-userpool-id 与 token 不符".to_owned(),
                "x-authing-userpool-id does not match the token".to_owned(),
            ),
            Failure::UserNotFound => ("用户不存在".to_owned(), "User does not exist".to_owned()),
            Failure::UserExists(field) => (
                format!("用户已存在：{field} 已被占用"),
                format!("User already exists: {field} is taken"),
            ),
            Failure::OtpNotBound => (
                "用户未绑定 OTP".to_owned(),
                "The user has no OTP bound".to_owned(),
            ),
            Failure::AppMismatch => (
                "x-authing-app-id 缺失或不是本应用".to_owned(),
                "x-authing-app-id is missing or not this application's".to_owned(),
            ),
            Failure::BadClient(why) => (
                format!("应用身份验证失败：{why}"),
                format!("Application authentication failed: {why}"),
            ),
            Failure::BadCredentials => (
                "账号或密码错误".to_owned(),
                "Wrong account or password".to_owned(),
            ),
            Failure::UnknownRoute { method, path } => (
                format!("接口不存在：{method} {path}"),
                format!("No such API: {method} {path}"),
            ),
        };
        if english {
            en
        } else {
            zh
        }
    }
}
