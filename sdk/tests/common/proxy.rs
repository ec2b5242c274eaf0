//! An HTTP proxy on 127.0.0.1 for the proxy tests: it opens `CONNECT` tunnels and forwards
//! absolute-form requests (`GET http://host:port/...`), to the hosts a test maps (such as
//! `authing.test:<port>`, which no resolver knows: reaching it proves the proxy carried the
//! connection), and records each connection's method, target and `Proxy-Authorization`. With
//! a credential set it answers 407 to a request without it.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What one connection to the proxy asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// `CONNECT`, or the forwarded request's method.
    pub method: String,
    /// `host:port` of a tunnel, or the absolute URL of a forwarded request.
    pub target: String,
    /// The `Proxy-Authorization` header, when sent.
    pub authorization: Option<String>,
}

pub struct TestProxy {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl TestProxy {
    /// Starts a proxy that connects `host:port` names in `routes` to their address (any other
    /// target gets 502), requiring `Proxy-Authorization` to be `credential` when one is given.
    pub async fn start(routes: HashMap<String, SocketAddr>, credential: Option<String>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy binds");
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let routes = Arc::new(routes);
        let log = Arc::clone(&seen);
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let (routes, log, credential) =
                    (Arc::clone(&routes), Arc::clone(&log), credential.clone());
                tokio::spawn(async move {
                    let _ = carry(client, &routes, &log, credential.as_deref()).await;
                });
            }
        });
        TestProxy { addr, seen, task }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every connection so far, in order.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// The targets of the `CONNECT` tunnels so far.
    pub fn tunnels(&self) -> Vec<String> {
        self.seen()
            .into_iter()
            .filter(|s| s.method == "CONNECT")
            .map(|s| s.target)
            .collect()
    }
}

impl Drop for TestProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves one client connection: reads its request head, then tunnels or forwards.
async fn carry(
    mut client: TcpStream,
    routes: &HashMap<String, SocketAddr>,
    log: &Mutex<Vec<Seen>>,
    credential: Option<&str>,
) -> std::io::Result<()> {
    let head = read_head(&mut client).await?;
    let text = String::from_utf8_lossy(&head).into_owned();
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let target = request_line.next().unwrap_or_default().to_owned();
    let authorization = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("proxy-authorization"))
        .map(|(_, value)| value.trim().to_owned());
    log.lock().unwrap().push(Seen {
        method: method.clone(),
        target: target.clone(),
        authorization: authorization.clone(),
    });
    if credential.is_some() && authorization.as_deref() != credential {
        let answer = "HTTP/1.1 407 Proxy Authentication Required\r\n\
                      Proxy-Authenticate: Basic realm=\"test\"\r\ncontent-length: 0\r\n\r\n";
        return client.write_all(answer.as_bytes()).await;
    }
    let authority = if method == "CONNECT" {
        target.clone()
    } else {
        // Absolute form: http://host:port/path
        let rest = target.strip_prefix("http://").unwrap_or(&target);
        rest.split('/').next().unwrap_or_default().to_owned()
    };
    let Some(&to) = routes.get(&authority) else {
        return client
            .write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
            .await;
    };
    let mut upstream = TcpStream::connect(to).await?;
    if method == "CONNECT" {
        client
            .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .await?;
    } else {
        // The origin server reads absolute-form requests too: forward the head as it came.
        upstream.write_all(&head).await?;
    }
    tokio::io::copy_bidirectional(&mut client, &mut upstream).await?;
    Ok(())
}

/// The request head, up to and with its blank line (byte by byte: nothing past it is taken).
async fn read_head(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        if head.len() > 64 * 1024 {
            return Err(std::io::Error::other("request head too long"));
        }
        head.push(stream.read_u8().await?);
    }
    Ok(head)
}

/// A TLS local Authing whose certificate (from a new private CA) names `authing.test` and
/// 127.0.0.1, and a proxy that resolves `authing.test:<its port>` to it, asking for
/// `credential` (a `Proxy-Authorization` value) when given: the CA, the server, the proxy and
/// the `authing.test:<port>` name.
pub async fn tls_server_behind_a_proxy(
    credential: Option<String>,
) -> (
    super::pki::TestCa,
    authing_local::LocalAuthing,
    TestProxy,
    String,
) {
    let ca = super::pki::TestCa::new("Private CA");
    let server = super::pki::start_tls(
        super::common::server_builder(),
        &ca,
        &["authing.test", "127.0.0.1"],
    )
    .await;
    let name = format!("authing.test:{}", server.addr().port());
    let routes = HashMap::from([(name.clone(), server.addr())]);
    let proxy = TestProxy::start(routes, credential).await;
    (ca, server, proxy, name)
}
