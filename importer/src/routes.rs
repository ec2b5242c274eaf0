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
    /// 1-based line in the routes file.
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
        Some((_, header)) if header.split('\t').take(5).eq([
            "method",
            "client",
            "http_method",
            "path",
            "params_in",
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
        if cols.len() < 5 {
            return Err(at("expected at least 5 tab-separated columns"));
        }
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
        let text = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\nget_user\tmanagement\tGET\t/api/v3/get-user\tquery\tx\n";
        let routes = parse("r.tsv", text).unwrap();
        assert_eq!(
            routes.get(Client::Management, "get_user").unwrap().path,
            "/api/v3/get-user"
        );
        assert!(routes.get(Client::Authentication, "get_user").is_none());
        let twice = "method\tclient\thttp_method\tpath\tparams_in\nx\tmanagement\tGET\t/x\tquery\nx\tauthentication\tGET\t/y\tquery\nx\tmanagement\tGET\t/z\tquery\n";
        assert_eq!(
            parse("r.tsv", twice).unwrap_err(),
            "r.tsv:4: method `x` is listed twice for the management client"
        );
        let bad = "method\tclient\thttp_method\tpath\tparams_in\nx\tboth\tGET\t/x\tquery\n";
        assert!(parse("r.tsv", bad)
            .unwrap_err()
            .starts_with("r.tsv:2: unknown client"));
    }
}
