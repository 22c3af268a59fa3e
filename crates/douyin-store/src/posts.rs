//! Posts: F2's `video_info` columns plus our typed columns (kind, author, unix create time,
//! raw description, music title, hashtags) and the raw API JSON.
//!
//! The typed columns feed search and reports; F2's columns keep F2's formatting (e.g.
//! `create_time` as `YYYY-MM-DD HH-MM-SS` in UTC+8) for users who read the database with F2's
//! conventions in mind.

use crate::columns::{column_struct, placeholders, qualified, quoted, refresh};
use crate::error::{Result, StoreError};
use crate::states::PostKind;
use crate::store::HistoryStore;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

column_struct! {
    /// F2's `video_info` columns (spec §5), with F2's names, except `aweme_id`, which is
    /// [`PostRow::aweme_id`]. The three JSON columns hold JSON text.
    pub struct VideoInfo {
        /// API status code.
        api_status_code: Option<i64>,
        /// 0 video, 68 image post, …
        aweme_type: Option<i64>,
        /// Author's sanitised nickname.
        nickname: Option<String>,
        /// Author's nickname as given.
        nickname_raw: Option<String>,
        /// Author's sec_uid.
        sec_user_id: Option<String>,
        /// Author's short id.
        short_id: Option<String>,
        /// Author's uid.
        uid: Option<String>,
        /// Author's handle.
        unique_id: Option<String>,
        /// Comments allowed.
        can_comment: Option<i64>,
        /// Forwarding allowed.
        can_forward: Option<i64>,
        /// Sharing allowed.
        can_share: Option<i64>,
        /// Comments shown.
        can_show_comment: Option<i64>,
        /// Comment group id.
        comment_gid: Option<String>,
        /// `YYYY-MM-DD HH-MM-SS`, UTC+8 (F2's format).
        create_time: Option<String>,
        /// Sanitised description.
        desc: Option<String>,
        /// Description as given.
        desc_raw: Option<String>,
        /// Duration, ms.
        duration: Option<i64>,
        /// An advertisement.
        is_ads: Option<i64>,
        /// A story.
        is_story: Option<i64>,
        /// Pinned.
        is_top: Option<i64>,
        /// Renditions (JSON).
        video_bit_rate: Option<String>,
        /// Play URLs (JSON list).
        video_play_addr: Option<String>,
        /// Images (JSON).
        images: Option<String>,
        /// Animated cover URL.
        animated_cover: Option<String>,
        /// Cover URL.
        cover: Option<String>,
        /// Part-see flag.
        part_see: Option<i64>,
        /// Private status (0 public, 1 friends, 2 private).
        private_status: Option<i64>,
        /// Deleted.
        is_delete: Option<i64>,
        /// Prohibited.
        is_prohibited: Option<i64>,
        /// A long video.
        is_long_video: Option<i64>,
        /// 4 video, 2 images.
        media_type: Option<i64>,
        /// Sanitised mix description.
        mix_desc: Option<String>,
        /// Mix description as given.
        mix_desc_raw: Option<String>,
        /// Mix creation time.
        mix_create_time: Option<String>,
        /// Mix id.
        mix_id: Option<String>,
        /// Mix name.
        mix_name: Option<String>,
        /// Mix picture type.
        mix_pic_type: Option<i64>,
        /// Mix type.
        mix_type: Option<i64>,
        /// Mix share URL.
        mix_share_url: Option<String>,
        /// Mix update time.
        mix_update_time: Option<String>,
        /// Commerce music.
        is_commerce_music: Option<i64>,
        /// Original.
        is_original: Option<i64>,
        /// Original sound.
        is_original_sound: Option<i64>,
        /// PGC music.
        is_pgc: Option<i64>,
        /// Sanitised music author.
        music_author: Option<String>,
        /// Music author as given.
        music_author_raw: Option<String>,
        /// Music author deleted.
        music_author_deleted: Option<i64>,
        /// Music duration, s.
        music_duration: Option<i64>,
        /// Music id.
        music_id: Option<String>,
        /// Music mid.
        music_mid: Option<String>,
        /// Sanitised PGC author.
        pgc_author: Option<String>,
        /// PGC author as given.
        pgc_author_raw: Option<String>,
        /// Sanitised PGC author title.
        pgc_author_title: Option<String>,
        /// PGC author title as given.
        pgc_author_title_raw: Option<String>,
        /// PGC music type.
        pgc_music_type: Option<i64>,
        /// Music status (1 = playable).
        music_status: Option<i64>,
        /// Sanitised music owner handle.
        music_owner_handle: Option<String>,
        /// Music owner handle as given.
        music_owner_handle_raw: Option<String>,
        /// Music owner id.
        music_owner_id: Option<String>,
        /// Sanitised music owner nickname.
        music_owner_nickname: Option<String>,
        /// Music owner nickname as given.
        music_owner_nickname_raw: Option<String>,
        /// Music URL.
        music_play_url: Option<String>,
        /// Location text.
        position: Option<String>,
        /// Region code.
        region: Option<String>,
        /// OCR text from SEO data.
        seo_ocr_content: Option<String>,
        /// DOU+ allowed.
        allow_douplus: Option<i64>,
        /// Download setting.
        download_setting: Option<i64>,
        /// Sharing allowed.
        allow_share: Option<i64>,
        /// Admire count.
        admire_count: Option<i64>,
        /// Collect count.
        collect_count: Option<i64>,
        /// Comment count.
        comment_count: Option<i64>,
        /// Like count.
        digg_count: Option<i64>,
        /// Share count.
        share_count: Option<i64>,
        /// Hashtag ids (JSON list).
        hashtag_ids: Option<String>,
        /// Hashtag names (JSON list).
        hashtag_names: Option<String>,
    }
}

