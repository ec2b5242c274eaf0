//! Safe snippets of a response body for error messages: bounded, on one line, with the values of
//! credential-like JSON keys masked ([`is_sensitive_key`]); a body that is not JSON is cut before
//! its first credential-like word, since its keys and values cannot be told apart. Nothing else
//! lives here.

/// At most this many characters of a body go into an error.
pub(crate) const EXCERPT_CHARS: usize = 200;

/// How much of the body is scanned for credential keys before cutting (bytes).
const SCAN_BYTES: usize = 4096;

/// Parts of a JSON key (lowercased, only letters and digits kept) that make it credential-like.
/// A substring rule, so it masks a superset of the generator's credential-name rule (which
/// matches whole trailing words: `password`, `secret`, `token`, `private key`, `api key`,
/// `aes key`, `encrypt key`, `recovery code`, ...); the generated secrets test checks that every
/// field the generator marks is masked by it.
const SENSITIVE_KEY_PARTS: [&str; 11] = [
    "secret",
    "token",
    "pass",
    "credential",
    "ciphertext",
    "privatekey",
    "apikey",
    "aeskey",
    "encryptkey",
    "recoverycode",
    "permanentcode",
];

/// The words after which the excerpt of a body that is not JSON is cut (ASCII case-insensitive).
const SENSITIVE_WORDS: [&str; 11] = [
    "secret",
    "token",
    "pass",
    "credential",
    "ciphertext",
    "private",
    "apikey",
    "api_key",
    "aes",
    "encrypt",
    "recovery",
];

/// Whether a JSON key names a credential whose value must never be shown.
pub(crate) fn is_sensitive_key(key: &str) -> bool {
    let key: String = key
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    SENSITIVE_KEY_PARTS.iter().any(|part| key.contains(part))
}

/// Where the first credential-like word of `text` ends (ASCII case-insensitive), if any.
fn end_of_first_sensitive_word(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    SENSITIVE_WORDS
        .iter()
        .filter_map(|w| lower.find(w).map(|i| i + w.len()))
        .min()
}

/// The start of `body` as one line of at most [`EXCERPT_CHARS`] characters, credentials masked.
pub(crate) fn excerpt(body: &[u8]) -> String {
    if body.is_empty() {
        return "(empty)".to_owned();
    }
    let head = &body[..body.len().min(SCAN_BYTES)];
    let mut masked = mask_credentials(&String::from_utf8_lossy(head));
    let mut withheld = false;
    if serde_json::from_slice::<serde::de::IgnoredAny>(body).is_err() {
        // Masking by key needs well-formed JSON: in a broken body a credential may sit where no
        // key announces it. Show nothing after the first credential-like word.
        if let Some(end) = end_of_first_sensitive_word(&masked) {
            masked.truncate(end);
            withheld = true;
        }
    }
    let mut out = String::with_capacity(EXCERPT_CHARS + 40);
    let mut chars = 0;
    let mut last_space = false;
    for c in masked.chars() {
        let space = c.is_whitespace();
        if space && last_space {
            continue;
        }
        last_space = space;
        if chars == EXCERPT_CHARS {
            out.push('…');
            return out;
        }
        out.push(if space { ' ' } else { c });
        chars += 1;
    }
    if withheld {
        out.push_str(" … (rest withheld: may hold a credential)");
    } else if body.len() > SCAN_BYTES {
        out.push('…');
    }
    out
}

