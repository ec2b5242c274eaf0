//! The overrides file (`spec/overrides.yaml`): facts that correct or settle what the pages say,
//! one fact per entry, each with a reason. Loading is strict; entries that match nothing are errors.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use spec_model::spec::S;
use spec_model::SpecError;

/// One override: a target, exactly one fact about it, and why.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    // ---- targets ----
    /// A docs page, relative to the docs root (for `method`, `group`, `skip`; or to narrow `row`).
    #[serde(default)]
    pub page: Option<S<String>>,
    /// An endpoint (method) name. With `param` but without `endpoint`, a param fact applies to
    /// every endpoint that has that parameter.
    #[serde(default)]
    pub endpoint: Option<S<String>>,
    #[serde(default)]
    pub param: Option<S<String>>,
    /// A data structure (DTO) name.
    #[serde(default)]
    pub dto: Option<S<String>>,
    /// A field name. Without `dto`, a field fact applies to that field of every DTO.
    #[serde(default)]
    pub field: Option<S<String>>,
    /// A 1-based row of the DTO's table (for rows that lost their name).
    #[serde(default)]
    pub row: Option<S<usize>>,

    // ---- facts (exactly one per entry) ----
    /// The page documents this method (the page names none, or the wrong one).
    #[serde(default)]
    pub method: Option<S<String>>,
    /// The page's group slug (for pages outside the group folders).
    #[serde(default)]
    pub group: Option<S<String>>,
    /// The client the page's method belongs to, where the page's folder (and the routes table)
    /// put it on the wrong one: `management` or `authentication`.
    #[serde(default)]
    pub client: Option<S<String>>,
    /// The page's route, `<HTTP method> <path>` (`GET /api/v3/mydevices/list`), for a method
    /// the routes table lacks on the page's client (parameters go in the query for GET, in a
    /// JSON body otherwise, as in the table).
    #[serde(default)]
    pub route: Option<S<String>>,
    /// Leave the page out.
    #[serde(default)]
    pub skip: Option<S<bool>>,
    /// The DTO's definition is the one on this page (when pages disagree).
    #[serde(default)]
    pub use_page: Option<S<String>>,
    /// The wire name of a row that lost its name.
    #[serde(default)]
    pub name: Option<S<String>>,
    /// A type expression for the field or parameter.
    #[serde(default, rename = "type")]
    pub ty: Option<S<String>>,
    #[serde(default)]
    pub required: Option<S<bool>>,
    #[serde(default)]
    pub secret: Option<S<bool>>,
    /// Values the API sends beyond the documented ones.
    #[serde(default)]
    pub add_values: Option<Vec<S<String>>>,
    /// The name of the inline enum of this field or parameter.
    #[serde(default)]
    pub rename_enum: Option<S<String>>,
    /// Every targeted field or parameter shares one enum of this name, with the union of their
    /// documented values.
    #[serde(default)]
    pub shared_enum: Option<S<String>>,
    /// The endpoint's response `data` type.
    #[serde(default)]
    pub data: Option<S<String>>,
    #[serde(default)]
    pub idempotent: Option<S<bool>>,
    /// The end-user endpoint needs (or does not need) the signed-in user's access token, where
    /// the docs factory's OpenAPI `security` says otherwise or says nothing.
    #[serde(default)]
    pub user_token: Option<S<spec_model::spec::UserToken>>,
    /// The endpoint pages (or not) otherwise than the generator's rule finds.
    #[serde(default)]
    pub paging: Option<S<spec_model::spec::Paging>>,
    /// The page's example response contradicts its own tables (placeholder text where a value
    /// belongs, a list that is not JSON, a missing `data`): `true` leaves it out of the spec.
    #[serde(default)]
    pub drop_example: Option<S<bool>>,

    /// Why this is the truth. Mandatory.
    pub reason: S<String>,
}

/// Which fact an entry sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    Method,
    Group,
    Client,
    Route,
    Skip,
    UsePage,
    Name,
    Type,
    Required,
    Secret,
    AddValues,
    RenameEnum,
    SharedEnum,
    Data,
    Idempotent,
    UserToken,
    Paging,
    DropExample,
}

