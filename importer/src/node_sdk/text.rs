//! The few pieces of TypeScript text the readers need: matching brackets, splitting at a
//! separator outside brackets, strings and comments, and the members of a type literal with
//! their doc comments.

/// A position in a text, moved forward by what it expects.
pub struct Cursor<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Cursor { text, pos: 0 }
    }

    pub fn seek(&mut self, pos: usize) {
        self.pos = pos.min(self.text.len());
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Skips whitespace, then `what`; `Err(position)` when it is not there.
    pub fn expect(&mut self, what: &str) -> Result<(), usize> {
        let rest = &self.text[self.pos..];
        let trimmed = rest.trim_start();
        let at = self.pos + (rest.len() - trimmed.len());
        if trimmed.starts_with(what) {
            self.pos = at + what.len();
            Ok(())
        } else {
            Err(at)
        }
    }
}

/// Where a string literal or comment starting at `i` ends (the index after it), if one does.
fn skip_literal(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes[i] {
        q @ (b'"' | b'\'' | b'`') => {
            let mut j = i + 1;
            while j < bytes.len() {
                match bytes[j] {
                    b'\\' => j += 2,
                    c if c == q => return Some(j + 1),
                    _ => j += 1,
                }
            }
            Some(bytes.len())
        }
        b'/' if bytes.get(i + 1) == Some(&b'*') => {
            let end = find(bytes, i + 2, b"*/").map_or(bytes.len(), |e| e + 2);
            Some(end)
        }
        b'/' if bytes.get(i + 1) == Some(&b'/') => {
            Some(find(bytes, i, b"\n").unwrap_or(bytes.len()))
        }
        _ => None,
    }
}

fn find(bytes: &[u8], from: usize, what: &[u8]) -> Option<usize> {
    (from..bytes.len().saturating_sub(what.len() - 1)).find(|&k| bytes[k..].starts_with(what))
}

fn closer(open: u8) -> Option<u8> {
    Some(match open {
        b'(' => b')',
        b'{' => b'}',
        b'[' => b']',
        b'<' => b'>',
        _ => return None,
    })
}

/// The index of the bracket closing the one at `open` (`(`, `{`, `[` or `<`).
pub fn matching(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    closer(*bytes.get(open)?)?;
    let mut stack = Vec::new();
    let mut i = open;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        let c = bytes[i];
        if let Some(close) = closer(c) {
            stack.push(close);
        } else if c == b'>' && i > 0 && bytes[i - 1] == b'=' {
            // `=>` closes nothing.
        } else if matches!(c, b')' | b'}' | b']' | b'>') {
            if stack.pop() != Some(c) {
                return None;
            }
            if stack.is_empty() {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// `text` split at `sep` outside brackets, strings and comments: each piece with its offset.
pub fn split_top(text: &str, sep: char) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(next) = skip_literal(bytes, i) {
            i = next;
            continue;
        }
        let c = bytes[i];
        if closer(c).is_some() {
            depth += 1;
        } else if matches!(c, b')' | b'}' | b']') || (c == b'>' && (i == 0 || bytes[i - 1] != b'='))
        {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && c == sep as u8 {
            out.push((start, &text[start..i]));
            start = i + 1;
        }
        i += 1;
    }
    out.push((start, &text[start..]));
    out
}

/// A member of a type literal (`/** doc */ name?: type;`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub optional: bool,
    pub ty: String,
    pub doc: Option<String>,
}

/// The text of a doc comment, without its markers, lines joined by a newline.
pub fn comment_text(comment: &str) -> Option<String> {
    let inner = comment
        .trim()
        .trim_start_matches("/**")
        .trim_start_matches("/*")
        .trim_end_matches("*/")
        .trim_end_matches('*');
    let lines: Vec<&str> = inner
        .lines()
        .map(|l| {
            let l = l.trim();
            l.strip_prefix('*').unwrap_or(l).trim()
        })
        .filter(|l| !l.is_empty())
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The members of a type literal's body (the text between its braces).
pub fn members(body: &str) -> Result<Vec<Member>, String> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut doc = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if bytes[i] == b'/' && matches!(bytes.get(i + 1), Some(b'*' | b'/')) {
            let end = skip_literal(bytes, i).unwrap_or(bytes.len());
            if bytes[i + 1] == b'*' {
                doc = comment_text(&body[i..end]);
            }
            i = end;
            continue;
        }
        // A member runs to the next `;` outside brackets.
        let rest = &body[i..];
        let (_, text) = split_top(rest, ';')[0];
        let consumed = text.len() + 1;
        let text = text.trim();
        let (name, ty) = text
            .split_once(':')
            .ok_or_else(|| format!("expected `name: type;` in a type literal, found `{text}`"))?;
        let name = name.trim();
        let (name, optional) = match name.strip_suffix('?') {
            Some(n) => (n.trim(), true),
            None => (name, false),
        };
        let name = name.trim_matches(|c| c == '\'' || c == '"');
        if name.is_empty() {
            return Err(format!("a member without a name: `{text}`"));
        }
        out.push(Member {
            name: name.to_owned(),
            optional,
            ty: ty.trim().to_owned(),
            doc: doc.take(),
        });
        i += consumed;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_separators_and_members() {
        let t = "f(a, \"(\", /* ) */ g<b, c>) x";
        assert_eq!(matching(t, 1), Some(25));
        let parts: Vec<&str> = split_top("a: Array<x, y>, b: {c; d}, 'e,f'", ',')
            .into_iter()
            .map(|(_, p)| p.trim())
            .collect();
        assert_eq!(parts, ["a: Array<x, y>", "b: {c; d}", "'e,f'"]);
        let body = "\n    /**\n     * 组织 code\n     */\n    organizationCode: string;\n    /** 类型 **/\n    kind?: A.kind;\n    'x-y': Array<string>;\n";
        let m = members(body).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].doc.as_deref(), Some("组织 code"));
        assert!(!m[0].optional);
        assert_eq!(m[1].doc.as_deref(), Some("类型"));
        assert!(m[1].optional);
        assert_eq!(m[1].ty, "A.kind");
        assert_eq!(m[2].name, "x-y");
        assert!(members("nocolon;").is_err());
    }
}
