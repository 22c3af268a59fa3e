//! The request governor every clone of a client shares, so that a large job never hammers
//! Douyin: a token bucket paces requests (plus random jitter), and a cooldown that grows with
//! each risk-control answer or 429 and shrinks with each success holds everything back.

use super::config::GovernorConfig;
use super::world::{lock, Clock, SharedRng};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The governor's state, for diagnostics and tests.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GovernorSnapshot {
    /// Requests that may go out now without waiting.
    pub tokens: f64,
    /// The current cooldown length, ms (0 = none).
    pub cooldown_ms: u64,
    /// Until when (epoch ms) requests are held back.
    pub cooldown_until_ms: u64,
}

#[derive(Debug)]
struct State {
    tokens: f64,
    refilled_at_ms: u64,
    cooldown_ms: u64,
    cooldown_until_ms: u64,
}

/// Paces requests; cheap to clone, clones share one state.
#[derive(Clone)]
pub struct Governor {
    config: GovernorConfig,
    state: Arc<Mutex<State>>,
    clock: Arc<dyn Clock>,
    rng: SharedRng,
}

impl std::fmt::Debug for Governor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Governor")
            .field("config", &self.config)
            .field("state", &*lock(&self.state))
            .finish()
    }
}

impl Governor {
    /// A governor with a full bucket.
    pub fn new(config: GovernorConfig, clock: Arc<dyn Clock>, rng: SharedRng) -> Self {
        let now = clock.now_ms();
        Self {
            state: Arc::new(Mutex::new(State {
                tokens: f64::from(config.burst.max(1)),
                refilled_at_ms: now,
                cooldown_ms: 0,
                cooldown_until_ms: 0,
            })),
            config,
            clock,
            rng,
        }
    }

    /// Waits until a request may go out, then takes its token.
    pub async fn acquire(&self) {
        loop {
            let wait_ms = self.try_take();
            if wait_ms == 0 {
                break;
            }
            self.clock.sleep(Duration::from_millis(wait_ms)).await;
        }
        if self.config.jitter_ms > 0 {
            let jitter = self
                .rng
                .with(|r| rand::Rng::random_range(r, 0..=self.config.jitter_ms));
            if jitter > 0 {
                self.clock.sleep(Duration::from_millis(jitter)).await;
            }
        }
    }

    /// Takes a token if one is free and no cooldown runs; otherwise how long to wait, ms.
    fn try_take(&self) -> u64 {
        let now = self.clock.now_ms();
        let mut s = lock(&self.state);
        if now < s.cooldown_until_ms {
            return s.cooldown_until_ms - now;
        }
        let rate = self.config.requests_per_s;
        if rate <= 0.0 || !rate.is_finite() {
            return 0;
        }
        let capacity = f64::from(self.config.burst.max(1));
        let elapsed_s = now.saturating_sub(s.refilled_at_ms) as f64 / 1000.0;
        s.tokens = (s.tokens + elapsed_s * rate).min(capacity);
        s.refilled_at_ms = now;
        if s.tokens >= 1.0 {
            s.tokens -= 1.0;
            0
        } else {
            // At least 1 ms so that a sleep always makes progress.
            (((1.0 - s.tokens) / rate) * 1000.0).ceil().max(1.0) as u64
        }
    }

    /// A success: the cooldown shrinks (halves, and ends below its initial length).
    pub fn on_success(&self) {
        let mut s = lock(&self.state);
        s.cooldown_ms /= 2;
        if s.cooldown_ms < self.config.cooldown_initial_ms {
            s.cooldown_ms = 0;
        }
    }

    /// A risk-control answer (empty 200, captcha): the cooldown grows and starts now, unless
    /// one is already running. Returns how long requests are now held back, ms.
    pub fn on_risk_control(&self) -> u64 {
        self.cool_down(0)
    }

    /// A 429: like risk control, but at least `retry_after_ms` when Douyin said so.
    /// Returns how long requests are now held back, ms.
    pub fn on_rate_limited(&self, retry_after_ms: Option<u64>) -> u64 {
        self.cool_down(retry_after_ms.unwrap_or(0))
    }

