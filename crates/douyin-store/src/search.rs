//! History search: full text (FTS5 trigram, so Chinese substrings match) over description,
//! author nickname, music title and hashtags, with filters and paging, newest first.
//!
//! The trigram index cannot match fewer than three characters, so each query word shorter
//! than that becomes a `LIKE` over the same four columns (a scan; fine at library sizes, see
//! the `search` bench). Words are ANDed.

use crate::error::Result;
use crate::jobs::u64_of;
use crate::states::{AssetKind, FileState, PostKind};
use crate::store::HistoryStore;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// What to look for; empty fields match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// Words to find (all of them) in description, author nickname, music title, hashtags.
    pub text: Option<String>,
    /// The author, by uid or sec_uid.
    pub creator: Option<String>,
    /// Only this kind of post.
    pub kind: Option<PostKind>,
    /// Created at or after, unix seconds.
    pub from_ts: Option<i64>,
    /// Created at or before, unix seconds.
    pub to_ts: Option<i64>,
    /// Listed by a job of this kind (mode), e.g. `post`, `like`.
    pub job_kind: Option<String>,
    /// Having a file in this state.
    pub file_state: Option<FileState>,
    /// At most this many hits (`None`: all).
    pub limit: Option<u32>,
    /// Hits to skip.
    pub offset: u64,
}

/// One file of a hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// What it is.
    pub asset: AssetKind,
    /// Its index.
    pub index: u32,
    /// Relative to the library root.
    pub rel_path: String,
    /// Its state.
    pub state: FileState,
    /// Bytes on disk when done.
    pub size: Option<u64>,
}

/// One post found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchHit {
    /// The post id.
    pub aweme_id: String,
    /// Its kind.
    pub kind: PostKind,
    /// Publication time, unix seconds.
    pub create_ts: Option<i64>,
    /// Publication time as F2 formats it (UTC+8), when recorded.
    pub create_time: Option<String>,
    /// Author's uid.
    pub author_uid: Option<String>,
    /// Author's sec_uid.
    pub author_sec_uid: Option<String>,
    /// Author's nickname.
    pub author_nickname: Option<String>,
    /// The description.
    pub description: Option<String>,
    /// The music title.
    pub music_title: Option<String>,
    /// Hashtags.
    pub hashtags: Vec<String>,
    /// Its recorded files.
    pub files: Vec<FileRef>,
}

/// A page of hits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    /// Hits in all pages.
    pub total: u64,
    /// This page's hits, newest first.
    pub hits: Vec<SearchHit>,
}

/// The shortest word the trigram index can match.
const TRIGRAM: usize = 3;

/// A `WHERE` clause over `posts p` and its values. Filters on other tables are written as
/// uncorrelated `IN (SELECT …)` sets, which SQLite computes once per query (a correlated
/// `EXISTS` may be planned through the wrong index and probe every file for every post); the
/// unary `+` keeps SQLite from driving the query from the set, so it walks posts in
/// `create_ts` order and stops at the page's last hit.
struct Filter {
    sql: String,
    values: Vec<Value>,
}

impl Filter {
    fn push(&mut self, condition: &str, values: impl IntoIterator<Item = Value>) {
        self.values.extend(values);
        self.sql += " AND ";
        self.sql += condition;
    }

    fn next(&self) -> usize {
        self.values.len() + 1
    }
}

