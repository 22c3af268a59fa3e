//! The seeded world: users, posts of every kind, social graph, collections, mixes, music,
//! comments, live rooms and the logged-in account. Same seed and sizes → same ids and bytes.

pub mod build;
pub mod change;
pub mod hostile;

pub use build::generate;

/// Kind of a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    /// A video (aweme_type 0).
    Video,
    /// An image post 图集 (aweme_type 68).
    Images,
    /// An image post whose images carry live-photo clips (aweme_type 68, `images[].video`).
    LivePhoto,
}

/// One user of the world.
#[derive(Debug, Clone)]
pub struct User {
    /// Numeric uid (as a string, like Douyin).
    pub uid: String,
    /// `MS4wLjABAAAA…` id.
    pub sec_uid: String,
    /// Display name.
    pub nickname: String,
    /// Profile text.
    pub signature: String,
    /// Short numeric id.
    pub short_id: String,
    /// Douyin handle.
    pub unique_id: String,
    /// Follower count shown on the profile.
    pub follower_count: u64,
    /// Indexes of the users this one follows.
    pub following: Vec<usize>,
    /// Indexes of the users following this one.
    pub followers: Vec<usize>,
    /// Indexes into `World::posts`, newest first.
    pub posts: Vec<usize>,
    /// Posts this user liked.
    pub likes: Vec<usize>,
    /// Live room index, if the user has one.
    pub room: Option<usize>,
}

/// A music track.
#[derive(Debug, Clone)]
pub struct Music {
    /// int64 id (beyond 2^53).
    pub id: u64,
    /// Title.
    pub title: String,
    /// Author name.
    pub author: String,
    /// Duration, s.
    pub duration: u64,
    /// Lyric lines (time s, text).
    pub lyrics: Vec<(f64, String)>,
    /// Owner user index.
    pub owner: usize,
}

/// A comment (with replies when top-level).
#[derive(Debug, Clone)]
pub struct Comment {
    /// Comment id.
    pub cid: String,
    /// Text.
    pub text: String,
    /// Author user index.
    pub user: usize,
    /// Creation time, s.
    pub create_time: u64,
    /// Replies.
    pub replies: Vec<Comment>,
}

/// One post.
#[derive(Debug, Clone)]
pub struct Post {
    /// 19-digit aweme id.
    pub aweme_id: String,
    /// Author user index.
    pub author: usize,
    /// Kind.
    pub kind: PostKind,
    /// Description.
    pub desc: String,
    /// Creation time, s.
    pub create_time: u64,
    /// Video uri (`v0200fg10000…`).
    pub video_uri: String,
    /// Number of images for image posts.
    pub image_count: usize,
    /// Music index.
    pub music: usize,
    /// Mix index.
    pub mix: Option<usize>,
    /// Pinned.
    pub is_top: bool,
    /// Comments.
    pub comments: Vec<Comment>,
    /// The hashtag of `text_extra` ("日常" unless the world has hostile names).
    pub hashtag: String,
    /// Deleted through the admin endpoint: gone from every list, its detail is `filter_detail`.
    pub deleted: bool,
}

/// A mix (合集).
#[derive(Debug, Clone)]
pub struct Mix {
    /// 19-digit mix id.
    pub mix_id: String,
    /// Name.
    pub name: String,
    /// Owner user index.
    pub owner: usize,
    /// Post indexes in episode order.
    pub posts: Vec<usize>,
}

/// A collect folder (收藏夹) of the logged-in account.
#[derive(Debug, Clone)]
pub struct Folder {
    /// 19-digit folder id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Post indexes.
    pub posts: Vec<usize>,
    /// Creation time, s.
    pub create_time: u64,
}

/// A live room.
#[derive(Debug, Clone)]
pub struct Room {
    /// The short web id in `live.douyin.com/<web_rid>`.
    pub web_rid: String,
    /// 19-digit room id (beyond 2^53).
    pub room_id: u64,
    /// Stream id (beyond 2^53).
    pub stream_id: u64,
    /// Owner user index.
    pub owner: usize,
    /// Title.
    pub title: String,
    /// Whether the room is live when the emulator starts.
    pub live_at_start: bool,
    /// Quality ids left out of the pull maps (room 2: `FULL_HD1`).
    pub absent_qualities: Vec<String>,
    /// Quality ids listed in the pull maps whose streams answer 404 (room 3: `FULL_HD1`).
    pub failing_qualities: Vec<String>,
}

/// The logged-in account.
#[derive(Debug, Clone)]
pub struct Account {
    /// User index of the account.
    pub user: usize,
    /// The session id cookie value.
    pub sessionid: String,
    /// Full cookie string a browser would send.
    pub cookie: String,
    /// The account's `ttwid` cookie value.
    pub ttwid: String,
    /// The web device id `query/user` returns.
    pub user_unique_id: String,
    /// Collected posts (收藏), newest first.
    pub collection: Vec<usize>,
    /// Collected music.
    pub music: Vec<usize>,
}

