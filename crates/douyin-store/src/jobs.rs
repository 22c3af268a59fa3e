//! Jobs: what was asked (kind + the engine's spec JSON), where it is (state, paging cursor,
//! listed count, error), and its file counters computed from the files it planned.
//!
//! Counters are computed from `job_files` rather than kept as numbers, so they can never
//! disagree with the file rows after a crash.

use crate::error::{Result, StoreError};
use crate::states::{error_info, kind_text, ErrorInfo, JobState};
use crate::store::HistoryStore;
use douyin_core::ErrorKind;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A job's id.
pub type JobId = i64;

/// One job as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobRow {
    /// The id.
    pub id: JobId,
    /// The engine's job kind (`one`, `post`, `like`, …; also the mode folder name).
    pub kind: String,
    /// The engine's spec, JSON (opaque to the store).
    pub spec_json: String,
    /// Where the job is.
    pub state: JobState,
    /// The paging cursor after the last committed page (engine JSON); `None` before the first.
    pub cursor_json: Option<String>,
    /// Items listed so far, as the last page commit said.
    pub listed: u64,
    /// Listing finished.
    pub exhausted: bool,
    /// Pages committed.
    pub pages: u64,
    /// Why the job failed or stopped.
    pub error: Option<ErrorInfo>,
    /// Created, unix seconds.
    pub created_at: i64,
    /// Last changed, unix seconds.
    pub updated_at: i64,
}

/// Which jobs to list; empty fields match everything. Ordered by id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobFilter {
    /// Only these states.
    pub states: Vec<JobState>,
    /// Only this kind.
    pub kind: Option<String>,
    /// At most this many (the newest when set).
    pub limit: Option<u32>,
}

/// A job's files by state, and bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobCounters {
    /// Files the job planned (all states).
    pub files_total: u64,
    /// Not started.
    pub planned: u64,
    /// Started, not finished.
    pub running: u64,
    /// Done (including `reused`).
    pub done: u64,
    /// Of `done`: already done when this job listed them (the engine reports them skipped).
    pub reused: u64,
    /// Finally failed.
    pub failed: u64,
    /// Deliberately skipped.
    pub skipped: u64,
    /// Found missing by `verify`.
    pub missing: u64,
    /// Bytes of the done files.
    pub bytes_done: u64,
    /// Expected bytes of all files whose size is known (done size, else expected total).
    pub bytes_known: u64,
}

