//! Walkers over recorded containers: they prove a file is playable (FLV: header and the
//! previous-tag-size chain; MPEG-TS: whole 188-byte packets with their sync bytes) and find
//! where an interrupted file stops being whole, so crash recovery can cut it back there.
//! Both read sequentially through a small buffer: memory stays flat for any file size.

pub mod flv;
pub mod ts;

pub use flv::{walk_flv, FlvWalk};
pub use ts::{walk_ts, TsWalk};

use std::path::Path;

/// Which container a recording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Container {
    /// FLV (`.flv`).
    Flv,
    /// MPEG-TS (`.ts`).
    Ts,
}

/// What a walk found, container-independent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    /// Length of the whole (playable) prefix.
    pub valid_len: u64,
    /// Length of the file.
    pub total_len: u64,
    /// Tags (FLV) or packets (TS) in the valid prefix.
    pub units: u64,
    /// Why the walk stopped before the end, if it did.
    pub problem: Option<String>,
}

impl Walk {
    /// The whole file is valid (and holds at least one unit).
    pub fn is_complete(&self) -> bool {
        self.problem.is_none() && self.valid_len == self.total_len && self.units > 0
    }
}

/// Walks the file at `path` as `container`.
///
/// # Errors
/// The file cannot be read.
pub fn walk_file(path: &Path, container: Container) -> std::io::Result<Walk> {
    let file = std::fs::File::open(path)?;
    let reader = std::io::BufReader::with_capacity(64 * 1024, file);
    Ok(match container {
        Container::Flv => {
            let w = walk_flv(reader)?;
            Walk {
                valid_len: w.valid_len,
                total_len: w.total_len,
                units: w.tags,
                problem: w.problem,
            }
        }
        Container::Ts => {
            let w = walk_ts(reader)?;
            Walk {
                valid_len: w.valid_len,
                total_len: w.total_len,
                units: w.packets,
                problem: w.problem,
            }
        }
    })
}

/// Cuts the file at `path` back to its last whole tag/packet. Returns the walk after the cut;
/// `None` when nothing playable is left (the file is then removed).
///
/// # Errors
/// The file cannot be read, truncated or removed.
pub fn cut_to_whole(path: &Path, container: Container) -> std::io::Result<Option<Walk>> {
    let walk = walk_file(path, container)?;
    if walk.units == 0 {
        std::fs::remove_file(path)?;
        return Ok(None);
    }
    if walk.valid_len < walk.total_len {
        let f = std::fs::OpenOptions::new().write(true).open(path)?;
        f.set_len(walk.valid_len)?;
        f.sync_all()?;
    }
    Ok(Some(Walk {
        total_len: walk.valid_len,
        problem: None,
        ..walk
    }))
}