impl Entry {
    fn facts(&self) -> Vec<Fact> {
        let mut out = Vec::new();
        let set = [
            (self.method.is_some(), Fact::Method),
            (self.group.is_some(), Fact::Group),
            (self.client.is_some(), Fact::Client),
            (self.route.is_some(), Fact::Route),
            (self.skip.is_some(), Fact::Skip),
            (self.use_page.is_some(), Fact::UsePage),
            (self.name.is_some(), Fact::Name),
            (self.ty.is_some(), Fact::Type),
            (self.required.is_some(), Fact::Required),
            (self.secret.is_some(), Fact::Secret),
            (self.add_values.is_some(), Fact::AddValues),
            (self.rename_enum.is_some(), Fact::RenameEnum),
            (self.shared_enum.is_some(), Fact::SharedEnum),
            (self.data.is_some(), Fact::Data),
            (self.idempotent.is_some(), Fact::Idempotent),
            (self.user_token.is_some(), Fact::UserToken),
            (self.paging.is_some(), Fact::Paging),
            (self.drop_example.is_some(), Fact::DropExample),
        ];
        for (present, fact) in set {
            if present {
                out.push(fact);
            }
        }
        out
    }

    /// The single fact this entry sets (checked at load time).
    pub fn fact(&self) -> Fact {
        self.facts().first().copied().unwrap_or(Fact::Skip)
    }

    /// The entry's position in the overrides file: its first target key's value.
    pub fn location(&self) -> serde_saphyr::Location {
        [
            &self.page,
            &self.endpoint,
            &self.param,
            &self.dto,
            &self.field,
        ]
        .into_iter()
        .flatten()
        .map(|s| s.referenced)
        .min_by_key(|l| (l.line(), l.column()))
        .unwrap_or(self.reason.referenced)
    }

    /// A short description of the entry's target, e.g. `UserDto.loginsCount`.
    pub fn target(&self) -> String {
        let v = |s: &Option<S<String>>| s.as_ref().map(|s| s.value.clone());
        match (
            v(&self.page),
            v(&self.endpoint),
            v(&self.param),
            v(&self.dto),
            v(&self.field),
        ) {
            (_, Some(e), Some(p), _, _) => format!("{e}({p})"),
            (_, None, Some(p), _, _) => format!("every `{p}` parameter"),
            (_, Some(e), None, _, _) => e,
            (_, _, _, Some(d), Some(f)) => format!("{d}.{f}"),
            (_, _, _, None, Some(f)) => format!("every `{f}` field"),
            (_, _, _, Some(d), None) => match &self.row {
                Some(r) => format!("{d} row {}", r.value),
                None => d,
            },
            (Some(p), ..) => p,
            _ => "nothing".to_string(),
        }
    }
}

/// The loaded overrides, remembering which entries matched something.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub file: PathBuf,
    pub entries: Vec<Entry>,
    used: Vec<bool>,
}

impl Overrides {
    /// No overrides at all.
    pub fn empty(file: &Path) -> Self {
        Overrides {
            file: file.to_path_buf(),
            ..Overrides::default()
        }
    }

