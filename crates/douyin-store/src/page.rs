//! The page commit: everything one listing page brings (posts, users, listing positions,
//! planned files, the next cursor) recorded in one transaction, so after a crash a page is
//! either fully recorded with its cursor advanced, or not at all and fetched again.

use crate::error::Result;
use crate::files::{self, FileRow, PlannedFile};
use crate::jobs::{self, i64_of, JobId};
use crate::posts::{self, PostRow};
use crate::store::HistoryStore;
use crate::users::{self, UserRow};
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// One listing page of a job.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageCommit {
    /// Posts seen on the page (upserted).
    pub posts: Vec<PostRow>,
    /// Users seen on the page (authors, the listed profile; upserted).
    pub users: Vec<UserRow>,
    /// The items the job lists from this page, with their position in the whole listing.
    pub listed: Vec<(String, u32)>,
    /// Files to save (inserted if new; linked to the job either way).
    pub files: Vec<PlannedFile>,
    /// The cursor to continue from (engine JSON); `None` keeps the stored one.
    pub cursor_json: Option<String>,
    /// Items listed so far by the job, this page included.
    pub listed_total: u64,
    /// The listing has no more pages.
    pub exhausted: bool,
}

impl HistoryStore {
    /// Records `page` for job `job` atomically and returns the page's files as stored, in
    /// the order of `page.files` (a file already done by an earlier run comes back `done`,
    /// so the engine skips it).
    ///
    /// # Errors
    /// `NotFound` for an unknown job, `InvalidInput` for an escaping path or an empty id;
    /// nothing of the page is recorded then.
    pub fn commit_page(&self, job: JobId, page: &PageCommit) -> Result<Vec<FileRow>> {
        self.write(|tx, now| {
            jobs::require(tx, job)?;
            for user in &page.users {
                users::upsert(tx, user, now)?;
            }
            for post in &page.posts {
                posts::upsert(tx, post, now)?;
            }
            let mut listed = tx.prepare_cached(
                "INSERT INTO job_posts (job_id, aweme_id, position) VALUES (?1, ?2, ?3)
                 ON CONFLICT (job_id, aweme_id) DO UPDATE SET position = excluded.position",
            )?;
            for (aweme_id, position) in &page.listed {
                listed.execute(params![job, aweme_id, i64::from(*position)])?;
            }
            let mut ids = Vec::with_capacity(page.files.len());
            for file in &page.files {
                ids.push(files::plan(tx, job, file, now)?);
            }
            tx.prepare_cached(
                "UPDATE jobs SET cursor_json = coalesce(?2, cursor_json), listed = ?3,
                 exhausted = ?4, pages = pages + 1, updated_at = ?5 WHERE id = ?1",
            )?
            .execute(params![
                job,
                page.cursor_json,
                i64_of(page.listed_total),
                page.exhausted,
                now
            ])?;
            ids.into_iter().map(|id| files::by_id(tx, id)).collect()
        })
    }
}
