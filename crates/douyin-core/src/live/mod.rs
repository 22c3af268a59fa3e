//! Live rooms end to end: read a live link, resolve the room, run a danmaku session
//! (websocket with acks, heartbeats, reconnects, live-end detection) as a stream of typed
//! events, and record the live stream (FLV or HLS) together with the danmaku (JSONL, ASS,
//! statistics).
//!
//! The HTTP side is the [`LiveApi`] trait (implemented for the crate's
//! [`crate::client::DouyinClient`]); time is the client's [`crate::client::Clock`] and
//! randomness an injected RNG, so sessions run against fakes and the emulator alike.

pub mod api;
pub mod client_api;
pub mod config;
pub mod event;
pub mod hls;
pub mod part_file;
pub mod recorder;
pub mod room;
pub mod session;
pub mod stream;
pub mod target;
pub mod ws;

pub use api::{im_bootstrap_from_json, GuestIdentity, ImBootstrap, LiveApi, LiveContext};
pub use config::{ReconnectPolicy, SessionConfig};
pub use event::{method_for_type_name, EndReason, SessionEvent};
pub use recorder::{
    record_session, recording_stem, stats_json, RecordOptions, RecordingFiles, RecordingSummary,
};
pub use room::{room_from_enter, room_from_reflow, LiveRoom, STATUS_LIVE};
pub use session::{CancelHandle, CounterSnapshot, LiveSession, SessionCounters};
pub use stream::{StreamEnd, StreamFormat, StreamOutcome, StreamRequest};
pub use target::parse_live_target;
