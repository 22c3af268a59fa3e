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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::states::{AssetKind, PostKind};

    /// SQLite itself fails on the page's last statement (the cursor update): everything
    /// written before it in the transaction is rolled back.
    #[test]
    fn a_database_failure_on_the_last_statement_rolls_the_page_back() {
        let store = HistoryStore::open_in_memory().unwrap();
        let job = store.create_job("post", "{}").unwrap();
        store
            .lock()
            .execute_batch(
                "CREATE TEMP TRIGGER fail_cursor BEFORE UPDATE OF cursor_json ON jobs
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
            )
            .unwrap();
        let mut user = UserRow {
            uid: "u1".into(),
            ..UserRow::default()
        };
        user.info.nickname = Some("阿花".into());
        let page = PageCommit {
            posts: vec![PostRow::new("1", PostKind::Video)],
            users: vec![user],
            listed: vec![("1".into(), 0)],
            files: vec![PlannedFile {
                aweme_id: "1".into(),
                asset: AssetKind::Video,
                index: 0,
                rel_path: "douyin/post/a/1_video.mp4".into(),
            }],
            cursor_json: Some("{\"max_cursor\":1}".into()),
            listed_total: 1,
            exhausted: true,
        };
        let err = store.commit_page(job, &page).unwrap_err();
        assert!(err.to_string().contains("injected failure"), "{err}");
        let conn = store.lock();
        for table in [
            "posts",
            "users",
            "job_posts",
            "files",
            "job_files",
            "post_raw",
        ] {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table} kept rows of a failed page");
        }
        let fts: i64 = conn
            .query_row("SELECT count(*) FROM posts_fts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fts, 0);
        let (cursor, pages): (Option<String>, i64) = conn
            .query_row(
                "SELECT cursor_json, pages FROM jobs WHERE id = ?1",
                [job],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((cursor, pages), (None, 0));
        drop(conn);
        store
            .lock()
            .execute_batch("DROP TRIGGER fail_cursor")
            .unwrap();
        assert_eq!(
            store.commit_page(job, &page).unwrap().len(),
            1,
            "the retry records it"
        );
    }
}
