//! Reading `src/models/<Name>.ts` of the official Node SDK: `export type <Name> = { ... };`
//! (each member with its doc comment) and, when the type has enums, `export namespace <Name> {
//! export enum <member> { KEY = 'value', ... } }`. Anything else in a model file is an error
//! naming the file and line.

use std::collections::BTreeMap;

use super::text::{comment_text, matching, members, split_top, Member};

/// One model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Model {
    pub name: String,
    pub doc: Option<String>,
    pub fields: Vec<Member>,
    /// The enums of its namespace: enum name -> values.
    pub enums: BTreeMap<String, Vec<String>>,
}

/// Reads a model file; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Model, String> {
    let line_at = |offset: usize| text[..offset].matches('\n').count() + 1;
    let err = |offset: usize, what: String| format!("{file}:{}: {what}", line_at(offset));
    let start = text
        .find("export type ")
        .ok_or_else(|| err(0, "expected `export type <Name> = { ... };`".into()))?;
    let rest = &text[start + "export type ".len()..];
    let (name, after) = rest
        .split_once('=')
        .ok_or_else(|| err(start, "expected `=` after the type's name".into()))?;
    let name = name.trim().to_owned();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(err(start, format!("`{name}` is not a type name")));
    }
    let open = text.len() - after.len() + (after.len() - after.trim_start().len());
    if text.as_bytes().get(open) != Some(&b'{') {
        return Err(err(
            open,
            format!("`{name}` is not an object type (`= {{ ... }}`)"),
        ));
    }
    let close = matching(text, open).ok_or_else(|| err(open, "unclosed `{`".into()))?;
    let fields = members(&text[open + 1..close]).map_err(|e| err(open, e))?;
    let doc = text[..start]
        .rfind("/**")
        .filter(|&c| text[c..start].trim_end().ends_with("*/"))
        .and_then(|c| comment_text(&text[c..start]));
    let mut enums = BTreeMap::new();
    let tail = &text[close + 1..];
    if let Some(ns) = tail.find("export namespace ") {
        let ns_at = close + 1 + ns;
        let ns_open = text[ns_at..]
            .find('{')
            .map(|o| ns_at + o)
            .ok_or_else(|| err(ns_at, "expected `{` after `export namespace`".into()))?;
        let ns_close =
            matching(text, ns_open).ok_or_else(|| err(ns_open, "unclosed namespace".into()))?;
        let mut at = ns_open + 1;
        while let Some(e) = text[at..ns_close].find("export enum ") {
            let e_at = at + e;
            let e_rest = &text[e_at + "export enum ".len()..];
            let e_name: String = e_rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let e_open = text[e_at..]
                .find('{')
                .map(|o| e_at + o)
                .ok_or_else(|| err(e_at, "expected `{` after `export enum`".into()))?;
            let e_close =
                matching(text, e_open).ok_or_else(|| err(e_open, "unclosed enum".into()))?;
            let mut values = Vec::new();
            for (_, item) in split_top(&text[e_open + 1..e_close], ',') {
                let item = strip_comments(item);
                let item = item.trim();
                if item.is_empty() {
                    continue;
                }
                let (_, value) = item.split_once('=').ok_or_else(|| {
                    err(
                        e_open,
                        format!("enum `{e_name}`: expected `KEY = 'value'`, found `{item}`"),
                    )
                })?;
                let value = value.trim();
                let value = value
                    .strip_prefix('\'')
                    .and_then(|v| v.strip_suffix('\''))
                    .or_else(|| value.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
                    .map(str::to_owned)
                    // A numeric enum keeps its number as the value.
                    .unwrap_or_else(|| value.to_owned());
                values.push(value);
            }
            enums.insert(e_name, values);
            at = e_close + 1;
        }
    }
    Ok(Model {
        name,
        doc,
        fields,
        enums,
    })
}

/// The text without `/* ... */` and `// ...` comments.
fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                rest = rest[b..].find("*/").map_or("", |e| &rest[b + e + 2..]);
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                rest = rest[l..].find('\n').map_or("", |e| &rest[l + e..]);
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_model_and_its_enums() {
        let text = "/* istanbul ignore file */\n\nimport type { X } from './X';\n\n/**\n * 成员\n */\nexport type AddDto = {\n    /**\n     * 组织 code\n     */\n    organizationCode: string;\n    /**\n     * 类型\n     */\n    departmentIdType?: AddDto.departmentIdType;\n    items?: Array<X>;\n};\n\nexport namespace AddDto {\n\n    /**\n     * 类型\n     */\n    export enum departmentIdType {\n        DEPARTMENT_ID = 'department_id',\n        CODE = 'code',\n    }\n\n\n}\n";
        let m = parse("AddDto.ts", text).unwrap();
        assert_eq!(m.name, "AddDto");
        assert_eq!(m.doc.as_deref(), Some("成员"));
        assert_eq!(m.fields.len(), 3);
        assert_eq!(m.fields[1].ty, "AddDto.departmentIdType");
        assert_eq!(m.enums["departmentIdType"], ["department_id", "code"]);
        let e = parse("Bad.ts", "\n\nexport type Bad = string;\n").unwrap_err();
        assert!(
            e.starts_with("Bad.ts:3:") && e.contains("not an object type"),
            "{e}"
        );
    }
}
