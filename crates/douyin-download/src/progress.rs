//! Byte counters shared between a transfer and the progress reporter: the transfer only adds
//! to atomics (never waits on a consumer); the reporter samples them to compute speed and ETA.

use std::sync::atomic::{AtomicU64, Ordering};

const UNKNOWN: u64 = u64::MAX;

/// Bytes of one file: how many are on disk and how many there will be.
#[derive(Debug)]
pub struct Meter {
    done: AtomicU64,
    total: AtomicU64,
}

impl Default for Meter {
    fn default() -> Self {
        Self {
            done: AtomicU64::new(0),
            total: AtomicU64::new(UNKNOWN),
        }
    }
}

impl Meter {
    /// Sets both counters (a transfer starting or restarting).
    pub fn set(&self, done: u64, total: Option<u64>) {
        self.done.store(done, Ordering::Relaxed);
        self.total
            .store(total.unwrap_or(UNKNOWN), Ordering::Relaxed);
    }

    /// Counts `n` more bytes on disk.
    pub fn add(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// Bytes on disk.
    pub fn done(&self) -> u64 {
        self.done.load(Ordering::Relaxed)
    }

    /// The expected size, when known.
    pub fn total(&self) -> Option<u64> {
        Some(self.total.load(Ordering::Relaxed)).filter(|t| *t != UNKNOWN)
    }
}

/// A smoothed transfer rate from periodic samples of a growing byte count.
#[derive(Debug, Clone, Default)]
pub struct Rate {
    last_bytes: u64,
    last_ms: Option<u64>,
    bps: f64,
}

impl Rate {
    /// Takes a sample (`bytes` so far at `now_ms`) and returns the smoothed bytes/s.
    pub fn sample(&mut self, bytes: u64, now_ms: u64) -> u64 {
        if let Some(last) = self.last_ms {
            let dt = now_ms.saturating_sub(last);
            if dt > 0 {
                let inst = bytes.saturating_sub(self.last_bytes) as f64 * 1000.0 / dt as f64;
                // An exponential average over roughly the last two seconds of samples.
                let alpha = (dt as f64 / 2000.0).clamp(0.05, 1.0);
                self.bps = if self.bps == 0.0 {
                    inst
                } else {
                    self.bps + alpha * (inst - self.bps)
                };
            }
        }
        self.last_bytes = bytes;
        self.last_ms = Some(now_ms);
        self.bps.max(0.0).round() as u64
    }
}

/// Seconds left at `bps` for `remaining` bytes; `None` when the rate is zero.
pub fn eta_s(remaining: u64, bps: u64) -> Option<u64> {
    (bps > 0).then(|| remaining.div_ceil(bps))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meter_and_rate() {
        let m = Meter::default();
        assert_eq!(m.total(), None);
        m.set(100, Some(1_000));
        m.add(50);
        assert_eq!((m.done(), m.total()), (150, Some(1_000)));
        let mut r = Rate::default();
        assert_eq!(r.sample(0, 0), 0);
        assert_eq!(r.sample(1_000_000, 1_000), 1_000_000);
        // Half the speed for a while pulls the average down, not at once to the new value.
        let s = r.sample(1_250_000, 1_500);
        assert!(s < 1_000_000 && s > 500_000, "{s}");
        assert_eq!(eta_s(2_000, 1_000), Some(2));
        assert_eq!(eta_s(1, 0), None);
    }
}
