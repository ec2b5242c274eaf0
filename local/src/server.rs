//! Starting and stopping a server, and `LocalAuthing`, the handle tests hold: its address and
//! access key, the request log, users, tokens and the intercept hook. Routing is in `api.rs`.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::end_user::{AppAuthMethod, AuthorizeError, EndUserConfig, IdTokenAlgorithm};
use crate::hook::Reply;
use crate::record::RecordedRequest;
use crate::state::{lock, Config, Shared};
use crate::store::{InvalidUser, Store};

/// Settings for a [`LocalAuthing`]; [`LocalAuthing::start`] uses the defaults.
#[derive(Debug, Clone)]
pub struct LocalAuthingBuilder {
    config: Config,
    port: u16,
    tls: Option<crate::tls::Identity>,
}

impl Default for LocalAuthingBuilder {
    fn default() -> Self {
        LocalAuthingBuilder {
            config: Config {
                access_key_id: "local-access-key-id".to_owned(),
                access_key_secret: "local-access-key-secret".to_owned(),
                userpool_id: "62e221f85f5ac5cc47037a39".to_owned(),
                token_lifetime: Duration::from_secs(7200),
                list_total: None,
                end_user: EndUserConfig::default(),
            },
            port: 0,
            tls: None,
        }
    }
}

impl LocalAuthingBuilder {
    /// The access key the token call accepts.
    pub fn access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.config.access_key_id = id.into();
        self.config.access_key_secret = secret.into();
        self
    }

    /// The userpool id put in tokens and required in `x-authing-userpool-id`.
    pub fn userpool_id(mut self, id: impl Into<String>) -> Self {
        self.config.userpool_id = id.into();
        self
    }

    /// How long issued tokens stay valid (2 h by default). `expires_in` reports whole seconds.
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.config.token_lifetime = lifetime;
        self
    }

    /// How many items every paged listing holds (the documented items repeated, each with its
    /// position under `"localIndex"`): a call with `page` and `limit` gets that slice of it and
    /// the total in `totalCount`. By default a listing is its documented list.
    pub fn list_total(mut self, items: usize) -> Self {
        self.config.list_total = Some(items);
        self
    }

    /// The end-user side's application: its id (`x-authing-app-id`, `client_id`, the tokens'
    /// `aud`) and secret.
    pub fn app(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.config.end_user.app_id = id.into();
        self.config.end_user.app_secret = secret.into();
        self
    }

    /// How the application must authenticate at the token, introspection and revocation
    /// endpoints and on sign-in ([`AppAuthMethod::ClientSecretPost`] by default); the server
    /// refuses any other way.
    pub fn app_auth_method(mut self, method: AppAuthMethod) -> Self {
        self.config.end_user.auth_method = method;
        self
    }

    /// A redirect URI the authorize endpoint accepts. Without any, every `http(s)` URL is
    /// accepted; with some, only those.
    pub fn app_redirect_uri(mut self, uri: impl Into<String>) -> Self {
        self.config.end_user.redirect_uris.push(uri.into());
        self
    }

    /// How long user access tokens and ID tokens stay valid (1 h by default; `expires_in` and
    /// `exp` in whole seconds). Refresh tokens last 30 days, codes 10 minutes.
    pub fn user_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.config.end_user.token_lifetime = lifetime;
        self
    }

    /// How ID tokens are signed ([`IdTokenAlgorithm::Rs256`] by default).
    pub fn id_token_algorithm(mut self, algorithm: IdTokenAlgorithm) -> Self {
        self.config.end_user.id_token_algorithm = algorithm;
        self
    }

    /// The port to listen on (by default a free one the system picks).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Serves HTTPS (and the event hub WSS) with this certificate chain (DER, the server's
    /// certificate first) and its private key (PKCS#8 DER): [`LocalAuthing::url`] is then
    /// `https://127.0.0.1:<port>`, so the certificate must name the IP address 127.0.0.1 (or
    /// the host name a test reaches it by). A bad chain or key fails [`start`](Self::start).
    pub fn tls(mut self, cert_chain: Vec<Vec<u8>>, private_key_pkcs8: Vec<u8>) -> Self {
        self.tls = Some(crate::tls::Identity {
            chain: cert_chain,
            key: private_key_pkcs8,
        });
        self
    }

    /// Binds the port on 127.0.0.1 and serves on the current Tokio runtime until the returned
    /// handle is dropped.
    pub async fn start(self) -> io::Result<LocalAuthing> {
        let store = Store::seeded().map_err(io::Error::other)?;
        let tls = self.tls.as_ref().map(crate::tls::Tls::new).transpose()?;
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await?;
        let addr = listener.local_addr()?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{addr}");
        let shared = Arc::new(Shared::new(self.config, store, &url));
        let serving = serve(listener, &shared, tls.as_ref());
        Ok(LocalAuthing {
            url,
            addr,
            shared,
            tls,
            serving: tokio::sync::Mutex::new(Some(serving)),
        })
    }
}

