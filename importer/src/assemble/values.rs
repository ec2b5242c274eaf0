//! Values and types as the spec writes them: a draft type as a type expression, a cell's text as
//! a value of its type, and an example response checked against the tables.

use super::*;

/// Turns drafts into spec fields once enums have names.
pub(super) struct Builder<'a> {
    pub(super) site_names: &'a [String],
    pub(super) enum_values: &'a BTreeMap<String, BTreeSet<String>>,
    pub(super) dtos: &'a BTreeMap<String, DtoDraft>,
}

impl Builder<'_> {
    /// A draft type as the spec's type expression (inline enums by their site's name).
    pub(super) fn expr(&self, t: &Ty) -> TypeExpr {
        match t {
            Ty::String | Ty::Inline => TypeExpr::String,
            Ty::Integer => TypeExpr::Integer,
            Ty::Number => TypeExpr::Number,
            Ty::Boolean => TypeExpr::Boolean,
            Ty::Json => TypeExpr::Json,
            Ty::Named(n) => TypeExpr::Named(n.clone()),
            Ty::Enum(i) => TypeExpr::Named(self.site_names.get(*i).cloned().unwrap_or_default()),
            Ty::Array(inner) => TypeExpr::Array(Box::new(self.expr(inner))),
            Ty::Map(inner) => TypeExpr::Map(Box::new(self.expr(inner))),
        }
    }

    /// A draft type as the spec writes it (`array<UserDto>`).
    pub(super) fn ty(&self, t: &Ty) -> String {
        self.expr(t).to_string()
    }

    /// Whether a parameter of this type can go in a query string (the validator's own rule).
    pub(super) fn fits_query(&self, t: &Ty) -> bool {
        self.expr(t)
            .fits_query(&|n| self.enum_values.contains_key(n))
    }

    pub(super) fn field(&self, d: &Draft, page: &str, report: &mut Report) -> Field {
        let ty_text = self.ty(&d.ty);
        let default = d
            .default
            .as_ref()
            .and_then(|text| match self.value(&d.ty, text, true) {
                Ok(v) => Some(unspanned(v)),
                Err(why) => {
                    report.add(
                        Kind::InvalidDefault,
                        page,
                        d.line,
                        format!("`{}` default `{text}`: {why}; left out", d.name),
                    );
                    None
                }
            });
        let example = d
            .example
            .as_ref()
            .and_then(|text| match self.value(&d.ty, text, false) {
                Ok(v) => Some(v),
                Err(why) => {
                    let kind = if why.contains("array shown") {
                        Kind::ArrayShownAsStringOrObject
                    } else {
                        Kind::TypeVersusExample
                    };
                    report.add(
                        kind,
                        page,
                        d.line,
                        format!("`{}` ({ty_text}) example `{text}`: {why}; not kept", d.name),
                    );
                    None
                }
            });
        Field {
            name: unspanned(d.name.clone()),
            ty: unspanned(ty_text),
            required: d.required,
            default,
            description: d.description.clone(),
            example,
            secret: d.secret,
            location: None,
        }
    }

    /// A cell's text as a value of the type. Defaults must be exact (enum values included);
    /// examples may be any string for a string-like type.
    pub(super) fn value(&self, t: &Ty, text: &str, strict: bool) -> Result<Value, String> {
        let text = text.trim();
        match t {
            Ty::String | Ty::Inline => Ok(Value::String(text.to_string())),
            Ty::Enum(i) => {
                let name = self.site_names.get(*i).cloned().unwrap_or_default();
                let known = self
                    .enum_values
                    .get(&name)
                    .is_some_and(|v| v.contains(text));
                if strict && !known {
                    Err(format!("not a value of `{name}`"))
                } else {
                    Ok(Value::String(text.to_string()))
                }
            }
            Ty::Integer => text
                .parse::<i64>()
                .map(Value::from)
                .map_err(|_| "not an integer".to_string()),
            Ty::Number => match serde_json::from_str::<Value>(text) {
                Ok(v @ Value::Number(_)) => Ok(v),
                _ => Err("not a number".to_string()),
            },
            Ty::Boolean => match text {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err("not a boolean".to_string()),
            },
            Ty::Json => Ok(serde_json::from_str::<Value>(text)
                .unwrap_or_else(|_| Value::String(text.to_string()))),
            Ty::Array(inner) => match serde_json::from_str::<Value>(text) {
                Ok(Value::Array(items)) => {
                    for item in &items {
                        if !self.fits(inner, item) {
                            return Err(format!("item `{item}` is not a `{}`", self.ty(inner)));
                        }
                    }
                    Ok(Value::Array(items))
                }
                Ok(Value::String(s))
                    if matches!(serde_json::from_str::<Value>(&s), Ok(Value::Array(_))) =>
                {
                    Err("array shown as a JSON-encoded string".to_string())
                }
                Ok(Value::Object(_)) => Err("array shown as a single object".to_string()),
                _ => Err("not a JSON array".to_string()),
            },
            Ty::Named(_) | Ty::Map(_) => match serde_json::from_str::<Value>(text) {
                Ok(v @ Value::Object(_)) => Ok(v),
                _ => Err("not a JSON object".to_string()),
            },
        }
    }

    /// Whether a JSON value fits a type (shallowly for structures).
    pub(super) fn fits(&self, t: &Ty, v: &Value) -> bool {
        match (t, v) {
            (_, Value::Null) => true,
            (Ty::String | Ty::Inline | Ty::Enum(_), Value::String(_)) => true,
            (Ty::Integer, Value::Number(n)) => n.is_i64() || n.is_u64(),
            (Ty::Number, Value::Number(_)) => true,
            (Ty::Boolean, Value::Bool(_)) => true,
            (Ty::Json, _) => true,
            (Ty::Array(_), Value::Array(_)) => true,
            (Ty::Named(_) | Ty::Map(_), Value::Object(_)) => true,
            _ => false,
        }
    }

    /// Compares an example response's `data` with the documented type.
    pub(super) fn check_example(
        &self,
        v: &Value,
        t: &Ty,
        path: &str,
        (page, line): (&str, usize),
        absent: &mut BTreeSet<(String, String)>,
        report: &mut Report,
    ) {
        match (t, v) {
            (_, Value::Null) | (Ty::Json, _) => {}
            (Ty::Array(inner), Value::Array(items)) => {
                for item in items {
                    self.check_example(
                        item,
                        inner,
                        &format!("{path}[]"),
                        (page, line),
                        absent,
                        report,
                    );
                }
            }
            (Ty::Array(inner), Value::String(s))
                if matches!(serde_json::from_str::<Value>(s), Ok(Value::Array(_))) =>
            {
                let _ = inner;
                report.add(
                    Kind::ArrayShownAsStringOrObject,
                    page,
                    line,
                    format!("example `{path}`: the table says `{}`, the example shows a JSON-encoded string", self.ty(t)),
                );
            }
            (Ty::Array(inner), Value::Object(_)) => {
                report.add(
                    Kind::ArrayShownAsStringOrObject,
                    page,
                    line,
                    format!(
                        "example `{path}`: the table says `{}`, the example shows a single object",
                        self.ty(t)
                    ),
                );
                self.check_example(v, inner, path, (page, line), absent, report);
            }
            (Ty::Named(n), Value::Object(map)) => {
                let Some(dto) = self.dtos.get(n) else {
                    return;
                };
                for f in &dto.fields {
                    let field_path = format!("{path}.{}", f.name);
                    match map.get(&f.name) {
                        Some(fv) => {
                            self.check_example(fv, &f.ty, &field_path, (page, line), absent, report)
                        }
                        None if f.required => {
                            absent.insert((n.clone(), f.name.clone()));
                            report.add(
                                Kind::RequiredFieldNotInExample,
                                page,
                                line,
                                format!(
                                    "example `{field_path}`: `{n}.{}` is required but absent",
                                    f.name
                                ),
                            )
                        }
                        None => {}
                    }
                }
            }
            _ if self.fits(t, v) => {}
            _ => report.add(
                Kind::TypeVersusExample,
                page,
                line,
                format!(
                    "example `{path}`: the table says `{}`, the example shows `{}`",
                    self.ty(t),
                    short(v)
                ),
            ),
        }
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 40 {
        s.chars().take(40).collect::<String>() + "…"
    } else {
        s
    }
}