    /// Loads and checks an overrides file. A missing file is an empty list.
    pub fn load(file: &Path) -> Result<Self, Vec<SpecError>> {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::empty(file)),
            Err(e) => return Err(vec![SpecError::in_file(file, format!("cannot read: {e}"))]),
        };
        Self::parse(file, &text)
    }

    /// Parses overrides text (`file` names it in errors).
    pub fn parse(file: &Path, text: &str) -> Result<Self, Vec<SpecError>> {
        let entries: Vec<Entry> = if text.trim().is_empty()
            || text
                .lines()
                .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            Vec::new()
        } else {
            spec_model::load::parse_str(file, text).map_err(|e| vec![e])?
        };
        let mut errors = Vec::new();
        for entry in &entries {
            check_entry(file, entry, &mut errors);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Overrides {
            file: file.to_path_buf(),
            used: vec![false; entries.len()],
            entries,
        })
    }

    /// Entries (with their index) that `pick` selects; they are marked as used.
    pub fn take(&mut self, mut pick: impl FnMut(&Entry) -> bool) -> Vec<(usize, Entry)> {
        let mut out = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if pick(entry) {
                self.used[i] = true;
                out.push((i, entry.clone()));
            }
        }
        out
    }

    /// The first entry that `pick` selects (marked as used).
    pub fn find(&mut self, pick: impl FnMut(&Entry) -> bool) -> Option<Entry> {
        self.take(pick).into_iter().next().map(|(_, e)| e)
    }

    /// Marks an entry as used by index.
    pub fn mark_used(&mut self, index: usize) {
        if let Some(u) = self.used.get_mut(index) {
            *u = true;
        }
    }

    /// An error for an entry, at its position.
    pub fn error(&self, entry: &Entry, message: impl Into<String>) -> SpecError {
        SpecError::at(&self.file, entry.location(), message)
    }

    /// Errors for entries that matched nothing (stale overrides).
    pub fn unused(&self) -> Vec<SpecError> {
        self.unused_but(|_| false)
    }

    /// [`Overrides::unused`], except the entries `excused` says may go unused (e.g. those for
    /// pages of a source that was not read).
    pub fn unused_but(&self, excused: impl Fn(&Entry) -> bool) -> Vec<SpecError> {
        self.entries
            .iter()
            .zip(&self.used)
            .filter(|(e, used)| !**used && !excused(e))
            .map(|(e, _)| {
                self.error(
                    e,
                    format!(
                        "override for {} matches nothing in the imported pages (stale?): remove it or fix its target",
                        e.target()
                    ),
                )
            })
            .collect()
    }
}

fn check_entry(file: &Path, e: &Entry, errors: &mut Vec<SpecError>) {
    let at = |msg: String| SpecError::at(file, e.location(), msg);
    if e.reason.value.trim().is_empty() {
        errors.push(at("`reason` must say why this override is the truth".into()));
    }
    let facts = e.facts();
    if facts.len() != 1 {
        errors.push(at(format!(
            "an override sets exactly one fact (one of method, group, client, route, skip, use_page, name, type, \
             required, secret, add_values, rename_enum, shared_enum, data, idempotent, user_token, paging, \
             drop_example); \
             this one sets {}",
            facts.len()
        )));
        return;
    }
    let has = |o: bool| o;
    let (page, endpoint, param, dto, field, row) = (
        has(e.page.is_some()),
        has(e.endpoint.is_some()),
        has(e.param.is_some()),
        has(e.dto.is_some()),
        has(e.field.is_some()),
        has(e.row.is_some()),
    );
    let ok = match facts[0] {
        Fact::Method | Fact::Group | Fact::Client | Fact::Route | Fact::Skip => {
            page && !endpoint && !param && !dto && !field && !row
        }
        Fact::UsePage => dto && !page && !endpoint && !param && !field && !row,
        Fact::Name => dto && row && !endpoint && !param && !field,
        Fact::Type
        | Fact::Required
        | Fact::Secret
        | Fact::AddValues
        | Fact::RenameEnum
        | Fact::SharedEnum => {
            !page && !row && ((param && !dto && !field) || (field && !endpoint && !param))
        }
        Fact::Data | Fact::Idempotent | Fact::UserToken | Fact::Paging | Fact::DropExample => {
            endpoint && !page && !param && !dto && !field && !row
        }
    };
    if !ok {
        let wanted = match facts[0] {
            Fact::Method | Fact::Group | Fact::Client | Fact::Route | Fact::Skip => "`page` only",
            Fact::UsePage => "`dto` only",
            Fact::Name => "`dto` and `row` (and optionally `page`)",
            Fact::Data | Fact::Idempotent | Fact::UserToken | Fact::Paging | Fact::DropExample => {
                "`endpoint` only"
            }
            _ => "`param` (optionally with `endpoint`) or `field` (optionally with `dto`)",
        };
        errors.push(at(format!("wrong target for this fact: it takes {wanted}")));
    }
    for name in [&e.rename_enum, &e.shared_enum].into_iter().flatten() {
        if !spec_model::types::is_type_name(&name.value) {
            errors.push(SpecError::at(
                file,
                name.referenced,
                format!("`{}` is not a valid type name", name.value),
            ));
        }
    }
    for ty in [&e.ty, &e.data].into_iter().flatten() {
        if let Err(msg) = spec_model::types::TypeExpr::parse(&ty.value) {
            errors.push(SpecError::at(file, ty.referenced, msg));
        }
    }
    if let Some(client) = &e.client {
        if spec_model::spec::Client::parse(&client.value).is_none() {
            errors.push(SpecError::at(
                file,
                client.referenced,
                format!(
                    "client `{}`: expected `management` or `authentication`",
                    client.value
                ),
            ));
        }
    }
    if let Some(route) = &e.route {
        if let Err(msg) = parse_route(&route.value) {
            errors.push(SpecError::at(file, route.referenced, msg));
        }
    }
    if let Some(values) = &e.add_values {
        let mut seen = BTreeSet::new();
        if values.is_empty() {
            errors.push(at("`add_values` lists no values".into()));
        }
        for v in values {
            if !seen.insert(&v.value) {
                errors.push(SpecError::at(
                    file,
                    v.referenced,
                    format!("value `{}` listed twice", v.value),
                ));
            }
        }
    }
}

