//! What a job is: its kind (one per F2 mode, plus `feed`), its target and its options — the
//! part the queue persists, so a restarted engine rebuilds the same job from the store.

use douyin_core::models::{CodecPreference, QualityPolicy};
use serde::{Deserialize, Serialize};

/// One job kind per handler of F2 (live-dl-db-cli.md §6.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// One post.
    One,
    /// A creator's posts.
    Post,
    /// The posts a user liked.
    Like,
    /// Your favourites.
    Collection,
    /// Your collect folders (all, or chosen ones).
    Collects,
    /// Your collected music.
    Music,
    /// A mix (合集).
    Mix,
    /// A live recording.
    Live,
    /// Posts Douyin recommends next to a post.
    Related,
    /// Your friend feed.
    Friend,
    /// The follow feed (F2's `feed` handler).
    Feed,
}

impl JobKind {
    /// Every kind, in F2's order.
    pub const ALL: [JobKind; 11] = [
        JobKind::One,
        JobKind::Post,
        JobKind::Like,
        JobKind::Collection,
        JobKind::Collects,
        JobKind::Music,
        JobKind::Mix,
        JobKind::Live,
        JobKind::Related,
        JobKind::Friend,
        JobKind::Feed,
    ];

    /// The mode name (`-M`), also the folder under `<root>/douyin/`.
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::One => "one",
            JobKind::Post => "post",
            JobKind::Like => "like",
            JobKind::Collection => "collection",
            JobKind::Collects => "collects",
            JobKind::Music => "music",
            JobKind::Mix => "mix",
            JobKind::Live => "live",
            JobKind::Related => "related",
            JobKind::Friend => "friend",
            JobKind::Feed => "feed",
        }
    }

    /// Whether Douyin serves this list only to a logged-in account.
    pub fn needs_login(self) -> bool {
        matches!(
            self,
            JobKind::Collection | JobKind::Collects | JobKind::Music | JobKind::Friend
        )
    }
}

impl std::str::FromStr for JobKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JobKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown mode `{s}`; use one of {}",
                    JobKind::ALL.map(JobKind::as_str).join(", ")
                )
            })
    }
}

/// What a job works on, resolved from the user's link.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Target {
    /// A user, by `sec_user_id` (post, like, friend, feed; and for collection, collects and
    /// music the account's own profile, which names the folder).
    User(String),
    /// A post, by aweme id (one, related; a mix given by one of its posts).
    Post(String),
    /// A mix, by mix id.
    Mix(String),
    /// A live room, by web_rid.
    Live(String),
    /// A live room, by room id.
    LiveRoom(String),
}

impl Target {
    /// The id text.
    pub fn id(&self) -> &str {
        match self {
            Target::User(s)
            | Target::Post(s)
            | Target::Mix(s)
            | Target::Live(s)
            | Target::LiveRoom(s) => s,
        }
    }
}

impl Target {
    /// What a resolved link means for a job of `kind` (a post link for a mix job names the
    /// mix through its post; a user link is the list's owner).
    ///
    /// # Errors
    /// A sentence saying which link the mode needs.
    pub fn from_link(kind: JobKind, link: &douyin_core::link::LinkTarget) -> Result<Self, String> {
        use douyin_core::link::TargetKind as K;
        let id = link.id.clone();
        let target = match link.kind {
            K::User => Target::User(id),
            K::Post => Target::Post(id),
            K::Mix => Target::Mix(id),
            K::Live => Target::Live(id),
            K::LiveRoom => Target::LiveRoom(id),
            K::ShortLink => {
                return Err("the short link could not be followed to a Douyin page".into())
            }
        };
        if target.fits(kind) {
            Ok(target)
        } else {
            Err(format!("mode {} needs {}", kind.as_str(), kind.wants()))
        }
    }

    /// Whether a job of `kind` can work on this target.
    pub fn fits(&self, kind: JobKind) -> bool {
        match kind {
            JobKind::One | JobKind::Related => matches!(self, Target::Post(_)),
            JobKind::Mix => matches!(self, Target::Mix(_) | Target::Post(_)),
            JobKind::Live => matches!(self, Target::Live(_) | Target::LiveRoom(_)),
            _ => matches!(self, Target::User(_)),
        }
    }

    /// A bare id typed for a job of `kind`, read as the kind of id the mode takes.
    pub fn from_id(kind: JobKind, id: &str) -> Self {
        let id = id.trim().to_owned();
        match kind {
            JobKind::One | JobKind::Related => Target::Post(id),
            JobKind::Mix => Target::Mix(id),
            JobKind::Live if id.len() >= 19 => Target::LiveRoom(id),
            JobKind::Live => Target::Live(id),
            _ => Target::User(id),
        }
    }
}

impl JobKind {
    /// What kind of link the mode takes, for messages.
    pub fn wants(self) -> &'static str {
        match self {
            JobKind::One | JobKind::Related => "a post link",
            JobKind::Mix => "a mix link or the link of one of its posts",
            JobKind::Live => "a live room link",
            _ => "a user's profile link (your own for collection, collects and music)",
        }
    }
}

/// Which rendition of a video to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(tag = "policy", content = "lines", rename_all = "snake_case")]
pub enum Quality {
    /// The largest resolution, then the highest bitrate.
    #[default]
    Highest,
    /// The largest resolution not above this many lines (e.g. 720).
    Resolution(u32),
    /// The smallest.
    Smallest,
}

impl Quality {
    /// The core's policy.
    pub fn policy(self) -> QualityPolicy {
        match self {
            Quality::Highest => QualityPolicy::Highest,
            Quality::Resolution(n) => QualityPolicy::Resolution(n),
            Quality::Smallest => QualityPolicy::Smallest,
        }
    }
}

