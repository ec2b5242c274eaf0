//! A certificate authority made at run time and the server certificates it signs, for the tests
//! of private deployments (TLS, proxies): nothing is read from disk, nothing is trusted by
//! default.

#![allow(dead_code)] // Each test binary uses a different subset.

use authing_local::{LocalAuthing, LocalAuthingBuilder};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose,
};

/// A private certificate authority.
pub struct TestCa {
    ca: CertifiedIssuer<'static, KeyPair>,
}

/// A server certificate: the chain (the certificate, then the CA's) and its PKCS#8 key, DER.
pub struct ServerCert {
    pub chain: Vec<Vec<u8>>,
    pub key: Vec<u8>,
}

impl TestCa {
    pub fn new(name: &str) -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, name);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let key = KeyPair::generate().expect("CA key");
        TestCa {
            ca: CertifiedIssuer::self_signed(params, key).expect("CA certificate"),
        }
    }

    /// The CA's certificate, PEM.
    pub fn pem(&self) -> String {
        self.ca.pem()
    }

    /// The CA's certificate, DER.
    pub fn der(&self) -> Vec<u8> {
        self.ca.der().to_vec()
    }

    /// A server certificate for `names` (host names or IP addresses), signed by this CA.
    pub fn server_cert(&self, names: &[&str]) -> ServerCert {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let mut params = CertificateParams::new(names).expect("server params");
        params
            .distinguished_name
            .push(DnType::CommonName, "local authing");
        let key = KeyPair::generate().expect("server key");
        let cert = params
            .signed_by(&key, &self.ca)
            .expect("server certificate");
        ServerCert {
            chain: vec![cert.der().to_vec(), self.der()],
            key: key.serialize_der(),
        }
    }
}

/// `builder` serving HTTPS and WSS with a certificate from `ca` for `names`.
pub async fn start_tls(builder: LocalAuthingBuilder, ca: &TestCa, names: &[&str]) -> LocalAuthing {
    let cert = ca.server_cert(names);
    builder
        .tls(cert.chain, cert.key)
        .start()
        .await
        .expect("local TLS server starts")
}
