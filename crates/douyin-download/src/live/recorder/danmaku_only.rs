//! Danmaku-only recordings (`LiveOptions::danmaku_only`, the CLI's `--no-stream`): while the
//! room is live, the danmaku session's events go to `<stem>_<seq>.danmaku.jsonl` (through
//! `.part`) and, when the connection ends, `<stem>_<seq>.danmaku.ass`; each connection is a
//! segment of format [`DANMAKU`] whose path is its JSONL, so the queue, the statistics file
//! and crash recovery treat it like a media segment.

use super::{until, Recorder, Stop};
use crate::control::Listener;
use crate::error::{DownloadError, Result};
use crate::events::{Event, LivePhase};
use crate::live::danmaku::{self, danmaku_paths, SegmentDanmaku};
use crate::live::segment::segment_name;
use crate::live::walk::Container;
use crate::naming::rel;
use douyin_core::live::{EndReason, LiveSession, SessionEvent};
use douyin_store::on_disk;
use std::path::{Path, PathBuf};

/// The segment format of a danmaku-only segment.
pub(super) const DANMAKU: &str = "danmaku";

/// The path the danmaku helpers derive a segment's files from: the JSONL's name without
/// `.danmaku.jsonl` (no file is ever written there).
pub(super) fn media_of(jsonl: &Path) -> PathBuf {
    let name = jsonl
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let base = name.strip_suffix(".danmaku.jsonl").unwrap_or(&name);
    jsonl.with_file_name(format!("{base}.{DANMAKU}"))
}

/// The size of a closed danmaku segment (its JSONL).
pub(super) fn jsonl_len(media: &Path) -> Option<u64> {
    std::fs::metadata(danmaku_paths(media).0)
        .ok()
        .map(|m| m.len())
}

impl Recorder<'_> {
    /// Records the danmaku of one connection into a new segment.
    pub(super) async fn record_danmaku(
        &mut self,
        session: &mut Option<LiveSession>,
        listener: &mut Listener,
    ) -> Stop {
        if session.is_none() {
            // No danmaku connection: retried after the backoff like a missing stream.
            return Stop::NoStream;
        }
        match self.danmaku_segment(session, listener).await {
            Ok(stop) => stop,
            Err(e) => Stop::Fail(e),
        }
    }

    async fn danmaku_segment(
        &mut self,
        session: &mut Option<LiveSession>,
        listener: &mut Listener,
    ) -> Result<Stop> {
        self.shared.disk.check(0)?;
        let meta = self.meta.clone().ok_or_else(|| {
            DownloadError::InvalidInput("a segment opened before the recording started".into())
        })?;
        let seq = self.next_seq;
        let media_rel = rel(&[&meta.folder, &segment_name(&meta.stem, seq, Container::Flv)]);
        let media =
            media_of(&on_disk(&self.shared.root, &media_rel).with_extension("danmaku.jsonl"));
        let (jsonl, _) = danmaku_paths(&media);
        let name = jsonl
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rel_path = rel(&[&meta.folder, &name]);
        let started = self.now_ms();
        self.shared
            .store
            .segment_opened(self.live.id, seq, &rel_path, DANMAKU, "", started)?;
        let mut out = SegmentDanmaku::create(&media, i64::try_from(started).unwrap_or(0)).await?;
        self.next_seq += 1;
        self.recorded_this_run = true;
        self.publish(LivePhase::Recording, None);
        let deadline = self.deadline();
        let stop = loop {
            tokio::select! {
                biased;
                s = listener.interrupted() => break Stop::Interrupted(s),
                () = until(deadline), if deadline.is_some() => break Stop::MaxDuration,
                ev = super::next_session(session) => match ev {
                    Some(SessionEvent::Event(t)) => {
                        self.stats.observe(&t);
                        self.danmaku_count += 1;
                        if let Err(e) = out.push(&t, &self.ass).await {
                            tracing::warn!(error = %e, "a danmaku line could not be written");
                        }
                        let _ = out.flush().await;
                        self.publish(LivePhase::Recording, None);
                    }
                    Some(SessionEvent::Ended { reason }) => {
                        *session = None;
                        break if reason == EndReason::LiveEnded {
                            Stop::LiveEnded
                        } else {
                            Stop::Dropped
                        };
                    }
                    Some(_) => {}
                    None => {
                        *session = None;
                        break Stop::Dropped;
                    }
                },
            }
        };
        out.finish(&self.ass).await?;
        let bytes = jsonl_len(&media).unwrap_or(0);
        let row = self
            .shared
            .store
            .segment_done(self.live.id, seq, bytes, self.now_ms(), false)?;
        self.closed_bytes += bytes;
        let info = super::segment_info(&row);
        self.segments.push(info.clone());
        self.shared.hub.emit(Event::SegmentDone {
            job: self.live.id,
            segment: info,
        });
        self.write_stats().await;
        Ok(stop)
    }

    /// Closes a danmaku-only segment a crash left open: its JSONL is cut to whole lines and
    /// the ASS rebuilt; a segment with no JSONL at all is forgotten.
    pub(super) fn recover_danmaku(&self, seq: u32, rel_path: &str) -> Result<()> {
        let media = media_of(&on_disk(&self.shared.root, rel_path));
        let events = danmaku::recover(&media, &self.ass)?;
        let store = &self.shared.store;
        match jsonl_len(&media) {
            Some(bytes) => {
                store.segment_done(self.live.id, seq, bytes, self.now_ms(), true)?;
                tracing::info!(
                    job = self.live.id,
                    seq,
                    events,
                    "recovered a danmaku segment"
                );
            }
            None => {
                store.segment_forget(self.live.id, seq)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_danmaku_files_of_a_segment_are_named_from_its_jsonl() {
        let media = media_of(Path::new("/lib/douyin/live/a/rec_001.danmaku.jsonl"));
        assert_eq!(media, Path::new("/lib/douyin/live/a/rec_001.danmaku"));
        let (jsonl, ass) = danmaku_paths(&media);
        assert_eq!(jsonl, Path::new("/lib/douyin/live/a/rec_001.danmaku.jsonl"));
        assert_eq!(ass, Path::new("/lib/douyin/live/a/rec_001.danmaku.ass"));
    }
}
