//! `StoreError`, the store's one error type, and its `douyin_core::ErrorKind` classification.
//!
//! Messages name the file, row or path involved and what to do next; the store holds no
//! cookies or tokens, so nothing secret can reach a message.

use douyin_core::ErrorKind;
use rusqlite::ErrorCode;
use std::path::PathBuf;

/// What can go wrong in the history store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite failed (the database file could not be read or written, or is corrupt).
    #[error("the history database failed: {0}. Check that the download folder is writable and the disk is not full; if it keeps failing, move .douyin/library.sqlite3 aside and start a new history")]
    Sqlite(#[from] rusqlite::Error),
    /// A file or folder of the library could not be read or written.
    #[error("could not access {}: {source}. Check that the download folder exists and is writable", .path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a history database of this app (another program's SQLite file, or not
    /// SQLite at all).
    #[error("{} is not a history database of this app ({reason}). Choose another --db file or move it aside", .path.display())]
    Foreign {
        /// The database file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The database was written by a newer version of the app.
    #[error("the history database has schema version {found}, newer than this app knows ({supported}). Update the app")]
    NewerSchema {
        /// `PRAGMA user_version` found in the file.
        found: u32,
        /// The newest version this build knows.
        supported: u32,
    },
    /// A stored value could not be read back (a damaged row, or a value a newer app wrote).
    #[error("the history database holds an unreadable {what}: {detail}. Run `douyin history verify`, or update the app")]
    Corrupt {
        /// Which value (e.g. "file state").
        what: &'static str,
        /// The value or the parser's reason.
        detail: String,
    },
    /// A path to record is absolute or leaves the library root.
    #[error("refusing to record the path {path:?}: {reason}. Paths in the history are relative to the download folder and stay inside it")]
    UnsafePath {
        /// The path as given.
        path: String,
        /// Why it is refused.
        reason: &'static str,
    },
    /// A row the caller named does not exist.
    #[error("{what} {id} is not in the history")]
    NotFound {
        /// What was looked up (e.g. "job").
        what: &'static str,
        /// Its id.
        id: String,
    },
    /// Another input is unusable (an empty job kind, a folder move that does not match the
    /// recorded folder).
    #[error("{0}")]
    Invalid(String),
    /// An export could not be written.
    #[error("could not write the export: {0}. Check the output file and the free disk space")]
    Export(String),
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// The classification the CLI and UI switch on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            StoreError::Sqlite(e) => sqlite_kind(e),
            StoreError::Io { source, .. } if is_disk_full(source) => ErrorKind::DiskFull,
            StoreError::Io { .. } | StoreError::Export(_) => ErrorKind::Io,
            StoreError::Foreign { .. }
            | StoreError::NewerSchema { .. }
            | StoreError::Corrupt { .. } => ErrorKind::Decode,
            StoreError::UnsafePath { .. } | StoreError::Invalid(_) => ErrorKind::InvalidInput,
            StoreError::NotFound { .. } => ErrorKind::NotFound,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl ToString) -> Self {
        StoreError::NotFound {
            what,
            id: id.to_string(),
        }
    }
}

fn sqlite_kind(e: &rusqlite::Error) -> ErrorKind {
    // A stored value that does not read back as its type: a damaged or foreign row.
    if matches!(
        e,
        rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::InvalidColumnType(..)
    ) {
        return ErrorKind::Decode;
    }
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => ErrorKind::Decode,
        Some(ErrorCode::DiskFull) => ErrorKind::DiskFull,
        _ => ErrorKind::Io,
    }
}

fn is_disk_full(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::StorageFull
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_one_vocabulary() {
        let path = StoreError::UnsafePath {
            path: "../x".into(),
            reason: "it climbs out",
        };
        assert_eq!(path.kind(), ErrorKind::InvalidInput);
        assert_eq!(StoreError::not_found("job", 7).kind(), ErrorKind::NotFound);
        assert_eq!(
            StoreError::NewerSchema {
                found: 9,
                supported: 3
            }
            .kind(),
            ErrorKind::Decode
        );
        let full = StoreError::io("/x", std::io::Error::from(std::io::ErrorKind::StorageFull));
        assert_eq!(full.kind(), ErrorKind::DiskFull);
        let denied = StoreError::io(
            "/x",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert_eq!(denied.kind(), ErrorKind::Io);
        assert_eq!(
            StoreError::not_found("job", 7).to_string(),
            "job 7 is not in the history"
        );
    }
}