/// A serving task and the switch that stops it.
struct Serving {
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

/// Serves `shared` on `listener` (over TLS when `tls` is given) in a new task.
fn serve(listener: TcpListener, shared: &Arc<Shared>, tls: Option<&crate::tls::Tls>) -> Serving {
    let app = Router::new()
        .route(
            "/events/v1/management/sub",
            axum::routing::get(crate::events::management_sub),
        )
        .route(
            "/events/v1/authentication/sub",
            axum::routing::get(crate::events::authentication_sub),
        )
        .fallback(crate::api::handle)
        .with_state(Arc::clone(shared));
    let (shutdown, stopped) = oneshot::channel::<()>();
    let tls = tls.cloned();
    let task = tokio::spawn(async move {
        let stop = async {
            let _ = stopped.await;
        };
        // Serving only ends on shutdown; an accept error has nobody to report to.
        let _ = match tls {
            Some(tls) => {
                axum::serve(tls.listener(listener), app)
                    .with_graceful_shutdown(stop)
                    .await
            }
            None => {
                axum::serve(listener, app)
                    .with_graceful_shutdown(stop)
                    .await
            }
        };
    });
    Serving { shutdown, task }
}

/// A running local Authing. Dropping it stops the server (new connections are refused).
pub struct LocalAuthing {
    url: String,
    addr: SocketAddr,
    shared: Arc<Shared>,
    tls: Option<crate::tls::Tls>,
    serving: tokio::sync::Mutex<Option<Serving>>,
}

impl LocalAuthing {
    /// Starts a server with the default settings (see [`LocalAuthingBuilder`]).
    pub async fn start() -> io::Result<Self> {
        Self::builder().start().await
    }

    /// Settings for a server that differs from the default.
    pub fn builder() -> LocalAuthingBuilder {
        LocalAuthingBuilder::default()
    }

    /// The base URL, e.g. `http://127.0.0.1:43117` (`https://` when serving TLS): the host to
    /// give a client.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many TLS handshakes began (each connection to a server started with
    /// [`LocalAuthingBuilder::tls`] begins one, refused or not); 0 without TLS.
    pub fn tls_handshakes(&self) -> usize {
        self.tls.as_ref().map_or(0, |tls| {
            tls.handshakes.load(std::sync::atomic::Ordering::SeqCst)
        })
    }

    /// The access key id the token call accepts.
    pub fn access_key_id(&self) -> &str {
        &self.shared.config.access_key_id
    }

    /// The access key secret the token call accepts.
    pub fn access_key_secret(&self) -> &str {
        &self.shared.config.access_key_secret
    }

    /// The userpool id in issued tokens.
    pub fn userpool_id(&self) -> &str {
        &self.shared.config.userpool_id
    }

    /// The end-user side's application id.
    pub fn app_id(&self) -> &str {
        &self.shared.end_user.config.app_id
    }

    /// The end-user side's application secret.
    pub fn app_secret(&self) -> &str {
        &self.shared.end_user.config.app_secret
    }

