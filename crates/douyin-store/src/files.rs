//! Files: one row per asset of an item (post id + asset kind + index), its library-relative
//! path, state, size, transfer validators and classified failure; and the transitions the
//! engine reports (started, done, failed, skipped, reset).
//!
//! "Done" is recorded only by [`HistoryStore::file_done`], which the engine calls after the
//! rename into place, with the size on disk; `verify` compares against that size.

use crate::error::{Result, StoreError};
use crate::jobs::{i64_of, u64_of, JobId};
use crate::paths;
use crate::states::{error_info, kind_text, AssetKind, ErrorInfo, FileState};
use crate::store::HistoryStore;
use douyin_core::ErrorKind;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A file's id.
pub type FileId = i64;

/// A file the engine means to save, as planned while listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedFile {
    /// The item it belongs to (post id; music id in music mode).
    pub aweme_id: String,
    /// What it is.
    pub asset: AssetKind,
    /// Its index among assets of the same kind (images, live clips: 1-based as F2 names
    /// them; 0 for single assets).
    pub index: u32,
    /// Where it goes, relative to the library root.
    pub rel_path: String,
}

/// One file as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRow {
    /// The id.
    pub id: FileId,
    /// The item it belongs to.
    pub aweme_id: String,
    /// What it is.
    pub asset: AssetKind,
    /// Its index.
    pub index: u32,
    /// Where it is (or goes), relative to the library root, `/`-separated.
    pub rel_path: String,
    /// Where it is in its life.
    pub state: FileState,
    /// Bytes on disk when done.
    pub size: Option<u64>,
    /// The length the server announced for the last transfer.
    pub expected_total: Option<u64>,
    /// The server's ETag for the last transfer (for `If-Range`).
    pub etag: Option<String>,
    /// Why it failed (also kept after a retry resets it, until it is done).
    pub error: Option<ErrorInfo>,
    /// Whether a failure may succeed if tried again later.
    pub retryable: bool,
    /// Transfers started.
    pub attempts: u32,
    /// Planned, unix seconds.
    pub created_at: i64,
    /// Last changed, unix seconds.
    pub updated_at: i64,
}

pub(crate) const SELECT: &str = "SELECT f.id, f.aweme_id, f.asset, f.idx, f.rel_path, f.state,
    f.size, f.expected_total, f.etag, f.error_kind, f.error_message, f.retryable, f.attempts,
    f.created_at, f.updated_at FROM files f";

type RawFile = (FileRow, Option<String>, Option<String>);

fn read_file(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawFile> {
    Ok((
        FileRow {
            id: row.get(0)?,
            aweme_id: row.get(1)?,
            asset: row.get(2)?,
            index: u32::try_from(row.get::<_, i64>(3)?).unwrap_or(0),
            rel_path: row.get(4)?,
            state: row.get(5)?,
            size: row.get::<_, Option<i64>>(6)?.map(u64_of),
            expected_total: row.get::<_, Option<i64>>(7)?.map(u64_of),
            etag: row.get(8)?,
            error: None,
            retryable: row.get(11)?,
            attempts: u32::try_from(row.get::<_, i64>(12)?).unwrap_or(u32::MAX),
            created_at: row.get(13)?,
            updated_at: row.get(14)?,
        },
        row.get(9)?,
        row.get(10)?,
    ))
}

/// Runs a file query (`SELECT` + `tail`) and reads every row.
pub(crate) fn query(
    conn: &Connection,
    tail: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<FileRow>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} {tail}"))?;
    let raw: Vec<RawFile> = stmt
        .query_map(values, read_file)?
        .collect::<rusqlite::Result<_>>()?;
    raw.into_iter()
        .map(|(mut f, kind, message)| {
            f.error = error_info(kind, message)?;
            Ok(f)
        })
        .collect()
}

pub(crate) fn by_id(conn: &Connection, id: FileId) -> Result<FileRow> {
    query(conn, "WHERE f.id = ?1", [id])?
        .pop()
        .ok_or_else(|| StoreError::not_found("file", id))
}

