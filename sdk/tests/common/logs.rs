//! A `tracing` subscriber that keeps every event's fields, so a test can assert on what the
//! client logged (retries, their attempt numbers and reasons) and on what it never logs.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

/// One logged event: its level and its fields (`message` included) as text.
#[derive(Debug, Clone)]
pub struct Logged {
    pub level: tracing::Level,
    pub fields: BTreeMap<String, String>,
}

impl Logged {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// The events logged while the guard of [`capture`] lives (on this thread).
#[derive(Clone, Default)]
pub struct Logs(Arc<Mutex<Vec<Logged>>>);

impl Logs {
    pub fn all(&self) -> Vec<Logged> {
        self.0.lock().unwrap().clone()
    }

    /// The events whose message is `message`.
    pub fn with_message(&self, message: &str) -> Vec<Logged> {
        let mut all = self.all();
        all.retain(|e| e.get("message") == Some(message));
        all
    }

    /// Every field of every event, as one text (to search for what must never be logged).
    pub fn text(&self) -> String {
        self.all()
            .iter()
            .map(|e| format!("{:?}", e.fields))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Captures the events of this thread (use a current-thread runtime) until the guard drops.
///
/// One process-wide subscriber routes each event to the capture of the thread that logged it.
/// (A per-thread default subscriber raced with the other tests' subscribers coming and going:
/// `tracing`'s global level hint could drop this thread's events.)
pub fn capture() -> (Logs, CaptureGuard) {
    static ROUTER: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    ROUTER.get_or_init(|| {
        let router = Router {
            ids: AtomicU64::new(1),
        };
        // Another test binary's subscriber cannot be here: each binary is its own process.
        let _ = tracing::subscriber::set_global_default(router);
    });
    let logs = Logs::default();
    CURRENT.with(|current| *current.borrow_mut() = Some(logs.clone()));
    (logs, CaptureGuard(()))
}

/// Ends this thread's capture when dropped.
pub struct CaptureGuard(());

impl Drop for CaptureGuard {
    fn drop(&mut self) {
        CURRENT.with(|current| *current.borrow_mut() = None);
    }
}

thread_local! {
    /// The capture of this thread, while a [`CaptureGuard`] lives.
    static CURRENT: std::cell::RefCell<Option<Logs>> = const { std::cell::RefCell::new(None) };
}

struct Router {
    ids: AtomicU64,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Router {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(self.ids.fetch_add(1, Ordering::Relaxed))
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let Some(logs) = CURRENT.with(|current| current.borrow().clone()) else {
            return;
        };
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        logs.0.lock().unwrap().push(Logged {
            level: *event.metadata().level(),
            fields,
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}
