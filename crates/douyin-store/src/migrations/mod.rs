//! Versioned schema migrations: an ordered list of SQL steps, `PRAGMA user_version` = the
//! number of steps applied. Each step runs in its own transaction with the version bump, so a
//! crash mid-migration leaves the previous version intact.
//!
//! Steps are frozen once released: a schema change is a new step at the end, never an edit.
//! The tests build a database at every earlier version, fill it, migrate it and check that
//! every row survives, so a new step is covered by adding it (and its seed) here.

use crate::error::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// The migration steps, oldest first; step `i` takes the schema from version `i` to `i + 1`.
pub(crate) const STEPS: &[&str] = &[
    include_str!("001_tables.sql"),
    include_str!("002_search.sql"),
    include_str!("003_folder_moves.sql"),
    include_str!("004_file_state_index.sql"),
    include_str!("005_live.sql"),
    include_str!("006_music_kind.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = STEPS.len() as u32;

/// Marks our files in the SQLite header (`PRAGMA application_id`): "DYST".
pub(crate) const APPLICATION_ID: i32 = 0x4459_5354;

/// The schema version of `conn` (`PRAGMA user_version`).
pub(crate) fn version(conn: &Connection) -> Result<u32> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

/// Refuses a file that is not ours: another application's id, or tables at version 0.
pub(crate) fn check_ours(conn: &Connection, path: &Path) -> Result<()> {
    let foreign = |reason: String| StoreError::Foreign {
        path: path.to_path_buf(),
        reason,
    };
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let v = version(conn)?;
    if app != APPLICATION_ID && (app != 0 || v != 0) {
        return Err(foreign(format!("application id {app:#x}")));
    }
    if v == 0 {
        let tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Err(foreign(format!("{tables} unknown tables and no version")));
        }
    }
    Ok(())
}

/// Brings `conn` to [`SCHEMA_VERSION`].
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Applies the steps after the current version up to `target`.
pub(crate) fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    let from = version(conn)?;
    if from > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found: from,
            supported: SCHEMA_VERSION,
        });
    }
    for step in from..target.min(SCHEMA_VERSION) {
        let tx = conn.transaction()?;
        tx.execute_batch(STEPS[step as usize])?;
        tx.pragma_update(None, "user_version", step + 1)?;
        if step == 0 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()?;
        tracing::info!(version = step + 1, "history schema migrated");
    }
    Ok(())
}

#[cfg(test)]
mod tests;
