//! Session settings: transport origin, acknowledgement style, decode limits, heartbeat and
//! idle intervals, channel bound and the reconnect backoff.

use crate::webcast::{AckStyle, DecodeLimits};
use std::time::Duration;

/// Exponential reconnect backoff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconnectPolicy {
    /// Delay before the first attempt.
    pub initial: Duration,
    /// Largest delay.
    pub max: Duration,
    /// Attempts in a row (without a frame in between) before giving up; 0 = never reconnect.
    pub max_attempts: u32,
}

impl Default for ReconnectPolicy {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(500),
            max: Duration::from_secs(30),
            max_attempts: 10,
        }
    }
}

impl ReconnectPolicy {
    /// The delay before attempt `attempt` (1-based): `initial · 2^(attempt-1)`, capped.
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 1u32
            .checked_shl(attempt.saturating_sub(1).min(31))
            .unwrap_or(u32::MAX);
        self.initial.saturating_mul(factor).min(self.max)
    }
}

/// Settings of one live session (origin, user agent and clock come from the client, see
/// [`super::LiveContext`]).
#[derive(Debug, Clone)]
pub struct SessionConfig {
    /// How acknowledgements are encoded (F2's form by default).
    pub ack_style: AckStyle,
    /// Frame size and decompression limits.
    pub limits: DecodeLimits,
    /// Interval of the `hb` heartbeat frames.
    pub heartbeat: Duration,
    /// A connection without any frame for this long counts as dropped.
    pub idle_timeout: Duration,
    /// Handshake timeout.
    pub connect_timeout: Duration,
    /// Frames' worth of events buffered for a slow consumer before the receive loop waits
    /// (bounded memory: at most this many frames, each within the decode limits).
    pub channel_capacity: usize,
    /// Reconnect backoff.
    pub reconnect: ReconnectPolicy,
    /// The signature's counter draw (F2 always sends 2).
    pub signature_counter: u32,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self {
            ack_style: AckStyle::F2,
            limits: DecodeLimits::default(),
            heartbeat: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            channel_capacity: 64,
            reconnect: ReconnectPolicy::default(),
            signature_counter: 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let p = ReconnectPolicy {
            initial: Duration::from_millis(100),
            max: Duration::from_millis(1_000),
            max_attempts: 5,
        };
        let d: Vec<u128> = (1..=6).map(|a| p.delay(a).as_millis()).collect();
        assert_eq!(d, [100, 200, 400, 800, 1_000, 1_000]);
        assert_eq!(p.delay(u32::MAX).as_millis(), 1_000);
    }
}