/// One post as stored.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PostRow {
    /// The post id.
    pub aweme_id: String,
    /// Video, image post or live-photo post.
    pub kind: PostKind,
    /// Author's uid.
    pub author_uid: Option<String>,
    /// Author's sec_uid.
    pub author_sec_uid: Option<String>,
    /// Author's nickname as given (searched).
    pub author_nickname: Option<String>,
    /// Publication time, unix seconds.
    pub create_ts: Option<i64>,
    /// The description as given (searched).
    pub description: Option<String>,
    /// The music title (searched).
    pub music_title: Option<String>,
    /// Hashtag names without `#` (searched).
    pub hashtags: Vec<String>,
    /// F2's columns.
    #[serde(flatten)]
    pub f2: VideoInfo,
    /// The raw post JSON; written when given, read only by [`HistoryStore::post_raw`].
    #[serde(skip)]
    pub raw_json: Option<String>,
    /// First time seen, unix seconds (set by the store).
    pub first_seen: i64,
    /// Last time seen, unix seconds (set by the store).
    pub last_seen: i64,
}

impl PostRow {
    /// A post with only its id and kind set.
    pub fn new(aweme_id: impl Into<String>, kind: PostKind) -> Self {
        Self {
            aweme_id: aweme_id.into(),
            kind,
            author_uid: None,
            author_sec_uid: None,
            author_nickname: None,
            create_ts: None,
            description: None,
            music_title: None,
            hashtags: Vec::new(),
            f2: VideoInfo::default(),
            raw_json: None,
            first_seen: 0,
            last_seen: 0,
        }
    }
}

// Descriptions and raw JSON may hold media URLs; Debug names the post, not its content.
impl std::fmt::Debug for PostRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostRow")
            .field("aweme_id", &self.aweme_id)
            .field("kind", &self.kind)
            .field("author_uid", &self.author_uid)
            .field("create_ts", &self.create_ts)
            .field("f2", &self.f2)
            .finish_non_exhaustive()
    }
}

/// Our typed columns, in the order `read_post` expects them.
const OWN: &[&str] = &[
    "aweme_id",
    "kind",
    "author_uid",
    "author_sec_uid",
    "author_nickname",
    "create_ts",
    "description",
    "music_title",
    "hashtags",
];

fn read_post(row: &rusqlite::Row<'_>) -> rusqlite::Result<PostRow> {
    let hashtags: String = row.get(8)?;
    let n = OWN.len() + VideoInfo::COLUMNS.len();
    Ok(PostRow {
        aweme_id: row.get(0)?,
        kind: row.get(1)?,
        author_uid: row.get(2)?,
        author_sec_uid: row.get(3)?,
        author_nickname: row.get(4)?,
        create_ts: row.get(5)?,
        description: row.get(6)?,
        music_title: row.get(7)?,
        hashtags: parse_hashtags(&hashtags),
        f2: VideoInfo::read(row, OWN.len())?,
        raw_json: None,
        first_seen: row.get(n)?,
        last_seen: row.get(n + 1)?,
    })
}

