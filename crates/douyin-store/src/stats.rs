//! Library totals: users, posts by kind, files by state, bytes saved, jobs by state.

use crate::error::Result;
use crate::jobs::u64_of;
use crate::store::HistoryStore;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Counts over the whole history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Users recorded.
    pub users: u64,
    /// Posts recorded.
    pub posts: u64,
    /// Posts by kind (`video`, `images`, `live_photo`).
    pub posts_by_kind: BTreeMap<String, u64>,
    /// Files recorded.
    pub files: u64,
    /// Files by state.
    pub files_by_state: BTreeMap<String, u64>,
    /// Bytes of the done files.
    pub bytes_done: u64,
    /// Jobs recorded.
    pub jobs: u64,
    /// Jobs by state.
    pub jobs_by_state: BTreeMap<String, u64>,
}

fn grouped(conn: &Connection, sql: &str) -> Result<BTreeMap<String, u64>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, u64_of(r.get(1)?))))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

impl HistoryStore {
    /// Counts over the whole history.
    ///
    /// # Errors
    /// On a database failure.
    pub fn stats(&self) -> Result<Stats> {
        let conn = self.lock();
        let users: i64 = conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
        let bytes: i64 = conn.query_row(
            "SELECT coalesce(sum(size), 0) FROM files WHERE state = 'done'",
            [],
            |r| r.get(0),
        )?;
        let posts_by_kind = grouped(&conn, "SELECT kind, count(*) FROM posts GROUP BY kind")?;
        let files_by_state = grouped(&conn, "SELECT state, count(*) FROM files GROUP BY state")?;
        let jobs_by_state = grouped(&conn, "SELECT state, count(*) FROM jobs GROUP BY state")?;
        Ok(Stats {
            users: u64_of(users),
            posts: posts_by_kind.values().sum(),
            files: files_by_state.values().sum(),
            jobs: jobs_by_state.values().sum(),
            posts_by_kind,
            files_by_state,
            bytes_done: u64_of(bytes),
            jobs_by_state,
        })
    }
}
