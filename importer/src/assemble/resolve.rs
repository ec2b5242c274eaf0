//! Phase 3, resolve: the data structures the endpoints need, each read once (from the page an
//! override names where pages define it differently), and those no endpoint reaches.

use super::*;

impl Assembler<'_> {
    pub(super) fn resolve_needed(&mut self) {
        while let Some(name) = self
            .needed
            .iter()
            .find(|n| !self.dtos.contains_key(*n))
            .cloned()
        {
            self.resolve_dto(&name);
        }
    }

    pub(super) fn resolve_dto(&mut self, name: &str) {
        let defs = self.pool.get(name).cloned().unwrap_or_default();
        // Placeholder first, so references back to this type do not resolve it again.
        self.dtos.insert(
            name.to_string(),
            DtoDraft {
                page: String::new(),
                fields: Vec::new(),
                sources: BTreeSet::new(),
            },
        );
        let mut read: Vec<(String, Vec<FieldDoc>)> = Vec::new();
        for (page, structure) in &defs {
            if read.iter().any(|(p, _)| p == page) {
                continue; // the same page defines it twice: the first is used
            }
            let docs = self.read_rows(name, page, structure);
            read.push((page.clone(), docs));
        }
        let (chosen, extra) = self.choose_definition(name, &read);
        let (page, docs) = read.get(chosen).cloned().unwrap_or_default();
        let ctx = Ctx::Field {
            dto: name.to_string(),
            page: page.clone(),
        };
        let mut fields = self.drafts(&ctx, docs, &format!("fields of `{name}`"));
        // Fields another definition adds are read where they are defined (so an enum of theirs
        // is one of that source's, and never renames a docs enum).
        for (from, doc) in extra {
            let ctx = Ctx::Field {
                dto: name.to_string(),
                page: from,
            };
            fields.push(self.draft(&ctx, &doc));
        }
        self.dtos.insert(
            name.to_string(),
            DtoDraft {
                page,
                fields,
                sources: defs.iter().map(|(p, _)| p.clone()).collect(),
            },
        );
    }

    /// A structure's rows on one page; a row that lost its name is named by an override or
    /// left out (both reported).
    fn read_rows(&mut self, name: &str, page: &str, structure: &Structure) -> Vec<FieldDoc> {
        let mut docs = Vec::new();
        for (i, row) in structure.table.rows.iter().enumerate() {
            let mut doc = read_row(row);
            if doc.lost_name {
                let n = i + 1;
                let named = self.ov.find(|e| {
                    is(&e.dto, name)
                        && e.row.as_ref().is_some_and(|r| r.value == n)
                        && e.name.is_some()
                        && e.page.as_ref().is_none_or(|p| p.value == page)
                });
                match named.and_then(|e| e.name.map(|n| n.value)) {
                    Some(field) => {
                        self.report.add(
                            Kind::MissingFieldName,
                            page,
                            doc.line,
                            format!(
                                "row {n} of `{name}` has no name; named `{field}` by an override"
                            ),
                        );
                        doc.name = field;
                    }
                    None => {
                        self.report.add(
                            Kind::MissingFieldName,
                            page,
                            doc.line,
                            format!("row {n} of `{name}` has no name; left out (an override `dto`/`row`/`name` can name it)"),
                        );
                        continue;
                    }
                }
            }
            docs.push(doc);
        }
        docs
    }

    /// The structures a request sends: those a parameter names, and what they name in turn.
    pub(super) fn request_types(&self, endpoints: &[EndpointDraft]) -> BTreeSet<String> {
        fn names(t: &Ty, out: &mut Vec<String>) {
            match t {
                Ty::Named(n) => out.push(n.clone()),
                Ty::Array(inner) | Ty::Map(inner) => names(inner, out),
                _ => {}
            }
        }
        let mut todo = Vec::new();
        for e in endpoints {
            for p in &e.params {
                names(&p.ty, &mut todo);
            }
        }
        let mut seen = BTreeSet::new();
        while let Some(name) = todo.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            for (_, s) in self.pool.get(&name).into_iter().flatten() {
                for row in &s.table.rows {
                    let doc = read_row(row);
                    todo.extend(doc.nested.clone());
                    let mut t = &doc.ty;
                    while let RawType::Array(Some(inner)) = t {
                        t = inner;
                    }
                    if let RawType::Named(n) = t {
                        todo.push(n.clone());
                    }
                }
            }
        }
        seen
    }

    /// Which page's definition of a structure is used, and the fields other definitions add.
    ///
    /// Sources rank docs pages, then the OpenAPI, then the Node SDK: the definitions of the
    /// highest-ranked source present are compared among themselves. Where they agree (or an
    /// override `use_page` picks one) that one is used; where they differ only in which fields
    /// they have and the structure is response-only, the first is used with the others' extra
    /// fields added as optional (the union; reported). Definitions of lower-ranked sources add
    /// their extra fields the same way for a response-only structure; for a structure a request
    /// sends, an extra field there stops the import with the override hint, as any other
    /// difference does.
    fn choose_definition(
        &mut self,
        name: &str,
        read: &[(String, Vec<FieldDoc>)],
    ) -> (usize, Vec<(String, FieldDoc)>) {
        let top = read.iter().map(|(p, _)| source_rank(p)).min().unwrap_or(0);
        let shapes: Vec<Vec<Shape>> = read.iter().map(|(_, docs)| shape(docs)).collect();
        let top_shapes: Vec<&Vec<Shape>> = read
            .iter()
            .zip(&shapes)
            .filter(|((p, _), _)| source_rank(p) == top)
            .map(|(_, s)| s)
            .collect();
        let distinct: BTreeSet<&Vec<Shape>> = top_shapes.iter().copied().collect();
        let response_only = !self.request_types.contains(name);
        let mut chosen = read
            .iter()
            .position(|(p, _)| source_rank(p) == top)
            .unwrap_or(0);
        let decided = self.ov.find(|e| is(&e.dto, name) && e.use_page.is_some());
        let has_override = decided.is_some();
        if distinct.len() > 1 || has_override {
            let pages: Vec<&str> = read
                .iter()
                .filter(|(p, _)| source_rank(p) == top)
                .map(|(p, _)| p.as_str())
                .collect();
            let owned: Vec<Vec<Shape>> = top_shapes.iter().map(|s| (*s).clone()).collect();
            let differences = describe_differences(&owned);
            let mut detail = format!(
                "`{name}` differs between {} pages ({differences})",
                distinct.len()
            );
            match decided {
                Some(e) => {
                    let want = e.use_page.as_ref().map(|p| p.value.clone()).unwrap_or_default();
                    match read.iter().position(|(p, _)| *p == want) {
                        Some(i) => {
                            chosen = i;
                            detail.push_str(&format!("; the override uses {want}"));
                        }
                        None => {
                            let err = self
                                .ov
                                .error(&e, format!("`{name}` is not defined on page `{want}`"));
                            self.errors.push(err.to_string());
                        }
                    }
                }
                None if response_only && only_field_sets_differ(&owned) => {
                    detail.push_str(
                        "; response-only: the union of their fields, those some pages lack optional",
                    );
                }
                None => self.errors.push(format!(
                    "data structure `{name}` is defined differently on {} ({differences}): add an override `dto: {name}` with `use_page` (and a reason)",
                    pages.join(", ")
                )),
            }
            if distinct.len() > 1 {
                for page in pages {
                    self.report
                        .add(Kind::DtoDefinedDifferently, page, 0, detail.clone());
                }
            }
        }
        // The fields the chosen definition lacks, from every other definition (optional).
        let mut have: BTreeSet<String> = read
            .get(chosen)
            .map(|(_, docs)| docs.iter().map(|d| d.name.clone()).collect())
            .unwrap_or_default();
        let mut extra = Vec::new();
        if has_override {
            return (chosen, extra);
        }
        for (page, docs) in read {
            let lower = source_rank(page) > top;
            if !response_only && !lower {
                continue; // settled above
            }
            let added: Vec<&FieldDoc> = docs.iter().filter(|d| !have.contains(&d.name)).collect();
            if added.is_empty() {
                continue;
            }
            let names: Vec<&str> = added.iter().map(|d| d.name.as_str()).collect();
            if !response_only {
                self.errors.push(format!(
                    "data structure `{name}` (sent by a request) has fields on {page} that {} lacks: {}: add an override `dto: {name}` with `use_page` (and a reason)",
                    read[chosen].0,
                    names.join(", ")
                ));
                continue;
            }
            self.report.add(
                Kind::DtoDefinedDifferently,
                page,
                0,
                format!(
                    "`{name}` is response-only: fields {page} adds to {}, optional: {}",
                    read[chosen].0,
                    names.join(", ")
                ),
            );
            for d in added {
                have.insert(d.name.clone());
                extra.push((
                    page.clone(),
                    FieldDoc {
                        required: false,
                        ..d.clone()
                    },
                ));
            }
        }
        (chosen, extra)
    }

    pub(super) fn report_unused_structures(&mut self) {
        let mut unused = Vec::new();
        for (name, defs) in &self.pool {
            if !self.dtos.contains_key(name) {
                for (page, s) in defs {
                    unused.push((page.clone(), s.line, name.clone()));
                }
            }
        }
        for (page, line, name) in unused {
            self.report.add(
                Kind::UnusedStructure,
                &page,
                line,
                format!("`{name}` is not used by any imported endpoint; not written"),
            );
        }
    }
}

