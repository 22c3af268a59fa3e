//! Danmaku next to each segment: `<segment>.danmaku.jsonl` (every event, offset from the
//! segment's start) written through `.part` as events arrive, and `<segment>.danmaku.ass`
//! (chat, optionally gifts, on the same time base) written when the segment closes. After a
//! crash the JSONL is cut back to its last whole line and the ASS rebuilt from it. One
//! `<stem>.stats.json` per recording holds the statistics of every run.

use crate::error::{DownloadError, Result};
use crate::transfer::{part_path, write_atomic, PartFile};
use douyin_core::live::{stats_json, LiveRoom};
use douyin_core::webcast::{
    danmaku_lines, jsonl_line, write_ass, AssOptions, DanmakuKind, DanmakuLine, SessionStats,
    TimedEvent,
};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The longest JSONL line kept on recovery (a line is one event within the decode limits).
const MAX_LINE: usize = 4 * 1024 * 1024;

/// `(jsonl, ass)` paths of the segment at `media`.
pub fn danmaku_paths(media: &Path) -> (PathBuf, PathBuf) {
    let stem = media
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    (
        media.with_file_name(format!("{stem}.danmaku.jsonl")),
        media.with_file_name(format!("{stem}.danmaku.ass")),
    )
}

/// The danmaku of one open segment.
#[derive(Debug)]
pub struct SegmentDanmaku {
    jsonl: PartFile,
    ass: PathBuf,
    start_ms: i64,
    lines: Vec<DanmakuLine>,
    events: u64,
}

impl SegmentDanmaku {
    /// Starts the danmaku files of the segment at `media`, whose start is `start_ms`.
    ///
    /// # Errors
    /// The JSONL `.part` cannot be created.
    pub async fn create(media: &Path, start_ms: i64) -> Result<Self> {
        let (jsonl, ass) = danmaku_paths(media);
        let _ = tokio::fs::remove_file(part_path(&jsonl)).await;
        Ok(Self {
            jsonl: PartFile::open(&jsonl).await?,
            ass,
            start_ms,
            lines: Vec::new(),
            events: 0,
        })
    }

    /// Records one event.
    ///
    /// # Errors
    /// The write failed.
    pub async fn push(&mut self, event: &TimedEvent, ass: &AssOptions) -> Result<()> {
        self.jsonl
            .write(jsonl_line(event, self.start_ms).as_bytes())
            .await?;
        self.lines.extend(danmaku_lines(
            std::slice::from_ref(event),
            self.start_ms,
            ass,
        ));
        self.events += 1;
        Ok(())
    }

    /// Pushes buffered lines to the OS.
    ///
    /// # Errors
    /// The flush failed.
    pub async fn flush(&mut self) -> Result<()> {
        self.jsonl.flush().await
    }

    /// Closes the JSONL and writes the ASS; returns the events recorded.
    ///
    /// # Errors
    /// A write failed.
    pub async fn finish(self, ass: &AssOptions) -> Result<u64> {
        self.jsonl.finish().await?;
        write_atomic(&self.ass, write_ass(&self.lines, ass).as_bytes()).await?;
        Ok(self.events)
    }
}

/// The ASS line a recorded JSONL record shows, if any (chat; gifts when asked and described).
fn line_of(record: &Value, ass: &AssOptions) -> Option<DanmakuLine> {
    let offset_ms = record["offset_ms"].as_i64().filter(|o| *o >= 0)?;
    let data = &record["data"];
    let (kind, text) = match record["method"].as_str()? {
        "WebcastChatMessage" => {
            let content = data["content"].as_str()?.to_owned();
            let nick = data["user"]["nickname"].as_str().unwrap_or("");
            let text = if ass.show_nickname && !nick.is_empty() {
                format!("{nick}: {content}")
            } else {
                content
            };
            (DanmakuKind::Chat, text)
        }
        "WebcastGiftMessage" if ass.include_gifts => (
            DanmakuKind::Gift,
            data["common"]["describe"].as_str()?.to_owned(),
        ),
        _ => return None,
    };
    (!text.trim().is_empty()).then_some(DanmakuLine {
        offset_ms,
        kind,
        text,
    })
}

