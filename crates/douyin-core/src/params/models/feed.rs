//! Models for feed endpoints: friends feed, following feed and the recommended tab feed.

use crate::endpoints::Endpoint;
use crate::params::model::request_model;

request_model! {
    /// `FriendFeed`: the friends feed (POST without body).
    FriendFeed => Endpoint::FriendFeed;
    cursor: i64 = "cursor", 0;
    level: i64 = "level", 1;
    aweme_ids: String = "aweme_ids", "";
    room_ids: String = "room_ids", "";
    pull_type: i64 = "pull_type", 0;
    refresh_type: i64 = "refresh_type", 0;
    address_book_access: i64 = "address_book_access", 2;
    gps_access: i64 = "gps_access", 2;
    recent_gids: String = "recent_gids", "";
}

impl FriendFeed {
    /// A page as F2's handler asks for it: `refresh_type` follows `pull_type`.
    pub fn page(cursor: i64, level: i64, pull_type: i64) -> Self {
        Self {
            cursor,
            level,
            pull_type,
            refresh_type: pull_type,
            ..Self::default()
        }
    }
}

request_model! {
    /// `FollowFeed`: the following feed (no handler in F2).
    FollowFeed => Endpoint::FollowFeed;
    cursor: i64 = "cursor", 0;
    level: i64 = "level", 1;
    count: i64 = "count", 20;
    pull_type: String = "pull_type", "";
}

request_model! {
    /// `PostFeed`: the recommended tab feed (no handler in F2).
    PostFeed => Endpoint::TabFeed;
    count: i64 = "count", 10;
    tag_id: String = "tag_id", "";
    share_aweme_id: String = "share_aweme_id", "";
    live_insert_type: String = "live_insert_type", "";
    refresh_index: i64 = "refresh_index", 1;
    video_type_select: i64 = "video_type_select", 1;
    aweme_pc_rec_raw_data: String = "aweme_pc_rec_raw_data", "%7B%22is_client%22%3A%22false%22%7D";
    globalwid: String = "globalwid", "";
    pull_type: String = "pull_type", "";
    min_window: String = "min_window", "";
    free_right: String = "free_right", "";
    ug_source: String = "ug_source", "";
    creative_id: String = "creative_id", "";
}