/// An FTS5 string literal: the word in double quotes, inner quotes doubled, so no query
/// syntax in the user's text is interpreted.
fn fts_phrase(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// `%word%` with LIKE's wildcards escaped (escape character `\`).
fn like_pattern(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 2);
    out.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn filter(q: &SearchQuery) -> Filter {
    let mut f = Filter {
        sql: "1".into(),
        values: Vec::new(),
    };
    if let Some(text) = &q.text {
        let (long, short): (Vec<&str>, Vec<&str>) = text
            .split_whitespace()
            .partition(|w| w.chars().count() >= TRIGRAM);
        if !long.is_empty() {
            let expr = long
                .iter()
                .map(|w| fts_phrase(w))
                .collect::<Vec<_>>()
                .join(" ");
            let n = f.next();
            f.push(
                &format!("p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?{n})"),
                [Value::Text(expr)],
            );
        }
        for word in short {
            let n = f.next();
            let cond = format!(
                "(p.description LIKE ?{n} ESCAPE '\\' OR p.author_nickname LIKE ?{n} ESCAPE '\\'
                  OR p.music_title LIKE ?{n} ESCAPE '\\' OR p.hashtags LIKE ?{n} ESCAPE '\\')"
            );
            f.push(&cond, [Value::Text(like_pattern(word))]);
        }
    }
    if let Some(creator) = &q.creator {
        let n = f.next();
        f.push(
            &format!("(p.author_uid = ?{n} OR p.author_sec_uid = ?{n})"),
            [Value::Text(creator.clone())],
        );
    }
    if let Some(kind) = q.kind {
        let n = f.next();
        f.push(
            &format!("p.kind = ?{n}"),
            [Value::Text(kind.as_str().into())],
        );
    }
    if let Some(from) = q.from_ts {
        let n = f.next();
        f.push(&format!("p.create_ts >= ?{n}"), [Value::Integer(from)]);
    }
    if let Some(to) = q.to_ts {
        let n = f.next();
        f.push(&format!("p.create_ts <= ?{n}"), [Value::Integer(to)]);
    }
    if let Some(kind) = &q.job_kind {
        let n = f.next();
        f.push(
            &format!(
                "+p.aweme_id IN (SELECT jp.aweme_id FROM jobs j
                                 JOIN job_posts jp ON jp.job_id = j.id WHERE j.kind = ?{n})"
            ),
            [Value::Text(kind.clone())],
        );
    }
    if let Some(state) = q.file_state {
        let n = f.next();
        f.push(
            &format!("+p.aweme_id IN (SELECT f.aweme_id FROM files f WHERE f.state = ?{n})"),
            [Value::Text(state.as_str().into())],
        );
    }
    f
}

fn file_refs(conn: &Connection, aweme_id: &str) -> Result<Vec<FileRef>> {
    let mut stmt = conn.prepare_cached(
        "SELECT asset, idx, rel_path, state, size FROM files WHERE aweme_id = ?1
         ORDER BY asset, idx",
    )?;
    let rows = stmt
        .query_map([aweme_id], |r| {
            Ok(FileRef {
                asset: r.get(0)?,
                index: u32::try_from(r.get::<_, i64>(1)?).unwrap_or(0),
                rel_path: r.get(2)?,
                state: r.get(3)?,
                size: r.get::<_, Option<i64>>(4)?.map(u64_of),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn hits(conn: &Connection, q: &SearchQuery) -> Result<Vec<SearchHit>> {
    let f = filter(q);
    let limit = q.limit.map_or(-1, i64::from);
    let sql = format!(
        "SELECT p.aweme_id, p.kind, p.create_ts, p.create_time, p.author_uid, p.author_sec_uid,
                p.author_nickname, p.description, p.music_title, p.hashtags
         FROM posts p WHERE {}
         ORDER BY p.create_ts DESC, p.aweme_id DESC LIMIT {limit} OFFSET {}",
        f.sql,
        i64::try_from(q.offset).unwrap_or(i64::MAX),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut hits: Vec<SearchHit> = stmt
        .query_map(rusqlite::params_from_iter(f.values), |r| {
            Ok(SearchHit {
                aweme_id: r.get(0)?,
                kind: r.get(1)?,
                create_ts: r.get(2)?,
                create_time: r.get(3)?,
                author_uid: r.get(4)?,
                author_sec_uid: r.get(5)?,
                author_nickname: r.get(6)?,
                description: r.get(7)?,
                music_title: r.get(8)?,
                hashtags: crate::posts::parse_hashtags(&r.get::<_, String>(9)?),
                files: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for hit in &mut hits {
        hit.files = file_refs(conn, &hit.aweme_id)?;
    }
    Ok(hits)
}

fn count(conn: &Connection, q: &SearchQuery) -> Result<u64> {
    let f = filter(q);
    let sql = format!("SELECT count(*) FROM posts p WHERE {}", f.sql);
    let n: i64 = conn
        .prepare_cached(&sql)?
        .query_row(rusqlite::params_from_iter(f.values), |r| r.get(0))?;
    Ok(u64_of(n))
}

impl HistoryStore {
    /// The posts matching `query`, newest first, with their files, and the total count.
    ///
    /// # Errors
    /// On a database failure.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchPage> {
        let conn = self.lock();
        Ok(SearchPage {
            total: count(&conn, query)?,
            hits: hits(&conn, query)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_never_fts_syntax() {
        assert_eq!(fts_phrase("旅行日记"), "\"旅行日记\"");
        assert_eq!(fts_phrase("a\"OR\"b"), "\"a\"\"OR\"\"b\"");
    }

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(like_pattern("猫"), "%猫%");
        assert_eq!(like_pattern("5%_\\"), "%5\\%\\_\\\\%");
    }
}
