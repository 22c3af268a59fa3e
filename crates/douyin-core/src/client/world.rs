//! The outside world a client session depends on, injected: a clock (signing timestamps,
//! governor timing, sleeps) and a random source (fingerprints, A-Bogus random values, jitter,
//! the fallback msToken). Shells use [`ClientWorld::system`]; tests freeze both.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A boxed future returned by [`Clock::sleep`].
pub type SleepFuture<'a> = Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

/// Wall-clock time and sleeping.
pub trait Clock: Send + Sync {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> u64;
    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> SleepFuture<'_>;
}

/// The real clock and tokio's timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
    }

    fn sleep(&self, duration: Duration) -> SleepFuture<'_> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock for tests: time stands still except that each sleep advances it at once.
#[derive(Debug, Default)]
pub struct ManualClock {
    now: Mutex<u64>,
    slept: Mutex<Vec<u64>>,
}

impl ManualClock {
    /// A clock at `now_ms`.
    pub fn new(now_ms: u64) -> Self {
        Self {
            now: Mutex::new(now_ms),
            slept: Mutex::new(Vec::new()),
        }
    }

    /// Moves time forward.
    pub fn advance(&self, ms: u64) {
        *lock(&self.now) += ms;
    }

    /// Every sleep requested so far, in ms.
    pub fn sleeps(&self) -> Vec<u64> {
        lock(&self.slept).clone()
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> u64 {
        *lock(&self.now)
    }

    fn sleep(&self, duration: Duration) -> SleepFuture<'_> {
        let ms = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
        lock(&self.slept).push(ms);
        self.advance(ms);
        Box::pin(std::future::ready(()))
    }
}

/// Locks a mutex, recovering the data if another thread panicked while holding it (every
/// critical section here leaves the data consistent).
pub(crate) fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A random source shared by every clone of a client.
#[derive(Clone)]
pub struct SharedRng(Arc<Mutex<Box<dyn rand::RngCore + Send>>>);

impl std::fmt::Debug for SharedRng {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedRng")
    }
}

impl SharedRng {
    /// Wraps a generator.
    pub fn new(rng: impl rand::RngCore + Send + 'static) -> Self {
        Self(Arc::new(Mutex::new(Box::new(rng))))
    }

    /// Runs `f` with the generator.
    pub fn with<R>(&self, f: impl FnOnce(&mut dyn rand::RngCore) -> R) -> R {
        let mut guard = lock(&self.0);
        f(guard.as_mut())
    }
}

/// The injected clock and randomness of one client session.
#[derive(Clone)]
pub struct ClientWorld {
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// The random source.
    pub rng: SharedRng,
}

impl std::fmt::Debug for ClientWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientWorld")
    }
}

impl ClientWorld {
    /// The real clock and an OS-seeded generator, for the app and the CLI.
    pub fn system() -> Self {
        use rand::SeedableRng;
        Self {
            clock: Arc::new(SystemClock),
            rng: SharedRng::new(rand::rngs::StdRng::from_os_rng()),
        }
    }

    /// A given clock and a generator seeded with `seed` (tests).
    pub fn seeded(clock: Arc<dyn Clock>, seed: u64) -> Self {
        use rand::SeedableRng;
        Self {
            clock,
            rng: SharedRng::new(rand::rngs::StdRng::seed_from_u64(seed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_advances_only_when_told_or_slept() {
        let clock = ManualClock::new(1_000);
        assert_eq!(clock.now_ms(), 1_000);
        futures_lite_block_on(clock.sleep(Duration::from_millis(250)));
        clock.advance(5);
        assert_eq!(clock.now_ms(), 1_255);
        assert_eq!(clock.sleeps(), vec![250]);
    }

    /// The manual clock's sleep is already complete; poll it once.
    fn futures_lite_block_on(fut: SleepFuture<'_>) {
        let waker = std::task::Waker::noop();
        let mut cx = std::task::Context::from_waker(waker);
        let mut fut = fut;
        assert!(fut.as_mut().poll(&mut cx).is_ready());
    }
}
