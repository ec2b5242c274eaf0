//! Phase 4, build: the spec itself. Inline enums get names, drafts become spec fields, the
//! decoding policy and the credential-name rule are applied, and the examples are checked.

use super::*;

impl Assembler<'_> {
    /// The DTOs reachable from `roots` (types of responses' `data`, or of parameters).
    fn reachable<'t>(&self, roots: impl Iterator<Item = &'t Ty>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&Ty> = roots.collect();
        while let Some(t) = todo.pop() {
            match t {
                Ty::Array(inner) | Ty::Map(inner) => todo.push(inner),
                Ty::Named(n) => {
                    if let Some(dto) = self.dtos.get(n) {
                        if seen.insert(n.clone()) {
                            todo.extend(dto.fields.iter().map(|f| &f.ty));
                        }
                    }
                }
                _ => {}
            }
        }
        seen
    }

    /// The DTOs the decoding policy applies to: those a response can hold and no request sends
    /// (a request type's required fields are what the caller must send, as documented).
    fn decoded_only(&self, endpoints: &[EndpointDraft]) -> BTreeSet<String> {
        let decoded = self.reachable(endpoints.iter().filter_map(|ep| ep.data.as_ref()));
        let sent = self.reachable(
            endpoints
                .iter()
                .flat_map(|ep| ep.params.iter().map(|p| &p.ty)),
        );
        decoded.difference(&sent).cloned().collect()
    }

    pub(super) fn build(&mut self, endpoints: &[EndpointDraft]) -> Option<Assembled> {
        let taken: BTreeSet<String> = self.dtos.keys().cloned().collect();
        let naming = match name_enums(&self.sites, &taken, &mut self.report) {
            Ok(n) => n,
            Err(errors) => {
                self.errors.extend(errors);
                return None;
            }
        };
        self.report_differing_param_lists();
        let enum_values: BTreeMap<String, BTreeSet<String>> = naming
            .enums
            .iter()
            .map(|e| {
                (
                    e.name.clone(),
                    e.values.iter().map(|v| v.value.clone()).collect(),
                )
            })
            .collect();
        let b = Builder {
            site_names: &naming.site_names,
            enum_values: &enum_values,
            dtos: &self.dtos,
        };

        let mut out = Assembled::default();
        // (DTO, field) pairs marked required that a documented example response leaves out.
        let mut absent: BTreeSet<(String, String)> = BTreeSet::new();
        for ep in endpoints {
            let endpoint = build_endpoint(&b, ep, &mut absent, &mut self.report, &mut self.errors);
            out.endpoints.push(endpoint);
        }
        let decoded = self.decoded_only(endpoints);
        for (name, dto) in &self.dtos {
            let decoded = decoded.contains(name);
            out.types.push(build_struct(
                &b,
                name,
                dto,
                decoded,
                &absent,
                &mut self.report,
            ));
        }
        out.types.extend(naming.enums.iter().map(enum_type));
        out.types.sort_by(|a, b| a.name.value.cmp(&b.name.value));
        self.report.endpoints = out.endpoints.len();
        self.report.types = out.types.len();
        Some(out)
    }

    /// The same parameter name with different value lists on different pages.
    pub(super) fn report_differing_param_lists(&mut self) {
        let mut by_param: BTreeMap<String, BTreeMap<Vec<String>, Places>> = BTreeMap::new();
        for site in &self.sites {
            if let Owner::Param { param, .. } = &site.owner {
                let mut values: Vec<String> = site.values.iter().map(|v| v.value.clone()).collect();
                values.sort();
                by_param
                    .entry(param.clone())
                    .or_default()
                    .entry(values)
                    .or_default()
                    .push((site.page.clone(), site.line));
            }
        }
        for (param, lists) in by_param {
            if lists.len() < 2 {
                continue;
            }
            for (values, pages) in &lists {
                let others: Vec<String> = lists
                    .iter()
                    .filter(|(other, _)| *other != values)
                    .map(|(other, p)| format!("[{}] on {} page(s)", other.join(", "), p.len()))
                    .collect();
                for (page, line) in pages {
                    self.report.add(
                        Kind::EnumListsDiffer,
                        page,
                        *line,
                        format!(
                            "`{param}` lists [{}]; elsewhere: {}",
                            values.join(", "),
                            others.join("; ")
                        ),
                    );
                }
            }
        }
    }
}

/// The credential-name rule: a string or free-form JSON field whose name ends in a credential word
/// is secret (redacted from `Debug`) unless an override says otherwise. Each is reported.
fn mark_credential(field: &mut Field, d: &Draft, owner: &str, page: &str, report: &mut Report) {
    let stringish = matches!(d.ty, Ty::String | Ty::Json);
    if d.secret_by_override || !stringish || !is_credential_name(&d.name) {
        return;
    }
    field.secret = true;
    report.add(
        Kind::SecretByName,
        page,
        d.line,
        format!("`{owner}`: the name says it holds a credential"),
    );
}

