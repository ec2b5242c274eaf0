//! An interleaved micro-benchmark timer for comparing two functions on a busy machine: each is
//! calibrated to ~20 ms samples, then samples alternate A, B, B, A, ... so background load hits
//! both alike, and the median nanoseconds per iteration of each is reported.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crate::median;

/// How long one sample runs.
const SAMPLE: Duration = Duration::from_millis(20);

/// Iterations per sample so one sample of `f` takes about [`SAMPLE`].
fn calibrate<R>(f: &mut impl FnMut() -> R) -> u64 {
    let mut iters = 1u64;
    loop {
        let t = Instant::now();
        for _ in 0..iters {
            black_box(f());
        }
        let took = t.elapsed();
        if took >= SAMPLE / 4 || iters >= 1 << 30 {
            let per = took.as_secs_f64() / iters as f64;
            return ((SAMPLE.as_secs_f64() / per.max(1e-12)) as u64).max(1);
        }
        iters *= 2;
    }
}

/// Nanoseconds per iteration of one sample.
fn sample<R>(f: &mut impl FnMut() -> R, iters: u64) -> f64 {
    let t = Instant::now();
    for _ in 0..iters {
        black_box(f());
    }
    t.elapsed().as_nanos() as f64 / iters as f64
}

/// Median ns/iteration of `a` and of `b` over `samples` interleaved samples each.
pub fn compare<RA, RB>(
    mut a: impl FnMut() -> RA,
    mut b: impl FnMut() -> RB,
    samples: usize,
) -> (f64, f64) {
    let (ia, ib) = (calibrate(&mut a), calibrate(&mut b));
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    for i in 0..samples.max(1) {
        if i % 2 == 0 {
            sa.push(sample(&mut a, ia));
            sb.push(sample(&mut b, ib));
        } else {
            sb.push(sample(&mut b, ib));
            sa.push(sample(&mut a, ia));
        }
    }
    (median(&sa), median(&sb))
}

/// Median ns/iteration of `f` over `samples` samples.
pub fn time<R>(mut f: impl FnMut() -> R, samples: usize) -> f64 {
    let iters = calibrate(&mut f);
    let s: Vec<f64> = (0..samples.max(1)).map(|_| sample(&mut f, iters)).collect();
    median(&s)
}
