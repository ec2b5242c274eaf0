//! The other way round: every route an official SDK calls (a row of `routes.tsv` or a method
//! of the vendored Node SDK) and every operation of the docs factory's OpenAPI, against the
//! spec's methods. Each has a method (from the docs pages, the OpenAPI or the Node SDK) or is
//! listed with the reason it has none. Written into `docs/fidelity-report.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use spec_model::spec::HttpMethod;
use spec_model::Spec;

use crate::assemble::more_sources::{NODE_PAGE, OPENAPI_PAGE};
use crate::factory::Factories;
use crate::report::LeftOut;
use crate::routes::{template, Client, Routes};

/// Which source a method was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Pages,
    OpenApi,
    NodeSdk,
}

impl Source {
    fn of(spec_source: &str) -> Source {
        if spec_source.contains(OPENAPI_PAGE) {
            Source::OpenApi
        } else if spec_source.contains(NODE_PAGE) {
            Source::NodeSdk
        } else {
            Source::Pages
        }
    }

    fn label(self) -> &'static str {
        match self {
            Source::Pages => "the docs pages",
            Source::OpenApi => "the docs factory's OpenAPI",
            Source::NodeSdk => "the Node SDK",
        }
    }
}

/// An OpenAPI operation without a method.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unused {
    pub client: Client,
    pub http_method: String,
    pub path: String,
    pub operation_id: String,
    pub reason: String,
}

/// The comparison.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// Per client and source: methods the spec has.
    pub methods: BTreeMap<(Client, Source), usize>,
    /// Per client: routes official SDKs call, and of them those with a method.
    pub official: BTreeMap<Client, (usize, usize)>,
    /// Per official SDK (its `seen_in` label, e.g. `go-sdk-912567a`) and client: the routes it
    /// calls, and of them those with a method here.
    pub per_sdk: BTreeMap<(String, Client), (usize, usize)>,
    /// Official routes with no method, with the reason.
    pub left_out: Vec<LeftOut>,
    /// OpenAPI operations (of the client's document) with no method.
    pub unused: Vec<Unused>,
}

type Key = (Client, HttpMethod, String);

/// Compares `spec` with the official routes (`routes`: the routes table with the Node SDK's
/// routes added) and the OpenAPI documents; `left_out` are the reasons the import recorded.
pub fn compare(
    spec: &Spec,
    routes: &Routes,
    factories: &Factories,
    left_out: &[LeftOut],
) -> Coverage {
    let mut c = Coverage::default();
    let mut have: BTreeSet<Key> = BTreeSet::new();
    for ep in &spec.endpoints {
        let def = &ep.def;
        have.insert((
            def.client,
            def.http.method.value,
            template(&def.http.path.value),
        ));
        *c.methods
            .entry((def.client, Source::of(&def.source)))
            .or_default() += 1;
    }
    let mut reasons: BTreeMap<Key, &LeftOut> = BTreeMap::new();
    for l in left_out {
        reasons.insert((l.client, l.http_method, template(&l.path)), l);
    }
    let mut seen_by_sdk: BTreeSet<(String, Key)> = BTreeSet::new();
    for r in routes.iter() {
        let key = (r.client, r.http_method, template(&r.path));
        for sdk in r.seen_in.iter().filter(|s| s.contains("-sdk-")) {
            if seen_by_sdk.insert((sdk.clone(), key.clone())) {
                let slot = c.per_sdk.entry((sdk.clone(), r.client)).or_default();
                slot.0 += 1;
                slot.1 += usize::from(have.contains(&key));
            }
        }
    }
    let mut seen: BTreeSet<Key> = BTreeSet::new();
    for r in routes.iter() {
        let key = (r.client, r.http_method, template(&r.path));
        if !seen.insert(key.clone()) {
            continue;
        }
        let slot = c.official.entry(r.client).or_default();
        slot.0 += 1;
        if have.contains(&key) {
            slot.1 += 1;
            continue;
        }
        c.left_out.push(match reasons.get(&key) {
            Some(l) => (*l).clone(),
            None => LeftOut {
                client: r.client,
                method: r.method.clone(),
                http_method: r.http_method,
                path: r.path.clone(),
                seen_in: r.seen_in.clone(),
                reason: "no method, and the import recorded no reason".into(),
            },
        });
    }
    // Clashes the import recorded for routes the table has no row for.
    for l in left_out {
        let key = (l.client, l.http_method, template(&l.path));
        if !seen.contains(&key) && !have.contains(&key) {
            c.left_out.push(l.clone());
        }
    }
    for client in [Client::Management, Client::Authentication] {
        let Some(factory) = factories.of(client) else {
            continue;
        };
        for ((method, path), op) in &factory.operations {
            let Some(http_method) = parse_method(method) else {
                continue;
            };
            let key = (client, http_method, template(path));
            if have.contains(&key) {
                continue;
            }
            let hidden = factory
                .raw
                .pointer(&format!(
                    "/paths/{}/{}/x-authing-hidden-from-sdk",
                    path.replace('~', "~0").replace('/', "~1"),
                    method.to_ascii_lowercase()
                ))
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            let reason = if hidden {
                "hidden from SDKs (`x-authing-hidden-from-sdk`)".to_owned()
            } else if let Some(l) = reasons.get(&key) {
                l.reason.clone()
            } else if seen.contains(&key) {
                "called by an official SDK; no method (see above)".to_owned()
            } else {
                "no official SDK calls it".to_owned()
            };
            c.unused.push(Unused {
                client,
                http_method: method.clone(),
                path: path.clone(),
                operation_id: op.id.clone(),
                reason,
            });
        }
    }
    c.left_out.sort();
    c.left_out.dedup();
    c.unused.sort();
    c
}