/// One endpoint of the spec: its parameters (each that a query cannot carry is an error), its
/// response, and its example checked against the tables (noting required fields it omits).
fn build_endpoint(
    b: &Builder,
    ep: &EndpointDraft,
    absent: &mut BTreeSet<(String, String)>,
    report: &mut Report,
    errors: &mut Vec<String>,
) -> Endpoint {
    let mut params = Vec::new();
    for d in &ep.params {
        let mut field = b.field(d, &ep.page.path, report);
        let owner = format!("{}({})", ep.method, d.name);
        mark_credential(&mut field, d, &owner, &ep.page.path, report);
        params.push(field);
        if ep.route.params_in == ParamsIn::Query && !b.fits_query(&d.ty) {
            errors.push(format!(
                "{}:{}: query parameter `{}` of `{}` has type `{}`, which a query string cannot carry: add an override `type` for it",
                ep.page.path,
                d.line,
                d.name,
                ep.method,
                b.ty(&d.ty)
            ));
        }
    }
    mark_path_params(&mut params, &ep.route.path);
    if let (Some((line, text)), Some(data)) = (&ep.example, &ep.data) {
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            if let Some(v) = value.get("data") {
                let at = (ep.page.path.as_str(), *line);
                b.check_example(v, data, "data", at, absent, report);
            }
        }
    }
    Endpoint {
        name: unspanned(ep.method.clone()),
        group: unspanned(ep.group.clone()),
        client: ep.route.client,
        user_token: ep.user_token,
        summary: ep
            .page
            .title
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default(),
        description: ep.page.description.clone(),
        source: ep.page.path.clone(),
        official_names: ep.official_names.clone(),
        http: Http {
            method: unspanned(ep.route.http_method),
            path: unspanned(ep.route.path.clone()),
            params_in: unspanned(ep.route.params_in),
        },
        idempotent: ep.idempotent,
        paging: ep.paging.clone(),
        params,
        response: Response {
            envelope: ep.envelope.clone(),
            data: ep.data.as_ref().map(|d| unspanned(b.ty(d))),
        },
        example_response: ep.example.as_ref().map(|(_, t)| t.clone()),
    }
}

/// The route's `{name}` placeholders: the parameter of that name is sent in the path (and is
/// required); one no source lists (the Node SDK leaves them out of its parameters) is a string
/// taken from the route itself, placed first.
fn mark_path_params(params: &mut Vec<Field>, route: &str) {
    for (at, name) in spec_model::path_params::placeholders(route)
        .into_iter()
        .enumerate()
    {
        match params.iter_mut().find(|p| p.name.value == name) {
            Some(param) => {
                param.location = Some(unspanned(spec_model::spec::ParamLocation::Path));
                param.required = true;
            }
            None => params.insert(
                at.min(params.len()),
                Field {
                    name: unspanned(name.to_owned()),
                    ty: unspanned("string".to_owned()),
                    required: true,
                    default: None,
                    description: Some(format!("The `{{{name}}}` segment of the route.")),
                    example: None,
                    secret: false,
                    location: Some(unspanned(spec_model::spec::ParamLocation::Path)),
                },
            ),
        }
    }
}

/// One data structure of the spec. `decoded`: a response can hold it and no request sends it,
/// so the decoding policy applies to its required fields.
fn build_struct(
    b: &Builder,
    name: &str,
    dto: &DtoDraft,
    decoded: bool,
    absent: &BTreeSet<(String, String)>,
    report: &mut Report,
) -> TypeDef {
    let only_field = dto.fields.len() == 1;
    let fields = dto
        .fields
        .iter()
        .map(|d| {
            let mut field = b.field(d, &dto.page, report);
            let owner = format!("{name}.{}", d.name);
            mark_credential(&mut field, d, &owner, &dto.page, report);
            if !field.required || d.required_by_override {
                return field;
            }
            // A field the docs' own examples omit cannot be relied on to arrive: the spec makes
            // it optional (each case is in the report) unless an override says otherwise.
            if absent.contains(&(name.to_string(), d.name.clone())) {
                field.required = false;
            } else if decoded {
                field.required = decoding_policy(d, &owner, only_field, &dto.page, report);
            }
            field
        })
        .collect();
    TypeDef {
        name: unspanned(name.to_string()),
        kind: unspanned(TypeKind::Struct),
        description: None,
        sources: dto.sources.iter().cloned().collect(),
        fields,
        values: Vec::new(),
    }
}

/// The decoding policy for a required response field (what a server, an older one say, may
/// leave out): whether it stays required. Each decision is reported.
fn decoding_policy(
    d: &Draft,
    owner: &str,
    only_field: bool,
    page: &str,
    report: &mut Report,
) -> bool {
    let shape = match d.ty {
        Ty::Array(_) | Ty::Map(_) => field_rules::Shape::List,
        _ => field_rules::Shape::Value,
    };
    let (kind, why) = match keeps_required(&d.name, shape, only_field) {
        Some(KeptRequired::Identifier) => (Kind::KeptRequired, "an identifier: stays required"),
        Some(KeptRequired::OnlyField) => {
            (Kind::KeptRequired, "the type's only field: stays required")
        }
        Some(KeptRequired::List) => (
            Kind::KeptRequired,
            "a list: stays a plain list, empty when absent",
        ),
        None => (Kind::RequiredMayBeOmitted, "optional in the SDK"),
    };
    report.add(kind, page, d.line, format!("`{owner}`: {why}"));
    kind == Kind::KeptRequired
}

/// A named enum of the spec.
fn enum_type(e: &crate::enums::NamedEnum) -> TypeDef {
    TypeDef {
        name: unspanned(e.name.clone()),
        kind: unspanned(TypeKind::Enum),
        description: e.description.clone(),
        sources: e.sources.iter().cloned().collect(),
        fields: Vec::new(),
        values: e
            .values
            .iter()
            .map(|v| EnumValue {
                value: unspanned(v.value.clone()),
                description: v.description.clone(),
            })
            .collect(),
    }
}