/// Recovers the danmaku of the segment at `media` after a crash: the JSONL `.part` is cut to
/// its last whole line and renamed, and the ASS rebuilt from it. Returns the events kept.
///
/// # Errors
/// The files cannot be read or written.
pub fn recover(media: &Path, ass: &AssOptions) -> Result<u64> {
    let (jsonl, ass_path) = danmaku_paths(media);
    let part = part_path(&jsonl);
    let io = |p: &Path, e: std::io::Error| DownloadError::io(p, &e);
    if part.exists() {
        let bytes = std::fs::read(&part).map_err(|e| io(&part, e))?;
        let keep = bytes.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(&part)
            .map_err(|e| io(&part, e))?;
        f.set_len(keep as u64).map_err(|e| io(&part, e))?;
        f.sync_all().map_err(|e| io(&part, e))?;
        std::fs::rename(&part, &jsonl).map_err(|e| io(&jsonl, e))?;
    } else if !jsonl.exists() {
        return Ok(0);
    }
    let text = std::fs::read_to_string(&jsonl).map_err(|e| io(&jsonl, e))?;
    let mut lines = Vec::new();
    let mut events = 0u64;
    for l in text.lines().filter(|l| l.len() <= MAX_LINE) {
        let Ok(record) = serde_json::from_str::<Value>(l) else {
            continue;
        };
        events += 1;
        lines.extend(line_of(&record, ass));
    }
    lines.sort_by_key(|l| l.offset_ms);
    let tmp = part_path(&ass_path);
    std::fs::write(&tmp, write_ass(&lines, ass)).map_err(|e| io(&tmp, e))?;
    std::fs::rename(&tmp, &ass_path).map_err(|e| io(&ass_path, e))?;
    Ok(events)
}

/// Writes `<stem>.stats.json`: the recording, its segments, and the statistics of every run
/// (an earlier run's entry, read back from the file, is kept; this run's is replaced).
///
/// # Errors
/// The file cannot be written.
pub async fn write_stats(
    path: &Path,
    room: &LiveRoom,
    run_start_ms: i64,
    now_ms: i64,
    stats: &SessionStats,
    segments: &[crate::events::SegmentInfo],
) -> Result<()> {
    let mut runs: Vec<Value> = tokio::fs::read(path)
        .await
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .and_then(|v| v["runs"].as_array().cloned())
        .unwrap_or_default();
    runs.retain(|r| r["start_ms"].as_i64() != Some(run_start_ms));
    runs.push(stats_json(stats, room, run_start_ms, now_ms, 10));
    let total: u64 = runs
        .iter()
        .filter_map(|r| r["total_messages"].as_u64())
        .sum();
    let doc = json!({
        "room_id": room.room_id,
        "web_rid": room.web_rid,
        "nickname": room.nickname,
        "title": room.title,
        "total_messages": total,
        "segments": segments,
        "runs": runs,
    });
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    write_atomic(path, text.as_bytes()).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_keeps_whole_lines_and_rebuilds_the_ass() {
        let dir = tempfile::tempdir().expect("tmp");
        let media = dir.path().join("rec_001.flv");
        let (jsonl, ass) = danmaku_paths(&media);
        assert!(jsonl.ends_with("rec_001.danmaku.jsonl") && ass.ends_with("rec_001.danmaku.ass"));
        let text = concat!(
            r#"{"offset_ms":100,"method":"WebcastChatMessage","data":{"content":"你好"}}"#,
            "\n",
            r#"{"offset_ms":300,"method":"WebcastLikeMessage","data":{"count":"1"}}"#,
            "\n",
            r#"{"offset_ms":500,"method":"WebcastChatMessage","data":{"content":"tor"#
        );
        std::fs::write(part_path(&jsonl), text).expect("write");
        let n = recover(&media, &AssOptions::default()).expect("recover");
        assert_eq!(n, 2);
        assert!(!part_path(&jsonl).exists());
        let kept = std::fs::read_to_string(&jsonl).expect("jsonl");
        assert_eq!(kept.lines().count(), 2);
        assert!(kept.ends_with('\n'));
        let ass_text = std::fs::read_to_string(&ass).expect("ass");
        let dialogue: Vec<&str> = ass_text
            .lines()
            .filter(|l| l.starts_with("Dialogue:"))
            .collect();
        assert_eq!(dialogue.len(), 1, "{ass_text}");
        assert!(dialogue[0].contains("0:00:00.10") && dialogue[0].ends_with("你好"));
    }
}
