//! Phase 2, draft: each endpoint's parameters and response, and each field, read from the page's
//! tables with the overrides applied (types, required, secret, enum value lists).

use super::*;

impl Assembler<'_> {
    pub(super) fn endpoint(&mut self, s: Selected) -> EndpointDraft {
        let page_path = s.page.path.clone();
        let ctx = Ctx::Param {
            endpoint: s.method.clone(),
            page: page_path.clone(),
        };
        let mut params = Vec::new();
        if let Some(table) = &s.page.params {
            let docs: Vec<FieldDoc> = table.rows.iter().map(read_row).collect();
            params = self.drafts(&ctx, docs, &format!("parameters of `{}`", s.method));
        }
        let (envelope, data, mut example) = self.response(&s);
        let drop_example = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.drop_example.is_some())
            .is_some_and(|e| e.drop_example.is_some_and(|d| d.value));
        if drop_example {
            example = None;
        }
        let idempotent_entry = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.idempotent.is_some());
        if let Some(entry) = &idempotent_entry {
            if let Err(err) = self.ov.check_idempotent(entry, &s.route.path) {
                self.errors.push(err.to_string());
            }
        }
        let idempotent = idempotent_entry
            .and_then(|e| e.idempotent.map(|i| i.value))
            .unwrap_or(false);
        // An end-user endpoint takes the user's token when the docs factory's OpenAPI lists
        // `bearer` among its `security` alternatives, unless an override says otherwise.
        let user_token = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.user_token.is_some())
            .and_then(|e| e.user_token.map(|u| u.value))
            .unwrap_or_else(|| {
                let bearer = s.route.client == crate::routes::Client::Authentication
                    && self
                        .factory_of(&s.page.path)
                        .and_then(|f| f.operation(s.route.http_method.as_str(), &s.route.path))
                        .is_some_and(|op| op.user_token);
                match bearer {
                    true => spec_model::spec::UserToken::Required,
                    false => spec_model::spec::UserToken::None,
                }
            });
        let paging = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.paging.is_some())
            .and_then(|e| e.paging.map(|p| p.value));
        let official_names = self.official_names(&s.route, &s.method);
        EndpointDraft {
            official_names,
            page: s.page,
            method: s.method,
            route: s.route,
            group: s.group,
            params,
            envelope,
            data,
            example,
            idempotent,
            user_token,
            paging,
        }
    }

    /// Drafts for a table's rows: rows without names are reported and left out, duplicates
    /// are reported and the first kept.
    pub(super) fn drafts(&mut self, ctx: &Ctx, docs: Vec<FieldDoc>, what: &str) -> Vec<Draft> {
        let mut out: Vec<Draft> = Vec::new();
        for doc in docs {
            if doc.name.is_empty() {
                self.report.add(
                    Kind::MissingFieldName,
                    ctx.page(),
                    doc.line,
                    format!("a row of the {what} has no name; left out"),
                );
                continue;
            }
            if out.iter().any(|d| d.name == doc.name) {
                self.report.add(
                    Kind::DuplicateRow,
                    ctx.page(),
                    doc.line,
                    format!("`{}` is listed twice in the {what}", doc.name),
                );
                continue;
            }
            out.push(self.draft(ctx, &doc));
        }
        out
    }

    pub(super) fn draft(&mut self, ctx: &Ctx, doc: &FieldDoc) -> Draft {
        let with_factory_values;
        let factory_values = self.factory_enum(ctx, doc);
        // Values from the docs factory's OpenAPI, or from a page another source made: they join
        // an enum the docs pages name but never rename it or reorder its values.
        let from_factory = factory_values.is_some() || more_sources::is_made_page(ctx.page());
        let doc = match factory_values {
            Some(values) => {
                with_factory_values = FieldDoc {
                    values,
                    ..doc.clone()
                };
                &with_factory_values
            }
            None => doc,
        };
        let mut example = doc.example.clone();
        if let Some(extra) = &doc.extra {
            self.report.add(
                Kind::CellSplitByPipe,
                ctx.page(),
                doc.line,
                format!(
                    "{}: `{}` was past the last column; the example is not kept",
                    ctx.owner(&doc.name),
                    extra
                ),
            );
            example = None;
        }
        let mut ty = self.raw_type(ctx, doc, &doc.ty, true);
        let mut draft = Draft {
            name: doc.name.clone(),
            line: doc.line,
            ty: Ty::String,
            required: doc.required,
            required_by_override: false,
            default: doc.default.clone(),
            description: doc.description.clone(),
            example,
            secret: false,
            secret_by_override: false,
        };
        let facts = self.field_overrides(ctx, doc, &mut draft, &mut ty);
        draft.ty = self.enum_site(ctx, doc, ty, facts, from_factory);
        draft
    }

    /// Applies the overrides that target a field or parameter: `type`, `required` and `secret`
    /// to the draft and its type; the enum facts (`add_values`, `rename_enum`, `shared_enum`)
    /// are returned for its value list.
    fn field_overrides(
        &mut self,
        ctx: &Ctx,
        doc: &FieldDoc,
        draft: &mut Draft,
        ty: &mut Ty,
    ) -> EnumFacts {
        let mut facts = EnumFacts::default();
        for (_, e) in self.ov.take(|e| targets(e, ctx, &doc.name)) {
            if let Some(t) = &e.ty {
                *ty = self.type_from_expr(&e, &t.value);
            }
            if let Some(r) = &e.required {
                draft.required = r.value;
                draft.required_by_override = true;
            }
            if let Some(s) = &e.secret {
                draft.secret = s.value;
                draft.secret_by_override = true;
            }
            if let Some(values) = &e.add_values {
                facts
                    .add_values
                    .extend(values.iter().map(|v| v.value.clone()));
                facts.entries.push(e.clone());
            }
            if let Some(r) = &e.rename_enum {
                facts.rename = Some(r.value.clone());
                facts.entries.push(e.clone());
            }
            if let Some(s) = &e.shared_enum {
                facts.shared = Some(s.value.clone());
                facts.entries.push(e.clone());
            }
        }
        if facts.shared.is_some() && !ty.contains_inline() {
            if ty.stringish() {
                *ty = ty.replace_string(&Ty::Inline);
            } else if let Some(e) = facts.entries.first() {
                self.errors.push(
                    self.ov
                        .error(e, format!("{} is not a string field", ctx.owner(&doc.name)))
                        .to_string(),
                );
            }
        }
        facts
    }

    /// A type with a documented value list becomes an enum site (its values, with those an
    /// override adds); enum facts for a type without a list are errors. Returns the type.
    /// `from_factory`: the values came from the docs factory's OpenAPI, not the page.
    fn enum_site(
        &mut self,
        ctx: &Ctx,
        doc: &FieldDoc,
        ty: Ty,
        facts: EnumFacts,
        from_factory: bool,
    ) -> Ty {
        if !ty.contains_inline() {
            if let Some(e) = facts.entries.first() {
                self.errors.push(
                    self.ov
                        .error(
                            e,
                            format!(
                                "{} has no value list, so it has no enum to change",
                                ctx.owner(&doc.name)
                            ),
                        )
                        .to_string(),
                );
            }
            return ty;
        }
        let mut values = doc.values.clone();
        let before = values.len();
        for v in &facts.add_values {
            if !values.iter().any(|x| &x.value == v) {
                values.push(DocValue {
                    value: v.clone(),
                    description: None,
                });
            }
        }
        if !facts.add_values.is_empty() && values.len() == before && facts.shared.is_none() {
            if let Some(e) = facts.entries.iter().find(|e| e.add_values.is_some()) {
                self.errors.push(
                    self.ov
                        .error(
                            e,
                            format!(
                                "{} already documents every value in `add_values`",
                                ctx.owner(&doc.name)
                            ),
                        )
                        .to_string(),
                );
            }
        }
        let owner = match ctx {
            Ctx::Param { endpoint, .. } | Ctx::Data { endpoint, .. } => Owner::Param {
                endpoint: endpoint.clone(),
                param: doc.name.clone(),
            },
            Ctx::Field { dto, .. } => Owner::Field {
                dto: dto.clone(),
                field: doc.name.clone(),
            },
        };
        self.sites.push(Site {
            owner,
            page: ctx.page().to_string(),
            line: doc.line,
            values,
            description: doc.description.clone(),
            rename: facts.rename,
            shared: facts.shared,
            from_factory,
        });
        ty.replace_inline(&Ty::Enum(self.sites.len() - 1))
    }

    /// The type a type cell means (with the row's `嵌套类型`, values and example).
    pub(super) fn raw_type(&mut self, ctx: &Ctx, doc: &FieldDoc, raw: &RawType, top: bool) -> Ty {
        let who = ctx.owner(&doc.name);
        match raw {
            RawType::String if !doc.values.is_empty() => Ty::Inline,
            RawType::String => Ty::String,
            RawType::Number | RawType::Integer | RawType::Boolean => {
                // `- true: 是` / `- false: 否` only explains a boolean; anything else is a list.
                let explains_boolean = *raw == RawType::Boolean
                    && doc
                        .values
                        .iter()
                        .all(|v| v.value == "true" || v.value == "false");
                if top && !doc.values.is_empty() && !explains_boolean {
                    let values: Vec<&str> = doc.values.iter().map(|v| v.value.as_str()).collect();
                    self.report.add(
                        Kind::EnumOnNonString,
                        ctx.page(),
                        doc.line,
                        format!(
                            "{who}: values {} listed on a non-string field",
                            values.join(", ")
                        ),
                    );
                }
                match raw {
                    RawType::Number => Ty::Number,
                    RawType::Integer => Ty::Integer,
                    _ => Ty::Boolean,
                }
            }
            RawType::Object => match &doc.nested {
                Some(n) => self.named(ctx, doc, n),
                None => Ty::Json,
            },
            RawType::Array(Some(inner)) => {
                Ty::Array(Box::new(self.raw_type(ctx, doc, inner, false)))
            }
            RawType::Array(None) => {
                if let Some(n) = &doc.nested {
                    return Ty::Array(Box::new(self.named(ctx, doc, n)));
                }
                if matches!(ctx, Ctx::Data { .. }) {
                    return Ty::Array(Box::new(Ty::Json));
                }
                let item = example_item_type(doc.example.as_deref());
                let detail = match &item {
                    Some(t) => format!("{who}: item type `{}` taken from the example", ty_name(t)),
                    None => {
                        format!("{who}: no item type and no example to take it from; `array<json>`")
                    }
                };
                self.report
                    .add(Kind::ArrayWithoutItemType, ctx.page(), doc.line, detail);
                Ty::Array(Box::new(item.unwrap_or(Ty::Json)))
            }
            RawType::Named(n) => self.named(ctx, doc, n),
            RawType::Missing | RawType::Unknown(_) => {
                let what = match raw {
                    RawType::Unknown(t) => format!("unknown type `{t}`"),
                    _ => "empty type cell".to_string(),
                };
                match &doc.nested {
                    Some(n) => {
                        self.report.add(
                            Kind::MissingType,
                            ctx.page(),
                            doc.line,
                            format!("{who}: {what}; its `嵌套类型` `{n}` is used"),
                        );
                        self.named(ctx, doc, n)
                    }
                    None => {
                        self.report.add(
                            Kind::MissingType,
                            ctx.page(),
                            doc.line,
                            format!("{who}: {what}; `json`"),
                        );
                        Ty::Json
                    }
                }
            }
        }
    }

    pub(super) fn named(&mut self, ctx: &Ctx, doc: &FieldDoc, name: &str) -> Ty {
        if self.pool.contains_key(name) {
            self.needed.insert(name.to_string());
            Ty::Named(name.to_string())
        } else {
            self.report.add(
                Kind::UndefinedType,
                ctx.page(),
                doc.line,
                format!(
                    "{}: `{name}` is not defined on any imported page; `json`",
                    ctx.owner(&doc.name)
                ),
            );
            Ty::Json
        }
    }

    /// A type expression from an override.
    pub(super) fn type_from_expr(&mut self, e: &Entry, text: &str) -> Ty {
        fn convert(a: &mut Assembler, e: &Entry, t: &TypeExpr) -> Ty {
            match t {
                TypeExpr::String => Ty::String,
                TypeExpr::Integer => Ty::Integer,
                TypeExpr::Number => Ty::Number,
                TypeExpr::Boolean => Ty::Boolean,
                TypeExpr::Json => Ty::Json,
                TypeExpr::Array(inner) => Ty::Array(Box::new(convert(a, e, inner))),
                TypeExpr::Map(inner) => Ty::Map(Box::new(convert(a, e, inner))),
                TypeExpr::Named(n) => {
                    if a.pool.contains_key(n) {
                        a.needed.insert(n.clone());
                    } else {
                        let err = a
                            .ov
                            .error(e, format!("type `{n}` is not defined on any imported page"));
                        a.errors.push(err.to_string());
                    }
                    Ty::Named(n.clone())
                }
            }
        }
        match TypeExpr::parse(text) {
            Ok(t) => convert(self, e, &t),
            Err(msg) => {
                let err = self.ov.error(e, msg);
                self.errors.push(err.to_string());
                Ty::Json
            }
        }
    }

    pub(super) fn response(
        &mut self,
        s: &Selected,
    ) -> (String, Option<Ty>, Option<(usize, String)>) {
        let page = &s.page;
        let resp = page.response.clone().unwrap_or_default();
        let envelope = resp
            .type_name
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        let ctx = Ctx::Data {
            endpoint: s.method.clone(),
            page: page.path.clone(),
        };
        let docs: Vec<FieldDoc> = resp
            .table
            .as_ref()
            .map(|t| t.rows.iter().map(read_row).collect())
            .unwrap_or_default();
        let mut data = None;
        if docs.is_empty() {
            // No members documented: no data.
        } else if !docs
            .iter()
            .any(|d| d.name == "statusCode" || d.name == "data")
        {
            self.report.add(
                Kind::ResponseNotEnvelope,
                &page.path,
                resp.line,
                format!(
                    "`{}` lists the fields of `{envelope}` ({}) without statusCode/data; data is `json`",
                    s.method,
                    docs.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            );
            data = Some(Ty::Json);
        } else if let Some(doc) = docs.iter().find(|d| d.name == "data") {
            let ty = self.raw_type(&ctx, doc, &doc.ty, true);
            if ty == Ty::Array(Box::new(Ty::Json)) && doc.ty == RawType::Array(None) {
                let hint = match roots(page).as_slice() {
                    [one] => format!("; the page's only top-level data structure is `{one}`"),
                    _ => String::new(),
                };
                self.report.add(
                    Kind::DataArrayWithoutItemType,
                    &page.path,
                    doc.line,
                    format!("`{}` data is `array` with no item type{hint}", s.method),
                );
            }
            data = Some(ty);
        }
        if let Some(e) = self
            .ov
            .find(|e| is(&e.endpoint, &s.method) && e.data.is_some())
        {
            let text = e.data.as_ref().map(|d| d.value.clone()).unwrap_or_default();
            data = Some(self.type_from_expr(&e, &text));
            let settled = format!("; an override says `{text}`");
            for f in self.report.findings.iter_mut().rev() {
                if f.file == page.path
                    && matches!(
                        f.kind,
                        Kind::DataArrayWithoutItemType | Kind::ResponseNotEnvelope
                    )
                {
                    f.detail = f.detail.replace("; data is `json`", "");
                    f.detail.push_str(&settled);
                    break;
                }
            }
        }
        let example = match &resp.example {
            None => None,
            Some(ex) => match serde_json::from_str::<Value>(&ex.value) {
                Ok(_) => Some((ex.line, ex.value.trim().to_string() + "\n")),
                Err(err) => {
                    self.report.add(
                        Kind::InvalidExampleResponse,
                        &page.path,
                        ex.line,
                        format!("`{}`: {err}; left out", s.method),
                    );
                    None
                }
            },
        };
        (envelope, data, example)
    }
}

