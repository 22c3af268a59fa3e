//! `HistoryStore`: opening the database (library default, `--db` file, memory), its pragmas,
//! the injected clock, and the locked connection every other module works through.
//!
//! One synchronous connection behind a mutex: the engine calls the store from
//! `spawn_blocking`, and SQLite serialises writers anyway. WAL lets another process (the CLI's
//! `history search` while the app downloads) read at the same time.

use crate::error::{Result, StoreError};
use crate::migrations;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The folder inside the download root that holds the store.
pub const LIBRARY_DIR: &str = ".douyin";
/// The database file name inside [`LIBRARY_DIR`].
pub const LIBRARY_DB: &str = "library.sqlite3";

/// Gives "now" in unix seconds; injected so tests control first/last-seen times.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// How long a statement waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The history and queue state of one library.
pub struct HistoryStore {
    conn: Mutex<Connection>,
    clock: Clock,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for HistoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HistoryStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl HistoryStore {
    /// Opens (creating if needed) the store of the library at `root`:
    /// `<root>/.douyin/library.sqlite3`, then finishes any user-folder rename a crash
    /// interrupted (see [`HistoryStore::recover_folder_moves`]).
    ///
    /// # Errors
    /// `Io` if the folder cannot be created, `Decode` for a foreign or newer database.
    pub fn open_library(root: &Path) -> Result<Self> {
        let dir = root.join(LIBRARY_DIR);
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
        let store = Self::open(&dir.join(LIBRARY_DB))?;
        store.recover_folder_moves(root)?;
        Ok(store)
    }

    /// Opens (creating if needed) the database file at `path` (`--db`). Paths recorded in it
    /// are still relative to whichever download root the caller uses.
    ///
    /// # Errors
    /// `Io` if the file cannot be opened, `Decode` for a foreign or newer database.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let conn = Connection::open(path).map_err(|e| classify_open(path, e))?;
        Self::setup(conn, Some(path.to_path_buf()))
    }

    /// A store in memory (tests, previews).
    ///
    /// # Errors
    /// Only if SQLite cannot allocate.
    pub fn open_in_memory() -> Result<Self> {
        Self::setup(Connection::open_in_memory()?, None)
    }

    /// Replaces the clock (unix seconds) used for first/last-seen and updated times.
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The first read of the file: a non-SQLite file fails here.
        migrations::check_ours(&conn, &shown).map_err(|e| classify_open(&shown, e))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        if path.is_some() {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                tracing::warn!(%mode, "the history database could not switch to WAL");
            }
        }
        // NORMAL in WAL mode: a commit survives a process crash (the SIGKILL case); only a
        // power cut may lose the last commits, never atomicity.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // 512 KiB of page cache instead of SQLite's 2 MiB: the engine writes each page once
        // and reads back small rows, and the OS caches the file anyway; the 1.5 MB saved is
        // 5% of `douyin dl`'s peak RSS (scripts/bench-download).
        conn.pragma_update(None, "cache_size", -512)?;
        migrations::migrate(&mut conn).map_err(|e| classify_open(&shown, e))?;
        Ok(Self {
            conn: Mutex::new(conn),
            clock: Arc::new(system_now),
            path,
        })
    }

    /// The database file (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database (`PRAGMA user_version`).
    ///
    /// # Errors
    /// On a database failure.
    pub fn schema_version(&self) -> Result<u32> {
        migrations::version(&self.lock())
    }

    /// Runs `PRAGMA integrity_check`; `true` when SQLite answers `ok`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn integrity_check(&self) -> Result<bool> {
        let conn = self.lock();
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let answers: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for line in answers.iter().filter(|a| *a != "ok") {
            tracing::warn!(problem = %line, "history integrity check");
        }
        Ok(answers == ["ok"])
    }

    pub(crate) fn now(&self) -> i64 {
        (self.clock)()
    }

    /// The connection. A panic while holding the lock cannot leave a transaction open (it
    /// rolls back on drop), so a poisoned lock is safe to take over.
    pub(crate) fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Runs `f` in one transaction: committed if it returns `Ok`, rolled back otherwise.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction<'_>, i64) -> Result<T>,
    ) -> Result<T> {
        let now = self.now();
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx, now)?;
        tx.commit()?;
        Ok(out)
    }
}

fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// A file that is not SQLite at all is a foreign file, not an I/O failure.
fn classify_open(path: &Path, e: impl Into<StoreError>) -> StoreError {
    match e.into() {
        StoreError::Sqlite(e)
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) =>
        {
            StoreError::Foreign {
                path: path.to_path_buf(),
                reason: "not an SQLite file".into(),
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_can_be_shared_across_threads() {
        fn shared<T: Send + Sync>(_: &T) {}
        let store = Arc::new(HistoryStore::open_in_memory().unwrap());
        shared(&store);
        let threads: Vec<_> = (0..4)
            .map(|i| {
                let store = Arc::clone(&store);
                std::thread::spawn(move || store.create_job("post", &format!("{{\"n\":{i}}}")))
            })
            .collect();
        let mut ids: Vec<i64> = threads
            .into_iter()
            .map(|t| t.join().unwrap().unwrap())
            .collect();
        ids.sort_unstable();
        assert_eq!(ids, vec![1, 2, 3, 4]);
    }
}
