//! The state one server shares between its connections: settings, request log, issued tokens,
//! users, the end-user side (application, keys, grants) and the test's intercept hook. Locks are
//! never held across an `.await`; one that needs both takes `store` before the end-user side's.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::end_user::{EndUser, EndUserConfig};
use crate::hook::{Intercept, Reply};
use crate::record::RecordedRequest;
use crate::store::Store;
use crate::token::TokenBook;

/// A server's fixed settings.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub access_key_id: String,
    pub access_key_secret: String,
    pub userpool_id: String,
    pub token_lifetime: Duration,
    /// The length of every paged listing (`None`: the documented list).
    pub list_total: Option<usize>,
    /// The application and user tokens of the end-user side.
    pub end_user: EndUserConfig,
}

pub(crate) struct Shared {
    pub config: Config,
    pub tokens: Mutex<TokenBook>,
    pub store: Mutex<Store>,
    pub end_user: EndUser,
    /// The event hub: subscriptions and what is published to them.
    pub events: crate::events::EventHub,
    log: Mutex<Log>,
    intercept: Mutex<Option<Arc<Intercept>>>,
    request_ids: AtomicU64,
}

/// The request log: `first` is the sequence number of `entries[0]` (earlier ones were cleared).
#[derive(Default)]
struct Log {
    first: u64,
    entries: Vec<RecordedRequest>,
}

/// Locks `mutex`; a panic elsewhere while it was held does not make the data unusable here.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    /// The state of a server at `base_url` (`http://127.0.0.1:<port>`).
    pub(crate) fn new(config: Config, store: Store, base_url: &str) -> Self {
        Shared {
            end_user: EndUser::new(config.end_user.clone(), base_url),
            events: crate::events::EventHub::default(),
            config,
            tokens: Mutex::default(),
            store: Mutex::new(store),
            log: Mutex::default(),
            intercept: Mutex::default(),
            request_ids: AtomicU64::new(0),
        }
    }

    /// Logs `request` and returns its sequence number, for [`Shared::answered`].
    pub(crate) fn record(&self, request: RecordedRequest) -> u64 {
        let mut log = lock(&self.log);
        log.entries.push(request);
        log.first + log.entries.len() as u64 - 1
    }

    /// Notes the `statusCode` the server answered request `seq` with (if it is still logged).
    pub(crate) fn answered(&self, seq: u64, status_code: i64) {
        let mut log = lock(&self.log);
        let Some(index) = seq.checked_sub(log.first) else {
            return;
        };
        if let Some(entry) = usize::try_from(index)
            .ok()
            .and_then(|i| log.entries.get_mut(i))
        {
            entry.status_code = Some(status_code);
        }
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.log).entries.clone()
    }

    pub(crate) fn clear_requests(&self) {
        let mut log = lock(&self.log);
        log.first += log.entries.len() as u64;
        log.entries.clear();
    }

    pub(crate) fn set_intercept(&self, hook: Option<Arc<Intercept>>) {
        *lock(&self.intercept) = hook;
    }

    /// The test's answer to `request`, if its hook gives one. The hook runs outside the lock.
    pub(crate) fn intercepted(&self, request: &RecordedRequest) -> Option<Reply> {
        let hook = lock(&self.intercept).clone()?;
        hook(request)
    }

    /// A fresh `requestId` for an answer.
    pub(crate) fn next_request_id(&self) -> String {
        let n = self.request_ids.fetch_add(1, Ordering::Relaxed) + 1;
        format!("local-{n:08}")
    }
}
