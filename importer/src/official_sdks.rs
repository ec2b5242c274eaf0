//! Routes read from the official Go and Java SDKs' client sources (`management_client.go`,
//! `ManagementClient.java`, ...), merged into the routes table (`routes.tsv`) as rows or as an
//! extra `seen_in` source of a row that is already there. Only reading and merging live here;
//! `cargo xtask sdk-routes` finds the files and writes the table.
//!
//! Both sources are generated code of a fixed shape: one method per route whose body passes the
//! path as a string literal (Go: `client.SendHttpRequest("/api/v3/...", fasthttp.MethodPost, ...)`,
//! Java: `config.setUrl("/api/v3/...")` and `config.setMethod("POST")`). A method without a literal
//! path (protocol helpers that build URLs) is not a route and is skipped; one with a literal path
//! and no readable HTTP method is an error naming the file and line.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use spec_model::spec::{Client, HttpMethod};

use crate::routes;

/// One route an official SDK calls: its method name there, the client, the HTTP method and path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SdkRoute {
    /// The method name as the SDK spells it (`ListRow`, `listRow`).
    pub name: String,
    pub client: Client,
    pub http_method: HttpMethod,
    pub path: String,
    /// 1-based line of the method's declaration.
    pub line: usize,
}

/// Reads the methods of a Go client file (`func (client *ManagementClient) Name(...)`).
pub fn read_go(file: &str, text: &str, client: Client) -> Result<Vec<SdkRoute>, String> {
    let receiver = format!("func (client *{}) ", client.type_name());
    read_methods(
        file,
        text,
        client,
        |line| {
            let rest = line.strip_prefix(&receiver)?;
            ident_before_paren(rest)
        },
        |body| {
            let path = literal_after(body, "SendHttpRequest(")?;
            let method = ["Get", "Post", "Put", "Delete", "Patch"]
                .into_iter()
                .find(|m| body.contains(&format!("fasthttp.Method{m}")))
                .map(str::to_uppercase);
            Some((path, method))
        },
    )
}

/// Reads the methods of a Java client file (`public XxxDto name(...) {` with `setUrl`/`setMethod`;
/// private helpers too, as they split the file into methods).
pub fn read_java(file: &str, text: &str, client: Client) -> Result<Vec<SdkRoute>, String> {
    read_methods(
        file,
        text,
        client,
        |line| {
            let line_start = line.trim_start();
            let rest = ["public ", "private ", "protected "]
                .into_iter()
                .find_map(|v| line_start.strip_prefix(v))?;
            if rest.starts_with("class ") || !line.trim_end().ends_with('{') {
                return None;
            }
            // `ReturnType name(args) {`: the identifier right before the first `(`.
            let before = &rest[..rest.find('(')?];
            let name = before.rsplit(|c: char| c.is_whitespace()).next()?;
            (!name.is_empty() && before.trim() != name).then(|| name.to_string())
        },
        |body| {
            let path = literal_after(body, "setUrl(")?;
            // `UrlencodedPOST` is a form-encoded POST.
            let method = literal_after(body, "setMethod(").map(|m| {
                m.to_uppercase()
                    .trim_start_matches("URLENCODED")
                    .to_string()
            });
            Some((path, method))
        },
    )
}

/// Splits `text` into methods at the lines `start` recognises and reads each body with `route`
/// (the literal path and, if found, the HTTP method).
fn read_methods(
    file: &str,
    text: &str,
    client: Client,
    start: impl Fn(&str) -> Option<String>,
    route: impl Fn(&str) -> Option<(String, Option<String>)>,
) -> Result<Vec<SdkRoute>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| start(l).map(|name| (i, name)))
        .collect();
    let mut out = Vec::new();
    for (k, (i, name)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |(j, _)| *j);
        let body = lines[*i..end].join("\n");
        let Some((path, method)) = route(&body) else {
            continue;
        };
        let line = i + 1;
        let Some(method) = method else {
            return Err(format!(
                "{file}:{line}: `{name}` sends `{path}` but its HTTP method cannot be read"
            ));
        };
        let http_method = routes::parse_http_method(&method)
            .ok_or_else(|| format!("{file}:{line}: `{name}`: unknown HTTP method `{method}`"))?;
        out.push(SdkRoute {
            name: name.clone(),
            client,
            http_method,
            path,
            line,
        });
    }
    Ok(out)
}