/// The stored hashtag list (a JSON array written by us); unreadable text reads as no tags
/// rather than failing every search that touches the row.
pub(crate) fn parse_hashtags(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

pub(crate) fn upsert(conn: &Connection, post: &PostRow, now: i64) -> Result<()> {
    if post.aweme_id.trim().is_empty() {
        return Err(StoreError::Invalid("a post needs an aweme_id".into()));
    }
    let hashtags = serde_json::to_string(&post.hashtags)
        .map_err(|e| StoreError::Invalid(format!("hashtags: {e}")))?;
    let f2 = VideoInfo::COLUMNS;
    // The typed columns are always ours to set; kind and hashtags are replaced, the optional
    // ones refreshed like F2's.
    let own_opt = &OWN[2..8];
    let sql = format!(
        "INSERT INTO posts ({}, {}, first_seen, last_seen) VALUES ({}, ?{now}, ?{now})
         ON CONFLICT (aweme_id) DO UPDATE SET kind = excluded.kind,
             hashtags = excluded.hashtags, {}, {}, last_seen = excluded.last_seen
         RETURNING id",
        quoted(OWN),
        quoted(f2),
        placeholders(OWN.len() + f2.len(), 1),
        refresh(own_opt),
        refresh(f2),
        now = OWN.len() + f2.len() + 1,
    );
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![
        &post.aweme_id,
        &post.kind,
        &post.author_uid,
        &post.author_sec_uid,
        &post.author_nickname,
        &post.create_ts,
        &post.description,
        &post.music_title,
        &hashtags,
    ];
    values.extend(post.f2.values());
    values.push(&now);
    let id: i64 = conn
        .prepare_cached(&sql)?
        .query_row(values.as_slice(), |r| r.get(0))?;
    if let Some(raw) = &post.raw_json {
        conn.prepare_cached(
            "INSERT INTO post_raw (post_id, json) VALUES (?1, ?2)
             ON CONFLICT (post_id) DO UPDATE SET json = excluded.json",
        )?
        .execute(params![id, raw])?;
    }
    Ok(())
}

pub(crate) fn by_id(conn: &Connection, aweme_id: &str) -> Result<Option<PostRow>> {
    let sql = format!(
        "SELECT {}, {}, p.first_seen, p.last_seen FROM posts p WHERE p.aweme_id = ?1",
        qualified("p", OWN),
        qualified("p", VideoInfo::COLUMNS)
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([aweme_id], read_post)
        .optional()?)
}

impl HistoryStore {
    /// Records a sighting of a post: inserted, or every given column refreshed (a `None`
    /// keeps the stored value; kind and hashtags are replaced) and last seen = now. Search
    /// follows at once.
    ///
    /// # Errors
    /// `InvalidInput` for an empty id; database failures.
    pub fn upsert_post(&self, post: &PostRow) -> Result<()> {
        self.write(|tx, now| upsert(tx, post, now))
    }

    /// The post `aweme_id` (without its raw JSON).
    ///
    /// # Errors
    /// On a database failure, or `Decode` for an unreadable stored kind.
    pub fn post(&self, aweme_id: &str) -> Result<Option<PostRow>> {
        by_id(&self.lock(), aweme_id)
    }

    /// The raw JSON last recorded for the post.
    ///
    /// # Errors
    /// On a database failure.
    pub fn post_raw(&self, aweme_id: &str) -> Result<Option<String>> {
        Ok(self
            .lock()
            .prepare_cached(
                "SELECT r.json FROM post_raw r JOIN posts p ON p.id = r.post_id
                 WHERE p.aweme_id = ?1",
            )?
            .query_row([aweme_id], |r| r.get(0))
            .optional()?)
    }

    /// Removes a post (its raw JSON and search entry too); its files stay recorded.
    ///
    /// # Errors
    /// On a database failure.
    pub fn delete_post(&self, aweme_id: &str) -> Result<bool> {
        self.write(|tx, _| {
            Ok(tx
                .prepare_cached("DELETE FROM posts WHERE aweme_id = ?1")?
                .execute([aweme_id])?
                == 1)
        })
    }
}
