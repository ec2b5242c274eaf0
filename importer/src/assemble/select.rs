//! Phase 1, select: which pages become endpoints (parsed, skipped by an override, matched to a
//! route and a client, duplicates settled), with their method name and group.

use super::*;

impl Assembler<'_> {
    pub(super) fn select_pages(&mut self, sources: &[SourcePage]) -> Vec<Selected> {
        let parsed = self.parse_pages(sources);
        let mut by_method: BTreeMap<(Client, String), Vec<(String, bool)>> = BTreeMap::new();
        let mut chosen = Vec::new();
        for (page, skipped) in parsed {
            let Some(method) = self.method_of(&page, !skipped) else {
                continue;
            };
            by_method
                .entry((crate::client_of(&page.path), method.clone()))
                .or_default()
                .push((page.path.clone(), skipped));
            if !skipped {
                chosen.extend(self.select(page, method));
            }
        }
        self.report_duplicates(&by_method, &chosen);
        chosen
    }

    /// Every page parsed (pages an override skips too, so duplicates are still reported), with
    /// whether it is skipped; a page that does not parse is an error.
    fn parse_pages(&mut self, sources: &[SourcePage]) -> Vec<(Page, bool)> {
        let mut parsed: Vec<(Page, bool)> = Vec::new();
        for source in sources {
            let skip = self
                .ov
                .find(|e| page_is(e, &source.path) && e.skip.as_ref().is_some_and(|s| s.value));
            let result = parse_page(&source.path, &source.text);
            match (skip, result) {
                (Some(entry), result) => {
                    self.report.add(
                        Kind::SkippedByOverride,
                        &source.path,
                        0,
                        entry.reason.value.clone(),
                    );
                    if let Ok(page) = result {
                        parsed.push((page, true));
                    }
                }
                (None, Ok(page)) => parsed.push((page, false)),
                (None, Err(e)) => self.errors.push(e.to_string()),
            }
        }
        parsed
    }

    /// A page that documents `method`, kept when the page's client has a route for it (from
    /// the routes table or an override) and the page a group (what the page skipped is
    /// reported). Management pages of end-user methods are left out: `authentication/` is
    /// their source.
    pub(super) fn select(&mut self, page: Page, method: String) -> Option<Selected> {
        let client = self.client_of_page(&page);
        let Some(route) = self.route_of(&page, client, &method) else {
            let line = page.method.as_ref().map_or(0, |m| m.line);
            if client == Client::Management {
                if let Some(route) = self.routes.get(Client::Authentication, &method) {
                    self.report.add(
                        Kind::AuthenticationPage,
                        &page.path,
                        line,
                        format!("`{method}` ({} {})", route.http_method.as_str(), route.path),
                    );
                    return None;
                }
            }
            let hint = self.factory_route_hint(&page);
            self.report.add(
                Kind::MethodWithoutRoute,
                &page.path,
                line,
                format!(
                    "`{method}` is not in the routes table for the {} client; left out{hint}",
                    client.as_str()
                ),
            );
            return None;
        };
        let group = self.group_of(&page)?;
        for s in &page.skipped {
            self.report
                .add(Kind::SkippedContent, &page.path, s.line, s.what.clone());
        }
        for (line, count) in &page.joined_rows {
            self.report.add(
                Kind::RowOverSeveralLines,
                &page.path,
                *line,
                format!("a table row written over {count} lines; joined"),
            );
        }
        Some(Selected {
            route,
            method,
            page,
            group,
        })
    }

    /// The client a page's method belongs to: an override's, else the one of the page's folder.
    fn client_of_page(&mut self, page: &Page) -> Client {
        let entry = self
            .ov
            .find(|e| page_is(e, &page.path) && e.client.is_some());
        entry
            .and_then(|e| e.client.and_then(|c| Client::parse(&c.value)))
            .unwrap_or_else(|| crate::client_of(&page.path))
    }

    /// The route of `method` on `client`: an override's for the page (when the table lacks it),
    /// else the routes table's.
    /// A method an override renamed keeps the route of the name its page documents.
    fn route_of(&mut self, page: &Page, client: Client, method: &str) -> Option<Route> {
        let documented = page.method.as_ref().map(|m| m.value.as_str());
        let table = self
            .routes
            .get(client, method)
            .or_else(|| documented.and_then(|name| self.routes.get(client, name)))
            .map(|route| Route {
                method: method.to_string(),
                ..route.clone()
            });
        let Some(entry) = self
            .ov
            .find(|e| page_is(e, &page.path) && e.route.is_some())
        else {
            return table;
        };
        let Some(text) = entry.route.as_ref() else {
            return table;
        };
        if let Some(row) = &table {
            self.errors.push(
                self.ov
                    .error(
                        &entry,
                        format!(
                            "the routes table has `{method}` for the {} client (line {}): remove this `route` override",
                            client.as_str(),
                            row.line
                        ),
                    )
                    .to_string(),
            );
            return table;
        }
        let (http_method, path) = crate::overrides::parse_route(&text.value).ok()?;
        let params_in = match http_method {
            spec_model::spec::HttpMethod::Get => ParamsIn::Query,
            _ => ParamsIn::Body,
        };
        self.report.add(
            Kind::RouteByOverride,
            &page.path,
            0,
            format!(
                "`{method}` ({} client): {} {path}",
                client.as_str(),
                http_method.as_str()
            ),
        );
        let route = Route {
            method: method.to_string(),
            client,
            http_method,
            path,
            params_in,
            seen_in: Vec::new(),
            line: 0,
        };
        self.route_overrides
            .insert((client, method.to_string()), route.clone());
        Some(route)
    }

    /// Methods documented on two pages are reported; one still documented twice after the
    /// overrides' `skip` is an error.
    fn report_duplicates(
        &mut self,
        by_method: &BTreeMap<(Client, String), Vec<(String, bool)>>,
        chosen: &[Selected],
    ) {
        for ((client, method), pages) in by_method {
            if pages.len() < 2 {
                continue;
            }
            let names: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
            for (p, _) in pages {
                self.report.add(
                    Kind::MethodOnTwoPages,
                    p,
                    0,
                    format!("`{method}` is documented on {}", names.join(" and ")),
                );
            }
            let kept: Vec<&str> = pages
                .iter()
                .filter(|(_, skipped)| !skipped)
                .map(|(p, _)| p.as_str())
                .collect();
            if kept.len() > 1
                && chosen
                    .iter()
                    .any(|s| s.method == *method && s.route.client == *client)
            {
                self.errors.push(format!(
                    "method `{method}` is documented on {}: add an override `skip: true` (with a reason) for all but one",
                    kept.join(" and ")
                ));
            }
        }
    }

    /// The method a page documents: an override, the page's `方法名称`, or its file name.
    pub(super) fn method_of(&mut self, page: &Page, report: bool) -> Option<String> {
        if let Some(e) = self
            .ov
            .find(|e| page_is(e, &page.path) && e.method.is_some())
        {
            let method = e.method.map(|m| m.value).unwrap_or_default();
            if page.method.is_none() && report {
                self.report.add(
                    Kind::PageWithoutMethodName,
                    &page.path,
                    0,
                    format!("named `{method}` by an override"),
                );
            }
            return Some(method);
        }
        if let Some(m) = &page.method {
            return Some(m.value.clone());
        }
        let stem = page
            .path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .split('.')
            .next()
            .unwrap_or_default()
            .trim_matches('-')
            .replace('-', "_");
        if self.routes.has_method(&stem) {
            if report {
                self.report.add(
                    Kind::PageWithoutMethodName,
                    &page.path,
                    0,
                    format!("matched by its file name to `{stem}`"),
                );
            }
            return Some(stem);
        }
        if report {
            let hint = if page.sample_calls.is_empty() {
                String::new()
            } else {
                format!(
                    "; its sample code calls `{}`, which the routes table does not list",
                    page.sample_calls.join("`, `")
                )
            };
            self.report.add(
                Kind::PageWithoutMethodName,
                &page.path,
                0,
                format!("no route matches its file name (`{stem}`){hint}; left out"),
            );
            for call in &page.sample_calls {
                if !self.routes.has_method(call) {
                    let hint = self.factory_route_hint(page);
                    self.report.add(
                        Kind::MethodWithoutRoute,
                        &page.path,
                        0,
                        format!("`{call}` (named only by the sample code) is not in the routes table; left out{hint}"),
                    );
                }
            }
        }
        None
    }

    /// What the docs factory's OpenAPI says of a page without a route: the route of the
    /// operation whose summary is the page's title, and the method the routes table has there
    /// (the committed route wins; a second page for a method is not imported twice).
    fn factory_route_hint(&self, page: &Page) -> String {
        let (Some(factory), Some(title)) = (self.factory_of(&page.path), &page.title) else {
            return String::new();
        };
        let mut hints = Vec::new();
        for (method, path) in factory.routes_titled(&title.value) {
            let known = self
                .routes
                .iter()
                .find(|r| r.http_method.as_str() == method && r.path == path);
            hints.push(match known {
                Some(r) => format!(
                    "; the docs factory's OpenAPI gives this title to {method} {path}, which the \
                     routes table has as `{}`: another page for that method",
                    r.method
                ),
                None => format!(
                    "; the docs factory's OpenAPI gives this title to {method} {path}, which the \
                     routes table lacks: add a row to import it"
                ),
            });
        }
        hints.concat()
    }

    pub(super) fn group_of(&mut self, page: &Page) -> Option<String> {
        if let Some(e) = self
            .ov
            .find(|e| page_is(e, &page.path) && e.group.is_some())
        {
            return e.group.map(|g| g.value);
        }
        if let Some(group) = self.made_groups.get(&page.path) {
            return Some(group.clone());
        }
        match groups::folder_of(&page.path) {
            Some(folder) => match groups::slug(folder) {
                Some(slug) => Some(slug.to_string()),
                None => {
                    self.errors.push(format!(
                        "{}: group folder `{folder}` has no slug: add it to the table in importer/src/groups.rs",
                        page.path
                    ));
                    None
                }
            },
            None => {
                self.errors.push(format!(
                    "{}: the page is not in a group folder: add an override `group: <slug>` for it",
                    page.path
                ));
                None
            }
        }
    }

    /// Response tables that list a type's fields instead of the envelope become structures
    /// (named by `类型：`), so an override can make them the `data` type.
    pub(super) fn add_bare_response_types(&mut self, selected: &[Selected]) {
        for s in selected {
            let Some(resp) = &s.page.response else {
                continue;
            };
            let (Some(table), Some(name)) = (&resp.table, &resp.type_name) else {
                continue;
            };
            let bare = !table.rows.is_empty()
                && !table.rows.iter().any(|r| {
                    let name = read_row(r).name;
                    name == "statusCode" || name == "data"
                });
            if bare && spec_model::types::is_type_name(&name.value) {
                let defs = self.pool.entry(name.value.clone()).or_default();
                if defs.is_empty() {
                    defs.push((
                        s.page.path.clone(),
                        Structure {
                            name: name.value.clone(),
                            line: name.line,
                            table: table.clone(),
                        },
                    ));
                }
            }
        }
    }
}
