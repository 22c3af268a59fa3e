//! Emulator options (binary flags map onto these).

use std::net::SocketAddr;
use std::sync::Arc;

use crate::clock::{Clock, SystemClock};
use crate::server::faults::Faults;

/// Everything that sizes and tunes one emulator run.
#[derive(Clone)]
pub struct EmulatorConfig {
    /// Where to listen; port 0 picks a free port.
    pub addr: SocketAddr,
    /// World seed.
    pub seed: u64,
    /// Number of users.
    pub users: usize,
    /// Posts per user.
    pub posts_per_user: usize,
    /// Top-level comments per post.
    pub comments_per_post: usize,
    /// Size of the top video rendition, bytes (images are 1/8, music 1/4, live-photo clips 1/4).
    pub video_bytes: u64,
    /// Added latency per request, ms.
    pub latency_ms: u64,
    /// Bandwidth cap per response body, bytes per second (0 = unlimited).
    pub bandwidth: u64,
    /// Lifetime of media URLs, s.
    pub media_ttl_s: u64,
    /// Accepted signature clock skew either way, s.
    pub signature_max_age_s: u64,
    /// Each live lasts this many ms from going live (None = until ended by admin).
    pub live_duration_ms: Option<u64>,
    /// Rooms that go live this many seconds after start, as (room index, seconds).
    pub live_delays_s: Vec<(usize, u64)>,
    /// Users, posts, hashtags, music, mix 0 and folder 0 get hostile names
    /// ([`crate::world::hostile`]).
    pub hostile_names: bool,
    /// Interval between pushed websocket frames, ms.
    pub ws_interval_ms: u64,
    /// A websocket with no client message (ack/heartbeat) for this long is closed, ms.
    pub ws_idle_timeout_ms: u64,
    /// HLS segment duration, s.
    pub hls_segment_s: u64,
    /// Live stream bytes per second (FLV and HLS).
    pub live_bytes_per_s: u64,
    /// The fake QR login confirms itself after this delay (None = only via the button).
    pub login_auto_scan_ms: Option<u64>,
    /// Fault switches at start (and what `{"reset": true}` returns to).
    pub faults: Faults,
    /// The clock.
    pub clock: Arc<dyn Clock>,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            seed: 42,
            users: 5,
            posts_per_user: 12,
            comments_per_post: 7,
            video_bytes: 256 * 1024,
            latency_ms: 0,
            bandwidth: 0,
            media_ttl_s: 3_600,
            signature_max_age_s: 300,
            live_duration_ms: None,
            live_delays_s: Vec::new(),
            hostile_names: false,
            ws_interval_ms: 500,
            ws_idle_timeout_ms: 30_000,
            hls_segment_s: 2,
            live_bytes_per_s: 64 * 1024,
            login_auto_scan_ms: Some(3_000),
            faults: Faults::default(),
            clock: Arc::new(SystemClock),
        }
    }
}

impl std::fmt::Debug for EmulatorConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorConfig")
            .field("addr", &self.addr)
            .field("seed", &self.seed)
            .field("users", &self.users)
            .field("posts_per_user", &self.posts_per_user)
            .field("video_bytes", &self.video_bytes)
            .finish_non_exhaustive()
    }
}
