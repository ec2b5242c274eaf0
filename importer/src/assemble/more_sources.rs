//! Phase 1b, the other sources: every route an official SDK calls (a row of the routes table,
//! or a method of the vendored Node SDK) that no docs page documents gets a page made from the
//! next source that describes it, in order of precedence: the docs factory's OpenAPI, then the
//! Node SDK's TypeScript. The page then goes through the same phases as a docs page. A route
//! neither describes, or one the sources mark as not for SDKs, is left out with its reason
//! (`Report::left_out`, listed in `docs/fidelity-report.md`).

use super::*;
use crate::factory_pages::OpenApiOperation;
use crate::node_sdk::{NodeMethod, NodeSdk};
use crate::report::LeftOut;
use crate::routes::template;
use spec_model::spec::HttpMethod;

/// Where a page made from another source says it came from (`<folder>/openapi#<operationId>`).
pub const OPENAPI_PAGE: &str = "openapi#";
/// The same for a page made from the Node SDK (`node-sdk#<methodName>`, after the end-user
/// prefix on that client).
pub const NODE_PAGE: &str = "node-sdk#";

type RouteKey = (Client, HttpMethod, String);

/// Whether a page was made from the OpenAPI or the Node SDK (not a docs page).
pub fn is_made_page(page: &str) -> bool {
    page.contains(OPENAPI_PAGE) || page.contains(NODE_PAGE)
}

fn key(client: Client, http_method: HttpMethod, path: &str) -> RouteKey {
    (client, http_method, template(path))
}

/// The routes table with a route added for each Node SDK method it lacks (named by the Node
/// name in snake_case) and the Node SDK named as a source of the rows it calls too, and the
/// Node methods whose name another route already has.
pub fn with_node_routes(routes: &Routes, node: Option<&NodeSdk>) -> (Routes, Vec<LeftOut>) {
    let mut out = routes.clone();
    let mut clashes = Vec::new();
    let Some(node) = node else {
        return (out, clashes);
    };
    for client in [Client::Management, Client::Authentication] {
        for m in node.methods(client) {
            if out.add_source(client, m.http_method, &m.url, &node.label()) {
                continue;
            }
            let name = heck::AsSnakeCase(&m.name).to_string();
            let route = Route {
                method: name.clone(),
                client,
                http_method: m.http_method,
                path: m.url.clone(),
                params_in: match (m.query, m.http_method) {
                    (true, _) | (false, HttpMethod::Get) => ParamsIn::Query,
                    _ => ParamsIn::Body,
                },
                seen_in: vec![node.label()],
                line: 0,
            };
            if !out.insert(route) {
                clashes.push(LeftOut {
                    client,
                    method: name.clone(),
                    http_method: m.http_method,
                    path: m.url.clone(),
                    seen_in: vec![node.label()],
                    reason: format!(
                        "the Node SDK's `{}` would be `{name}`, which is another route's method on this client",
                        m.name
                    ),
                });
            }
        }
    }
    (out, clashes)
}

