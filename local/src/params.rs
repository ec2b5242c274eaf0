//! Parameters of the served endpoints: what each one accepts (the table is generated from the
//! spec, `generated/params.rs`), which route a path is (a route's `{name}` segment matches any
//! segment), and the checks that turn a path's segments or a raw query into validated
//! arguments, or a JSON body into a checked one, or a `Failure` naming the parameter.

use serde_json::Value;

use crate::failure::Failure;

/// What values a parameter accepts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Text,
    Bool,
    /// Emitted for `integer` parameters (the current spec has none: its whole numbers are
    /// `number`).
    #[allow(dead_code)]
    Integer,
    Number,
    OneOf(&'static [&'static str]),
    /// A list: one `name=value` pair per item in a query, a JSON array in a body.
    List(&'static Kind),
    /// A JSON object (a data structure or a map).
    Object,
    /// Free-form JSON.
    Any,
}

/// One parameter of an endpoint.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Param {
    pub name: &'static str,
    pub required: bool,
    pub kind: Kind,
}

/// Where an endpoint's parameters go, and what they are.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EndpointParams {
    pub method: &'static str,
    pub path: &'static str,
    /// In a JSON body (else in the query string).
    pub in_body: bool,
    /// An end-user API endpoint (`AuthenticationClient`): called with `x-authing-app-id` and a
    /// user's token, not the management token.
    pub end_user: bool,
    /// An end-user endpoint that acts for a signed-in user: it takes the user's token only.
    pub user_token: bool,
    pub params: &'static [Param],
}

impl EndpointParams {
    /// Whether the parameter `name` fills a `{name}` segment of the route.
    pub(crate) fn in_path(&self, name: &str) -> bool {
        self.path
            .split('/')
            .any(|segment| placeholder(segment) == Some(name))
    }

    /// The parameters sent in the query or the body: all but the path's.
    pub(crate) fn sent(&self) -> impl Iterator<Item = &'static Param> + Clone + '_ {
        self.params.iter().filter(|p| !self.in_path(p.name))
    }
}

/// The entry of `table` (each with its method and route, as `route_of` gives them) that a call
/// at `method` and `path` (as it arrived) is for: a route written out in full first, else a
/// route with `{name}` segments.
pub(crate) fn find_route<T>(
    table: &'static [T],
    method: &str,
    path: &str,
    route_of: fn(&T) -> (&'static str, &'static str),
) -> Option<&'static T> {
    let of_method = || table.iter().filter(|e| route_of(e).0 == method);
    of_method()
        .find(|e| route_of(e).1 == path)
        .or_else(|| of_method().find(|e| route_matches(route_of(e).1, path)))
}

/// The name of a `{name}` segment.
fn placeholder(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// Whether `path` (as it arrived) is the route `route`: the same number of segments, each
/// `{name}` segment of the route matching any non-empty segment and every other segment equal.
pub(crate) fn route_matches(route: &str, path: &str) -> bool {
    let (mut route, mut path) = (route.split('/'), path.split('/'));
    loop {
        match (route.next(), path.next()) {
            (None, None) => return true,
            (Some(r), Some(p)) if r == p || (placeholder(r).is_some() && !p.is_empty()) => {}
            _ => return false,
        }
    }
}

/// The path parameters of a call to `endpoint` at `path` (as it arrived): each `{name}`
/// segment percent-decoded, UTF-8, not empty, `.` or `..`, and of the parameter's kind.
pub(crate) fn validate_path(endpoint: &EndpointParams, path: &str) -> Result<Args, Failure> {
    let mut args = Vec::new();
    for (route_segment, segment) in endpoint.path.split('/').zip(path.split('/')) {
        let Some(name) = placeholder(route_segment) else {
            continue;
        };
        let Some(param) = endpoint.params.iter().find(|p| p.name == name) else {
            continue;
        };
        let bad = |why: String| Failure::BadParam {
            name: param.name,
            why,
        };
        let value = percent_encoding::percent_decode_str(segment)
            .decode_utf8()
            .map_err(|_| bad("the path segment is not UTF-8 once percent-decoded".to_owned()))?;
        if matches!(&*value, "" | "." | "..") {
            return Err(bad(format!("{value:?} cannot be a path segment")));
        }
        check_text(&param.kind, &value).map_err(bad)?;
        args.push((param.name, value.into_owned()));
    }
    Ok(Args(args))
}

/// The parameters of the endpoint a call at `method` and `path` (as it arrived, still
/// percent-encoded) is for, if the spec has it: a route written out in full first, else a route
/// with `{name}` segments. A route both clients have (the official SDKs put `pub_user_event`
/// on both) is the end-user one when the call names an application (`x-authing-app-id`), else
/// the management one.
pub(crate) fn of_call(
    method: &str,
    path: &str,
    end_user_call: bool,
) -> Option<&'static EndpointParams> {
    let table = crate::generated::params::ENDPOINT_PARAMS;
    let route = find_route(table, method, path, |e| (e.method, e.path))?.path;
    let mut matching = table
        .iter()
        .filter(|e| e.method == method && e.path == route);
    let first = matching.next()?;
    Some(
        std::iter::once(first)
            .chain(matching)
            .find(|e| e.end_user == end_user_call)
            .unwrap_or(first),
    )
}

