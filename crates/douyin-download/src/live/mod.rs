//! Live recording as an engine job: a room is resolved through the shared client (its
//! governor paces every lookup), a stream is chosen down the quality ladder (FLV first by
//! default, HLS as the fallback), bytes go through the engine's `.part` files into segments
//! cut by duration or size (a reconnect always starts a new one), danmaku are written next to
//! each segment on that segment's time base, and a crash leaves an open segment that the next
//! run cuts back to its last whole tag or packet ([`walk`]) and renames. The watch list
//! ([`watch`]) starts one recording per room when a watched room goes live.

pub mod danmaku;
pub mod flv_stream;
pub mod ladder;
pub mod pull;
pub(crate) mod recorder;
pub mod segment;
pub mod settings;
pub mod walk;
pub mod watch;

pub use ladder::{candidates, Candidate, LADDER};
pub use settings::LiveSettings;
pub use walk::{cut_to_whole, walk_file, Container, Walk};
pub use watch::{entry_recording, recording_job, watch_target, WatchOptions, Watcher};