    fn cool_down(&self, at_least_ms: u64) -> u64 {
        let now = self.clock.now_ms();
        let mut s = lock(&self.state);
        if now < s.cooldown_until_ms && at_least_ms <= s.cooldown_until_ms - now {
            // Answers to requests sent before this cooldown began: it already covers them, and
            // concurrent workers must not compound it.
            return s.cooldown_until_ms - now;
        }
        let grown = if s.cooldown_ms == 0 {
            self.config.cooldown_initial_ms
        } else {
            let factor = self.config.cooldown_growth.max(1.0);
            (s.cooldown_ms as f64 * factor).min(u64::MAX as f64) as u64
        };
        s.cooldown_ms = grown.min(self.config.cooldown_max_ms).max(at_least_ms);
        s.cooldown_until_ms = now.saturating_add(s.cooldown_ms);
        s.cooldown_ms
    }

    /// The current state.
    pub fn snapshot(&self) -> GovernorSnapshot {
        let s = lock(&self.state);
        GovernorSnapshot {
            tokens: s.tokens,
            cooldown_ms: s.cooldown_ms,
            cooldown_until_ms: s.cooldown_until_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::world::ManualClock;
    use rand::SeedableRng;

    fn governor(config: GovernorConfig) -> (Governor, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::new(1_000_000));
        let rng = SharedRng::new(rand::rngs::StdRng::seed_from_u64(7));
        (Governor::new(config, clock.clone(), rng), clock)
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(f)
    }

    #[test]
    fn bucket_paces_after_the_burst() {
        let (g, clock) = governor(GovernorConfig {
            requests_per_s: 2.0,
            burst: 2,
            jitter_ms: 0,
            ..GovernorConfig::default()
        });
        block_on(async {
            for _ in 0..5 {
                g.acquire().await;
            }
        });
        // Two free, then one every 500 ms.
        assert_eq!(clock.sleeps(), vec![500, 500, 500]);
    }

    #[test]
    fn jitter_stays_within_its_bound() {
        let (g, clock) = governor(GovernorConfig {
            requests_per_s: 0.0,
            jitter_ms: 100,
            ..GovernorConfig::default()
        });
        block_on(async {
            for _ in 0..20 {
                g.acquire().await;
            }
        });
        let sleeps = clock.sleeps();
        assert!(!sleeps.is_empty());
        assert!(sleeps.iter().all(|&s| (1..=100).contains(&s)));
    }

    #[test]
    fn cooldown_grows_on_refusals_and_shrinks_on_success() {
        let (g, clock) = governor(GovernorConfig {
            requests_per_s: 0.0,
            jitter_ms: 0,
            cooldown_initial_ms: 1_000,
            cooldown_max_ms: 5_000,
            cooldown_growth: 2.0,
            ..GovernorConfig::default()
        });
        // Each refusal after the previous cooldown ended grows it.
        assert_eq!(g.on_risk_control(), 1_000);
        clock.advance(1_000);
        assert_eq!(g.on_risk_control(), 2_000);
        clock.advance(2_000);
        assert_eq!(g.on_rate_limited(None), 4_000);
        clock.advance(4_000);
        assert_eq!(g.on_risk_control(), 5_000);
        clock.advance(5_000);
        assert_eq!(g.on_rate_limited(Some(9_000)), 9_000);
        block_on(g.acquire());
        assert_eq!(clock.sleeps(), vec![9_000]);
        g.on_success();
        assert_eq!(g.snapshot().cooldown_ms, 4_500);
        g.on_success();
        g.on_success();
        assert_eq!(g.snapshot().cooldown_ms, 1_125);
        g.on_success();
        assert_eq!(g.snapshot().cooldown_ms, 0);
    }

    #[test]
    fn refusals_during_a_cooldown_do_not_compound() {
        let (g, clock) = governor(GovernorConfig {
            cooldown_initial_ms: 1_000,
            cooldown_growth: 2.0,
            ..GovernorConfig::default()
        });
        assert_eq!(g.on_risk_control(), 1_000);
        clock.advance(300);
        // Four workers' requests were already in flight.
        for _ in 0..4 {
            assert_eq!(g.on_risk_control(), 700);
        }
        assert_eq!(g.snapshot().cooldown_ms, 1_000);
        // A longer Retry-After still extends it.
        assert_eq!(g.on_rate_limited(Some(5_000)), 5_000);
    }

    #[test]
    fn clones_share_one_state() {
        let (g, _) = governor(GovernorConfig::default());
        let other = g.clone();
        other.on_risk_control();
        assert_eq!(g.snapshot().cooldown_ms, 10_000);
    }
}
