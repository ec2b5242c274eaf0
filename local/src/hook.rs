//! Answers a test supplies instead of the server's own: `Reply` and the intercept hook type.
//! The hook runs after a request is recorded and before any check or route.

use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::record::RecordedRequest;

/// A test's hook: return `Some(reply)` to answer a request yourself, `None` to let the server
/// answer as usual.
pub(crate) type Intercept = dyn Fn(&RecordedRequest) -> Option<Reply> + Send + Sync;

/// An answer chosen by a test (see [`LocalAuthing::intercept`](crate::LocalAuthing::intercept)).
#[derive(Debug, Clone)]
pub struct Reply {
    /// `None`: the server's usual answer.
    custom: Option<Custom>,
    delay: Duration,
}

#[derive(Debug, Clone)]
struct Custom {
    status: u16,
    content_type: String,
    body: Vec<u8>,
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
        }
    }

    /// The server's usual answer: with [`delayed`](Self::delayed), a slow server.
    pub fn usual() -> Self {
        Reply {
            custom: None,
            delay: Duration::ZERO,
        }
    }

    /// Answer only after `delay` (to make a client time out, or calls overlap).
    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Waits out the delay, then gives the custom answer, or `None` for the usual one.
    pub(crate) async fn into_response(self) -> Option<Response> {
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        let custom = self.custom?;
        let status =
            StatusCode::from_u16(custom.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let content_type = HeaderValue::try_from(custom.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream"));
        Some((status, [(header::CONTENT_TYPE, content_type)], custom.body).into_response())
    }
}
