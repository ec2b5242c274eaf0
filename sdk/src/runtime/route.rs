//! Filling a route's `{name}` placeholders (`/api/v3/ip-list/{id}`) with path parameter values,
//! so that no value can change the route: every byte outside RFC 3986's unreserved characters
//! (`A-Z a-z 0-9 - . _ ~`) is percent-encoded (`/` `?` `#` `%` and spaces included), and a
//! value that would make its segment empty, `.` or `..` is refused before anything is sent.
//! Encoding cannot save those three: an empty segment is another route, and URL parsers (the
//! WHATWG URL standard, which `reqwest`'s `url` follows) read `%2E` and `%2E%2E` as `.` and `..`
//! and remove them with the segment before. The route, not the filled path, is what errors and
//! logs name, so a value (a secret one included) never appears in them.

use percent_encoding::utf8_percent_encode;

use super::Method;
use crate::Error;

/// `route` with each `{name}` replaced by the percent-encoded value named `name` in `values`.
/// A placeholder without a value, a value for no placeholder, a malformed placeholder or a
/// value that would leave its segment empty, `.` or `..` is [`Error::InvalidRequest`] naming
/// it (never the value).
pub fn fill(
    method: Method,
    route: &'static str,
    values: &[(&str, String)],
) -> Result<String, Error> {
    let refuse = |reason: String| Error::InvalidRequest {
        method: method.as_str(),
        path: route,
        reason,
    };
    let capacity = route.len() + values.iter().map(|(_, v)| 3 * v.len()).sum::<usize>();
    let mut filled = String::with_capacity(capacity);
    let mut used = vec![false; values.len()];
    for segment in route.split('/') {
        let start = filled.len();
        let mut rest = segment;
        let mut names = Vec::new();
        while let Some(open) = rest.find('{') {
            let Some(len) = rest[open..].find('}') else {
                return Err(refuse("a `{` without its `}`".to_owned()));
            };
            filled.push_str(&rest[..open]);
            let name = &rest[open + 1..open + len];
            let Some(index) = values.iter().position(|(n, _)| *n == name) else {
                return Err(refuse(format!("no value for the path parameter `{name}`")));
            };
            used[index] = true;
            filled.extend(utf8_percent_encode(
                &values[index].1,
                crate::transport::QUERY,
            ));
            names.push(name);
            rest = &rest[open + len + 1..];
        }
        if rest.contains('}') {
            return Err(refuse("a `}` without its `{`".to_owned()));
        }
        filled.push_str(rest);
        if let Some(name) = names.first() {
            if is_empty_or_dots(&filled[start..]) {
                return Err(refuse(format!(
                    "the path parameter `{name}` would make its path segment empty, `.` or `..`, \
                     which changes the route (percent-encoding does not help: `%2E` is read as \
                     `.`)"
                )));
            }
        }
        filled.push('/');
    }
    filled.pop();
    if let Some((name, _)) = values
        .iter()
        .zip(&used)
        .find(|(_, used)| !**used)
        .map(|(v, _)| v)
    {
        return Err(refuse(format!(
            "a value for the path parameter `{name}`, which the path has no `{{{name}}}` for"
        )));
    }
    Ok(filled)
}

/// Whether a path segment is empty or a dot segment (`.`, `..`, or those with a dot written as
/// `%2E`/`%2e`), which URL parsers resolve away.
fn is_empty_or_dots(segment: &str) -> bool {
    let plain = segment.to_ascii_lowercase().replace("%2e", ".");
    matches!(plain.as_str(), "" | "." | "..")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(route: &'static str, values: &[(&str, &str)]) -> String {
        let values: Vec<(&str, String)> = values.iter().map(|(n, v)| (*n, v.to_string())).collect();
        fill(Method::Get, route, &values).unwrap()
    }

    fn refused(route: &'static str, values: &[(&str, &str)]) -> String {
        let values: Vec<(&str, String)> = values.iter().map(|(n, v)| (*n, v.to_string())).collect();
        match fill(Method::Delete, route, &values) {
            Err(Error::InvalidRequest {
                method,
                path,
                reason,
            }) => {
                assert_eq!((method, path), ("DELETE", route));
                reason
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_value_never_changes_the_route() {
        assert_eq!(
            ok("/api/v3/ip-list/{id}", &[("id", "a/b?c#d")]),
            "/api/v3/ip-list/a%2Fb%3Fc%23d"
        );
        assert_eq!(
            ok("/api/v3/ip-list/{id}", &[("id", "100% sure ../x")]),
            "/api/v3/ip-list/100%25%20sure%20..%2Fx"
        );
        assert_eq!(
            ok("/api/v3/ip-list/{id}", &[("id", "名字")]),
            "/api/v3/ip-list/%E5%90%8D%E5%AD%97"
        );
        assert_eq!(
            ok("/api/v3/ip-list/{id}", &[("id", "a-b.c_d~e")]),
            "/api/v3/ip-list/a-b.c_d~e"
        );
        assert_eq!(
            ok("/api/v3/ip-list/{id}", &[("id", "...")]),
            "/api/v3/ip-list/..."
        );
    }

    #[test]
    fn several_placeholders_in_any_order_and_a_route_without_any() {
        assert_eq!(
            ok("/api/{a}/x/{b}.json", &[("b", "2"), ("a", "1")]),
            "/api/1/x/2.json"
        );
        assert_eq!(ok("/api/v3/get-user", &[]), "/api/v3/get-user");
        assert_eq!(ok("/api/v3/list/", &[]), "/api/v3/list/");
    }

    #[test]
    fn a_value_that_would_empty_or_dot_its_segment_is_refused() {
        for value in ["", ".", ".."] {
            let reason = refused("/api/v3/ip-list/{id}", &[("id", value)]);
            assert!(
                reason.contains("path parameter `id` would make its path segment"),
                "{reason}"
            );
        }
        // Two placeholders making `..` between them.
        let reason = refused("/api/{a}{b}/x", &[("a", "."), ("b", ".")]);
        assert!(reason.contains("`a`"), "{reason}");
    }

    #[test]
    fn a_missing_or_unknown_value_is_refused_naming_it() {
        let reason = refused("/api/v3/ip-list/{id}", &[]);
        assert_eq!(reason, "no value for the path parameter `id`");
        let reason = refused("/api/v3/ip-list/{id}", &[("id", "1"), ("ids", "2")]);
        assert_eq!(
            reason,
            "a value for the path parameter `ids`, which the path has no `{ids}` for"
        );
        assert!(refused("/api/v3/{id", &[("id", "1")]).contains("without its `}`"));
        assert!(refused("/api/v3/id}", &[]).contains("without its `{`"));
    }

    #[test]
    fn url_parsers_resolve_encoded_dots_so_encoding_cannot_protect_them() {
        // Why `.` and `..` are refused rather than sent as `%2E%2E`.
        let url = reqwest::Url::parse("http://h/api/v3/ip-list/%2E%2E").unwrap();
        assert_eq!(url.path(), "/api/v3/");
        let url = reqwest::Url::parse("http://h/api/v3/ip-list/a%2Fb%3Fc%23d").unwrap();
        assert_eq!(url.path(), "/api/v3/ip-list/a%2Fb%3Fc%23d");
    }
}
