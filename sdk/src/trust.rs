//! [`Trust`]: which certificate authorities the SDK trusts (the public web roots, a private
//! deployment's own CA, optionally the platform's store), turned once at `build()` into the one
//! rustls configuration HTTP calls and event subscriptions both connect with. Certificate and
//! host-name verification are always on; nothing here can turn them off. Also: telling a
//! refused certificate apart from other connection failures.

use std::fmt;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;

use crate::Error;

/// The certificate authorities a client trusts; set it with the builders' `trust(...)`.
///
/// By default a client trusts the public web roots (Mozilla's, built in) and nothing else. A
/// private deployment whose certificate is signed by its own certificate authority adds that
/// authority's certificate with [`add_pem`](Self::add_pem) or [`add_der`](Self::add_der).
/// The same trust applies to API calls, token requests and event subscriptions.
///
/// There is no way to turn certificate or host-name verification off, here or in
/// [`configure_http`](crate::ManagementClientBuilder::configure_http).
///
/// ```
/// use authing::Trust;
///
/// # let ca_pem = "";
/// // The public roots and the deployment's CA.
/// let trust = Trust::default().add_pem(ca_pem);
/// // Only the deployment's CA.
/// let only_ours = Trust::default().public_roots(false).add_pem(ca_pem);
/// # let _ = (trust, only_ours);
/// ```
///
/// Bad input (a PEM text without a certificate, bytes that are not a DER certificate) is an
/// [`Error::Config`] from the client's `build()`, naming `trust`.
#[derive(Clone)]
pub struct Trust {
    public_roots: bool,
    #[cfg(feature = "platform-roots")]
    platform_roots: bool,
    added: Vec<Added>,
}

/// A certificate (or several) as given, checked at `build()`.
#[derive(Clone)]
enum Added {
    Pem(Vec<u8>),
    Der(Vec<u8>),
}

impl Default for Trust {
    fn default() -> Self {
        Trust {
            public_roots: true,
            #[cfg(feature = "platform-roots")]
            platform_roots: false,
            added: Vec::new(),
        }
    }
}

impl Trust {
    /// Trusts every certificate in `pem` (one or more `-----BEGIN CERTIFICATE-----` blocks; other
    /// blocks, such as keys, are skipped) as a root certificate authority.
    pub fn add_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.added.push(Added::Pem(pem.as_ref().to_vec()));
        self
    }

    /// Trusts one DER-encoded certificate as a root certificate authority.
    pub fn add_der(mut self, der: impl Into<Vec<u8>>) -> Self {
        self.added.push(Added::Der(der.into()));
        self
    }

    /// Whether the public web roots (Mozilla's, built into the SDK) are trusted (`true` by
    /// default). `false` trusts only the certificates added here (and the platform's, when
    /// asked for).
    pub fn public_roots(mut self, trusted: bool) -> Self {
        self.public_roots = trusted;
        self
    }

    /// Whether the platform's certificate store is trusted too (`false` by default): the
    /// system's CA bundle on Linux (`SSL_CERT_FILE`/`SSL_CERT_DIR` when set), the keychain on
    /// macOS, the certificate store on Windows; read once, at the client's `build()`. Needs the
    /// `platform-roots` feature.
    #[cfg(feature = "platform-roots")]
    #[cfg_attr(docsrs, doc(cfg(feature = "platform-roots")))]
    pub fn platform_roots(mut self, trusted: bool) -> Self {
        self.platform_roots = trusted;
        self
    }

    /// The roots, checked: every added certificate must parse.
    fn roots(&self) -> Result<RootCertStore, Error> {
        let mut roots = RootCertStore::empty();
        if self.public_roots {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        #[cfg(feature = "platform-roots")]
        if self.platform_roots {
            let found = rustls_native_certs::load_native_certs();
            let (added, _unparsable) = roots.add_parsable_certificates(found.certs);
            if added == 0 {
                return Err(Error::config(format!(
                    "trust: platform_roots found no usable certificate in the platform's store{}",
                    found
                        .errors
                        .first()
                        .map(|e| format!(" ({e})"))
                        .unwrap_or_default()
                )));
            }
        }
        for (i, added) in self.added.iter().enumerate() {
            let n = i + 1;
            let certs: Vec<CertificateDer<'static>> = match added {
                Added::Der(der) => vec![CertificateDer::from(der.clone())],
                Added::Pem(pem) => CertificateDer::pem_slice_iter(pem)
                    .collect::<Result<_, _>>()
                    .map_err(|e| {
                        Error::config(format!(
                            "trust: certificate #{n} (add_pem) is not valid PEM ({e})"
                        ))
                    })?,
            };
            if certs.is_empty() {
                return Err(Error::config(format!(
                    "trust: certificate #{n} (add_pem) holds no CERTIFICATE block"
                )));
            }
            let how = match added {
                Added::Der(_) => "add_der",
                Added::Pem(_) => "add_pem",
            };
            for cert in certs {
                roots.add(cert).map_err(|e| {
                    Error::config(format!(
                        "trust: certificate #{n} ({how}) is not a usable X.509 certificate ({e})"
                    ))
                })?;
            }
        }
        if roots.is_empty() {
            return Err(Error::config(
                "trust: no certificate authority is trusted (public_roots is off and none was added)",
            ));
        }
        Ok(roots)
    }

    /// The rustls configuration HTTP calls and event subscriptions connect with: these roots,
    /// the WebPKI verifier (certificate chain and host name), no client certificate, HTTP/1.1.
    pub(crate) fn client_config(&self) -> Result<Arc<rustls::ClientConfig>, Error> {
        let roots = self.roots()?;
        // A provider the application installed is used (install aws-lc-rs's for post-quantum
        // key exchange); else ring, which the SDK enables: it builds with the Rust toolchain
        // alone. rustls 0.23.48 deprecates ring's provider for lacking post-quantum groups.
        #[allow(deprecated)]
        let provider = rustls::crypto::CryptoProvider::get_default()
            .cloned()
            .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::config(format!("trust: the TLS provider refused ({e})")))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        // Both HTTP calls and the WebSocket handshake speak HTTP/1.1.
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
}

