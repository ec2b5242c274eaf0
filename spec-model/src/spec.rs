//! The spec's file formats as serde types: the one contract between the importer (which writes
//! them) and the generator (which reads them). No validation or Rust naming lives here.
//!
//! Layout of a spec directory:
//! - `endpoints/<group>/<method_name>.yaml`: one [`Endpoint`] per file;
//! - `types/<TypeName>.yaml`: one [`TypeDef`] per file (a struct or a string enum).
//!
//! Values that validation must point at are [`Spanned`], so an error can name the file, line and
//! column. `Spanned` serialises as its bare value, so the importer writes plain YAML.

use serde::{Deserialize, Serialize};
pub use serde_saphyr::Spanned;

/// A value with its source position (line and column in the YAML file it came from).
pub type S<T> = Spanned<T>;

/// The module name of the types several groups share (`types/common.rs`): no group may take it.
pub const SHARED_GROUP: &str = "common";

/// Wraps a value with no source position (for specs built in memory, e.g. by the importer).
pub fn unspanned<T>(value: T) -> S<T> {
    Spanned::new(
        value,
        serde_saphyr::Location::UNKNOWN,
        serde_saphyr::Location::UNKNOWN,
    )
}

/// One API method, e.g. `get_user`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// The docs' snake_case method name (`ManagementClient.<name>`); also the Rust method name.
    /// Unique per client.
    pub name: S<String>,
    /// The SDK client the method is on (management when absent).
    #[serde(default, skip_serializing_if = "Client::is_management")]
    pub client: Client,
    /// Whether an end-user endpoint takes a signed-in user's access token (see [`UserToken`]).
    #[serde(default, skip_serializing_if = "UserToken::is_none")]
    pub user_token: UserToken,
    /// The docs group (an ASCII slug such as `users`); one generated module per group.
    pub group: S<String>,
    /// The page title, one line.
    pub summary: String,
    /// The page's description paragraph(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the facts came from: a docs page path relative to the docs root (or a page made
    /// from another source: `<folder>/openapi#<operationId>`, `<folder>/node-sdk#<method>`).
    pub source: String,
    /// The official SDKs' names of this route where they differ from `name` (Python
    /// `verify_event`, Node `verifyEvent`): the generated method carries a doc alias for each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub official_names: Vec<String>,
    /// HTTP method and path (the pages do not state them; they come from the routes table).
    pub http: Http,
    /// Whether a retry after the request reached the server is safe. GET is always retried;
    /// other methods only when this is true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub idempotent: bool,
    /// Paging as a reviewed override says, where the generator's rule is wrong (see
    /// [`Paging`]); absent: the rule decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
    /// Request parameters, in docs order. Where they go follows [`Http::params_in`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Field>,
    /// The response envelope and its `data`.
    pub response: Response,
    /// A documented example response (the whole envelope, as JSON text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example_response: Option<String>,
}

/// Whether an end-user call acts for a signed-in user.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UserToken {
    /// The application's call (sign-in, QR codes): on `AuthenticationClient`.
    #[default]
    None,
    /// The user's call: it needs the user's access token, so it is on `UserSession`.
    Required,
    /// Both: made before sign-in by the application and after it for the user (sending a
    /// verification code): on both.
    Optional,
}

impl UserToken {
    pub fn is_none(&self) -> bool {
        *self == UserToken::None
    }
}

/// Paging set by an override: `false` (not paged, whatever the rule finds), `true` (paged by
/// the rule's names), or the wire names of the answer's list and total (`{list: data, total:
/// totalCount}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Paging {
    /// Paged (with the rule's names) or not at all.
    Marked(bool),
    /// Paged, with the list (and total) under these wire names.
    Fields {
        list: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<String>,
    },
}

/// HTTP method, path and where parameters go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Http {
    pub method: S<HttpMethod>,
    /// The path below the host. A `{name}` placeholder is filled by the parameter `name` marked
    /// `in: path` (see [`Field::location`]): `/api/v3/ip-list/{id}`.
    pub path: S<String>,
    pub params_in: S<ParamsIn>,
}

/// The SDK client an endpoint is a method of.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    /// `ManagementClient`: the Management API, called with a management token.
    #[default]
    Management,
    /// `AuthenticationClient`: the end-user API, called for an application (and a signed-in
    /// user).
    Authentication,
}

impl Client {
    /// The spelling in the spec and the routes table: `management` or `authentication`.
    pub fn as_str(self) -> &'static str {
        match self {
            Client::Management => "management",
            Client::Authentication => "authentication",
        }
    }

    /// The client of a spelling in the spec or the routes table.
    pub fn parse(text: &str) -> Option<Client> {
        match text {
            "management" => Some(Client::Management),
            "authentication" => Some(Client::Authentication),
            _ => None,
        }
    }

    /// Whether this is the management client (the spec's default, left unwritten).
    pub fn is_management(&self) -> bool {
        *self == Client::Management
    }

    /// The Rust client type's name: `ManagementClient` or `AuthenticationClient`.
    pub fn type_name(self) -> &'static str {
        match self {
            Client::Management => "ManagementClient",
            Client::Authentication => "AuthenticationClient",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
        }
    }
}

/// Where request parameters are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamsIn {
    /// Percent-encoded in the query string.
    Query,
    /// As one JSON object in the request body.
    Body,
}

impl ParamsIn {
    /// The spelling in the spec and the routes table: `query` or `body`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamsIn::Query => "query",
            ParamsIn::Body => "body",
        }
    }
}

/// The response: the envelope's docs name and the type of its `data` member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The docs' name for the envelope type, e.g. `UserSingleRespDto` (informational).
    pub envelope: String,
    /// The type of `data`, as a type expression (see [`crate::types::TypeExpr`]); absent when the
    /// envelope carries no data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<S<String>>,
}

/// A named value: a request parameter or a struct field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The wire name, exactly as sent in JSON or the query string.
    pub name: S<String>,
    /// A type expression: `string`, `integer`, `number`, `boolean`, `json` (free-form JSON),
    /// `TypeName` (a type in `types/`), `array<T>` or `map<T>` (JSON object with string keys).
    #[serde(rename = "type")]
    pub ty: S<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Default value the server applies when the parameter is omitted (documentation only: the
    /// SDK never sends it implicitly). Must be a valid value of the type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<S<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<serde_json::Value>,
    /// The value is a credential (e.g. an OTP secret): the SDK redacts it from `Debug`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub secret: bool,
    /// An endpoint parameter that goes somewhere other than where [`Http::params_in`] says:
    /// `in: path` fills the `{name}` placeholder of [`Http::path`] (required, a scalar). Absent
    /// for every other parameter and for struct fields.
    #[serde(rename = "in", default, skip_serializing_if = "Option::is_none")]
    pub location: Option<S<ParamLocation>>,
}

impl Field {
    /// Whether this parameter fills a placeholder of the endpoint's path (`in: path`).
    pub fn in_path(&self) -> bool {
        self.location
            .as_ref()
            .is_some_and(|l| l.value == ParamLocation::Path)
    }
}

/// Where a parameter goes when not where [`Http::params_in`] says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParamLocation {
    /// In the path: the value fills the `{name}` placeholder, percent-encoded.
    Path,
}

/// A named type: a struct with fields or a string enum with values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    /// The docs' DTO name (structs) or a stable readable name (enums); also the Rust name.
    pub name: S<String>,
    pub kind: S<TypeKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Docs pages this type was read from, relative to the docs root.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Struct fields (only for `kind: struct`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Field>,
    /// Enum values (only for `kind: enum`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<EnumValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TypeKind {
    Struct,
    Enum,
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The wire value.
    pub value: S<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}
