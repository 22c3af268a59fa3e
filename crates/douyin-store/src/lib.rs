//! `douyin-store`: the SQLite history and queue state of a Douyin library.
//!
//! Users, posts (F2's columns plus typed ones and the raw JSON), files per asset with their
//! state, jobs with their paging cursor and the items they listed; atomic page commits; full
//! text search (FTS5 trigram), CSV/JSON export, `verify` against the disk, and completeness
//! reports per creator. No network, no Douyin protocol: `douyin-core` is used only for its
//! [`ErrorKind`](douyin_core::ErrorKind) vocabulary.
//!
//! The store lives in the library (`<root>/.douyin/library.sqlite3`) and records paths
//! relative to the root, so a library moved to another disk keeps its history. See the
//! crate's README for the schema and the migration rules.

mod columns;
mod error;
mod export;
mod files;
mod folders;
mod jobs;
mod live;
mod migrations;
mod page;
mod paths;
mod posts;
mod report;
mod search;
mod states;
mod stats;
mod store;
mod users;
mod verify;

pub use error::{Result, StoreError};
pub use export::{ExportFormat, CSV_HEADER};
pub use files::{FileId, FileRow, PlannedFile};
pub use folders::FolderRecovery;
pub use jobs::{JobCounters, JobFilter, JobId, JobRow};
pub use live::{LiveSegmentRow, WatchEntry};
pub use migrations::SCHEMA_VERSION;
pub use page::PageCommit;
pub use paths::{on_disk, relative};
pub use posts::{PostRow, VideoInfo};
pub use report::{CreatorReport, POST_MODE};
pub use search::{FileRef, SearchHit, SearchPage, SearchQuery};
pub use states::{AssetKind, ErrorInfo, FileState, JobState, PostKind};
pub use stats::Stats;
pub use store::{Clock, HistoryStore, LIBRARY_DB, LIBRARY_DIR};
pub use users::{UserInfoWeb, UserRow};
pub use verify::{VerifyIssue, VerifyProblem, VerifyReport};
