//! [`ResponseFuture`]: what every endpoint's `send()` returns. The endpoint builds its request
//! synchronously; the future runs the one shared, boxed call path (token, retries, envelope
//! check) and then decodes `data` with the endpoint's decoder. So the 426 endpoints share one
//! async state machine instead of compiling one each. No endpoint-specific code lives here.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::{ApiRequest, BoxFuture, RawResponse};
use crate::call::Call;
use crate::Error;

/// Decodes a checked response into an endpoint's output.
type Decoder<T> = fn(&RawResponse) -> Result<T, Error>;

/// The future of one API call, resolving to the response's decoded `data` or an [`Error`].
/// Returned by every request builder's `send()` (and by `.await` on the builder itself); it is
/// `Send`, so it can be spawned. Dropping it cancels the call.
#[must_use = "a request does nothing until it is awaited"]
pub struct ResponseFuture<T> {
    state: State<T>,
}

enum State<T> {
    /// The call is under way.
    Calling(BoxFuture<Result<RawResponse, Error>>, Decoder<T>),
    /// The request was refused before anything was sent (a path parameter that would change
    /// the route). Made by the generated endpoints with path parameters, when the spec has any.
    #[allow(dead_code)]
    Refused(Error),
    /// The output was returned.
    Done,
}

impl<T> ResponseFuture<T> {
    /// Starts `request` on `client`'s call path; `decode` reads the response's `data`.
    pub(crate) fn new(client: &impl Call, request: ApiRequest, decode: Decoder<T>) -> Self {
        ResponseFuture {
            state: State::Calling(client.call(request), decode),
        }
    }

    /// A call refused before anything was sent: resolves to `error` at once.
    #[allow(dead_code)] // Called by the generated endpoints with path parameters.
    pub(crate) fn refused(error: Error) -> Self {
        ResponseFuture {
            state: State::Refused(error),
        }
    }
}

impl<T> ResponseFuture<T> {
    /// The same call, its response read by `decode` instead (a hand-written call that returns
    /// its own type from a generated endpoint's, e.g. a sign-in's token set). Nothing has been
    /// sent yet when a builder's `send()` returns, so nothing is lost.
    pub(crate) fn decode_with<U>(self, decode: Decoder<U>) -> ResponseFuture<U> {
        ResponseFuture {
            state: match self.state {
                State::Calling(call, _) => State::Calling(call, decode),
                State::Refused(error) => State::Refused(error),
                State::Done => State::Done,
            },
        }
    }
}

impl<T> Future for ResponseFuture<T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let result = match &mut this.state {
            State::Calling(call, decode) => match call.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(response) => response.and_then(|response| decode(&response)),
            },
            State::Refused(_) => match std::mem::replace(&mut this.state, State::Done) {
                State::Refused(error) => Err(error),
                _ => unreachable_state(),
            },
            State::Done => unreachable_state(),
        };
        this.state = State::Done;
        Poll::Ready(result)
    }
}

/// Polling a future after it completed is a caller's bug; say so rather than hang.
#[cold]
fn unreachable_state() -> ! {
    panic!("`ResponseFuture` polled after it completed")
}

impl<T> fmt::Debug for ResponseFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Calling(..) => "calling",
            State::Refused(_) => "refused",
            State::Done => "done",
        };
        f.debug_struct("ResponseFuture")
            .field("state", &state)
            .finish()
    }
}
