//! Governor settings the client tests share: no token bucket and no jitter, so only the
//! behaviour under test (cooldowns, retries) takes time.

use douyin_core::client::GovernorConfig;

/// No pacing and no jitter; the default cooldowns.
pub fn unpaced() -> GovernorConfig {
    GovernorConfig {
        requests_per_s: 0.0,
        jitter_ms: 0,
        ..GovernorConfig::default()
    }
}

/// No pacing and no jitter, with these cooldown bounds.
pub fn unpaced_with_cooldown(initial_ms: u64, max_ms: u64) -> GovernorConfig {
    GovernorConfig {
        cooldown_initial_ms: initial_ms,
        cooldown_max_ms: max_ms,
        ..unpaced()
    }
}
