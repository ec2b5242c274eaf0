//! The routes table (`routes.tsv`): for each client (management or authentication) and method
//! name, the HTTP method, path and where parameters go. The pages do not say these. A method
//! name can exist on both clients with different routes, so a route is keyed by both.

use std::collections::BTreeMap;
use std::path::Path;

use spec_model::spec::{HttpMethod, ParamsIn};

/// Which SDK client a method belongs to.
pub use spec_model::spec::Client;

/// One row of the routes table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub method: String,
    pub client: Client,
    pub http_method: HttpMethod,
    pub path: String,
    pub params_in: ParamsIn,
    /// The official SDKs (and versions or commits) the route was read from, e.g.
    /// `python-sdk-5.1.0`; empty for a route an override gives.
    pub seen_in: Vec<String>,
    /// 1-based line in the routes file (0 for a route that is not a row of it).
    pub line: usize,
}

/// Every route, keyed by client and method name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Routes(BTreeMap<(Client, String), Route>);

impl Routes {
    /// The route of `method` on `client`.
    pub fn get(&self, client: Client, method: &str) -> Option<&Route> {
        self.0.get(&(client, method.to_string()))
    }

    /// Whether either client has a method of this name.
    pub fn has_method(&self, method: &str) -> bool {
        [Client::Management, Client::Authentication]
            .into_iter()
            .any(|c| self.get(c, method).is_some())
    }

    /// Adds a route (a row or an override's); `false` when the client already has the method.
    pub fn insert(&mut self, route: Route) -> bool {
        self.0
            .insert((route.client, route.method.clone()), route)
            .is_none()
    }

    /// Every route, sorted by client and method.
    pub fn iter(&self) -> impl Iterator<Item = &Route> {
        self.0.values()
    }

    /// The route of `client` at an HTTP method and path (path parameters match by position,
    /// whatever their names: `/a/{id}` is `/a/{credentialID}`).
    pub fn at(&self, client: Client, http_method: HttpMethod, path: &str) -> Option<&Route> {
        let key = template(path);
        self.iter().find(|r| {
            r.client == client && r.http_method == http_method && template(&r.path) == key
        })
    }

    /// Records that `source` (a `seen_in` label) calls the route at `http_method` and `path`
    /// too, on every row of `client` at it; whether there was one.
    pub fn add_source(
        &mut self,
        client: Client,
        http_method: HttpMethod,
        path: &str,
        source: &str,
    ) -> bool {
        let key = template(path);
        let mut found = false;
        for r in self.0.values_mut().filter(|r| {
            r.client == client && r.http_method == http_method && template(&r.path) == key
        }) {
            found = true;
            if !r.seen_in.iter().any(|s| s == source) {
                r.seen_in.push(source.to_owned());
            }
        }
        found
    }
}

/// A path with each `{name}` placeholder reduced to `{}`.
pub fn template(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            c => out.push(c),
        }
    }
    out
}

/// Reads a `seen_in` cell: a comma-separated list of sources, each lowercase letters, digits,
/// `.` and `-`, beginning with a letter and ending with its version or commit after a `-`
/// (`python-sdk-5.1.0`, `go-sdk-912567a`).
pub fn parse_seen_in(cell: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for item in cell.split(',') {
        let item = item.trim();
        let well_formed = item.starts_with(|c: char| c.is_ascii_lowercase())
            && item
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
            && item
                .rsplit_once('-')
                .is_some_and(|(name, version)| !name.is_empty() && !version.is_empty());
        if !well_formed {
            return Err(format!(
                "`{item}` is not a source (expected e.g. `python-sdk-5.1.0`; several are separated by commas)"
            ));
        }
        if out.iter().any(|s| s == item) {
            return Err(format!("`{item}` is listed twice"));
        }
        out.push(item.to_string());
    }
    Ok(out)
}

/// An HTTP method as the table (and the official SDKs) spell it: `GET`, `POST`, ...
pub fn parse_http_method(text: &str) -> Option<HttpMethod> {
    Some(match text {
        "GET" => HttpMethod::Get,
        "POST" => HttpMethod::Post,
        "PUT" => HttpMethod::Put,
        "DELETE" => HttpMethod::Delete,
        "PATCH" => HttpMethod::Patch,
        _ => return None,
    })
}

/// Reads a routes file; errors name the file and line.
pub fn load(file: &Path) -> Result<Routes, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read the routes file: {e}", file.display()))?;
    parse(&file.display().to_string(), &text)
}

