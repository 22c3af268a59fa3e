//! Protobuf structs for what the emulator encodes, written from `douyin_webcast.proto`
//! (field numbers as there; only the fields the emulator fills).
#![allow(missing_docs)]

use prost::Message;

/// A websocket binary frame.
#[derive(Clone, PartialEq, Message)]
pub struct PushFrame {
    #[prost(int64, tag = "1")]
    pub seq_id: i64,
    #[prost(int64, tag = "2")]
    pub log_id: i64,
    #[prost(int64, tag = "3")]
    pub service: i64,
    #[prost(int64, tag = "4")]
    pub method: i64,
    #[prost(message, repeated, tag = "5")]
    pub headers_list: Vec<HeadersList>,
    #[prost(string, tag = "6")]
    pub payload_encoding: String,
    #[prost(string, tag = "7")]
    pub payload_type: String,
    #[prost(bytes = "vec", tag = "8")]
    pub payload: Vec<u8>,
    #[prost(string, tag = "9")]
    pub lod_id_new: String,
}

/// One frame header.
#[derive(Clone, PartialEq, Message)]
pub struct HeadersList {
    #[prost(string, tag = "1")]
    pub key: String,
    #[prost(string, tag = "2")]
    pub value: String,
}

/// The gzip'd payload of a frame (and the protobuf im/fetch body).
#[derive(Clone, PartialEq, Message)]
pub struct Response {
    #[prost(message, repeated, tag = "1")]
    pub messages: Vec<WsMessage>,
    #[prost(string, tag = "2")]
    pub cursor: String,
    #[prost(int64, tag = "3")]
    pub fetch_interval: i64,
    #[prost(int64, tag = "4")]
    pub now: i64,
    #[prost(string, tag = "5")]
    pub internal_ext: String,
    #[prost(int32, tag = "6")]
    pub fetch_type: i32,
    #[prost(int64, tag = "8")]
    pub heartbeat_duration: i64,
    #[prost(bool, tag = "9")]
    pub need_ack: bool,
    #[prost(string, tag = "10")]
    pub push_server: String,
    #[prost(string, tag = "11")]
    pub live_cursor: String,
    #[prost(bool, tag = "12")]
    pub history_no_more: bool,
}

