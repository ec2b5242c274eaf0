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
        let chosen = self.choose_definition(name, &read);
        let (page, docs) = read.get(chosen).cloned().unwrap_or_default();
        let ctx = Ctx::Field {
            dto: name.to_string(),
            page: page.clone(),
        };
        let fields = self.drafts(&ctx, docs, &format!("fields of `{name}`"));
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

    /// Which page's definition of a structure is used: the only one, or where pages define it
    /// differently, the page an override (`use_page`) names (without one, an error).
    fn choose_definition(&mut self, name: &str, read: &[(String, Vec<FieldDoc>)]) -> usize {
        let shapes: Vec<Vec<Shape>> = read.iter().map(|(_, docs)| shape(docs)).collect();
        let distinct: BTreeSet<&Vec<Shape>> = shapes.iter().collect();
        let mut chosen = 0;
        if distinct.len() <= 1 {
            return chosen;
        }
        let pages: Vec<&str> = read.iter().map(|(p, _)| p.as_str()).collect();
        let differences = describe_differences(&shapes);
        let decided = self.ov.find(|e| is(&e.dto, name) && e.use_page.is_some());
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
            None => self.errors.push(format!(
                "data structure `{name}` is defined differently on {} ({differences}): add an override `dto: {name}` with `use_page` (and a reason)",
                pages.join(", ")
            )),
        }
        for (page, _) in read {
            self.report
                .add(Kind::DtoDefinedDifferently, page, 0, detail.clone());
        }
        chosen
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