/// Which codec to prefer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Codec {
    /// H.264 when offered (plays everywhere).
    #[default]
    H264,
    /// H.265 when offered (smaller).
    H265,
    /// Whatever ranks best.
    Any,
}

impl Codec {
    /// The core's preference.
    pub fn preference(self) -> CodecPreference {
        match self {
            Codec::H264 => CodecPreference::H264,
            Codec::H265 => CodecPreference::H265,
            Codec::Any => CodecPreference::Any,
        }
    }
}

/// How image-post pictures are saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    /// As Douyin serves them (WebP).
    #[default]
    Original,
    /// Converted to JPEG.
    Jpeg,
    /// Converted to PNG.
    Png,
}

/// Everything a user chooses about a job (F2's options and ours).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobOptions {
    /// The naming template (F2's `-n`).
    pub naming: String,
    /// One folder per post (`-f`).
    pub folderize: bool,
    /// Save the music (`-m`).
    pub music: bool,
    /// Save the cover (`-v`).
    pub cover: bool,
    /// Save the description as `.txt` (`-d`).
    pub desc: bool,
    /// Save lyrics as `.lrc` (music mode, `-L`).
    pub lyric: bool,
    /// Save the post's JSON next to it.
    pub json: bool,
    /// Video rendition.
    pub quality: Quality,
    /// Video codec.
    pub codec: Codec,
    /// Picture format.
    pub image_format: ImageFormat,
    /// `YYYY-MM-DD|YYYY-MM-DD`, or `None` for all.
    pub interval: Option<String>,
    /// Posts wanted at most; `None` = all.
    pub max_counts: Option<u64>,
    /// Items per API page.
    pub page_counts: u32,
    /// Stop listing after this many posts in a row that are already saved.
    pub stop_at_known: Option<u32>,
    /// Collects mode: the folders wanted, by id or name; `None` = all.
    pub collects: Option<Vec<String>>,
    /// Live mode: how the room is recorded.
    pub live: LiveOptions,
}

/// Which pull URL a recording prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveFormat {
    /// `flv_pull_url`: real FLV (the default; HLS is the fallback).
    #[default]
    Flv,
    /// `hls_pull_url_map`: MPEG-TS segments (FLV is the fallback).
    Hls,
}

impl LiveFormat {
    /// The other format (the fallback).
    pub fn other(self) -> Self {
        match self {
            Self::Flv => Self::Hls,
            Self::Hls => Self::Flv,
        }
    }

    /// The label people know.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Flv => "flv",
            Self::Hls => "hls",
        }
    }
}

/// How a live room is recorded (live mode only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LiveOptions {
    /// Preferred stream format.
    pub format: LiveFormat,
    /// The quality to start the ladder at (`FULL_HD1`, `HD1`, `SD1`, `SD2`, or another id the
    /// room lists such as `ORIGION`); `None` = `FULL_HD1`.
    pub quality: Option<String>,
    /// Start a new segment after this many seconds of media.
    pub segment_s: Option<u64>,
    /// Start a new segment after this many bytes.
    pub segment_bytes: Option<u64>,
    /// Stop after this many seconds since the recording started.
    pub max_duration_s: Option<u64>,
    /// Record the danmaku next to each segment.
    pub danmaku: bool,
    /// Also show gifts in the ASS subtitles.
    pub ass_gifts: bool,
    /// A room that is not live yet is waited for (instead of failing with "not live").
    pub wait_for_live: bool,
    /// Record only the danmaku (JSONL, ASS, statistics), not the stream: one danmaku file
    /// pair per connection to the room, recorded as a segment of format `danmaku`.
    pub danmaku_only: bool,
}

impl Default for LiveOptions {
    fn default() -> Self {
        Self {
            format: LiveFormat::Flv,
            quality: None,
            segment_s: None,
            segment_bytes: None,
            max_duration_s: None,
            danmaku: true,
            ass_gifts: false,
            wait_for_live: false,
            danmaku_only: false,
        }
    }
}

impl Default for JobOptions {
    fn default() -> Self {
        Self {
            naming: "{create}_{desc}".into(),
            folderize: false,
            music: false,
            cover: false,
            desc: false,
            lyric: true,
            json: false,
            quality: Quality::default(),
            codec: Codec::default(),
            image_format: ImageFormat::default(),
            interval: None,
            max_counts: None,
            page_counts: 20,
            stop_at_known: None,
            collects: None,
            live: LiveOptions::default(),
        }
    }
}

/// A job as enqueued and persisted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobSpec {
    /// The mode.
    pub kind: JobKind,
    /// What it works on.
    pub target: Target,
    /// The options.
    #[serde(default)]
    pub options: JobOptions,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_round_trip_and_default_like_f2() {
        let spec = JobSpec {
            kind: JobKind::Post,
            target: Target::User("MS4wLjABAAAA".into()),
            options: JobOptions {
                quality: Quality::Resolution(720),
                ..JobOptions::default()
            },
        };
        let text = serde_json::to_string(&spec).expect("json");
        assert!(
            text.contains(r#""target":{"type":"user","id":"MS4wLjABAAAA"}"#),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<JobSpec>(&text).expect("back"), spec);
        let sparse: JobSpec =
            serde_json::from_str(r#"{"kind":"mix","target":{"type":"mix","id":"7"}}"#)
                .expect("defaults fill the rest");
        assert_eq!(sparse.options.naming, "{create}_{desc}");
        assert_eq!(sparse.options.page_counts, 20);
        for k in JobKind::ALL {
            assert_eq!(k.as_str().parse::<JobKind>(), Ok(k));
        }
        assert!("films".parse::<JobKind>().is_err());
    }
}