/// Parses routes text: a header line, then tab-separated `method client http_method path
/// params_in seen_in` rows.
pub fn parse(file: &str, text: &str) -> Result<Routes, String> {
    let mut routes = Routes::default();
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header))
            if header.split('\t').eq([
                "method",
                "client",
                "http_method",
                "path",
                "params_in",
                "seen_in",
            ]) => {}
        _ => {
            return Err(format!(
                "{file}:1: expected the header `method\\tclient\\thttp_method\\tpath\\tparams_in\\tseen_in`"
            ))
        }
    }
    for (i, line) in lines {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let at = |what: &str| format!("{file}:{n}: {what}");
        if cols.len() != 6 {
            return Err(at(
                "expected 6 tab-separated columns (method, client, http_method, path, params_in, seen_in)",
            ));
        }
        let seen_in = parse_seen_in(cols[5]).map_err(|e| at(&format!("seen_in: {e}")))?;
        let Some(client) = Client::parse(cols[1]) else {
            return Err(at(&format!(
                "unknown client `{}` (expected management or authentication)",
                cols[1]
            )));
        };
        let Some(http_method) = parse_http_method(cols[2]) else {
            return Err(at(&format!("unknown HTTP method `{}`", cols[2])));
        };
        let params_in = match cols[4] {
            "query" => ParamsIn::Query,
            "body" => ParamsIn::Body,
            other => {
                return Err(at(&format!(
                    "unknown params_in `{other}` (expected query or body)"
                )))
            }
        };
        let route = Route {
            method: cols[0].to_string(),
            client,
            http_method,
            path: cols[3].to_string(),
            params_in,
            seen_in,
            line: n,
        };
        if !routes.insert(route) {
            return Err(at(&format!(
                "method `{}` is listed twice for the {} client",
                cols[0], cols[1]
            )));
        }
    }
    Ok(routes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_rejects_bad_ones() {
        let text = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\nget_user\tmanagement\tGET\t/api/v3/get-user\tquery\tpython-sdk-5.1.0\n";
        let routes = parse("r.tsv", text).unwrap();
        assert_eq!(
            routes.get(Client::Management, "get_user").unwrap().path,
            "/api/v3/get-user"
        );
        assert!(routes.get(Client::Authentication, "get_user").is_none());
        let twice = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\nx\tmanagement\tGET\t/x\tquery\ta-1\nx\tauthentication\tGET\t/y\tquery\ta-1\nx\tmanagement\tGET\t/z\tquery\ta-1\n";
        assert_eq!(
            parse("r.tsv", twice).unwrap_err(),
            "r.tsv:4: method `x` is listed twice for the management client"
        );
        let bad =
            "method\tclient\thttp_method\tpath\tparams_in\tseen_in\nx\tboth\tGET\t/x\tquery\ta-1\n";
        assert!(parse("r.tsv", bad)
            .unwrap_err()
            .starts_with("r.tsv:2: unknown client"));
    }

    #[test]
    fn seen_in_is_a_strict_comma_separated_list() {
        let row = |seen: &str| {
            format!("method\tclient\thttp_method\tpath\tparams_in\tseen_in\nx\tmanagement\tGET\t/x\tquery\t{seen}\n")
        };
        let routes = parse(
            "r.tsv",
            &row("python-sdk-5.1.0,go-sdk-912567a, java-sdk-0ee2a36"),
        )
        .unwrap();
        assert_eq!(
            routes.get(Client::Management, "x").unwrap().seen_in,
            ["python-sdk-5.1.0", "go-sdk-912567a", "java-sdk-0ee2a36"]
        );
        for bad in [
            "",
            "python-sdk-5.1.0,",
            "Python-sdk-5.1.0",
            "python sdk",
            "sdk",
            "a-1,a-1",
        ] {
            let e = parse("r.tsv", &row(bad)).unwrap_err();
            assert!(e.starts_with("r.tsv:2: seen_in:"), "{bad}: {e}");
        }
        let short = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\nx\tmanagement\tGET\t/x\tquery\n";
        assert!(parse("r.tsv", short).unwrap_err().contains("expected 6"));
    }

    #[test]
    fn routes_match_by_path_template() {
        let text = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\ndelete_by_id\tmanagement\tDELETE\t/api/v3/ip-list/{id}\tquery\tnode-sdk-4.0.1\n";
        let routes = parse("r.tsv", text).unwrap();
        let found = routes.at(
            Client::Management,
            HttpMethod::Delete,
            "/api/v3/ip-list/{ipId}",
        );
        assert_eq!(found.unwrap().method, "delete_by_id");
        assert!(routes
            .at(Client::Management, HttpMethod::Delete, "/api/v3/ip-list")
            .is_none());
        assert!(routes
            .at(
                Client::Authentication,
                HttpMethod::Delete,
                "/api/v3/ip-list/{id}"
            )
            .is_none());
    }
}
