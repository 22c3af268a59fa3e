//! `verify`: checks every file recorded done against the disk and marks the ones that are
//! gone or of the wrong size `missing`, so the gap can be queued again.
//!
//! The disk is read without holding the database lock (a large library takes a while); the
//! marking transaction only touches rows still done with the size that was checked, so a file
//! the engine re-downloaded meanwhile is left alone.

use crate::error::Result;
use crate::files::FileId;
use crate::jobs::{i64_of, u64_of};
use crate::paths;
use crate::store::HistoryStore;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What was wrong with one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum VerifyProblem {
    /// Nothing (or not a file) at its path.
    Missing,
    /// A file of another size than recorded.
    WrongSize {
        /// The recorded size.
        expected: u64,
        /// The size on disk.
        actual: u64,
    },
}

/// One file found wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyIssue {
    /// The file.
    pub file_id: FileId,
    /// Its item.
    pub aweme_id: String,
    /// Its path, relative to the root.
    pub rel_path: String,
    /// What is wrong.
    #[serde(flatten)]
    pub problem: VerifyProblem,
}

/// The result of a verify run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// Done files checked.
    pub checked: u64,
    /// Present with the recorded size.
    pub ok: u64,
    /// Gone.
    pub missing: u64,
    /// Present with another size.
    pub wrong_size: u64,
    /// The files found wrong, now marked `missing`.
    pub issues: Vec<VerifyIssue>,
}

impl HistoryStore {
    /// Checks every done file under `root` and marks the missing and wrong-size ones
    /// `missing`.
    ///
    /// # Errors
    /// On a database failure (the disk checks themselves only report).
    pub fn verify(&self, root: &Path) -> Result<VerifyReport> {
        let done: Vec<(FileId, String, String, u64)> = {
            let conn = self.lock();
            let mut stmt = conn.prepare(
                "SELECT id, aweme_id, rel_path, coalesce(size, 0) FROM files
                 WHERE state = 'done' ORDER BY id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, u64_of(r.get(3)?)))
                })?
                .collect::<rusqlite::Result<_>>()?;
            rows
        };
        let mut report = VerifyReport::default();
        let mut to_mark: Vec<(FileId, u64)> = Vec::new();
        for (file_id, aweme_id, rel_path, expected) in done {
            report.checked += 1;
            let problem = match std::fs::metadata(paths::on_disk(root, &rel_path)) {
                Ok(m) if m.is_file() && m.len() == expected => {
                    report.ok += 1;
                    continue;
                }
                Ok(m) if m.is_file() => {
                    report.wrong_size += 1;
                    VerifyProblem::WrongSize {
                        expected,
                        actual: m.len(),
                    }
                }
                _ => {
                    report.missing += 1;
                    VerifyProblem::Missing
                }
            };
            to_mark.push((file_id, expected));
            report.issues.push(VerifyIssue {
                file_id,
                aweme_id,
                rel_path,
                problem,
            });
        }
        if !to_mark.is_empty() {
            self.write(|tx, now| {
                let mut stmt = tx.prepare_cached(
                    "UPDATE files SET state = 'missing', updated_at = ?3
                     WHERE id = ?1 AND state = 'done' AND coalesce(size, 0) = ?2",
                )?;
                for (id, size) in &to_mark {
                    stmt.execute(params![id, i64_of(*size), now])?;
                }
                Ok(())
            })?;
        }
        tracing::info!(
            checked = report.checked,
            missing = report.missing,
            wrong_size = report.wrong_size,
            "history verified"
        );
        Ok(report)
    }
}