/// The verbs of routes that only read: an `idempotent` override is accepted only for a route
/// whose path verb (see [`path_verb`]) is one of these. An allow-list, so a verb nobody thought
/// of (`set`, `sync`, `device`, ...) is refused rather than let through.
pub const READ_VERBS: &[&str] = &[
    "get", "list", "find", "search", "check", "query", "is", "has", "count", "filter",
];

/// The verb of a route's path: the first word of its last segment (`get` in `/api/v3/get-user`,
/// `filter` in `/api/v3/metadata/filter`, `data` in `/api/v3/list-permission-view/data`).
pub fn path_verb(path: &str) -> &str {
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    last.split(['-', '_']).next().unwrap_or("")
}

impl Overrides {
    /// Checks an `idempotent: true` entry against the route it applies to: only a route whose
    /// path verb is on [`READ_VERBS`] may be retried after it reached the server.
    pub fn check_idempotent(&self, entry: &Entry, path: &str) -> Result<(), SpecError> {
        let Some(flag) = &entry.idempotent else {
            return Ok(());
        };
        if !flag.value {
            return Ok(());
        }
        let verb = path_verb(path);
        if READ_VERBS.contains(&verb) {
            return Ok(());
        }
        Err(SpecError::at(
            &self.file,
            flag.referenced,
            format!(
                "`idempotent` for {} refused: its path `{path}` has the verb `{verb}`, which is not \
                 one of the reads that may be retried ({}); a write must never be sent twice",
                entry.target(),
                READ_VERBS.join(", ")
            ),
        ))
    }
}