/// Whether an override entry targets this field or parameter.
pub(super) fn targets(e: &Entry, ctx: &Ctx, name: &str) -> bool {
    if e.row.is_some() || e.page.is_some() {
        return false;
    }
    match ctx {
        Ctx::Param { endpoint, .. } => {
            is(&e.param, name)
                && e.dto.is_none()
                && e.endpoint.as_ref().is_none_or(|x| x.value == *endpoint)
        }
        Ctx::Field { dto, .. } => {
            e.param.is_none()
                && e.endpoint.is_none()
                && e.dto.as_ref().is_none_or(|x| x.value == *dto)
                && is(&e.field, name)
        }
        Ctx::Data { .. } => false,
    }
}

/// The data structures of a page that no other structure on the page refers to.
pub(super) fn roots(page: &Page) -> Vec<String> {
    let mut referenced = BTreeSet::new();
    for s in &page.structures {
        for row in &s.table.rows {
            let doc = read_row(row);
            if let Some(n) = &doc.nested {
                referenced.insert(n.clone());
            }
            let mut t = &doc.ty;
            while let RawType::Array(Some(inner)) = t {
                t = inner;
            }
            if let RawType::Named(n) = t {
                referenced.insert(n.clone());
            }
        }
    }
    let mut out: Vec<String> = page
        .structures
        .iter()
        .map(|s| s.name.clone())
        .filter(|n| !referenced.contains(n))
        .collect();
    out.dedup();
    out
}

/// The item type of an untyped array, from its example: strings, numbers or booleans.
pub(super) fn example_item_type(example: Option<&str>) -> Option<Ty> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(example?) else {
        return None;
    };
    let first = items.first()?;
    let kind = |v: &Value| match v {
        Value::String(_) => Some(0),
        Value::Number(_) => Some(1),
        Value::Bool(_) => Some(2),
        _ => None,
    };
    let k = kind(first)?;
    if !items.iter().all(|v| kind(v) == Some(k)) {
        return None;
    }
    Some(match k {
        0 => Ty::String,
        1 => Ty::Number,
        _ => Ty::Boolean,
    })
}

pub(super) fn ty_name(t: &Ty) -> &'static str {
    match t {
        Ty::String => "string",
        Ty::Number => "number",
        Ty::Integer => "integer",
        Ty::Boolean => "boolean",
        _ => "json",
    }
}

/// What overrides say about a field's enum: values to add, a name, a shared enum, and the
/// entries that said it (to point errors at).
#[derive(Default)]
struct EnumFacts {
    add_values: Vec<String>,
    rename: Option<String>,
    shared: Option<String>,
    entries: Vec<Entry>,
}