/// One message inside a Response.
#[derive(Clone, PartialEq, Message)]
pub struct WsMessage {
    #[prost(string, tag = "1")]
    pub method: String,
    #[prost(bytes = "vec", tag = "2")]
    pub payload: Vec<u8>,
    #[prost(int64, tag = "3")]
    pub msg_id: i64,
    #[prost(int32, tag = "4")]
    pub msg_type: i32,
    #[prost(int64, tag = "5")]
    pub offset: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Image {
    #[prost(string, repeated, tag = "1")]
    pub url_list: Vec<String>,
    #[prost(string, tag = "2")]
    pub uri: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct FollowInfo {
    #[prost(int64, tag = "1")]
    pub following_count: i64,
    #[prost(int64, tag = "2")]
    pub follower_count: i64,
    #[prost(int64, tag = "3")]
    pub follow_status: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct PayGrade {
    #[prost(int64, tag = "6")]
    pub level: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct User {
    #[prost(int64, tag = "1")]
    pub id: i64,
    #[prost(int64, tag = "2")]
    pub short_id: i64,
    #[prost(string, tag = "3")]
    pub nickname: String,
    #[prost(int32, tag = "4")]
    pub gender: i32,
    #[prost(message, optional, tag = "9")]
    pub avatar_thumb: Option<Image>,
    #[prost(message, optional, tag = "22")]
    pub follow_info: Option<FollowInfo>,
    #[prost(message, optional, tag = "23")]
    pub pay_grade: Option<PayGrade>,
    #[prost(string, tag = "38")]
    pub display_id: String,
    #[prost(string, tag = "46")]
    pub sec_uid: String,
    #[prost(string, tag = "1028")]
    pub id_str: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct Common {
    #[prost(string, tag = "1")]
    pub method: String,
    #[prost(int64, tag = "2")]
    pub msg_id: i64,
    #[prost(int64, tag = "3")]
    pub room_id: i64,
    #[prost(int64, tag = "4")]
    pub create_time: i64,
    #[prost(bool, tag = "6")]
    pub is_show_msg: bool,
    #[prost(string, tag = "7")]
    pub describe: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct ChatMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(message, optional, tag = "2")]
    pub user: Option<User>,
    #[prost(string, tag = "3")]
    pub content: String,
    #[prost(int64, tag = "15")]
    pub event_time: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct GiftStruct {
    #[prost(message, optional, tag = "1")]
    pub image: Option<Image>,
    #[prost(string, tag = "2")]
    pub describe: String,
    #[prost(int64, tag = "5")]
    pub id: i64,
    #[prost(int32, tag = "12")]
    pub diamond_count: i32,
    #[prost(string, tag = "16")]
    pub name: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct GiftMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(int64, tag = "2")]
    pub gift_id: i64,
    #[prost(int64, tag = "4")]
    pub group_count: i64,
    #[prost(int64, tag = "5")]
    pub repeat_count: i64,
    #[prost(int64, tag = "6")]
    pub combo_count: i64,
    #[prost(message, optional, tag = "7")]
    pub user: Option<User>,
    #[prost(int32, tag = "9")]
    pub repeat_end: i32,
    #[prost(message, optional, tag = "15")]
    pub gift: Option<GiftStruct>,
}

#[derive(Clone, PartialEq, Message)]
pub struct LikeMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(int64, tag = "2")]
    pub count: i64,
    #[prost(int64, tag = "3")]
    pub total: i64,
    #[prost(message, optional, tag = "5")]
    pub user: Option<User>,
}

#[derive(Clone, PartialEq, Message)]
pub struct MemberMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(message, optional, tag = "2")]
    pub user: Option<User>,
    #[prost(int64, tag = "3")]
    pub member_count: i64,
    #[prost(int64, tag = "10")]
    pub action: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct SocialMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(message, optional, tag = "2")]
    pub user: Option<User>,
    #[prost(int64, tag = "4")]
    pub action: i64,
    #[prost(int64, tag = "6")]
    pub follow_count: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct Contributor {
    #[prost(int64, tag = "1")]
    pub score: i64,
    #[prost(message, optional, tag = "2")]
    pub user: Option<User>,
    #[prost(int64, tag = "3")]
    pub rank: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct RoomUserSeqMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(message, repeated, tag = "2")]
    pub ranks: Vec<Contributor>,
    #[prost(int64, tag = "3")]
    pub total: i64,
    #[prost(int64, tag = "7")]
    pub total_user: i64,
    #[prost(string, tag = "8")]
    pub total_user_str: String,
    #[prost(string, tag = "11")]
    pub total_pv_for_anchor: String,
}

#[derive(Clone, PartialEq, Message)]
pub struct UpdateFanTicketMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(string, tag = "2")]
    pub room_fan_ticket_count_text: String,
    #[prost(int64, tag = "3")]
    pub room_fan_ticket_count: i64,
}

#[derive(Clone, PartialEq, Message)]
pub struct FansclubMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(int32, tag = "2")]
    pub action: i32,
    #[prost(string, tag = "3")]
    pub content: String,
    #[prost(message, optional, tag = "4")]
    pub user: Option<User>,
}

#[derive(Clone, PartialEq, Message)]
pub struct RoomStatsMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(string, tag = "2")]
    pub display_short: String,
    #[prost(string, tag = "3")]
    pub display_middle: String,
    #[prost(string, tag = "4")]
    pub display_long: String,
    #[prost(int64, tag = "5")]
    pub display_value: i64,
    #[prost(int64, tag = "9")]
    pub total: i64,
}

/// The live-end control message (`status == 3` = live ended).
#[derive(Clone, PartialEq, Message)]
pub struct ControlMessage {
    #[prost(message, optional, tag = "1")]
    pub common: Option<Common>,
    #[prost(int32, tag = "2")]
    pub status: i32,
}