impl Assembler<'_> {
    /// Pages for the official SDKs' routes no selected docs page covers.
    pub(super) fn pages_from_other_sources(&mut self, selected: &[Selected]) -> Vec<Selected> {
        let mut covered: BTreeMap<RouteKey, String> = selected
            .iter()
            .map(|s| {
                let folder = groups::folder_of(&s.page.path)
                    .unwrap_or_default()
                    .to_owned();
                (
                    key(s.route.client, s.route.http_method, &s.route.path),
                    folder,
                )
            })
            .collect();
        let mut out = Vec::new();
        let routes: Vec<Route> = self.routes.iter().cloned().collect();
        for client in [Client::Management, Client::Authentication] {
            let folders = self.node_folders(client, &covered);
            for route in routes.iter().filter(|r| r.client == client) {
                let k = key(client, route.http_method, &route.path);
                if covered.contains_key(&k) {
                    continue;
                }
                let made = self.page_for(route, folders.get(&k).map(String::as_str));
                let Some((page, source_folder)) = made else {
                    continue;
                };
                let skip = self
                    .ov
                    .find(|e| page_is(e, &page.path) && e.skip.as_ref().is_some_and(|s| s.value));
                if let Some(entry) = skip {
                    self.report.add(
                        Kind::SkippedByOverride,
                        &page.path,
                        0,
                        entry.reason.value.clone(),
                    );
                    self.report.left_out.push(LeftOut {
                        client,
                        method: route.method.clone(),
                        http_method: route.http_method,
                        path: route.path.clone(),
                        seen_in: route.seen_in.clone(),
                        reason: format!("skipped by an override: {}", entry.reason.value.trim()),
                    });
                    continue;
                }
                let Some(method) = self.method_of(&page, true) else {
                    continue;
                };
                let tagged = !source_folder.is_empty()
                    && page.path.contains(OPENAPI_PAGE)
                    && self.has_tag(route);
                if let Some(mut s) = self.select(page, method) {
                    // No tag places it: a piece of its path may (see `groups::BY_PATH`).
                    if !tagged && !self.group_by_override(&s.page.path) {
                        if let Some(slug) = groups::by_path(client, &route.path) {
                            s.group = slug.to_owned();
                        }
                    }
                    covered.insert(k, source_folder);
                    out.push(s);
                }
            }
        }
        out
    }

    /// The names the official SDKs give `route` (the routes table's rows at it, the Node SDK's
    /// methods at it) whose snake_case differs from `method`, sorted.
    pub(super) fn official_names(&self, route: &Route, method: &str) -> Vec<String> {
        let wanted = template(&route.path);
        let same = |client: Client, http: HttpMethod, path: &str| {
            client == route.client && http == route.http_method && template(path) == wanted
        };
        let mut names: BTreeSet<String> = self
            .routes
            .iter()
            .filter(|r| same(r.client, r.http_method, &r.path))
            .map(|r| r.method.clone())
            .collect();
        if let Some(node) = self.node {
            names.extend(
                node.methods(route.client)
                    .iter()
                    .filter(|m| same(route.client, m.http_method, &m.url))
                    .map(|m| m.name.clone()),
            );
        }
        names
            .into_iter()
            .filter(|n| heck::AsSnakeCase(n).to_string() != method)
            .collect()
    }

    /// Whether the OpenAPI operation of a route has a tag.
    fn has_tag(&self, route: &Route) -> bool {
        self.factories
            .of(route.client)
            .and_then(|f| find_operation(f, route.http_method, &route.path))
            .is_some_and(|op| op.folder().is_some())
    }

    /// Whether an override sets the group of a page.
    fn group_by_override(&mut self, page: &str) -> bool {
        self.ov
            .find(|e| page_is(e, page) && e.group.is_some())
            .is_some()
    }

    /// The group folder of each Node method's route, by the Node file's sections: a method
    /// whose route a docs page documents gives its folder; the others take the folder of the
    /// nearest such method before them (after them, at the top of the file).
    fn node_folders(
        &self,
        client: Client,
        covered: &BTreeMap<RouteKey, String>,
    ) -> BTreeMap<RouteKey, String> {
        let Some(node) = self.node else {
            return BTreeMap::new();
        };
        let methods = node.methods(client);
        let own: Vec<Option<&String>> = methods
            .iter()
            .map(|m| covered.get(&key(client, m.http_method, &m.url)))
            .collect();
        let first = own.iter().flatten().next().cloned();
        let mut out = BTreeMap::new();
        let mut last = first.cloned();
        for (m, folder) in methods.iter().zip(&own) {
            if let Some(f) = folder {
                last = Some((*f).clone());
            }
            if let Some(f) = &last {
                out.insert(key(client, m.http_method, &m.url), f.clone());
            }
        }
        out
    }

    /// The page for an official route from the first source that describes it, with its group
    /// folder; `None` (the reason recorded) when none can.
    fn page_for(&mut self, route: &Route, node_folder: Option<&str>) -> Option<(Page, String)> {
        let client = route.client;
        let (prefix, class) = match client {
            Client::Management => ("", "ManagementClient"),
            Client::Authentication => (crate::AUTH_PREFIX, "AuthenticationClient"),
        };
        let leave_out = |a: &mut Self, reason: String| {
            a.report.left_out.push(LeftOut {
                client,
                method: route.method.clone(),
                http_method: route.http_method,
                path: route.path.clone(),
                seen_in: route.seen_in.clone(),
                reason,
            });
            None
        };
        let factories = self.factories;
        let openapi = factories
            .of(client)
            .and_then(|f| find_operation(f, route.http_method, &route.path));
        if let Some(op) = &openapi {
            if op.hidden_from_sdks() {
                return leave_out(
                    self,
                    format!(
                        "hidden from SDKs: the OpenAPI marks `{}` `x-authing-hidden-from-sdk`",
                        op.operation_id()
                    ),
                );
            }
        }
        if let Some(op) = openapi {
            let folder = op
                .folder()
                .map(str::to_owned)
                .or_else(|| node_folder.map(str::to_owned))
                .unwrap_or_default();
            let path = page_path(prefix, &folder, OPENAPI_PAGE, op.operation_id());
            // Neither a tag nor the Node SDK's sections place it: a piece of its path may.
            if folder.is_empty() {
                if let Some(slug) = groups::by_path(client, &route.path) {
                    self.made_groups.insert(path.clone(), slug.to_owned());
                }
            }
            let page = op.page(path, class, &route.method).page();
            return Some((page, folder));
        }
        let node = self.node;
        let method = node.and_then(|n| find_method(n, client, route.http_method, &route.path));
        let (Some(node), Some(m)) = (node, method) else {
            return leave_out(
                self,
                "no source describes it: no docs page, OpenAPI operation or Node SDK method".into(),
            );
        };
        if let Some(why) = node.missing_types(m) {
            return leave_out(
                self,
                format!("no types anywhere: the Node SDK's `{}`: {why}", m.name),
            );
        }
        // The page's path names no folder (the section rule's folder moves when a docs page
        // appears before it, and overrides name pages by path): its group is recorded instead.
        let folder = node_folder.unwrap_or_default().to_owned();
        let path = page_path(prefix, "", NODE_PAGE, &m.name);
        if let Some(slug) = groups::slug(&folder) {
            self.made_groups.insert(path.clone(), slug.to_owned());
        }
        let page = node.operation(m, path, class, &route.method).page();
        Some((page, folder))
    }
}

/// `<prefix><folder>/<source>#<name>`, or without the folder when there is none.
fn page_path(prefix: &str, folder: &str, source: &str, name: &str) -> String {
    if folder.is_empty() {
        format!("{prefix}{source}{name}")
    } else {
        format!("{prefix}{folder}/{source}{name}")
    }
}

/// The OpenAPI operation at a route, placeholders matched by position.
fn find_operation<'f>(
    factory: &'f Factory,
    http_method: HttpMethod,
    path: &str,
) -> Option<OpenApiOperation<'f>> {
    let wanted = template(path);
    let found = factory
        .operations
        .keys()
        .find(|(m, p)| m == http_method.as_str() && template(p) == wanted)?;
    OpenApiOperation::find(factory, &found.0, &found.1)
}

/// The Node SDK's method for a route, placeholders matched by position.
fn find_method<'n>(
    node: &'n NodeSdk,
    client: Client,
    http_method: HttpMethod,
    path: &str,
) -> Option<&'n NodeMethod> {
    let wanted = template(path);
    node.methods(client)
        .iter()
        .find(|m| m.http_method == http_method && template(&m.url) == wanted)
}
