//! The completeness report of one creator: posts the profile says exist, posts our post-mode
//! jobs listed, posts fully saved, the ids not fully saved, and the files to queue again
//! ("retry the gap").
//!
//! A post counts as listed for a creator when a job of kind [`POST_MODE`] listed it and the
//! creator is its author; it is saved when it has files and every one is done or skipped.

use crate::error::{Result, StoreError};
use crate::files::{self, FileRow};
use crate::jobs::u64_of;
use crate::store::HistoryStore;
use crate::users;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

/// The job kind whose listings make up a creator's posts.
pub const POST_MODE: &str = "post";

/// One creator's completeness.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatorReport {
    /// uid, when the creator is recorded as a user.
    pub uid: Option<String>,
    /// sec_uid, when known.
    pub sec_uid: Option<String>,
    /// Nickname as given, when known.
    pub nickname: Option<String>,
    /// Posts the profile says exist (`aweme_count` when the profile was recorded).
    pub profile_count: Option<u64>,
    /// Distinct posts listed by post-mode jobs.
    pub listed: u64,
    /// Of `listed`: every file done or skipped.
    pub saved: u64,
    /// Posts the profile counts that no listing saw (`profile_count - listed`, at least 0).
    pub not_listed: Option<u64>,
    /// Listed posts not fully saved, newest first.
    pub not_saved: Vec<String>,
    /// Files of the listed posts still to save (see [`HistoryStore::gap_files`]).
    pub gap_files: u64,
    /// Posts by this creator in the history from any mode.
    pub known_posts: u64,
    /// F2's last recorded post id.
    pub last_aweme_id: Option<String>,
}

/// Who the creator argument names: its uid and sec_uid as far as known.
struct Creator {
    uid: String,
    sec_uid: String,
}

fn resolve(conn: &Connection, creator: &str, report: &mut CreatorReport) -> Result<Creator> {
    if let Some(user) = users::by_either(conn, creator)? {
        report.sec_uid.clone_from(&user.info.sec_user_id);
        report.nickname = user
            .info
            .nickname_raw
            .clone()
            .or(user.info.nickname.clone());
        report.profile_count = user.info.aweme_count.map(u64_of);
        report.last_aweme_id.clone_from(&user.info.last_aweme_id);
        let sec_uid = user.info.sec_user_id.clone().unwrap_or_default();
        report.uid = Some(user.uid.clone());
        return Ok(Creator {
            uid: user.uid,
            sec_uid,
        });
    }
    // Not recorded as a user: the posts still name their author.
    let found: Option<(Option<String>, Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT author_uid, author_sec_uid, author_nickname FROM posts
             WHERE author_uid = ?1 OR author_sec_uid = ?1 ORDER BY last_seen DESC LIMIT 1",
        )?
        .query_map([creator], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .next()
        .transpose()?;
    let (uid, sec_uid, nickname) =
        found.ok_or_else(|| StoreError::not_found("creator", creator))?;
    report.uid.clone_from(&uid);
    report.sec_uid.clone_from(&sec_uid);
    report.nickname = nickname;
    Ok(Creator {
        uid: uid.unwrap_or_else(|| creator.to_owned()),
        sec_uid: sec_uid.unwrap_or_else(|| creator.to_owned()),
    })
}

/// `posts p` rows of the creator listed by a post-mode job (placeholders ?1 uid, ?2 sec_uid,
/// ?3 the mode).
/// The creator's posts are few, so each is checked through the listing index; a set of every
/// post-mode listing would be built for nothing.
const LISTED: &str = "FROM posts p WHERE (p.author_uid = ?1 OR p.author_sec_uid = ?2)
    AND EXISTS (SELECT 1 FROM job_posts jp JOIN jobs j ON j.id = jp.job_id
                WHERE jp.aweme_id = p.aweme_id AND j.kind = ?3)";

/// A post is saved when it has files and none is unsettled.
const SAVED: &str = "EXISTS (SELECT 1 FROM files f WHERE f.aweme_id = p.aweme_id)
    AND NOT EXISTS (SELECT 1 FROM files f WHERE f.aweme_id = p.aweme_id
                    AND f.state NOT IN ('done', 'skipped'))";

fn gap(conn: &Connection, c: &Creator) -> Result<Vec<FileRow>> {
    files::query(
        conn,
        &format!(
            "WHERE f.state NOT IN ('done', 'skipped')
             AND f.aweme_id IN (SELECT p.aweme_id {LISTED}) ORDER BY f.aweme_id, f.asset, f.idx"
        ),
        params![c.uid, c.sec_uid, POST_MODE],
    )
}

impl HistoryStore {
    /// The completeness report of `creator` (a uid or sec_uid).
    ///
    /// # Errors
    /// `NotFound` when neither a user nor a post of that creator is recorded.
    pub fn report(&self, creator: &str) -> Result<CreatorReport> {
        let conn = self.lock();
        let mut report = CreatorReport::default();
        let c = resolve(&conn, creator, &mut report)?;
        let who = params![c.uid, c.sec_uid, POST_MODE];
        let listed: i64 = conn
            .prepare_cached(&format!("SELECT count(*) {LISTED}"))?
            .query_row(who, |r| r.get(0))?;
        report.listed = u64_of(listed);
        let saved: i64 = conn
            .prepare_cached(&format!("SELECT count(*) {LISTED} AND {SAVED}"))?
            .query_row(who, |r| r.get(0))?;
        report.saved = u64_of(saved);
        report.not_saved = conn
            .prepare_cached(&format!(
                "SELECT p.aweme_id {LISTED} AND NOT ({SAVED})
                 ORDER BY p.create_ts DESC, p.aweme_id DESC"
            ))?
            .query_map(who, |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        report.gap_files = gap(&conn, &c)?.len() as u64;
        let known: i64 = conn
            .prepare_cached(
                "SELECT count(*) FROM posts WHERE author_uid = ?1 OR author_sec_uid = ?2",
            )?
            .query_row(params![c.uid, c.sec_uid], |r| r.get(0))?;
        report.known_posts = u64_of(known);
        report.not_listed = report
            .profile_count
            .map(|n| n.saturating_sub(report.listed));
        Ok(report)
    }

    /// The files to queue again for `creator`: files of the posts its post-mode jobs listed
    /// that are not done or skipped (planned, running, failed, missing). Pass their ids to
    /// [`HistoryStore::reset_files`] and hand them to the engine. Listed posts with no file
    /// at all (see [`CreatorReport::not_saved`]) need a fresh listing instead.
    ///
    /// # Errors
    /// `NotFound` when the creator is not recorded.
    pub fn gap_files(&self, creator: &str) -> Result<Vec<FileRow>> {
        let conn = self.lock();
        let c = resolve(&conn, creator, &mut CreatorReport::default())?;
        gap(&conn, &c)
    }
}
