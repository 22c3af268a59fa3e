//! `douyin-download`: the engine that saves what users came for. A job (one per F2 mode) is
//! expanded page by page into file tasks recorded in the library's store (`douyin-store`);
//! files are transferred with resume, verification and mirror fallback, renamed into place
//! only when complete, and recorded done only after that; the queue survives crashes and
//! restarts; progress is reported on channels that never block a transfer.
//!
//! Like the core, the engine reads no clock or environment of its own: time comes from the
//! API client's injected clock, paths and limits from [`EngineConfig`].
#![forbid(unsafe_code)]

pub mod control;
pub mod convert;
pub mod disk;
pub mod engine;
pub mod error;
pub mod events;
mod expand;
mod file_task;
pub mod folders;
mod job;
pub mod lister;
pub mod live;
mod live_state;
pub mod naming;
pub mod plan;
pub mod progress;
pub mod records;
pub mod retry;
mod shared;
pub mod spec;
pub mod transfer;

pub use disk::{DiskProbe, SystemDisk};
pub use engine::{validate, Engine, EngineConfig};
pub use error::{DownloadError, Result};
pub use events::{Event, EventReceiver, FileProgress, FileSnapshot, JobProgress, JobSnapshot};
pub use events::{LivePhase, LiveStatus, SegmentInfo};
pub use retry::GapRetry;
pub use shared::TestHooks;
pub use spec::{
    Codec, ImageFormat, JobKind, JobOptions, JobSpec, LiveFormat, LiveOptions, Quality, Target,
};
