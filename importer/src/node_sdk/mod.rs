//! The official Node SDK (`authing-node-sdk`, vendored in `upstream/node-sdk/`): the third
//! source, after the docs pages and the docs factory's OpenAPI. Its generated TypeScript has one
//! fixed shape, read by a small reader ([`client`] for the two clients' methods, [`models`] for
//! `src/models/*.ts`, [`text`] for the brackets and comments they share); a file that does not
//! read is an error naming the file and line. [`NodeSdk::operation`] makes a method's page.

pub mod client;
pub mod models;
pub mod text;

use std::collections::BTreeMap;
use std::path::Path;

use crate::routes::Client;
use crate::synth::{self, Field, FieldType};

pub use client::{NodeMethod, NodeParam};
pub use models::Model;

/// The vendored Node SDK, relative to the workspace root.
pub const NODE_SDK: &str = "upstream/node-sdk";

/// The files the importer reads, relative to the package root.
pub const MANAGEMENT_FILE: &str = "src/ManagementClient.ts";
pub const AUTHENTICATION_FILE: &str = "src/AuthenticationClient.ts";
pub const MODELS_DIR: &str = "src/models";

/// The Node SDK, read.
#[derive(Debug, Clone, Default)]
pub struct NodeSdk {
    /// `package.json`'s `version`.
    pub version: String,
    pub management: client::ClientFile,
    pub authentication: client::ClientFile,
    /// By type name.
    pub models: BTreeMap<String, Model>,
}

impl NodeSdk {
    /// Reads the package at `dir` (`package.json`, the two client files, `src/models/*.ts`).
    pub fn load(dir: &Path) -> Result<NodeSdk, String> {
        let read = |rel: &str| {
            let file = dir.join(rel);
            std::fs::read_to_string(&file)
                .map_err(|e| format!("{}: cannot read: {e}", file.display()))
        };
        let package: serde_json::Value = serde_json::from_str(&read("package.json")?)
            .map_err(|e| format!("{}: not JSON: {e}", dir.join("package.json").display()))?;
        let version = package
            .get("version")
            .and_then(|v| v.as_str())
            .ok_or_else(|| format!("{}: no `version`", dir.join("package.json").display()))?
            .to_owned();
        let label = |rel: &str| dir.join(rel).display().to_string();
        let management = client::parse(&label(MANAGEMENT_FILE), &read(MANAGEMENT_FILE)?)?;
        let authentication =
            client::parse(&label(AUTHENTICATION_FILE), &read(AUTHENTICATION_FILE)?)?;
        let mut models = BTreeMap::new();
        let models_dir = dir.join(MODELS_DIR);
        for rel in spec_model::files::list(&models_dir)? {
            if !rel.ends_with(".ts") || rel == "index.ts" {
                continue;
            }
            let path = models_dir.join(&rel);
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            let model = models::parse(&path.display().to_string(), &text)?;
            models.insert(model.name.clone(), model);
        }
        Ok(NodeSdk {
            version,
            management,
            authentication,
            models,
        })
    }

    /// How routes read from it are labelled (`node-sdk-4.0.1`), as in `routes.tsv`'s `seen_in`.
    pub fn label(&self) -> String {
        format!("node-sdk-{}", self.version)
    }

    /// The generated methods of a client.
    pub fn methods(&self, client: Client) -> &[NodeMethod] {
        match client {
            Client::Management => &self.management.methods,
            Client::Authentication => &self.authentication.methods,
        }
    }

    /// Why a method's page cannot be made from the models, if it cannot: its answer's type is
    /// not a model with a `data` member, or its body's type is not a model.
    pub fn missing_types(&self, m: &NodeMethod) -> Option<String> {
        let envelope = self.models.get(&m.returns);
        if envelope.is_none_or(|e| !e.fields.iter().any(|f| f.name == "statusCode")) {
            return Some(format!(
                "its answer is typed `{}`, not a response envelope model",
                m.returns
            ));
        }
        if let Some(body) = &m.body {
            if !self.models.contains_key(body) {
                return Some(format!("its body is typed `{body}`, not a model"));
            }
        }
        None
    }

