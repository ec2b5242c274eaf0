//! Pages made from the docs factory's OpenAPI: an operation an official SDK calls that no docs
//! page documents becomes a [`synth::Operation`] (so a page like the ones the factory renders):
//! its query parameters or JSON body members, its response envelope, the data structures they
//! name (from `components.schemas`), with their descriptions, defaults, examples and enum
//! values.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::factory::Factory;
use crate::synth::{self, Field, FieldType};

/// An operation of the document, read for its page.
pub struct OpenApiOperation<'d> {
    op: &'d Value,
    schemas: &'d Map<String, Value>,
}

impl<'d> OpenApiOperation<'d> {
    /// The operation at `http_method` (any case) and `path`, when the document has it.
    pub fn find(factory: &'d Factory, http_method: &str, path: &str) -> Option<Self> {
        let op = factory
            .raw
            .get("paths")?
            .get(path)?
            .get(http_method.to_ascii_lowercase())?;
        let schemas = factory.raw.pointer("/components/schemas")?.as_object()?;
        Some(OpenApiOperation { op, schemas })
    }

    /// `x-authing-hidden-from-sdk: true`: the official SDKs leave it out.
    pub fn hidden_from_sdks(&self) -> bool {
        self.op
            .get("x-authing-hidden-from-sdk")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    pub fn operation_id(&self) -> &str {
        self.op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The group folder its first tag names (`管理多租户/API 列表` -> `管理多租户`).
    pub fn folder(&self) -> Option<&str> {
        let tag = self.op.get("tags")?.as_array()?.first()?.as_str()?;
        tag.split('/')
            .next()
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    fn parameters(&self) -> impl Iterator<Item = &'d Value> {
        self.op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
    }

    /// The operation's page: `path` and `method` name it, `class` is its client's class.
    pub fn page(&self, path: String, class: &'static str, method: &str) -> synth::Operation {
        let text = |key: &str| {
            self.op
                .get(key)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let mut params: Vec<Field> = self
            .parameters()
            .filter_map(|p| {
                let name = p.get("name")?.as_str()?;
                let schema = p.get("schema").cloned().unwrap_or(Value::Null);
                let mut field = self.field(name, &schema, p.get("required"));
                if field.description.is_none() {
                    field.description = p
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                }
                if field.example.is_none() {
                    field.example = p.get("example").map(example_text);
                }
                Some(field)
            })
            .collect();
        if let Some(body) = self
            .op
            .pointer("/requestBody/content/application~1json/schema")
        {
            params.extend(self.fields_of(self.resolve(body)));
        }
        let response = self
            .op
            .pointer("/responses/200/content/application~1json/schema")
            .or_else(|| {
                self.op
                    .pointer("/responses/201/content/application~1json/schema")
            });
        let envelope = response.and_then(|schema| {
            let name = ref_name(schema)?;
            Some((name, self.fields_of(self.resolve(schema))))
        });
        let mut structures = Vec::new();
        let mut named: Vec<String> = params
            .iter()
            .chain(envelope.iter().flat_map(|(_, m)| m))
            .filter_map(|f| f.ty.named().map(str::to_owned))
            .collect();
        let mut done = BTreeSet::new();
        while let Some(name) = named.pop() {
            if !done.insert(name.clone()) {
                continue;
            }
            let Some(schema) = self.schemas.get(&name) else {
                continue;
            };
            let fields = self.fields_of(schema);
            named.extend(
                fields
                    .iter()
                    .filter_map(|f| f.ty.named().map(str::to_owned)),
            );
            structures.push((name, fields));
        }
        structures.sort_by(|a, b| a.0.cmp(&b.0));
        synth::Operation {
            path,
            title: text("summary").unwrap_or_else(|| method.to_owned()),
            description: text("description"),
            class,
            method: method.to_owned(),
            params,
            envelope,
            // The schemas' examples do not add up to an answer (strings where the types say
            // numbers or objects, lists without items): the local Authing answers from the
            // types instead, as for an endpoint the docs give no example for.
            example: None,
            structures,
        }
    }

    /// The properties of an object schema as fields.
    fn fields_of(&self, schema: &Value) -> Vec<Field> {
        let required = schema.get("required");
        let Some(props) = schema.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        props
            .iter()
            .map(|(name, prop)| {
                let is_required = required
                    .and_then(Value::as_array)
                    .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(name)));
                self.field(name, prop, Some(&Value::Bool(is_required)))
            })
            .collect()
    }

    fn field(&self, name: &str, schema: &Value, required: Option<&Value>) -> Field {
        let target = self.resolve(schema);
        let values = enum_values(target)
            .or_else(|| {
                target
                    .get("items")
                    .and_then(|i| enum_values(self.resolve(i)))
            })
            .unwrap_or_default();
        let described = |key: &str| {
            schema
                .get(key)
                .or_else(|| target.get(key))
                .filter(|v| !v.is_null())
        };
        Field {
            name: name.to_owned(),
            ty: self.field_type(schema),
            required: required.and_then(Value::as_bool).unwrap_or(false),
            default: described("default").map(example_text),
            description: described("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
            values,
            example: described("example").map(example_text),
        }
    }

    fn field_type(&self, schema: &Value) -> FieldType {
        let named = ref_name(schema);
        let target = self.resolve(schema);
        match target.get("type").and_then(Value::as_str) {
            Some("string") => FieldType::String,
            Some("integer") => FieldType::Integer,
            Some("number") => FieldType::Number,
            Some("boolean") => FieldType::Boolean,
            Some("array") => FieldType::Array(Box::new(
                target
                    .get("items")
                    .map_or(FieldType::Object, |i| self.field_type(i)),
            )),
            _ if target.get("enum").is_some() => FieldType::String,
            _ => match named {
                // A schema whose name is no type name (`errorEmailMsg`) stays a JSON object.
                Some(name)
                    if target.get("properties").is_some()
                        && spec_model::types::is_type_name(&name) =>
                {
                    FieldType::Named(name)
                }
                _ => FieldType::Object,
            },
        }
    }

    /// The schema a `$ref` (or an `allOf` of one) points to, else the schema itself.
    fn resolve<'v>(&'v self, schema: &'v Value) -> &'v Value {
        let mut schema = schema;
        for _ in 0..16 {
            match ref_name(schema).and_then(|name| self.schemas.get(&name)) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }
}

/// The name of the schema a `$ref` (or an `allOf` of one `$ref`) names.
fn ref_name(schema: &Value) -> Option<String> {
    let r = schema
        .get("$ref")
        .and_then(Value::as_str)
        .or_else(|| match schema.get("allOf") {
            Some(Value::Array(all)) if all.len() == 1 => all[0].get("$ref")?.as_str(),
            _ => None,
        })?;
    r.rsplit('/').next().map(str::to_owned)
}

fn enum_values(schema: &Value) -> Option<Vec<String>> {
    let values: Vec<String> = schema
        .get("enum")?
        .as_array()?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    (!values.is_empty()).then_some(values)
}

/// An example or default as the pages write it: strings as they are, anything else as JSON.
fn example_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"{
      "components": {"schemas": {
        "Kind": {"type": "string", "enum": ["A", "B"]},
        "Item": {"type": "object", "required": ["id"], "properties": {
          "id": {"type": "string", "example": "i1"},
          "kind": {"allOf": [{"$ref": "#/components/schemas/Kind"}], "description": "类型"}
        }},
        "Body": {"type": "object", "required": ["ids"], "properties": {
          "ids": {"type": "array", "items": {"type": "string"}},
          "item": {"$ref": "#/components/schemas/Item"}
        }},
        "Resp": {"type": "object", "properties": {
          "statusCode": {"type": "number", "example": 200},
          "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}
        }}
      }},
      "paths": {
        "/api/v3/x/{id}": {"post": {"operationId": "X_do", "summary": "做", "tags": ["管理多租户/API 列表"],
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
          "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resp"}}}}}}},
        "/api/v3/hidden": {"get": {"x-authing-hidden-from-sdk": true}}
      }
    }"##;

    #[test]
    fn an_operation_becomes_a_page_with_its_structures_and_example() {
        let f = Factory::parse(DOC).unwrap();
        assert!(OpenApiOperation::find(&f, "GET", "/api/v3/hidden")
            .unwrap()
            .hidden_from_sdks());
        let op = OpenApiOperation::find(&f, "POST", "/api/v3/x/{id}").unwrap();
        assert!(!op.hidden_from_sdks());
        assert_eq!(op.folder(), Some("管理多租户"));
        let page = op.page("管理多租户/openapi#X_do".into(), "ManagementClient", "do_x");
        let names: Vec<&str> = page.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["id", "ids", "item"],
            "the path parameter is one of the page's (the spec sends it in the path)"
        );
        assert!(page.params[1].required);
        assert_eq!(page.params[2].ty, FieldType::Named("Item".into()));
        let (envelope, members) = page.envelope.clone().unwrap();
        assert_eq!(envelope, "Resp");
        assert_eq!(
            members[0].ty,
            FieldType::Array(Box::new(FieldType::Named("Item".into())))
        );
        let item = &page.structures.iter().find(|s| s.0 == "Item").unwrap().1;
        assert_eq!(item[1].values, ["A", "B"]);
        assert_eq!(item[1].description.as_deref(), Some("类型"));
        assert_eq!(page.example, None);
        assert_eq!(item[0].example.as_deref(), Some("i1"));
    }
}
