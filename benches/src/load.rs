//! A closed-loop load generator: `concurrency` tasks each make one call after another until
//! `calls` calls are done, recording every call's latency; and `Series`, the rounds of one
//! client at one concurrency added up (median throughput, pooled latency percentiles).

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::{median, percentile};

/// One round: its wall time and each call's latency.
#[derive(Debug, Clone, Default)]
pub struct Round {
    pub elapsed: Duration,
    pub latencies: Vec<Duration>,
}

impl Round {
    /// Calls per second over the round's wall time.
    pub fn per_sec(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Makes `calls` calls with `concurrency` tasks on the current Tokio runtime. The first failed
/// call ends the round with its error.
pub async fn run<F, Fut>(calls: usize, concurrency: usize, call: F) -> Result<Round, String>
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send + 'static,
{
    let call = Arc::new(call);
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency.max(1))
        .map(|_| {
            let (call, next) = (Arc::clone(&call), Arc::clone(&next));
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(calls / concurrency.max(1) + 1);
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    let t = Instant::now();
                    call().await?;
                    latencies.push(t.elapsed());
                }
                Ok::<_, String>(latencies)
            })
        })
        .collect();
    let mut round = Round::default();
    for worker in workers {
        let latencies = worker
            .await
            .map_err(|e| format!("a worker panicked: {e}"))??;
        round.latencies.extend(latencies);
    }
    round.elapsed = started.elapsed();
    Ok(round)
}

/// The rounds of one client at one concurrency.
#[derive(Debug, Clone, Default)]
pub struct Series {
    per_sec: Vec<f64>,
    latencies: Vec<Duration>,
}

impl Series {
    pub fn add(&mut self, round: Round) {
        self.per_sec.push(round.per_sec());
        self.latencies.extend(round.latencies);
    }

    /// The median of the rounds' calls per second.
    pub fn per_sec(&self) -> f64 {
        median(&self.per_sec)
    }

    /// The lowest and highest round's calls per second.
    pub fn range(&self) -> (f64, f64) {
        let lo = self.per_sec.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = self.per_sec.iter().copied().fold(0.0, f64::max);
        (lo, hi)
    }

    /// Latency percentile `q` over every call of every round.
    pub fn latency(&mut self, q: f64) -> Duration {
        self.latencies.sort_unstable();
        percentile(&self.latencies, q)
    }

    pub fn calls(&self) -> usize {
        self.latencies.len()
    }
}