fn parse_method(m: &str) -> Option<HttpMethod> {
    Some(match m {
        "GET" => HttpMethod::Get,
        "POST" => HttpMethod::Post,
        "PUT" => HttpMethod::Put,
        "DELETE" => HttpMethod::Delete,
        "PATCH" => HttpMethod::Patch,
        _ => return None,
    })
}

/// The reason's kind, for the counts: the text before the first `:`.
fn reason_kind(reason: &str) -> &str {
    reason.split(':').next().unwrap_or(reason).trim()
}

impl Coverage {
    /// The comparison as a Markdown section: counts per client, then every route and operation
    /// without a method under its reason.
    pub fn to_markdown(&self) -> String {
        let mut out = String::from(
            "\n## Routes the official SDKs call, and the OpenAPI's operations\n\n\
             Every route an official SDK calls (a row of `upstream/routes.tsv`, or a method of the\n\
             vendored Node SDK in `upstream/node-sdk/`) and every operation of the docs factory's\n\
             OpenAPI has a method, made from the first source that describes it (the docs pages,\n\
             then the OpenAPI, then the Node SDK), or is listed below with the reason it has none.\n\n\
             | | management | end-user |\n|---|---|---|\n",
        );
        let both = [Client::Management, Client::Authentication];
        let cell = |f: &dyn Fn(Client) -> usize| {
            both.iter()
                .map(|&c| f(c).to_string())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        for source in [Source::Pages, Source::OpenApi, Source::NodeSdk] {
            let _ = writeln!(
                out,
                "| methods from {} | {} |",
                source.label(),
                cell(&|c| self.methods.get(&(c, source)).copied().unwrap_or(0))
            );
        }
        let _ = writeln!(
            out,
            "| routes official SDKs call | {} |",
            cell(&|c| self.official.get(&c).map_or(0, |o| o.0))
        );
        let _ = writeln!(
            out,
            "| of them with a method | {} |",
            cell(&|c| self.official.get(&c).map_or(0, |o| o.1))
        );
        let sdks: BTreeSet<&String> = self.per_sdk.keys().map(|(sdk, _)| sdk).collect();
        for sdk in sdks {
            let _ = writeln!(
                out,
                "| routes `{sdk}` calls: with a method here / in all | {} |",
                both.iter()
                    .map(|&c| {
                        let (all, here) = self
                            .per_sdk
                            .get(&(sdk.clone(), c))
                            .copied()
                            .unwrap_or((0, 0));
                        format!("{here} / {all}")
                    })
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
        }
        let mut kinds: BTreeMap<&str, BTreeMap<Client, usize>> = BTreeMap::new();
        for l in &self.left_out {
            *kinds
                .entry(reason_kind(&l.reason))
                .or_default()
                .entry(l.client)
                .or_default() += 1;
        }
        for (kind, counts) in &kinds {
            let _ = writeln!(
                out,
                "| without a method: {kind} | {} |",
                cell(&|c| counts.get(&c).copied().unwrap_or(0))
            );
        }
        let _ = writeln!(
            out,
            "| OpenAPI operations without a method | {} |",
            cell(&|c| self.unused.iter().filter(|u| u.client == c).count())
        );
        for client in both {
            let rows: Vec<&LeftOut> = self
                .left_out
                .iter()
                .filter(|l| l.client == client)
                .collect();
            if !rows.is_empty() {
                let _ = writeln!(
                    out,
                    "\n### {} routes official SDKs call without a method ({})\n",
                    client_title(client),
                    rows.len()
                );
                for l in rows {
                    let _ = writeln!(
                        out,
                        "- `{}` ({} {}; {}): {}",
                        l.method,
                        l.http_method.as_str(),
                        l.path,
                        l.seen_in.join(", "),
                        l.reason
                    );
                }
            }
            let unused: Vec<&Unused> = self.unused.iter().filter(|u| u.client == client).collect();
            if !unused.is_empty() {
                let _ = writeln!(
                    out,
                    "\n### {} OpenAPI operations without a method ({})\n",
                    client_title(client),
                    unused.len()
                );
                for u in unused {
                    let _ = writeln!(
                        out,
                        "- {} {} (`{}`): {}",
                        u.http_method, u.path, u.operation_id, u.reason
                    );
                }
            }
        }
        out
    }
}

fn client_title(client: Client) -> &'static str {
    match client {
        Client::Management => "Management",
        Client::Authentication => "End-user",
    }
}
