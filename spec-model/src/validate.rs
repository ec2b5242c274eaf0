//! Validation: turns the files of a [`RawSpec`] into a checked [`Spec`] (type expressions parsed,
//! references resolved, names unique, defaults valid), or reports every problem with its position.
//! No Rust naming happens here; that is [`crate::names`]' job.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::error::{SpecError, SpecErrors};
use crate::load::{Loaded, RawSpec};
use crate::spec::{Endpoint, Field, ParamsIn, TypeDef, TypeKind};
use crate::types::{is_type_name, TypeExpr};

/// A spec that passed validation.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// Sorted by group, then name.
    pub endpoints: Vec<CheckedEndpoint>,
    /// Keyed (and so sorted) by type name.
    pub types: BTreeMap<String, CheckedType>,
}

#[derive(Debug, Clone)]
pub struct CheckedEndpoint {
    pub def: Endpoint,
    pub params: Vec<CheckedField>,
    pub data: Option<TypeExpr>,
}

#[derive(Debug, Clone)]
pub struct CheckedField {
    pub def: Field,
    pub ty: TypeExpr,
}

#[derive(Debug, Clone)]
pub struct CheckedType {
    pub def: TypeDef,
    pub fields: Vec<CheckedField>,
}

impl CheckedType {
    pub fn is_enum(&self) -> bool {
        self.def.kind.value == TypeKind::Enum
    }
}

/// Loads and validates a spec directory.
pub fn load_spec(dir: &Path) -> Result<Spec, SpecErrors> {
    validate(crate::load::load_dir(dir)?)
}

/// Checks a loaded spec. All problems are reported, sorted by file and position.
pub fn validate(raw: RawSpec) -> Result<Spec, SpecErrors> {
    let mut errors = Vec::new();
    let mut spec = Spec::default();

    // Types first: endpoints and fields refer to them.
    let (type_kinds, enum_values) = index_types(&raw.types, &mut errors);
    let ctx = Context {
        kinds: &type_kinds,
        enum_values: &enum_values,
    };
    for Loaded { file, item } in raw.types {
        check_type_kind(&file, &item, &mut errors);
        crate::path_params::check_not_in_struct(&file, &item.fields, &mut errors);
        let fields = ctx.check_fields(&file, &item.fields, None, &mut errors);
        spec.types
            .insert(item.name.value.clone(), CheckedType { def: item, fields });
    }

    let mut endpoint_names = EndpointNames::default();
    for Loaded { file, item } in raw.endpoints {
        check_endpoint(&file, &item, &mut endpoint_names, &mut errors);
        let params = ctx.check_fields(
            &file,
            &item.params,
            Some(item.http.params_in.value),
            &mut errors,
        );
        let is_enum = |name: &str| type_kinds.get(name) == Some(&TypeKind::Enum);
        crate::path_params::check(&file, &item, &params, &is_enum, &mut errors);
        let data = item
            .response
            .data
            .as_ref()
            .and_then(|d| ctx.check_type(&file, d, &mut errors));
        spec.endpoints.push(CheckedEndpoint {
            def: item,
            params,
            data,
        });
    }
    spec.endpoints.sort_by(|a, b| {
        (&a.def.group.value, &a.def.name.value).cmp(&(&b.def.group.value, &b.def.name.value))
    });

    if errors.is_empty() {
        Ok(spec)
    } else {
        errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
        Err(SpecErrors(errors))
    }
}

/// Every type's kind and every enum's values, by name; bad and duplicate names and duplicate
/// enum values are errors.
fn index_types(
    types: &[Loaded<TypeDef>],
    errors: &mut Vec<SpecError>,
) -> (
    BTreeMap<String, TypeKind>,
    BTreeMap<String, BTreeSet<String>>,
) {
    let mut type_kinds: BTreeMap<String, TypeKind> = BTreeMap::new();
    let mut enum_values: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for Loaded { file, item } in types {
        let name = &item.name;
        if !is_type_name(&name.value) {
            errors.push(SpecError::at(
                file,
                name.referenced,
                format!(
                    "type name `{}` must be ASCII letters and digits starting with an uppercase letter",
                    name.value
                ),
            ));
        }
        if crate::names::is_reserved_type_name(&name.value) {
            errors.push(SpecError::at(
                file,
                name.referenced,
                format!(
                    "type name `{}` is a name of Rust's prelude, which generated code uses; the \
                     importer names such a type `{}Dto`",
                    name.value, name.value
                ),
            ));
        }
        check_file_stem(file, &name.value, name.referenced, errors);
        if type_kinds
            .insert(name.value.clone(), item.kind.value)
            .is_some()
        {
            errors.push(SpecError::at(
                file,
                name.referenced,
                format!("duplicate type name `{}`", name.value),
            ));
        }
        if item.kind.value == TypeKind::Enum {
            let mut seen = BTreeSet::new();
            for v in &item.values {
                if !seen.insert(v.value.value.clone()) {
                    errors.push(SpecError::at(
                        file,
                        v.value.referenced,
                        format!(
                            "duplicate enum value `{}` in `{}`",
                            v.value.value, name.value
                        ),
                    ));
                }
            }
            enum_values.insert(name.value.clone(), seen);
        }
    }
    (type_kinds, enum_values)
}

