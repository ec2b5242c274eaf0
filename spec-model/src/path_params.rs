//! Path parameters: the `{name}` placeholders of an endpoint's `http.path` and the rules that tie
//! them to its `in: path` parameters (one parameter per placeholder and one placeholder per
//! parameter, each required and a scalar: a string, an integer or an enum). Validation calls
//! [`check`]; the generator splits a path with [`segments`]. Nothing is emitted here.

use std::collections::BTreeSet;
use std::path::Path;

use crate::error::SpecError;
use crate::spec::Endpoint;
use crate::types::TypeExpr;
use crate::validate::CheckedField;

/// A piece of a path: literal text, or a placeholder to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Sent as it is.
    Literal(&'a str),
    /// `{name}`: filled with the value of the parameter `name`, percent-encoded.
    Placeholder(&'a str),
}

/// Splits `path` into literal text and placeholders, in order
/// (`/api/v3/ip-list/{id}` -> `/api/v3/ip-list/`, `{id}`). A `{` without its `}`, a `}` without
/// its `{`, or a placeholder that is empty or holds `/` is an error saying so.
pub fn segments(path: &str) -> Result<Vec<Segment<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = path;
    loop {
        let literal_end = rest.find('{').unwrap_or(rest.len());
        let literal = &rest[..literal_end];
        if literal.contains('}') {
            return Err(format!("path `{path}` has a `}}` without its `{{`"));
        }
        if !literal.is_empty() {
            out.push(Segment::Literal(literal));
        }
        let Some(after) = rest.get(literal_end + 1..) else {
            return Ok(out);
        };
        let end = after
            .find(['{', '}'])
            .filter(|&i| after.as_bytes()[i] == b'}')
            .ok_or_else(|| format!("path `{path}` has a `{{` without its `}}`"))?;
        let name = &after[..end];
        if name.is_empty() || name.contains('/') {
            return Err(format!(
                "path `{path}` has a placeholder `{{{name}}}` that is empty or holds `/`"
            ));
        }
        out.push(Segment::Placeholder(name));
        rest = &after[end + 1..];
    }
}

/// The placeholder names of `path`, in order (none when the path is malformed).
pub fn placeholders(path: &str) -> Vec<&str> {
    segments(path)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| match s {
            Segment::Placeholder(name) => Some(name),
            Segment::Literal(_) => None,
        })
        .collect()
}

/// Checks an endpoint's placeholders against its parameters: the path is well formed, its
/// placeholder names are unique, each has exactly one `in: path` parameter of that name and each
/// such parameter has its placeholder, and path parameters are required scalars (`is_enum` says
/// which type names are enums).
pub(crate) fn check(
    file: &Path,
    item: &Endpoint,
    params: &[CheckedField],
    is_enum: &dyn Fn(&str) -> bool,
    errors: &mut Vec<SpecError>,
) {
    let path = &item.http.path;
    let segments = match segments(&path.value) {
        Ok(segments) => segments,
        Err(message) => {
            errors.push(SpecError::at(file, path.referenced, message));
            return;
        }
    };
    let mut names = BTreeSet::new();
    for segment in segments {
        let Segment::Placeholder(name) = segment else {
            continue;
        };
        if !names.insert(name) {
            errors.push(SpecError::at(
                file,
                path.referenced,
                format!("path placeholder `{{{name}}}` appears twice"),
            ));
            continue;
        }
        match item.params.iter().find(|p| p.name.value == name) {
            Some(param) if param.in_path() => {}
            Some(param) => errors.push(SpecError::at(
                file,
                param.name.referenced,
                format!(
                    "parameter `{name}` fills the path placeholder `{{{name}}}`: mark it \
                     `in: path`"
                ),
            )),
            None => errors.push(SpecError::at(
                file,
                path.referenced,
                format!(
                    "path placeholder `{{{name}}}` has no parameter: add `{name}` with \
                     `in: path`, `required: true`"
                ),
            )),
        }
    }
    for param in params.iter().filter(|p| p.def.in_path()) {
        let def = &param.def;
        let at = def
            .location
            .as_ref()
            .map_or(def.name.referenced, |l| l.referenced);
        let name = &def.name.value;
        if !names.contains(name.as_str()) {
            errors.push(SpecError::at(
                file,
                at,
                format!(
                    "parameter `{name}` is `in: path` but the path `{}` has no `{{{name}}}`",
                    path.value
                ),
            ));
        }
        if !def.required {
            errors.push(SpecError::at(
                file,
                at,
                format!("path parameter `{name}` must be `required: true`"),
            ));
        }
        let scalar = match &param.ty {
            TypeExpr::String | TypeExpr::Integer => true,
            TypeExpr::Named(n) => is_enum(n),
            _ => false,
        };
        if !scalar {
            errors.push(SpecError::at(
                file,
                def.ty.referenced,
                format!(
                    "path parameter `{name}` has type `{}`; a path segment holds a string, an \
                     integer or an enum",
                    param.ty
                ),
            ));
        }
    }
}

/// Struct fields have no place on the wire of their own: `in` is for endpoint parameters.
pub(crate) fn check_not_in_struct(
    file: &Path,
    fields: &[crate::spec::Field],
    errors: &mut Vec<SpecError>,
) {
    for field in fields {
        if let Some(location) = &field.location {
            errors.push(SpecError::at(
                file,
                location.referenced,
                format!(
                    "field `{}` has `in`, which only endpoint parameters have",
                    field.name.value
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_path_into_literals_and_placeholders() {
        use Segment::*;
        assert_eq!(
            segments("/api/v3/ip-list/{id}").unwrap(),
            [Literal("/api/v3/ip-list/"), Placeholder("id")]
        );
        assert_eq!(
            segments("/a/{x}/b/{y}.json").unwrap(),
            [
                Literal("/a/"),
                Placeholder("x"),
                Literal("/b/"),
                Placeholder("y"),
                Literal(".json")
            ]
        );
        assert_eq!(segments("/a").unwrap(), [Literal("/a")]);
        assert_eq!(placeholders("/a/{x}/{y}"), ["x", "y"]);
    }

    #[test]
    fn malformed_placeholders_are_errors_naming_the_problem() {
        for (path, says) in [
            ("/a/{id", "without its `}`"),
            ("/a/id}", "without its `{`"),
            ("/a/{}", "empty"),
            ("/a/{x/y}", "holds `/`"),
            ("/a/{x{y}}", "without its `}`"),
        ] {
            let e = segments(path).unwrap_err();
            assert!(e.contains(says), "{path}: {e}");
        }
    }
}