    /// A method's page. Parameters named by a placeholder of the url go in the path and are
    /// not query or body members.
    pub fn operation(
        &self,
        m: &NodeMethod,
        path: String,
        class: &'static str,
        method: &str,
    ) -> synth::Operation {
        let placeholders: Vec<String> = m
            .url
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_owned()))
            .collect();
        let mut params: Vec<Field> = m
            .params
            .iter()
            .filter(|p| !placeholders.contains(&p.name))
            .map(|p| {
                let (ty, values) = self.ts_type(&p.ty, None);
                Field {
                    name: p.name.clone(),
                    ty,
                    required: p.required,
                    default: p.default.as_ref().map(|d| d.trim_matches('"').to_owned()),
                    description: p.doc.clone(),
                    values,
                    example: None,
                }
            })
            .collect();
        let mut named: Vec<String> = Vec::new();
        if let Some(body) = m.body.as_ref().and_then(|b| self.models.get(b)) {
            params.extend(self.fields(body));
        }
        let envelope = self
            .models
            .get(&m.returns)
            .map(|e| (e.name.clone(), self.fields(e)));
        named.extend(
            params
                .iter()
                .chain(envelope.iter().flat_map(|(_, f)| f))
                .filter_map(|f| f.ty.named().map(str::to_owned)),
        );
        let mut structures = Vec::new();
        let mut done = std::collections::BTreeSet::new();
        while let Some(name) = named.pop() {
            if !done.insert(name.clone()) {
                continue;
            }
            let Some(model) = self.models.get(&name) else {
                continue;
            };
            let fields = self.fields(model);
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
            title: m.summary.clone().unwrap_or_else(|| method.to_owned()),
            description: m.description.clone(),
            class,
            method: method.to_owned(),
            params,
            envelope,
            example: None,
            structures,
        }
    }

    fn fields(&self, model: &Model) -> Vec<Field> {
        model
            .fields
            .iter()
            .map(|f| {
                let (ty, values) = self.ts_type(&f.ty, Some(model));
                Field {
                    name: f.name.clone(),
                    ty,
                    required: !f.optional,
                    default: None,
                    description: f.doc.clone(),
                    values,
                    example: None,
                }
            })
            .collect()
    }

    /// A TypeScript type as a field type, with the values of a string enum or literal union.
    fn ts_type(&self, ty: &str, owner: Option<&Model>) -> (FieldType, Vec<String>) {
        let ty = ty.trim();
        let ty = ty
            .strip_suffix("| null")
            .or_else(|| ty.strip_suffix("|null"))
            .map_or(ty, str::trim);
        if let Some(inner) = ty.strip_prefix("Array<").and_then(|t| t.strip_suffix('>')) {
            let (inner, values) = self.ts_type(inner, owner);
            return (FieldType::Array(Box::new(inner)), values);
        }
        if let Some(inner) = ty.strip_suffix("[]") {
            let (inner, values) = self.ts_type(inner, owner);
            return (FieldType::Array(Box::new(inner)), values);
        }
        let literals: Vec<String> = ty
            .split('|')
            .map(str::trim)
            .filter_map(|v| {
                v.strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .map(str::to_owned)
            })
            .collect();
        if !literals.is_empty() && literals.len() == ty.split('|').count() {
            return (FieldType::String, literals);
        }
        match ty {
            "string" => return (FieldType::String, Vec::new()),
            "number" => return (FieldType::Number, Vec::new()),
            "boolean" => return (FieldType::Boolean, Vec::new()),
            _ => {}
        }
        if let Some((model, member)) = ty.split_once('.') {
            let values = self
                .models
                .get(model)
                .or(owner.filter(|o| o.name == model))
                .and_then(|m| m.enums.get(member))
                .cloned()
                .unwrap_or_default();
            if !values.is_empty() && values.iter().all(|v| v.parse::<f64>().is_ok()) {
                return (FieldType::Number, Vec::new());
            }
            return (FieldType::String, values);
        }
        match self.models.get(ty) {
            Some(m) if !m.fields.is_empty() && spec_model::types::is_type_name(ty) => {
                (FieldType::Named(ty.to_owned()), Vec::new())
            }
            _ => (FieldType::Object, Vec::new()),
        }
    }
}
