//! The routes table (`routes.tsv`): for each method name, its client (management or
//! authentication), HTTP method, path and where parameters go. The pages do not say these.

use std::collections::BTreeMap;
use std::path::Path;

use codegen::spec::{HttpMethod, ParamsIn};

/// Which SDK client a method belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    Management,
    Authentication,
}

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

/// Every route, keyed by method name.
pub type Routes = BTreeMap<String, Route>;

/// Reads a routes file; errors name the file and line.
pub fn load(file: &Path) -> Result<Routes, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read the routes file: {e}", file.display()))?;
    parse(&file.display().to_string(), &text)
}

/// Parses routes text: a header line, then tab-separated `method client http_method path
/// params_in seen_in` rows.
pub fn parse(file: &str, text: &str) -> Result<Routes, String> {
    let mut routes = Routes::new();
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
        let client = match cols[1] {
            "management" => Client::Management,
            "authentication" => Client::Authentication,
            other => {
                return Err(at(&format!(
                    "unknown client `{other}` (expected management or authentication)"
                )))
            }
        };
        let http_method = match cols[2] {
            "GET" => HttpMethod::Get,
            "POST" => HttpMethod::Post,
            "PUT" => HttpMethod::Put,
            "DELETE" => HttpMethod::Delete,
            "PATCH" => HttpMethod::Patch,
            other => return Err(at(&format!("unknown HTTP method `{other}`"))),
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
        if routes.insert(route.method.clone(), route).is_some() {
            return Err(at(&format!("method `{}` is listed twice", cols[0])));
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
        assert_eq!(routes["get_user"].path, "/api/v3/get-user");
        let bad = "method\tclient\thttp_method\tpath\tparams_in\nx\tboth\tGET\t/x\tquery\n";
        assert!(parse("r.tsv", bad)
            .unwrap_err()
            .starts_with("r.tsv:2: unknown client"));
    }
}