impl fmt::Debug for Trust {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("Trust");
        s.field("public_roots", &self.public_roots);
        #[cfg(feature = "platform-roots")]
        s.field("platform_roots", &self.platform_roots);
        s.field("added", &self.added.len()).finish()
    }
}

/// What was wrong with the server's certificate, when `error` (or an error it wraps) is rustls
/// refusing it: `None` for every other failure.
pub(crate) fn certificate_problem(error: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(rustls::Error::InvalidCertificate(problem)) =
            error.downcast_ref::<rustls::Error>()
        {
            return Some(describe(problem));
        }
        // `io::Error::source` skips the error it wraps; look at that one too.
        if let Some(inner) = error
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref)
        {
            if let Some(found) = certificate_problem(inner) {
                return Some(found);
            }
        }
        next = error.source();
    }
    None
}

fn describe(problem: &rustls::CertificateError) -> String {
    use rustls::CertificateError as C;
    match problem {
        C::UnknownIssuer => {
            "it is not signed by a trusted certificate authority (a private CA is added with \
             the builder's `trust`)"
                .to_owned()
        }
        C::NotValidForName | C::NotValidForNameContext { .. } => {
            "it is not valid for the host name".to_owned()
        }
        C::Expired | C::ExpiredContext { .. } => "it has expired".to_owned(),
        C::NotValidYet | C::NotValidYetContext { .. } => "it is not valid yet".to_owned(),
        C::Revoked => "it was revoked".to_owned(),
        other => format!("it was refused ({other:?})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(trust: Trust) -> String {
        match trust.client_config() {
            Err(Error::Config { reason }) => reason,
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("accepted"),
        }
    }

    #[test]
    fn bad_certificates_are_config_errors_naming_the_setting() {
        assert_eq!(
            reason(Trust::default().add_pem("no certificate here")),
            "trust: certificate #1 (add_pem) holds no CERTIFICATE block"
        );
        let bad_der = reason(Trust::default().add_der(vec![0x30, 0x03, 1, 2, 3]));
        assert!(
            bad_der.starts_with("trust: certificate #1 (add_der) is not a usable X.509"),
            "{bad_der}"
        );
        let bad_pem = reason(
            Trust::default()
                .add_pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
        );
        assert!(bad_pem.starts_with("trust: certificate #1"), "{bad_pem}");
        assert!(reason(Trust::default().public_roots(false)).contains("no certificate authority"));
        assert!(Trust::default().client_config().is_ok());
    }
}
