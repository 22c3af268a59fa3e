//! Users: F2's `user_info_web` columns keyed by uid, first/last seen, the raw profile JSON and
//! F2's `last_aweme_id`.
//!
//! F2 inserts a profile once and never refreshes it; we refresh every column on each sighting
//! (keeping what a sighting did not carry), so counts such as `aweme_count` stay current.

use crate::columns::{column_struct, placeholders, qualified, quoted, refresh};
use crate::error::{Result, StoreError};
use crate::store::HistoryStore;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

column_struct! {
    /// F2's `user_info_web` columns, with F2's names and meanings (nickname and signature
    /// sanitised, `_raw` as given), except `uid`, which is [`UserRow::uid`].
    pub struct UserInfoWeb {
        /// Avatar URL.
        avatar_url: Option<String>,
        /// How many posts the profile says exist (the completeness report's "profile" count).
        aweme_count: Option<i64>,
        /// City.
        city: Option<String>,
        /// Country.
        country: Option<String>,
        /// Liked-posts count.
        favoriting_count: Option<i64>,
        /// Followers.
        follower_count: Option<i64>,
        /// Following.
        following_count: Option<i64>,
        /// Gender code.
        gender: Option<i64>,
        /// IP location text.
        ip_location: Option<String>,
        /// Banned.
        is_ban: Option<bool>,
        /// Blocked by the viewer.
        is_block: Option<bool>,
        /// Blocked the viewer.
        is_blocked: Option<bool>,
        /// A star account.
        is_star: Option<bool>,
        /// Live status code.
        live_status: Option<i64>,
        /// Mix count.
        mix_count: Option<i64>,
        /// Followers on all platforms.
        mplatform_followers_count: Option<i64>,
        /// Sanitised nickname.
        nickname: Option<String>,
        /// Nickname as given.
        nickname_raw: Option<String>,
        /// Live room id.
        room_id: Option<String>,
        /// School.
        school_name: Option<String>,
        /// Stable public id (`MS4wLjABAAAA…`).
        sec_user_id: Option<String>,
        /// Short numeric id.
        short_id: Option<String>,
        /// Sanitised signature.
        signature: Option<String>,
        /// Signature as given.
        signature_raw: Option<String>,
        /// Likes received.
        total_favorited: Option<i64>,
        /// The 抖音号 handle.
        unique_id: Option<String>,
        /// Age.
        user_age: Option<i64>,
        /// The last post id a download of this user's posts recorded (F2's field).
        last_aweme_id: Option<String>,
    }
}

/// One user as stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserRow {
    /// Numeric user id (the key; folders are keyed by it).
    pub uid: String,
    /// F2's columns.
    #[serde(flatten)]
    pub info: UserInfoWeb,
    /// The raw profile JSON; written when given, read only by [`HistoryStore::user_raw`].
    #[serde(skip)]
    pub raw_json: Option<String>,
    /// First time seen, unix seconds (set by the store).
    pub first_seen: i64,
    /// Last time seen, unix seconds (set by the store).
    pub last_seen: i64,
}

fn select_sql(filter: &str) -> String {
    format!(
        "SELECT u.uid, {}, u.first_seen, u.last_seen FROM users u WHERE {filter}",
        qualified("u", UserInfoWeb::COLUMNS)
    )
}

fn read_user(row: &rusqlite::Row<'_>) -> rusqlite::Result<UserRow> {
    let n = UserInfoWeb::COLUMNS.len();
    Ok(UserRow {
        uid: row.get(0)?,
        info: UserInfoWeb::read(row, 1)?,
        raw_json: None,
        first_seen: row.get(n + 1)?,
        last_seen: row.get(n + 2)?,
    })
}

pub(crate) fn upsert(conn: &Connection, user: &UserRow, now: i64) -> Result<()> {
    if user.uid.trim().is_empty() {
        return Err(StoreError::Invalid("a user needs a uid".into()));
    }
    let cols = UserInfoWeb::COLUMNS;
    let sql = format!(
        "INSERT INTO users (uid, {}, first_seen, last_seen) VALUES (?1, {}, ?{n1}, ?{n1})
         ON CONFLICT (uid) DO UPDATE SET {}, last_seen = excluded.last_seen",
        quoted(cols),
        placeholders(cols.len(), 2),
        refresh(cols),
        n1 = cols.len() + 2,
    );
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![&user.uid];
    values.extend(user.info.values());
    values.push(&now);
    conn.prepare_cached(&sql)?.execute(values.as_slice())?;
    if let Some(raw) = &user.raw_json {
        conn.prepare_cached(
            "INSERT INTO user_raw (uid, json) VALUES (?1, ?2)
             ON CONFLICT (uid) DO UPDATE SET json = excluded.json",
        )?
        .execute(params![user.uid, raw])?;
    }
    Ok(())
}

pub(crate) fn by_uid(conn: &Connection, uid: &str) -> Result<Option<UserRow>> {
    Ok(conn
        .prepare_cached(&select_sql("u.uid = ?1"))?
        .query_row([uid], read_user)
        .optional()?)
}

pub(crate) fn by_sec_uid(conn: &Connection, sec_uid: &str) -> Result<Option<UserRow>> {
    let sql = select_sql("u.sec_user_id = ?1") + " ORDER BY u.last_seen DESC LIMIT 1";
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([sec_uid], read_user)
        .optional()?)
}

/// A user named by uid or sec_uid (what a creator argument may be).
pub(crate) fn by_either(conn: &Connection, id: &str) -> Result<Option<UserRow>> {
    match by_uid(conn, id)? {
        Some(u) => Ok(Some(u)),
        None => by_sec_uid(conn, id),
    }
}

impl HistoryStore {
    /// Records a sighting of a user: inserted with first/last seen = now, or every given
    /// column refreshed (a `None` keeps the stored value) and last seen = now.
    ///
    /// # Errors
    /// `InvalidInput` for an empty uid; database failures.
    pub fn upsert_user(&self, user: &UserRow) -> Result<()> {
        self.write(|tx, now| upsert(tx, user, now))
    }

    /// The user with `uid`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn user(&self, uid: &str) -> Result<Option<UserRow>> {
        by_uid(&self.lock(), uid)
    }

    /// The user with `sec_uid` (the most recently seen, should two rows share it).
    ///
    /// # Errors
    /// On a database failure.
    pub fn user_by_sec_uid(&self, sec_uid: &str) -> Result<Option<UserRow>> {
        by_sec_uid(&self.lock(), sec_uid)
    }

    /// The raw profile JSON last recorded for `uid`.
    ///
    /// # Errors
    /// On a database failure.
    pub fn user_raw(&self, uid: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached("SELECT json FROM user_raw WHERE uid = ?1")?
            .query_row([uid], |r| r.get(0))
            .optional()?)
    }

    /// Records F2's `last_aweme_id` for `uid`; `false` when the user is not recorded (F2
    /// updates only existing rows too).
    ///
    /// # Errors
    /// On a database failure.
    pub fn set_last_aweme_id(&self, uid: &str, aweme_id: &str) -> Result<bool> {
        self.write(|tx, _| {
            let n = tx
                .prepare_cached("UPDATE users SET last_aweme_id = ?2 WHERE uid = ?1")?
                .execute(params![uid, aweme_id])?;
            Ok(n == 1)
        })
    }
}
