//! Live recordings and the watch list: the segments of a recording job (`open` while the
//! segment's `.part` is written, `done` once renamed; crash recovery finishes the `open`
//! ones), the job's recording meta (kept in its cursor column), and the rooms or creators
//! watched for going live.

use crate::error::{Result, StoreError};
use crate::jobs::{i64_of, require, u64_of, JobId};
use crate::store::HistoryStore;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

/// One segment of a live recording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveSegmentRow {
    /// The recording job.
    pub job_id: JobId,
    /// The segment number, from 1.
    pub seq: u32,
    /// The media file, relative to the library root (without `.part`).
    pub rel_path: String,
    /// `flv` or `ts`.
    pub format: String,
    /// The quality id recorded.
    pub quality: String,
    /// `false` while the segment is written (its `.part` exists), `true` once renamed.
    pub done: bool,
    /// Bytes (known once done).
    pub bytes: u64,
    /// Wall-clock start, ms since the epoch.
    pub started_ms: u64,
    /// Wall-clock end, ms since the epoch (once done).
    pub ended_ms: Option<u64>,
    /// It was recovered after a crash.
    pub recovered: bool,
}

/// One watched room or creator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchEntry {
    /// The id.
    pub id: i64,
    /// What `target` is: `live` (a web_rid), `live_room` (a room id) or `user` (a sec_user_id).
    pub kind: String,
    /// The id of the room or creator.
    pub target: String,
    /// A name to show (the anchor's nickname, once known).
    pub label: Option<String>,
    /// Added, unix seconds.
    pub added_at: i64,
    /// Last checked, unix seconds.
    pub checked_at: Option<i64>,
    /// Live at the last check.
    pub live: bool,
}

const WATCH_KINDS: [&str; 3] = ["live", "live_room", "user"];

fn read_segment(r: &rusqlite::Row<'_>) -> rusqlite::Result<LiveSegmentRow> {
    Ok(LiveSegmentRow {
        job_id: r.get(0)?,
        seq: u32::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
        rel_path: r.get(2)?,
        format: r.get(3)?,
        quality: r.get(4)?,
        done: r.get::<_, String>(5)? == "done",
        bytes: u64_of(r.get(6)?),
        started_ms: u64_of(r.get(7)?),
        ended_ms: r.get::<_, Option<i64>>(8)?.map(u64_of),
        recovered: r.get(9)?,
    })
}

fn read_watch(r: &rusqlite::Row<'_>) -> rusqlite::Result<WatchEntry> {
    Ok(WatchEntry {
        id: r.get(0)?,
        kind: r.get(1)?,
        target: r.get(2)?,
        label: r.get(3)?,
        added_at: r.get(4)?,
        checked_at: r.get(5)?,
        live: r.get(6)?,
    })
}

