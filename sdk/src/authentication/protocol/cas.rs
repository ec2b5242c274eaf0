//! CAS and SAML for an application set up for them: the CAS login and logout URLs
//! (`/cas-idp/{appId}/login|logout`), service ticket validation (`/cas-idp/{appId}/validate`,
//! CAS 1.0's text answer, and `/serviceValidate`, CAS 2.0's XML answer, read by a small tag
//! scanner: no XML crate, no entities beyond the five predefined and numeric ones, no DTDs),
//! and the SAML 2.0 IdP login and logout URLs. OIDC and OAuth 2.0 live elsewhere.

use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use reqwest::header::HeaderMap;

use crate::authentication::token_endpoint::answer;
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

    /// The CAS login URL: `{app_host}/cas-idp/{appId}/login?service=...`. Authing sends the
    /// user back to `service` with a `ticket` to validate.
    pub fn cas_login_url(&self, service: &str) -> String {
        let query = [("service", service.to_owned())];
        self.inner.transport.url(&self.cas_path("/login"), &query)
    }

    /// The CAS logout URL: `{app_host}/cas-idp/{appId}/logout`, with `?service=...` when given.
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

    /// The SAML 2.0 IdP login URL: `{app_host}/api/v2/saml-idp/{appId}`.
    pub fn saml_login_url(&self) -> String {
        let id = utf8_percent_encode(self.app_id(), NON_ALPHANUMERIC).to_string();
        self.inner
            .transport
            .url(&format!("/api/v2/saml-idp/{id}"), &[])
    }

    /// The SAML logout URL: `{app_host}/login/profile/logout`, with `?redirect_uri=...` when
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
fn parse_v1(body: &str) -> Result<String, Error> {
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
/// skipped, CDATA is text.
fn pieces(xml: &str) -> Result<Vec<Piece<'_>>, Error> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if !text.trim().is_empty() {
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
    if !rest.trim().is_empty() {
        out.push(Piece::Text(unescape(rest)));
    }
    Ok(out)
}

/// The five predefined entities and numeric references; anything else is kept as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&i| i <= 12) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
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
    out.trim().to_owned()
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

/// The text right after the start tag at `index`, up to its end tag.
fn text_of(pieces: &[Piece<'_>], index: usize) -> String {
    match pieces.get(index + 1) {
        Some(Piece::Text(text)) => text.clone(),
        _ => String::new(),
    }
}

/// CAS 2.0: `<cas:serviceResponse>` with `<cas:authenticationSuccess>` (`<cas:user>`,
/// `<cas:attributes>`) or `<cas:authenticationFailure code="...">`.
fn parse_v2(body: &str) -> Result<CasUser, Error> {
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
    let mut attributes = Vec::new();
    if let Some(open) = start("attributes") {
        let mut i = open + 1;
        while let Some(piece) = pieces.get(i) {
            match piece {
                Piece::End("attributes") => break,
                Piece::Start(name, _, true) => attributes.push(((*name).to_owned(), String::new())),
                Piece::Start(name, _, false) => {
                    attributes.push(((*name).to_owned(), text_of(&pieces, i)))
                }
                _ => {}
            }
            i += 1;
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
