//! The docs factory's OpenAPI document (`upstream/factory/management-openapi.json`): the second,
//! optional source the pages are rendered from. Read into what the importer takes from it and
//! compares with the pages: per operation (by HTTP method and path) its parameters (query
//! parameters, or the members of its JSON body) with type, `required` and enum values, and the
//! shape of its response `data`; per schema its properties. Nothing here decides which source
//! wins (`fidelity.rs` does) or writes the spec.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

/// A value's shape as the OpenAPI document types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    String,
    Integer,
    Number,
    Boolean,
    /// A string with an `enum` list.
    Enum(Vec<String>),
    /// An object: a named schema, or `None` for a free-form one.
    Object(Option<String>),
    Array(Box<Shape>),
    /// No type given.
    Any,
}

impl Shape {
    /// The enum values of this shape, directly or of a list's items.
    pub fn enum_values(&self) -> Option<&[String]> {
        match self {
            Shape::Enum(values) => Some(values),
            Shape::Array(inner) => inner.enum_values(),
            _ => None,
        }
    }

    /// The shape in the spec's type words (`string`, `array<Name>`, `json`, ...); enums are
    /// strings.
    pub fn spec_words(&self) -> String {
        match self {
            Shape::String | Shape::Enum(_) => "string".into(),
            Shape::Integer => "integer".into(),
            Shape::Number => "number".into(),
            Shape::Boolean => "boolean".into(),
            Shape::Object(Some(name)) => name.clone(),
            Shape::Object(None) | Shape::Any => "json".into(),
            Shape::Array(inner) => format!("array<{}>", inner.spec_words()),
        }
    }
}

/// A parameter or a schema property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prop {
    pub name: String,
    pub required: bool,
    pub shape: Shape,
}

/// One operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub id: String,
    /// The operation's summary: the title of the page rendered from it.
    pub summary: String,
    /// Query parameters (in document order), then body members (by name: the reader does not
    /// keep a JSON object's order).
    pub params: Vec<Prop>,
    /// The shape of the response envelope's `data`, when the document gives one.
    pub data: Option<Shape>,
    /// One of the operation's `security` alternatives is `bearer`: it takes a user's token.
    pub user_token: bool,
}

/// The document, indexed.
#[derive(Debug, Clone, Default)]
pub struct Factory {
    /// By (`GET`, `/api/v3/get-user`).
    pub operations: BTreeMap<(String, String), Operation>,
    /// Object schemas' properties, by schema name.
    pub schemas: BTreeMap<String, Vec<Prop>>,
    /// The document as read (pages for operations the docs lack are made from it: see
    /// `factory_pages.rs`).
    pub raw: Value,
}

/// The docs factory's OpenAPI documents that were read: one per client.
#[derive(Debug, Clone, Default)]
pub struct Factories {
    /// The Management API's (`management-openapi.json`).
    pub management: Option<Factory>,
    /// The end-user API's (`authentication-openapi.json`).
    pub authentication: Option<Factory>,
}

impl Factories {
    /// The document of `client`'s API, when it was read.
    pub fn of(&self, client: crate::routes::Client) -> Option<&Factory> {
        match client {
            crate::routes::Client::Management => self.management.as_ref(),
            crate::routes::Client::Authentication => self.authentication.as_ref(),
        }
    }
}

impl Factory {
    /// Reads an OpenAPI document; errors name the file and the JSON path of what is wrong.
    pub fn load(file: &Path) -> Result<Factory, String> {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("{}: cannot read the OpenAPI document: {e}", file.display()))?;
        Factory::parse(&text).map_err(|e| format!("{}: {e}", file.display()))
    }

    /// Parses an OpenAPI 3 document's text.
    pub fn parse(text: &str) -> Result<Factory, String> {
        let doc: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .ok_or("no `components.schemas` object")?;
        let mut factory = Factory {
            raw: doc.clone(),
            ..Factory::default()
        };
        let reader = Shapes { schemas };
        for (name, schema) in schemas {
            if let Some(props) = reader.properties(schema) {
                factory.schemas.insert(name.clone(), props);
            }
        }
        let paths = doc
            .get("paths")
            .and_then(Value::as_object)
            .ok_or("no `paths` object")?;
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                return Err(format!("`paths.{path}` is not an object"));
            };
            for (method, op) in item {
                let at = format!("paths.{path}.{method}");
                let operation = reader.operation(op).map_err(|e| format!("`{at}`: {e}"))?;
                factory
                    .operations
                    .insert((method.to_ascii_uppercase(), path.clone()), operation);
            }
        }
        Ok(factory)
    }

    /// The operation at an HTTP method and path.
    pub fn operation(&self, method: &str, path: &str) -> Option<&Operation> {
        self.operations
            .get(&(method.to_ascii_uppercase(), path.to_owned()))
    }

    /// The routes (`POST`, `/api/v3/...`) of the operations whose summary is `title`.
    pub fn routes_titled(&self, title: &str) -> Vec<(&str, &str)> {
        self.operations
            .iter()
            .filter(|(_, op)| op.summary.trim() == title.trim())
            .map(|((method, path), _)| (method.as_str(), path.as_str()))
            .collect()
    }

    /// A schema's property.
    pub fn property(&self, schema: &str, name: &str) -> Option<&Prop> {
        self.schemas.get(schema)?.iter().find(|p| p.name == name)
    }
}

impl Operation {
    /// A parameter by name.
    pub fn param(&self, name: &str) -> Option<&Prop> {
        self.params.iter().find(|p| p.name == name)
    }
}

/// Reads shapes, resolving `$ref`s against the document's schemas.
struct Shapes<'d> {
    schemas: &'d serde_json::Map<String, Value>,
}