/// The identifier at the start of `s`, when a `(` follows it.
fn ident_before_paren(s: &str) -> Option<String> {
    let end = s.find('(')?;
    let name = &s[..end];
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| name.to_string())
}

/// The string literal right after `call` (`call("value"`), when the argument is a literal.
fn literal_after(body: &str, call: &str) -> Option<String> {
    let at = body.find(call)? + call.len();
    let rest = body[at..].trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

/// What merging added: rows, and sources appended to existing rows.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub added: usize,
    pub seen_again: usize,
    /// `/api` routes whose snake_case name is already another route's on that client: the
    /// name gets the source's prefix appended (`<name>_by_go`), listed here for an override.
    pub renamed: Vec<String>,
}

/// Merges `found` (read from an SDK tagged `seen_in`, e.g. `go-sdk-912567a`) into routes-table
/// text. A route already in the table (same client, HTTP method and path) gets `seen_in`
/// appended to its sources; a new `/api` route becomes a row named by the SDK's name in
/// snake_case, its parameters in the query for GET and the body otherwise. Other paths (the
/// protocol endpoints) are not rows of this table.
pub fn merge(text: &str, found: &[SdkRoute], seen_in: &str) -> Result<Merged, String> {
    let table = routes::parse("routes.tsv", text)?;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut merged = Merged::default();
    let mut names: BTreeSet<(Client, String)> =
        table.iter().map(|r| (r.client, r.method.clone())).collect();
    let mut new_rows = Vec::new();
    let mut seen_routes = BTreeSet::new();
    for route in found {
        // A literal that starts a query string (`/api/v2/oidc/validate_token?access_token=`)
        // names the path before it.
        let path = route.path.split('?').next().unwrap_or_default();
        if !path.starts_with("/api/") {
            continue;
        }
        let route = &SdkRoute {
            path: path.to_string(),
            ..route.clone()
        };
        let key = (route.client, route.http_method, route.path.clone());
        if !seen_routes.insert(key) {
            continue;
        }
        let existing: Vec<usize> = table
            .iter()
            .filter(|r| {
                r.client == route.client
                    && r.http_method == route.http_method
                    && r.path == route.path
            })
            .map(|r| r.line)
            .collect();
        if !existing.is_empty() {
            for line in existing {
                let row = &mut lines[line - 1];
                let mut cols: Vec<String> = row.split('\t').map(str::to_string).collect();
                cols.resize(6, String::new());
                if !cols[5].split(',').any(|s| s == seen_in) {
                    if !cols[5].is_empty() {
                        cols[5].push(',');
                    }
                    cols[5].push_str(seen_in);
                }
                *row = cols.join("\t");
            }
            merged.seen_again += 1;
            continue;
        }
        let mut name = route.name.to_snake_case();
        if !names.insert((route.client, name.clone())) {
            let source = seen_in.split('-').next().unwrap_or(seen_in);
            merged.renamed.push(format!(
                "{} ({} {})",
                name,
                route.http_method.as_str(),
                route.path
            ));
            name = format!("{name}_by_{source}");
            names.insert((route.client, name.clone()));
        }
        let params_in = if route.http_method == HttpMethod::Get {
            "query"
        } else {
            "body"
        };
        new_rows.push(format!(
            "{name}\t{}\t{}\t{}\t{params_in}\t{seen_in}",
            route.client.as_str(),
            route.http_method.as_str(),
            route.path
        ));
        merged.added += 1;
    }
    // Known rows keep their place (a small diff); new rows follow, sorted by name and client.
    new_rows.sort();
    lines.retain(|l| !l.trim().is_empty());
    lines.extend(new_rows);
    merged.text = lines.into_iter().map(|l| l + "\n").collect();
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GO: &str = r#"package management

func (client *ManagementClient) ListRow(reqDto *dto.FilterDto) *dto.Res {
	b, err := client.SendHttpRequest("/api/v3/metadata/filter", fasthttp.MethodPost, reqDto)
	return nil
}

func (client *ManagementClient) getUrl(path string) string {
	return client.options.Host + path
}

func (client *ManagementClient) DeleteIp(reqDto *dto.X) *dto.Res {
	b, err := client.SendHttpRequest(
		"/api/v3/ip-list/{id}",
		fasthttp.MethodDelete,
		reqDto,
	)
	return nil
}
"#;

    const JAVA: &str = r#"public class ManagementClient extends BaseClient {
	public PostPaginatedRespDto postList(ListPostDto reqDto) {
        AuthingRequestConfig config = new AuthingRequestConfig();
        config.setUrl("/api/v3/list-post");
        config.setMethod("GET");
        return deserialize(request(config), PostPaginatedRespDto.class);
	}
	public String buildUrl(String x) {
        return x;
	}
}
"#;

    #[test]
    fn reads_go_methods_with_a_literal_path_and_skips_helpers() {
        let routes = read_go("m.go", GO, Client::Management).unwrap();
        let got: Vec<_> = routes
            .iter()
            .map(|r| (r.name.as_str(), r.http_method, r.path.as_str(), r.line))
            .collect();
        assert_eq!(
            got,
            [
                ("ListRow", HttpMethod::Post, "/api/v3/metadata/filter", 3),
                ("DeleteIp", HttpMethod::Delete, "/api/v3/ip-list/{id}", 12),
            ]
        );
    }

    #[test]
    fn reads_java_methods_and_their_http_method() {
        let routes = read_java("M.java", JAVA, Client::Management).unwrap();
        assert_eq!(routes.len(), 1);
        assert_eq!(
            (
                routes[0].name.as_str(),
                routes[0].http_method,
                routes[0].path.as_str()
            ),
            ("postList", HttpMethod::Get, "/api/v3/list-post")
        );
    }

    #[test]
    fn a_path_without_a_readable_method_is_an_error_naming_the_line() {
        let text = "func (client *ManagementClient) X(a int) {\n\tclient.SendHttpRequest(\"/api/v3/x\", method, a)\n}\n";
        let err = read_go("m.go", text, Client::Management).unwrap_err();
        assert_eq!(
            err,
            "m.go:1: `X` sends `/api/v3/x` but its HTTP method cannot be read"
        );
    }

    #[test]
    fn merging_adds_new_routes_and_appends_the_source_to_known_ones() {
        let table = "method\tclient\thttp_method\tpath\tparams_in\tseen_in\n\
                     list_post\tmanagement\tGET\t/api/v3/list-post\tquery\tpython-sdk-5.1.0\n";
        let found = [
            SdkRoute {
                name: "postList".into(),
                client: Client::Management,
                http_method: HttpMethod::Get,
                path: "/api/v3/list-post".into(),
                line: 2,
            },
            SdkRoute {
                name: "ListRow".into(),
                client: Client::Management,
                http_method: HttpMethod::Post,
                path: "/api/v3/metadata/filter".into(),
                line: 9,
            },
            SdkRoute {
                name: "ListPost".into(),
                client: Client::Management,
                http_method: HttpMethod::Post,
                path: "/api/v3/list-post-2".into(),
                line: 12,
            },
        ];
        let merged = merge(table, &found, "go-sdk-912567a").unwrap();
        assert_eq!(
            merged.text,
            "method\tclient\thttp_method\tpath\tparams_in\tseen_in\n\
             list_post\tmanagement\tGET\t/api/v3/list-post\tquery\tpython-sdk-5.1.0,go-sdk-912567a\n\
             list_post_by_go\tmanagement\tPOST\t/api/v3/list-post-2\tbody\tgo-sdk-912567a\n\
             list_row\tmanagement\tPOST\t/api/v3/metadata/filter\tbody\tgo-sdk-912567a\n"
        );
        assert_eq!((merged.added, merged.seen_again), (2, 1));
        assert_eq!(merged.renamed, ["list_post (POST /api/v3/list-post-2)"]);
        // Merging the same source again changes nothing.
        assert_eq!(
            merge(&merged.text, &found, "go-sdk-912567a").unwrap().text,
            merged.text
        );
    }
}
