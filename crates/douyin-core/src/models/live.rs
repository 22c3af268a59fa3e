//! Live rooms: `live.douyin.com/webcast/room/web/enter/` (by web_rid), the webcast reflow
//! `/webcast/room/reflow/info/` (by room_id), `/webcast/distribution/check_user_live_status/`
//! and `/webcast/web/feed/follow/` (followed users who are live).

use super::common::UrlSet;
use super::lenient::{from_json_via_serde, lenient_struct, Flag, Id};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Room status code meaning "live now".
pub const ROOM_STATUS_LIVE: i64 = 2;
/// Room status code meaning "ended".
pub const ROOM_STATUS_ENDED: i64 = 4;

lenient_struct! {
    /// `/webcast/room/web/enter/`.
    pub struct WebEnterResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Payload.
        data: Option<WebEnterData>,
    }
}

lenient_struct! {
    /// The payload of a web-enter body.
    pub struct WebEnterData {
        /// The rooms (the first is the one asked for).
        data: Vec<Room>,
        /// Room id entered.
        enter_room_id: Option<Id>,
        /// The viewer asking (a blank guest when not logged in); the anchor is `room.owner`.
        user: Option<LiveOwner>,
        /// Room status (0 in live samples).
        room_status: Option<i64>,
        /// Category.
        partition_road_map: Option<PartitionRoadMap>,
    }
}

impl WebEnterResponse {
    /// The room asked for, when the body has one.
    pub fn room(&self) -> Option<&Room> {
        self.data.as_ref()?.data.first()
    }
}

lenient_struct! {
    /// `/webcast/room/reflow/info/`.
    pub struct ReflowResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Payload.
        data: Option<ReflowData>,
    }
}

lenient_struct! {
    /// The payload of a reflow body.
    pub struct ReflowData {
        /// The room.
        room: Option<Room>,
        /// The viewer asking (a blank guest when not logged in); the anchor is `room.owner`.
        user: Option<LiveOwner>,
    }
}

lenient_struct! {
    /// A live room.
    pub struct Room {
        /// Room id (int64 number in reflow bodies; prefer `id_str`).
        id: Option<Id>,
        /// Room id as text.
        id_str: Option<String>,
        /// 2 = live, 4 = ended.
        status: Option<i64>,
        /// Title.
        title: Option<String>,
        /// Viewer count (reflow).
        user_count: Option<i64>,
        /// Started, unix seconds.
        create_time: Option<i64>,
        /// Ended, unix seconds.
        finish_time: Option<i64>,
        /// Cover.
        cover: Option<UrlSet>,
        /// Stream id (int64 number).
        stream_id: Option<Id>,
        /// Stream id as text.
        stream_id_str: Option<String>,
        /// The anchor.
        owner: Option<LiveOwner>,
        /// Counters.
        stats: Option<RoomStats>,
        /// Pull URLs.
        stream_url: Option<StreamUrl>,
        /// Permissions.
        room_auth: Option<RoomAuth>,
        /// Category.
        partition_road_map: Option<PartitionRoadMap>,
        /// Sells goods.
        has_commerce_goods: Option<bool>,
        /// Room mode.
        live_room_mode: Option<i64>,
        /// Mosaic status.
        mosaic_status: Option<i64>,
    }
}

impl Room {
    /// The room id text (the `_str` twin when given).
    pub fn room_id(&self) -> Option<String> {
        self.id_str
            .clone()
            .or_else(|| self.id.as_ref().map(|i| i.as_str().to_owned()))
    }

    /// Whether the room is live now.
    pub fn is_live(&self) -> bool {
        self.status == Some(ROOM_STATUS_LIVE)
    }
}

lenient_struct! {
    /// The anchor of a room.
    pub struct LiveOwner {
        /// User id as text.
        id_str: Option<String>,
        /// Stable public id.
        sec_uid: Option<String>,
        /// Display name.
        nickname: Option<String>,
        /// Bio.
        signature: Option<String>,
        /// Gender code.
        gender: Option<i64>,
        /// City.
        city: Option<String>,
        /// Verified.
        verified: Option<bool>,
        /// The live.douyin.com room number.
        web_rid: Option<String>,
        /// Small avatar.
        avatar_thumb: Option<UrlSet>,
        /// Large avatar.
        avatar_large: Option<UrlSet>,
        /// Follow data.
        follow_info: Option<FollowInfo>,
    }
}

lenient_struct! {
    /// Follow data of an anchor.
    pub struct FollowInfo {
        /// My follow status.
        follow_status: Option<i64>,
        /// Following.
        following_count: Option<i64>,
        /// Followers.
        follower_count: Option<i64>,
    }
}

lenient_struct! {
    /// Room counters.
    pub struct RoomStats {
        /// Current viewers, display text ("1万+").
        user_count_str: Option<String>,
        /// Total viewers, display text.
        total_user_str: Option<String>,
        /// Likes, display text.
        like_count_str: Option<String>,
        /// Likes.
        like_count: Option<i64>,
    }
}

