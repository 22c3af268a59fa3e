//! Models for live endpoints: room info (by web_rid and by room_id), live status, followed
//! lives, IM fetch and the IM websocket query.

use crate::endpoints::Endpoint;
use crate::params::model::request_model;

request_model! {
    /// `UserLive`: live room info by `web_rid` (BaseLiveModel).
    UserLive => Endpoint::LiveInfo;
    web_rid: String = "web_rid", "";
    room_id_str: String = "room_id_str", "";
    /// Room `web_rid`; F2's handler leaves `room_id_str` empty.
    pub fn new(web_rid: impl Into<String>);
}

request_model! {
    /// `UserLive2`: live room info by `room_id` (BaseLiveModel2, webcast.amemv.com).
    UserLive2 => Endpoint::LiveInfoRoomId;
    room_id: String = "room_id", "";
    /// Room `room_id`.
    pub fn new(room_id: impl Into<String>);
}

/// `distribution_scenes` value for the recommend scene.
pub const SCENE_RECOMMEND: &str = "253";
/// `distribution_scenes` value for the follow scene (F2's default).
pub const SCENE_FOLLOW: &str = "254";
/// `distribution_scenes` value for the search scene.
pub const SCENE_SEARCH: &str = "394";

request_model! {
    /// `UserLiveStatus`: whether users are live (HEAD only); overrides `channel` in place.
    UserLiveStatus => Endpoint::UserLiveStatus;
    channel: String = "channel", "test";
    user_ids: String = "user_ids", "";
    distribution_scenes: String = "distribution_scenes", SCENE_FOLLOW;
    /// The status of `user_ids` (comma-separated uids) in the follow scene.
    pub fn new(user_ids: impl Into<String>);
}

request_model! {
    /// `FollowingUserLive`: followed accounts that are live now.
    FollowingUserLive => Endpoint::FollowingLive;
    scene: String = "scene", "aweme_pc_follow_top";
}

request_model! {
    /// `LiveImFetch`: live IM messages over HTTP (BaseWebCastModel).
    LiveImFetch => Endpoint::LiveImFetch;
    resp_content_type: String = "resp_content_type", "json";
    fetch_rule: i64 = "fetch_rule", 1;
    last_rtt: i64 = "last_rtt", 0;
    cursor: String = "cursor", "";
    internal_ext: String = "internal_ext", "";
    room_id: String = "room_id", "";
    user_unique_id: String = "user_unique_id", "";
}

impl LiveImFetch {
    /// The first fetch for `room_id` as `user_unique_id`.
    pub fn new(room_id: impl Into<String>, user_unique_id: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            user_unique_id: user_unique_id.into(),
            ..Self::default()
        }
    }
}

request_model! {
    /// `LiveWebcast`: the IM websocket query (BaseWebCastModel; signed by its own `signature`).
    LiveWebcast => Endpoint::LiveImPush;
    webcast_sdk_version: String = "webcast_sdk_version", "1.0.14-beta.0";
    update_version_code: String = "update_version_code", "1.0.14-beta.0";
    compress: String = "compress", "gzip";
    im_path: String = "im_path", "/webcast/im/fetch/";
    heartbeat_duration: i64 = "heartbeatDuration", 0;
    room_id: String = "room_id", "";
    user_unique_id: String = "user_unique_id", "";
    cursor: String = "cursor", "";
    internal_ext: String = "internal_ext", "";
    signature: String = "signature", "";
}
