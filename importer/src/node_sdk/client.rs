//! Reading `src/ManagementClient.ts` and `src/AuthenticationClient.ts` of the official Node SDK:
//! each generated method's JSDoc, parameters and request. The files are generated with one fixed
//! shape, so a small reader does it: a method whose body is a generated request
//! (`return await this.httpClient.request({` or `const result = await ...`) is a route and must
//! read in full, else the file and line are the error; any other method (OIDC helpers, `sub`)
//! sends nothing through it and is only counted.

use spec_model::spec::HttpMethod;

use super::text::{matching, split_top, Cursor};

/// One generated method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeMethod {
    /// The method's name, e.g. `deleteById`.
    pub name: String,
    /// The 1-based line of `public async <name>(`.
    pub line: usize,
    pub http_method: HttpMethod,
    /// The `url` as written (placeholders such as `{id}` left in: the SDK does not fill them).
    pub url: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    /// Parameters destructured from an options object, or positional ones.
    pub params: Vec<NodeParam>,
    /// The type of a `requestBody: X` parameter.
    pub body: Option<String>,
    /// `Promise<X>`'s `X` (empty when the method does not say).
    pub returns: String,
    /// The request sends `params:` (the query string).
    pub query: bool,
}

/// A parameter of a method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeParam {
    pub name: String,
    /// The TypeScript type as written.
    pub ty: String,
    pub required: bool,
    pub default: Option<String>,
    pub doc: Option<String>,
}

/// What a client file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientFile {
    pub methods: Vec<NodeMethod>,
    /// Methods that send no request through the HTTP client (their names).
    pub hand_written: Vec<String>,
}

/// Reads a client file; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<ClientFile, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = ClientFile::default();
    let mut doc: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.starts_with("  /**") {
            doc.clear();
            while i < lines.len() {
                let l = lines[i].trim();
                let body = l.trim_start_matches("/**").trim_end_matches("*/").trim();
                let body = body.strip_prefix('*').unwrap_or(body).trim();
                if !body.is_empty() {
                    doc.push(body.to_owned());
                }
                i += 1;
                if l.ends_with("*/") {
                    break;
                }
            }
            continue;
        }
        let Some(rest) = line.strip_prefix("  public ") else {
            if !line.trim().is_empty() {
                doc.clear();
            }
            i += 1;
            continue;
        };
        let start = i;
        // The method runs to the class-level `  }`.
        let end = (i..lines.len())
            .find(|&j| lines[j] == "  }")
            .ok_or_else(|| format!("{file}:{}: the method does not end (no `  }}`)", i + 1))?;
        let method_text = lines[start..=end].join("\n");
        i = end + 1;
        let rest = rest.strip_prefix("async ").unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let generated = lines[start..end].iter().any(|l| {
            let t = l.trim();
            t == "return await this.httpClient.request({"
                || t == "const result = await this.httpClient.request({"
        });
        if !generated {
            out.hand_written.push(name);
            doc.clear();
            continue;
        }
        let method = read_method(&method_text, &name, &doc).map_err(|(offset, e)| {
            format!("{file}:{}: {e}", start + 1 + line_of(&method_text, offset))
        })?;
        out.methods.push(NodeMethod {
            line: start + 1,
            ..method
        });
        doc.clear();
    }
    Ok(out)
}

/// The 0-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count()
}

type ReadError = (usize, String);

