//! Query parameters of the served endpoints: what each one accepts, and the check that turns a
//! raw query into validated arguments or a `Failure` naming the parameter.

use crate::failure::Failure;

/// What values a parameter accepts.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Text,
    Bool,
    OneOf(&'static [&'static str]),
}

/// One query parameter of an endpoint.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Param {
    pub name: &'static str,
    pub required: bool,
    pub kind: Kind,
}

/// The validated arguments of one call (absent optional parameters are absent).
#[derive(Debug, Default)]
pub(crate) struct Args(Vec<(&'static str, String)>);

impl Args {
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
/// does; when a parameter repeats, the first value counts.
pub(crate) fn validate(params: &[Param], query: &[(String, String)]) -> Result<Args, Failure> {
    let mut args = Vec::with_capacity(params.len());
    for param in params {
        let value = query
            .iter()
            .find(|(name, _)| name == param.name)
            .map(|(_, value)| value.as_str());
        let value = match value {
            Some(v) if !v.is_empty() => v,
            _ if param.required => return Err(Failure::MissingParam(param.name)),
            _ => continue,
        };
        let bad = |why: String| Failure::BadParam {
            name: param.name,
            why,
        };
        match param.kind {
            Kind::Text => {}
            Kind::Bool if value == "true" || value == "false" => {}
            Kind::Bool => return Err(bad(format!("{value:?} is not true or false"))),
            Kind::OneOf(values) if values.contains(&value) => {}
            Kind::OneOf(values) => {
                return Err(bad(format!(
                    "{value:?} is not one of {}",
                    values.join(", ")
                )))
            }
        }
        args.push((param.name, value.to_owned()));
    }
    Ok(Args(args))
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
}