/// How a page ranks as a source: docs pages 0, pages made from the OpenAPI 1, from the Node
/// SDK 2.
fn source_rank(page: &str) -> u8 {
    if page.contains(more_sources::OPENAPI_PAGE) {
        1
    } else if page.contains(more_sources::NODE_PAGE) {
        2
    } else {
        0
    }
}

/// Whether definitions differ only in which fields they have (a field two define is the same).
fn only_field_sets_differ(shapes: &[Vec<Shape>]) -> bool {
    let mut by_name: BTreeMap<&str, &Shape> = BTreeMap::new();
    for s in shapes.iter().flatten() {
        match by_name.get(s.name.as_str()) {
            Some(seen) if **seen != *s => return false,
            _ => {
                by_name.insert(&s.name, s);
            }
        }
    }
    true
}

/// What makes two definitions of a data structure different.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Shape {
    name: String,
    ty: String,
    required: bool,
    nested: Option<String>,
    values: BTreeSet<String>,
}

fn shape(docs: &[FieldDoc]) -> Vec<Shape> {
    let mut out: Vec<Shape> = docs
        .iter()
        .map(|d| Shape {
            name: d.name.clone(),
            ty: format!("{:?}", d.ty),
            required: d.required,
            nested: d.nested.clone(),
            values: d.values.iter().map(|v| v.value.clone()).collect(),
        })
        .collect();
    out.sort();
    out
}

fn describe_differences(shapes: &[Vec<Shape>]) -> String {
    let mut names: BTreeSet<&str> = BTreeSet::new();
    let mut changed: BTreeSet<&str> = BTreeSet::new();
    let all: BTreeSet<&str> = shapes
        .iter()
        .flat_map(|s| s.iter().map(|f| f.name.as_str()))
        .collect();
    for name in all {
        let versions: BTreeSet<Option<&Shape>> = shapes
            .iter()
            .map(|s| s.iter().find(|f| f.name == name))
            .collect();
        if versions.contains(&None) {
            names.insert(name);
        } else if versions.len() > 1 {
            changed.insert(name);
        }
    }
    let mut parts = Vec::new();
    if !names.is_empty() {
        parts.push(format!(
            "fields on some pages only: {}",
            names.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if !changed.is_empty() {
        parts.push(format!(
            "fields that differ: {}",
            changed.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    parts.join("; ")
}