/// Inserts `file` if its (item, asset, index) is new, links it to `job` and returns its id.
/// An existing row keeps its path and state: the engine may have a `.part` at that path.
pub(crate) fn plan(conn: &Connection, job: JobId, file: &PlannedFile, now: i64) -> Result<FileId> {
    if file.aweme_id.trim().is_empty() {
        return Err(StoreError::Invalid("a file needs an item id".into()));
    }
    let rel = paths::relative(&file.rel_path)?;
    let idx = i64::from(file.index);
    let existing: Option<(FileId, FileState)> = conn
        .prepare_cached(
            "SELECT id, state FROM files WHERE aweme_id = ?1 AND asset = ?2 AND idx = ?3",
        )?
        .query_row(params![file.aweme_id, file.asset, idx], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (id, reused) =
        match existing {
            Some((id, state)) => (id, state == FileState::Done),
            None => {
                conn.prepare_cached(
                "INSERT INTO files (aweme_id, asset, idx, rel_path, state, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![file.aweme_id, file.asset, idx, rel, FileState::Planned, now])?;
                (conn.last_insert_rowid(), false)
            }
        };
    conn.prepare_cached(
        "INSERT INTO job_files (job_id, file_id, reused) VALUES (?1, ?2, ?3)
         ON CONFLICT (job_id, file_id) DO NOTHING",
    )?
    .execute(params![job, id, reused])?;
    Ok(id)
}

/// Failures that trying again cannot fix (the post is gone, the input was wrong).
fn is_permanent(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::Unavailable | ErrorKind::NotFound | ErrorKind::InvalidInput
    )
}

impl HistoryStore {
    /// The file `id`.
    ///
    /// # Errors
    /// `NotFound` for an unknown id; database failures.
    pub fn file(&self, id: FileId) -> Result<FileRow> {
        by_id(&self.lock(), id)
    }

    /// The file of `aweme_id`'s asset `asset` number `index`, if recorded.
    ///
    /// # Errors
    /// On a database failure.
    pub fn file_by_key(
        &self,
        aweme_id: &str,
        asset: AssetKind,
        index: u32,
    ) -> Result<Option<FileRow>> {
        Ok(query(
            &self.lock(),
            "WHERE f.aweme_id = ?1 AND f.asset = ?2 AND f.idx = ?3",
            params![aweme_id, asset, i64::from(index)],
        )?
        .pop())
    }

    /// The files job `id` still has to work on after a restart: planned, running (their
    /// `.part` may be resumed), missing, and failed with a retryable kind.
    ///
    /// # Errors
    /// On a database failure.
    pub fn pending_files(&self, job: JobId) -> Result<Vec<FileRow>> {
        query(
            &self.lock(),
            "JOIN job_files jf ON jf.file_id = f.id WHERE jf.job_id = ?1
             AND (f.state IN ('planned', 'running', 'missing')
                  OR (f.state = 'failed' AND f.retryable = 1))
             ORDER BY f.id",
            [job],
        )
    }

    /// Every file job `id` planned, in planning order.
    ///
    /// # Errors
    /// On a database failure.
    pub fn files_of_job(&self, job: JobId) -> Result<Vec<FileRow>> {
        query(
            &self.lock(),
            "JOIN job_files jf ON jf.file_id = f.id WHERE jf.job_id = ?1 ORDER BY f.id",
            [job],
        )
    }

    /// The jobs that planned file `id`, newest first (a retry hands the file to one of them).
    ///
    /// # Errors
    /// On a database failure.
    pub fn jobs_of_file(&self, id: FileId) -> Result<Vec<JobId>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT job_id FROM job_files WHERE file_id = ?1 ORDER BY job_id DESC",
        )?;
        let ids = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// Every file of item `aweme_id`, by asset and index.
    ///
    /// # Errors
    /// On a database failure.
    pub fn files_of_post(&self, aweme_id: &str) -> Result<Vec<FileRow>> {
        query(
            &self.lock(),
            "WHERE f.aweme_id = ?1 ORDER BY f.asset, f.idx",
            [aweme_id],
        )
    }

    /// A transfer of file `id` started: state `running`, attempts + 1, the announced length
    /// and ETag recorded (as given: a restarted transfer may bring new ones).
    ///
    /// # Errors
    /// `NotFound` for an unknown id; database failures.
    pub fn file_started(
        &self,
        id: FileId,
        expected_total: Option<u64>,
        etag: Option<&str>,
    ) -> Result<FileRow> {
        self.update_file(
            id,
            "state = 'running', attempts = attempts + 1, expected_total = ?2, etag = ?3",
            params![id, expected_total.map(i64_of), etag],
        )
    }

    /// File `id` is complete on disk at `rel_path` (after its rename) with `size` bytes.
    ///
    /// # Errors
    /// `InvalidInput` for an escaping path, `NotFound` for an unknown id.
    pub fn file_done(&self, id: FileId, rel_path: &str, size: u64) -> Result<FileRow> {
        let rel = paths::relative(rel_path)?;
        self.update_file(
            id,
            "state = 'done', rel_path = ?2, size = ?3, error_kind = NULL,
             error_message = NULL, retryable = 1",
            params![id, rel, i64_of(size)],
        )
    }

    /// File `id` finally failed with a classified reason.
    ///
    /// # Errors
    /// `NotFound` for an unknown id; database failures.
    pub fn file_failed(&self, id: FileId, kind: ErrorKind, message: &str) -> Result<FileRow> {
        self.update_file(
            id,
            "state = 'failed', error_kind = ?2, error_message = ?3, retryable = ?4",
            params![id, kind_text(kind), message, !is_permanent(kind)],
        )
    }

    /// File `id` is deliberately not downloaded.
    ///
    /// # Errors
    /// `NotFound` for an unknown id; database failures.
    pub fn file_skipped(&self, id: FileId) -> Result<FileRow> {
        self.update_file(id, "state = 'skipped'", params![id])
    }

    /// Puts files back to `planned` (a retry, or re-queueing a gap); the last error is kept
    /// for display until the file is done. Returns how many rows changed.
    ///
    /// # Errors
    /// On a database failure (nothing is reset then).
    pub fn reset_files(&self, ids: &[FileId]) -> Result<usize> {
        self.write(|tx, now| {
            let mut stmt = tx.prepare_cached(
                "UPDATE files SET state = 'planned', size = NULL, retryable = 1, updated_at = ?2
                 WHERE id = ?1",
            )?;
            let mut n = 0;
            for id in ids {
                n += stmt.execute(params![id, now])?;
            }
            Ok(n)
        })
    }

    fn update_file(&self, id: FileId, set: &str, values: impl rusqlite::Params) -> Result<FileRow> {
        self.write(|tx, now| {
            // `updated_at` is bound last through a separate statement to keep each `set`
            // clause's numbering simple.
            let n = tx
                .prepare_cached(&format!("UPDATE files SET {set} WHERE id = ?1"))?
                .execute(values)?;
            if n == 0 {
                return Err(StoreError::not_found("file", id));
            }
            tx.prepare_cached("UPDATE files SET updated_at = ?2 WHERE id = ?1")?
                .execute(params![id, now])?;
            by_id(tx, id)
        })
    }
}