    /// The `iss` of the tokens issued to users: `{url}/oidc`, as Authing's.
    pub fn issuer(&self) -> &str {
        &self.shared.end_user.issuer
    }

    /// Sets the password of the user `account` names (a user id, email, username or phone), for
    /// password sign-in; false when no user has that identifier.
    #[must_use = "false means no user has that account: nothing was set"]
    pub fn set_password(&self, account: &str, password: &str) -> bool {
        let store = lock(&self.shared.store);
        let Some(id) = crate::end_user::find_user(&store, account)
            .and_then(|user| user.get("userId"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
        else {
            return false;
        };
        drop(store);
        self.shared.end_user.set_password(&id, password);
        true
    }

    /// What Authing's hosted login does between the authorize URL and the callback: reads the
    /// authorize request (`authorize_url`, the whole URL or its query), signs the user in with
    /// `account` (a user id, email, username or phone) and `password`, and returns the URL the
    /// browser is sent back to: the redirect URI with `code` and `state`, or with `error`
    /// (`access_denied` for a wrong password). Not recorded as a request. `GET /oidc/auth` does
    /// the same over HTTP when its query carries `username` and `password` (a local-only
    /// shortcut), answering 302.
    ///
    /// An authorize request the server cannot send back (another `client_id`, a redirect URI
    /// the application does not accept) is an [`AuthorizeError`].
    pub fn authorize(
        &self,
        account: &str,
        password: &str,
        authorize_url: &str,
    ) -> Result<String, AuthorizeError> {
        let query = authorize_url
            .split_once('?')
            .map_or(authorize_url, |(_, query)| query);
        let query = query.split_once('#').map_or(query, |(query, _)| query);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        crate::end_user::authorize_query(&self.shared, &pairs, Some((account, password)))
    }

    /// The `kid` of the current signing key (the key is made on first use).
    pub fn signing_key_id(&self) -> String {
        self.shared.end_user.key_id()
    }

    /// Replaces the signing key with a new one, as a key rotation: tokens are signed with the
    /// new key from now on, and the JWKS publishes it first, then the one it replaced (a second
    /// rotation retires that). Returns the new `kid`.
    pub fn rotate_signing_key(&self) -> String {
        self.shared.end_user.rotate_key()
    }

    /// `claims` as an RS256 JWT signed with the current signing key, its header naming the
    /// key's `kid`: to test a verifier with tokens this server would not issue (expired, another
    /// audience, ...).
    pub fn sign_token(&self, claims: &serde_json::Value) -> String {
        self.shared.end_user.sign(claims, None)
    }

    /// Like [`sign_token`](Self::sign_token), with `kid` in the header whatever key signed.
    pub fn sign_token_with_kid(&self, kid: &str, claims: &serde_json::Value) -> String {
        self.shared.end_user.sign(claims, Some(kid))
    }

    /// Like [`sign_token`](Self::sign_token), with `typ` in the header (e.g. `at+jwt`, the
    /// access token type of RFC 9068) instead of `JWT`.
    pub fn sign_token_with_typ(&self, typ: &str, claims: &serde_json::Value) -> String {
        self.shared.end_user.sign_typed(claims, None, Some(typ))
    }

    /// The JWKS `/oidc/.well-known/jwks.json` serves, read without a request (and so not
    /// recorded): for a client given it as a static JWKS.
    pub fn published_jwks(&self) -> serde_json::Value {
        self.shared.end_user.jwks()
    }

    /// The current signing key's public key, PKCS#1 DER.
    pub fn signing_public_key_der(&self) -> Vec<u8> {
        self.shared.end_user.public_key_der()
    }

    /// Every request that arrived so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests()
    }

    /// The requests that arrived for `path`, in order.
    pub fn requests_to(&self, path: &str) -> Vec<RecordedRequest> {
        let mut requests = self.requests();
        requests.retain(|r| r.path == path);
        requests
    }

    /// The last request that arrived.
    pub fn last_request(&self) -> Option<RecordedRequest> {
        self.requests().pop()
    }

    /// How many token calls arrived (successful or not).
    pub fn token_requests(&self) -> usize {
        self.requests_to("/api/v3/get-management-token").len()
    }

    /// How many tokens were issued.
    pub fn tokens_issued(&self) -> u64 {
        lock(&self.shared.tokens).issued_count()
    }

    /// How many event subscriptions (WebSocket connections) are open.
    pub fn event_subscriptions(&self) -> usize {
        self.shared.events.connections()
    }

    /// Drops every open event subscription without a close frame, as a lost connection.
    pub fn drop_event_subscriptions(&self) {
        self.shared.events.drop_connections();
    }

    /// Stops (`true`) or resumes answering the pings of event subscribers: a connection that
    /// hangs without closing.
    pub fn set_event_subscriptions_unresponsive(&self, on: bool) {
        self.shared.events.set_unresponsive(on);
    }

    /// Sends `{"eventType": code, "eventData": data}` to the subscribers of `code`, as a
    /// publish call would.
    pub fn publish_event(&self, code: &str, data: serde_json::Value) {
        let _ = self
            .shared
            .events
            .publish(&serde_json::json!({"eventType": code, "eventData": data}));
    }

    /// Sends `frame` as it is (one text frame of any size, JSON or not) to the subscribers of
    /// `code`.
    pub fn send_raw_event_frame(&self, code: &str, frame: String) {
        self.shared.events.send_raw(code, frame);
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        self.shared.clear_requests();
    }

    /// Invalidates every token issued so far, as if they had expired.
    pub fn revoke_tokens(&self) {
        lock(&self.shared.tokens).revoke_all();
    }

    /// Adds a user (a `UserDto` as JSON, with a string `userId`), replacing one with the same
    /// id. Its values are served exactly as given, so a test can serve odd or invalid data.
    /// `get-user-identities` serves its `identities` member; it has no OTP bound.
    pub fn insert_user(&self, user: serde_json::Value) -> Result<(), InvalidUser> {
        lock(&self.shared.store).insert(user)
    }

    /// Lets `hook` answer requests: it sees each request after it is recorded and before any
    /// check; `Some(reply)` is sent as the answer, `None` lets the server answer as usual.
    /// Replaces an earlier hook.
    pub fn intercept(
        &self,
        hook: impl Fn(&RecordedRequest) -> Option<Reply> + Send + Sync + 'static,
    ) {
        self.shared.set_intercept(Some(Arc::new(hook)));
    }

    /// Removes the intercept hook.
    pub fn clear_intercept(&self) {
        self.shared.set_intercept(None);
    }

    /// Stops listening: from its return, connections to the port are refused (a client meets a
    /// connect failure). Open connections are closed once their request is answered; tokens,
    /// users and the log are kept. Waits until the server has stopped.
    pub async fn stop_listening(&self) {
        let mut serving = self.serving.lock().await;
        if let Some(Serving { shutdown, task }) = serving.take() {
            let _ = shutdown.send(());
            let _ = task.await;
        }
    }

    /// Listens again on the same port after [`stop_listening`](Self::stop_listening), with the
    /// same state. Does nothing while listening.
    pub async fn resume_listening(&self) -> io::Result<()> {
        let mut serving = self.serving.lock().await;
        if serving.is_none() {
            let listener = TcpListener::bind(self.addr).await?;
            *serving = Some(serve(listener, &self.shared, self.tls.as_ref()));
        }
        Ok(())
    }
}

impl fmt::Debug for LocalAuthing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalAuthing")
            .field("url", &self.url)
            .field("userpool_id", &self.shared.config.userpool_id)
            .finish_non_exhaustive()
    }
}

impl Drop for LocalAuthing {
    fn drop(&mut self) {
        if let Some(serving) = self.serving.get_mut().take() {
            let _ = serving.shutdown.send(());
        }
    }
}