fn read_method(text: &str, name: &str, doc: &[String]) -> Result<NodeMethod, ReadError> {
    let mut cur = Cursor::new(text);
    let open = text
        .find('(')
        .ok_or((0, format!("`{name}`: expected `(` after the name")))?;
    let close = matching(text, open).ok_or((open, format!("`{name}`: unclosed `(`")))?;
    let (params, body) = read_params(&text[open + 1..close]).map_err(|e| (open, e))?;
    cur.seek(close + 1);
    // A hand-written method that sends a request may leave its return type out.
    let returns = if cur.expect(": Promise<").is_ok() {
        let ret_start = cur.pos() - 1;
        let ret_end = matching(text, ret_start)
            .ok_or((ret_start, format!("`{name}`: unclosed `Promise<`")))?;
        text[ret_start + 1..ret_end].trim().to_owned()
    } else {
        cur.expect("{").map_err(|at| {
            (
                at,
                format!("`{name}`: expected `: Promise<...> {{` or `{{`"),
            )
        })?;
        String::new()
    };
    let req_at = text
        .find("this.httpClient.request({")
        .ok_or((0, format!("`{name}`: no request")))?;
    let obj_open = req_at + "this.httpClient.request(".len();
    let obj_close = matching(text, obj_open).ok_or((obj_open, "unclosed request object".into()))?;
    let mut http_method = None;
    let mut url = None;
    let mut query = false;
    for (offset, entry) in split_top(&text[obj_open + 1..obj_close], ',') {
        let at = obj_open + 1 + offset + (entry.len() - entry.trim_start().len());
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        let (key, value) = entry.split_once(':').ok_or((
            at,
            format!("`{name}`: expected `key: value` in the request, found `{entry}`"),
        ))?;
        let value = value.trim();
        match key.trim() {
            "method" => {
                http_method = Some(match unquote(value) {
                    Some("GET") => HttpMethod::Get,
                    Some("POST") => HttpMethod::Post,
                    Some("PUT") => HttpMethod::Put,
                    Some("DELETE") => HttpMethod::Delete,
                    Some("PATCH") => HttpMethod::Patch,
                    _ => return Err((at, format!("`{name}`: unknown HTTP method {value}"))),
                })
            }
            "url" => {
                url = Some(
                    unquote(value)
                        .ok_or((
                            at,
                            format!("`{name}`: the url is not a string literal: {value}"),
                        ))?
                        .to_owned(),
                )
            }
            "params" => query = true,
            "data" => {}
            other => return Err((at, format!("`{name}`: unexpected request key `{other}`"))),
        }
    }
    let tag = |t: &str| {
        doc.iter()
            .find_map(|l| l.strip_prefix(t))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    Ok(NodeMethod {
        name: name.to_owned(),
        line: 0,
        http_method: http_method
            .ok_or((obj_open, format!("`{name}`: the request has no method")))?,
        url: url.ok_or((obj_open, format!("`{name}`: the request has no url")))?,
        summary: tag("@summary"),
        description: tag("@description"),
        deprecated: doc.iter().any(|l| l.starts_with("@deprecated")),
        params,
        body,
        returns,
        query,
    })
}

/// A string literal's content (`"x"` or `'x'`).
fn unquote(v: &str) -> Option<&str> {
    let v = v.trim();
    v.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
}

/// The parameter list: `requestBody: X`, positional `name: type`s, or `{ a, b = 1 }: { ... }`.
fn read_params(text: &str) -> Result<(Vec<NodeParam>, Option<String>), String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok((Vec::new(), None));
    }
    if t.starts_with('{') {
        let close = matching(t, 0).ok_or("unclosed `{` in the parameters")?;
        let mut defaults = Vec::new();
        for (_, name) in split_top(&t[1..close], ',') {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            match name.split_once('=') {
                Some((n, d)) => defaults.push((n.trim().to_owned(), Some(d.trim().to_owned()))),
                None => defaults.push((name.to_owned(), None)),
            }
        }
        let rest = t[close + 1..].trim_start();
        let rest = rest
            .strip_prefix(':')
            .ok_or("expected `: { ... }` after the destructured parameters")?
            .trim_start();
        if !rest.starts_with('{') {
            return Err("expected a type literal `{ ... }` for the destructured parameters".into());
        }
        let lit_close = matching(rest, 0).ok_or("unclosed type literal")?;
        let after = rest[lit_close + 1..].trim();
        if !(after.is_empty() || after == "= {}") {
            return Err(format!("unexpected `{after}` after the parameters' type"));
        }
        let members = super::text::members(&rest[1..lit_close])?;
        let mut params = Vec::new();
        for (name, default) in defaults {
            let m = members
                .iter()
                .find(|m| m.name == name)
                .ok_or_else(|| format!("parameter `{name}` has no type in the type literal"))?;
            params.push(NodeParam {
                name,
                ty: m.ty.clone(),
                required: !m.optional && default.is_none(),
                default,
                doc: m.doc.clone(),
            });
        }
        return Ok((params, None));
    }
    let mut params = Vec::new();
    let mut body = None;
    for (_, p) in split_top(t, ',') {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let (name, ty) = p
            .split_once(':')
            .ok_or_else(|| format!("expected `name: type`, found `{p}`"))?;
        let (name, optional) = match name.trim().strip_suffix('?') {
            Some(n) => (n.trim(), true),
            None => (name.trim(), false),
        };
        if name == "requestBody" {
            body = Some(ty.trim().to_owned());
        } else {
            params.push(NodeParam {
                name: name.to_owned(),
                ty: ty.trim().to_owned(),
                required: !optional,
                default: None,
                doc: None,
            });
        }
    }
    Ok((params, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"export class ManagementClient {
  constructor() {}

  /**
   * @summary 获取 ip 列表
   * @description 分页获取 ip 列表
   * @returns IpListPaginatedRespDto
   */
  public async findIpList({
    ipType,
    page = 1,
    limit = 10,
  }: {
    /** IP 类型 **/
    ipType: "BLACK" | "WHITE";
    /** 当前页数，从 1 开始 **/
    page?: number;
    /** 每页数目 **/
    limit?: number;
  }): Promise<IpListPaginatedRespDto> {
    return await this.httpClient.request({
      method: "GET",
      url: "/api/v3/ip-list",
      params: {
        page: page,
        limit: limit,
        ipType: ipType,
      },
    });
  }

  /**
   * @deprecated
   * @summary 删除 ip 名单
   * @returns CommonResponseDto
   */
  public async deleteById(id: string): Promise<CommonResponseDto> {
    const result = await this.httpClient.request({
      method: "DELETE",
      url: "/api/v3/ip-list/{id}",
    });
    return result;
  }

  public async add(requestBody: IpListCreateDto): Promise<CommonResponseDto> {
    return await this.httpClient.request({
      method: "POST",
      url: "/api/v3/ip-list",
      data: requestBody,
    });
  }

  public async pub(eventName: string, data: string) {
    if (typeof data !== "string") {
      throw new Error("x");
    }
    return await this.httpClient.request({
      method: "POST",
      url: "/api/v3/pub-event",
      data: {
        eventType: eventName,
      },
    });
  }

  public sub(eventName: string) {
    return 1;
  }
}
"#;

    #[test]
    fn reads_generated_methods_and_counts_hand_written_ones() {
        let f = parse("M.ts", FILE).unwrap();
        let names: Vec<&str> = f.methods.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["findIpList", "deleteById", "add", "pub"]);
        assert_eq!(f.hand_written, ["sub"]);
        assert_eq!(f.methods[3].returns, "");
        assert_eq!(f.methods[3].url, "/api/v3/pub-event");
        let list = &f.methods[0];
        assert_eq!(list.line, 9);
        assert_eq!(list.http_method, HttpMethod::Get);
        assert!(list.query);
        assert_eq!(list.summary.as_deref(), Some("获取 ip 列表"));
        assert_eq!(list.returns, "IpListPaginatedRespDto");
        assert_eq!(list.params[0].ty, "\"BLACK\" | \"WHITE\"");
        assert!(list.params[0].required);
        assert_eq!(list.params[1].default.as_deref(), Some("1"));
        assert!(!list.params[1].required);
        assert_eq!(list.params[2].doc.as_deref(), Some("每页数目"));
        let delete = &f.methods[1];
        assert!(delete.deprecated);
        assert_eq!(delete.url, "/api/v3/ip-list/{id}");
        assert_eq!(delete.params[0].name, "id");
        assert_eq!(f.methods[2].body.as_deref(), Some("IpListCreateDto"));
    }

    #[test]
    fn a_generated_method_that_does_not_read_is_an_error_at_its_line() {
        let bad = FILE.replace("method: \"DELETE\"", "method: verb");
        let e = parse("M.ts", &bad).unwrap_err();
        let line = bad
            .lines()
            .position(|l| l.contains("method: verb"))
            .unwrap()
            + 1;
        assert!(
            e.starts_with(&format!("M.ts:{line}: `deleteById`: unknown HTTP method")),
            "{e}"
        );
        let bad = FILE.replace("    limit?: number;\n", "");
        let e = parse("M.ts", &bad).unwrap_err();
        assert!(
            e.starts_with("M.ts:9:") && e.contains("`limit` has no type"),
            "{e}"
        );
    }
}
