//! Serving over TLS ([`LocalAuthingBuilder::tls`](crate::LocalAuthingBuilder::tls)): a listener
//! for axum that completes each connection's TLS handshake before handing it over, and counts
//! the handshakes begun (a client that refuses the certificate begins one and completes none).

use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

/// A certificate chain (the server's first) and its PKCS#8 private key, DER.
#[derive(Clone)]
pub(crate) struct Identity {
    pub chain: Vec<Vec<u8>>,
    pub key: Vec<u8>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Identity({} certificates, key)", self.chain.len())
    }
}

/// How long one handshake may take before the connection is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// What TLS connections are accepted with, and how many handshakes began.
#[derive(Clone)]
pub(crate) struct Tls {
    acceptor: TlsAcceptor,
    pub handshakes: Arc<AtomicUsize>,
}

impl Tls {
    pub(crate) fn new(identity: &Identity) -> io::Result<Self> {
        let chain = identity
            .chain
            .iter()
            .map(|der| CertificateDer::from(der.clone()))
            .collect();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(identity.key.clone()));
        // ring, as the SDK (rustls 0.23.48 deprecates it for lacking post-quantum groups).
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(io::Error::other)?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(io::Error::other)?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Tls {
            acceptor: TlsAcceptor::from(Arc::new(config)),
            handshakes: Arc::new(AtomicUsize::new(0)),
        })
    }

    pub(crate) fn listener(&self, tcp: TcpListener) -> TlsListener {
        TlsListener {
            tcp,
            tls: self.clone(),
        }
    }
}

/// A TCP listener whose connections are handed over once their TLS handshake completed.
pub(crate) struct TlsListener {
    tcp: TcpListener,
    tls: Tls,
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            let Ok((tcp, addr)) = self.tcp.accept().await else {
                // Out of descriptors and the like: wait a little, as axum's own listener does.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            };
            self.tls.handshakes.fetch_add(1, Ordering::SeqCst);
            // A refused or stalled handshake drops this connection only.
            if let Ok(Ok(stream)) =
                tokio::time::timeout(HANDSHAKE_TIMEOUT, self.tls.acceptor.accept(tcp)).await
            {
                return (stream, addr);
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}
