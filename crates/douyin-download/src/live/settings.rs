//! Engine-wide live settings: how often a room that is not live is polled, the backoff after
//! a dropped stream, how long the stream may run on after the live-end message, and the
//! danmaku session's transport settings. Per-job choices live in the job's `LiveOptions`.

use std::time::Duration;

/// How the engine runs live recordings.
#[derive(Debug, Clone)]
pub struct LiveSettings {
    /// Between two lookups of a room that is not live (a waiting job).
    pub poll_interval: Duration,
    /// First wait after a stream drop or when no stream answered; doubled per failure.
    pub reconnect_backoff: Duration,
    /// The longest of those waits.
    pub reconnect_backoff_max: Duration,
    /// After the live-end control message, how long the stream may deliver its tail.
    pub end_grace: Duration,
    /// Danmaku websocket heartbeat.
    pub heartbeat: Duration,
    /// A stream body that stalls this long counts as dropped.
    pub stall_timeout: Duration,
}

impl Default for LiveSettings {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(60),
            reconnect_backoff: Duration::from_secs(1),
            reconnect_backoff_max: Duration::from_secs(30),
            end_grace: Duration::from_secs(10),
            heartbeat: Duration::from_secs(10),
            stall_timeout: Duration::from_secs(30),
        }
    }
}
