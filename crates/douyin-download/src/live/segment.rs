//! One segment file of a recording, written through the engine's `.part` path: FLV segments
//! start with the FLV header and the stream's configuration tags (metadata, decoder
//! configuration) and rebase timestamps to 0; TS segments are whole HLS segments appended.
//! The writer decides when a segment is full (media duration or bytes) and the recorder cuts
//! there: at a keyframe for FLV when the stream has them, at an HLS segment boundary for TS.

use super::flv_stream::{FlvTag, FLV_HEAD};
use super::walk::Container;
use crate::error::Result;
use crate::transfer::{part_path, PartFile};
use std::path::{Path, PathBuf};

/// When a segment is full.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SegmentLimits {
    /// Media milliseconds.
    pub media_ms: Option<u64>,
    /// Bytes.
    pub bytes: Option<u64>,
}

/// An open segment.
#[derive(Debug)]
pub struct SegmentWriter {
    /// Its number.
    pub seq: u32,
    /// The final path.
    pub path: PathBuf,
    /// The container.
    pub container: Container,
    /// Wall-clock start, ms (the danmaku time base).
    pub started_ms: u64,
    part: PartFile,
    base_ts: Option<u32>,
    last_ts: u32,
    media_ms: u64,
    units: u64,
}

impl SegmentWriter {
    /// Creates `<path>.part` (a stale one is replaced). An FLV segment starts with the header
    /// and `config` tags.
    ///
    /// # Errors
    /// The file cannot be created or written.
    pub async fn create(
        path: &Path,
        seq: u32,
        container: Container,
        started_ms: u64,
        config: &[FlvTag],
    ) -> Result<Self> {
        let _ = tokio::fs::remove_file(part_path(path)).await;
        let mut part = PartFile::open(path).await?;
        if container == Container::Flv {
            part.write(&FLV_HEAD).await?;
            for t in config {
                part.write(&t.encode(0)).await?;
            }
        }
        Ok(Self {
            seq,
            path: path.to_owned(),
            container,
            started_ms,
            part,
            base_ts: None,
            last_ts: 0,
            media_ms: 0,
            units: 0,
        })
    }

    /// Bytes written.
    pub fn bytes(&self) -> u64 {
        self.part.len()
    }

    /// Media written, ms.
    pub fn media_ms(&self) -> u64 {
        self.media_ms
    }

    /// Media tags or TS segments written (configuration tags not counted).
    pub fn units(&self) -> u64 {
        self.units
    }

    /// Appends a configuration tag (metadata, decoder configuration) at the current time.
    ///
    /// # Errors
    /// The write failed.
    pub async fn write_config(&mut self, tag: &FlvTag) -> Result<()> {
        self.part.write(&tag.encode(self.last_ts)).await
    }

    /// Media the segment would span with `tag` appended, ms.
    pub fn media_ms_with(&self, tag: &FlvTag) -> u64 {
        self.base_ts
            .map_or(0, |b| u64::from(tag.timestamp().saturating_sub(b)))
            .max(self.media_ms)
    }

    /// Whether the segment reached a limit.
    pub fn is_full(&self, limits: SegmentLimits) -> bool {
        limits.media_ms.is_some_and(|l| self.media_ms >= l)
            || limits.bytes.is_some_and(|l| self.bytes() >= l)
    }

    /// Appends a tag, its timestamp rebased to the segment's first media tag.
    ///
    /// # Errors
    /// The write failed.
    pub async fn write_tag(&mut self, tag: &FlvTag) -> Result<()> {
        let ts = tag.timestamp();
        let base = *self.base_ts.get_or_insert(ts);
        // A timestamp that goes backwards (a server restarting its clock) stays at the last.
        let rel = ts.saturating_sub(base).max(self.last_ts);
        self.last_ts = rel;
        self.media_ms = u64::from(rel);
        self.units += 1;
        self.part.write(&tag.encode(rel)).await
    }

    /// Appends a whole TS segment.
    ///
    /// # Errors
    /// The write failed.
    pub async fn write_ts(&mut self, bytes: &[u8], duration_ms: u64) -> Result<()> {
        self.media_ms += duration_ms;
        self.units += 1;
        self.part.write(bytes).await
    }

    /// Pushes buffered bytes to the OS, so a crash loses at most what is in flight.
    ///
    /// # Errors
    /// The flush failed.
    pub async fn flush(&mut self) -> Result<()> {
        self.part.flush().await
    }

    /// Syncs and renames into place; returns the size.
    ///
    /// # Errors
    /// The sync or rename failed.
    pub async fn finish(self) -> Result<u64> {
        self.part.finish().await
    }
}

/// `<stem>_<NNN><ext>`: the name of segment `seq`.
pub fn segment_name(stem: &str, seq: u32, container: Container) -> String {
    let ext = match container {
        Container::Flv => ".flv",
        Container::Ts => ".ts",
    };
    crate::naming::file_name(stem, &format!("_{seq:03}{ext}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::walk::walk_file;

    fn tag(ts: u32, key: bool) -> FlvTag {
        let mut bytes = vec![9, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0];
        bytes.extend_from_slice(&[if key { 0x17 } else { 0x27 }, 1, 2]);
        let t = ts.to_be_bytes();
        bytes[4] = t[1];
        bytes[5] = t[2];
        bytes[6] = t[3];
        bytes[7] = t[0];
        FlvTag { bytes }
    }

    #[tokio::test]
    async fn an_flv_segment_rebases_time_and_walks_whole() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join(segment_name("rec", 2, Container::Flv));
        assert!(path.to_string_lossy().ends_with("rec_002.flv"));
        let config = [FlvTag {
            bytes: vec![18, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2],
        }];
        let mut w = SegmentWriter::create(&path, 2, Container::Flv, 5, &config)
            .await
            .expect("create");
        for i in 0..5u32 {
            w.write_tag(&tag(10_000 + i * 200, i == 0))
                .await
                .expect("tag");
        }
        assert_eq!(w.media_ms(), 800);
        assert!(w.is_full(SegmentLimits {
            media_ms: Some(800),
            bytes: None
        }));
        assert!(!w.is_full(SegmentLimits::default()));
        assert!(part_path(&path).exists() && !path.exists());
        let size = w.finish().await.expect("finish");
        let walk = walk_file(&path, Container::Flv).expect("walk");
        assert!(walk.is_complete(), "{walk:?}");
        assert_eq!((walk.units, walk.total_len), (6, size));
        let bytes = std::fs::read(&path).expect("read");
        let flv = crate::live::walk::walk_flv(bytes.as_slice()).expect("walk");
        assert_eq!((flv.first_ts, flv.last_ts), (Some(0), Some(800)));
    }
}