lenient_struct! {
    /// Room permissions (bool or 0/1).
    pub struct RoomAuth {
        /// Chat.
        #[serde(rename = "Chat")]
        chat: Option<Flag>,
        /// Gifts.
        #[serde(rename = "Gift")]
        gift: Option<Flag>,
        /// Likes.
        #[serde(rename = "Digg")]
        digg: Option<Flag>,
        /// Sharing.
        #[serde(rename = "Share")]
        share: Option<Flag>,
    }
}

lenient_struct! {
    /// A room's category path.
    pub struct PartitionRoadMap {
        /// Category.
        partition: Option<Partition>,
        /// Sub-category.
        sub_partition: Option<Partition>,
    }
}

lenient_struct! {
    /// One category.
    pub struct Partition {
        /// Id text.
        id_str: Option<String>,
        /// Title.
        title: Option<String>,
    }
}

lenient_struct! {
    /// Pull URLs of a room.
    pub struct StreamUrl {
        /// FLV URLs by quality name (`FULL_HD1`, `HD1`, `SD1`, `SD2`, …).
        flv_pull_url: Option<QualityMap>,
        /// HLS URLs by quality name.
        hls_pull_url_map: Option<QualityMap>,
        /// The default HLS URL.
        hls_pull_url: Option<String>,
        /// Display names by quality name (reflow).
        resolution_name: Option<QualityMap>,
        /// The default quality name.
        default_resolution: Option<String>,
        /// 1 landscape, 2 portrait.
        stream_orientation: Option<i64>,
    }
}

/// Quality name → text (URL or display name), in Douyin's order (best first).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct QualityMap(pub Vec<(String, String)>);

impl QualityMap {
    /// The text for one quality name.
    pub fn get(&self, quality: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == quality)
            .map(|(_, v)| v.as_str())
    }

    /// As a JSON object, in order.
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.0
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect(),
        )
    }
}

impl<'de> Deserialize<'de> for QualityMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Object(m) => Ok(QualityMap(
                m.into_iter()
                    .filter_map(|(k, v)| match v {
                        Value::String(s) => Some((k, s)),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => Err(serde::de::Error::custom("quality map is not an object")),
        }
    }
}

from_json_via_serde!(QualityMap, LiveStatusData);

lenient_struct! {
    /// `/webcast/distribution/check_user_live_status/`.
    pub struct LiveStatusResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// A list of scenes on success, an object with `prompts` on refusal.
        data: Option<LiveStatusData>,
    }
}

/// The two shapes of a live-status `data`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum LiveStatusData {
    /// Success: one entry per distribution scene.
    Scenes(Vec<LiveStatusScene>),
    /// Refusal.
    Refusal(LiveStatusRefusal),
}

lenient_struct! {
    /// The refusal object.
    pub struct LiveStatusRefusal {
        /// Message.
        prompts: Option<String>,
    }
}

lenient_struct! {
    /// One distribution scene.
    pub struct LiveStatusScene {
        /// Scene id (253 recommend, 254 follow, 394 search).
        scene_id: Option<i64>,
        /// Users asked about.
        user_live: Vec<UserLiveState>,
    }
}

lenient_struct! {
    /// Whether one user is live.
    pub struct UserLiveState {
        /// 1 live, 0 not.
        live_status: Option<i64>,
        /// Room id (int64 number).
        room_id: Option<Id>,
        /// Room id as text.
        room_id_str: Option<String>,
        /// User id (int64 number).
        user_id: Option<Id>,
        /// User id as text.
        user_id_str: Option<String>,
    }
}

impl LiveStatusResponse {
    /// The scenes (empty on refusal).
    pub fn scenes(&self) -> &[LiveStatusScene] {
        match &self.data {
            Some(LiveStatusData::Scenes(s)) => s,
            _ => &[],
        }
    }

    /// The refusal message, when the body is a refusal.
    pub fn prompts(&self) -> Option<&str> {
        match &self.data {
            Some(LiveStatusData::Refusal(r)) => r.prompts.as_deref(),
            _ => None,
        }
    }
}

lenient_struct! {
    /// `/webcast/web/feed/follow/`.
    pub struct FollowingLivesResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Payload.
        data: Option<FollowingLivesData>,
    }
}

lenient_struct! {
    /// The payload of the following-lives body.
    pub struct FollowingLivesData {
        /// Message ("success").
        message: Option<String>,
        /// Live entries; `None` when absent.
        data: Option<Vec<FollowingLive>>,
    }
}

lenient_struct! {
    /// One followed user who is live.
    pub struct FollowingLive {
        /// Cover type.
        cover_type: Option<i64>,
        /// Recommended.
        is_recommend: Option<i64>,
        /// Tag.
        tag_name: Option<String>,
        /// Title type.
        title_type: Option<i64>,
        /// Unique id.
        uniq_id: Option<String>,
        /// live.douyin.com room number.
        web_rid: Option<String>,
        /// The room.
        room: Option<Room>,
    }
}
