//! Answers a test supplies instead of the server's own: `Reply`, the intercept hook type, and how
//! an answer is delivered (whole, not at all, or cut short). The hook runs after a request is
//! recorded and before any check or route.

use std::io;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, StreamExt};

use crate::record::RecordedRequest;

/// A test's hook: return `Some(reply)` to answer a request yourself, `None` to let the server
/// answer as usual.
pub(crate) type Intercept = dyn Fn(&RecordedRequest) -> Option<Reply> + Send + Sync;

/// An answer chosen by a test (see [`LocalAuthing::intercept`](crate::LocalAuthing::intercept)).
///
/// A reply is what to answer (a custom body, or [`usual`](Self::usual): the server checks and
/// processes the request as it would without a hook), when (after a [`delay`](Self::delayed)),
/// and how much of it reaches the client ([`unanswered`](Self::unanswered),
/// [`truncated`](Self::truncated)).
#[derive(Debug, Clone)]
pub struct Reply {
    /// `None`: the server's usual answer.
    custom: Option<Custom>,
    delay: Duration,
    headers: Vec<(String, String)>,
    delivery: Delivery,
}

#[derive(Debug, Clone)]
pub(crate) struct Custom {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// How much of the answer is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delivery {
    Whole,
    /// The connection is closed without a byte of the answer.
    Nothing,
    /// The head (with the full `content-length`) and this many body bytes, then the connection
    /// is closed.
    Truncated(usize),
    /// The whole body in chunked encoding: no `content-length` announces its size.
    Chunked,
}

impl Reply {
    /// HTTP 200 with this JSON body (give the whole envelope).
    pub fn json(body: &serde_json::Value) -> Self {
        Reply::raw(200, "application/json", body.to_string())
    }

    /// Any HTTP status, content type and body (which need not be valid JSON or UTF-8).
    pub fn raw(status: u16, content_type: impl Into<String>, body: impl Into<Vec<u8>>) -> Self {
        Reply {
            custom: Some(Custom {
                status,
                content_type: content_type.into(),
                body: body.into(),
            }),
            delay: Duration::ZERO,
            headers: Vec::new(),
            delivery: Delivery::Whole,
        }
    }

    /// The server's usual answer (the request is checked and processed as without a hook):
    /// combined with [`delayed`](Self::delayed), a slow server; with
    /// [`unanswered`](Self::unanswered), a request that was carried out but whose answer was lost.
    pub fn usual() -> Self {
        Reply {
            custom: None,
            delay: Duration::ZERO,
            headers: Vec::new(),
            delivery: Delivery::Whole,
        }
    }

    /// Closes the connection without answering and without processing the request.
    pub fn close() -> Self {
        Reply::raw(200, "application/json", Vec::new()).unanswered()
    }

    /// Answer only after `delay` (to make a client time out, or calls overlap). For a usual
    /// reply the request is processed after the delay.
    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Adds a response header (e.g. `retry-after`). A header the server cannot send is skipped.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The answer is made (a usual reply processes the request) but not sent: the connection is
    /// closed instead, and the client sees it end before any response.
    pub fn unanswered(mut self) -> Self {
        self.delivery = Delivery::Nothing;
        self
    }

    /// The response head, with the whole body's `content-length`, and only the first `bytes`
    /// bytes of the body are sent; then the connection is closed mid-body.
    pub fn truncated(mut self, bytes: usize) -> Self {
        self.delivery = Delivery::Truncated(bytes);
        self
    }

    /// The whole answer, in 1 KiB chunks without a `content-length` (a client cannot tell its
    /// size before reading it).
    pub fn chunked(mut self) -> Self {
        self.delivery = Delivery::Chunked;
        self
    }

    /// Waits out the delay.
    pub(crate) async fn wait(&self) {
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
    }

    /// The custom answer, or `None` for the usual one.
    pub(crate) fn custom(&self) -> Option<&Custom> {
        self.custom.as_ref()
    }

    /// Sends `status`, `content_type` and `body` as this reply says: whole, not at all, or cut.
    pub(crate) fn deliver(&self, status: u16, content_type: &str, body: Vec<u8>) -> Response {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let content_type = HeaderValue::try_from(content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream"));
        let length = body.len();
        let mut response = match self.delivery {
            Delivery::Whole => (status, body).into_response(),
            Delivery::Chunked => {
                let chunks: Vec<Result<Bytes, io::Error>> = body
                    .chunks(1024)
                    .map(|c| Ok(Bytes::copy_from_slice(c)))
                    .collect();
                (status, Body::from_stream(stream::iter(chunks))).into_response()
            }
            // A body that fails before its first byte: the server drops the connection before
            // the head is written.
            Delivery::Nothing => {
                let failing = stream::once(async { Err::<Bytes, io::Error>(cut()) });
                (status, Body::from_stream(failing)).into_response()
            }
            // The head and a prefix go out (the pause lets them be flushed), then the body fails.
            Delivery::Truncated(bytes) => {
                let mut body = body;
                body.truncate(bytes.min(length));
                let prefix = stream::once(async move { Ok::<_, io::Error>(Bytes::from(body)) });
                let fail = stream::once(async {
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    Err::<Bytes, io::Error>(cut())
                });
                let mut response = (status, Body::from_stream(prefix.chain(fail))).into_response();
                response
                    .headers_mut()
                    .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
                response
            }
        };
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, content_type);
        for (name, value) in &self.headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::try_from(value.as_str()),
            ) {
                headers.append(name, value);
            }
        }
        response
    }
}

/// The error that makes the server drop a connection.
fn cut() -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionAborted, "cut by the test's reply")
}
