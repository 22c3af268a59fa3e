//! `douyin-core`: everything that signs, builds requests, parses, talks to Douyin, downloads and
//! stores. It has no UI dependency; the desktop app and the `douyin` CLI are thin shells over it.
//!
//! The core never reads the clock, the environment or a global RNG: time, randomness, paths and
//! base URLs are inputs.
#![forbid(unsafe_code)]

pub mod api;
pub mod client;
pub mod endpoints;
pub mod error;
pub mod fields;
pub mod link;
pub mod live;
pub mod lrc;
pub mod models;
pub mod naming;
pub mod params;
pub mod preview;
pub mod redact;
pub mod sign;
pub mod timefmt;
pub mod token;

pub use error::{Error, ErrorKind};

/// The live danmaku decoder (its own crate, so the generated schema is not rebuilt with the core).
pub use douyin_webcast as webcast;

/// The crate version, shown by the CLI and the app's about view.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
