//! `douyin-webcast`: live danmaku (webcast) decoding, pure and offline: the protobuf schema, frame decoding into
//! typed [`LiveEvent`]s, acknowledgements and heartbeat, the wss `signature`, the im/fetch and
//! wss parameter lists, and danmaku recording helpers (JSONL, ASS subtitles, statistics).
//!
//! Flow for a connection: keep one [`FrameDecoder`]; for each binary frame call
//! [`FrameDecoder::decode_bytes`], send [`DecodedFrame::ack`] (style from [`AckStyle`]) before
//! handling [`DecodedFrame::events`], stop on [`DecodedFrame::live_ended`]; send
//! [`heartbeat_frame`] periodically. Proto `string` fields of the typed messages are zero-copy
//! `Bytes`; read them with [`pb_text`].
//!
//! A crate of its own so that the 16k generated lines of [`schema`] compile once, not with
//! every change to the HTTP client; `douyin-core` re-exports it as `douyin_core::webcast`.
#![forbid(unsafe_code)]

pub mod ack;
pub mod ass;
pub mod control;
pub mod error;
pub mod event;
pub mod frame;
pub mod gift;
pub mod proto_json;
pub mod record;
pub mod schema;
pub mod signature;
pub mod stats;
pub mod text;
pub mod url;

pub use ack::{build_ack, heartbeat_frame, AckStyle};
pub use ass::{danmaku_lines, write_ass, AssOptions, DanmakuKind, DanmakuLine};
pub use control::ControlMessage;
pub use error::{WebcastError, WebcastErrorKind};
pub use event::{LiveEvent, KNOWN_METHODS};
pub use frame::{
    decode_frame, gunzip_bounded, DecodeLimits, DecodedFrame, FrameDecoder, FrameMessage,
};
pub use proto_json::ProtoJson;
pub use record::{jsonl_line, record_value, TimedEvent};
pub use signature::{
    sign_x_ms_stub, signature, signature_stub, signature_with_rng, verify_signature, x_ms_stub,
    SignatureDraws,
};
pub use stats::{GifterTotal, SessionStats, ViewerSample, ViewerSource};
pub use text::{pb_string, pb_text};
pub use url::{
    browser_version_from_user_agent, im_fetch_params, join_raw, wss_params, wss_url, WssUrlInputs,
};
