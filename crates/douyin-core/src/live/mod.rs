//! Live rooms end to end: read a live link, resolve the room, run a danmaku session
//! (websocket with acks, heartbeats, reconnects, live-end detection) as a stream of typed
//! events, and name a recording and shape its statistics. Recording itself (stream and danmaku
//! files) is the download engine's live job; nothing here writes files.
//!
//! The HTTP side is the [`LiveApi`] trait (implemented for the crate's
//! [`crate::client::DouyinClient`]); time is the client's [`crate::client::Clock`] and
//! randomness an injected RNG, so sessions run against fakes and the emulator alike.

pub mod api;
pub mod client_api;
pub mod config;
pub mod event;
pub mod hls;
pub mod recording;
pub mod room;
pub mod session;
pub mod target;
pub mod ws;

pub use api::{im_bootstrap_from_json, GuestIdentity, ImBootstrap, LiveApi, LiveContext};
pub use config::{ReconnectPolicy, SessionConfig};
pub use event::{method_for_type_name, EndReason, SessionEvent};
pub use recording::{recording_stem, stats_json};
pub use room::{room_from_enter, room_from_reflow, LiveRoom, STATUS_LIVE};
pub use session::{CancelHandle, CounterSnapshot, LiveSession, SessionCounters};
pub use target::parse_live_target;