/// Everything the emulator serves.
#[derive(Debug, Clone)]
pub struct World {
    /// Seed used.
    pub seed: u64,
    /// Users.
    pub users: Vec<User>,
    /// Posts.
    pub posts: Vec<Post>,
    /// Music.
    pub music: Vec<Music>,
    /// Mixes.
    pub mixes: Vec<Mix>,
    /// Collect folders of the account.
    pub folders: Vec<Folder>,
    /// Live rooms: index 0 live, index 1 ended.
    pub rooms: Vec<Room>,
    /// The logged-in account.
    pub account: Account,
    /// Id of a deleted post (detail answers `filter_detail`).
    pub deleted_aweme_id: String,
    /// Id of a private post (detail answers `filter_detail`).
    pub private_aweme_id: String,
    /// Short-link codes → canonical URL path+query (relative to the origin).
    pub short_links: Vec<(String, String)>,
    /// Users whose nickname is hostile (`--hostile-names`), by index.
    pub hostile_users: Vec<usize>,
    /// Posts whose description and hashtag are hostile (`--hostile-names`), by index.
    pub hostile_posts: Vec<usize>,
}

impl World {
    /// Finds a user by `sec_uid`.
    pub fn user_by_sec(&self, sec_uid: &str) -> Option<usize> {
        self.users.iter().position(|u| u.sec_uid == sec_uid)
    }
    /// Finds a user by uid.
    pub fn user_by_uid(&self, uid: &str) -> Option<usize> {
        self.users.iter().position(|u| u.uid == uid)
    }
    /// Finds a post by aweme id (deleted posts are not found).
    pub fn post(&self, aweme_id: &str) -> Option<usize> {
        self.posts
            .iter()
            .position(|p| p.aweme_id == aweme_id && !p.deleted)
    }
    /// Indexes of the posts that are not deleted.
    pub fn live_posts(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.posts.len()).filter(|&p| !self.posts[p].deleted)
    }
    /// Finds a room by web_rid.
    pub fn room_by_web_rid(&self, web_rid: &str) -> Option<usize> {
        self.rooms.iter().position(|r| r.web_rid == web_rid)
    }
    /// Finds a room by room id text.
    pub fn room_by_id(&self, room_id: &str) -> Option<usize> {
        self.rooms
            .iter()
            .position(|r| r.room_id.to_string() == room_id)
    }
    /// Ids of the world as JSON, for `GET /__admin/world`.
    pub fn ids_json(&self) -> serde_json::Value {
        use serde_json::json;
        let by_kind = |k: PostKind| -> Vec<&str> {
            self.posts
                .iter()
                .filter(|p| p.kind == k && !p.deleted)
                .map(|p| p.aweme_id.as_str())
                .collect()
        };
        let deleted: Vec<&str> = std::iter::once(self.deleted_aweme_id.as_str())
            .chain(
                self.posts
                    .iter()
                    .filter(|p| p.deleted)
                    .map(|p| p.aweme_id.as_str()),
            )
            .collect();
        json!({
            "seed": self.seed,
            "users": self.users.iter().map(|u| json!({
                "uid": u.uid, "sec_user_id": u.sec_uid, "nickname": u.nickname,
                "aweme_count": u.posts.len(),
                "posts": u.posts.iter().map(|&p| &self.posts[p].aweme_id).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "posts": {
                "video": by_kind(PostKind::Video),
                "images": by_kind(PostKind::Images),
                "live_photo": by_kind(PostKind::LivePhoto),
                "deleted": deleted,
                "private": [self.private_aweme_id],
            },
            "mixes": self.mixes.iter().map(|m| json!({"mix_id": m.mix_id, "name": m.name, "owner_sec_user_id": self.users[m.owner].sec_uid, "episodes": m.posts.len()})).collect::<Vec<_>>(),
            "collect_folders": self.folders.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
            "music": self.music.iter().map(|m| m.id.to_string()).collect::<Vec<_>>(),
            "lives": self.rooms.iter().map(|r| json!({
                "web_rid": r.web_rid, "room_id": r.room_id.to_string(),
                "stream_id": r.stream_id.to_string(), "owner": r.owner,
                "owner_sec_user_id": self.users[r.owner].sec_uid, "live": r.live_at_start,
                "absent_qualities": r.absent_qualities, "failing_qualities": r.failing_qualities,
            })).collect::<Vec<_>>(),
            "hostile": {
                "users": self.hostile_users,
                "posts": self.hostile_posts.iter().map(|&p| &self.posts[p].aweme_id).collect::<Vec<_>>(),
            },
            "short_links": self.short_links.iter().map(|(c, t)| json!({"code": c, "target": t})).collect::<Vec<_>>(),
            "account": {
                "uid": self.users[self.account.user].uid,
                "sec_user_id": self.users[self.account.user].sec_uid,
                "cookie": self.account.cookie,
                "user_unique_id": self.account.user_unique_id,
            },
        })
    }
}