impl Shapes<'_> {
    fn operation(&self, op: &Value) -> Result<Operation, String> {
        let text = |key: &str| {
            op.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let (id, summary) = (text("operationId"), text("summary"));
        let mut params = Vec::new();
        for (i, p) in op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("`parameters[{i}]` has no name"))?;
            params.push(Prop {
                name: name.to_owned(),
                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                shape: p.get("schema").map_or(Shape::Any, |s| self.shape(s)),
            });
        }
        if let Some(body) = op.pointer("/requestBody/content/application~1json/schema") {
            params.extend(self.properties(body).unwrap_or_default());
        }
        let data = op
            .pointer("/responses/200/content/application~1json/schema")
            .or_else(|| op.pointer("/responses/201/content/application~1json/schema"))
            .and_then(|s| self.properties(s))
            .and_then(|props| props.into_iter().find(|p| p.name == "data"))
            .map(|p| p.shape);
        let user_token = op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(|alternatives| alternatives.iter().any(|a| a.get("bearer").is_some()));
        Ok(Operation {
            id,
            summary,
            user_token,
            params,
            data,
        })
    }

    /// The schema a `$ref` (or an `allOf` of one `$ref`) points to, else the schema itself.
    fn resolve<'v>(&'v self, schema: &'v Value) -> &'v Value {
        let mut schema = schema;
        for _ in 0..16 {
            match Shapes::ref_name(schema).and_then(|name| self.schemas.get(&name)) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }

    /// The name of the schema a `$ref` (or single-`allOf`) names.
    fn ref_name(schema: &Value) -> Option<String> {
        let r =
            schema
                .get("$ref")
                .and_then(Value::as_str)
                .or_else(|| match schema.get("allOf") {
                    Some(Value::Array(all)) if all.len() == 1 => all[0].get("$ref")?.as_str(),
                    _ => None,
                })?;
        r.rsplit('/').next().map(str::to_owned)
    }

    fn shape(&self, schema: &Value) -> Shape {
        let named = Shapes::ref_name(schema);
        let schema = self.resolve(schema);
        if let Some(Value::Array(values)) = schema.get("enum") {
            let values: Vec<String> = values
                .iter()
                .filter_map(|v| match v {
                    Value::String(s) => Some(s.clone()),
                    _ => None,
                })
                .collect();
            if !values.is_empty() {
                return Shape::Enum(values);
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("string") => Shape::String,
            Some("integer") => Shape::Integer,
            Some("number") => Shape::Number,
            Some("boolean") => Shape::Boolean,
            Some("array") => Shape::Array(Box::new(
                schema.get("items").map_or(Shape::Any, |i| self.shape(i)),
            )),
            Some("object") => Shape::Object(named),
            _ if named.is_some() => Shape::Object(named),
            _ => Shape::Any,
        }
    }

    /// The properties of an object schema, or `None` when it is not one.
    fn properties(&self, schema: &Value) -> Option<Vec<Prop>> {
        let schema = self.resolve(schema);
        let props = schema.get("properties")?.as_object()?;
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        Some(
            props
                .iter()
                .map(|(name, s)| Prop {
                    name: name.clone(),
                    required: required.contains(&name.as_str()),
                    shape: self.shape(s),
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"{
      "components": {"schemas": {
        "AppType": {"type": "string", "enum": ["web", "spa"]},
        "CreateDto": {"type": "object", "required": ["name"], "properties": {
          "name": {"type": "string"},
          "appType": {"allOf": [{"$ref": "#/components/schemas/AppType"}]},
          "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
          "extra": {"type": "object"}
        }},
        "Resp": {"type": "object", "properties": {
          "statusCode": {"type": "number"},
          "data": {"$ref": "#/components/schemas/CreateDto"}
        }}
      }},
      "paths": {
        "/api/v3/create": {"post": {"operationId": "create",
          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateDto"}}}},
          "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resp"}}}}}}},
        "/api/v3/get": {"get": {"operationId": "get", "summary": "获取 ", "parameters": [
          {"name": "id", "in": "query", "required": true, "schema": {"type": "string"}},
          {"name": "limit", "in": "query", "schema": {"type": "integer"}}
        ]}}
      }
    }"##;

    #[test]
    fn reads_parameters_bodies_enums_and_data() {
        let f = Factory::parse(DOC).unwrap();
        let create = f.operation("post", "/api/v3/create").unwrap();
        let names: Vec<&str> = create.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["appType", "extra", "name", "tags"]);
        assert!(create.param("name").unwrap().required);
        assert_eq!(
            create.param("appType").unwrap().shape.enum_values(),
            Some(&["web".to_owned(), "spa".to_owned()][..])
        );
        assert_eq!(
            create.param("tags").unwrap().shape.spec_words(),
            "array<string>"
        );
        assert_eq!(create.param("extra").unwrap().shape.spec_words(), "json");
        assert_eq!(create.data, Some(Shape::Object(Some("CreateDto".into()))));
        let get = f.operation("GET", "/api/v3/get").unwrap();
        assert_eq!(get.param("limit").unwrap().shape, Shape::Integer);
        assert!(!get.param("limit").unwrap().required);
        assert_eq!(
            f.property("CreateDto", "name").unwrap().shape,
            Shape::String
        );
    }

    #[test]
    fn bad_documents_are_errors_naming_what_is_wrong() {
        assert!(Factory::parse("[").unwrap_err().contains("not JSON"));
        assert!(Factory::parse("{}")
            .unwrap_err()
            .contains("components.schemas"));
        let e = Factory::parse(
            r#"{"components":{"schemas":{}},"paths":{"/p":{"get":{"parameters":[{}]}}}}"#,
        )
        .unwrap_err();
        assert!(
            e.contains("paths./p.get") && e.contains("parameters[0]"),
            "{e}"
        );
    }
}