pub(crate) fn u64_of(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

pub(crate) fn i64_of(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

const SELECT: &str = "SELECT id, kind, spec_json, state, cursor_json, listed, exhausted, pages,
    error_kind, error_message, created_at, updated_at FROM jobs";

type RawJob = (JobRow, Option<String>, Option<String>);

fn read_job(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawJob> {
    Ok((
        JobRow {
            id: row.get(0)?,
            kind: row.get(1)?,
            spec_json: row.get(2)?,
            state: row.get(3)?,
            cursor_json: row.get(4)?,
            listed: u64_of(row.get(5)?),
            exhausted: row.get(6)?,
            pages: u64_of(row.get(7)?),
            error: None,
            created_at: row.get(10)?,
            updated_at: row.get(11)?,
        },
        row.get(8)?,
        row.get(9)?,
    ))
}

fn finish((mut job, kind, message): RawJob) -> Result<JobRow> {
    job.error = error_info(kind, message)?;
    Ok(job)
}

pub(crate) fn by_id(conn: &Connection, id: JobId) -> Result<Option<JobRow>> {
    conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?
        .query_row([id], read_job)
        .optional()?
        .map(finish)
        .transpose()
}

pub(crate) fn require(conn: &Connection, id: JobId) -> Result<()> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM jobs WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    found
        .map(|_| ())
        .ok_or_else(|| StoreError::not_found("job", id))
}

impl HistoryStore {
    /// Records a new job (state `queued`) and returns its id.
    ///
    /// # Errors
    /// `InvalidInput` for an empty kind or a spec that is not JSON; database failures.
    pub fn create_job(&self, kind: &str, spec_json: &str) -> Result<JobId> {
        if kind.trim().is_empty() {
            return Err(StoreError::Invalid("a job needs a kind".into()));
        }
        if serde_json::from_str::<serde::de::IgnoredAny>(spec_json).is_err() {
            return Err(StoreError::Invalid(format!(
                "the spec of a {kind} job is not JSON"
            )));
        }
        self.write(|tx, now| {
            tx.prepare_cached(
                "INSERT INTO jobs (kind, spec_json, state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
            )?
            .execute(params![kind, spec_json, JobState::Queued, now])?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// The job `id`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn job(&self, id: JobId) -> Result<Option<JobRow>> {
        by_id(&self.lock(), id)
    }

    /// The jobs matching `filter`, oldest first.
    ///
    /// # Errors
    /// On a database failure.
    pub fn jobs(&self, filter: &JobFilter) -> Result<Vec<JobRow>> {
        let mut sql = format!("SELECT * FROM ({SELECT} WHERE 1");
        let mut values: Vec<rusqlite::types::Value> = Vec::new();
        if !filter.states.is_empty() {
            let marks: Vec<String> = filter
                .states
                .iter()
                .map(|s| {
                    values.push(s.as_str().to_owned().into());
                    format!("?{}", values.len())
                })
                .collect();
            sql += &format!(" AND state IN ({})", marks.join(", "));
        }
        if let Some(kind) = &filter.kind {
            values.push(kind.clone().into());
            sql += &format!(" AND kind = ?{}", values.len());
        }
        sql += " ORDER BY id DESC";
        if let Some(limit) = filter.limit {
            sql += &format!(" LIMIT {limit}");
        }
        sql += ") ORDER BY id";
        let conn = self.lock();
        let mut stmt = conn.prepare(&sql)?;
        let raw: Vec<RawJob> = stmt
            .query_map(rusqlite::params_from_iter(values), read_job)?
            .collect::<rusqlite::Result<_>>()?;
        raw.into_iter().map(finish).collect()
    }

    /// Sets a job's state; `error` is recorded with it, or cleared when `None`.
    ///
    /// # Errors
    /// `NotFound` for an unknown job; database failures.
    pub fn set_job_state(
        &self,
        id: JobId,
        state: JobState,
        error: Option<(ErrorKind, &str)>,
    ) -> Result<()> {
        let (kind, message) = match error {
            Some((k, m)) => (Some(kind_text(k)), Some(m)),
            None => (None, None),
        };
        self.write(|tx, now| {
            let n = tx
                .prepare_cached(
                    "UPDATE jobs SET state = ?2, error_kind = ?3, error_message = ?4,
                     updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![id, state, kind, message, now])?;
            if n == 0 {
                return Err(StoreError::not_found("job", id));
            }
            Ok(())
        })
    }

    /// The job's files by state, and bytes.
    ///
    /// # Errors
    /// `NotFound` for an unknown job; database failures.
    pub fn job_counters(&self, id: JobId) -> Result<JobCounters> {
        let conn = self.lock();
        require(&conn, id)?;
        let mut c = JobCounters::default();
        let mut stmt = conn.prepare_cached(
            "SELECT f.state, count(*), sum(jf.reused), sum(coalesce(f.size, 0)),
                    sum(coalesce(f.size, f.expected_total, 0))
             FROM job_files jf JOIN files f ON f.id = jf.file_id
             WHERE jf.job_id = ?1 GROUP BY f.state",
        )?;
        let mut rows = stmt.query([id])?;
        while let Some(row) = rows.next()? {
            let state: crate::states::FileState = row.get(0)?;
            let n = u64_of(row.get(1)?);
            c.files_total += n;
            c.bytes_known += u64_of(row.get(4)?);
            use crate::states::FileState as S;
            match state {
                S::Planned => c.planned += n,
                S::Running => c.running += n,
                S::Done => {
                    c.done += n;
                    c.reused += u64_of(row.get(2)?);
                    c.bytes_done += u64_of(row.get(3)?);
                }
                S::Failed => c.failed += n,
                S::Skipped => c.skipped += n,
                S::Missing => c.missing += n,
            }
        }
        Ok(c)
    }

    /// Removes a job with its listing and file links; the posts and files stay in the
    /// history. `false` when there was no such job.
    ///
    /// # Errors
    /// On a database failure.
    pub fn delete_job(&self, id: JobId) -> Result<bool> {
        self.write(|tx, _| {
            Ok(tx
                .prepare_cached("DELETE FROM jobs WHERE id = ?1")?
                .execute([id])?
                == 1)
        })
    }

    /// The items job `id` listed, in listing order: `(aweme_id, position)`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn job_listing(&self, id: JobId) -> Result<Vec<(String, u32)>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT aweme_id, position FROM job_posts WHERE job_id = ?1
             ORDER BY position, aweme_id",
        )?;
        let rows = stmt
            .query_map([id], |r| {
                Ok((r.get(0)?, u32::try_from(r.get::<_, i64>(1)?).unwrap_or(0)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