/// Replaces the value of every credential-like key with `***`. Works on truncated or
/// malformed JSON too: an unterminated value is masked to the end.
fn mask_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(quote) = rest.find('"') {
        out.push_str(&rest[..quote]);
        let (string, after) = split_json_string(&rest[quote..]);
        out.push_str(string);
        rest = after;
        let inner = string.trim_start_matches('"').trim_end_matches('"');
        let colon = rest.trim_start();
        if !(colon.starts_with(':') && is_sensitive_key(inner)) {
            continue;
        }
        // Copy `  :  ` then mask the value that follows.
        let value_start = rest.len() - colon[1..].trim_start().len();
        out.push_str(&rest[..value_start]);
        rest = &rest[value_start..];
        let after = skip_value(rest);
        if after.len() < rest.len() {
            out.push_str(if rest.starts_with('"') {
                "\"***\""
            } else {
                "***"
            });
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// What follows the JSON value at the start of `s` (a string, a nested object or list, or a
/// scalar); a value cut short by truncation runs to the end.
fn skip_value(s: &str) -> &str {
    if s.starts_with('"') {
        return split_json_string(s).1;
    }
    if !s.starts_with(['{', '[']) {
        let end = s
            .find([',', '}', ']', ' ', '\n', '\r', '\t'])
            .unwrap_or(s.len());
        return &s[end..];
    }
    let mut depth = 0usize;
    let mut rest = s;
    while let Some(i) = rest.find(['"', '{', '[', '}', ']']) {
        let c = rest.as_bytes()[i];
        if c == b'"' {
            rest = split_json_string(&rest[i..]).1;
            continue;
        }
        rest = &rest[i + 1..];
        if c == b'{' || c == b'[' {
            depth += 1;
        } else {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return rest;
            }
        }
    }
    ""
}

/// Splits `s` (which starts with `"`) after its closing quote, honouring escapes; an
/// unterminated string takes the whole input.
fn split_json_string(s: &str) -> (&str, &str) {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return s.split_at(i + 1),
            _ => {}
        }
    }
    (s, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_credential_values_and_keeps_the_rest() {
        let body = br#"{"statusCode":200,"data":{"secret": "e2345asdfwagw13424","access_token":"eyJ.x.y","expires_in":7200,"accessKeySecret":12345,"nested":{"password":"p\"w"},"tokens":["a",{"b":"]"}],"n":1}}"#;
        let e = excerpt(body);
        assert_eq!(
            e,
            r#"{"statusCode":200,"data":{"secret": "***","access_token":"***","expires_in":7200,"accessKeySecret":***,"nested":{"password":"***"},"tokens":***,"n":1}}"#
        );
    }

    #[test]
    fn a_broken_body_is_cut_at_its_first_credential_word() {
        // Truncated JSON, a missing colon, flipped quotes: keys cannot be trusted.
        let e = excerpt(br#"{"data":{"secret":"e2345asdf"#);
        assert_eq!(
            e,
            r#"{"data":{"secret … (rest withheld: may hold a credential)"#
        );
        let e = excerpt(br#"{"data":{"Secret" "e2345asdfwagw"}}"#);
        assert!(!e.contains("e2345"), "{e}");
        let e = excerpt(br#"{"a":"x\"", "b":"Token":"eyJhbGciOi"}"#);
        assert!(!e.contains("eyJhbG"), "{e}");
        // Nothing credential-like: the whole (bounded) body is shown.
        assert_eq!(excerpt(b"{\"data\": oops}"), "{\"data\": oops}");
    }

    #[test]
    fn bounds_the_length() {
        let long = "x".repeat(5000);
        let e = excerpt(long.as_bytes());
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.ends_with('…'));
    }

    #[test]
    fn one_line_even_for_html_and_not_utf8() {
        let e = excerpt(b"<html>\n  <body>502 Bad Gateway</body>\n</html>\n");
        assert_eq!(e, "<html> <body>502 Bad Gateway</body> </html> ");
        assert_eq!(excerpt(&[0xff, b'a']), "\u{fffd}a");
        assert_eq!(excerpt(b""), "(empty)");
    }

    #[test]
    fn credential_keys_in_any_spelling() {
        for key in [
            "privateKey",
            "private_key",
            "encodingAESKey",
            "recovery-code",
            "bindCredentials",
            "ciphertext",
            "PASSWD",
            "senderPass",
        ] {
            assert!(is_sensitive_key(key), "{key}");
        }
        // The substring rule masks more than the field rule: acceptable in an excerpt.
        assert!(is_sensitive_key("passwordEncryptType"));
        for key in ["userId", "key", "code", "appKey", "expires_in"] {
            assert!(!is_sensitive_key(key), "{key}");
        }
    }

    #[test]
    fn a_value_string_that_looks_like_a_key_is_not_mistaken() {
        let e = excerpt(br#"{"message":"token","x":1}"#);
        assert_eq!(e, r#"{"message":"token","x":1}"#);
    }
}