/// An enum has values and no fields; a struct has no values.
fn check_type_kind(file: &Path, item: &TypeDef, errors: &mut Vec<SpecError>) {
    match item.kind.value {
        TypeKind::Enum => {
            if item.values.is_empty() {
                errors.push(SpecError::at(
                    file,
                    item.kind.referenced,
                    format!("enum `{}` has no `values`", item.name.value),
                ));
            }
            if !item.fields.is_empty() {
                errors.push(SpecError::at(
                    file,
                    item.kind.referenced,
                    format!("enum `{}` cannot have `fields`", item.name.value),
                ));
            }
        }
        TypeKind::Struct => {
            if !item.values.is_empty() {
                errors.push(SpecError::at(
                    file,
                    item.kind.referenced,
                    format!(
                        "struct `{}` cannot have `values` (only enums do)",
                        item.name.value
                    ),
                ));
            }
        }
    }
}

/// An endpoint's names (snake_case, unique, matching its file and group folder), its path and
/// its example response.
/// What endpoint files declared so far: names per client, and each group's client.
#[derive(Default)]
struct EndpointNames {
    names: BTreeSet<(crate::spec::Client, String)>,
    group_clients: BTreeMap<String, crate::spec::Client>,
}

fn check_endpoint(
    file: &Path,
    item: &Endpoint,
    endpoint_names: &mut EndpointNames,
    errors: &mut Vec<SpecError>,
) {
    let name = &item.name;
    if !is_snake_ident(&name.value) {
        errors.push(SpecError::at(
            file,
            name.referenced,
            format!("endpoint name `{}` must be snake_case ASCII", name.value),
        ));
    }
    for official in &item.official_names {
        let ident = !official.is_empty()
            && official.starts_with(|c: char| c.is_ascii_alphabetic())
            && official
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ident || official == &name.value {
            errors.push(SpecError::in_file(
                file,
                format!(
                    "official name `{official}` of `{}` must be an ASCII identifier other than the endpoint's name",
                    name.value
                ),
            ));
        }
    }
    if !is_snake_ident(&item.group.value) {
        errors.push(SpecError::at(
            file,
            item.group.referenced,
            format!("group `{}` must be snake_case ASCII", item.group.value),
        ));
    }
    if !item.user_token.is_none() && item.client != crate::spec::Client::Authentication {
        errors.push(SpecError::in_file(
            file,
            "`user_token` is for end-user endpoints (`client: authentication`): a Management API \
             call carries the management token",
        ));
    }
    if item.group.value == crate::spec::SHARED_GROUP {
        errors.push(SpecError::at(
            file,
            item.group.referenced,
            format!(
                "`{}` is reserved for the types groups share and cannot be a group name",
                crate::spec::SHARED_GROUP
            ),
        ));
    }
    check_file_stem(file, &name.value, name.referenced, errors);
    let dir = file.parent().and_then(|p| p.file_name());
    if dir.is_some_and(|d| d != item.group.value.as_str()) {
        errors.push(SpecError::at(
            file,
            item.group.referenced,
            format!(
                "group `{}` does not match the directory the file is in",
                item.group.value
            ),
        ));
    }
    let group = &item.group.value;
    match endpoint_names.group_clients.get(group) {
        Some(client) if *client != item.client => errors.push(SpecError::at(
            file,
            item.group.referenced,
            format!(
                "group `{group}` holds {} endpoints already; a group belongs to one client",
                client.as_str()
            ),
        )),
        _ => {
            endpoint_names
                .group_clients
                .insert(group.clone(), item.client);
        }
    }
    if !endpoint_names
        .names
        .insert((item.client, name.value.clone()))
    {
        errors.push(SpecError::at(
            file,
            name.referenced,
            format!(
                "duplicate endpoint name `{}` on the {} client",
                name.value,
                item.client.as_str()
            ),
        ));
    }
    if !item.http.path.value.starts_with('/') {
        errors.push(SpecError::at(
            file,
            item.http.path.referenced,
            format!("path `{}` must start with `/`", item.http.path.value),
        ));
    }
    if let Some(example) = &item.example_response {
        if let Err(e) = serde_json::from_str::<Value>(example) {
            errors.push(SpecError::at(
                file,
                name.referenced,
                format!(
                    "`example_response` of `{}` is not valid JSON: {e}",
                    name.value
                ),
            ));
        }
    }
}