impl HistoryStore {
    /// Records the engine's meta of a job (live jobs keep their folder and file stem here).
    ///
    /// # Errors
    /// `NotFound` for an unknown job; `InvalidInput` for text that is not JSON.
    pub fn set_job_cursor(&self, job: JobId, cursor_json: &str) -> Result<()> {
        if serde_json::from_str::<serde::de::IgnoredAny>(cursor_json).is_err() {
            return Err(StoreError::Invalid("a job cursor must be JSON".into()));
        }
        self.write(|tx, now| {
            let n = tx
                .prepare_cached("UPDATE jobs SET cursor_json = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![job, cursor_json, now])?;
            if n == 0 {
                return Err(StoreError::not_found("job", job));
            }
            Ok(())
        })
    }

    /// Records that segment `seq` of `job` is being written at `rel_path`.
    ///
    /// # Errors
    /// `NotFound` for an unknown job; `InvalidInput` when the segment exists already.
    pub fn segment_opened(
        &self,
        job: JobId,
        seq: u32,
        rel_path: &str,
        format: &str,
        quality: &str,
        started_ms: u64,
    ) -> Result<()> {
        self.write(|tx, _| {
            require(tx, job)?;
            let n = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO live_segments
                     (job_id, seq, rel_path, format, quality, state, started_ms)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6)",
                )?
                .execute(params![
                    job,
                    seq,
                    rel_path,
                    format,
                    quality,
                    i64_of(started_ms)
                ])?;
            if n == 0 {
                return Err(StoreError::Invalid(format!(
                    "segment {seq} of job {job} exists already"
                )));
            }
            Ok(())
        })
    }

    /// Records that a segment is complete on disk with `bytes`.
    ///
    /// # Errors
    /// `NotFound` for an unknown segment.
    pub fn segment_done(
        &self,
        job: JobId,
        seq: u32,
        bytes: u64,
        ended_ms: u64,
        recovered: bool,
    ) -> Result<LiveSegmentRow> {
        self.write(|tx, _| {
            let n = tx
                .prepare_cached(
                    "UPDATE live_segments SET state = 'done', bytes = ?3, ended_ms = ?4,
                     recovered = ?5 WHERE job_id = ?1 AND seq = ?2",
                )?
                .execute(params![
                    job,
                    seq,
                    i64_of(bytes),
                    i64_of(ended_ms),
                    recovered
                ])?;
            if n == 0 {
                return Err(StoreError::not_found("segment", format!("{job}/{seq}")));
            }
            Ok(tx
                .prepare_cached(
                    "SELECT job_id, seq, rel_path, format, quality, state, bytes, started_ms,
                     ended_ms, recovered FROM live_segments WHERE job_id = ?1 AND seq = ?2",
                )?
                .query_row(params![job, seq], read_segment)?)
        })
    }

    /// Forgets a segment that left nothing playable (a crash before its first whole tag).
    ///
    /// # Errors
    /// On a database failure.
    pub fn segment_forget(&self, job: JobId, seq: u32) -> Result<bool> {
        self.write(|tx, _| {
            Ok(tx
                .prepare_cached("DELETE FROM live_segments WHERE job_id = ?1 AND seq = ?2")?
                .execute(params![job, seq])?
                == 1)
        })
    }

    /// The segments of `job`, in order.
    ///
    /// # Errors
    /// On a database failure.
    pub fn segments(&self, job: JobId) -> Result<Vec<LiveSegmentRow>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT job_id, seq, rel_path, format, quality, state, bytes, started_ms, ended_ms,
             recovered FROM live_segments WHERE job_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([job], read_segment)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Adds a room or creator to the watch list (an existing entry is returned unchanged).
    ///
    /// # Errors
    /// `InvalidInput` for an unknown kind or an empty target.
    pub fn watch_add(&self, kind: &str, target: &str, label: Option<&str>) -> Result<WatchEntry> {
        let target = target.trim();
        if !WATCH_KINDS.contains(&kind) || target.is_empty() {
            return Err(StoreError::Invalid(format!(
                "a watch entry needs a kind ({}) and an id",
                WATCH_KINDS.join(", ")
            )));
        }
        self.write(|tx, now| {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO watch_list (kind, target, label, added_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![kind, target, label, now])?;
            Ok(tx
                .prepare_cached(
                    "SELECT id, kind, target, label, added_at, checked_at, live FROM watch_list
                     WHERE kind = ?1 AND target = ?2",
                )?
                .query_row(params![kind, target], read_watch)?)
        })
    }

    /// Removes a watch entry; `false` when there was none.
    ///
    /// # Errors
    /// On a database failure.
    pub fn watch_remove(&self, kind: &str, target: &str) -> Result<bool> {
        self.write(|tx, _| {
            Ok(tx
                .prepare_cached("DELETE FROM watch_list WHERE kind = ?1 AND target = ?2")?
                .execute(params![kind, target.trim()])?
                == 1)
        })
    }

    /// The watch list, oldest first.
    ///
    /// # Errors
    /// On a database failure.
    pub fn watch_list(&self) -> Result<Vec<WatchEntry>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT id, kind, target, label, added_at, checked_at, live FROM watch_list
             ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], read_watch)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Records a check of entry `id`: whether it was live, and its label when learnt.
    ///
    /// # Errors
    /// On a database failure.
    pub fn watch_checked(&self, id: i64, live: bool, label: Option<&str>) -> Result<()> {
        self.write(|tx, now| {
            tx.prepare_cached(
                "UPDATE watch_list SET checked_at = ?2, live = ?3, label = coalesce(?4, label)
                 WHERE id = ?1",
            )?
            .execute(params![id, now, live, label])?;
            Ok(())
        })
    }

    /// The watch entry `id`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn watch_entry(&self, id: i64) -> Result<Option<WatchEntry>> {
        let conn = self.lock();
        let found = conn
            .prepare_cached(
                "SELECT id, kind, target, label, added_at, checked_at, live FROM watch_list
                 WHERE id = ?1",
            )?
            .query_row([id], read_watch)
            .optional()?;
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_open_then_done_and_a_job_delete_takes_them() {
        let store = HistoryStore::open_in_memory().unwrap();
        let job = store.create_job("live", "{}").unwrap();
        store
            .segment_opened(job, 1, "douyin/live/a/x_001.flv", "flv", "HD1", 1_000)
            .unwrap();
        assert!(store
            .segment_opened(job, 1, "douyin/live/a/x_001.flv", "flv", "HD1", 1_000)
            .is_err());
        store
            .segment_opened(job, 2, "douyin/live/a/x_002.flv", "flv", "SD1", 2_000)
            .unwrap();
        let done = store.segment_done(job, 1, 4_096, 1_900, false).unwrap();
        assert!(done.done && done.bytes == 4_096 && done.ended_ms == Some(1_900));
        let segs = store.segments(job).unwrap();
        assert_eq!(segs.len(), 2);
        assert!(!segs[1].done && segs[1].quality == "SD1");
        assert!(store.segment_forget(job, 2).unwrap());
        store.set_job_cursor(job, r#"{"stem":"x"}"#).unwrap();
        assert_eq!(
            store.job(job).unwrap().unwrap().cursor_json.as_deref(),
            Some(r#"{"stem":"x"}"#)
        );
        assert!(store.set_job_cursor(job, "not json").is_err());
        assert!(store.segment_opened(999, 1, "p", "flv", "HD1", 0).is_err());
        store.delete_job(job).unwrap();
        assert!(store.segments(job).unwrap().is_empty());
    }

    #[test]
    fn watch_entries_are_unique_and_remember_checks() {
        let store = HistoryStore::open_in_memory().unwrap();
        let a = store.watch_add("live", " 77584 ", None).unwrap();
        let again = store.watch_add("live", "77584", Some("x")).unwrap();
        assert_eq!(a.id, again.id);
        assert_eq!(a.target, "77584");
        assert!(store.watch_add("films", "1", None).is_err());
        assert!(store.watch_add("user", "  ", None).is_err());
        store
            .watch_add("live_room", "7382517534467115826", None)
            .unwrap();
        store.watch_checked(a.id, true, Some("主播")).unwrap();
        let list = store.watch_list().unwrap();
        assert_eq!(list.len(), 2);
        assert!(list[0].live && list[0].label.as_deref() == Some("主播"));
        assert!(list[0].checked_at.is_some());
        assert!(store.watch_remove("live", "77584").unwrap());
        assert!(!store.watch_remove("live", "77584").unwrap());
        assert_eq!(store.watch_list().unwrap().len(), 1);
    }
}
