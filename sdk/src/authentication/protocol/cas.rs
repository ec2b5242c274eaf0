//! CAS and SAML for an application set up for them: the CAS login and logout URLs
//! (`/cas-idp/{appId}/login|logout`), service ticket validation (`/cas-idp/{appId}/validate`,
//! CAS 1.0's text answer, and `/serviceValidate`, CAS 2.0's XML answer, read by a small tag
//! scanner: no XML crate, no entities beyond the five predefined and numeric ones, no DTDs;
//! linear in the answer's size), and the SAML 2.0 IdP login and logout URLs. OIDC and OAuth 2.0
//! live elsewhere.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use reqwest::header::HeaderMap;

use crate::authentication::send_once::answer;
use crate::authentication::AuthenticationClient;
use crate::runtime::Method;
use crate::transport::Outgoing;
use crate::{Error, ProtocolError};

/// Names of the validation endpoints in errors (the real path holds the app id).
const VALIDATE_V1: &str = "/cas-idp/{appId}/validate";
const VALIDATE_V2: &str = "/cas-idp/{appId}/serviceValidate";

/// The user a CAS 2.0 ticket validation names.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CasUser {
    /// `<cas:user>`: the user's name.
    pub user: String,
    /// `<cas:attributes>`' children as (name without prefix, text), in order; a name may
    /// repeat.
    pub attributes: Vec<(String, String)>,
}

impl CasUser {
    /// The first attribute named `name`.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn malformed(reason: &str) -> Error {
    Error::Protocol(ProtocolError::MalformedCasResponse {
        reason: reason.to_owned(),
    })
}

impl AuthenticationClient {
    /// `/cas-idp/{appId}{tail}` with the app id percent-encoded.
    fn cas_path(&self, tail: &str) -> String {
        let id = utf8_percent_encode(self.app_id(), NON_ALPHANUMERIC);
        format!("/cas-idp/{id}{tail}")
    }

    /// The CAS login URL: `{host}/cas-idp/{appId}/login?service=...`. Authing sends the
    /// user back to `service` with a `ticket` to validate.
    pub fn cas_login_url(&self, service: &str) -> String {
        let query = [("service", service.to_owned())];
        self.inner.transport.url(&self.cas_path("/login"), &query)
    }

    /// The CAS logout URL: `{host}/cas-idp/{appId}/logout`, with `?service=...` when given.
    pub fn cas_logout_url(&self, service: Option<&str>) -> String {
        let query: Vec<(&str, String)> = service
            .map(|s| ("service", s.to_owned()))
            .into_iter()
            .collect();
        self.inner.transport.url(&self.cas_path("/logout"), &query)
    }

    /// GETs a validation endpoint with the ticket and service; the body of a 2xx answer.
    async fn cas_validate(
        &self,
        label: &'static str,
        tail: &str,
        ticket: &str,
        service: &str,
    ) -> Result<String, Error> {
        let query = [
            ("service", service.to_owned()),
            ("ticket", ticket.to_owned()),
        ];
        let incoming = self
            .inner
            .transport
            .send_to(
                &self.cas_path(tail),
                Outgoing {
                    method: Method::Get,
                    path: label,
                    query: &query,
                    body: None,
                    form: false,
                    headers: HeaderMap::new(),
                    timeout: None,
                },
            )
            .await?;
        let body = answer("GET", label, incoming.status, incoming.body)?;
        String::from_utf8(body).map_err(|_| malformed("the answer is not UTF-8"))
    }

    /// Validates a service ticket with CAS 1.0 (`/cas-idp/{appId}/validate`): the user's name
    /// for `yes`, [`ProtocolError::TicketRejected`] with code `INVALID_TICKET` for `no` (CAS 1.0
    /// gives no reason), [`ProtocolError::MalformedCasResponse`] for anything else.
    pub async fn validate_cas_ticket_v1(
        &self,
        ticket: &str,
        service: &str,
    ) -> Result<String, Error> {
        let body = self
            .cas_validate(VALIDATE_V1, "/validate", ticket, service)
            .await?;
        parse_v1(&body)
    }