struct Context<'a> {
    kinds: &'a BTreeMap<String, TypeKind>,
    enum_values: &'a BTreeMap<String, BTreeSet<String>>,
}

impl Context<'_> {
    fn check_type(
        &self,
        file: &Path,
        text: &crate::spec::S<String>,
        errors: &mut Vec<SpecError>,
    ) -> Option<TypeExpr> {
        let ty = match TypeExpr::parse(&text.value) {
            Ok(ty) => ty,
            Err(message) => {
                errors.push(SpecError::at(file, text.referenced, message));
                return None;
            }
        };
        if let Some(name) = ty.named() {
            if !self.kinds.contains_key(name) {
                errors.push(SpecError::at(
                    file,
                    text.referenced,
                    format!("reference to undefined type `{name}` (no types/{name}.yaml)"),
                ));
                return None;
            }
        }
        Some(ty)
    }

    fn check_fields(
        &self,
        file: &Path,
        fields: &[Field],
        params_in: Option<ParamsIn>,
        errors: &mut Vec<SpecError>,
    ) -> Vec<CheckedField> {
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for field in fields {
            if field.name.value.is_empty() {
                errors.push(SpecError::at(
                    file,
                    field.name.referenced,
                    "empty field name",
                ));
            }
            if !seen.insert(field.name.value.as_str()) {
                errors.push(SpecError::at(
                    file,
                    field.name.referenced,
                    format!("duplicate field name `{}`", field.name.value),
                ));
            }
            let Some(ty) = self.check_type(file, &field.ty, errors) else {
                continue;
            };
            if params_in == Some(ParamsIn::Query) && !self.fits_query(&ty) {
                errors.push(SpecError::at(
                    file,
                    field.ty.referenced,
                    format!(
                        "query parameter `{}` has type `{ty}`, which a query string cannot carry \
                         (use a scalar, an enum or an array of those)",
                        field.name.value
                    ),
                ));
            }
            if let Some(default) = &field.default {
                if let Err(why) = self.check_value(&ty, &default.value) {
                    errors.push(SpecError::at(
                        file,
                        default.referenced,
                        format!(
                            "invalid default for `{}` of type `{ty}`: {why}",
                            field.name.value
                        ),
                    ));
                }
            }
            out.push(CheckedField {
                def: field.clone(),
                ty,
            });
        }
        out
    }

    fn fits_query(&self, ty: &TypeExpr) -> bool {
        ty.fits_query(&|n| self.kinds.get(n) == Some(&TypeKind::Enum))
    }

    /// Whether `value` is a valid value of `ty` (used for defaults).
    fn check_value(&self, ty: &TypeExpr, value: &Value) -> Result<(), String> {
        let ok = match (ty, value) {
            (TypeExpr::String, Value::String(_)) => true,
            (TypeExpr::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
            (TypeExpr::Number, Value::Number(_)) => true,
            (TypeExpr::Boolean, Value::Bool(_)) => true,
            (TypeExpr::Json, _) => true,
            (TypeExpr::Array(inner), Value::Array(items)) => {
                return items.iter().try_for_each(|v| self.check_value(inner, v))
            }
            (TypeExpr::Map(inner), Value::Object(m)) => {
                return m.values().try_for_each(|v| self.check_value(inner, v))
            }
            (TypeExpr::Named(n), Value::String(s))
                if self.kinds.get(n) == Some(&TypeKind::Enum) =>
            {
                if self.enum_values.get(n).is_some_and(|vals| vals.contains(s)) {
                    true
                } else {
                    return Err(format!("`{s}` is not a value of enum `{n}`"));
                }
            }
            (TypeExpr::Named(_), Value::Object(_)) => true,
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(format!("`{value}` is not a `{ty}`"))
        }
    }
}

fn check_file_stem(
    file: &Path,
    name: &str,
    at: serde_saphyr::Location,
    errors: &mut Vec<SpecError>,
) {
    if file.file_stem().is_some_and(|s| s != name) {
        errors.push(SpecError::at(
            file,
            at,
            format!("name `{name}` does not match the file name (expected {name}.yaml)"),
        ));
    }
}

/// `[a-z][a-z0-9_]*`.
pub fn is_snake_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