/// The validated arguments of one call (absent optional parameters are absent).
#[derive(Debug, Default)]
pub(crate) struct Args(Vec<(&'static str, String)>);

impl Args {
    /// These arguments and `more`.
    pub(crate) fn with(mut self, more: Args) -> Args {
        self.0.extend(more.0);
        self
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A boolean parameter: `true` only when sent as `true`.
    pub(crate) fn flag(&self, name: &str) -> bool {
        self.get(name) == Some("true")
    }
}

/// Checks `query` (decoded pairs) against `params`. Unknown parameters are ignored, as Authing
/// does; when a single-valued parameter repeats, the first value counts. A list parameter is
/// read as an Express-style server reads it: every `name=value` pair is one item (OpenAPI's
/// `form` style with `explode: true`, what the SDK and the official Python SDK send). A list
/// that arrives in another form is refused, naming the form: `name[]=` pairs (the Node SDK's
/// brackets) or an item holding a comma (a comma-joined list, which a real server reads as one
/// string; so this server takes no list item that really holds a comma).
pub(crate) fn validate<'p>(
    params: impl IntoIterator<Item = &'p Param>,
    query: &[(String, String)],
) -> Result<Args, Failure> {
    let mut args = Vec::new();
    for param in params {
        let values = query
            .iter()
            .filter(|(name, _)| name == param.name)
            .map(|(_, value)| value.as_str());
        let bad = |why: String| Failure::BadParam {
            name: param.name,
            why,
        };
        if let Kind::List(item) = param.kind {
            let bracketed = format!("{}[]", param.name);
            if query.iter().any(|(name, _)| *name == bracketed) {
                return Err(bad(format!(
                    "sent as `{bracketed}=`: a list is one `{}=` pair per item",
                    param.name
                )));
            }
            let items: Vec<&str> = values.filter(|v| !v.is_empty()).collect();
            if items.is_empty() {
                if param.required {
                    return Err(Failure::MissingParam(param.name));
                }
                continue;
            }
            for value in &items {
                if value.contains(',') {
                    return Err(bad(format!(
                        "{value:?} looks comma-joined: a list is one `{}=` pair per item",
                        param.name
                    )));
                }
                check_text(item, value).map_err(bad)?;
            }
            args.extend(items.into_iter().map(|v| (param.name, v.to_owned())));
            continue;
        }
        let value = match values.into_iter().next() {
            Some(v) if !v.is_empty() => v,
            _ if param.required => return Err(Failure::MissingParam(param.name)),
            _ => continue,
        };
        check_text(&param.kind, value).map_err(bad)?;
        args.push((param.name, value.to_owned()));
    }
    Ok(Args(args))
}

/// A single query value of `kind`, or why it is not one.
fn check_text(kind: &Kind, value: &str) -> Result<(), String> {
    match kind {
        Kind::Text | Kind::Any | Kind::Object => Ok(()),
        Kind::Bool if value == "true" || value == "false" => Ok(()),
        Kind::Bool => Err(format!("{value:?} is not true or false")),
        Kind::Integer if value.parse::<i64>().is_ok() => Ok(()),
        Kind::Integer => Err(format!("{value:?} is not an integer")),
        Kind::Number if value.parse::<f64>().is_ok() => Ok(()),
        Kind::Number => Err(format!("{value:?} is not a number")),
        Kind::OneOf(values) if values.contains(&value) => Ok(()),
        Kind::OneOf(values) => Err(format!("{value:?} is not one of {}", values.join(", "))),
        Kind::List(_) => Err(format!("{value:?} is a list item holding a list")),
    }
}

/// Checks a JSON body's top-level members against `params`: required ones present (not
/// `null`), every one present of its kind. Unknown members are ignored, as Authing does.
pub(crate) fn validate_body<'p>(
    params: impl IntoIterator<Item = &'p Param>,
    body: Option<&Value>,
) -> Result<(), Failure> {
    let params: Vec<&Param> = params.into_iter().collect();
    let empty = serde_json::Map::new();
    let members = match body {
        Some(Value::Object(members)) => members,
        None if params.iter().all(|p| !p.required) => &empty,
        _ => return Err(Failure::BadBody("not a JSON object".to_owned())),
    };
    for param in params {
        match members.get(param.name) {
            None | Some(Value::Null) if param.required => {
                return Err(Failure::MissingParam(param.name))
            }
            None | Some(Value::Null) => {}
            Some(value) => check_json(&param.kind, value).map_err(|why| Failure::BadParam {
                name: param.name,
                why,
            })?,
        }
    }
    Ok(())
}

/// A JSON value of `kind`, or why it is not one.
fn check_json(kind: &Kind, value: &Value) -> Result<(), String> {
    let fits = match (kind, value) {
        (Kind::Any, _) => true,
        (Kind::Text, Value::String(_)) | (Kind::Bool, Value::Bool(_)) => true,
        (Kind::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (Kind::Number, Value::Number(_)) | (Kind::Object, Value::Object(_)) => true,
        (Kind::OneOf(values), Value::String(s)) => {
            return match values.contains(&s.as_str()) {
                true => Ok(()),
                false => Err(format!("{s:?} is not one of {}", values.join(", "))),
            };
        }
        (Kind::List(item), Value::Array(items)) => {
            return items.iter().try_for_each(|v| check_json(item, v));
        }
        _ => false,
    };
    match fits {
        true => Ok(()),
        false => Err(format!("{} is not {}", short(value), expected(kind))),
    }
}

fn expected(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "a string",
        Kind::Bool => "true or false",
        Kind::Integer => "an integer",
        Kind::Number => "a number",
        Kind::OneOf(_) => "one of the enum's values",
        Kind::List(_) => "a list",
        Kind::Object => "an object",
        Kind::Any => "JSON",
    }
}

/// A value as shown in a failure: its JSON, cut short.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAMS: &[Param] = &[
        Param {
            name: "userId",
            required: true,
            kind: Kind::Text,
        },
        Param {
            name: "userIdType",
            required: false,
            kind: Kind::OneOf(&["user_id", "email"]),
        },
        Param {
            name: "withCustomData",
            required: false,
            kind: Kind::Bool,
        },
    ];

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn accepts_valid_and_names_the_bad_parameter() {
        let args = validate(
            PARAMS,
            &q(&[("userId", "u"), ("withCustomData", "true"), ("x", "y")]),
        )
        .unwrap();
        assert_eq!(args.get("userId"), Some("u"));
        assert!(args.flag("withCustomData"));
        assert_eq!(args.get("userIdType"), None);

        assert_eq!(
            validate(PARAMS, &q(&[])).unwrap_err(),
            Failure::MissingParam("userId")
        );
        assert_eq!(
            validate(PARAMS, &q(&[("userId", "")])).unwrap_err(),
            Failure::MissingParam("userId")
        );
        match validate(PARAMS, &q(&[("userId", "u"), ("userIdType", "mail")])) {
            Err(Failure::BadParam {
                name: "userIdType",
                why,
            }) => {
                assert_eq!(why, "\"mail\" is not one of user_id, email")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            validate(PARAMS, &q(&[("userId", "u"), ("withCustomData", "1")])),
            Err(Failure::BadParam {
                name: "withCustomData",
                ..
            })
        ));
    }

    #[test]
    fn lists_in_a_query_are_repeated_keys_checked_item_by_item() {
        const LIST: &[Param] = &[Param {
            name: "types",
            required: true,
            kind: Kind::List(&Kind::OneOf(&["a", "b"])),
        }];
        let args = validate(LIST, &q(&[("types", "a"), ("x", "1"), ("types", "b")])).unwrap();
        assert_eq!(
            args.0,
            [("types", "a".to_owned()), ("types", "b".to_owned())]
        );
        assert!(matches!(
            validate(LIST, &q(&[("types", "a"), ("types", "c")])),
            Err(Failure::BadParam { name: "types", .. })
        ));
        assert_eq!(
            validate(LIST, &q(&[("x", "1")])).unwrap_err(),
            Failure::MissingParam("types")
        );
    }

    #[test]
    fn a_list_in_another_form_is_refused_naming_the_form() {
        const LIST: &[Param] = &[Param {
            name: "userIds",
            required: false,
            kind: Kind::List(&Kind::Text),
        }];
        match validate(LIST, &q(&[("userIds", "u1,u2")])) {
            Err(Failure::BadParam {
                name: "userIds",
                why,
            }) => assert_eq!(
                why,
                "\"u1,u2\" looks comma-joined: a list is one `userIds=` pair per item"
            ),
            other => panic!("{other:?}"),
        }
        match validate(LIST, &q(&[("userIds[]", "u1"), ("userIds[]", "u2")])) {
            Err(Failure::BadParam {
                name: "userIds",
                why,
            }) => assert_eq!(
                why,
                "sent as `userIds[]=`: a list is one `userIds=` pair per item"
            ),
            other => panic!("{other:?}"),
        }
        assert!(validate(LIST, &q(&[])).unwrap().0.is_empty());
    }

    #[test]
    fn a_body_needs_its_required_members_of_the_right_kind() {
        const BODY: &[Param] = &[
            Param {
                name: "name",
                required: true,
                kind: Kind::Text,
            },
            Param {
                name: "limit",
                required: false,
                kind: Kind::Integer,
            },
            Param {
                name: "tags",
                required: false,
                kind: Kind::List(&Kind::OneOf(&["x"])),
            },
        ];
        let ok = serde_json::json!({"name": "n", "limit": 10, "tags": ["x"], "extra": 1});
        assert!(validate_body(BODY, Some(&ok)).is_ok());
        assert_eq!(
            validate_body(BODY, Some(&serde_json::json!({"limit": 1}))).unwrap_err(),
            Failure::MissingParam("name")
        );
        match validate_body(BODY, Some(&serde_json::json!({"name": "n", "limit": 1.5}))) {
            Err(Failure::BadParam { name: "limit", why }) => {
                assert_eq!(why, "1.5 is not an integer")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            validate_body(BODY, Some(&serde_json::json!({"name": "n", "tags": ["y"]}))),
            Err(Failure::BadParam { name: "tags", .. })
        ));
        assert!(matches!(
            validate_body(BODY, Some(&serde_json::json!([1]))),
            Err(Failure::BadBody(_))
        ));
    }

    const IP_LIST: EndpointParams = EndpointParams {
        method: "DELETE",
        path: "/api/v3/ip-list/{id}/{kind}",
        in_body: true,
        end_user: false,
        user_token: false,
        params: &[
            Param {
                name: "kind",
                required: true,
                kind: Kind::OneOf(&["ip", "user"]),
            },
            Param {
                name: "id",
                required: true,
                kind: Kind::Text,
            },
            Param {
                name: "reason",
                required: true,
                kind: Kind::Text,
            },
        ],
    };

    #[test]
    fn a_route_with_placeholders_matches_any_non_empty_segment_there() {
        let route = "/api/v3/ip-list/{id}/{kind}";
        assert!(route_matches(route, "/api/v3/ip-list/a%2Fb%3Fc%23d/ip"));
        assert!(route_matches(route, "/api/v3/ip-list/%2E%2E/ip"));
        assert!(
            !route_matches(route, "/api/v3/ip-list//ip"),
            "an empty segment"
        );
        assert!(
            !route_matches(route, "/api/v3/ip-list/a/b/ip"),
            "one segment more"
        );
        assert!(
            !route_matches(route, "/api/v3/ip-list/a"),
            "one segment less"
        );
        assert!(!route_matches(route, "/api/v3/ip-lists/a/ip"));
        assert!(route_matches("/api/v3/get-user", "/api/v3/get-user"));
        assert!(IP_LIST.in_path("id") && IP_LIST.in_path("kind") && !IP_LIST.in_path("reason"));
        let sent: Vec<&str> = IP_LIST.sent().map(|p| p.name).collect();
        assert_eq!(sent, ["reason"]);
    }

    #[test]
    fn path_values_are_decoded_and_checked_against_their_kind() {
        let args = validate_path(&IP_LIST, "/api/v3/ip-list/a%2Fb%3Fc%23d%20e/user").unwrap();
        assert_eq!(args.get("id"), Some("a/b?c#d e"));
        assert_eq!(args.get("kind"), Some("user"));
        match validate_path(&IP_LIST, "/api/v3/ip-list/x/host") {
            Err(Failure::BadParam { name: "kind", why }) => {
                assert_eq!(why, "\"host\" is not one of ip, user")
            }
            other => panic!("{other:?}"),
        }
        for dots in ["%2E%2E", ".", "%2e"] {
            let path = format!("/api/v3/ip-list/{dots}/ip");
            assert!(
                matches!(
                    validate_path(&IP_LIST, &path),
                    Err(Failure::BadParam { name: "id", .. })
                ),
                "{path}"
            );
        }
        assert!(matches!(
            validate_path(&IP_LIST, "/api/v3/ip-list/%FF/ip"),
            Err(Failure::BadParam { name: "id", .. })
        ));
    }
}