    /// Validates a service ticket with CAS 2.0 (`/cas-idp/{appId}/serviceValidate`) and returns
    /// the user and attributes; an `authenticationFailure` is [`ProtocolError::TicketRejected`]
    /// with its code (its message, which quotes the ticket, is dropped).
    ///
    /// ```no_run
    /// # async fn run(client: authing::AuthenticationClient) -> Result<(), authing::Error> {
    /// let service = "https://app.example/cas/callback";
    /// println!("send the user to {}", client.cas_login_url(service));
    /// // ... the user comes back to `service?ticket=ST-...`:
    /// let user = client.validate_cas_ticket("ST-...", service).await?;
    /// println!("{} {:?}", user.user, user.attribute("email"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn validate_cas_ticket(&self, ticket: &str, service: &str) -> Result<CasUser, Error> {
        let body = self
            .cas_validate(VALIDATE_V2, "/serviceValidate", ticket, service)
            .await?;
        parse_v2(&body)
    }

    /// The SAML 2.0 IdP login URL: `{host}/api/v2/saml-idp/{appId}`.
    pub fn saml_login_url(&self) -> String {
        let id = utf8_percent_encode(self.app_id(), NON_ALPHANUMERIC).to_string();
        self.inner
            .transport
            .url(&format!("/api/v2/saml-idp/{id}"), &[])
    }

    /// The SAML logout URL: `{host}/login/profile/logout`, with `?redirect_uri=...` when
    /// given.
    pub fn saml_logout_url(&self, redirect_uri: Option<&str>) -> String {
        let query: Vec<(&str, String)> = redirect_uri
            .map(|u| ("redirect_uri", u.to_owned()))
            .into_iter()
            .collect();
        self.inner.transport.url("/login/profile/logout", &query)
    }
}

/// CAS 1.0: `yes\n<user>\n` or `no\n\n`.
pub(crate) fn parse_v1(body: &str) -> Result<String, Error> {
    let mut lines = body.lines().map(str::trim);
    match lines.next() {
        Some("yes") => match lines.next() {
            Some(user) if !user.is_empty() => Ok(user.to_owned()),
            _ => Err(malformed("`yes` without a user")),
        },
        Some("no") => Err(Error::Protocol(ProtocolError::TicketRejected {
            code: "INVALID_TICKET".to_owned(),
        })),
        _ => Err(malformed("a CAS 1.0 answer starts with `yes` or `no`")),
    }
}

/// One piece of an XML document.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    /// A start tag: the local name (prefix dropped), its attributes' text, and whether it
    /// closes itself.
    Start(&'a str, &'a str, bool),
    End(&'a str),
    Text(String),
}

/// The name without its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// Splits `xml` into tags and text; comments, processing instructions and declarations are
/// skipped, CDATA is text. Text is kept as written (whitespace included, entities decoded):
/// an element's text is put together, and trimmed, by [`text_of`].
fn pieces(xml: &str) -> Result<Vec<Piece<'_>>, Error> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if !text.is_empty() {
            out.push(Piece::Text(unescape(text)));
        }
        rest = &rest[open..];
        let skip_to = |end: &str| rest.find(end).map(|i| i + end.len());
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata
                .find("]]>")
                .ok_or_else(|| malformed("an unclosed CDATA section"))?;
            out.push(Piece::Text(cdata[..end].to_owned()));
            rest = &cdata[end + 3..];
            continue;
        }
        let end = if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("<?") {
            skip_to("?>")
        } else {
            skip_to(">")
        }
        .ok_or_else(|| malformed("an unclosed tag"))?;
        let tag = &rest[1..end - 1];
        rest = &rest[end..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            out.push(Piece::End(local(name.trim())));
            continue;
        }
        let (tag, closed) = match tag.strip_suffix('/') {
            Some(tag) => (tag, true),
            None => (tag, false),
        };
        let (name, attributes) = tag
            .split_once(|c: char| c.is_ascii_whitespace())
            .unwrap_or((tag, ""));
        out.push(Piece::Start(local(name), attributes, closed));
    }
    if !rest.is_empty() {
        out.push(Piece::Text(unescape(rest)));
    }
    Ok(out)
}