/// `GET /api/v3/x` as an HTTP method and a path.
pub fn parse_route(text: &str) -> Result<(spec_model::spec::HttpMethod, String), String> {
    use spec_model::spec::HttpMethod;
    let (method, path) = text.split_once(' ').unwrap_or((text, ""));
    let method = match method {
        "GET" => HttpMethod::Get,
        "POST" => HttpMethod::Post,
        "PUT" => HttpMethod::Put,
        "DELETE" => HttpMethod::Delete,
        "PATCH" => HttpMethod::Patch,
        _ => {
            return Err(format!(
                "route `{text}`: expected `<GET|POST|PUT|DELETE|PATCH> /path`"
            ))
        }
    };
    if !path.starts_with('/') || path.contains(char::is_whitespace) {
        return Err(format!("route `{text}`: the path must start with `/`"));
    }
    Ok((method, path.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Overrides, Vec<SpecError>> {
        Overrides::parse(Path::new("overrides.yaml"), text)
    }

    #[test]
    fn loads_entries_and_tracks_use() {
        let mut o = parse(
            "- dto: UserDto\n  field: loginsCount\n  type: integer\n  reason: a count\n\
             - endpoint: get_user_identities\n  data: array<IdentityDto>\n  reason: the example\n",
        )
        .unwrap();
        assert_eq!(o.entries.len(), 2);
        assert!(o.find(|e| e.data.is_some()).is_some());
        let unused = o.unused();
        assert_eq!(unused.len(), 1);
        assert_eq!(unused[0].line, 1);
        assert!(unused[0].message.contains("UserDto.loginsCount"));
    }

    #[test]
    fn rejects_unknown_keys_missing_reasons_and_two_facts() {
        let e = parse("- dto: UserDto\n  field: x\n  typo: 1\n  reason: r\n").unwrap_err();
        assert_eq!((e[0].line, e[0].column), (3, 3));
        assert!(
            e[0].message.contains("unknown field `typo`"),
            "{}",
            e[0].message
        );
        let e = parse("- dto: UserDto\n  field: x\n  type: integer\n").unwrap_err();
        assert!(e[0].message.contains("reason"), "{}", e[0].message);
        let e = parse("- dto: UserDto\n  field: x\n  type: integer\n  secret: true\n  reason: r\n")
            .unwrap_err();
        assert!(e[0].message.contains("exactly one fact"));
        let e = parse("- endpoint: x\n  type: integer\n  reason: r\n").unwrap_err();
        assert!(e[0].message.contains("wrong target"));
        let e = parse("- page: a.md\n  route: FETCH /x\n  reason: r\n").unwrap_err();
        assert_eq!(
            (e[0].line, e[0].message.as_str()),
            (
                2,
                "route `FETCH /x`: expected `<GET|POST|PUT|DELETE|PATCH> /path`"
            )
        );
    }

    #[test]
    fn paging_marks_unmarks_or_names_the_list_and_total() {
        use spec_model::spec::Paging;
        let o = parse(
            "- endpoint: a\n  paging: false\n  reason: r\n\
             - endpoint: b\n  paging:\n    list: data\n    total: totalCount\n  reason: r\n",
        )
        .unwrap();
        let paging: Vec<Paging> = o
            .entries
            .iter()
            .filter_map(|e| e.paging.clone().map(|p| p.value))
            .collect();
        assert_eq!(
            paging,
            [
                Paging::Marked(false),
                Paging::Fields {
                    list: "data".into(),
                    total: Some("totalCount".into())
                }
            ]
        );
        let e = parse("- dto: D\n  field: f\n  paging: true\n  reason: r\n").unwrap_err();
        assert!(e[0].message.contains("wrong target"), "{}", e[0].message);
    }

    #[test]
    fn idempotent_is_refused_for_a_path_whose_verb_is_not_a_read() {
        let text = "- endpoint: get_public_account_of_groups\n  idempotent: true\n  reason: r\n";
        let o = parse(text).unwrap();
        let e = o
            .check_idempotent(&o.entries[0], "/api/v3/set-public-account-of-groups")
            .unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(e.file, Path::new("overrides.yaml"));
        assert!(e.message.contains("verb `set`"), "{}", e.message);
        assert!(e.to_string().starts_with("overrides.yaml:2:"), "{e}");
        // A noun where the verb belongs is refused too: an allow-list, not a deny-list.
        assert!(o
            .check_idempotent(&o.entries[0], "/api/v3/device-status")
            .is_err());
        assert!(o
            .check_idempotent(&o.entries[0], "/api/v3/list-x/data")
            .is_err());
        assert!(o
            .check_idempotent(&o.entries[0], "/api/v3/get-user")
            .is_ok());
        let off = parse("- endpoint: a\n  idempotent: false\n  reason: r\n").unwrap();
        assert!(off
            .check_idempotent(&off.entries[0], "/api/v3/delete-user")
            .is_ok());
    }

    #[test]
    fn read_verbs_are_the_allow_list_and_path_verb_reads_the_last_segment() {
        assert_eq!(
            READ_VERBS,
            ["get", "list", "find", "search", "check", "query", "is", "has", "count", "filter"]
        );
        assert_eq!(path_verb("/api/v3/get-user"), "get");
        assert_eq!(path_verb("/api/v3/metadata/filter"), "filter");
        assert_eq!(path_verb("/api/v3/list-permission-view/data"), "data");
        assert_eq!(path_verb("/api/v3/is-user-exists/"), "is");
        assert_eq!(path_verb(""), "");
        for write in [
            "set", "create", "delete", "update", "add", "remove", "sync", "export", "send",
        ] {
            assert!(!READ_VERBS.contains(&write), "{write}");
        }
    }
}