/// The longest entity reference looked for after a `&`, `;` included (`&#x10FFFF;` is 10).
const MAX_ENTITY: usize = 12;

/// The five predefined entities and numeric references; anything else is kept as written. One
/// pass: after each `&` only the next [`MAX_ENTITY`] bytes are searched for its `;`, so a long
/// run of `&` without one costs no more than any other text.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let window = &rest.as_bytes()[..rest.len().min(MAX_ENTITY + 1)];
        // `;` is ASCII, so its position is a character boundary.
        let decoded = window
            .iter()
            .position(|&b| b == b';')
            .and_then(|semi| entity(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an entity reference's name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
            .and_then(char::from_u32),
    }
}

/// The value of attribute `name` in a start tag's attribute text.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attributes;
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value_end = after[1..].find(quote)?;
        if local(key) == name {
            return Some(&after[1..1 + value_end]);
        }
        rest = &after[value_end + 2..];
    }
    None
}

/// All the text of the element whose start tag is at `index`, up to its end tag: its text and
/// CDATA sections and those of its children, in order (a comment between two parts splits
/// nothing), trimmed. It reads only that element's pieces, so reading sibling elements reads
/// each piece once.
fn text_of(pieces: &[Piece<'_>], index: usize) -> String {
    let mut text = String::new();
    let mut depth = 0usize;
    for piece in pieces.iter().skip(index + 1) {
        match piece {
            Piece::Text(part) => text.push_str(part),
            Piece::Start(_, _, false) => depth += 1,
            Piece::Start(_, _, true) => {}
            Piece::End(_) if depth == 0 => break,
            Piece::End(_) => depth -= 1,
        }
    }
    text.trim().to_owned()
}

/// CAS 2.0: `<cas:serviceResponse>` with `<cas:authenticationSuccess>` (`<cas:user>`,
/// `<cas:attributes>`) or `<cas:authenticationFailure code="...">`.
pub(crate) fn parse_v2(body: &str) -> Result<CasUser, Error> {
    let pieces = pieces(body)?;
    let start = |name: &str| {
        pieces
            .iter()
            .position(|p| matches!(p, Piece::Start(n, _, _) if *n == name))
    };
    if let Some(i) = start("authenticationFailure") {
        let Piece::Start(_, attributes, _) = &pieces[i] else {
            unreachable!("found as a start tag")
        };
        // The code is a CAS constant; anything else in it is not shown.
        let code = attribute(attributes, "code")
            .filter(|c| {
                !c.is_empty()
                    && c.len() <= 64
                    && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
            })
            .unwrap_or("UNKNOWN");
        return Err(Error::Protocol(ProtocolError::TicketRejected {
            code: code.to_owned(),
        }));
    }
    let success = start("authenticationSuccess")
        .ok_or_else(|| malformed("neither authenticationSuccess nor authenticationFailure"))?;
    let user_at = pieces[success..]
        .iter()
        .position(|p| matches!(p, Piece::Start("user", _, false)))
        .map(|i| i + success)
        .ok_or_else(|| malformed("authenticationSuccess without a user"))?;
    let user = text_of(&pieces, user_at);
    if user.is_empty() {
        return Err(malformed("an empty user"));
    }
    // The direct children of `<cas:attributes>` (none when it closes itself), each with all
    // its text.
    let mut attributes = Vec::new();
    if let Some(open) =
        start("attributes").filter(|&i| matches!(pieces[i], Piece::Start(.., false)))
    {
        let mut depth = 0usize;
        for (i, piece) in pieces.iter().enumerate().skip(open + 1) {
            match piece {
                Piece::Start(name, _, closed) => {
                    if depth == 0 {
                        let value = if *closed {
                            String::new()
                        } else {
                            text_of(&pieces, i)
                        };
                        attributes.push(((*name).to_owned(), value));
                    }
                    if !closed {
                        depth += 1;
                    }
                }
                Piece::End(_) if depth == 0 => break,
                Piece::End(_) => depth -= 1,
                Piece::Text(_) => {}
            }
        }
    }
    Ok(CasUser { user, attributes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cas_1_answers() {
        assert_eq!(parse_v1("yes\nalice\n").unwrap(), "alice");
        assert!(matches!(
            parse_v1("no\n\n"),
            Err(Error::Protocol(ProtocolError::TicketRejected { code })) if code == "INVALID_TICKET"
        ));
        assert!(matches!(
            parse_v1("<html>"),
            Err(Error::Protocol(ProtocolError::MalformedCasResponse { .. }))
        ));
    }

    #[test]
    fn cas_2_success_with_attributes() {
        let xml = r#"<?xml version="1.0"?>
<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
  <!-- a comment -->
  <cas:authenticationSuccess>
    <cas:user>alice &amp; bob</cas:user>
    <cas:attributes>
      <cas:email>a@example.com</cas:email>
      <cas:nickname><![CDATA[A <1>]]></cas:nickname>
      <cas:empty/>
      <cas:group>x&#x41;</cas:group>
      <cas:group>y</cas:group>
    </cas:attributes>
  </cas:authenticationSuccess>
</cas:serviceResponse>"#;
        let user = parse_v2(xml).unwrap();
        assert_eq!(user.user, "alice & bob");
        assert_eq!(user.attribute("email"), Some("a@example.com"));
        assert_eq!(user.attribute("nickname"), Some("A <1>"));
        assert_eq!(user.attribute("empty"), Some(""));
        let groups: Vec<&str> = user
            .attributes
            .iter()
            .filter(|(n, _)| n == "group")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(groups, ["xA", "y"]);
    }

    #[test]
    fn cas_2_failure_keeps_the_code_not_the_message() {
        let xml = r#"<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
  <cas:authenticationFailure code='INVALID_TICKET'>Ticket ST-1856339-aA5Yuvrxzpv8Tau1cYQ7 not recognized</cas:authenticationFailure>
</cas:serviceResponse>"#;
        let err = parse_v2(xml).unwrap_err();
        assert!(matches!(
            &err,
            Error::Protocol(ProtocolError::TicketRejected { code }) if code == "INVALID_TICKET"
        ));
        assert!(!err.to_string().contains("ST-1856339"));
        let odd = r#"<cas:authenticationFailure code="a b<script>">x</cas:authenticationFailure>"#;
        assert!(matches!(
            parse_v2(odd),
            Err(Error::Protocol(ProtocolError::TicketRejected { code })) if code == "UNKNOWN"
        ));
    }

    /// `<cas:user>` around `text`, in a success answer.
    fn with_user(text: &str) -> String {
        format!(
            "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\
             <cas:authenticationSuccess><cas:user>{text}</cas:user>\
             </cas:authenticationSuccess></cas:serviceResponse>"
        )
    }

    #[test]
    fn a_long_run_of_ampersands_unescapes_in_linear_time() {
        // Each `&` once searched the whole rest of the text for a `;`: 1 MiB of them was some
        // 5 * 10^11 byte scans, and the 16 MiB a server may send about 10^14.
        let run = "&".repeat(1 << 20);
        assert_eq!(unescape(&run), run);
        let user = parse_v2(&with_user(&run)).unwrap().user;
        assert_eq!(user.len(), 1 << 20);
        assert!(user.bytes().all(|b| b == b'&'));
        // The same run with a `;` at the very end, and with entities all through it.
        let tail = format!("{run}amp;");
        assert_eq!(unescape(&tail), format!("{}&", "&".repeat((1 << 20) - 1)));
        let entities = "&amp;&#x41;&".repeat(1 << 16);
        assert_eq!(unescape(&entities), "&A&".repeat(1 << 16));
    }

    #[test]
    fn entities_decode_only_when_short_and_known() {
        assert_eq!(unescape("a&lt;b&gt;&quot;&apos;&amp;"), "a<b>\"'&");
        assert_eq!(unescape("&#65;&#x42;&#X43;&#x10FFFF;"), "ABC\u{10FFFF}");
        // Unknown, out of range, too long or unclosed: kept as written.
        for kept in [
            "&nbsp;",
            "&#x110000;",
            "&#xD800;",
            "&#0000000000065;",
            "&amp",
            "& amp;",
        ] {
            assert_eq!(unescape(kept), kept);
        }
    }

    #[test]
    fn an_elements_text_is_all_of_it_not_the_part_before_a_comment() {
        let user = parse_v2(&with_user("al<!-- x -->ice")).unwrap();
        assert_eq!(user.user, "alice");
        let user = parse_v2(&with_user(
            " al<!-- x --><![CDATA[i]]>c<?pi?>e&amp;<!--y--> bob ",
        ))
        .unwrap();
        assert_eq!(user.user, "alice& bob");
        let xml = r#"<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas">
  <cas:authenticationSuccess>
    <cas:user>alice</cas:user>
    <cas:attributes>
      <cas:email>a@<!-- obfuscated -->example.com</cas:email>
      <cas:note>one <b>two</b> three</cas:note>
      <cas:group>x</cas:group>
    </cas:attributes>
    <cas:after>not an attribute</cas:after>
  </cas:authenticationSuccess>
</cas:serviceResponse>"#;
        let user = parse_v2(xml).unwrap();
        assert_eq!(user.attribute("email"), Some("a@example.com"));
        // A child's text is part of its parent's; the child itself is not an attribute.
        assert_eq!(user.attribute("note"), Some("one two three"));
        assert_eq!(user.attribute("b"), None);
        let names: Vec<&str> = user.attributes.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["email", "note", "group"]);
    }

    #[test]
    fn a_self_closed_attributes_element_has_no_attributes() {
        let xml = "<cas:authenticationSuccess><cas:user>a</cas:user><cas:attributes/>\
                   <cas:proxies><cas:proxy>p</cas:proxy></cas:proxies></cas:authenticationSuccess>";
        assert!(parse_v2(xml).unwrap().attributes.is_empty());
    }

    #[test]
    fn deeply_nested_attributes_are_read_in_one_pass() {
        // Every start tag's text is read only for the user and the attributes' direct
        // children, so nesting does not multiply the work.
        let depth = 50_000;
        let nested = format!("{}x{}", "<cas:a>".repeat(depth), "</cas:a>".repeat(depth));
        let xml = format!(
            "<cas:authenticationSuccess><cas:user>u</cas:user>\
             <cas:attributes>{nested}</cas:attributes></cas:authenticationSuccess>"
        );
        let attributes = parse_v2(&xml).unwrap().attributes;
        // (`len` first: a failure here would otherwise print 50,000 pairs.)
        assert_eq!(attributes.len(), 1, "only the direct child is an attribute");
        assert_eq!(attributes[0], ("a".to_owned(), "x".to_owned()));
    }

    #[test]
    fn cas_2_garbage_is_malformed_never_a_panic() {
        for body in [
            "",
            "<",
            "<a",
            "<![CDATA[",
            "&&&;",
            "<cas:authenticationSuccess>",
            "plain",
        ] {
            match parse_v2(body) {
                Err(Error::Protocol(ProtocolError::MalformedCasResponse { .. })) => {}
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}
