//! The webcast protobuf schema as prost structs: envelopes (`PushFrame`, `Response`, `Message`)
//! and every message type F2 dispatches, with their nested types.
//!
//! Transcribed mechanically from `shared/webcast-samples/douyin_webcast.proto` (package `douyin`,
//! F2's schema with the 12 string-vs-varint corrections); nested types are flattened to
//! `ParentChild`, camelCase field names become snake_case (the wire format is unchanged), and
//! singular message fields are boxed (keeps structs small, see below). Each type also gets its proto-JSON view (names as
//! declared, int64 as strings, defaults omitted) via [`ProtoJson`].
#![allow(clippy::doc_markdown, clippy::too_many_lines)]

use super::proto_json::{self as pj, ProtoJson};
use serde_json::{Map, Value};

/// Proto message `douyin.Response`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Response {
    /// `messages` = 1.
    #[prost(message, repeated, tag = "1")]
    pub messages: ::prost::alloc::vec::Vec<Message>,
    /// `cursor` = 2.
    #[prost(string, tag = "2")]
    pub cursor: ::prost::alloc::string::String,
    /// `fetch_interval` = 3.
    #[prost(int64, tag = "3")]
    pub fetch_interval: i64,
    /// `now` = 4.
    #[prost(int64, tag = "4")]
    pub now: i64,
    /// `internal_ext` = 5.
    #[prost(string, tag = "5")]
    pub internal_ext: ::prost::alloc::string::String,
    /// `fetch_type` = 6.
    #[prost(int32, tag = "6")]
    pub fetch_type: i32,
    /// `routeParams` = 7.
    #[prost(map = "string, string", tag = "7")]
    pub route_params:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
    /// `heartbeat_duration` = 8.
    #[prost(int64, tag = "8")]
    pub heartbeat_duration: i64,
    /// `need_ack` = 9.
    #[prost(bool, tag = "9")]
    pub need_ack: bool,
    /// `push_server` = 10.
    #[prost(string, tag = "10")]
    pub push_server: ::prost::alloc::string::String,
    /// `live_cursor` = 11.
    #[prost(string, tag = "11")]
    pub live_cursor: ::prost::alloc::string::String,
    /// `history_no_more` = 12.
    #[prost(bool, tag = "12")]
    pub history_no_more: bool,
    /// `proxy_server` = 13.
    #[prost(string, tag = "13")]
    pub proxy_server: ::prost::alloc::string::String,
}

impl ProtoJson for Response {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "messages", &self.messages, pj::msg_value);
        pj::put_string(&mut m, "cursor", &self.cursor);
        pj::put_int64(&mut m, "fetch_interval", &self.fetch_interval);
        pj::put_int64(&mut m, "now", &self.now);
        pj::put_string(&mut m, "internal_ext", &self.internal_ext);
        pj::put_int32(&mut m, "fetch_type", &self.fetch_type);
        pj::put_map(
            &mut m,
            "routeParams",
            &self.route_params,
            pj::string_key,
            pj::string_value,
        );
        pj::put_int64(&mut m, "heartbeat_duration", &self.heartbeat_duration);
        pj::put_bool(&mut m, "need_ack", &self.need_ack);
        pj::put_string(&mut m, "push_server", &self.push_server);
        pj::put_string(&mut m, "live_cursor", &self.live_cursor);
        pj::put_bool(&mut m, "history_no_more", &self.history_no_more);
        pj::put_string(&mut m, "proxy_server", &self.proxy_server);
        Value::Object(m)
    }
}

/// Proto message `douyin.Message`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Message {
    /// `method` = 1.
    #[prost(string, tag = "1")]
    pub method: ::prost::alloc::string::String,
    /// `payload` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub payload: ::prost::bytes::Bytes,
    /// `msg_id` = 3.
    #[prost(int64, tag = "3")]
    pub msg_id: i64,
    /// `msg_type` = 4.
    #[prost(int32, tag = "4")]
    pub msg_type: i32,
    /// `offset` = 5.
    #[prost(int64, tag = "5")]
    pub offset: i64,
    /// `need_wrds_store` = 6.
    #[prost(bool, tag = "6")]
    pub need_wrds_store: bool,
    /// `wrds_version` = 7.
    #[prost(int64, tag = "7")]
    pub wrds_version: i64,
    /// `wrds_sub_key` = 8.
    #[prost(string, tag = "8")]
    pub wrds_sub_key: ::prost::alloc::string::String,
}

impl ProtoJson for Message {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_string(&mut m, "method", &self.method);
        pj::put_bytes(&mut m, "payload", &self.payload);
        pj::put_int64(&mut m, "msg_id", &self.msg_id);
        pj::put_int32(&mut m, "msg_type", &self.msg_type);
        pj::put_int64(&mut m, "offset", &self.offset);
        pj::put_bool(&mut m, "need_wrds_store", &self.need_wrds_store);
        pj::put_int64(&mut m, "wrds_version", &self.wrds_version);
        pj::put_string(&mut m, "wrds_sub_key", &self.wrds_sub_key);
        Value::Object(m)
    }
}

/// Proto message `douyin.ChatMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ChatMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `content` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub content: ::prost::bytes::Bytes,
    /// `visible_to_sender` = 4.
    #[prost(bool, tag = "4")]
    pub visible_to_sender: bool,
    /// `background_image` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub background_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `full_screen_text_color` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub full_screen_text_color: ::prost::bytes::Bytes,
    /// `background_image_v2` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub background_image_v2: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `public_area_common` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
    /// `gift_image` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub gift_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `agree_msg_id` = 11.
    #[prost(int64, tag = "11")]
    pub agree_msg_id: i64,
    /// `priority_level` = 12.
    #[prost(int32, tag = "12")]
    pub priority_level: i32,
    /// `landscape_area_common` = 13.
    #[prost(message, optional, boxed, tag = "13")]
    pub landscape_area_common:
        ::core::option::Option<::prost::alloc::boxed::Box<LandscapeAreaCommon>>,
    /// `event_time` = 15.
    #[prost(int64, tag = "15")]
    pub event_time: i64,
    /// `send_review` = 16.
    #[prost(bool, tag = "16")]
    pub send_review: bool,
    /// `from_intercom` = 17.
    #[prost(bool, tag = "17")]
    pub from_intercom: bool,
    /// `intercom_hide_user_card` = 18.
    #[prost(bool, tag = "18")]
    pub intercom_hide_user_card: bool,
    /// `chat_tags` = 19.
    #[prost(int32, repeated, tag = "19")]
    pub chat_tags: ::prost::alloc::vec::Vec<i32>,
    /// `chat_by` = 20.
    #[prost(int64, tag = "20")]
    pub chat_by: i64,
    /// `individual_chat_priority` = 21.
    #[prost(int32, tag = "21")]
    pub individual_chat_priority: i32,
    /// `rtf_content` = 40.
    #[prost(message, optional, boxed, tag = "40")]
    pub rtf_content: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `rtf_content_v2` = 41.
    #[prost(message, optional, boxed, tag = "41")]
    pub rtf_content_v2: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
}

impl ProtoJson for ChatMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_bool(&mut m, "visible_to_sender", &self.visible_to_sender);
        pj::put_message(&mut m, "background_image", self.background_image.as_deref());
        pj::put_str_bytes(
            &mut m,
            "full_screen_text_color",
            &self.full_screen_text_color,
        );
        pj::put_message(
            &mut m,
            "background_image_v2",
            self.background_image_v2.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        pj::put_message(&mut m, "gift_image", self.gift_image.as_deref());
        pj::put_int64(&mut m, "agree_msg_id", &self.agree_msg_id);
        pj::put_int32(&mut m, "priority_level", &self.priority_level);
        pj::put_message(
            &mut m,
            "landscape_area_common",
            self.landscape_area_common.as_deref(),
        );
        pj::put_int64(&mut m, "event_time", &self.event_time);
        pj::put_bool(&mut m, "send_review", &self.send_review);
        pj::put_bool(&mut m, "from_intercom", &self.from_intercom);
        pj::put_bool(
            &mut m,
            "intercom_hide_user_card",
            &self.intercom_hide_user_card,
        );
        pj::put_repeated(&mut m, "chat_tags", &self.chat_tags, pj::int32_value);
        pj::put_int64(&mut m, "chat_by", &self.chat_by);
        pj::put_int32(
            &mut m,
            "individual_chat_priority",
            &self.individual_chat_priority,
        );
        pj::put_message(&mut m, "rtf_content", self.rtf_content.as_deref());
        pj::put_message(&mut m, "rtf_content_v2", self.rtf_content_v2.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LandscapeAreaCommon`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LandscapeAreaCommon {
    /// `show_head` = 1.
    #[prost(bool, tag = "1")]
    pub show_head: bool,
    /// `show_nickname` = 2.
    #[prost(bool, tag = "2")]
    pub show_nickname: bool,
    /// `show_font_color` = 3.
    #[prost(bool, tag = "3")]
    pub show_font_color: bool,
    /// `color_value` = 4.
    #[prost(bytes = "bytes", repeated, tag = "4")]
    pub color_value: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `comment_type_tags` = 5.
    #[prost(int32, repeated, tag = "5")]
    pub comment_type_tags: ::prost::alloc::vec::Vec<i32>,
}

impl ProtoJson for LandscapeAreaCommon {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "show_head", &self.show_head);
        pj::put_bool(&mut m, "show_nickname", &self.show_nickname);
        pj::put_bool(&mut m, "show_font_color", &self.show_font_color);
        pj::put_repeated(
            &mut m,
            "color_value",
            &self.color_value,
            pj::str_bytes_value,
        );
        pj::put_repeated(
            &mut m,
            "comment_type_tags",
            &self.comment_type_tags,
            pj::int32_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomUserSeqMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomUserSeqMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `ranks` = 2.
    #[prost(message, repeated, tag = "2")]
    pub ranks: ::prost::alloc::vec::Vec<RoomUserSeqMessageContributor>,
    /// `total` = 3.
    #[prost(int64, tag = "3")]
    pub total: i64,
    /// `pop_str` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub pop_str: ::prost::bytes::Bytes,
    /// `seats` = 5.
    #[prost(message, repeated, tag = "5")]
    pub seats: ::prost::alloc::vec::Vec<RoomUserSeqMessageContributor>,
    /// `popularity` = 6.
    #[prost(int64, tag = "6")]
    pub popularity: i64,
    /// `total_user` = 7.
    #[prost(int64, tag = "7")]
    pub total_user: i64,
    /// `total_user_str` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub total_user_str: ::prost::bytes::Bytes,
    /// `total_str` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub total_str: ::prost::bytes::Bytes,
    /// `online_user_for_anchor` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub online_user_for_anchor: ::prost::bytes::Bytes,
    /// `total_pv_for_anchor` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub total_pv_for_anchor: ::prost::bytes::Bytes,
    /// `up_right_stats_str` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub up_right_stats_str: ::prost::bytes::Bytes,
    /// `up_right_stats_str_complete` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub up_right_stats_str_complete: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomUserSeqMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_repeated(&mut m, "ranks", &self.ranks, pj::msg_value);
        pj::put_int64(&mut m, "total", &self.total);
        pj::put_str_bytes(&mut m, "pop_str", &self.pop_str);
        pj::put_repeated(&mut m, "seats", &self.seats, pj::msg_value);
        pj::put_int64(&mut m, "popularity", &self.popularity);
        pj::put_int64(&mut m, "total_user", &self.total_user);
        pj::put_str_bytes(&mut m, "total_user_str", &self.total_user_str);
        pj::put_str_bytes(&mut m, "total_str", &self.total_str);
        pj::put_str_bytes(
            &mut m,
            "online_user_for_anchor",
            &self.online_user_for_anchor,
        );
        pj::put_str_bytes(&mut m, "total_pv_for_anchor", &self.total_pv_for_anchor);
        pj::put_str_bytes(&mut m, "up_right_stats_str", &self.up_right_stats_str);
        pj::put_str_bytes(
            &mut m,
            "up_right_stats_str_complete",
            &self.up_right_stats_str_complete,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomUserSeqMessage.Contributor`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomUserSeqMessageContributor {
    /// `score` = 1.
    #[prost(int64, tag = "1")]
    pub score: i64,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `rank` = 3.
    #[prost(int64, tag = "3")]
    pub rank: i64,
    /// `delta` = 4.
    #[prost(int64, tag = "4")]
    pub delta: i64,
    /// `is_hidden` = 5.
    #[prost(bool, tag = "5")]
    pub is_hidden: bool,
    /// `score_description` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub score_description: ::prost::bytes::Bytes,
    /// `exactly_score` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub exactly_score: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomUserSeqMessageContributor {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "score", &self.score);
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "rank", &self.rank);
        pj::put_int64(&mut m, "delta", &self.delta);
        pj::put_bool(&mut m, "is_hidden", &self.is_hidden);
        pj::put_str_bytes(&mut m, "score_description", &self.score_description);
        pj::put_str_bytes(&mut m, "exactly_score", &self.exactly_score);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `content` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub content: ::prost::bytes::Bytes,
    /// `support_landscape` = 3.
    #[prost(bool, tag = "3")]
    pub support_landscape: bool,
    /// `roomMessageType` = 4.
    #[prost(int32, tag = "4")]
    pub room_message_type: i32,
    /// `system_top_msg` = 5.
    #[prost(bool, tag = "5")]
    pub system_top_msg: bool,
    /// `forced_guarantee` = 6.
    #[prost(bool, tag = "6")]
    pub forced_guarantee: bool,
    /// `public_area_common` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
    /// `biz_scene` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub biz_scene: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_bool(&mut m, "support_landscape", &self.support_landscape);
        pj::put_int32(&mut m, "roomMessageType", &self.room_message_type);
        pj::put_bool(&mut m, "system_top_msg", &self.system_top_msg);
        pj::put_bool(&mut m, "forced_guarantee", &self.forced_guarantee);
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        pj::put_str_bytes(&mut m, "biz_scene", &self.biz_scene);
        Value::Object(m)
    }
}

/// Proto message `douyin.CommonTextMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CommonTextMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `scene` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub scene: ::prost::bytes::Bytes,
    /// `public_area_common` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for CommonTextMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_str_bytes(&mut m, "scene", &self.scene);
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.UpdateFanTicketMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UpdateFanTicketMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `room_fan_ticket_count_text` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub room_fan_ticket_count_text: ::prost::bytes::Bytes,
    /// `room_fan_ticket_count` = 3.
    #[prost(int64, tag = "3")]
    pub room_fan_ticket_count: i64,
    /// `forceUpdate` = 4.
    #[prost(bool, tag = "4")]
    pub force_update: bool,
}

impl ProtoJson for UpdateFanTicketMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(
            &mut m,
            "room_fan_ticket_count_text",
            &self.room_fan_ticket_count_text,
        );
        pj::put_int64(&mut m, "room_fan_ticket_count", &self.room_fan_ticket_count);
        pj::put_bool(&mut m, "forceUpdate", &self.force_update);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomStatsMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomStatsMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `display_short` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub display_short: ::prost::bytes::Bytes,
    /// `display_middle` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub display_middle: ::prost::bytes::Bytes,
    /// `display_long` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub display_long: ::prost::bytes::Bytes,
    /// `display_value` = 5.
    #[prost(int64, tag = "5")]
    pub display_value: i64,
    /// `display_version` = 6.
    #[prost(int64, tag = "6")]
    pub display_version: i64,
    /// `incremental` = 7.
    #[prost(bool, tag = "7")]
    pub incremental: bool,
    /// `is_hidden` = 8.
    #[prost(bool, tag = "8")]
    pub is_hidden: bool,
    /// `total` = 9.
    #[prost(int64, tag = "9")]
    pub total: i64,
    /// `display_type` = 10.
    #[prost(int64, tag = "10")]
    pub display_type: i64,
}

impl ProtoJson for RoomStatsMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(&mut m, "display_short", &self.display_short);
        pj::put_str_bytes(&mut m, "display_middle", &self.display_middle);
        pj::put_str_bytes(&mut m, "display_long", &self.display_long);
        pj::put_int64(&mut m, "display_value", &self.display_value);
        pj::put_int64(&mut m, "display_version", &self.display_version);
        pj::put_bool(&mut m, "incremental", &self.incremental);
        pj::put_bool(&mut m, "is_hidden", &self.is_hidden);
        pj::put_int64(&mut m, "total", &self.total);
        pj::put_int64(&mut m, "display_type", &self.display_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomRankMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomRankMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `ranks` = 2.
    #[prost(message, repeated, tag = "2")]
    pub ranks: ::prost::alloc::vec::Vec<RoomRankMessageRoomRank>,
}

impl ProtoJson for RoomRankMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_repeated(&mut m, "ranks", &self.ranks, pj::msg_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomRankMessage.RoomRank`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomRankMessageRoomRank {
    /// `user` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `score_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub score_str: ::prost::bytes::Bytes,
    /// `profile_hidden` = 3.
    #[prost(bool, tag = "3")]
    pub profile_hidden: bool,
}

impl ProtoJson for RoomRankMessageRoomRank {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_str_bytes(&mut m, "score_str", &self.score_str);
        pj::put_bool(&mut m, "profile_hidden", &self.profile_hidden);
        Value::Object(m)
    }
}

/// Proto message `douyin.RanklistHourEntranceMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RanklistHourEntranceMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `info` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub info: ::core::option::Option<
        ::prost::alloc::boxed::Box<RanklistHourEntranceMessageRanklistHourEntrance>,
    >,
}

impl ProtoJson for RanklistHourEntranceMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "info", self.info.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RanklistHourEntranceMessage.RanklistHourEntrance`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RanklistHourEntranceMessageRanklistHourEntrance {
    /// `global_infos` = 1.
    #[prost(message, repeated, tag = "1")]
    pub global_infos: ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntranceInfo>,
    /// `default_global_infos` = 2.
    #[prost(message, repeated, tag = "2")]
    pub default_global_infos:
        ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntranceInfo>,
    /// `vertical_infos` = 3.
    #[prost(message, repeated, tag = "3")]
    pub vertical_infos:
        ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntranceInfo>,
    /// `default_vertical_infos` = 4.
    #[prost(message, repeated, tag = "4")]
    pub default_vertical_infos:
        ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntranceInfo>,
}

impl ProtoJson for RanklistHourEntranceMessageRanklistHourEntrance {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "global_infos", &self.global_infos, pj::msg_value);
        pj::put_repeated(
            &mut m,
            "default_global_infos",
            &self.default_global_infos,
            pj::msg_value,
        );
        pj::put_repeated(
            &mut m,
            "vertical_infos",
            &self.vertical_infos,
            pj::msg_value,
        );
        pj::put_repeated(
            &mut m,
            "default_vertical_infos",
            &self.default_vertical_infos,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RanklistHourEntranceMessage.RanklistHourEntrance.Info`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RanklistHourEntranceMessageRanklistHourEntranceInfo {
    /// `details` = 1.
    #[prost(message, repeated, tag = "1")]
    pub details: ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntranceDetail>,
}

impl ProtoJson for RanklistHourEntranceMessageRanklistHourEntranceInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "details", &self.details, pj::msg_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.RanklistHourEntranceMessage.RanklistHourEntrance.Detail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RanklistHourEntranceMessageRanklistHourEntranceDetail {
    /// `pages` = 1.
    #[prost(message, repeated, tag = "1")]
    pub pages: ::prost::alloc::vec::Vec<RanklistHourEntranceMessageRanklistHourEntrancePage>,
    /// `ranklist_type` = 2.
    #[prost(int32, tag = "2")]
    pub ranklist_type: i32,
    /// `title` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub title: ::prost::bytes::Bytes,
    /// `ranklist_extra` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub ranklist_extra: ::prost::bytes::Bytes,
    /// `entrance_extra` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub entrance_extra: ::prost::bytes::Bytes,
    /// `schema` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub schema: ::prost::bytes::Bytes,
}

impl ProtoJson for RanklistHourEntranceMessageRanklistHourEntranceDetail {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "pages", &self.pages, pj::msg_value);
        pj::put_int32(&mut m, "ranklist_type", &self.ranklist_type);
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "ranklist_extra", &self.ranklist_extra);
        pj::put_str_bytes(&mut m, "entrance_extra", &self.entrance_extra);
        pj::put_str_bytes(&mut m, "schema", &self.schema);
        Value::Object(m)
    }
}

/// Proto message `douyin.RanklistHourEntranceMessage.RanklistHourEntrance.Page`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RanklistHourEntranceMessageRanklistHourEntrancePage {
    /// `content` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub content: ::prost::bytes::Bytes,
    /// `background_color` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub background_color: ::prost::bytes::Bytes,
    /// `show_times` = 3.
    #[prost(int64, tag = "3")]
    pub show_times: i64,
    /// `content_type` = 4.
    #[prost(int32, tag = "4")]
    pub content_type: i32,
}

impl ProtoJson for RanklistHourEntranceMessageRanklistHourEntrancePage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_str_bytes(&mut m, "background_color", &self.background_color);
        pj::put_int64(&mut m, "show_times", &self.show_times);
        pj::put_int32(&mut m, "content_type", &self.content_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.InRoomBannerMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct InRoomBannerMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `extra` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub extra: ::prost::bytes::Bytes,
    /// `position` = 3.
    #[prost(int32, tag = "3")]
    pub position: i32,
    /// `action_type` = 4.
    #[prost(int32, tag = "4")]
    pub action_type: i32,
    /// `container_url` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub container_url: ::prost::bytes::Bytes,
    /// `lynx_container_url` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub lynx_container_url: ::prost::bytes::Bytes,
    /// `container_type` = 7.
    #[prost(int32, tag = "7")]
    pub container_type: i32,
    /// `op_type` = 8.
    #[prost(int32, tag = "8")]
    pub op_type: i32,
}

impl ProtoJson for InRoomBannerMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_int32(&mut m, "position", &self.position);
        pj::put_int32(&mut m, "action_type", &self.action_type);
        pj::put_str_bytes(&mut m, "container_url", &self.container_url);
        pj::put_str_bytes(&mut m, "lynx_container_url", &self.lynx_container_url);
        pj::put_int32(&mut m, "container_type", &self.container_type);
        pj::put_int32(&mut m, "op_type", &self.op_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `msg_type` = 2.
    #[prost(int32, tag = "2")]
    pub msg_type: i32,
    /// `promotion_id` = 3.
    #[prost(int64, tag = "3")]
    pub promotion_id: i64,
    /// `target_uid` = 4.
    #[prost(int64, tag = "4")]
    pub target_uid: i64,
    /// `bubble_type` = 5.
    #[prost(int32, tag = "5")]
    pub bubble_type: i32,
    /// `screenshot_timestamp` = 6.
    #[prost(int64, tag = "6")]
    pub screenshot_timestamp: i64,
    /// `sec_target_uid` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub sec_target_uid: ::prost::bytes::Bytes,
    /// `ecom_notice` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub ecom_notice: ::prost::bytes::Bytes,
    /// `updated_product_ids` = 9.
    #[prost(int64, repeated, tag = "9")]
    pub updated_product_ids: ::prost::alloc::vec::Vec<i64>,
    /// `update_type` = 10.
    #[prost(int32, tag = "10")]
    pub update_type: i32,
    /// `updated_product_info` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub updated_product_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedProductInfo>>,
    /// `sold_out` = 12.
    #[prost(bool, tag = "12")]
    pub sold_out: bool,
    /// `updated_coupon_info` = 13.
    #[prost(message, optional, boxed, tag = "13")]
    pub updated_coupon_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedCouponInfo>>,
    /// `updated_campaign_info` = 14.
    #[prost(message, optional, boxed, tag = "14")]
    pub updated_campaign_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedCampaignInfo>>,
    /// `update_timestamp` = 15.
    #[prost(int64, tag = "15")]
    pub update_timestamp: i64,
    /// `button_label` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub button_label: ::prost::bytes::Bytes,
    /// `promotions_num` = 17.
    #[prost(int64, tag = "17")]
    pub promotions_num: i64,
    /// `update_sku_info` = 18.
    #[prost(message, optional, boxed, tag = "18")]
    pub update_sku_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedSkuInfo>>,
    /// `updated_commentary_video_info` = 19.
    #[prost(message, optional, boxed, tag = "19")]
    pub updated_commentary_video_info: ::core::option::Option<
        ::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedCommentaryVideoInfo>,
    >,
    /// `updated_group_info` = 20.
    #[prost(message, optional, boxed, tag = "20")]
    pub updated_group_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedGroupInfo>>,
    /// `commerce_authority_change_toast` = 21.
    #[prost(bytes = "bytes", tag = "21")]
    pub commerce_authority_change_toast: ::prost::bytes::Bytes,
    /// `trace_time_metric` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub trace_time_metric:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageTraceTimeMetric>>,
    /// `auction_success` = 23.
    #[prost(message, optional, boxed, tag = "23")]
    pub auction_success:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageAuctionSuccess>>,
    /// `auction_info` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub auction_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageAuctionInfo>>,
    /// `redpack_activity_info` = 25.
    #[prost(message, optional, boxed, tag = "25")]
    pub redpack_activity_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageRedpackActivityInfo>>,
    /// `updated_cart_info` = 26.
    #[prost(message, optional, boxed, tag = "26")]
    pub updated_cart_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpdatedCartInfo>>,
    /// `lottery_info` = 27.
    #[prost(message, optional, boxed, tag = "27")]
    pub lottery_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageLotteryInfo>>,
    /// `win_lotteryinfo` = 28.
    #[prost(message, optional, boxed, tag = "28")]
    pub win_lotteryinfo:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageWinLotteryInfo>>,
    /// `lottery_info_list` = 29.
    #[prost(message, optional, boxed, tag = "29")]
    pub lottery_info_list:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageLotteryInfoList>>,
    /// `hot_atmosphere` = 30.
    #[prost(message, optional, boxed, tag = "30")]
    pub hot_atmosphere:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageHotAtmosphere>>,
    /// `update_toast` = 31.
    #[prost(bytes = "bytes", tag = "31")]
    pub update_toast: ::prost::bytes::Bytes,
    /// `can_sold` = 32.
    #[prost(bool, tag = "32")]
    pub can_sold: bool,
    /// `logical_clock` = 33.
    #[prost(int64, tag = "33")]
    pub logical_clock: i64,
    /// `room_tag_offline_info` = 34.
    #[prost(message, optional, boxed, tag = "34")]
    pub room_tag_offline_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageRoomTagOfflineInfo>>,
    /// `filter_switch_change_data` = 35.
    #[prost(message, optional, boxed, tag = "35")]
    pub filter_switch_change_data: ::core::option::Option<
        ::prost::alloc::boxed::Box<LiveShoppingMessageFilterSwitchChangeData>,
    >,
    /// `interaction_data` = 36.
    #[prost(message, optional, boxed, tag = "36")]
    pub interaction_data:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageInteractionData>>,
}

impl ProtoJson for LiveShoppingMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(&mut m, "msg_type", &self.msg_type);
        pj::put_int64(&mut m, "promotion_id", &self.promotion_id);
        pj::put_int64(&mut m, "target_uid", &self.target_uid);
        pj::put_int32(&mut m, "bubble_type", &self.bubble_type);
        pj::put_int64(&mut m, "screenshot_timestamp", &self.screenshot_timestamp);
        pj::put_str_bytes(&mut m, "sec_target_uid", &self.sec_target_uid);
        pj::put_str_bytes(&mut m, "ecom_notice", &self.ecom_notice);
        pj::put_repeated(
            &mut m,
            "updated_product_ids",
            &self.updated_product_ids,
            pj::int64_value,
        );
        pj::put_int32(&mut m, "update_type", &self.update_type);
        pj::put_message(
            &mut m,
            "updated_product_info",
            self.updated_product_info.as_deref(),
        );
        pj::put_bool(&mut m, "sold_out", &self.sold_out);
        pj::put_message(
            &mut m,
            "updated_coupon_info",
            self.updated_coupon_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "updated_campaign_info",
            self.updated_campaign_info.as_deref(),
        );
        pj::put_int64(&mut m, "update_timestamp", &self.update_timestamp);
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        pj::put_int64(&mut m, "promotions_num", &self.promotions_num);
        pj::put_message(&mut m, "update_sku_info", self.update_sku_info.as_deref());
        pj::put_message(
            &mut m,
            "updated_commentary_video_info",
            self.updated_commentary_video_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "updated_group_info",
            self.updated_group_info.as_deref(),
        );
        pj::put_str_bytes(
            &mut m,
            "commerce_authority_change_toast",
            &self.commerce_authority_change_toast,
        );
        pj::put_message(
            &mut m,
            "trace_time_metric",
            self.trace_time_metric.as_deref(),
        );
        pj::put_message(&mut m, "auction_success", self.auction_success.as_deref());
        pj::put_message(&mut m, "auction_info", self.auction_info.as_deref());
        pj::put_message(
            &mut m,
            "redpack_activity_info",
            self.redpack_activity_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "updated_cart_info",
            self.updated_cart_info.as_deref(),
        );
        pj::put_message(&mut m, "lottery_info", self.lottery_info.as_deref());
        pj::put_message(&mut m, "win_lotteryinfo", self.win_lotteryinfo.as_deref());
        pj::put_message(
            &mut m,
            "lottery_info_list",
            self.lottery_info_list.as_deref(),
        );
        pj::put_message(&mut m, "hot_atmosphere", self.hot_atmosphere.as_deref());
        pj::put_str_bytes(&mut m, "update_toast", &self.update_toast);
        pj::put_bool(&mut m, "can_sold", &self.can_sold);
        pj::put_int64(&mut m, "logical_clock", &self.logical_clock);
        pj::put_message(
            &mut m,
            "room_tag_offline_info",
            self.room_tag_offline_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "filter_switch_change_data",
            self.filter_switch_change_data.as_deref(),
        );
        pj::put_message(&mut m, "interaction_data", self.interaction_data.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedProductInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedProductInfo {
    /// `price` = 1.
    #[prost(int64, tag = "1")]
    pub price: i64,
    /// `title` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub title: ::prost::bytes::Bytes,
    /// `cover` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub cover: ::prost::bytes::Bytes,
    /// `status` = 4.
    #[prost(int64, tag = "4")]
    pub status: i64,
    /// `pop_upicon` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub pop_upicon: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageUpdatedProductInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "price", &self.price);
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "cover", &self.cover);
        pj::put_int64(&mut m, "status", &self.status);
        pj::put_str_bytes(&mut m, "pop_upicon", &self.pop_upicon);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedCouponInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedCouponInfo {
    /// `tag` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub tag: ::prost::bytes::Bytes,
    /// `coupon_url` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub coupon_url: ::prost::bytes::Bytes,
    /// `coupon_applet` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub coupon_applet: ::prost::bytes::Bytes,
    /// `is_valid` = 4.
    #[prost(bool, tag = "4")]
    pub is_valid: bool,
    /// `coupon_meta_id` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub coupon_meta_id: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageUpdatedCouponInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "tag", &self.tag);
        pj::put_str_bytes(&mut m, "coupon_url", &self.coupon_url);
        pj::put_str_bytes(&mut m, "coupon_applet", &self.coupon_applet);
        pj::put_bool(&mut m, "is_valid", &self.is_valid);
        pj::put_str_bytes(&mut m, "coupon_meta_id", &self.coupon_meta_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedCampaignInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedCampaignInfo {
    /// `is_valid` = 1.
    #[prost(bool, tag = "1")]
    pub is_valid: bool,
    /// `label` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub label: ::prost::bytes::Bytes,
    /// `price` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub price: ::prost::bytes::Bytes,
    /// `pic` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub pic: ::prost::bytes::Bytes,
    /// `start_time` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub start_time: ::prost::bytes::Bytes,
    /// `end_time` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub end_time: ::prost::bytes::Bytes,
    /// `time_start_label` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub time_start_label: ::prost::bytes::Bytes,
    /// `time_end_label` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub time_end_label: ::prost::bytes::Bytes,
    /// `user_limit` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub user_limit: ::prost::bytes::Bytes,
    /// `is_preheat` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub is_preheat: ::prost::bytes::Bytes,
    /// `campaign_id` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub campaign_id: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageUpdatedCampaignInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_valid", &self.is_valid);
        pj::put_str_bytes(&mut m, "label", &self.label);
        pj::put_str_bytes(&mut m, "price", &self.price);
        pj::put_str_bytes(&mut m, "pic", &self.pic);
        pj::put_str_bytes(&mut m, "start_time", &self.start_time);
        pj::put_str_bytes(&mut m, "end_time", &self.end_time);
        pj::put_str_bytes(&mut m, "time_start_label", &self.time_start_label);
        pj::put_str_bytes(&mut m, "time_end_label", &self.time_end_label);
        pj::put_str_bytes(&mut m, "user_limit", &self.user_limit);
        pj::put_str_bytes(&mut m, "is_preheat", &self.is_preheat);
        pj::put_str_bytes(&mut m, "campaign_id", &self.campaign_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedSkuInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedSkuInfo {
    /// `min_price` = 2.
    #[prost(int64, tag = "2")]
    pub min_price: i64,
    /// `max_price` = 3.
    #[prost(int64, tag = "3")]
    pub max_price: i64,
    /// `unuse_min_price` = 4.
    #[prost(int64, tag = "4")]
    pub unuse_min_price: i64,
    /// `coupon_price` = 5.
    #[prost(int64, tag = "5")]
    pub coupon_price: i64,
}

impl ProtoJson for LiveShoppingMessageUpdatedSkuInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "min_price", &self.min_price);
        pj::put_int64(&mut m, "max_price", &self.max_price);
        pj::put_int64(&mut m, "unuse_min_price", &self.unuse_min_price);
        pj::put_int64(&mut m, "coupon_price", &self.coupon_price);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedCommentaryVideoInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedCommentaryVideoInfo {
    /// `action` = 1.
    #[prost(int64, tag = "1")]
    pub action: i64,
}

impl ProtoJson for LiveShoppingMessageUpdatedCommentaryVideoInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "action", &self.action);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedGroupInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedGroupInfo {
    /// `avatar_list` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub avatar_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `joined` = 2.
    #[prost(int64, tag = "2")]
    pub joined: i64,
    /// `group_size` = 3.
    #[prost(int64, tag = "3")]
    pub group_size: i64,
    /// `persent` = 4.
    #[prost(int64, tag = "4")]
    pub persent: i64,
}

impl ProtoJson for LiveShoppingMessageUpdatedGroupInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(
            &mut m,
            "avatar_list",
            &self.avatar_list,
            pj::str_bytes_value,
        );
        pj::put_int64(&mut m, "joined", &self.joined);
        pj::put_int64(&mut m, "group_size", &self.group_size);
        pj::put_int64(&mut m, "persent", &self.persent);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.TraceTimeMetric`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageTraceTimeMetric {
    /// `op_timestamp` = 1.
    #[prost(int64, tag = "1")]
    pub op_timestamp: i64,
    /// `producer_duration` = 2.
    #[prost(int64, tag = "2")]
    pub producer_duration: i64,
    /// `consumer_duration` = 3.
    #[prost(int64, tag = "3")]
    pub consumer_duration: i64,
    /// `msg_send_timestamp` = 4.
    #[prost(int64, tag = "4")]
    pub msg_send_timestamp: i64,
}

impl ProtoJson for LiveShoppingMessageTraceTimeMetric {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "op_timestamp", &self.op_timestamp);
        pj::put_int64(&mut m, "producer_duration", &self.producer_duration);
        pj::put_int64(&mut m, "consumer_duration", &self.consumer_duration);
        pj::put_int64(&mut m, "msg_send_timestamp", &self.msg_send_timestamp);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.AuctionSuccess`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageAuctionSuccess {
    /// `title` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub title: ::prost::bytes::Bytes,
    /// `product_id` = 2.
    #[prost(int64, tag = "2")]
    pub product_id: i64,
    /// `product_name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub product_name: ::prost::bytes::Bytes,
    /// `product_pic` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub product_pic: ::prost::bytes::Bytes,
    /// `price` = 5.
    #[prost(int64, tag = "5")]
    pub price: i64,
    /// `charge` = 6.
    #[prost(int64, tag = "6")]
    pub charge: i64,
    /// `freight` = 7.
    #[prost(int64, tag = "7")]
    pub freight: i64,
    /// `total` = 8.
    #[prost(int64, tag = "8")]
    pub total: i64,
    /// `button_label` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub button_label: ::prost::bytes::Bytes,
    /// `jump_url` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub jump_url: ::prost::bytes::Bytes,
    /// `freight_collect` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub freight_collect: ::prost::bytes::Bytes,
    /// `left_payment_time` = 12.
    #[prost(int64, tag = "12")]
    pub left_payment_time: i64,
    /// `biz_id` = 13.
    #[prost(int32, tag = "13")]
    pub biz_id: i32,
    /// `deposit_info` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub deposit_info: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageAuctionSuccess {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_int64(&mut m, "product_id", &self.product_id);
        pj::put_str_bytes(&mut m, "product_name", &self.product_name);
        pj::put_str_bytes(&mut m, "product_pic", &self.product_pic);
        pj::put_int64(&mut m, "price", &self.price);
        pj::put_int64(&mut m, "charge", &self.charge);
        pj::put_int64(&mut m, "freight", &self.freight);
        pj::put_int64(&mut m, "total", &self.total);
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        pj::put_str_bytes(&mut m, "jump_url", &self.jump_url);
        pj::put_str_bytes(&mut m, "freight_collect", &self.freight_collect);
        pj::put_int64(&mut m, "left_payment_time", &self.left_payment_time);
        pj::put_int32(&mut m, "biz_id", &self.biz_id);
        pj::put_str_bytes(&mut m, "deposit_info", &self.deposit_info);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.AuctionInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageAuctionInfo {
    /// `price` = 1.
    #[prost(int64, tag = "1")]
    pub price: i64,
    /// `price_label` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub price_label: ::prost::bytes::Bytes,
    /// `status` = 3.
    #[prost(int32, tag = "3")]
    pub status: i32,
    /// `jump_url` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub jump_url: ::prost::bytes::Bytes,
    /// `current_user_info` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub current_user_info:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageCurrentUserInfo>>,
    /// `incr_price_lists` = 6.
    #[prost(message, repeated, tag = "6")]
    pub incr_price_lists: ::prost::alloc::vec::Vec<LiveShoppingMessageIncrPriceList>,
    /// `button_label` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub button_label: ::prost::bytes::Bytes,
    /// `product_id` = 8.
    #[prost(int64, tag = "8")]
    pub product_id: i64,
    /// `end_time` = 9.
    #[prost(int64, tag = "9")]
    pub end_time: i64,
    /// `biz_id` = 10.
    #[prost(int32, tag = "10")]
    pub biz_id: i32,
}

impl ProtoJson for LiveShoppingMessageAuctionInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "price", &self.price);
        pj::put_str_bytes(&mut m, "price_label", &self.price_label);
        pj::put_int32(&mut m, "status", &self.status);
        pj::put_str_bytes(&mut m, "jump_url", &self.jump_url);
        pj::put_message(
            &mut m,
            "current_user_info",
            self.current_user_info.as_deref(),
        );
        pj::put_repeated(
            &mut m,
            "incr_price_lists",
            &self.incr_price_lists,
            pj::msg_value,
        );
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        pj::put_int64(&mut m, "product_id", &self.product_id);
        pj::put_int64(&mut m, "end_time", &self.end_time);
        pj::put_int32(&mut m, "biz_id", &self.biz_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.RedpackActivityInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageRedpackActivityInfo {
    /// `redpack_type` = 1.
    #[prost(int64, tag = "1")]
    pub redpack_type: i64,
    /// `redpack_activity_id` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub redpack_activity_id: ::prost::bytes::Bytes,
    /// `redpack_activity_name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub redpack_activity_name: ::prost::bytes::Bytes,
    /// `start_apply_time` = 4.
    #[prost(int64, tag = "4")]
    pub start_apply_time: i64,
    /// `end_apply_time` = 5.
    #[prost(int64, tag = "5")]
    pub end_apply_time: i64,
    /// `preheat_time` = 6.
    #[prost(int64, tag = "6")]
    pub preheat_time: i64,
    /// `total_amount` = 7.
    #[prost(int64, tag = "7")]
    pub total_amount: i64,
    /// `author_avatar_url` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub author_avatar_url: ::prost::bytes::Bytes,
    /// `author_name` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub author_name: ::prost::bytes::Bytes,
    /// `pendant_background_url` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub pendant_background_url: ::prost::bytes::Bytes,
    /// `redpack_front_background_url` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub redpack_front_background_url: ::prost::bytes::Bytes,
    /// `redpack_label` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub redpack_label: ::prost::bytes::Bytes,
    /// `redpack_after_background_url` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub redpack_after_background_url: ::prost::bytes::Bytes,
    /// `redpack_after_belt_url` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub redpack_after_belt_url: ::prost::bytes::Bytes,
    /// `scatter_time` = 15.
    #[prost(int64, tag = "15")]
    pub scatter_time: i64,
    /// `server_time` = 16.
    #[prost(int64, tag = "16")]
    pub server_time: i64,
    /// `max_amount` = 17.
    #[prost(int64, tag = "17")]
    pub max_amount: i64,
    /// `show_type` = 18.
    #[prost(int64, tag = "18")]
    pub show_type: i64,
    /// `shorttouch_pendant_background_url` = 19.
    #[prost(bytes = "bytes", tag = "19")]
    pub shorttouch_pendant_background_url: ::prost::bytes::Bytes,
    /// `shorttouch_pendant_icon_url` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub shorttouch_pendant_icon_url: ::prost::bytes::Bytes,
    /// `shorttouch_lottie_url` = 21.
    #[prost(bytes = "bytes", tag = "21")]
    pub shorttouch_lottie_url: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageRedpackActivityInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "redpack_type", &self.redpack_type);
        pj::put_str_bytes(&mut m, "redpack_activity_id", &self.redpack_activity_id);
        pj::put_str_bytes(&mut m, "redpack_activity_name", &self.redpack_activity_name);
        pj::put_int64(&mut m, "start_apply_time", &self.start_apply_time);
        pj::put_int64(&mut m, "end_apply_time", &self.end_apply_time);
        pj::put_int64(&mut m, "preheat_time", &self.preheat_time);
        pj::put_int64(&mut m, "total_amount", &self.total_amount);
        pj::put_str_bytes(&mut m, "author_avatar_url", &self.author_avatar_url);
        pj::put_str_bytes(&mut m, "author_name", &self.author_name);
        pj::put_str_bytes(
            &mut m,
            "pendant_background_url",
            &self.pendant_background_url,
        );
        pj::put_str_bytes(
            &mut m,
            "redpack_front_background_url",
            &self.redpack_front_background_url,
        );
        pj::put_str_bytes(&mut m, "redpack_label", &self.redpack_label);
        pj::put_str_bytes(
            &mut m,
            "redpack_after_background_url",
            &self.redpack_after_background_url,
        );
        pj::put_str_bytes(
            &mut m,
            "redpack_after_belt_url",
            &self.redpack_after_belt_url,
        );
        pj::put_int64(&mut m, "scatter_time", &self.scatter_time);
        pj::put_int64(&mut m, "server_time", &self.server_time);
        pj::put_int64(&mut m, "max_amount", &self.max_amount);
        pj::put_int64(&mut m, "show_type", &self.show_type);
        pj::put_str_bytes(
            &mut m,
            "shorttouch_pendant_background_url",
            &self.shorttouch_pendant_background_url,
        );
        pj::put_str_bytes(
            &mut m,
            "shorttouch_pendant_icon_url",
            &self.shorttouch_pendant_icon_url,
        );
        pj::put_str_bytes(&mut m, "shorttouch_lottie_url", &self.shorttouch_lottie_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpdatedCartInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpdatedCartInfo {
    /// `vertical` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub vertical:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageCartVertical>>,
    /// `horizontal` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub horizontal:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageCartHorizontal>>,
    /// `global_custom_icons` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub global_custom_icons:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageGlobalCustomIcons>>,
}

impl ProtoJson for LiveShoppingMessageUpdatedCartInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "vertical", self.vertical.as_deref());
        pj::put_message(&mut m, "horizontal", self.horizontal.as_deref());
        pj::put_message(
            &mut m,
            "global_custom_icons",
            self.global_custom_icons.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.WinLotteryInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageWinLotteryInfo {
    /// `title` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub title: ::prost::bytes::Bytes,
    /// `name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub name: ::prost::bytes::Bytes,
    /// `img` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub img: ::prost::bytes::Bytes,
    /// `button_label` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub button_label: ::prost::bytes::Bytes,
    /// `win_record_id` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub win_record_id: ::prost::bytes::Bytes,
    /// `activity_id` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub activity_id: ::prost::bytes::Bytes,
    /// `is_addressed` = 7.
    #[prost(bool, tag = "7")]
    pub is_addressed: bool,
    /// `alert` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub alert:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageWinLotteryAlert>>,
    /// `is_win` = 9.
    #[prost(bool, tag = "9")]
    pub is_win: bool,
    /// `jump_url` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub jump_url: ::prost::bytes::Bytes,
    /// `product_id` = 11.
    #[prost(int64, tag = "11")]
    pub product_id: i64,
    /// `activity_price` = 12.
    #[prost(int64, tag = "12")]
    pub activity_price: i64,
    /// `buy_time` = 13.
    #[prost(int64, tag = "13")]
    pub buy_time: i64,
    /// `lottery_type` = 14.
    #[prost(int64, tag = "14")]
    pub lottery_type: i64,
    /// `product_id_str` = 15.
    #[prost(bytes = "bytes", tag = "15")]
    pub product_id_str: ::prost::bytes::Bytes,
    /// `lottery_info_list` = 16.
    #[prost(message, optional, boxed, tag = "16")]
    pub lottery_info_list:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageLotteryInfoList>>,
}

impl ProtoJson for LiveShoppingMessageWinLotteryInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "img", &self.img);
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        pj::put_str_bytes(&mut m, "win_record_id", &self.win_record_id);
        pj::put_str_bytes(&mut m, "activity_id", &self.activity_id);
        pj::put_bool(&mut m, "is_addressed", &self.is_addressed);
        pj::put_message(&mut m, "alert", self.alert.as_deref());
        pj::put_bool(&mut m, "is_win", &self.is_win);
        pj::put_str_bytes(&mut m, "jump_url", &self.jump_url);
        pj::put_int64(&mut m, "product_id", &self.product_id);
        pj::put_int64(&mut m, "activity_price", &self.activity_price);
        pj::put_int64(&mut m, "buy_time", &self.buy_time);
        pj::put_int64(&mut m, "lottery_type", &self.lottery_type);
        pj::put_str_bytes(&mut m, "product_id_str", &self.product_id_str);
        pj::put_message(
            &mut m,
            "lottery_info_list",
            self.lottery_info_list.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.HotAtmosphere`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageHotAtmosphere {
    /// `img` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub img: ::prost::bytes::Bytes,
    /// `sale_num` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub sale_num: ::prost::bytes::Bytes,
    /// `type` = 3.
    #[prost(int64, tag = "3")]
    pub r#type: i64,
    /// `num` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub num: ::prost::bytes::Bytes,
    /// `bg_color` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub bg_color: ::prost::bytes::Bytes,
    /// `border_color` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub border_color: ::prost::bytes::Bytes,
    /// `left_margin` = 7.
    #[prost(int64, tag = "7")]
    pub left_margin: i64,
    /// `ui_type` = 8.
    #[prost(int64, tag = "8")]
    pub ui_type: i64,
    /// `bg_colors` = 9.
    #[prost(bytes = "bytes", repeated, tag = "9")]
    pub bg_colors: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `border_colors` = 10.
    #[prost(bytes = "bytes", repeated, tag = "10")]
    pub border_colors: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `top_img` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub top_img: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageHotAtmosphere {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "img", &self.img);
        pj::put_str_bytes(&mut m, "sale_num", &self.sale_num);
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_str_bytes(&mut m, "num", &self.num);
        pj::put_str_bytes(&mut m, "bg_color", &self.bg_color);
        pj::put_str_bytes(&mut m, "border_color", &self.border_color);
        pj::put_int64(&mut m, "left_margin", &self.left_margin);
        pj::put_int64(&mut m, "ui_type", &self.ui_type);
        pj::put_repeated(&mut m, "bg_colors", &self.bg_colors, pj::str_bytes_value);
        pj::put_repeated(
            &mut m,
            "border_colors",
            &self.border_colors,
            pj::str_bytes_value,
        );
        pj::put_str_bytes(&mut m, "top_img", &self.top_img);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.CurrentUserInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageCurrentUserInfo {
    /// `user_pic` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub user_pic:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageCurrentUserInfoImg>>,
    /// `user_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub user_name: ::prost::bytes::Bytes,
    /// `user_id` = 3.
    #[prost(int64, tag = "3")]
    pub user_id: i64,
}

impl ProtoJson for LiveShoppingMessageCurrentUserInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "user_pic", self.user_pic.as_deref());
        pj::put_str_bytes(&mut m, "user_name", &self.user_name);
        pj::put_int64(&mut m, "user_id", &self.user_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.CurrentUserInfo.Img`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageCurrentUserInfoImg {
    /// `url_list` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub url_list: ::prost::bytes::Bytes,
    /// `height` = 2.
    #[prost(int32, tag = "2")]
    pub height: i32,
    /// `width` = 3.
    #[prost(int32, tag = "3")]
    pub width: i32,
}

impl ProtoJson for LiveShoppingMessageCurrentUserInfoImg {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "url_list", &self.url_list);
        pj::put_int32(&mut m, "height", &self.height);
        pj::put_int32(&mut m, "width", &self.width);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.IncrPriceList`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageIncrPriceList {
    /// `price` = 1.
    #[prost(int64, tag = "1")]
    pub price: i64,
    /// `range` = 2.
    #[prost(int64, tag = "2")]
    pub range: i64,
}

impl ProtoJson for LiveShoppingMessageIncrPriceList {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "price", &self.price);
        pj::put_int64(&mut m, "range", &self.range);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.CartVertical`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageCartVertical {
    /// `allow_show_cart` = 1.
    #[prost(bool, tag = "1")]
    pub allow_show_cart: bool,
}

impl ProtoJson for LiveShoppingMessageCartVertical {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "allow_show_cart", &self.allow_show_cart);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.CartHorizontal`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageCartHorizontal {
    /// `allow_show_cart` = 1.
    #[prost(bool, tag = "1")]
    pub allow_show_cart: bool,
}

impl ProtoJson for LiveShoppingMessageCartHorizontal {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "allow_show_cart", &self.allow_show_cart);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.GlobalCustomIcons`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageGlobalCustomIcons {
    /// `static_icon_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub static_icon_url: ::prost::bytes::Bytes,
    /// `animated_icon_url` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub animated_icon_url: ::prost::bytes::Bytes,
    /// `animated_common_icon_url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub animated_common_icon_url: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageGlobalCustomIcons {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "static_icon_url", &self.static_icon_url);
        pj::put_str_bytes(&mut m, "animated_icon_url", &self.animated_icon_url);
        pj::put_str_bytes(
            &mut m,
            "animated_common_icon_url",
            &self.animated_common_icon_url,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.LotteryInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageLotteryInfo {
    /// `lottery_type` = 1.
    #[prost(int64, tag = "1")]
    pub lottery_type: i64,
    /// `enter_icon` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub enter_icon: ::prost::bytes::Bytes,
    /// `icon` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub icon: ::prost::bytes::Bytes,
    /// `activity_id` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub activity_id: ::prost::bytes::Bytes,
    /// `open_time` = 5.
    #[prost(int64, tag = "5")]
    pub open_time: i64,
    /// `product_info` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub product_info: ::core::option::Option<
        ::prost::alloc::boxed::Box<LiveShoppingMessageLotteryProductShortInfo>,
    >,
}

impl ProtoJson for LiveShoppingMessageLotteryInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "lottery_type", &self.lottery_type);
        pj::put_str_bytes(&mut m, "enter_icon", &self.enter_icon);
        pj::put_str_bytes(&mut m, "icon", &self.icon);
        pj::put_str_bytes(&mut m, "activity_id", &self.activity_id);
        pj::put_int64(&mut m, "open_time", &self.open_time);
        pj::put_message(&mut m, "product_info", self.product_info.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.WinLotteryAlert`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageWinLotteryAlert {
    /// `title` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub title: ::prost::bytes::Bytes,
    /// `content` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub content: ::prost::bytes::Bytes,
    /// `button_label` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub button_label: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageWinLotteryAlert {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.LotteryProductShortInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageLotteryProductShortInfo {
    /// `product_id` = 1.
    #[prost(int64, tag = "1")]
    pub product_id: i64,
    /// `img` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub img: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageLotteryProductShortInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "product_id", &self.product_id);
        pj::put_str_bytes(&mut m, "img", &self.img);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.LotteryInfoList`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageLotteryInfoList {
    /// `activity_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub activity_id: ::prost::bytes::Bytes,
    /// `task_type` = 2.
    #[prost(int64, tag = "2")]
    pub task_type: i64,
    /// `open_time` = 3.
    #[prost(int64, tag = "3")]
    pub open_time: i64,
    /// `user_activity_status` = 4.
    #[prost(int64, tag = "4")]
    pub user_activity_status: i64,
    /// `win_record_id` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub win_record_id: ::prost::bytes::Bytes,
    /// `result_label` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub result_label: ::prost::bytes::Bytes,
    /// `button_label` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub button_label: ::prost::bytes::Bytes,
    /// `text` = 8.
    #[prost(bytes = "bytes", repeated, tag = "8")]
    pub text: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `jump_url` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub jump_url: ::prost::bytes::Bytes,
    /// `lottery_type` = 10.
    #[prost(int64, tag = "10")]
    pub lottery_type: i64,
    /// `elastic_title` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub elastic_title: ::prost::bytes::Bytes,
    /// `benefit_label` = 12.
    #[prost(message, optional, boxed, tag = "12")]
    pub benefit_label:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageBenefitLabel>>,
}

impl ProtoJson for LiveShoppingMessageLotteryInfoList {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "activity_id", &self.activity_id);
        pj::put_int64(&mut m, "task_type", &self.task_type);
        pj::put_int64(&mut m, "open_time", &self.open_time);
        pj::put_int64(&mut m, "user_activity_status", &self.user_activity_status);
        pj::put_str_bytes(&mut m, "win_record_id", &self.win_record_id);
        pj::put_str_bytes(&mut m, "result_label", &self.result_label);
        pj::put_str_bytes(&mut m, "button_label", &self.button_label);
        pj::put_repeated(&mut m, "text", &self.text, pj::str_bytes_value);
        pj::put_str_bytes(&mut m, "jump_url", &self.jump_url);
        pj::put_int64(&mut m, "lottery_type", &self.lottery_type);
        pj::put_str_bytes(&mut m, "elastic_title", &self.elastic_title);
        pj::put_message(&mut m, "benefit_label", self.benefit_label.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.RoomTagOfflineInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageRoomTagOfflineInfo {
    /// `tag_type` = 1.
    #[prost(int64, tag = "1")]
    pub tag_type: i64,
    /// `user_toast` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub user_toast: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageRoomTagOfflineInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "tag_type", &self.tag_type);
        pj::put_str_bytes(&mut m, "user_toast", &self.user_toast);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.FilterSwitchChangeData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageFilterSwitchChangeData {
    /// `enable` = 1.
    #[prost(bool, tag = "1")]
    pub enable: bool,
    /// `up_icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub up_icon: ::core::option::Option<::prost::alloc::boxed::Box<LiveShoppingMessageUpIcon>>,
}

impl ProtoJson for LiveShoppingMessageFilterSwitchChangeData {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "enable", &self.enable);
        pj::put_message(&mut m, "up_icon", self.up_icon.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.InteractionData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageInteractionData {
    /// `full` = 1.
    #[prost(bool, tag = "1")]
    pub full: bool,
    /// `contents` = 2.
    #[prost(message, repeated, tag = "2")]
    pub contents: ::prost::alloc::vec::Vec<LiveShoppingMessageInteractionContent>,
}

impl ProtoJson for LiveShoppingMessageInteractionData {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "full", &self.full);
        pj::put_repeated(&mut m, "contents", &self.contents, pj::msg_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.BenefitLabel`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageBenefitLabel {
    /// `LeftText` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub left_text: ::prost::bytes::Bytes,
    /// `RightText` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub right_text: ::prost::bytes::Bytes,
    /// `TextStyle` = 3.
    #[prost(int32, tag = "3")]
    pub text_style: i32,
    /// `ColorStyle` = 4.
    #[prost(int32, tag = "4")]
    pub color_style: i32,
    /// `DivLine` = 5.
    #[prost(int32, tag = "5")]
    pub div_line: i32,
}

impl ProtoJson for LiveShoppingMessageBenefitLabel {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "LeftText", &self.left_text);
        pj::put_str_bytes(&mut m, "RightText", &self.right_text);
        pj::put_int32(&mut m, "TextStyle", &self.text_style);
        pj::put_int32(&mut m, "ColorStyle", &self.color_style);
        pj::put_int32(&mut m, "DivLine", &self.div_line);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.UpIcon`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageUpIcon {
    /// `name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub name: ::prost::bytes::Bytes,
    /// `up_icon` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub up_icon: ::prost::bytes::Bytes,
    /// `up_desc` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub up_desc: ::prost::bytes::Bytes,
    /// `public_screen_notice` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub public_screen_notice: ::prost::bytes::Bytes,
}

impl ProtoJson for LiveShoppingMessageUpIcon {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "up_icon", &self.up_icon);
        pj::put_str_bytes(&mut m, "up_desc", &self.up_desc);
        pj::put_str_bytes(&mut m, "public_screen_notice", &self.public_screen_notice);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.InteractionContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageInteractionContent {
    /// `check` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub check: ::core::option::Option<
        ::prost::alloc::boxed::Box<LiveShoppingMessageInteractionContentCheck>,
    >,
    /// `priority` = 2.
    #[prost(int32, tag = "2")]
    pub priority: i32,
    /// `loop_count` = 3.
    #[prost(int32, tag = "3")]
    pub loop_count: i32,
    /// `content` = 4.
    #[prost(message, repeated, tag = "4")]
    pub content: ::prost::alloc::vec::Vec<LiveShoppingMessageInteractionElement>,
}

impl ProtoJson for LiveShoppingMessageInteractionContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "check", self.check.as_deref());
        pj::put_int32(&mut m, "priority", &self.priority);
        pj::put_int32(&mut m, "loop_count", &self.loop_count);
        pj::put_repeated(&mut m, "content", &self.content, pj::msg_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.InteractionContentCheck`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageInteractionContentCheck {
    /// `product_id` = 1.
    #[prost(int64, tag = "1")]
    pub product_id: i64,
    /// `index` = 2.
    #[prost(int32, tag = "2")]
    pub index: i32,
}

impl ProtoJson for LiveShoppingMessageInteractionContentCheck {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "product_id", &self.product_id);
        pj::put_int32(&mut m, "index", &self.index);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.InteractionElement`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageInteractionElement {
    /// `element_type` = 1.
    #[prost(int32, tag = "1")]
    pub element_type: i32,
    /// `text` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub text: ::prost::bytes::Bytes,
    /// `text_color` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub text_color: ::prost::bytes::Bytes,
    /// `avatars` = 4.
    #[prost(message, repeated, tag = "4")]
    pub avatars: ::prost::alloc::vec::Vec<LiveShoppingMessageInteractionAvatar>,
    /// `blank_width` = 5.
    #[prost(int32, tag = "5")]
    pub blank_width: i32,
    /// `text_size` = 6.
    #[prost(int32, tag = "6")]
    pub text_size: i32,
}

impl ProtoJson for LiveShoppingMessageInteractionElement {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "element_type", &self.element_type);
        pj::put_str_bytes(&mut m, "text", &self.text);
        pj::put_str_bytes(&mut m, "text_color", &self.text_color);
        pj::put_repeated(&mut m, "avatars", &self.avatars, pj::msg_value);
        pj::put_int32(&mut m, "blank_width", &self.blank_width);
        pj::put_int32(&mut m, "text_size", &self.text_size);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveShoppingMessage.InteractionAvatar`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveShoppingMessageInteractionAvatar {
    /// `url_list` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub url_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `width` = 2.
    #[prost(int32, tag = "2")]
    pub width: i32,
    /// `height` = 3.
    #[prost(int32, tag = "3")]
    pub height: i32,
}

impl ProtoJson for LiveShoppingMessageInteractionAvatar {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "url_list", &self.url_list, pj::str_bytes_value);
        pj::put_int32(&mut m, "width", &self.width);
        pj::put_int32(&mut m, "height", &self.height);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMicMethod`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicMethod {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `message_type` = 2.
    #[prost(int64, tag = "2")]
    pub message_type: i64,
    /// `access_key` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub access_key: ::prost::bytes::Bytes,
    /// `anchor_linkmic_id` = 4.
    #[prost(int64, tag = "4")]
    pub anchor_linkmic_id: i64,
    /// `user_id` = 5.
    #[prost(int64, tag = "5")]
    pub user_id: i64,
    /// `fan_ticket` = 6.
    #[prost(int64, tag = "6")]
    pub fan_ticket: i64,
    /// `total_linkmic_fan_ticket` = 7.
    #[prost(int64, tag = "7")]
    pub total_linkmic_fan_ticket: i64,
    /// `channel_id` = 8.
    #[prost(int64, tag = "8")]
    pub channel_id: i64,
    /// `layout` = 9.
    #[prost(int64, tag = "9")]
    pub layout: i64,
    /// `vendor` = 10.
    #[prost(int64, tag = "10")]
    pub vendor: i64,
    /// `dimension` = 11.
    #[prost(int64, tag = "11")]
    pub dimension: i64,
    /// `theme` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub theme: ::prost::bytes::Bytes,
    /// `invite_uid` = 13.
    #[prost(int64, tag = "13")]
    pub invite_uid: i64,
    /// `answer` = 14.
    #[prost(int64, tag = "14")]
    pub answer: i64,
    /// `start_time` = 15.
    #[prost(int64, tag = "15")]
    pub start_time: i64,
    /// `duration` = 16.
    #[prost(int64, tag = "16")]
    pub duration: i64,
    /// `user_scores` = 17.
    #[prost(message, repeated, tag = "17")]
    pub user_scores: ::prost::alloc::vec::Vec<LinkMicMethodUserScores>,
    /// `match_type` = 18.
    #[prost(int64, tag = "18")]
    pub match_type: i64,
    /// `win` = 19.
    #[prost(bool, tag = "19")]
    pub win: bool,
    /// `prompts` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub prompts: ::prost::bytes::Bytes,
    /// `to_user_id` = 21.
    #[prost(int64, tag = "21")]
    pub to_user_id: i64,
    /// `linkmic_layout` = 23.
    #[prost(int64, tag = "23")]
    pub linkmic_layout: i64,
    /// `from_user_id` = 24.
    #[prost(int64, tag = "24")]
    pub from_user_id: i64,
    /// `tips` = 25.
    #[prost(bytes = "bytes", tag = "25")]
    pub tips: ::prost::bytes::Bytes,
    /// `start_time_ms` = 26.
    #[prost(int64, tag = "26")]
    pub start_time_ms: i64,
    /// `confluence_type` = 27.
    #[prost(int32, tag = "27")]
    pub confluence_type: i32,
    /// `from_room_id` = 28.
    #[prost(int64, tag = "28")]
    pub from_room_id: i64,
    /// `invite_type` = 29.
    #[prost(int64, tag = "29")]
    pub invite_type: i64,
    /// `sub_type` = 30.
    #[prost(int64, tag = "30")]
    pub sub_type: i64,
    /// `inviter_rival_extra` = 31.
    #[prost(message, optional, boxed, tag = "31")]
    pub inviter_rival_extra: ::core::option::Option<::prost::alloc::boxed::Box<RivalExtraInfo>>,
    /// `rtc_ext_info` = 32.
    #[prost(bytes = "bytes", tag = "32")]
    pub rtc_ext_info: ::prost::bytes::Bytes,
    /// `rtc_app_id` = 33.
    #[prost(bytes = "bytes", tag = "33")]
    pub rtc_app_id: ::prost::bytes::Bytes,
    /// `app_id` = 34.
    #[prost(bytes = "bytes", tag = "34")]
    pub app_id: ::prost::bytes::Bytes,
    /// `app_sign` = 35.
    #[prost(bytes = "bytes", tag = "35")]
    pub app_sign: ::prost::bytes::Bytes,
    /// `rtc_app_sign` = 36.
    #[prost(bytes = "bytes", tag = "36")]
    pub rtc_app_sign: ::prost::bytes::Bytes,
    /// `anchor_linkmic_id_str` = 37.
    #[prost(bytes = "bytes", tag = "37")]
    pub anchor_linkmic_id_str: ::prost::bytes::Bytes,
    /// `rival_anchor_id` = 38.
    #[prost(int64, tag = "38")]
    pub rival_anchor_id: i64,
    /// `rival_linkmic_id` = 39.
    #[prost(int64, tag = "39")]
    pub rival_linkmic_id: i64,
    /// `rival_linkmic_id_str` = 40.
    #[prost(bytes = "bytes", tag = "40")]
    pub rival_linkmic_id_str: ::prost::bytes::Bytes,
    /// `show_popup` = 41.
    #[prost(bool, tag = "41")]
    pub show_popup: bool,
    /// `sec_invite_uid` = 42.
    #[prost(int64, tag = "42")]
    pub sec_invite_uid: i64,
    /// `scene` = 43.
    #[prost(int64, tag = "43")]
    pub scene: i64,
    /// `sec_apply_uid` = 44.
    #[prost(int64, tag = "44")]
    pub sec_apply_uid: i64,
    /// `linked_users` = 45.
    #[prost(message, repeated, tag = "45")]
    pub linked_users: ::prost::alloc::vec::Vec<User>,
    /// `sec_from_user_id` = 46.
    #[prost(bytes = "bytes", tag = "46")]
    pub sec_from_user_id: ::prost::bytes::Bytes,
    /// `reply_type` = 47.
    #[prost(int32, tag = "47")]
    pub reply_type: i32,
    /// `reply_prompts` = 48.
    #[prost(bytes = "bytes", tag = "48")]
    pub reply_prompts: ::prost::bytes::Bytes,
    /// `sec_to_user_id` = 49.
    #[prost(bytes = "bytes", tag = "49")]
    pub sec_to_user_id: ::prost::bytes::Bytes,
    /// `invitor_info` = 50.
    #[prost(message, optional, boxed, tag = "50")]
    pub invitor_info: ::core::option::Option<::prost::alloc::boxed::Box<LinkMicMethodInvitorInfo>>,
    /// `rtc_join_channel` = 51.
    #[prost(bool, tag = "51")]
    pub rtc_join_channel: bool,
    /// `sub_scene` = 52.
    #[prost(int32, tag = "52")]
    pub sub_scene: i32,
    /// `support_update_link_type` = 53.
    #[prost(bool, tag = "53")]
    pub support_update_link_type: bool,
    /// `link_type` = 54.
    #[prost(int32, tag = "54")]
    pub link_type: i32,
    /// `source` = 55.
    #[prost(int32, tag = "55")]
    pub source: i32,
    /// `backup_anchor_linkmic_info` = 56.
    #[prost(message, optional, boxed, tag = "56")]
    pub backup_anchor_linkmic_info:
        ::core::option::Option<::prost::alloc::boxed::Box<AnchorLinkmicInfo>>,
    /// `play_modes` = 57.
    #[prost(int32, repeated, tag = "57")]
    pub play_modes: ::prost::alloc::vec::Vec<i32>,
    /// `linked_list_users` = 58.
    #[prost(message, repeated, tag = "58")]
    pub linked_list_users: ::prost::alloc::vec::Vec<ListUser>,
    /// `locked_positions` = 59.
    #[prost(message, repeated, tag = "59")]
    pub locked_positions: ::prost::alloc::vec::Vec<LinkmicPositionItem>,
    /// `end_reason` = 60.
    #[prost(int32, tag = "60")]
    pub end_reason: i32,
    /// `multi_rtc_info` = 61.
    #[prost(message, optional, boxed, tag = "61")]
    pub multi_rtc_info: ::core::option::Option<::prost::alloc::boxed::Box<MultiRtcInfo>>,
    /// `multi_live_core_info` = 62.
    #[prost(message, optional, boxed, tag = "62")]
    pub multi_live_core_info: ::core::option::Option<::prost::alloc::boxed::Box<MultiLiveCoreInfo>>,
    /// `layout_config_version` = 63.
    #[prost(int32, tag = "63")]
    pub layout_config_version: i32,
    /// `control_type` = 64.
    #[prost(int32, tag = "64")]
    pub control_type: i32,
    /// `ban_anchor_info` = 65.
    #[prost(message, optional, boxed, tag = "65")]
    pub ban_anchor_info: ::core::option::Option<::prost::alloc::boxed::Box<BanUser>>,
    /// `version` = 66.
    #[prost(int64, tag = "66")]
    pub version: i64,
    /// `join_teamfight_info` = 67.
    #[prost(message, optional, boxed, tag = "67")]
    pub join_teamfight_info: ::core::option::Option<::prost::alloc::boxed::Box<JoinTeamfightInfo>>,
    /// `paid_count` = 68.
    #[prost(int64, tag = "68")]
    pub paid_count: i64,
    /// `link_duration` = 69.
    #[prost(int64, tag = "69")]
    pub link_duration: i64,
    /// `live_core_ext_info` = 70.
    #[prost(bytes = "bytes", tag = "70")]
    pub live_core_ext_info: ::prost::bytes::Bytes,
    /// `game_invite_info` = 71.
    #[prost(message, optional, boxed, tag = "71")]
    pub game_invite_info: ::core::option::Option<::prost::alloc::boxed::Box<GameInviteInfo>>,
    /// `ui_layout` = 72.
    #[prost(int32, tag = "72")]
    pub ui_layout: i32,
    /// `invite_message` = 73.
    #[prost(message, optional, boxed, tag = "73")]
    pub invite_message: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `multi_channel_info` = 74.
    #[prost(message, optional, boxed, tag = "74")]
    pub multi_channel_info: ::core::option::Option<::prost::alloc::boxed::Box<MultiChannelInfo>>,
    /// `kick_out_source` = 75.
    #[prost(int32, tag = "75")]
    pub kick_out_source: i32,
    /// `function_type` = 77.
    #[prost(bytes = "bytes", tag = "77")]
    pub function_type: ::prost::bytes::Bytes,
    /// `msg_board_item` = 78.
    #[prost(message, optional, boxed, tag = "78")]
    pub msg_board_item: ::core::option::Option<::prost::alloc::boxed::Box<MsgBoardItemInfo>>,
    /// `from_user_linkmic_id_str` = 79.
    #[prost(bytes = "bytes", tag = "79")]
    pub from_user_linkmic_id_str: ::prost::bytes::Bytes,
    /// `ack_message` = 80.
    #[prost(bytes = "bytes", tag = "80")]
    pub ack_message: ::prost::bytes::Bytes,
    /// `init_source` = 81.
    #[prost(bytes = "bytes", tag = "81")]
    pub init_source: ::prost::bytes::Bytes,
    /// `score_update_log_id` = 82.
    #[prost(bytes = "bytes", tag = "82")]
    pub score_update_log_id: ::prost::bytes::Bytes,
    /// `switch_play_mode` = 83.
    #[prost(int32, tag = "83")]
    pub switch_play_mode: i32,
    /// `update_message_from` = 84.
    #[prost(int32, tag = "84")]
    pub update_message_from: i32,
    /// `guest_linkmic_info` = 85.
    #[prost(message, optional, boxed, tag = "85")]
    pub guest_linkmic_info: ::core::option::Option<::prost::alloc::boxed::Box<LinkmicMediaInfo>>,
    /// `mcu_content` = 86.
    #[prost(message, optional, boxed, tag = "86")]
    pub mcu_content: ::core::option::Option<::prost::alloc::boxed::Box<MCUContent>>,
    /// `breakthrough_info` = 87.
    #[prost(message, optional, boxed, tag = "87")]
    pub breakthrough_info: ::core::option::Option<::prost::alloc::boxed::Box<BreakthroughInfo>>,
    /// `linker_base_info` = 88.
    #[prost(message, optional, boxed, tag = "88")]
    pub linker_base_info: ::core::option::Option<::prost::alloc::boxed::Box<LinkerBaseInfo>>,
    /// `action_source` = 89.
    #[prost(message, optional, boxed, tag = "89")]
    pub action_source: ::core::option::Option<::prost::alloc::boxed::Box<AudienceActionSource>>,
    /// `battle_bar_config` = 90.
    #[prost(message, optional, boxed, tag = "90")]
    pub battle_bar_config: ::core::option::Option<::prost::alloc::boxed::Box<BattleBarConfig>>,
    /// `from_user` = 91.
    #[prost(message, optional, boxed, tag = "91")]
    pub from_user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `auxiliary_score_infos` = 92.
    #[prost(map = "int64, message", tag = "92")]
    pub auxiliary_score_infos: ::std::collections::HashMap<i64, AuxiliaryScoreInfo>,
    /// `linker_session_id` = 93.
    #[prost(bytes = "bytes", tag = "93")]
    pub linker_session_id: ::prost::bytes::Bytes,
    /// `remote_linker_session_id` = 94.
    #[prost(bytes = "bytes", tag = "94")]
    pub remote_linker_session_id: ::prost::bytes::Bytes,
    /// `link_game_info` = 95.
    #[prost(message, optional, boxed, tag = "95")]
    pub link_game_info: ::core::option::Option<::prost::alloc::boxed::Box<LinkGameInfo>>,
    /// `invite_image` = 96.
    #[prost(message, optional, boxed, tag = "96")]
    pub invite_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `invite_prompt` = 97.
    #[prost(bytes = "bytes", tag = "97")]
    pub invite_prompt: ::prost::bytes::Bytes,
    /// `open_id` = 5000.
    #[prost(bytes = "bytes", tag = "5000")]
    pub open_id: ::prost::bytes::Bytes,
    /// `invite_open_id` = 5001.
    #[prost(bytes = "bytes", tag = "5001")]
    pub invite_open_id: ::prost::bytes::Bytes,
    /// `to_open_id` = 5002.
    #[prost(bytes = "bytes", tag = "5002")]
    pub to_open_id: ::prost::bytes::Bytes,
    /// `from_open_id` = 5003.
    #[prost(bytes = "bytes", tag = "5003")]
    pub from_open_id: ::prost::bytes::Bytes,
    /// `rival_anchor_open_id` = 5004.
    #[prost(bytes = "bytes", tag = "5004")]
    pub rival_anchor_open_id: ::prost::bytes::Bytes,
}

impl ProtoJson for LinkMicMethod {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "message_type", &self.message_type);
        pj::put_str_bytes(&mut m, "access_key", &self.access_key);
        pj::put_int64(&mut m, "anchor_linkmic_id", &self.anchor_linkmic_id);
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_int64(&mut m, "fan_ticket", &self.fan_ticket);
        pj::put_int64(
            &mut m,
            "total_linkmic_fan_ticket",
            &self.total_linkmic_fan_ticket,
        );
        pj::put_int64(&mut m, "channel_id", &self.channel_id);
        pj::put_int64(&mut m, "layout", &self.layout);
        pj::put_int64(&mut m, "vendor", &self.vendor);
        pj::put_int64(&mut m, "dimension", &self.dimension);
        pj::put_str_bytes(&mut m, "theme", &self.theme);
        pj::put_int64(&mut m, "invite_uid", &self.invite_uid);
        pj::put_int64(&mut m, "answer", &self.answer);
        pj::put_int64(&mut m, "start_time", &self.start_time);
        pj::put_int64(&mut m, "duration", &self.duration);
        pj::put_repeated(&mut m, "user_scores", &self.user_scores, pj::msg_value);
        pj::put_int64(&mut m, "match_type", &self.match_type);
        pj::put_bool(&mut m, "win", &self.win);
        pj::put_str_bytes(&mut m, "prompts", &self.prompts);
        pj::put_int64(&mut m, "to_user_id", &self.to_user_id);
        pj::put_int64(&mut m, "linkmic_layout", &self.linkmic_layout);
        pj::put_int64(&mut m, "from_user_id", &self.from_user_id);
        pj::put_str_bytes(&mut m, "tips", &self.tips);
        pj::put_int64(&mut m, "start_time_ms", &self.start_time_ms);
        pj::put_int32(&mut m, "confluence_type", &self.confluence_type);
        pj::put_int64(&mut m, "from_room_id", &self.from_room_id);
        pj::put_int64(&mut m, "invite_type", &self.invite_type);
        pj::put_int64(&mut m, "sub_type", &self.sub_type);
        pj::put_message(
            &mut m,
            "inviter_rival_extra",
            self.inviter_rival_extra.as_deref(),
        );
        pj::put_str_bytes(&mut m, "rtc_ext_info", &self.rtc_ext_info);
        pj::put_str_bytes(&mut m, "rtc_app_id", &self.rtc_app_id);
        pj::put_str_bytes(&mut m, "app_id", &self.app_id);
        pj::put_str_bytes(&mut m, "app_sign", &self.app_sign);
        pj::put_str_bytes(&mut m, "rtc_app_sign", &self.rtc_app_sign);
        pj::put_str_bytes(&mut m, "anchor_linkmic_id_str", &self.anchor_linkmic_id_str);
        pj::put_int64(&mut m, "rival_anchor_id", &self.rival_anchor_id);
        pj::put_int64(&mut m, "rival_linkmic_id", &self.rival_linkmic_id);
        pj::put_str_bytes(&mut m, "rival_linkmic_id_str", &self.rival_linkmic_id_str);
        pj::put_bool(&mut m, "show_popup", &self.show_popup);
        pj::put_int64(&mut m, "sec_invite_uid", &self.sec_invite_uid);
        pj::put_int64(&mut m, "scene", &self.scene);
        pj::put_int64(&mut m, "sec_apply_uid", &self.sec_apply_uid);
        pj::put_repeated(&mut m, "linked_users", &self.linked_users, pj::msg_value);
        pj::put_str_bytes(&mut m, "sec_from_user_id", &self.sec_from_user_id);
        pj::put_int32(&mut m, "reply_type", &self.reply_type);
        pj::put_str_bytes(&mut m, "reply_prompts", &self.reply_prompts);
        pj::put_str_bytes(&mut m, "sec_to_user_id", &self.sec_to_user_id);
        pj::put_message(&mut m, "invitor_info", self.invitor_info.as_deref());
        pj::put_bool(&mut m, "rtc_join_channel", &self.rtc_join_channel);
        pj::put_int32(&mut m, "sub_scene", &self.sub_scene);
        pj::put_bool(
            &mut m,
            "support_update_link_type",
            &self.support_update_link_type,
        );
        pj::put_int32(&mut m, "link_type", &self.link_type);
        pj::put_int32(&mut m, "source", &self.source);
        pj::put_message(
            &mut m,
            "backup_anchor_linkmic_info",
            self.backup_anchor_linkmic_info.as_deref(),
        );
        pj::put_repeated(&mut m, "play_modes", &self.play_modes, pj::int32_value);
        pj::put_repeated(
            &mut m,
            "linked_list_users",
            &self.linked_list_users,
            pj::msg_value,
        );
        pj::put_repeated(
            &mut m,
            "locked_positions",
            &self.locked_positions,
            pj::msg_value,
        );
        pj::put_int32(&mut m, "end_reason", &self.end_reason);
        pj::put_message(&mut m, "multi_rtc_info", self.multi_rtc_info.as_deref());
        pj::put_message(
            &mut m,
            "multi_live_core_info",
            self.multi_live_core_info.as_deref(),
        );
        pj::put_int32(&mut m, "layout_config_version", &self.layout_config_version);
        pj::put_int32(&mut m, "control_type", &self.control_type);
        pj::put_message(&mut m, "ban_anchor_info", self.ban_anchor_info.as_deref());
        pj::put_int64(&mut m, "version", &self.version);
        pj::put_message(
            &mut m,
            "join_teamfight_info",
            self.join_teamfight_info.as_deref(),
        );
        pj::put_int64(&mut m, "paid_count", &self.paid_count);
        pj::put_int64(&mut m, "link_duration", &self.link_duration);
        pj::put_str_bytes(&mut m, "live_core_ext_info", &self.live_core_ext_info);
        pj::put_message(&mut m, "game_invite_info", self.game_invite_info.as_deref());
        pj::put_int32(&mut m, "ui_layout", &self.ui_layout);
        pj::put_message(&mut m, "invite_message", self.invite_message.as_deref());
        pj::put_message(
            &mut m,
            "multi_channel_info",
            self.multi_channel_info.as_deref(),
        );
        pj::put_int32(&mut m, "kick_out_source", &self.kick_out_source);
        pj::put_str_bytes(&mut m, "function_type", &self.function_type);
        pj::put_message(&mut m, "msg_board_item", self.msg_board_item.as_deref());
        pj::put_str_bytes(
            &mut m,
            "from_user_linkmic_id_str",
            &self.from_user_linkmic_id_str,
        );
        pj::put_str_bytes(&mut m, "ack_message", &self.ack_message);
        pj::put_str_bytes(&mut m, "init_source", &self.init_source);
        pj::put_str_bytes(&mut m, "score_update_log_id", &self.score_update_log_id);
        pj::put_int32(&mut m, "switch_play_mode", &self.switch_play_mode);
        pj::put_int32(&mut m, "update_message_from", &self.update_message_from);
        pj::put_message(
            &mut m,
            "guest_linkmic_info",
            self.guest_linkmic_info.as_deref(),
        );
        pj::put_message(&mut m, "mcu_content", self.mcu_content.as_deref());
        pj::put_message(
            &mut m,
            "breakthrough_info",
            self.breakthrough_info.as_deref(),
        );
        pj::put_message(&mut m, "linker_base_info", self.linker_base_info.as_deref());
        pj::put_message(&mut m, "action_source", self.action_source.as_deref());
        pj::put_message(
            &mut m,
            "battle_bar_config",
            self.battle_bar_config.as_deref(),
        );
        pj::put_message(&mut m, "from_user", self.from_user.as_deref());
        pj::put_map(
            &mut m,
            "auxiliary_score_infos",
            &self.auxiliary_score_infos,
            pj::int64_key,
            pj::msg_value,
        );
        pj::put_str_bytes(&mut m, "linker_session_id", &self.linker_session_id);
        pj::put_str_bytes(
            &mut m,
            "remote_linker_session_id",
            &self.remote_linker_session_id,
        );
        pj::put_message(&mut m, "link_game_info", self.link_game_info.as_deref());
        pj::put_message(&mut m, "invite_image", self.invite_image.as_deref());
        pj::put_str_bytes(&mut m, "invite_prompt", &self.invite_prompt);
        pj::put_str_bytes(&mut m, "open_id", &self.open_id);
        pj::put_str_bytes(&mut m, "invite_open_id", &self.invite_open_id);
        pj::put_str_bytes(&mut m, "to_open_id", &self.to_open_id);
        pj::put_str_bytes(&mut m, "from_open_id", &self.from_open_id);
        pj::put_str_bytes(&mut m, "rival_anchor_open_id", &self.rival_anchor_open_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMicMethod.UserScores`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicMethodUserScores {
    /// `score` = 1.
    #[prost(int64, tag = "1")]
    pub score: i64,
    /// `user_id` = 2.
    #[prost(int64, tag = "2")]
    pub user_id: i64,
    /// `weekly_rank` = 3.
    #[prost(int64, tag = "3")]
    pub weekly_rank: i64,
    /// `score_relative_text` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub score_relative_text: ::prost::bytes::Bytes,
    /// `is_large_pk_score` = 5.
    #[prost(bool, tag = "5")]
    pub is_large_pk_score: bool,
    /// `room_like_trigger` = 6.
    #[prost(bool, tag = "6")]
    pub room_like_trigger: bool,
    /// `score_blur_text` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub score_blur_text: ::prost::bytes::Bytes,
    /// `battle_rank` = 8.
    #[prost(int64, tag = "8")]
    pub battle_rank: i64,
    /// `new_score_open` = 9.
    #[prost(bool, tag = "9")]
    pub new_score_open: bool,
    /// `multi_pk_team_score_text` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub multi_pk_team_score_text: ::prost::bytes::Bytes,
    /// `multi_pk_team_score` = 11.
    #[prost(int64, tag = "11")]
    pub multi_pk_team_score: i64,
    /// `multi_pk_team_rank` = 12.
    #[prost(int64, tag = "12")]
    pub multi_pk_team_rank: i64,
    /// `is_multi_pk_relative_text` = 13.
    #[prost(bool, tag = "13")]
    pub is_multi_pk_relative_text: bool,
    /// `cur_add_score_text` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub cur_add_score_text: ::prost::bytes::Bytes,
    /// `buff_score_ratio` = 15.
    #[prost(int64, tag = "15")]
    pub buff_score_ratio: i64,
}

impl ProtoJson for LinkMicMethodUserScores {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "score", &self.score);
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_int64(&mut m, "weekly_rank", &self.weekly_rank);
        pj::put_str_bytes(&mut m, "score_relative_text", &self.score_relative_text);
        pj::put_bool(&mut m, "is_large_pk_score", &self.is_large_pk_score);
        pj::put_bool(&mut m, "room_like_trigger", &self.room_like_trigger);
        pj::put_str_bytes(&mut m, "score_blur_text", &self.score_blur_text);
        pj::put_int64(&mut m, "battle_rank", &self.battle_rank);
        pj::put_bool(&mut m, "new_score_open", &self.new_score_open);
        pj::put_str_bytes(
            &mut m,
            "multi_pk_team_score_text",
            &self.multi_pk_team_score_text,
        );
        pj::put_int64(&mut m, "multi_pk_team_score", &self.multi_pk_team_score);
        pj::put_int64(&mut m, "multi_pk_team_rank", &self.multi_pk_team_rank);
        pj::put_bool(
            &mut m,
            "is_multi_pk_relative_text",
            &self.is_multi_pk_relative_text,
        );
        pj::put_str_bytes(&mut m, "cur_add_score_text", &self.cur_add_score_text);
        pj::put_int64(&mut m, "buff_score_ratio", &self.buff_score_ratio);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMicMethod.InvitorInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicMethodInvitorInfo {
    /// `invitor_nick_name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub invitor_nick_name: ::prost::bytes::Bytes,
    /// `invitor_avatar` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub invitor_avatar: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for LinkMicMethodInvitorInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "invitor_nick_name", &self.invitor_nick_name);
        pj::put_message(&mut m, "invitor_avatar", self.invitor_avatar.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkGameInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkGameInfo {
    /// `game_app_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub game_app_id: ::prost::bytes::Bytes,
    /// `game_extra` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub game_extra: ::prost::bytes::Bytes,
    /// `open_id` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub open_id: ::prost::bytes::Bytes,
    /// `init_param` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub init_param: ::prost::bytes::Bytes,
    /// `link_extra` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub link_extra: ::prost::bytes::Bytes,
    /// `link_biz_extra` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub link_biz_extra: ::core::option::Option<::prost::alloc::boxed::Box<LinkMicBizExtra>>,
}

impl ProtoJson for LinkGameInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "game_app_id", &self.game_app_id);
        pj::put_str_bytes(&mut m, "game_extra", &self.game_extra);
        pj::put_str_bytes(&mut m, "open_id", &self.open_id);
        pj::put_str_bytes(&mut m, "init_param", &self.init_param);
        pj::put_str_bytes(&mut m, "link_extra", &self.link_extra);
        pj::put_message(&mut m, "link_biz_extra", self.link_biz_extra.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMicBizExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicBizExtra {
    /// `open_game_config` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub open_game_config: ::core::option::Option<::prost::alloc::boxed::Box<OpenGameConfig>>,
}

impl ProtoJson for LinkMicBizExtra {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "open_game_config", self.open_game_config.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.OpenGameConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OpenGameConfig {
    /// `app_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub app_id: ::prost::bytes::Bytes,
    /// `app_extra` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub app_extra: ::prost::bytes::Bytes,
    /// `icon_image` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub icon_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `game_title` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub game_title: ::prost::bytes::Bytes,
}

impl ProtoJson for OpenGameConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "app_id", &self.app_id);
        pj::put_str_bytes(&mut m, "app_extra", &self.app_extra);
        pj::put_message(&mut m, "icon_image", self.icon_image.as_deref());
        pj::put_str_bytes(&mut m, "game_title", &self.game_title);
        Value::Object(m)
    }
}

/// Proto message `douyin.AuxiliaryScoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AuxiliaryScoreInfo {
    /// `anchor_score` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub anchor_score: ::prost::bytes::Bytes,
    /// `auxiliary_img` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub auxiliary_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `index` = 3.
    #[prost(int64, tag = "3")]
    pub index: i64,
    /// `gift_id` = 4.
    #[prost(int64, tag = "4")]
    pub gift_id: i64,
    /// `auxiliary_type` = 5.
    #[prost(int64, tag = "5")]
    pub auxiliary_type: i64,
    /// `anchor_score_int` = 6.
    #[prost(int64, tag = "6")]
    pub anchor_score_int: i64,
    /// `no_need_update_score` = 7.
    #[prost(bool, tag = "7")]
    pub no_need_update_score: bool,
}

impl ProtoJson for AuxiliaryScoreInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "anchor_score", &self.anchor_score);
        pj::put_message(&mut m, "auxiliary_img", self.auxiliary_img.as_deref());
        pj::put_int64(&mut m, "index", &self.index);
        pj::put_int64(&mut m, "gift_id", &self.gift_id);
        pj::put_int64(&mut m, "auxiliary_type", &self.auxiliary_type);
        pj::put_int64(&mut m, "anchor_score_int", &self.anchor_score_int);
        pj::put_bool(&mut m, "no_need_update_score", &self.no_need_update_score);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkmicPositionItem`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkmicPositionItem {
    /// `position` = 1.
    #[prost(int64, tag = "1")]
    pub position: i64,
    /// `status` = 2.
    #[prost(int32, tag = "2")]
    pub status: i32,
    /// `active_name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub active_name: ::prost::bytes::Bytes,
    /// `verify_status` = 4.
    #[prost(int32, tag = "4")]
    pub verify_status: i32,
    /// `position_type` = 5.
    #[prost(int32, tag = "5")]
    pub position_type: i32,
    /// `client_ui_position` = 6.
    #[prost(int64, tag = "6")]
    pub client_ui_position: i64,
}

impl ProtoJson for LinkmicPositionItem {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "position", &self.position);
        pj::put_int32(&mut m, "status", &self.status);
        pj::put_str_bytes(&mut m, "active_name", &self.active_name);
        pj::put_int32(&mut m, "verify_status", &self.verify_status);
        pj::put_int32(&mut m, "position_type", &self.position_type);
        pj::put_int64(&mut m, "client_ui_position", &self.client_ui_position);
        Value::Object(m)
    }
}

/// Proto message `douyin.BanUser`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BanUser {
    /// `user_id` = 1.
    #[prost(int64, tag = "1")]
    pub user_id: i64,
    /// `reason` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub reason: ::prost::bytes::Bytes,
    /// `url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub url: ::prost::bytes::Bytes,
    /// `anchor_explain` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub anchor_explain: ::prost::bytes::Bytes,
    /// `audience_explain` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub audience_explain: ::prost::bytes::Bytes,
}

impl ProtoJson for BanUser {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_str_bytes(&mut m, "reason", &self.reason);
        pj::put_str_bytes(&mut m, "url", &self.url);
        pj::put_str_bytes(&mut m, "anchor_explain", &self.anchor_explain);
        pj::put_str_bytes(&mut m, "audience_explain", &self.audience_explain);
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorLinkmicInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorLinkmicInfo {
    /// `rtc_ext_info` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub rtc_ext_info: ::prost::bytes::Bytes,
    /// `linkmic_id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub linkmic_id_str: ::prost::bytes::Bytes,
    /// `use_backup_stream` = 3.
    #[prost(bool, tag = "3")]
    pub use_backup_stream: bool,
}

impl ProtoJson for AnchorLinkmicInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "rtc_ext_info", &self.rtc_ext_info);
        pj::put_str_bytes(&mut m, "linkmic_id_str", &self.linkmic_id_str);
        pj::put_bool(&mut m, "use_backup_stream", &self.use_backup_stream);
        Value::Object(m)
    }
}

/// Proto message `douyin.HostInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct HostInfo {
    /// `is_host` = 1.
    #[prost(int64, tag = "1")]
    pub is_host: i64,
    /// `host_position_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub host_position_name: ::prost::bytes::Bytes,
}

impl ProtoJson for HostInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "is_host", &self.is_host);
        pj::put_str_bytes(&mut m, "host_position_name", &self.host_position_name);
        Value::Object(m)
    }
}

/// Proto message `douyin.MicPosTagInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MicPosTagInfo {
    /// `tag_type` = 1.
    #[prost(int32, tag = "1")]
    pub tag_type: i32,
    /// `tag_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub tag_name: ::prost::bytes::Bytes,
    /// `text_color_value` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub text_color_value: ::prost::bytes::Bytes,
    /// `bg_color_value` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub bg_color_value: ::prost::bytes::Bytes,
    /// `tag_type_id` = 5.
    #[prost(int64, tag = "5")]
    pub tag_type_id: i64,
    /// `bg_color_img` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub bg_color_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `open_tag_desc_page` = 7.
    #[prost(bool, tag = "7")]
    pub open_tag_desc_page: bool,
    /// `schema` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub schema: ::prost::bytes::Bytes,
}

impl ProtoJson for MicPosTagInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "tag_type", &self.tag_type);
        pj::put_str_bytes(&mut m, "tag_name", &self.tag_name);
        pj::put_str_bytes(&mut m, "text_color_value", &self.text_color_value);
        pj::put_str_bytes(&mut m, "bg_color_value", &self.bg_color_value);
        pj::put_int64(&mut m, "tag_type_id", &self.tag_type_id);
        pj::put_message(&mut m, "bg_color_img", self.bg_color_img.as_deref());
        pj::put_bool(&mut m, "open_tag_desc_page", &self.open_tag_desc_page);
        pj::put_str_bytes(&mut m, "schema", &self.schema);
        Value::Object(m)
    }
}

/// Proto message `douyin.BreakthroughInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BreakthroughInfo {
    /// `stage` = 1.
    #[prost(int64, tag = "1")]
    pub stage: i64,
    /// `total_score` = 2.
    #[prost(int64, tag = "2")]
    pub total_score: i64,
    /// `mvp_anchor_id` = 3.
    #[prost(int64, tag = "3")]
    pub mvp_anchor_id: i64,
    /// `state` = 4.
    #[prost(int32, tag = "4")]
    pub state: i32,
}

impl ProtoJson for BreakthroughInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "stage", &self.stage);
        pj::put_int64(&mut m, "total_score", &self.total_score);
        pj::put_int64(&mut m, "mvp_anchor_id", &self.mvp_anchor_id);
        pj::put_int32(&mut m, "state", &self.state);
        Value::Object(m)
    }
}

/// Proto message `douyin.BattleBarConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BattleBarConfig {
    /// `left_color` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub left_color: ::prost::bytes::Bytes,
    /// `right_color` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub right_color: ::prost::bytes::Bytes,
    /// `left_score_view_color` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub left_score_view_color: ::prost::bytes::Bytes,
    /// `right_score_view_color` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub right_score_view_color: ::prost::bytes::Bytes,
    /// `anime_info` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub anime_info: ::core::option::Option<::prost::alloc::boxed::Box<AnimeInfo>>,
}

impl ProtoJson for BattleBarConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "left_color", &self.left_color);
        pj::put_str_bytes(&mut m, "right_color", &self.right_color);
        pj::put_str_bytes(&mut m, "left_score_view_color", &self.left_score_view_color);
        pj::put_str_bytes(
            &mut m,
            "right_score_view_color",
            &self.right_score_view_color,
        );
        pj::put_message(&mut m, "anime_info", self.anime_info.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.AnimeInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnimeInfo {
    /// `bar_type` = 1.
    #[prost(int32, tag = "1")]
    pub bar_type: i32,
    /// `aura_type` = 2.
    #[prost(int32, tag = "2")]
    pub aura_type: i32,
    /// `normal_bar_url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub normal_bar_url: ::prost::bytes::Bytes,
    /// `buff_bar_url` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub buff_bar_url: ::prost::bytes::Bytes,
    /// `steal_tower_bar_url` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub steal_tower_bar_url: ::prost::bytes::Bytes,
    /// `cur_bar_url` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub cur_bar_url: ::prost::bytes::Bytes,
    /// `cur_aura_url` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub cur_aura_url: ::prost::bytes::Bytes,
}

impl ProtoJson for AnimeInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "bar_type", &self.bar_type);
        pj::put_int32(&mut m, "aura_type", &self.aura_type);
        pj::put_str_bytes(&mut m, "normal_bar_url", &self.normal_bar_url);
        pj::put_str_bytes(&mut m, "buff_bar_url", &self.buff_bar_url);
        pj::put_str_bytes(&mut m, "steal_tower_bar_url", &self.steal_tower_bar_url);
        pj::put_str_bytes(&mut m, "cur_bar_url", &self.cur_bar_url);
        pj::put_str_bytes(&mut m, "cur_aura_url", &self.cur_aura_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.ListUserPKContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ListUserPKContent {}

impl ProtoJson for ListUserPKContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ListUserLinkmicContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ListUserLinkmicContent {
    /// `resource_id` = 1.
    #[prost(int64, tag = "1")]
    pub resource_id: i64,
    /// `show_identity` = 2.
    #[prost(bool, tag = "2")]
    pub show_identity: bool,
    /// `pk_user_role` = 3.
    #[prost(int32, tag = "3")]
    pub pk_user_role: i32,
    /// `game_name` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub game_name: ::prost::bytes::Bytes,
    /// `fan_ticket` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub fan_ticket: ::prost::bytes::Bytes,
    /// `join_channel_time` = 6.
    #[prost(int64, tag = "6")]
    pub join_channel_time: i64,
    /// `anchor_auth_role` = 8.
    #[prost(int32, tag = "8")]
    pub anchor_auth_role: i32,
}

impl ProtoJson for ListUserLinkmicContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "resource_id", &self.resource_id);
        pj::put_bool(&mut m, "show_identity", &self.show_identity);
        pj::put_int32(&mut m, "pk_user_role", &self.pk_user_role);
        pj::put_str_bytes(&mut m, "game_name", &self.game_name);
        pj::put_str_bytes(&mut m, "fan_ticket", &self.fan_ticket);
        pj::put_int64(&mut m, "join_channel_time", &self.join_channel_time);
        pj::put_int32(&mut m, "anchor_auth_role", &self.anchor_auth_role);
        Value::Object(m)
    }
}

/// Proto message `douyin.ListUserLinkmicAudienceContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ListUserLinkmicAudienceContent {
    /// `fan_ticket` = 1.
    #[prost(int64, tag = "1")]
    pub fan_ticket: i64,
    /// `host_permission` = 2.
    #[prost(bool, tag = "2")]
    pub host_permission: bool,
    /// `app_id` = 3.
    #[prost(int64, tag = "3")]
    pub app_id: i64,
    /// `client_version` = 4.
    #[prost(int64, tag = "4")]
    pub client_version: i64,
    /// `device_platform` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub device_platform: ::prost::bytes::Bytes,
    /// `join_channel_time` = 6.
    #[prost(int64, tag = "6")]
    pub join_channel_time: i64,
    /// `expected_leave_time` = 7.
    #[prost(int64, tag = "7")]
    pub expected_leave_time: i64,
    /// `in_waiting_list` = 8.
    #[prost(bool, tag = "8")]
    pub in_waiting_list: bool,
    /// `extra` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub extra: ::prost::bytes::Bytes,
    /// `current_time` = 10.
    #[prost(int64, tag = "10")]
    pub current_time: i64,
    /// `fan_ticket_fuzzy_str` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub fan_ticket_fuzzy_str: ::prost::bytes::Bytes,
    /// `list_user_role` = 12.
    #[prost(int32, tag = "12")]
    pub list_user_role: i32,
    /// `fan_ticket_real_str` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub fan_ticket_real_str: ::prost::bytes::Bytes,
    /// `rank_contributor_ids` = 14.
    #[prost(int64, repeated, tag = "14")]
    pub rank_contributor_ids: ::prost::alloc::vec::Vec<i64>,
    /// `mic_dress` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub mic_dress: ::core::option::Option<::prost::alloc::boxed::Box<MicDress>>,
    /// `paid_count` = 16.
    #[prost(int64, tag = "16")]
    pub paid_count: i64,
    /// `is_enlarged` = 17.
    #[prost(bool, tag = "17")]
    pub is_enlarged: bool,
    /// `self_discipline_duration` = 18.
    #[prost(int64, tag = "18")]
    pub self_discipline_duration: i64,
    /// `is_anonymous` = 19.
    #[prost(bool, tag = "19")]
    pub is_anonymous: bool,
    /// `apply_type` = 20.
    #[prost(int32, tag = "20")]
    pub apply_type: i32,
    /// `self_discipline_start_time_ms` = 21.
    #[prost(int64, tag = "21")]
    pub self_discipline_start_time_ms: i64,
    /// `self_discipline_start_time` = 22.
    #[prost(int64, tag = "22")]
    pub self_discipline_start_time: i64,
    /// `self_discripline_target_duration` = 23.
    #[prost(int64, tag = "23")]
    pub self_discripline_target_duration: i64,
    /// `device_id_str` = 24.
    #[prost(bytes = "bytes", tag = "24")]
    pub device_id_str: ::prost::bytes::Bytes,
    /// `themed_competition_role` = 25.
    #[prost(int32, tag = "25")]
    pub themed_competition_role: i32,
}

impl ProtoJson for ListUserLinkmicAudienceContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "fan_ticket", &self.fan_ticket);
        pj::put_bool(&mut m, "host_permission", &self.host_permission);
        pj::put_int64(&mut m, "app_id", &self.app_id);
        pj::put_int64(&mut m, "client_version", &self.client_version);
        pj::put_str_bytes(&mut m, "device_platform", &self.device_platform);
        pj::put_int64(&mut m, "join_channel_time", &self.join_channel_time);
        pj::put_int64(&mut m, "expected_leave_time", &self.expected_leave_time);
        pj::put_bool(&mut m, "in_waiting_list", &self.in_waiting_list);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_int64(&mut m, "current_time", &self.current_time);
        pj::put_str_bytes(&mut m, "fan_ticket_fuzzy_str", &self.fan_ticket_fuzzy_str);
        pj::put_int32(&mut m, "list_user_role", &self.list_user_role);
        pj::put_str_bytes(&mut m, "fan_ticket_real_str", &self.fan_ticket_real_str);
        pj::put_repeated(
            &mut m,
            "rank_contributor_ids",
            &self.rank_contributor_ids,
            pj::int64_value,
        );
        pj::put_message(&mut m, "mic_dress", self.mic_dress.as_deref());
        pj::put_int64(&mut m, "paid_count", &self.paid_count);
        pj::put_bool(&mut m, "is_enlarged", &self.is_enlarged);
        pj::put_int64(
            &mut m,
            "self_discipline_duration",
            &self.self_discipline_duration,
        );
        pj::put_bool(&mut m, "is_anonymous", &self.is_anonymous);
        pj::put_int32(&mut m, "apply_type", &self.apply_type);
        pj::put_int64(
            &mut m,
            "self_discipline_start_time_ms",
            &self.self_discipline_start_time_ms,
        );
        pj::put_int64(
            &mut m,
            "self_discipline_start_time",
            &self.self_discipline_start_time,
        );
        pj::put_int64(
            &mut m,
            "self_discripline_target_duration",
            &self.self_discripline_target_duration,
        );
        pj::put_str_bytes(&mut m, "device_id_str", &self.device_id_str);
        pj::put_int32(
            &mut m,
            "themed_competition_role",
            &self.themed_competition_role,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.MicDress`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MicDress {
    /// `voice_dress` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub voice_dress: ::core::option::Option<::prost::alloc::boxed::Box<VoiceWave>>,
    /// `voice_wave` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub voice_wave: ::core::option::Option<::prost::alloc::boxed::Box<VoiceWave>>,
    /// `customized_random_emoji` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub customized_random_emoji:
        ::core::option::Option<::prost::alloc::boxed::Box<LinkmicCustomizedRandomEmoji>>,
}

impl ProtoJson for MicDress {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "voice_dress", self.voice_dress.as_deref());
        pj::put_message(&mut m, "voice_wave", self.voice_wave.as_deref());
        pj::put_message(
            &mut m,
            "customized_random_emoji",
            self.customized_random_emoji.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.VoiceWave`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VoiceWave {
    /// `dress_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub dress_id: ::prost::bytes::Bytes,
    /// `low_img` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub low_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `medium_img` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub medium_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `high_img` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub high_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for VoiceWave {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "dress_id", &self.dress_id);
        pj::put_message(&mut m, "low_img", self.low_img.as_deref());
        pj::put_message(&mut m, "medium_img", self.medium_img.as_deref());
        pj::put_message(&mut m, "high_img", self.high_img.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.MCUContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MCUContent {
    /// `current_stream_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub current_stream_id: ::prost::bytes::Bytes,
    /// `rivals_stream_id` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub rivals_stream_id: ::prost::bytes::Bytes,
}

impl ProtoJson for MCUContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "current_stream_id", &self.current_stream_id);
        pj::put_str_bytes(&mut m, "rivals_stream_id", &self.rivals_stream_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerBaseInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerBaseInfo {
    /// `scene` = 1.
    #[prost(int32, tag = "1")]
    pub scene: i32,
    /// `play_modes` = 2.
    #[prost(int64, tag = "2")]
    pub play_modes: i64,
    /// `ui_layout` = 3.
    #[prost(int32, tag = "3")]
    pub ui_layout: i32,
    /// `MaxMemberCount` = 4.
    #[prost(int64, tag = "4")]
    pub max_member_count: i64,
}

impl ProtoJson for LinkerBaseInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "scene", &self.scene);
        pj::put_int64(&mut m, "play_modes", &self.play_modes);
        pj::put_int32(&mut m, "ui_layout", &self.ui_layout);
        pj::put_int64(&mut m, "MaxMemberCount", &self.max_member_count);
        Value::Object(m)
    }
}

/// Proto message `douyin.MultiChannelInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MultiChannelInfo {
    /// `use_multi_channel` = 1.
    #[prost(bool, tag = "1")]
    pub use_multi_channel: bool,
}

impl ProtoJson for MultiChannelInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "use_multi_channel", &self.use_multi_channel);
        Value::Object(m)
    }
}

/// Proto message `douyin.AudienceActionSource`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AudienceActionSource {
    /// `invite_source` = 1.
    #[prost(int32, tag = "1")]
    pub invite_source: i32,
    /// `permit_source` = 2.
    #[prost(int32, tag = "2")]
    pub permit_source: i32,
}

impl ProtoJson for AudienceActionSource {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "invite_source", &self.invite_source);
        pj::put_int32(&mut m, "permit_source", &self.permit_source);
        Value::Object(m)
    }
}

/// Proto message `douyin.BattleUserSettings`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BattleUserSettings {
    /// `is_turn_on` = 1.
    #[prost(bool, tag = "1")]
    pub is_turn_on: bool,
    /// `accept_not_follower_invite` = 2.
    #[prost(bool, tag = "2")]
    pub accept_not_follower_invite: bool,
    /// `allow_gift_to_other_anchors` = 3.
    #[prost(bool, tag = "3")]
    pub allow_gift_to_other_anchors: bool,
    /// `accept_friend_invite` = 4.
    #[prost(bool, tag = "4")]
    pub accept_friend_invite: bool,
    /// `accept_hourly_rank_invite` = 5.
    #[prost(bool, tag = "5")]
    pub accept_hourly_rank_invite: bool,
    /// `accept_popularity_rank_invite` = 6.
    #[prost(bool, tag = "6")]
    pub accept_popularity_rank_invite: bool,
    /// `invite_reject_permanent_total` = 7.
    #[prost(int64, tag = "7")]
    pub invite_reject_permanent_total: i64,
    /// `invite_reject_temporary_total` = 8.
    #[prost(int64, tag = "8")]
    pub invite_reject_temporary_total: i64,
    /// `invite_reject_temporary_text` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub invite_reject_temporary_text: ::prost::bytes::Bytes,
    /// `pk_accept_volume_up` = 10.
    #[prost(bool, tag = "10")]
    pub pk_accept_volume_up: bool,
    /// `pk_auto_confirm` = 11.
    #[prost(bool, tag = "11")]
    pub pk_auto_confirm: bool,
    /// `accept_union_recommend_invite` = 12.
    #[prost(bool, tag = "12")]
    pub accept_union_recommend_invite: bool,
}

impl ProtoJson for BattleUserSettings {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_turn_on", &self.is_turn_on);
        pj::put_bool(
            &mut m,
            "accept_not_follower_invite",
            &self.accept_not_follower_invite,
        );
        pj::put_bool(
            &mut m,
            "allow_gift_to_other_anchors",
            &self.allow_gift_to_other_anchors,
        );
        pj::put_bool(&mut m, "accept_friend_invite", &self.accept_friend_invite);
        pj::put_bool(
            &mut m,
            "accept_hourly_rank_invite",
            &self.accept_hourly_rank_invite,
        );
        pj::put_bool(
            &mut m,
            "accept_popularity_rank_invite",
            &self.accept_popularity_rank_invite,
        );
        pj::put_int64(
            &mut m,
            "invite_reject_permanent_total",
            &self.invite_reject_permanent_total,
        );
        pj::put_int64(
            &mut m,
            "invite_reject_temporary_total",
            &self.invite_reject_temporary_total,
        );
        pj::put_str_bytes(
            &mut m,
            "invite_reject_temporary_text",
            &self.invite_reject_temporary_text,
        );
        pj::put_bool(&mut m, "pk_accept_volume_up", &self.pk_accept_volume_up);
        pj::put_bool(&mut m, "pk_auto_confirm", &self.pk_auto_confirm);
        pj::put_bool(
            &mut m,
            "accept_union_recommend_invite",
            &self.accept_union_recommend_invite,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.MultiLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MultiLiveCoreInfo {
    /// `scene` = 1.
    #[prost(int32, tag = "1")]
    pub scene: i32,
    /// `video_equal_room_live_core_info` = 2.
    #[prost(message, optional, tag = "2")]
    pub video_equal_room_live_core_info: ::core::option::Option<VideoEqualRoomLiveCoreInfo>,
    /// `ktv_live_core_info` = 3.
    #[prost(message, optional, tag = "3")]
    pub ktv_live_core_info: ::core::option::Option<KTVLiveCoreInfo>,
    /// `multi_anchor_linkmic_live_core_info` = 4.
    #[prost(message, optional, tag = "4")]
    pub multi_anchor_linkmic_live_core_info: ::core::option::Option<MultiAnchorLinkmicLiveCoreInfo>,
    /// `singing_challenge_live_core_info` = 5.
    #[prost(message, optional, tag = "5")]
    pub singing_challenge_live_core_info: ::core::option::Option<SingingChallengeLiveCoreInfo>,
    /// `video_duo_battle_live_core_info` = 6.
    #[prost(message, optional, tag = "6")]
    pub video_duo_battle_live_core_info: ::core::option::Option<VideoDUOBattleLiveCoreInfo>,
    /// `video_position_live_core_info` = 7.
    #[prost(message, optional, tag = "7")]
    pub video_position_live_core_info: ::core::option::Option<VideoPositionLiveCoreInfo>,
}

impl ProtoJson for MultiLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "scene", &self.scene);
        pj::put_message(
            &mut m,
            "video_equal_room_live_core_info",
            self.video_equal_room_live_core_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "ktv_live_core_info",
            self.ktv_live_core_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "multi_anchor_linkmic_live_core_info",
            self.multi_anchor_linkmic_live_core_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "singing_challenge_live_core_info",
            self.singing_challenge_live_core_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "video_duo_battle_live_core_info",
            self.video_duo_battle_live_core_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "video_position_live_core_info",
            self.video_position_live_core_info.as_ref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.JoinTeamfightInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct JoinTeamfightInfo {
    /// `team_id` = 1.
    #[prost(int64, tag = "1")]
    pub team_id: i64,
    /// `team_id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub team_id_str: ::prost::bytes::Bytes,
}

impl ProtoJson for JoinTeamfightInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "team_id", &self.team_id);
        pj::put_str_bytes(&mut m, "team_id_str", &self.team_id_str);
        Value::Object(m)
    }
}

/// Proto message `douyin.GameInviteInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GameInviteInfo {
    /// `invite_source` = 1.
    #[prost(int32, tag = "1")]
    pub invite_source: i32,
}

impl ProtoJson for GameInviteInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "invite_source", &self.invite_source);
        Value::Object(m)
    }
}

/// Proto message `douyin.BattleTeamTaskMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BattleTeamTaskMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `team_task` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub team_task: ::core::option::Option<::prost::alloc::boxed::Box<TeamTask>>,
    /// `team_task_json` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub team_task_json: ::prost::bytes::Bytes,
}

impl ProtoJson for BattleTeamTaskMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "team_task", self.team_task.as_deref());
        pj::put_str_bytes(&mut m, "team_task_json", &self.team_task_json);
        Value::Object(m)
    }
}

/// Proto message `douyin.TeamTask`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TeamTask {
    /// `battle_id` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub battle_id: ::prost::bytes::Bytes,
    /// `trigger_user_id` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub trigger_user_id: ::prost::bytes::Bytes,
    /// `battle_type` = 5.
    #[prost(int32, tag = "5")]
    pub battle_type: i32,
    /// `webcast_trigger_uid` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub webcast_trigger_uid: ::prost::bytes::Bytes,
    /// `trigger_open_id` = 5001.
    #[prost(bytes = "bytes", tag = "5001")]
    pub trigger_open_id: ::prost::bytes::Bytes,
    /// `info` = 2.
    #[prost(map = "string, message", tag = "2")]
    pub info: ::std::collections::HashMap<::prost::alloc::string::String, TeamTaskInfo>,
    /// `open_info` = 5000.
    #[prost(map = "string, message", tag = "5000")]
    pub open_info: ::std::collections::HashMap<::prost::alloc::string::String, TeamTaskInfo>,
}

impl ProtoJson for TeamTask {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "battle_id", &self.battle_id);
        pj::put_str_bytes(&mut m, "trigger_user_id", &self.trigger_user_id);
        pj::put_int32(&mut m, "battle_type", &self.battle_type);
        pj::put_str_bytes(&mut m, "webcast_trigger_uid", &self.webcast_trigger_uid);
        pj::put_str_bytes(&mut m, "trigger_open_id", &self.trigger_open_id);
        pj::put_map(&mut m, "info", &self.info, pj::string_key, pj::msg_value);
        pj::put_map(
            &mut m,
            "open_info",
            &self.open_info,
            pj::string_key,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.TeamTask.Info`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TeamTaskInfo {
    /// `target_user_count` = 1.
    #[prost(int64, tag = "1")]
    pub target_user_count: i64,
    /// `finish_user_count` = 2.
    #[prost(int64, tag = "2")]
    pub finish_user_count: i64,
    /// `result` = 3.
    #[prost(int32, tag = "3")]
    pub result: i32,
    /// `reward` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub reward: ::core::option::Option<::prost::alloc::boxed::Box<TeamTaskReward>>,
    /// `ratio` = 5.
    #[prost(int64, tag = "5")]
    pub ratio: i64,
    /// `role` = 6.
    #[prost(int32, tag = "6")]
    pub role: i32,
    /// `item_card_info` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub item_card_info: ::core::option::Option<::prost::alloc::boxed::Box<ItemCardInfo>>,
    /// `value_text` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub value_text: ::prost::bytes::Bytes,
    /// `progress_blur_text` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub progress_blur_text: ::prost::bytes::Bytes,
}

impl ProtoJson for TeamTaskInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "target_user_count", &self.target_user_count);
        pj::put_int64(&mut m, "finish_user_count", &self.finish_user_count);
        pj::put_int32(&mut m, "result", &self.result);
        pj::put_message(&mut m, "reward", self.reward.as_deref());
        pj::put_int64(&mut m, "ratio", &self.ratio);
        pj::put_int32(&mut m, "role", &self.role);
        pj::put_message(&mut m, "item_card_info", self.item_card_info.as_deref());
        pj::put_str_bytes(&mut m, "value_text", &self.value_text);
        pj::put_str_bytes(&mut m, "progress_blur_text", &self.progress_blur_text);
        Value::Object(m)
    }
}

/// Proto message `douyin.TeamTask.Reward`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TeamTaskReward {
    /// `begin_second_relative_battle_finish` = 1.
    #[prost(int64, tag = "1")]
    pub begin_second_relative_battle_finish: i64,
    /// `end_second_relative_battle_finish` = 2.
    #[prost(int64, tag = "2")]
    pub end_second_relative_battle_finish: i64,
    /// `reward_score` = 3.
    #[prost(int64, tag = "3")]
    pub reward_score: i64,
    /// `current_reward_buff_multiple` = 4.
    #[prost(int64, tag = "4")]
    pub current_reward_buff_multiple: i64,
}

impl ProtoJson for TeamTaskReward {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(
            &mut m,
            "begin_second_relative_battle_finish",
            &self.begin_second_relative_battle_finish,
        );
        pj::put_int64(
            &mut m,
            "end_second_relative_battle_finish",
            &self.end_second_relative_battle_finish,
        );
        pj::put_int64(&mut m, "reward_score", &self.reward_score);
        pj::put_int64(
            &mut m,
            "current_reward_buff_multiple",
            &self.current_reward_buff_multiple,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.ItemCardInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ItemCardInfo {
    /// `item_card_type` = 1.
    #[prost(int32, tag = "1")]
    pub item_card_type: i32,
    /// `card_play_type` = 2.
    #[prost(int32, tag = "2")]
    pub card_play_type: i32,
    /// `card_value` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub card_value: ::prost::bytes::Bytes,
    /// `rest_duration` = 4.
    #[prost(int64, tag = "4")]
    pub rest_duration: i64,
    /// `failure_time` = 5.
    #[prost(int64, tag = "5")]
    pub failure_time: i64,
    /// `progress_text` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub progress_text: ::prost::bytes::Bytes,
    /// `item_card_status` = 7.
    #[prost(int32, tag = "7")]
    pub item_card_status: i32,
    /// `mystery_rank_n` = 8.
    #[prost(int64, tag = "8")]
    pub mystery_rank_n: i64,
    /// `total_duration` = 9.
    #[prost(int64, tag = "9")]
    pub total_duration: i64,
    /// `card_name` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub card_name: ::prost::bytes::Bytes,
}

impl ProtoJson for ItemCardInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "item_card_type", &self.item_card_type);
        pj::put_int32(&mut m, "card_play_type", &self.card_play_type);
        pj::put_str_bytes(&mut m, "card_value", &self.card_value);
        pj::put_int64(&mut m, "rest_duration", &self.rest_duration);
        pj::put_int64(&mut m, "failure_time", &self.failure_time);
        pj::put_str_bytes(&mut m, "progress_text", &self.progress_text);
        pj::put_int32(&mut m, "item_card_status", &self.item_card_status);
        pj::put_int64(&mut m, "mystery_rank_n", &self.mystery_rank_n);
        pj::put_int64(&mut m, "total_duration", &self.total_duration);
        pj::put_str_bytes(&mut m, "card_name", &self.card_name);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `message_type` = 2.
    #[prost(int64, tag = "2")]
    pub message_type: i64,
    /// `linker_id` = 3.
    #[prost(int64, tag = "3")]
    pub linker_id: i64,
    /// `scene` = 4.
    #[prost(int64, tag = "4")]
    pub scene: i64,
    /// `invite_content` = 5.
    #[prost(message, optional, tag = "5")]
    pub invite_content: ::core::option::Option<LinkerInviteContent>,
    /// `reply_content` = 6.
    #[prost(message, optional, tag = "6")]
    pub reply_content: ::core::option::Option<LinkerReplyContent>,
    /// `create_content` = 7.
    #[prost(message, optional, tag = "7")]
    pub create_content: ::core::option::Option<LinkerCreateContent>,
    /// `close_content` = 8.
    #[prost(message, optional, tag = "8")]
    pub close_content: ::core::option::Option<LinkerCloseContent>,
    /// `enter_content` = 9.
    #[prost(message, optional, tag = "9")]
    pub enter_content: ::core::option::Option<LinkerEnterContent>,
    /// `leave_content` = 10.
    #[prost(message, optional, tag = "10")]
    pub leave_content: ::core::option::Option<LinkerLeaveContent>,
    /// `cancel_content` = 11.
    #[prost(message, optional, tag = "11")]
    pub cancel_content: ::core::option::Option<LinkerCancelContent>,
    /// `kick_out_content` = 12.
    #[prost(message, optional, tag = "12")]
    pub kick_out_content: ::core::option::Option<LinkerKickOutContent>,
    /// `linked_list_change_content` = 13.
    #[prost(message, optional, tag = "13")]
    pub linked_list_change_content: ::core::option::Option<LinkerLinkedListChangeContent>,
    /// `update_user_content` = 14.
    #[prost(message, optional, tag = "14")]
    pub update_user_content: ::core::option::Option<LinkerUpdateUserContent>,
    /// `waiting_list_change_content` = 15.
    #[prost(message, optional, tag = "15")]
    pub waiting_list_change_content: ::core::option::Option<LinkerWaitingListChangeContent>,
    /// `ban_content` = 16.
    #[prost(message, optional, tag = "16")]
    pub ban_content: ::core::option::Option<LinkerBanContent>,
    /// `item_content` = 17.
    #[prost(message, optional, tag = "17")]
    pub item_content: ::core::option::Option<LinkerItemContent>,
    /// `violation_reminder_content` = 18.
    #[prost(message, optional, tag = "18")]
    pub violation_reminder_content: ::core::option::Option<LinkerViolationReminderContent>,
    /// `update_link_type_apply_content` = 19.
    #[prost(message, optional, tag = "19")]
    pub update_link_type_apply_content: ::core::option::Option<LinkerUpdateLinkTypeApplyContent>,
    /// `update_link_type_reply_content` = 20.
    #[prost(message, optional, tag = "20")]
    pub update_link_type_reply_content: ::core::option::Option<LinkerUpdateLinkTypeReplyContent>,
    /// `avatar_audit_content` = 21.
    #[prost(message, optional, tag = "21")]
    pub avatar_audit_content: ::core::option::Option<LinkerAvatarAuditContent>,
    /// `apply_expired_content` = 22.
    #[prost(message, optional, tag = "22")]
    pub apply_expired_content: ::core::option::Option<LinkerApplyExpiredContent>,
    /// `apply_strong_reminder_content` = 23.
    #[prost(message, optional, tag = "23")]
    pub apply_strong_reminder_content: ::core::option::Option<LinkerApplyStrongReminderContent>,
    /// `anchor_stream_switch_content` = 24.
    #[prost(message, optional, tag = "24")]
    pub anchor_stream_switch_content: ::core::option::Option<LinkerAnchorStreamSwitchContent>,
    /// `click_screen_content` = 25.
    #[prost(message, optional, tag = "25")]
    pub click_screen_content: ::core::option::Option<LinkerClickScreenContent>,
    /// `lock_position_content` = 26.
    #[prost(message, optional, tag = "26")]
    pub lock_position_content: ::core::option::Option<LinkerLockPositionContent>,
    /// `follow_strong_guide_content` = 27.
    #[prost(message, optional, tag = "27")]
    pub follow_strong_guide_content: ::core::option::Option<LinkerFollowStrongGuideContent>,
    /// `share_video_im_content` = 28.
    #[prost(message, optional, tag = "28")]
    pub share_video_im_content: ::core::option::Option<LinkerShareVideoImContent>,
    /// `guest_invite_content` = 29.
    #[prost(message, optional, tag = "29")]
    pub guest_invite_content: ::core::option::Option<LinkerGuestInviteContent>,
    /// `exit_cast_screen_content` = 30.
    #[prost(message, optional, tag = "30")]
    pub exit_cast_screen_content: ::core::option::Option<LinkerGuestExitCastScreenContent>,
    /// `switch_scene_content` = 31.
    #[prost(message, optional, tag = "31")]
    pub switch_scene_content: ::core::option::Option<LinkerSwitchSceneContent>,
    /// `link_phase_enter_next_content` = 32.
    #[prost(message, optional, tag = "32")]
    pub link_phase_enter_next_content: ::core::option::Option<LinkPhaseEnterNextNotifyContent>,
    /// `change_play_mode_content` = 33.
    #[prost(message, optional, tag = "33")]
    pub change_play_mode_content: ::core::option::Option<LinkerChangePlayModeContent>,
    /// `low_balance_for_paid_linkmic_content` = 34.
    #[prost(message, optional, tag = "34")]
    pub low_balance_for_paid_linkmic_content:
        ::core::option::Option<LinkerLowBalanceForPaidLinkmicContent>,
    /// `degrade_alert_content` = 35.
    #[prost(message, optional, tag = "35")]
    pub degrade_alert_content: ::core::option::Option<LinkerDegradeAlertContent>,
    /// `enlarge_guest_invite_content` = 36.
    #[prost(message, optional, tag = "36")]
    pub enlarge_guest_invite_content: ::core::option::Option<LinkerEnlargeGuestInviteContent>,
    /// `enlarge_guest_reply_content` = 37.
    #[prost(message, optional, tag = "37")]
    pub enlarge_guest_reply_content: ::core::option::Option<LinkerEnlargeGuestReplyContent>,
    /// `enlarge_guest_apply_content` = 38.
    #[prost(message, optional, tag = "38")]
    pub enlarge_guest_apply_content: ::core::option::Option<LinkerEnlargeGuestApplyContent>,
    /// `prepare_apply_content` = 39.
    #[prost(message, optional, tag = "39")]
    pub prepare_apply_content: ::core::option::Option<LinkPrepareApplyContent>,
    /// `cross_room_update_content` = 40.
    #[prost(message, optional, tag = "40")]
    pub cross_room_update_content: ::core::option::Option<LinkerCrossRoomUpdateContent>,
    /// `change_multi_pk_team_info_content` = 41.
    #[prost(message, optional, tag = "41")]
    pub change_multi_pk_team_info_content:
        ::core::option::Option<LinkerChangeMultiPKTeamInfoContent>,
    /// `cross_room_link_invite_content` = 42.
    #[prost(message, optional, tag = "42")]
    pub cross_room_link_invite_content: ::core::option::Option<CrossRoomLinkInviteContent>,
    /// `cross_room_link_reply_content` = 43.
    #[prost(message, optional, tag = "43")]
    pub cross_room_link_reply_content: ::core::option::Option<CrossRoomLinkReplyContent>,
    /// `cross_room_link_cancel_invite_content` = 44.
    #[prost(message, optional, tag = "44")]
    pub cross_room_link_cancel_invite_content:
        ::core::option::Option<CrossRoomLinkCancelInviteContent>,
    /// `linker_resume_audience_content` = 45.
    #[prost(message, optional, tag = "45")]
    pub linker_resume_audience_content: ::core::option::Option<LinkerResumeAudienceContent>,
    /// `linker_battle_connect_content` = 46.
    #[prost(message, optional, tag = "46")]
    pub linker_battle_connect_content: ::core::option::Option<LinkerBattleConnectContent>,
    /// `linker_resume_apply_content` = 47.
    #[prost(message, optional, tag = "47")]
    pub linker_resume_apply_content: ::core::option::Option<LinkerResumeApplyContent>,
    /// `cross_room_rtc_info_content` = 48.
    #[prost(message, optional, tag = "48")]
    pub cross_room_rtc_info_content: ::core::option::Option<CrossRoomRTCInfoContent>,
    /// `anchor_update_linkmic_config_content` = 49.
    #[prost(message, optional, tag = "49")]
    pub anchor_update_linkmic_config_content:
        ::core::option::Option<AnchorUpdateLinkmicConfigContent>,
    /// `anchor_update_layout_content` = 50.
    #[prost(message, optional, tag = "50")]
    pub anchor_update_layout_content: ::core::option::Option<AnchorUpdateLayoutContent>,
    /// `apply_rank_change_content` = 52.
    #[prost(message, optional, tag = "52")]
    pub apply_rank_change_content: ::core::option::Option<LinkerApplyRankChangeContent>,
    /// `change_media_content` = 53.
    #[prost(message, optional, tag = "53")]
    pub change_media_content: ::core::option::Option<LinkerChangeMediaInfoContent>,
    /// `linker_ui_layout_change_content` = 54.
    #[prost(message, optional, tag = "54")]
    pub linker_ui_layout_change_content: ::core::option::Option<LinkerUILayoutChangeContent>,
    /// `linker_update_waiting_user_offset_content` = 55.
    #[prost(message, optional, tag = "55")]
    pub linker_update_waiting_user_offset_content:
        ::core::option::Option<LinkerUpdateWaitingUserOffsetContent>,
    /// `linker_remove_waiting_user_content` = 56.
    #[prost(message, optional, tag = "56")]
    pub linker_remove_waiting_user_content: ::core::option::Option<LinkerRemoveWaitingUserContent>,
    /// `linker_prepare_invite_content` = 57.
    #[prost(message, optional, tag = "57")]
    pub linker_prepare_invite_content: ::core::option::Option<LinkerPrepareInviteContent>,
    /// `linker_prepare_reply_content` = 58.
    #[prost(message, optional, tag = "58")]
    pub linker_prepare_reply_content: ::core::option::Option<LinkerPrepareReplyContent>,
    /// `linker_confirm_unsilence_content` = 59.
    #[prost(message, optional, tag = "59")]
    pub linker_confirm_unsilence_content: ::core::option::Option<LinkerConfirmUnsilenceContent>,
    /// `switch_channel_invite_content` = 60.
    #[prost(message, optional, tag = "60")]
    pub switch_channel_invite_content: ::core::option::Option<LinkerSwitchChannelInviteContent>,
    /// `switch_channel_reply_content` = 61.
    #[prost(message, optional, tag = "61")]
    pub switch_channel_reply_content: ::core::option::Option<LinkerSwitchChannelReplyContent>,
    /// `switch_channel_cancel_content` = 62.
    #[prost(message, optional, tag = "62")]
    pub switch_channel_cancel_content: ::core::option::Option<LinkerSwitchChannelCancelContent>,
    /// `sys_kick_out_content` = 101.
    #[prost(message, optional, tag = "101")]
    pub sys_kick_out_content: ::core::option::Option<LinkerSysKickOutContent>,
    /// `fallback_scene` = 199.
    #[prost(int64, tag = "199")]
    pub fallback_scene: i64,
    /// `extra` = 200.
    #[prost(bytes = "bytes", tag = "200")]
    pub extra: ::prost::bytes::Bytes,
    /// `linker_base_info` = 201.
    #[prost(message, optional, boxed, tag = "201")]
    pub linker_base_info: ::core::option::Option<::prost::alloc::boxed::Box<LinkerBaseInfo>>,
    /// `public_area_common` = 202.
    #[prost(message, optional, boxed, tag = "202")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for LinkMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "message_type", &self.message_type);
        pj::put_int64(&mut m, "linker_id", &self.linker_id);
        pj::put_int64(&mut m, "scene", &self.scene);
        pj::put_message(&mut m, "invite_content", self.invite_content.as_ref());
        pj::put_message(&mut m, "reply_content", self.reply_content.as_ref());
        pj::put_message(&mut m, "create_content", self.create_content.as_ref());
        pj::put_message(&mut m, "close_content", self.close_content.as_ref());
        pj::put_message(&mut m, "enter_content", self.enter_content.as_ref());
        pj::put_message(&mut m, "leave_content", self.leave_content.as_ref());
        pj::put_message(&mut m, "cancel_content", self.cancel_content.as_ref());
        pj::put_message(&mut m, "kick_out_content", self.kick_out_content.as_ref());
        pj::put_message(
            &mut m,
            "linked_list_change_content",
            self.linked_list_change_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "update_user_content",
            self.update_user_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "waiting_list_change_content",
            self.waiting_list_change_content.as_ref(),
        );
        pj::put_message(&mut m, "ban_content", self.ban_content.as_ref());
        pj::put_message(&mut m, "item_content", self.item_content.as_ref());
        pj::put_message(
            &mut m,
            "violation_reminder_content",
            self.violation_reminder_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "update_link_type_apply_content",
            self.update_link_type_apply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "update_link_type_reply_content",
            self.update_link_type_reply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "avatar_audit_content",
            self.avatar_audit_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "apply_expired_content",
            self.apply_expired_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "apply_strong_reminder_content",
            self.apply_strong_reminder_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "anchor_stream_switch_content",
            self.anchor_stream_switch_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "click_screen_content",
            self.click_screen_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "lock_position_content",
            self.lock_position_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "follow_strong_guide_content",
            self.follow_strong_guide_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "share_video_im_content",
            self.share_video_im_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "guest_invite_content",
            self.guest_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "exit_cast_screen_content",
            self.exit_cast_screen_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "switch_scene_content",
            self.switch_scene_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "link_phase_enter_next_content",
            self.link_phase_enter_next_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "change_play_mode_content",
            self.change_play_mode_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "low_balance_for_paid_linkmic_content",
            self.low_balance_for_paid_linkmic_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "degrade_alert_content",
            self.degrade_alert_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "enlarge_guest_invite_content",
            self.enlarge_guest_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "enlarge_guest_reply_content",
            self.enlarge_guest_reply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "enlarge_guest_apply_content",
            self.enlarge_guest_apply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "prepare_apply_content",
            self.prepare_apply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_update_content",
            self.cross_room_update_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "change_multi_pk_team_info_content",
            self.change_multi_pk_team_info_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_link_invite_content",
            self.cross_room_link_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_link_reply_content",
            self.cross_room_link_reply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_link_cancel_invite_content",
            self.cross_room_link_cancel_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_resume_audience_content",
            self.linker_resume_audience_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_battle_connect_content",
            self.linker_battle_connect_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_resume_apply_content",
            self.linker_resume_apply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_rtc_info_content",
            self.cross_room_rtc_info_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "anchor_update_linkmic_config_content",
            self.anchor_update_linkmic_config_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "anchor_update_layout_content",
            self.anchor_update_layout_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "apply_rank_change_content",
            self.apply_rank_change_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "change_media_content",
            self.change_media_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_ui_layout_change_content",
            self.linker_ui_layout_change_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_update_waiting_user_offset_content",
            self.linker_update_waiting_user_offset_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_remove_waiting_user_content",
            self.linker_remove_waiting_user_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_prepare_invite_content",
            self.linker_prepare_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_prepare_reply_content",
            self.linker_prepare_reply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "linker_confirm_unsilence_content",
            self.linker_confirm_unsilence_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "switch_channel_invite_content",
            self.switch_channel_invite_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "switch_channel_reply_content",
            self.switch_channel_reply_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "switch_channel_cancel_content",
            self.switch_channel_cancel_content.as_ref(),
        );
        pj::put_message(
            &mut m,
            "sys_kick_out_content",
            self.sys_kick_out_content.as_ref(),
        );
        pj::put_int64(&mut m, "fallback_scene", &self.fallback_scene);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_message(&mut m, "linker_base_info", self.linker_base_info.as_deref());
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerInviteContent {}

impl ProtoJson for LinkerInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerReplyContent {}

impl ProtoJson for LinkerReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerCreateContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerCreateContent {}

impl ProtoJson for LinkerCreateContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerCloseContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerCloseContent {}

impl ProtoJson for LinkerCloseContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerEnterContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerEnterContent {}

impl ProtoJson for LinkerEnterContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerLeaveContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerLeaveContent {}

impl ProtoJson for LinkerLeaveContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerCancelContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerCancelContent {}

impl ProtoJson for LinkerCancelContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerKickOutContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerKickOutContent {}

impl ProtoJson for LinkerKickOutContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerLinkedListChangeContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerLinkedListChangeContent {}

impl ProtoJson for LinkerLinkedListChangeContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUpdateUserContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUpdateUserContent {}

impl ProtoJson for LinkerUpdateUserContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerWaitingListChangeContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerWaitingListChangeContent {}

impl ProtoJson for LinkerWaitingListChangeContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerBanContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerBanContent {}

impl ProtoJson for LinkerBanContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerItemContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerItemContent {}

impl ProtoJson for LinkerItemContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerViolationReminderContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerViolationReminderContent {}

impl ProtoJson for LinkerViolationReminderContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUpdateLinkTypeApplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUpdateLinkTypeApplyContent {}

impl ProtoJson for LinkerUpdateLinkTypeApplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUpdateLinkTypeReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUpdateLinkTypeReplyContent {}

impl ProtoJson for LinkerUpdateLinkTypeReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerAvatarAuditContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerAvatarAuditContent {}

impl ProtoJson for LinkerAvatarAuditContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerApplyExpiredContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerApplyExpiredContent {}

impl ProtoJson for LinkerApplyExpiredContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerApplyStrongReminderContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerApplyStrongReminderContent {}

impl ProtoJson for LinkerApplyStrongReminderContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerAnchorStreamSwitchContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerAnchorStreamSwitchContent {}

impl ProtoJson for LinkerAnchorStreamSwitchContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerClickScreenContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerClickScreenContent {}

impl ProtoJson for LinkerClickScreenContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerLockPositionContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerLockPositionContent {}

impl ProtoJson for LinkerLockPositionContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerFollowStrongGuideContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerFollowStrongGuideContent {}

impl ProtoJson for LinkerFollowStrongGuideContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerShareVideoImContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerShareVideoImContent {}

impl ProtoJson for LinkerShareVideoImContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerGuestInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerGuestInviteContent {}

impl ProtoJson for LinkerGuestInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerGuestExitCastScreenContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerGuestExitCastScreenContent {}

impl ProtoJson for LinkerGuestExitCastScreenContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerSwitchSceneContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerSwitchSceneContent {}

impl ProtoJson for LinkerSwitchSceneContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkPhaseEnterNextNotifyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkPhaseEnterNextNotifyContent {}

impl ProtoJson for LinkPhaseEnterNextNotifyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerChangePlayModeContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerChangePlayModeContent {}

impl ProtoJson for LinkerChangePlayModeContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerLowBalanceForPaidLinkmicContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerLowBalanceForPaidLinkmicContent {}

impl ProtoJson for LinkerLowBalanceForPaidLinkmicContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerDegradeAlertContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerDegradeAlertContent {}

impl ProtoJson for LinkerDegradeAlertContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerEnlargeGuestInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerEnlargeGuestInviteContent {}

impl ProtoJson for LinkerEnlargeGuestInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerEnlargeGuestReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerEnlargeGuestReplyContent {}

impl ProtoJson for LinkerEnlargeGuestReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerEnlargeGuestApplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerEnlargeGuestApplyContent {}

impl ProtoJson for LinkerEnlargeGuestApplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkPrepareApplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkPrepareApplyContent {}

impl ProtoJson for LinkPrepareApplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerCrossRoomUpdateContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerCrossRoomUpdateContent {}

impl ProtoJson for LinkerCrossRoomUpdateContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerChangeMultiPKTeamInfoContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerChangeMultiPKTeamInfoContent {}

impl ProtoJson for LinkerChangeMultiPKTeamInfoContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CrossRoomLinkInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CrossRoomLinkInviteContent {}

impl ProtoJson for CrossRoomLinkInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CrossRoomLinkReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CrossRoomLinkReplyContent {}

impl ProtoJson for CrossRoomLinkReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CrossRoomLinkCancelInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CrossRoomLinkCancelInviteContent {}

impl ProtoJson for CrossRoomLinkCancelInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerResumeAudienceContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerResumeAudienceContent {}

impl ProtoJson for LinkerResumeAudienceContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerBattleConnectContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerBattleConnectContent {}

impl ProtoJson for LinkerBattleConnectContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerResumeApplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerResumeApplyContent {}

impl ProtoJson for LinkerResumeApplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CrossRoomRTCInfoContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CrossRoomRTCInfoContent {}

impl ProtoJson for CrossRoomRTCInfoContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorUpdateLinkmicConfigContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorUpdateLinkmicConfigContent {}

impl ProtoJson for AnchorUpdateLinkmicConfigContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorUpdateLayoutContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorUpdateLayoutContent {}

impl ProtoJson for AnchorUpdateLayoutContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerApplyRankChangeContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerApplyRankChangeContent {}

impl ProtoJson for LinkerApplyRankChangeContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerChangeMediaInfoContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerChangeMediaInfoContent {}

impl ProtoJson for LinkerChangeMediaInfoContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUILayoutChangeContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUILayoutChangeContent {}

impl ProtoJson for LinkerUILayoutChangeContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUpdateWaitingUserOffsetContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUpdateWaitingUserOffsetContent {}

impl ProtoJson for LinkerUpdateWaitingUserOffsetContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerRemoveWaitingUserContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerRemoveWaitingUserContent {}

impl ProtoJson for LinkerRemoveWaitingUserContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerPrepareInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerPrepareInviteContent {}

impl ProtoJson for LinkerPrepareInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerPrepareReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerPrepareReplyContent {}

impl ProtoJson for LinkerPrepareReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerConfirmUnsilenceContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerConfirmUnsilenceContent {}

impl ProtoJson for LinkerConfirmUnsilenceContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerSwitchChannelInviteContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerSwitchChannelInviteContent {}

impl ProtoJson for LinkerSwitchChannelInviteContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerSwitchChannelReplyContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerSwitchChannelReplyContent {}

impl ProtoJson for LinkerSwitchChannelReplyContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerSwitchChannelCancelContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerSwitchChannelCancelContent {}

impl ProtoJson for LinkerSwitchChannelCancelContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerSysKickOutContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerSysKickOutContent {}

impl ProtoJson for LinkerSysKickOutContent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.MultiRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MultiRtcInfo {
    /// `scene` = 1.
    #[prost(int32, tag = "1")]
    pub scene: i32,
    /// `video_equal_room_rtc_info` = 2.
    #[prost(message, optional, tag = "2")]
    pub video_equal_room_rtc_info: ::core::option::Option<VideoEqualRoomRtcInfo>,
    /// `multi_anchor_linkmic_rtc_info` = 3.
    #[prost(message, optional, tag = "3")]
    pub multi_anchor_linkmic_rtc_info: ::core::option::Option<MultiAnchorLinkmicRtcInfo>,
    /// `singing_challenge_rtc_info` = 4.
    #[prost(message, optional, tag = "4")]
    pub singing_challenge_rtc_info: ::core::option::Option<SingingChallengeRtcInfo>,
    /// `cross_room_linkmic_rtc_info` = 5.
    #[prost(message, optional, tag = "5")]
    pub cross_room_linkmic_rtc_info: ::core::option::Option<CrossRoomLinkmicRtcInfo>,
    /// `video_duo_battle_rtc_info` = 6.
    #[prost(message, optional, tag = "6")]
    pub video_duo_battle_rtc_info: ::core::option::Option<VideoDUOBattleRtcInfo>,
    /// `video_position_rtc_info` = 7.
    #[prost(message, optional, tag = "7")]
    pub video_position_rtc_info: ::core::option::Option<VideoPositionRtcInfo>,
}

impl ProtoJson for MultiRtcInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "scene", &self.scene);
        pj::put_message(
            &mut m,
            "video_equal_room_rtc_info",
            self.video_equal_room_rtc_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "multi_anchor_linkmic_rtc_info",
            self.multi_anchor_linkmic_rtc_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "singing_challenge_rtc_info",
            self.singing_challenge_rtc_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "cross_room_linkmic_rtc_info",
            self.cross_room_linkmic_rtc_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "video_duo_battle_rtc_info",
            self.video_duo_battle_rtc_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "video_position_rtc_info",
            self.video_position_rtc_info.as_ref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoEqualRoomRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoEqualRoomRtcInfo {}

impl ProtoJson for VideoEqualRoomRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.MultiAnchorLinkmicRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MultiAnchorLinkmicRtcInfo {}

impl ProtoJson for MultiAnchorLinkmicRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.SingingChallengeRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SingingChallengeRtcInfo {}

impl ProtoJson for SingingChallengeRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CrossRoomLinkmicRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CrossRoomLinkmicRtcInfo {}

impl ProtoJson for CrossRoomLinkmicRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoDUOBattleRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoDUOBattleRtcInfo {}

impl ProtoJson for VideoDUOBattleRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoPositionRtcInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoPositionRtcInfo {}

impl ProtoJson for VideoPositionRtcInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkmicMediaInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkmicMediaInfo {
    /// `rtc_ext_info` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub rtc_ext_info: ::prost::bytes::Bytes,
    /// `linkmic_id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub linkmic_id_str: ::prost::bytes::Bytes,
    /// `live_core_ext_info` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub live_core_ext_info: ::prost::bytes::Bytes,
    /// `multi_rtc_info` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub multi_rtc_info: ::core::option::Option<::prost::alloc::boxed::Box<MultiRtcInfo>>,
    /// `multi_live_core_info` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub multi_live_core_info: ::core::option::Option<::prost::alloc::boxed::Box<MultiLiveCoreInfo>>,
}

impl ProtoJson for LinkmicMediaInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "rtc_ext_info", &self.rtc_ext_info);
        pj::put_str_bytes(&mut m, "linkmic_id_str", &self.linkmic_id_str);
        pj::put_str_bytes(&mut m, "live_core_ext_info", &self.live_core_ext_info);
        pj::put_message(&mut m, "multi_rtc_info", self.multi_rtc_info.as_deref());
        pj::put_message(
            &mut m,
            "multi_live_core_info",
            self.multi_live_core_info.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoEqualRoomLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoEqualRoomLiveCoreInfo {}

impl ProtoJson for VideoEqualRoomLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.KTVLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct KTVLiveCoreInfo {}

impl ProtoJson for KTVLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.MultiAnchorLinkmicLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MultiAnchorLinkmicLiveCoreInfo {}

impl ProtoJson for MultiAnchorLinkmicLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.SingingChallengeLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SingingChallengeLiveCoreInfo {}

impl ProtoJson for SingingChallengeLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoDUOBattleLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoDUOBattleLiveCoreInfo {}

impl ProtoJson for VideoDUOBattleLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VideoPositionLiveCoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VideoPositionLiveCoreInfo {}

impl ProtoJson for VideoPositionLiveCoreInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkmicCustomizedRandomEmoji`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkmicCustomizedRandomEmoji {
    /// `status` = 1.
    #[prost(int32, tag = "1")]
    pub status: i32,
    /// `refresh_timestamp` = 2.
    #[prost(int64, tag = "2")]
    pub refresh_timestamp: i64,
    /// `emoji_status_image` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub emoji_status_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `emoji_displayd_dynamic_image` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub emoji_displayd_dynamic_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `random_num` = 5.
    #[prost(int64, tag = "5")]
    pub random_num: i64,
    /// `type` = 6.
    #[prost(int64, tag = "6")]
    pub r#type: i64,
    /// `trigger_reason` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub trigger_reason: ::prost::bytes::Bytes,
}

impl ProtoJson for LinkmicCustomizedRandomEmoji {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "status", &self.status);
        pj::put_int64(&mut m, "refresh_timestamp", &self.refresh_timestamp);
        pj::put_message(
            &mut m,
            "emoji_status_image",
            self.emoji_status_image.as_deref(),
        );
        pj::put_message(
            &mut m,
            "emoji_displayd_dynamic_image",
            self.emoji_displayd_dynamic_image.as_deref(),
        );
        pj::put_int64(&mut m, "random_num", &self.random_num);
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_str_bytes(&mut m, "trigger_reason", &self.trigger_reason);
        Value::Object(m)
    }
}

/// Proto message `douyin.MsgBoardItemInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MsgBoardItemInfo {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub id_str: ::prost::bytes::Bytes,
    /// `sender` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub sender: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `content` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub content: ::prost::bytes::Bytes,
    /// `process_status` = 5.
    #[prost(int32, tag = "5")]
    pub process_status: i32,
    /// `gift_id` = 6.
    #[prost(int64, tag = "6")]
    pub gift_id: i64,
    /// `msg_disappear_time` = 7.
    #[prost(int64, tag = "7")]
    pub msg_disappear_time: i64,
}

impl ProtoJson for MsgBoardItemInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_message(&mut m, "sender", self.sender.as_deref());
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_int32(&mut m, "process_status", &self.process_status);
        pj::put_int64(&mut m, "gift_id", &self.gift_id);
        pj::put_int64(&mut m, "msg_disappear_time", &self.msg_disappear_time);
        Value::Object(m)
    }
}

/// Proto message `douyin.ListUser`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ListUser {
    /// `user` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `linkmic_id` = 2.
    #[prost(int64, tag = "2")]
    pub linkmic_id: i64,
    /// `linkmic_id_str` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub linkmic_id_str: ::prost::bytes::Bytes,
    /// `link_status` = 4.
    #[prost(int32, tag = "4")]
    pub link_status: i32,
    /// `link_type` = 5.
    #[prost(int32, tag = "5")]
    pub link_type: i32,
    /// `user_position` = 6.
    #[prost(int32, tag = "6")]
    pub user_position: i32,
    /// `silence_status` = 7.
    #[prost(int32, tag = "7")]
    pub silence_status: i32,
    /// `modify_time` = 8.
    #[prost(int64, tag = "8")]
    pub modify_time: i64,
    /// `linker_id` = 9.
    #[prost(int64, tag = "9")]
    pub linker_id: i64,
    /// `role_type` = 10.
    #[prost(int32, tag = "10")]
    pub role_type: i32,
    /// `content` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub content: ::core::option::Option<::prost::alloc::boxed::Box<ListUserContent>>,
    /// `mc_status` = 12.
    #[prost(int64, tag = "12")]
    pub mc_status: i64,
    /// `is_background` = 13.
    #[prost(int64, tag = "13")]
    pub is_background: i64,
    /// `host` = 14.
    #[prost(message, optional, boxed, tag = "14")]
    pub host: ::core::option::Option<::prost::alloc::boxed::Box<HostInfo>>,
    /// `mic_pos_tag_info` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub mic_pos_tag_info: ::core::option::Option<::prost::alloc::boxed::Box<MicPosTagInfo>>,
    /// `pk_available` = 16.
    #[prost(bool, tag = "16")]
    pub pk_available: bool,
    /// `extra` = 200.
    #[prost(bytes = "bytes", tag = "200")]
    pub extra: ::prost::bytes::Bytes,
}

impl ProtoJson for ListUser {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "linkmic_id", &self.linkmic_id);
        pj::put_str_bytes(&mut m, "linkmic_id_str", &self.linkmic_id_str);
        pj::put_int32(&mut m, "link_status", &self.link_status);
        pj::put_int32(&mut m, "link_type", &self.link_type);
        pj::put_int32(&mut m, "user_position", &self.user_position);
        pj::put_int32(&mut m, "silence_status", &self.silence_status);
        pj::put_int64(&mut m, "modify_time", &self.modify_time);
        pj::put_int64(&mut m, "linker_id", &self.linker_id);
        pj::put_int32(&mut m, "role_type", &self.role_type);
        pj::put_message(&mut m, "content", self.content.as_deref());
        pj::put_int64(&mut m, "mc_status", &self.mc_status);
        pj::put_int64(&mut m, "is_background", &self.is_background);
        pj::put_message(&mut m, "host", self.host.as_deref());
        pj::put_message(&mut m, "mic_pos_tag_info", self.mic_pos_tag_info.as_deref());
        pj::put_bool(&mut m, "pk_available", &self.pk_available);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        Value::Object(m)
    }
}

/// Proto message `douyin.ListUser.Content`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ListUserContent {
    /// `pk_content` = 1.
    #[prost(message, optional, tag = "1")]
    pub pk_content: ::core::option::Option<ListUserPKContent>,
    /// `linkmic_content` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub linkmic_content: ::core::option::Option<::prost::alloc::boxed::Box<ListUserLinkmicContent>>,
    /// `linkmic_audience_content` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub linkmic_audience_content:
        ::core::option::Option<::prost::alloc::boxed::Box<ListUserLinkmicAudienceContent>>,
}

impl ProtoJson for ListUserContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "pk_content", self.pk_content.as_ref());
        pj::put_message(&mut m, "linkmic_content", self.linkmic_content.as_deref());
        pj::put_message(
            &mut m,
            "linkmic_audience_content",
            self.linkmic_audience_content.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RivalExtraInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RivalExtraInfo {
    /// `text` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub text: ::prost::bytes::Bytes,
    /// `text_type` = 2.
    #[prost(int32, tag = "2")]
    pub text_type: i32,
    /// `label` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub label: ::prost::bytes::Bytes,
    /// `anchor_layer` = 4.
    #[prost(int32, tag = "4")]
    pub anchor_layer: i32,
    /// `linker_info` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub linker_info: ::core::option::Option<::prost::alloc::boxed::Box<RivalExtraInfoLinkerInfo>>,
    /// `battle_user_settings` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub battle_user_settings:
        ::core::option::Option<::prost::alloc::boxed::Box<BattleUserSettings>>,
    /// `video_show_score` = 8.
    #[prost(int64, tag = "8")]
    pub video_show_score: i64,
    /// `game_info` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub game_info: ::core::option::Option<::prost::alloc::boxed::Box<RivalExtraInfoGameInfo>>,
    /// `sign_extra` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub sign_extra: ::prost::bytes::Bytes,
    /// `recommend_info` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub recommend_info: ::prost::bytes::Bytes,
    /// `from_server_invite_type` = 12.
    #[prost(int32, tag = "12")]
    pub from_server_invite_type: i32,
}

impl ProtoJson for RivalExtraInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "text", &self.text);
        pj::put_int32(&mut m, "text_type", &self.text_type);
        pj::put_str_bytes(&mut m, "label", &self.label);
        pj::put_int32(&mut m, "anchor_layer", &self.anchor_layer);
        pj::put_message(&mut m, "linker_info", self.linker_info.as_deref());
        pj::put_message(
            &mut m,
            "battle_user_settings",
            self.battle_user_settings.as_deref(),
        );
        pj::put_int64(&mut m, "video_show_score", &self.video_show_score);
        pj::put_message(&mut m, "game_info", self.game_info.as_deref());
        pj::put_str_bytes(&mut m, "sign_extra", &self.sign_extra);
        pj::put_str_bytes(&mut m, "recommend_info", &self.recommend_info);
        pj::put_int32(
            &mut m,
            "from_server_invite_type",
            &self.from_server_invite_type,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RivalExtraInfo.UserInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RivalExtraInfoUserInfo {
    /// `user_id` = 1.
    #[prost(int64, tag = "1")]
    pub user_id: i64,
    /// `nick_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub nick_name: ::prost::bytes::Bytes,
    /// `avatar_thumb` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub avatar_thumb: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for RivalExtraInfoUserInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_str_bytes(&mut m, "nick_name", &self.nick_name);
        pj::put_message(&mut m, "avatar_thumb", self.avatar_thumb.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RivalExtraInfo.LinkerInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RivalExtraInfoLinkerInfo {
    /// `linked_users` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub linked_users: ::core::option::Option<::prost::alloc::boxed::Box<RivalExtraInfoUserInfo>>,
}

impl ProtoJson for RivalExtraInfoLinkerInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "linked_users", self.linked_users.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RivalExtraInfo.GameInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RivalExtraInfoGameInfo {
    /// `game_text` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub game_text: ::prost::bytes::Bytes,
    /// `game_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub game_name: ::prost::bytes::Bytes,
}

impl ProtoJson for RivalExtraInfoGameInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "game_text", &self.game_text);
        pj::put_str_bytes(&mut m, "game_name", &self.game_name);
        Value::Object(m)
    }
}

/// Proto message `douyin.FlexImageStruct`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FlexImageStruct {
    /// `url_list` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub url_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `uri` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub uri: ::prost::bytes::Bytes,
    /// `flex_setting` = 3.
    #[prost(int64, repeated, tag = "3")]
    pub flex_setting: ::prost::alloc::vec::Vec<i64>,
    /// `text_setting` = 4.
    #[prost(int64, repeated, tag = "4")]
    pub text_setting: ::prost::alloc::vec::Vec<i64>,
    /// `top_border_height` = 5.
    #[prost(int64, tag = "5")]
    pub top_border_height: i64,
}

impl ProtoJson for FlexImageStruct {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "url_list", &self.url_list, pj::str_bytes_value);
        pj::put_str_bytes(&mut m, "uri", &self.uri);
        pj::put_repeated(&mut m, "flex_setting", &self.flex_setting, pj::int64_value);
        pj::put_repeated(&mut m, "text_setting", &self.text_setting, pj::int64_value);
        pj::put_int64(&mut m, "top_border_height", &self.top_border_height);
        Value::Object(m)
    }
}

/// Proto message `douyin.ScreenChatMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ScreenChatMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `screen_chat_type` = 3.
    #[prost(int64, tag = "3")]
    pub screen_chat_type: i64,
    /// `content` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub content: ::prost::bytes::Bytes,
    /// `priority` = 5.
    #[prost(int64, tag = "5")]
    pub priority: i64,
    /// `effect` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub effect: ::core::option::Option<::prost::alloc::boxed::Box<ScreenChatMessageEffect>>,
    /// `background_image` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub background_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `effect_v2` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub effect_v2: ::core::option::Option<::prost::alloc::boxed::Box<ScreenChatMessageEffect>>,
    /// `background_image_v2` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub background_image_v2: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `public_area_common` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
    /// `official_comment_config` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub official_comment_config:
        ::core::option::Option<::prost::alloc::boxed::Box<ScreenChatMessageOfficialCommentConfig>>,
    /// `event_time` = 12.
    #[prost(int64, tag = "12")]
    pub event_time: i64,
    /// `send_review` = 13.
    #[prost(bool, tag = "13")]
    pub send_review: bool,
    /// `chat_identity_info` = 14.
    #[prost(message, optional, boxed, tag = "14")]
    pub chat_identity_info: ::core::option::Option<::prost::alloc::boxed::Box<ChatIdentity>>,
    /// `rtf_content` = 30.
    #[prost(message, optional, boxed, tag = "30")]
    pub rtf_content: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `public_area_does_not_display` = 31.
    #[prost(bool, tag = "31")]
    pub public_area_does_not_display: bool,
    /// `rtf_content_v2` = 32.
    #[prost(message, optional, boxed, tag = "32")]
    pub rtf_content_v2: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
}

impl ProtoJson for ScreenChatMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "screen_chat_type", &self.screen_chat_type);
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_int64(&mut m, "priority", &self.priority);
        pj::put_message(&mut m, "effect", self.effect.as_deref());
        pj::put_message(&mut m, "background_image", self.background_image.as_deref());
        pj::put_message(&mut m, "effect_v2", self.effect_v2.as_deref());
        pj::put_message(
            &mut m,
            "background_image_v2",
            self.background_image_v2.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        pj::put_message(
            &mut m,
            "official_comment_config",
            self.official_comment_config.as_deref(),
        );
        pj::put_int64(&mut m, "event_time", &self.event_time);
        pj::put_bool(&mut m, "send_review", &self.send_review);
        pj::put_message(
            &mut m,
            "chat_identity_info",
            self.chat_identity_info.as_deref(),
        );
        pj::put_message(&mut m, "rtf_content", self.rtf_content.as_deref());
        pj::put_bool(
            &mut m,
            "public_area_does_not_display",
            &self.public_area_does_not_display,
        );
        pj::put_message(&mut m, "rtf_content_v2", self.rtf_content_v2.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.ScreenChatMessage.Effect`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ScreenChatMessageEffect {
    /// `icon` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<FlexImageStruct>>,
    /// `avatar_icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub avatar_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `background_color` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub background_color: ::prost::bytes::Bytes,
}

impl ProtoJson for ScreenChatMessageEffect {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_message(&mut m, "avatar_icon", self.avatar_icon.as_deref());
        pj::put_str_bytes(&mut m, "background_color", &self.background_color);
        Value::Object(m)
    }
}

/// Proto message `douyin.ScreenChatMessage.OfficialCommentConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ScreenChatMessageOfficialCommentConfig {
    /// `official` = 1.
    #[prost(bool, tag = "1")]
    pub official: bool,
}

impl ProtoJson for ScreenChatMessageOfficialCommentConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "official", &self.official);
        Value::Object(m)
    }
}

/// Proto message `douyin.ChatIdentity`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ChatIdentity {
    /// `show_identity` = 1.
    #[prost(int32, tag = "1")]
    pub show_identity: i32,
    /// `identity_label` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub identity_label: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for ChatIdentity {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "show_identity", &self.show_identity);
        pj::put_message(&mut m, "identity_label", self.identity_label.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomDataSyncMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomDataSyncMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `roomID` = 2.
    #[prost(int64, tag = "2")]
    pub room_id: i64,
    /// `syncKey` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub sync_key: ::prost::bytes::Bytes,
    /// `version` = 4.
    #[prost(int64, tag = "4")]
    pub version: i64,
    /// `payload` = 5.
    #[prost(bytes = "vec", tag = "5")]
    pub payload: ::prost::alloc::vec::Vec<u8>,
    /// `bizLogID` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub biz_log_id: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomDataSyncMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "roomID", &self.room_id);
        pj::put_str_bytes(&mut m, "syncKey", &self.sync_key);
        pj::put_int64(&mut m, "version", &self.version);
        pj::put_bytes(&mut m, "payload", &self.payload);
        pj::put_str_bytes(&mut m, "bizLogID", &self.biz_log_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.EmojiChatMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EmojiChatMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `emoji_id` = 3.
    #[prost(int64, tag = "3")]
    pub emoji_id: i64,
    /// `emoji_content` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub emoji_content: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `default_content` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub default_content: ::prost::bytes::Bytes,
    /// `background_image` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub background_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `from_intercom` = 7.
    #[prost(bool, tag = "7")]
    pub from_intercom: bool,
    /// `intercom_hide_user_card` = 8.
    #[prost(bool, tag = "8")]
    pub intercom_hide_user_card: bool,
    /// `public_area_common` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for EmojiChatMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "emoji_id", &self.emoji_id);
        pj::put_message(&mut m, "emoji_content", self.emoji_content.as_deref());
        pj::put_str_bytes(&mut m, "default_content", &self.default_content);
        pj::put_message(&mut m, "background_image", self.background_image.as_deref());
        pj::put_bool(&mut m, "from_intercom", &self.from_intercom);
        pj::put_bool(
            &mut m,
            "intercom_hide_user_card",
            &self.intercom_hide_user_card,
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerContributeMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerContributeMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user_id` = 2.
    #[prost(int64, tag = "2")]
    pub user_id: i64,
    /// `total_score` = 3.
    #[prost(int64, tag = "3")]
    pub total_score: i64,
    /// `user_contribute_list` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub user_contribute_list: ::core::option::Option<::prost::alloc::boxed::Box<UserContribute>>,
    /// `micro_time_stamp` = 5.
    #[prost(int64, tag = "5")]
    pub micro_time_stamp: i64,
    /// `scene` = 6.
    #[prost(int64, tag = "6")]
    pub scene: i64,
    /// `total_score_real_str` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub total_score_real_str: ::prost::bytes::Bytes,
    /// `total_score_str` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub total_score_str: ::prost::bytes::Bytes,
    /// `quick_interact` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub quick_interact: ::core::option::Option<::prost::alloc::boxed::Box<LinkmicQuickInteract>>,
}

impl ProtoJson for LinkerContributeMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_int64(&mut m, "total_score", &self.total_score);
        pj::put_message(
            &mut m,
            "user_contribute_list",
            self.user_contribute_list.as_deref(),
        );
        pj::put_int64(&mut m, "micro_time_stamp", &self.micro_time_stamp);
        pj::put_int64(&mut m, "scene", &self.scene);
        pj::put_str_bytes(&mut m, "total_score_real_str", &self.total_score_real_str);
        pj::put_str_bytes(&mut m, "total_score_str", &self.total_score_str);
        pj::put_message(&mut m, "quick_interact", self.quick_interact.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.UserContribute`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserContribute {
    /// `user_id` = 1.
    #[prost(int64, tag = "1")]
    pub user_id: i64,
    /// `rank` = 2.
    #[prost(int64, tag = "2")]
    pub rank: i64,
    /// `score` = 3.
    #[prost(int64, tag = "3")]
    pub score: i64,
    /// `nickname` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub nickname: ::prost::bytes::Bytes,
    /// `avatar_thumb` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub avatar_thumb: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for UserContribute {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_int64(&mut m, "rank", &self.rank);
        pj::put_int64(&mut m, "score", &self.score);
        pj::put_str_bytes(&mut m, "nickname", &self.nickname);
        pj::put_message(&mut m, "avatar_thumb", self.avatar_thumb.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkmicQuickInteract`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkmicQuickInteract {
    /// `send_gift_user` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub send_gift_user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `thanks_carousel_duration` = 2.
    #[prost(int64, tag = "2")]
    pub thanks_carousel_duration: i64,
    /// `thanks_content` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub thanks_content: ::prost::bytes::Bytes,
    /// `receive_gift_user_id` = 4.
    #[prost(int64, tag = "4")]
    pub receive_gift_user_id: i64,
}

impl ProtoJson for LinkmicQuickInteract {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "send_gift_user", self.send_gift_user.as_deref());
        pj::put_int64(
            &mut m,
            "thanks_carousel_duration",
            &self.thanks_carousel_duration,
        );
        pj::put_str_bytes(&mut m, "thanks_content", &self.thanks_content);
        pj::put_int64(&mut m, "receive_gift_user_id", &self.receive_gift_user_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.ProfitInteractionScoreMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ProfitInteractionScoreMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `interaction_score_status` = 3.
    #[prost(int32, tag = "3")]
    pub interaction_score_status: i32,
    /// `channel_id` = 4.
    #[prost(int64, tag = "4")]
    pub channel_id: i64,
    /// `start_time` = 5.
    #[prost(int64, tag = "5")]
    pub start_time: i64,
    /// `interaction_score_action` = 6.
    #[prost(int32, tag = "6")]
    pub interaction_score_action: i32,
    /// `extra` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub extra: ::prost::bytes::Bytes,
}

impl ProtoJson for ProfitInteractionScoreMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(
            &mut m,
            "interaction_score_status",
            &self.interaction_score_status,
        );
        pj::put_int64(&mut m, "channel_id", &self.channel_id);
        pj::put_int64(&mut m, "start_time", &self.start_time);
        pj::put_int32(
            &mut m,
            "interaction_score_action",
            &self.interaction_score_action,
        );
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        Value::Object(m)
    }
}

/// Proto message `douyin.LightGiftMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LightGiftMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `group_count` = 2.
    #[prost(int64, tag = "2")]
    pub group_count: i64,
    /// `repeat_count` = 3.
    #[prost(int64, tag = "3")]
    pub repeat_count: i64,
    /// `combo_count` = 4.
    #[prost(int64, tag = "4")]
    pub combo_count: i64,
    /// `to_user_id` = 5.
    #[prost(int64, tag = "5")]
    pub to_user_id: i64,
    /// `priority` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub priority: ::core::option::Option<::prost::alloc::boxed::Box<GiftIMPriority>>,
    /// `gift_info` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub gift_info: ::core::option::Option<::prost::alloc::boxed::Box<GiftInfo>>,
    /// `tray_info` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub tray_info: ::core::option::Option<::prost::alloc::boxed::Box<GiftLiteTrayInfo>>,
    /// `send_type` = 9.
    #[prost(int64, tag = "9")]
    pub send_type: i64,
    /// `count` = 10.
    #[prost(int64, tag = "10")]
    pub count: i64,
    /// `diy_item_info` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub diy_item_info: ::prost::bytes::Bytes,
    /// `banned_display_effects` = 12.
    #[prost(int64, tag = "12")]
    pub banned_display_effects: i64,
    /// `gift_struct` = 13.
    #[prost(message, optional, boxed, tag = "13")]
    pub gift_struct: ::core::option::Option<::prost::alloc::boxed::Box<GiftStruct>>,
}

impl ProtoJson for LightGiftMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "group_count", &self.group_count);
        pj::put_int64(&mut m, "repeat_count", &self.repeat_count);
        pj::put_int64(&mut m, "combo_count", &self.combo_count);
        pj::put_int64(&mut m, "to_user_id", &self.to_user_id);
        pj::put_message(&mut m, "priority", self.priority.as_deref());
        pj::put_message(&mut m, "gift_info", self.gift_info.as_deref());
        pj::put_message(&mut m, "tray_info", self.tray_info.as_deref());
        pj::put_int64(&mut m, "send_type", &self.send_type);
        pj::put_int64(&mut m, "count", &self.count);
        pj::put_str_bytes(&mut m, "diy_item_info", &self.diy_item_info);
        pj::put_int64(
            &mut m,
            "banned_display_effects",
            &self.banned_display_effects,
        );
        pj::put_message(&mut m, "gift_struct", self.gift_struct.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftInfo {
    /// `gift_id` = 1.
    #[prost(int64, tag = "1")]
    pub gift_id: i64,
    /// `gift_icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub gift_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `diamond_count` = 3.
    #[prost(int64, tag = "3")]
    pub diamond_count: i64,
}

impl ProtoJson for GiftInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "gift_id", &self.gift_id);
        pj::put_message(&mut m, "gift_icon", self.gift_icon.as_deref());
        pj::put_int64(&mut m, "diamond_count", &self.diamond_count);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftLiteTrayInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftLiteTrayInfo {
    /// `duration_ms` = 1.
    #[prost(int64, tag = "1")]
    pub duration_ms: i64,
}

impl ProtoJson for GiftLiteTrayInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "duration_ms", &self.duration_ms);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `icons` = 2.
    #[prost(message, repeated, tag = "2")]
    pub icons: ::prost::alloc::vec::Vec<Image>,
    /// `text` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `background` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub background:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageBackground>>,
    /// `dynamic_config` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub dynamic_config:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageDynamicConfig>>,
    /// `text_v2` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub text_v2:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageCombinedText>>,
    /// `support_landscape` = 7.
    #[prost(bool, tag = "7")]
    pub support_landscape: bool,
    /// `scene_config` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub scene_config:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageSceneConfig>>,
}

impl ProtoJson for NotifyEffectMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_repeated(&mut m, "icons", &self.icons, pj::msg_value);
        pj::put_message(&mut m, "text", self.text.as_deref());
        pj::put_message(&mut m, "background", self.background.as_deref());
        pj::put_message(&mut m, "dynamic_config", self.dynamic_config.as_deref());
        pj::put_message(&mut m, "text_v2", self.text_v2.as_deref());
        pj::put_bool(&mut m, "support_landscape", &self.support_landscape);
        pj::put_message(&mut m, "scene_config", self.scene_config.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.Background`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageBackground {
    /// `background_image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub background_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `background_color` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub background_color: ::prost::bytes::Bytes,
    /// `background_effect` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub background_effect: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for NotifyEffectMessageBackground {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "background_image", self.background_image.as_deref());
        pj::put_str_bytes(&mut m, "background_color", &self.background_color);
        pj::put_message(
            &mut m,
            "background_effect",
            self.background_effect.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.SceneConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageSceneConfig {
    /// `scene` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub scene: ::prost::bytes::Bytes,
    /// `priority` = 2.
    #[prost(int64, tag = "2")]
    pub priority: i64,
    /// `need_aggregate` = 3.
    #[prost(bool, tag = "3")]
    pub need_aggregate: bool,
    /// `aggregate_num` = 4.
    #[prost(int64, tag = "4")]
    pub aggregate_num: i64,
    /// `aggregate_text` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub aggregate_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `sub_scene` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub sub_scene: ::prost::bytes::Bytes,
    /// `max_wait_time` = 7.
    #[prost(int64, tag = "7")]
    pub max_wait_time: i64,
}

impl ProtoJson for NotifyEffectMessageSceneConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "scene", &self.scene);
        pj::put_int64(&mut m, "priority", &self.priority);
        pj::put_bool(&mut m, "need_aggregate", &self.need_aggregate);
        pj::put_int64(&mut m, "aggregate_num", &self.aggregate_num);
        pj::put_message(&mut m, "aggregate_text", self.aggregate_text.as_deref());
        pj::put_str_bytes(&mut m, "sub_scene", &self.sub_scene);
        pj::put_int64(&mut m, "max_wait_time", &self.max_wait_time);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.CombinedText`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageCombinedText {
    /// `display_items` = 1.
    #[prost(message, repeated, tag = "1")]
    pub display_items: ::prost::alloc::vec::Vec<NotifyEffectMessageDisplayItem>,
    /// `schema_info` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub schema_info: ::core::option::Option<::prost::alloc::boxed::Box<SchemaInfo>>,
    /// `combo_info` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub combo_info:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageComboInfo>>,
}

impl ProtoJson for NotifyEffectMessageCombinedText {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "display_items", &self.display_items, pj::msg_value);
        pj::put_message(&mut m, "schema_info", self.schema_info.as_deref());
        pj::put_message(&mut m, "combo_info", self.combo_info.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.ComboInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageComboInfo {
    /// `combo_seq` = 1.
    #[prost(int64, tag = "1")]
    pub combo_seq: i64,
    /// `combo_order` = 2.
    #[prost(int64, tag = "2")]
    pub combo_order: i64,
}

impl ProtoJson for NotifyEffectMessageComboInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "combo_seq", &self.combo_seq);
        pj::put_int64(&mut m, "combo_order", &self.combo_order);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DynamicConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDynamicConfig {
    /// `stay_time` = 1.
    #[prost(int32, tag = "1")]
    pub stay_time: i32,
    /// `max_stay_time` = 2.
    #[prost(int32, tag = "2")]
    pub max_stay_time: i32,
    /// `display_effect_type` = 3.
    #[prost(int32, tag = "3")]
    pub display_effect_type: i32,
}

impl ProtoJson for NotifyEffectMessageDynamicConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "stay_time", &self.stay_time);
        pj::put_int32(&mut m, "max_stay_time", &self.max_stay_time);
        pj::put_int32(&mut m, "display_effect_type", &self.display_effect_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DisplayItem`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDisplayItem {
    /// `display_item_type` = 1.
    #[prost(int32, tag = "1")]
    pub display_item_type: i32,
    /// `combo_fresh` = 20.
    #[prost(bool, tag = "20")]
    pub combo_fresh: bool,
    /// `schema_info` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub schema_info: ::core::option::Option<
        ::prost::alloc::boxed::Box<NotifyEffectMessageDisplayItemSchemaInfo>,
    >,
    /// `images_item` = 50.
    #[prost(message, optional, boxed, tag = "50")]
    pub images_item: ::core::option::Option<
        ::prost::alloc::boxed::Box<NotifyEffectMessageDisplayItemImagesItem>,
    >,
    /// `text_item` = 51.
    #[prost(message, optional, boxed, tag = "51")]
    pub text_item:
        ::core::option::Option<::prost::alloc::boxed::Box<NotifyEffectMessageDisplayItemTextItem>>,
    /// `format` = 100.
    #[prost(message, optional, boxed, tag = "100")]
    pub format: ::core::option::Option<
        ::prost::alloc::boxed::Box<NotifyEffectMessageDisplayItemDisplayItemFormat>,
    >,
}

impl ProtoJson for NotifyEffectMessageDisplayItem {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "display_item_type", &self.display_item_type);
        pj::put_bool(&mut m, "combo_fresh", &self.combo_fresh);
        pj::put_message(&mut m, "schema_info", self.schema_info.as_deref());
        pj::put_message(&mut m, "images_item", self.images_item.as_deref());
        pj::put_message(&mut m, "text_item", self.text_item.as_deref());
        pj::put_message(&mut m, "format", self.format.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DisplayItem.SchemaInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDisplayItemSchemaInfo {
    /// `schema_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub schema_url: ::prost::bytes::Bytes,
}

impl ProtoJson for NotifyEffectMessageDisplayItemSchemaInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "schema_url", &self.schema_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DisplayItem.TextItem`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDisplayItemTextItem {
    /// `text` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
}

impl ProtoJson for NotifyEffectMessageDisplayItemTextItem {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "text", self.text.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DisplayItem.ImagesItem`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDisplayItemImagesItem {
    /// `images` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub images: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `display_style` = 20.
    #[prost(int32, tag = "20")]
    pub display_style: i32,
}

impl ProtoJson for NotifyEffectMessageDisplayItemImagesItem {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "images", self.images.as_deref());
        pj::put_int32(&mut m, "display_style", &self.display_style);
        Value::Object(m)
    }
}

/// Proto message `douyin.NotifyEffectMessage.DisplayItem.DisplayItemFormat`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NotifyEffectMessageDisplayItemDisplayItemFormat {
    /// `enable_left_space` = 1.
    #[prost(bool, tag = "1")]
    pub enable_left_space: bool,
    /// `left_space` = 2.
    #[prost(int64, tag = "2")]
    pub left_space: i64,
}

impl ProtoJson for NotifyEffectMessageDisplayItemDisplayItemFormat {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "enable_left_space", &self.enable_left_space);
        pj::put_int64(&mut m, "left_space", &self.left_space);
        Value::Object(m)
    }
}

/// Proto message `douyin.SchemaInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SchemaInfo {
    /// `schema_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub schema_url: ::prost::bytes::Bytes,
}

impl ProtoJson for SchemaInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "schema_url", &self.schema_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.ProductChangeMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ProductChangeMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `update_timestamp` = 2.
    #[prost(int64, tag = "2")]
    pub update_timestamp: i64,
    /// `update_toast` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub update_toast: ::prost::bytes::Bytes,
    /// `update_product_info` = 4.
    #[prost(message, repeated, tag = "4")]
    pub update_product_info: ::prost::alloc::vec::Vec<ProductInfo>,
    /// `total` = 5.
    #[prost(int64, tag = "5")]
    pub total: i64,
    /// `target_uid` = 6.
    #[prost(int64, tag = "6")]
    pub target_uid: i64,
    /// `sec_target_uid` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub sec_target_uid: ::prost::bytes::Bytes,
    /// `update_category_info` = 8.
    #[prost(message, repeated, tag = "8")]
    pub update_category_info: ::prost::alloc::vec::Vec<CategoryInfo>,
}

impl ProtoJson for ProductChangeMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "update_timestamp", &self.update_timestamp);
        pj::put_str_bytes(&mut m, "update_toast", &self.update_toast);
        pj::put_repeated(
            &mut m,
            "update_product_info",
            &self.update_product_info,
            pj::msg_value,
        );
        pj::put_int64(&mut m, "total", &self.total);
        pj::put_int64(&mut m, "target_uid", &self.target_uid);
        pj::put_str_bytes(&mut m, "sec_target_uid", &self.sec_target_uid);
        pj::put_repeated(
            &mut m,
            "update_category_info",
            &self.update_category_info,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.ProductInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ProductInfo {
    /// `promotion_id` = 1.
    #[prost(int64, tag = "1")]
    pub promotion_id: i64,
    /// `index` = 2.
    #[prost(int32, tag = "2")]
    pub index: i32,
    /// `target_flash_uids` = 3.
    #[prost(int64, repeated, tag = "3")]
    pub target_flash_uids: ::prost::alloc::vec::Vec<i64>,
    /// `explain_type` = 4.
    #[prost(int64, tag = "4")]
    pub explain_type: i64,
}

impl ProtoJson for ProductInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "promotion_id", &self.promotion_id);
        pj::put_int32(&mut m, "index", &self.index);
        pj::put_repeated(
            &mut m,
            "target_flash_uids",
            &self.target_flash_uids,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "explain_type", &self.explain_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.CategoryInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CategoryInfo {
    /// `id` = 1.
    #[prost(int32, tag = "1")]
    pub id: i32,
    /// `name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub name: ::prost::bytes::Bytes,
    /// `promotion_ids` = 3.
    #[prost(bytes = "bytes", repeated, tag = "3")]
    pub promotion_ids: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `type` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub r#type: ::prost::bytes::Bytes,
    /// `unique_index` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub unique_index: ::prost::bytes::Bytes,
}

impl ProtoJson for CategoryInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_repeated(
            &mut m,
            "promotion_ids",
            &self.promotion_ids,
            pj::str_bytes_value,
        );
        pj::put_str_bytes(&mut m, "type", &self.r#type);
        pj::put_str_bytes(&mut m, "unique_index", &self.unique_index);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveEcomGeneralMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveEcomGeneralMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `content_type` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub content_type: ::prost::bytes::Bytes,
    /// `content_format` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub content_format: ::prost::bytes::Bytes,
    /// `logic_clock` = 4.
    #[prost(int64, tag = "4")]
    pub logic_clock: i64,
    /// `trace_time_metric` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub trace_time_metric:
        ::core::option::Option<::prost::alloc::boxed::Box<LiveEcomGeneralMessageTraceTimeMetricV2>>,
    /// `data` = 6.
    #[prost(bytes = "vec", tag = "6")]
    pub data: ::prost::alloc::vec::Vec<u8>,
    /// `target_room_id` = 50.
    #[prost(int64, tag = "50")]
    pub target_room_id: i64,
}

impl ProtoJson for LiveEcomGeneralMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(&mut m, "content_type", &self.content_type);
        pj::put_str_bytes(&mut m, "content_format", &self.content_format);
        pj::put_int64(&mut m, "logic_clock", &self.logic_clock);
        pj::put_message(
            &mut m,
            "trace_time_metric",
            self.trace_time_metric.as_deref(),
        );
        pj::put_bytes(&mut m, "data", &self.data);
        pj::put_int64(&mut m, "target_room_id", &self.target_room_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveEcomGeneralMessage.TraceTimeMetricV2`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveEcomGeneralMessageTraceTimeMetricV2 {
    /// `op_timestamp` = 1.
    #[prost(int64, tag = "1")]
    pub op_timestamp: i64,
    /// `producer_duration` = 2.
    #[prost(int64, tag = "2")]
    pub producer_duration: i64,
    /// `consumer_duration` = 3.
    #[prost(int64, tag = "3")]
    pub consumer_duration: i64,
    /// `msg_send_timestamp` = 4.
    #[prost(int64, tag = "4")]
    pub msg_send_timestamp: i64,
}

impl ProtoJson for LiveEcomGeneralMessageTraceTimeMetricV2 {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "op_timestamp", &self.op_timestamp);
        pj::put_int64(&mut m, "producer_duration", &self.producer_duration);
        pj::put_int64(&mut m, "consumer_duration", &self.consumer_duration);
        pj::put_int64(&mut m, "msg_send_timestamp", &self.msg_send_timestamp);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomStreamAdaptationMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomStreamAdaptationMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `adaptation_type` = 2.
    #[prost(int32, tag = "2")]
    pub adaptation_type: i32,
    /// `adaptation_height_ratio` = 3.
    #[prost(float, tag = "3")]
    pub adaptation_height_ratio: f32,
    /// `adaptation_body_center_ratio` = 4.
    #[prost(float, tag = "4")]
    pub adaptation_body_center_ratio: f32,
}

impl ProtoJson for RoomStreamAdaptationMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(&mut m, "adaptation_type", &self.adaptation_type);
        pj::put_float(
            &mut m,
            "adaptation_height_ratio",
            &self.adaptation_height_ratio,
        );
        pj::put_float(
            &mut m,
            "adaptation_body_center_ratio",
            &self.adaptation_body_center_ratio,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `gift_id` = 2.
    #[prost(int64, tag = "2")]
    pub gift_id: i64,
    /// `fan_ticket_count` = 3.
    #[prost(int64, tag = "3")]
    pub fan_ticket_count: i64,
    /// `group_count` = 4.
    #[prost(int64, tag = "4")]
    pub group_count: i64,
    /// `repeat_count` = 5.
    #[prost(int64, tag = "5")]
    pub repeat_count: i64,
    /// `combo_count` = 6.
    #[prost(int64, tag = "6")]
    pub combo_count: i64,
    /// `user` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `to_user` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub to_user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `repeat_end` = 9.
    #[prost(int32, tag = "9")]
    pub repeat_end: i32,
    /// `text_effect` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub text_effect: ::core::option::Option<::prost::alloc::boxed::Box<TextEffect>>,
    /// `group_id` = 11.
    #[prost(int64, tag = "11")]
    pub group_id: i64,
    /// `income_taskgifts` = 12.
    #[prost(int64, tag = "12")]
    pub income_taskgifts: i64,
    /// `room_fan_ticket_count` = 13.
    #[prost(int64, tag = "13")]
    pub room_fan_ticket_count: i64,
    /// `priority` = 14.
    #[prost(message, optional, boxed, tag = "14")]
    pub priority: ::core::option::Option<::prost::alloc::boxed::Box<GiftIMPriority>>,
    /// `gift` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub gift: ::core::option::Option<::prost::alloc::boxed::Box<GiftStruct>>,
    /// `log_id` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub log_id: ::prost::bytes::Bytes,
    /// `send_type` = 17.
    #[prost(int64, tag = "17")]
    pub send_type: i64,
    /// `public_area_common` = 18.
    #[prost(message, optional, boxed, tag = "18")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
    /// `tray_display_text` = 19.
    #[prost(message, optional, boxed, tag = "19")]
    pub tray_display_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `banned_display_effects` = 20.
    #[prost(int64, tag = "20")]
    pub banned_display_effects: i64,
    /// `tray_info` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub tray_info: ::core::option::Option<::prost::alloc::boxed::Box<GiftTrayInfo>>,
    /// `asset_effect_mix_info` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub asset_effect_mix_info:
        ::core::option::Option<::prost::alloc::boxed::Box<AssetEffectMixInfo>>,
    /// `display_for_self` = 25.
    #[prost(bool, tag = "25")]
    pub display_for_self: bool,
    /// `interact_gift_info` = 26.
    #[prost(bytes = "bytes", tag = "26")]
    pub interact_gift_info: ::prost::bytes::Bytes,
    /// `diy_item_info` = 27.
    #[prost(bytes = "bytes", tag = "27")]
    pub diy_item_info: ::prost::bytes::Bytes,
    /// `min_asset_set` = 28.
    #[prost(int64, repeated, tag = "28")]
    pub min_asset_set: ::prost::alloc::vec::Vec<i64>,
    /// `total_count` = 29.
    #[prost(int64, tag = "29")]
    pub total_count: i64,
    /// `client_gift_source` = 30.
    #[prost(int32, tag = "30")]
    pub client_gift_source: i32,
    /// `anchor_gift` = 31.
    #[prost(message, optional, boxed, tag = "31")]
    pub anchor_gift: ::core::option::Option<::prost::alloc::boxed::Box<AnchorGiftData>>,
    /// `to_user_ids` = 32.
    #[prost(int64, repeated, tag = "32")]
    pub to_user_ids: ::prost::alloc::vec::Vec<i64>,
    /// `send_time` = 33.
    #[prost(int64, tag = "33")]
    pub send_time: i64,
    /// `force_display_effects` = 34.
    #[prost(int64, tag = "34")]
    pub force_display_effects: i64,
    /// `trace_id` = 35.
    #[prost(bytes = "bytes", tag = "35")]
    pub trace_id: ::prost::bytes::Bytes,
    /// `effect_display_ts` = 36.
    #[prost(int64, tag = "36")]
    pub effect_display_ts: i64,
    /// `send_together` = 37.
    #[prost(message, optional, boxed, tag = "37")]
    pub send_together: ::core::option::Option<::prost::alloc::boxed::Box<SendTogether>>,
    /// `extra_effect` = 38.
    #[prost(message, optional, boxed, tag = "38")]
    pub extra_effect: ::core::option::Option<::prost::alloc::boxed::Box<ExtraEffect>>,
    /// `room_hot_info` = 39.
    #[prost(message, optional, boxed, tag = "39")]
    pub room_hot_info: ::core::option::Option<::prost::alloc::boxed::Box<RoomHotInfo>>,
    /// `GiftPlayParam` = 40.
    #[prost(bytes = "bytes", tag = "40")]
    pub gift_play_param: ::prost::bytes::Bytes,
    /// `multi_send_effect_level` = 41.
    #[prost(int32, tag = "41")]
    pub multi_send_effect_level: i32,
    /// `series_gift_data` = 42.
    #[prost(message, optional, boxed, tag = "42")]
    pub series_gift_data: ::core::option::Option<::prost::alloc::boxed::Box<SeriesPlayGift>>,
}

impl ProtoJson for GiftMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "gift_id", &self.gift_id);
        pj::put_int64(&mut m, "fan_ticket_count", &self.fan_ticket_count);
        pj::put_int64(&mut m, "group_count", &self.group_count);
        pj::put_int64(&mut m, "repeat_count", &self.repeat_count);
        pj::put_int64(&mut m, "combo_count", &self.combo_count);
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_message(&mut m, "to_user", self.to_user.as_deref());
        pj::put_int32(&mut m, "repeat_end", &self.repeat_end);
        pj::put_message(&mut m, "text_effect", self.text_effect.as_deref());
        pj::put_int64(&mut m, "group_id", &self.group_id);
        pj::put_int64(&mut m, "income_taskgifts", &self.income_taskgifts);
        pj::put_int64(&mut m, "room_fan_ticket_count", &self.room_fan_ticket_count);
        pj::put_message(&mut m, "priority", self.priority.as_deref());
        pj::put_message(&mut m, "gift", self.gift.as_deref());
        pj::put_str_bytes(&mut m, "log_id", &self.log_id);
        pj::put_int64(&mut m, "send_type", &self.send_type);
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        pj::put_message(
            &mut m,
            "tray_display_text",
            self.tray_display_text.as_deref(),
        );
        pj::put_int64(
            &mut m,
            "banned_display_effects",
            &self.banned_display_effects,
        );
        pj::put_message(&mut m, "tray_info", self.tray_info.as_deref());
        pj::put_message(
            &mut m,
            "asset_effect_mix_info",
            self.asset_effect_mix_info.as_deref(),
        );
        pj::put_bool(&mut m, "display_for_self", &self.display_for_self);
        pj::put_str_bytes(&mut m, "interact_gift_info", &self.interact_gift_info);
        pj::put_str_bytes(&mut m, "diy_item_info", &self.diy_item_info);
        pj::put_repeated(
            &mut m,
            "min_asset_set",
            &self.min_asset_set,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "total_count", &self.total_count);
        pj::put_int32(&mut m, "client_gift_source", &self.client_gift_source);
        pj::put_message(&mut m, "anchor_gift", self.anchor_gift.as_deref());
        pj::put_repeated(&mut m, "to_user_ids", &self.to_user_ids, pj::int64_value);
        pj::put_int64(&mut m, "send_time", &self.send_time);
        pj::put_int64(&mut m, "force_display_effects", &self.force_display_effects);
        pj::put_str_bytes(&mut m, "trace_id", &self.trace_id);
        pj::put_int64(&mut m, "effect_display_ts", &self.effect_display_ts);
        pj::put_message(&mut m, "send_together", self.send_together.as_deref());
        pj::put_message(&mut m, "extra_effect", self.extra_effect.as_deref());
        pj::put_message(&mut m, "room_hot_info", self.room_hot_info.as_deref());
        pj::put_str_bytes(&mut m, "GiftPlayParam", &self.gift_play_param);
        pj::put_int32(
            &mut m,
            "multi_send_effect_level",
            &self.multi_send_effect_level,
        );
        pj::put_message(&mut m, "series_gift_data", self.series_gift_data.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.SendTogether`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SendTogether {
    /// `id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub id: ::prost::bytes::Bytes,
    /// `start_time` = 2.
    #[prost(int64, tag = "2")]
    pub start_time: i64,
    /// `end_time` = 3.
    #[prost(int64, tag = "3")]
    pub end_time: i64,
}

impl ProtoJson for SendTogether {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "id", &self.id);
        pj::put_int64(&mut m, "start_time", &self.start_time);
        pj::put_int64(&mut m, "end_time", &self.end_time);
        Value::Object(m)
    }
}

/// Proto message `douyin.ExtraEffect`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ExtraEffect {
    /// `asset_id` = 1.
    #[prost(int64, tag = "1")]
    pub asset_id: i64,
    /// `display_form` = 2.
    #[prost(int32, tag = "2")]
    pub display_form: i32,
}

impl ProtoJson for ExtraEffect {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "asset_id", &self.asset_id);
        pj::put_int32(&mut m, "display_form", &self.display_form);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomHotInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomHotInfo {
    /// `local_hot_strategy` = 1.
    #[prost(int32, tag = "1")]
    pub local_hot_strategy: i32,
    /// `public_area_level` = 2.
    #[prost(int32, tag = "2")]
    pub public_area_level: i32,
    /// `gift_level` = 3.
    #[prost(int32, tag = "3")]
    pub gift_level: i32,
}

impl ProtoJson for RoomHotInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "local_hot_strategy", &self.local_hot_strategy);
        pj::put_int32(&mut m, "public_area_level", &self.public_area_level);
        pj::put_int32(&mut m, "gift_level", &self.gift_level);
        Value::Object(m)
    }
}

/// Proto message `douyin.SeriesPlayGift`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SeriesPlayGift {
    /// `gift_struct` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub gift_struct: ::core::option::Option<::prost::alloc::boxed::Box<GiftStruct>>,
    /// `series_tray_info` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub series_tray_info: ::core::option::Option<::prost::alloc::boxed::Box<SeriesTrayInfo>>,
    /// `send_together` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub send_together: ::core::option::Option<::prost::alloc::boxed::Box<SendTogether>>,
    /// `diy_item_info` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub diy_item_info: ::prost::bytes::Bytes,
    /// `anchor_gift` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub anchor_gift: ::core::option::Option<::prost::alloc::boxed::Box<AnchorGiftData>>,
    /// `asset_effect_mix_info` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub asset_effect_mix_info:
        ::core::option::Option<::prost::alloc::boxed::Box<AssetEffectMixInfo>>,
}

impl ProtoJson for SeriesPlayGift {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "gift_struct", self.gift_struct.as_deref());
        pj::put_message(&mut m, "series_tray_info", self.series_tray_info.as_deref());
        pj::put_message(&mut m, "send_together", self.send_together.as_deref());
        pj::put_str_bytes(&mut m, "diy_item_info", &self.diy_item_info);
        pj::put_message(&mut m, "anchor_gift", self.anchor_gift.as_deref());
        pj::put_message(
            &mut m,
            "asset_effect_mix_info",
            self.asset_effect_mix_info.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.SeriesTrayInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SeriesTrayInfo {
    /// `duration` = 1.
    #[prost(int64, tag = "1")]
    pub duration: i64,
    /// `static_img` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub static_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `dynamic_img` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub dynamic_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for SeriesTrayInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "duration", &self.duration);
        pj::put_message(&mut m, "static_img", self.static_img.as_deref());
        pj::put_message(&mut m, "dynamic_img", self.dynamic_img.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorGiftData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorGiftData {
    /// `anchor_diy_origin_img` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub anchor_diy_origin_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for AnchorGiftData {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(
            &mut m,
            "anchor_diy_origin_img",
            self.anchor_diy_origin_img.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.AssetEffectMixInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AssetEffectMixInfo {
    /// `effect_mix_image_infos` = 1.
    #[prost(message, repeated, tag = "1")]
    pub effect_mix_image_infos: ::prost::alloc::vec::Vec<EffectMixImageInfo>,
}

impl ProtoJson for AssetEffectMixInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(
            &mut m,
            "effect_mix_image_infos",
            &self.effect_mix_image_infos,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.EffectMixImageInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EffectMixImageInfo {
    /// `image_key` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub image_key: ::prost::bytes::Bytes,
    /// `mix_image` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub mix_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for EffectMixImageInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "image_key", &self.image_key);
        pj::put_message(&mut m, "mix_image", self.mix_image.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.EcomFansClubMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EcomFansClubMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `action` = 2.
    #[prost(int32, tag = "2")]
    pub action: i32,
    /// `user` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<EcomFansClubMessageUserInfo>>,
}

impl ProtoJson for EcomFansClubMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(&mut m, "action", &self.action);
        pj::put_message(&mut m, "user", self.user.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.EcomFansClubMessage.UserInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EcomFansClubMessageUserInfo {
    /// `user_id` = 1.
    #[prost(int64, tag = "1")]
    pub user_id: i64,
    /// `level` = 2.
    #[prost(int32, tag = "2")]
    pub level: i32,
}

impl ProtoJson for EcomFansClubMessageUserInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "user_id", &self.user_id);
        pj::put_int32(&mut m, "level", &self.level);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftTrayInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftTrayInfo {
    /// `tray_display_text` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub tray_display_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `tray_base_img` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub tray_base_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_head_img` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub tray_head_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_right_img` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub tray_right_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_level` = 5.
    #[prost(int64, tag = "5")]
    pub tray_level: i64,
    /// `tray_dynamic_img` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub tray_dynamic_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_schema_url` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub tray_schema_url: ::prost::bytes::Bytes,
    /// `tray_type` = 8.
    #[prost(int32, tag = "8")]
    pub tray_type: i32,
    /// `tray_base_img_v2` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub tray_base_img_v2: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_right_img_v2` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub tray_right_img_v2: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `use_high_layer` = 11.
    #[prost(bool, tag = "11")]
    pub use_high_layer: bool,
    /// `duration` = 12.
    #[prost(int64, tag = "12")]
    pub duration: i64,
    /// `toast` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub toast: ::prost::bytes::Bytes,
    /// `tray_slide_rate` = 14.
    #[prost(int32, tag = "14")]
    pub tray_slide_rate: i32,
    /// `tray_pre_effect` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub tray_pre_effect: ::core::option::Option<::prost::alloc::boxed::Box<TrayPreEffect>>,
    /// `tray_post_effect` = 16.
    #[prost(message, optional, boxed, tag = "16")]
    pub tray_post_effect: ::core::option::Option<::prost::alloc::boxed::Box<TrayPostEffect>>,
    /// `origin_gift_id` = 17.
    #[prost(int64, tag = "17")]
    pub origin_gift_id: i64,
    /// `buff_level` = 18.
    #[prost(int64, tag = "18")]
    pub buff_level: i64,
    /// `toolbar_card_name` = 19.
    #[prost(bytes = "bytes", tag = "19")]
    pub toolbar_card_name: ::prost::bytes::Bytes,
    /// `tray_base_webp_img` = 20.
    #[prost(message, optional, boxed, tag = "20")]
    pub tray_base_webp_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_group_mode` = 21.
    #[prost(int32, tag = "21")]
    pub tray_group_mode: i32,
}

impl ProtoJson for GiftTrayInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(
            &mut m,
            "tray_display_text",
            self.tray_display_text.as_deref(),
        );
        pj::put_message(&mut m, "tray_base_img", self.tray_base_img.as_deref());
        pj::put_message(&mut m, "tray_head_img", self.tray_head_img.as_deref());
        pj::put_message(&mut m, "tray_right_img", self.tray_right_img.as_deref());
        pj::put_int64(&mut m, "tray_level", &self.tray_level);
        pj::put_message(&mut m, "tray_dynamic_img", self.tray_dynamic_img.as_deref());
        pj::put_str_bytes(&mut m, "tray_schema_url", &self.tray_schema_url);
        pj::put_int32(&mut m, "tray_type", &self.tray_type);
        pj::put_message(&mut m, "tray_base_img_v2", self.tray_base_img_v2.as_deref());
        pj::put_message(
            &mut m,
            "tray_right_img_v2",
            self.tray_right_img_v2.as_deref(),
        );
        pj::put_bool(&mut m, "use_high_layer", &self.use_high_layer);
        pj::put_int64(&mut m, "duration", &self.duration);
        pj::put_str_bytes(&mut m, "toast", &self.toast);
        pj::put_int32(&mut m, "tray_slide_rate", &self.tray_slide_rate);
        pj::put_message(&mut m, "tray_pre_effect", self.tray_pre_effect.as_deref());
        pj::put_message(&mut m, "tray_post_effect", self.tray_post_effect.as_deref());
        pj::put_int64(&mut m, "origin_gift_id", &self.origin_gift_id);
        pj::put_int64(&mut m, "buff_level", &self.buff_level);
        pj::put_str_bytes(&mut m, "toolbar_card_name", &self.toolbar_card_name);
        pj::put_message(
            &mut m,
            "tray_base_webp_img",
            self.tray_base_webp_img.as_deref(),
        );
        pj::put_int32(&mut m, "tray_group_mode", &self.tray_group_mode);
        Value::Object(m)
    }
}

/// Proto message `douyin.TrayPreEffect`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TrayPreEffect {
    /// `pre_effect_img` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub pre_effect_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `tray_start_time` = 2.
    #[prost(int64, tag = "2")]
    pub tray_start_time: i64,
    /// `tray_ripple` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub tray_ripple: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `pre_schema` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub pre_schema: ::prost::bytes::Bytes,
    /// `pre_duration` = 5.
    #[prost(int64, tag = "5")]
    pub pre_duration: i64,
    /// `pre_effect_source` = 6.
    #[prost(int32, tag = "6")]
    pub pre_effect_source: i32,
    /// `extra` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub extra: ::prost::bytes::Bytes,
}

impl ProtoJson for TrayPreEffect {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "pre_effect_img", self.pre_effect_img.as_deref());
        pj::put_int64(&mut m, "tray_start_time", &self.tray_start_time);
        pj::put_message(&mut m, "tray_ripple", self.tray_ripple.as_deref());
        pj::put_str_bytes(&mut m, "pre_schema", &self.pre_schema);
        pj::put_int64(&mut m, "pre_duration", &self.pre_duration);
        pj::put_int32(&mut m, "pre_effect_source", &self.pre_effect_source);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        Value::Object(m)
    }
}

/// Proto message `douyin.TrayPostEffect`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TrayPostEffect {
    /// `post_effect_img` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub post_effect_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `post_schema` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub post_schema: ::prost::bytes::Bytes,
    /// `post_duration` = 3.
    #[prost(int64, tag = "3")]
    pub post_duration: i64,
    /// `post_effect_source` = 4.
    #[prost(int32, tag = "4")]
    pub post_effect_source: i32,
}

impl ProtoJson for TrayPostEffect {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "post_effect_img", self.post_effect_img.as_deref());
        pj::put_str_bytes(&mut m, "post_schema", &self.post_schema);
        pj::put_int64(&mut m, "post_duration", &self.post_duration);
        pj::put_int32(&mut m, "post_effect_source", &self.post_effect_source);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftStruct`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftStruct {
    /// `image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `describe` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub describe: ::prost::bytes::Bytes,
    /// `notify` = 3.
    #[prost(bool, tag = "3")]
    pub notify: bool,
    /// `duration` = 4.
    #[prost(int64, tag = "4")]
    pub duration: i64,
    /// `id` = 5.
    #[prost(int64, tag = "5")]
    pub id: i64,
    /// `fansclub_info` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub fansclub_info:
        ::core::option::Option<::prost::alloc::boxed::Box<GiftStructGiftStructFansClubInfo>>,
    /// `for_linkmic` = 7.
    #[prost(bool, tag = "7")]
    pub for_linkmic: bool,
    /// `doodle` = 8.
    #[prost(bool, tag = "8")]
    pub doodle: bool,
    /// `for_fansclub` = 9.
    #[prost(bool, tag = "9")]
    pub for_fansclub: bool,
    /// `combo` = 10.
    #[prost(bool, tag = "10")]
    pub combo: bool,
    /// `type` = 11.
    #[prost(int32, tag = "11")]
    pub r#type: i32,
    /// `diamond_count` = 12.
    #[prost(int32, tag = "12")]
    pub diamond_count: i32,
    /// `is_displayed_on_panel` = 13.
    #[prost(bool, tag = "13")]
    pub is_displayed_on_panel: bool,
    /// `primary_effect_id` = 14.
    #[prost(int64, tag = "14")]
    pub primary_effect_id: i64,
    /// `gift_label_icon` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub gift_label_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `name` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub name: ::prost::bytes::Bytes,
    /// `region` = 17.
    #[prost(bytes = "bytes", tag = "17")]
    pub region: ::prost::bytes::Bytes,
    /// `manual` = 18.
    #[prost(bytes = "bytes", tag = "18")]
    pub manual: ::prost::bytes::Bytes,
    /// `for_custom` = 19.
    #[prost(bool, tag = "19")]
    pub for_custom: bool,
    /// `specialEffects` = 20.
    #[prost(map = "string, int64", tag = "20")]
    pub special_effects: ::std::collections::HashMap<::prost::alloc::string::String, i64>,
    /// `icon` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `action_type` = 22.
    #[prost(int32, tag = "22")]
    pub action_type: i32,
    /// `watermelon_seeds` = 23.
    #[prost(int32, tag = "23")]
    pub watermelon_seeds: i32,
    /// `gold_effect` = 24.
    #[prost(bytes = "bytes", tag = "24")]
    pub gold_effect: ::prost::bytes::Bytes,
    /// `subs` = 25.
    #[prost(message, repeated, tag = "25")]
    pub subs: ::prost::alloc::vec::Vec<LuckyMoneyGiftMeta>,
    /// `golden_beans` = 26.
    #[prost(int64, tag = "26")]
    pub golden_beans: i64,
    /// `honor_level` = 27.
    #[prost(int64, tag = "27")]
    pub honor_level: i64,
    /// `item_type` = 28.
    #[prost(int32, tag = "28")]
    pub item_type: i32,
    /// `scheme_url` = 29.
    #[prost(bytes = "bytes", tag = "29")]
    pub scheme_url: ::prost::bytes::Bytes,
    /// `gift_operation` = 30.
    #[prost(message, optional, boxed, tag = "30")]
    pub gift_operation: ::core::option::Option<::prost::alloc::boxed::Box<GiftPanelOperation>>,
    /// `event_name` = 31.
    #[prost(bytes = "bytes", tag = "31")]
    pub event_name: ::prost::bytes::Bytes,
    /// `noble_level` = 32.
    #[prost(int64, tag = "32")]
    pub noble_level: i64,
    /// `guide_url` = 33.
    #[prost(bytes = "bytes", tag = "33")]
    pub guide_url: ::prost::bytes::Bytes,
    /// `punish_medicine` = 34.
    #[prost(bool, tag = "34")]
    pub punish_medicine: bool,
    /// `for_portal` = 35.
    #[prost(bool, tag = "35")]
    pub for_portal: bool,
    /// `business_text` = 36.
    #[prost(bytes = "bytes", tag = "36")]
    pub business_text: ::prost::bytes::Bytes,
    /// `cny_gift` = 37.
    #[prost(bool, tag = "37")]
    pub cny_gift: bool,
    /// `app_id` = 38.
    #[prost(int64, tag = "38")]
    pub app_id: i64,
    /// `vip_level` = 39.
    #[prost(int64, tag = "39")]
    pub vip_level: i64,
    /// `is_gray` = 40.
    #[prost(bool, tag = "40")]
    pub is_gray: bool,
    /// `gray_scheme_url` = 41.
    #[prost(bytes = "bytes", tag = "41")]
    pub gray_scheme_url: ::prost::bytes::Bytes,
    /// `gift_scene` = 42.
    #[prost(int64, tag = "42")]
    pub gift_scene: i64,
    /// `gift_banner` = 43.
    #[prost(message, optional, tag = "43")]
    pub gift_banner: ::core::option::Option<GiftBanner>,
    /// `trigger_words` = 44.
    #[prost(bytes = "bytes", repeated, tag = "44")]
    pub trigger_words: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `gift_buff_infos` = 45.
    #[prost(message, repeated, tag = "45")]
    pub gift_buff_infos: ::prost::alloc::vec::Vec<GiftBuffInfo>,
    /// `for_first_recharge` = 46.
    #[prost(bool, tag = "46")]
    pub for_first_recharge: bool,
    /// `dynamic_img_for_selected` = 47.
    #[prost(message, optional, boxed, tag = "47")]
    pub dynamic_img_for_selected: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `after_send_action` = 48.
    #[prost(int32, tag = "48")]
    pub after_send_action: i32,
    /// `gift_offline_time` = 49.
    #[prost(int64, tag = "49")]
    pub gift_offline_time: i64,
    /// `top_bar_text` = 50.
    #[prost(bytes = "bytes", tag = "50")]
    pub top_bar_text: ::prost::bytes::Bytes,
    /// `top_right_avatar` = 51.
    #[prost(message, optional, boxed, tag = "51")]
    pub top_right_avatar: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `banner_scheme_url` = 52.
    #[prost(bytes = "bytes", tag = "52")]
    pub banner_scheme_url: ::prost::bytes::Bytes,
    /// `is_locked` = 53.
    #[prost(bool, tag = "53")]
    pub is_locked: bool,
    /// `req_extra_type` = 54.
    #[prost(int64, tag = "54")]
    pub req_extra_type: i64,
    /// `asset_ids` = 55.
    #[prost(int64, repeated, tag = "55")]
    pub asset_ids: ::prost::alloc::vec::Vec<i64>,
    /// `gift_preview_info` = 56.
    #[prost(message, optional, tag = "56")]
    pub gift_preview_info: ::core::option::Option<GiftPreviewInfo>,
    /// `gift_tip` = 57.
    #[prost(message, optional, boxed, tag = "57")]
    pub gift_tip: ::core::option::Option<::prost::alloc::boxed::Box<GiftTip>>,
    /// `need_sweep_light_count` = 58.
    #[prost(int32, tag = "58")]
    pub need_sweep_light_count: i32,
    /// `group_info` = 59.
    #[prost(message, repeated, tag = "59")]
    pub group_info: ::prost::alloc::vec::Vec<GiftGroupInfo>,
    /// `bottom_text` = 60.
    #[prost(message, optional, boxed, tag = "60")]
    pub bottom_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `mystery_shop_status` = 61.
    #[prost(int32, tag = "61")]
    pub mystery_shop_status: i32,
    /// `optional_asset_ids` = 62.
    #[prost(int64, repeated, tag = "62")]
    pub optional_asset_ids: ::prost::alloc::vec::Vec<i64>,
    /// `disable_wish_list` = 63.
    #[prost(bool, tag = "63")]
    pub disable_wish_list: bool,
    /// `gift_msg_board` = 64.
    #[prost(message, optional, boxed, tag = "64")]
    pub gift_msg_board: ::core::option::Option<::prost::alloc::boxed::Box<GiftStructGiftMsgBoard>>,
    /// `emoji_interact_resource` = 65.
    #[prost(message, optional, boxed, tag = "65")]
    pub emoji_interact_resource:
        ::core::option::Option<::prost::alloc::boxed::Box<EmojiInteractResource>>,
    /// `tray_dynamic_img_flippable` = 66.
    #[prost(bool, tag = "66")]
    pub tray_dynamic_img_flippable: bool,
    /// `pico_show_action` = 67.
    #[prost(int64, tag = "67")]
    pub pico_show_action: i64,
    /// `selected_dynamic_effect` = 68.
    #[prost(int64, tag = "68")]
    pub selected_dynamic_effect: i64,
    /// `gift_touch_label` = 69.
    #[prost(message, optional, boxed, tag = "69")]
    pub gift_touch_label: ::core::option::Option<::prost::alloc::boxed::Box<GiftTouchLabel>>,
    /// `unselected_bottom_info` = 70.
    #[prost(message, optional, boxed, tag = "70")]
    pub unselected_bottom_info:
        ::core::option::Option<::prost::alloc::boxed::Box<GiftUnselectedBottomInfo>>,
    /// `gift_confirm_info` = 71.
    #[prost(message, optional, boxed, tag = "71")]
    pub gift_confirm_info: ::core::option::Option<::prost::alloc::boxed::Box<GiftConfirmInfo>>,
    /// `biz_type` = 72.
    #[prost(int32, tag = "72")]
    pub biz_type: i32,
    /// `biz_item` = 73.
    #[prost(message, optional, boxed, tag = "73")]
    pub biz_item: ::core::option::Option<::prost::alloc::boxed::Box<GoodsBizItem>>,
    /// `webp_image` = 74.
    #[prost(message, optional, boxed, tag = "74")]
    pub webp_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `gift_source` = 75.
    #[prost(int32, tag = "75")]
    pub gift_source: i32,
    /// `required_assets` = 76.
    #[prost(int64, repeated, tag = "76")]
    pub required_assets: ::prost::alloc::vec::Vec<i64>,
}

impl ProtoJson for GiftStruct {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "image", self.image.as_deref());
        pj::put_str_bytes(&mut m, "describe", &self.describe);
        pj::put_bool(&mut m, "notify", &self.notify);
        pj::put_int64(&mut m, "duration", &self.duration);
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_message(&mut m, "fansclub_info", self.fansclub_info.as_deref());
        pj::put_bool(&mut m, "for_linkmic", &self.for_linkmic);
        pj::put_bool(&mut m, "doodle", &self.doodle);
        pj::put_bool(&mut m, "for_fansclub", &self.for_fansclub);
        pj::put_bool(&mut m, "combo", &self.combo);
        pj::put_int32(&mut m, "type", &self.r#type);
        pj::put_int32(&mut m, "diamond_count", &self.diamond_count);
        pj::put_bool(&mut m, "is_displayed_on_panel", &self.is_displayed_on_panel);
        pj::put_int64(&mut m, "primary_effect_id", &self.primary_effect_id);
        pj::put_message(&mut m, "gift_label_icon", self.gift_label_icon.as_deref());
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "region", &self.region);
        pj::put_str_bytes(&mut m, "manual", &self.manual);
        pj::put_bool(&mut m, "for_custom", &self.for_custom);
        pj::put_map(
            &mut m,
            "specialEffects",
            &self.special_effects,
            pj::string_key,
            pj::int64_value,
        );
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_int32(&mut m, "action_type", &self.action_type);
        pj::put_int32(&mut m, "watermelon_seeds", &self.watermelon_seeds);
        pj::put_str_bytes(&mut m, "gold_effect", &self.gold_effect);
        pj::put_repeated(&mut m, "subs", &self.subs, pj::msg_value);
        pj::put_int64(&mut m, "golden_beans", &self.golden_beans);
        pj::put_int64(&mut m, "honor_level", &self.honor_level);
        pj::put_int32(&mut m, "item_type", &self.item_type);
        pj::put_str_bytes(&mut m, "scheme_url", &self.scheme_url);
        pj::put_message(&mut m, "gift_operation", self.gift_operation.as_deref());
        pj::put_str_bytes(&mut m, "event_name", &self.event_name);
        pj::put_int64(&mut m, "noble_level", &self.noble_level);
        pj::put_str_bytes(&mut m, "guide_url", &self.guide_url);
        pj::put_bool(&mut m, "punish_medicine", &self.punish_medicine);
        pj::put_bool(&mut m, "for_portal", &self.for_portal);
        pj::put_str_bytes(&mut m, "business_text", &self.business_text);
        pj::put_bool(&mut m, "cny_gift", &self.cny_gift);
        pj::put_int64(&mut m, "app_id", &self.app_id);
        pj::put_int64(&mut m, "vip_level", &self.vip_level);
        pj::put_bool(&mut m, "is_gray", &self.is_gray);
        pj::put_str_bytes(&mut m, "gray_scheme_url", &self.gray_scheme_url);
        pj::put_int64(&mut m, "gift_scene", &self.gift_scene);
        pj::put_message(&mut m, "gift_banner", self.gift_banner.as_ref());
        pj::put_repeated(
            &mut m,
            "trigger_words",
            &self.trigger_words,
            pj::str_bytes_value,
        );
        pj::put_repeated(
            &mut m,
            "gift_buff_infos",
            &self.gift_buff_infos,
            pj::msg_value,
        );
        pj::put_bool(&mut m, "for_first_recharge", &self.for_first_recharge);
        pj::put_message(
            &mut m,
            "dynamic_img_for_selected",
            self.dynamic_img_for_selected.as_deref(),
        );
        pj::put_int32(&mut m, "after_send_action", &self.after_send_action);
        pj::put_int64(&mut m, "gift_offline_time", &self.gift_offline_time);
        pj::put_str_bytes(&mut m, "top_bar_text", &self.top_bar_text);
        pj::put_message(&mut m, "top_right_avatar", self.top_right_avatar.as_deref());
        pj::put_str_bytes(&mut m, "banner_scheme_url", &self.banner_scheme_url);
        pj::put_bool(&mut m, "is_locked", &self.is_locked);
        pj::put_int64(&mut m, "req_extra_type", &self.req_extra_type);
        pj::put_repeated(&mut m, "asset_ids", &self.asset_ids, pj::int64_value);
        pj::put_message(&mut m, "gift_preview_info", self.gift_preview_info.as_ref());
        pj::put_message(&mut m, "gift_tip", self.gift_tip.as_deref());
        pj::put_int32(
            &mut m,
            "need_sweep_light_count",
            &self.need_sweep_light_count,
        );
        pj::put_repeated(&mut m, "group_info", &self.group_info, pj::msg_value);
        pj::put_message(&mut m, "bottom_text", self.bottom_text.as_deref());
        pj::put_int32(&mut m, "mystery_shop_status", &self.mystery_shop_status);
        pj::put_repeated(
            &mut m,
            "optional_asset_ids",
            &self.optional_asset_ids,
            pj::int64_value,
        );
        pj::put_bool(&mut m, "disable_wish_list", &self.disable_wish_list);
        pj::put_message(&mut m, "gift_msg_board", self.gift_msg_board.as_deref());
        pj::put_message(
            &mut m,
            "emoji_interact_resource",
            self.emoji_interact_resource.as_deref(),
        );
        pj::put_bool(
            &mut m,
            "tray_dynamic_img_flippable",
            &self.tray_dynamic_img_flippable,
        );
        pj::put_int64(&mut m, "pico_show_action", &self.pico_show_action);
        pj::put_int64(
            &mut m,
            "selected_dynamic_effect",
            &self.selected_dynamic_effect,
        );
        pj::put_message(&mut m, "gift_touch_label", self.gift_touch_label.as_deref());
        pj::put_message(
            &mut m,
            "unselected_bottom_info",
            self.unselected_bottom_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "gift_confirm_info",
            self.gift_confirm_info.as_deref(),
        );
        pj::put_int32(&mut m, "biz_type", &self.biz_type);
        pj::put_message(&mut m, "biz_item", self.biz_item.as_deref());
        pj::put_message(&mut m, "webp_image", self.webp_image.as_deref());
        pj::put_int32(&mut m, "gift_source", &self.gift_source);
        pj::put_repeated(
            &mut m,
            "required_assets",
            &self.required_assets,
            pj::int64_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftStruct.GiftStructFansClubInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftStructGiftStructFansClubInfo {
    /// `min_level` = 1.
    #[prost(int32, tag = "1")]
    pub min_level: i32,
    /// `insert_pos` = 2.
    #[prost(int32, tag = "2")]
    pub insert_pos: i32,
}

impl ProtoJson for GiftStructGiftStructFansClubInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "min_level", &self.min_level);
        pj::put_int32(&mut m, "insert_pos", &self.insert_pos);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftStruct.GiftMsgBoard`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftStructGiftMsgBoard {
    /// `for_msg_board` = 1.
    #[prost(bool, tag = "1")]
    pub for_msg_board: bool,
    /// `prompt_text` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub prompt_text: ::prost::bytes::Bytes,
}

impl ProtoJson for GiftStructGiftMsgBoard {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "for_msg_board", &self.for_msg_board);
        pj::put_str_bytes(&mut m, "prompt_text", &self.prompt_text);
        Value::Object(m)
    }
}

/// Proto message `douyin.EmojiInteractResource`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EmojiInteractResource {
    /// `from_image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub from_image: ::core::option::Option<::prost::alloc::boxed::Box<SendInteractEmojiConfig>>,
    /// `pass_image` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub pass_image: ::core::option::Option<::prost::alloc::boxed::Box<SendInteractEmojiConfig>>,
    /// `to_image` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub to_image: ::core::option::Option<::prost::alloc::boxed::Box<SendInteractEmojiConfig>>,
}

impl ProtoJson for EmojiInteractResource {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "from_image", self.from_image.as_deref());
        pj::put_message(&mut m, "pass_image", self.pass_image.as_deref());
        pj::put_message(&mut m, "to_image", self.to_image.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.SendInteractEmojiConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SendInteractEmojiConfig {
    /// `interact_emoji` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub interact_emoji: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `duration_ms` = 2.
    #[prost(int64, tag = "2")]
    pub duration_ms: i64,
    /// `start` = 3.
    #[prost(int64, tag = "3")]
    pub start: i64,
    /// `own_emoji` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub own_emoji: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `own_emoji_duration_ms` = 5.
    #[prost(int64, tag = "5")]
    pub own_emoji_duration_ms: i64,
    /// `offset` = 6.
    #[prost(int64, tag = "6")]
    pub offset: i64,
    /// `scale_up` = 7.
    #[prost(int64, tag = "7")]
    pub scale_up: i64,
    /// `reshape` = 8.
    #[prost(bool, tag = "8")]
    pub reshape: bool,
    /// `sound_url` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub sound_url: ::prost::bytes::Bytes,
    /// `reshape_start` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub reshape_start: ::prost::bytes::Bytes,
}

impl ProtoJson for SendInteractEmojiConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "interact_emoji", self.interact_emoji.as_deref());
        pj::put_int64(&mut m, "duration_ms", &self.duration_ms);
        pj::put_int64(&mut m, "start", &self.start);
        pj::put_message(&mut m, "own_emoji", self.own_emoji.as_deref());
        pj::put_int64(&mut m, "own_emoji_duration_ms", &self.own_emoji_duration_ms);
        pj::put_int64(&mut m, "offset", &self.offset);
        pj::put_int64(&mut m, "scale_up", &self.scale_up);
        pj::put_bool(&mut m, "reshape", &self.reshape);
        pj::put_str_bytes(&mut m, "sound_url", &self.sound_url);
        pj::put_str_bytes(&mut m, "reshape_start", &self.reshape_start);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftTouchLabel`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftTouchLabel {
    /// `icon` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `unique_key` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub unique_key: ::prost::bytes::Bytes,
}

impl ProtoJson for GiftTouchLabel {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_str_bytes(&mut m, "unique_key", &self.unique_key);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftUnselectedBottomInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftUnselectedBottomInfo {
    /// `text` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub text: ::prost::bytes::Bytes,
}

impl ProtoJson for GiftUnselectedBottomInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "text", &self.text);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftConfirmInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftConfirmInfo {
    /// `title` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub title: ::prost::bytes::Bytes,
    /// `text` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub text: ::prost::bytes::Bytes,
    /// `cancel_button_text` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub cancel_button_text: ::prost::bytes::Bytes,
    /// `confirm_button_text` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub confirm_button_text: ::prost::bytes::Bytes,
    /// `confirm_type` = 5.
    #[prost(int32, tag = "5")]
    pub confirm_type: i32,
}

impl ProtoJson for GiftConfirmInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "text", &self.text);
        pj::put_str_bytes(&mut m, "cancel_button_text", &self.cancel_button_text);
        pj::put_str_bytes(&mut m, "confirm_button_text", &self.confirm_button_text);
        pj::put_int32(&mut m, "confirm_type", &self.confirm_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.GoodsBizItem`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GoodsBizItem {
    /// `goods` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub goods: ::core::option::Option<::prost::alloc::boxed::Box<BizGoods>>,
    /// `entrance` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub entrance: ::core::option::Option<::prost::alloc::boxed::Box<BizEntrance>>,
}

impl ProtoJson for GoodsBizItem {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "goods", self.goods.as_deref());
        pj::put_message(&mut m, "entrance", self.entrance.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.BizGoods`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BizGoods {
    /// `goods` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub goods: ::core::option::Option<::prost::alloc::boxed::Box<GoodsStruct>>,
    /// `extra` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub extra: ::prost::bytes::Bytes,
    /// `consume_scene` = 3.
    #[prost(int64, tag = "3")]
    pub consume_scene: i64,
}

impl ProtoJson for BizGoods {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "goods", self.goods.as_deref());
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_int64(&mut m, "consume_scene", &self.consume_scene);
        Value::Object(m)
    }
}

/// Proto message `douyin.BizEntrance`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BizEntrance {
    /// `scheme_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub scheme_url: ::prost::bytes::Bytes,
}

impl ProtoJson for BizEntrance {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "scheme_url", &self.scheme_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.GoodsStruct`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GoodsStruct {
    /// `goods_id` = 1.
    #[prost(int64, tag = "1")]
    pub goods_id: i64,
    /// `goods_type` = 2.
    #[prost(int64, tag = "2")]
    pub goods_type: i64,
    /// `name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub name: ::prost::bytes::Bytes,
    /// `diamond_count` = 4.
    #[prost(int64, tag = "4")]
    pub diamond_count: i64,
    /// `icon` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `description` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub description: ::prost::bytes::Bytes,
    /// `offline_time` = 7.
    #[prost(int64, tag = "7")]
    pub offline_time: i64,
    /// `extra` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub extra: ::prost::bytes::Bytes,
    /// `options` = 50.
    #[prost(int64, repeated, tag = "50")]
    pub options: ::prost::alloc::vec::Vec<i64>,
}

impl ProtoJson for GoodsStruct {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "goods_id", &self.goods_id);
        pj::put_int64(&mut m, "goods_type", &self.goods_type);
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_int64(&mut m, "diamond_count", &self.diamond_count);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_str_bytes(&mut m, "description", &self.description);
        pj::put_int64(&mut m, "offline_time", &self.offline_time);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_repeated(&mut m, "options", &self.options, pj::int64_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.LuckyMoneyGiftMeta`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LuckyMoneyGiftMeta {
    /// `image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `describe` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub describe: ::prost::bytes::Bytes,
    /// `id` = 3.
    #[prost(int64, tag = "3")]
    pub id: i64,
    /// `diamond_count` = 4.
    #[prost(int32, tag = "4")]
    pub diamond_count: i32,
    /// `icon` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for LuckyMoneyGiftMeta {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "image", self.image.as_deref());
        pj::put_str_bytes(&mut m, "describe", &self.describe);
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_int32(&mut m, "diamond_count", &self.diamond_count);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftPanelOperation`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftPanelOperation {
    /// `left_image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub left_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `right_image` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub right_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `title` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub title: ::prost::bytes::Bytes,
    /// `title_color` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub title_color: ::prost::bytes::Bytes,
    /// `title_size` = 5.
    #[prost(int64, tag = "5")]
    pub title_size: i64,
    /// `scheme_url` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub scheme_url: ::prost::bytes::Bytes,
    /// `event_name` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub event_name: ::prost::bytes::Bytes,
}

impl ProtoJson for GiftPanelOperation {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "left_image", self.left_image.as_deref());
        pj::put_message(&mut m, "right_image", self.right_image.as_deref());
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "title_color", &self.title_color);
        pj::put_int64(&mut m, "title_size", &self.title_size);
        pj::put_str_bytes(&mut m, "scheme_url", &self.scheme_url);
        pj::put_str_bytes(&mut m, "event_name", &self.event_name);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftBanner`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftBanner {}

impl ProtoJson for GiftBanner {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftBuffInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftBuffInfo {}

impl ProtoJson for GiftBuffInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftPreviewInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftPreviewInfo {}

impl ProtoJson for GiftPreviewInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftTip`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftTip {
    /// `display_text` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub display_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `background_color` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub background_color: ::prost::bytes::Bytes,
    /// `prefix_image` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub prefix_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `remaining_duration` = 4.
    #[prost(int64, tag = "4")]
    pub remaining_duration: i64,
    /// `remaining_duration_suffix_text` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub remaining_duration_suffix_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `countdown_deadline_time` = 6.
    #[prost(int64, tag = "6")]
    pub countdown_deadline_time: i64,
}

impl ProtoJson for GiftTip {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "display_text", self.display_text.as_deref());
        pj::put_str_bytes(&mut m, "background_color", &self.background_color);
        pj::put_message(&mut m, "prefix_image", self.prefix_image.as_deref());
        pj::put_int64(&mut m, "remaining_duration", &self.remaining_duration);
        pj::put_message(
            &mut m,
            "remaining_duration_suffix_text",
            self.remaining_duration_suffix_text.as_deref(),
        );
        pj::put_int64(
            &mut m,
            "countdown_deadline_time",
            &self.countdown_deadline_time,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftGroupInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftGroupInfo {
    /// `group_count` = 1.
    #[prost(int32, tag = "1")]
    pub group_count: i32,
    /// `group_text` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub group_text: ::prost::bytes::Bytes,
}

impl ProtoJson for GiftGroupInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "group_count", &self.group_count);
        pj::put_str_bytes(&mut m, "group_text", &self.group_text);
        Value::Object(m)
    }
}

/// Proto message `douyin.GiftIMPriority`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GiftIMPriority {
    /// `queueSizesList` = 1.
    #[prost(int64, repeated, tag = "1")]
    pub queue_sizes_list: ::prost::alloc::vec::Vec<i64>,
    /// `selfQueuePriority` = 2.
    #[prost(int64, tag = "2")]
    pub self_queue_priority: i64,
    /// `priority` = 3.
    #[prost(int64, tag = "3")]
    pub priority: i64,
}

impl ProtoJson for GiftIMPriority {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(
            &mut m,
            "queueSizesList",
            &self.queue_sizes_list,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "selfQueuePriority", &self.self_queue_priority);
        pj::put_int64(&mut m, "priority", &self.priority);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextEffect`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextEffect {
    /// `portrait` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub portrait: ::core::option::Option<::prost::alloc::boxed::Box<TextEffectDetail>>,
    /// `landscape` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub landscape: ::core::option::Option<::prost::alloc::boxed::Box<TextEffectDetail>>,
}

impl ProtoJson for TextEffect {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "portrait", self.portrait.as_deref());
        pj::put_message(&mut m, "landscape", self.landscape.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.TextEffectDetail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextEffectDetail {
    /// `text` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `textFontSize` = 2.
    #[prost(int32, tag = "2")]
    pub text_font_size: i32,
    /// `background` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `start` = 4.
    #[prost(int32, tag = "4")]
    pub start: i32,
    /// `duration` = 5.
    #[prost(int32, tag = "5")]
    pub duration: i32,
    /// `x` = 6.
    #[prost(int32, tag = "6")]
    pub x: i32,
    /// `y` = 7.
    #[prost(int32, tag = "7")]
    pub y: i32,
    /// `width` = 8.
    #[prost(int32, tag = "8")]
    pub width: i32,
    /// `height` = 9.
    #[prost(int32, tag = "9")]
    pub height: i32,
    /// `shadowDx` = 10.
    #[prost(int32, tag = "10")]
    pub shadow_dx: i32,
    /// `shadowDy` = 11.
    #[prost(int32, tag = "11")]
    pub shadow_dy: i32,
    /// `shadowRadius` = 12.
    #[prost(int32, tag = "12")]
    pub shadow_radius: i32,
    /// `shadowColor` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub shadow_color: ::prost::bytes::Bytes,
    /// `strokeColor` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub stroke_color: ::prost::bytes::Bytes,
    /// `strokeWidth` = 15.
    #[prost(int32, tag = "15")]
    pub stroke_width: i32,
}

impl ProtoJson for TextEffectDetail {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "text", self.text.as_deref());
        pj::put_int32(&mut m, "textFontSize", &self.text_font_size);
        pj::put_message(&mut m, "background", self.background.as_deref());
        pj::put_int32(&mut m, "start", &self.start);
        pj::put_int32(&mut m, "duration", &self.duration);
        pj::put_int32(&mut m, "x", &self.x);
        pj::put_int32(&mut m, "y", &self.y);
        pj::put_int32(&mut m, "width", &self.width);
        pj::put_int32(&mut m, "height", &self.height);
        pj::put_int32(&mut m, "shadowDx", &self.shadow_dx);
        pj::put_int32(&mut m, "shadowDy", &self.shadow_dy);
        pj::put_int32(&mut m, "shadowRadius", &self.shadow_radius);
        pj::put_str_bytes(&mut m, "shadowColor", &self.shadow_color);
        pj::put_str_bytes(&mut m, "strokeColor", &self.stroke_color);
        pj::put_int32(&mut m, "strokeWidth", &self.stroke_width);
        Value::Object(m)
    }
}

/// Proto message `douyin.MemberMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MemberMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `member_count` = 3.
    #[prost(int64, tag = "3")]
    pub member_count: i64,
    /// `operator` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub operator: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `is_set_to_admin` = 5.
    #[prost(bool, tag = "5")]
    pub is_set_to_admin: bool,
    /// `is_top_user` = 6.
    #[prost(bool, tag = "6")]
    pub is_top_user: bool,
    /// `rank_score` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub rank_score: ::prost::bytes::Bytes,
    /// `top_user_no` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub top_user_no: ::prost::bytes::Bytes,
    /// `enter_type` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub enter_type: ::prost::bytes::Bytes,
    /// `action` = 10.
    #[prost(int64, tag = "10")]
    pub action: i64,
    /// `action_description` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub action_description: ::prost::bytes::Bytes,
    /// `user_id` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub user_id: ::prost::bytes::Bytes,
    /// `effect_config` = 13.
    #[prost(message, optional, boxed, tag = "13")]
    pub effect_config:
        ::core::option::Option<::prost::alloc::boxed::Box<MemberMessageEffectConfig>>,
    /// `pop_str` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub pop_str: ::prost::bytes::Bytes,
    /// `enter_effect_config` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub enter_effect_config:
        ::core::option::Option<::prost::alloc::boxed::Box<MemberMessageEffectConfig>>,
    /// `background_image` = 16.
    #[prost(message, optional, boxed, tag = "16")]
    pub background_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `background_image_v2` = 17.
    #[prost(message, optional, boxed, tag = "17")]
    pub background_image_v2: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `anchor_display_text` = 18.
    #[prost(message, optional, boxed, tag = "18")]
    pub anchor_display_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `public_area_common` = 19.
    #[prost(message, optional, boxed, tag = "19")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
    /// `user_enter_tip_type` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub user_enter_tip_type: ::prost::bytes::Bytes,
    /// `anchor_enter_tip_type` = 21.
    #[prost(bytes = "bytes", tag = "21")]
    pub anchor_enter_tip_type: ::prost::bytes::Bytes,
    /// `buried_point` = 22.
    #[prost(map = "string, string", tag = "22")]
    pub buried_point:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
    /// `alternative_effect_config` = 23.
    #[prost(map = "string, message", tag = "23")]
    pub alternative_effect_config:
        ::std::collections::HashMap<::prost::alloc::string::String, MemberMessageEffectConfig>,
    /// `pico_enter_effect_config` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub pico_enter_effect_config:
        ::core::option::Option<::prost::alloc::boxed::Box<MemberMessagePicoEffectConfig>>,
}

impl ProtoJson for MemberMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "member_count", &self.member_count);
        pj::put_message(&mut m, "operator", self.operator.as_deref());
        pj::put_bool(&mut m, "is_set_to_admin", &self.is_set_to_admin);
        pj::put_bool(&mut m, "is_top_user", &self.is_top_user);
        pj::put_str_bytes(&mut m, "rank_score", &self.rank_score);
        pj::put_str_bytes(&mut m, "top_user_no", &self.top_user_no);
        pj::put_str_bytes(&mut m, "enter_type", &self.enter_type);
        pj::put_int64(&mut m, "action", &self.action);
        pj::put_str_bytes(&mut m, "action_description", &self.action_description);
        pj::put_str_bytes(&mut m, "user_id", &self.user_id);
        pj::put_message(&mut m, "effect_config", self.effect_config.as_deref());
        pj::put_str_bytes(&mut m, "pop_str", &self.pop_str);
        pj::put_message(
            &mut m,
            "enter_effect_config",
            self.enter_effect_config.as_deref(),
        );
        pj::put_message(&mut m, "background_image", self.background_image.as_deref());
        pj::put_message(
            &mut m,
            "background_image_v2",
            self.background_image_v2.as_deref(),
        );
        pj::put_message(
            &mut m,
            "anchor_display_text",
            self.anchor_display_text.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        pj::put_str_bytes(&mut m, "user_enter_tip_type", &self.user_enter_tip_type);
        pj::put_str_bytes(&mut m, "anchor_enter_tip_type", &self.anchor_enter_tip_type);
        pj::put_map(
            &mut m,
            "buried_point",
            &self.buried_point,
            pj::string_key,
            pj::string_value,
        );
        pj::put_map(
            &mut m,
            "alternative_effect_config",
            &self.alternative_effect_config,
            pj::string_key,
            pj::msg_value,
        );
        pj::put_message(
            &mut m,
            "pico_enter_effect_config",
            self.pico_enter_effect_config.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.MemberMessage.PicoEffectConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MemberMessagePicoEffectConfig {
    /// `type` = 1.
    #[prost(int64, tag = "1")]
    pub r#type: i64,
    /// `icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `text` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `text_icon` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub text_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `stay_time` = 5.
    #[prost(int32, tag = "5")]
    pub stay_time: i32,
    /// `badge` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `center_anim_asset_id` = 7.
    #[prost(int64, tag = "7")]
    pub center_anim_asset_id: i64,
    /// `dress_id` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub dress_id: ::prost::bytes::Bytes,
}

impl ProtoJson for MemberMessagePicoEffectConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_message(&mut m, "text", self.text.as_deref());
        pj::put_message(&mut m, "text_icon", self.text_icon.as_deref());
        pj::put_int32(&mut m, "stay_time", &self.stay_time);
        pj::put_message(&mut m, "badge", self.badge.as_deref());
        pj::put_int64(&mut m, "center_anim_asset_id", &self.center_anim_asset_id);
        pj::put_str_bytes(&mut m, "dress_id", &self.dress_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.MemberMessage.EffectConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MemberMessageEffectConfig {
    /// `type` = 1.
    #[prost(int64, tag = "1")]
    pub r#type: i64,
    /// `icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `avatar_pos` = 3.
    #[prost(int64, tag = "3")]
    pub avatar_pos: i64,
    /// `text` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `text_icon` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub text_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `stay_time` = 6.
    #[prost(int32, tag = "6")]
    pub stay_time: i32,
    /// `anim_asset_id` = 7.
    #[prost(int64, tag = "7")]
    pub anim_asset_id: i64,
    /// `badge` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `flex_setting_array` = 9.
    #[prost(int64, repeated, tag = "9")]
    pub flex_setting_array: ::prost::alloc::vec::Vec<i64>,
    /// `text_icon_overlay` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub text_icon_overlay: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `animated_badge` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub animated_badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `has_sweep_light` = 12.
    #[prost(bool, tag = "12")]
    pub has_sweep_light: bool,
    /// `text_flex_setting_array` = 13.
    #[prost(int64, repeated, tag = "13")]
    pub text_flex_setting_array: ::prost::alloc::vec::Vec<i64>,
    /// `center_anim_asset_id` = 14.
    #[prost(int64, tag = "14")]
    pub center_anim_asset_id: i64,
    /// `dynamic_image` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub dynamic_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `extra` = 16.
    #[prost(map = "string, string", tag = "16")]
    pub extra:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
    /// `mp4_anim_asset_id` = 17.
    #[prost(int64, tag = "17")]
    pub mp4_anim_asset_id: i64,
    /// `priority` = 18.
    #[prost(int64, tag = "18")]
    pub priority: i64,
    /// `max_wait_time` = 19.
    #[prost(int64, tag = "19")]
    pub max_wait_time: i64,
    /// `dress_id` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub dress_id: ::prost::bytes::Bytes,
    /// `alignment` = 21.
    #[prost(int64, tag = "21")]
    pub alignment: i64,
    /// `alignment_offset` = 22.
    #[prost(int64, tag = "22")]
    pub alignment_offset: i64,
    /// `effect_scene` = 23.
    #[prost(bytes = "bytes", tag = "23")]
    pub effect_scene: ::prost::bytes::Bytes,
    /// `piece_values` = 24.
    #[prost(map = "string, message", tag = "24")]
    pub piece_values: ::std::collections::HashMap<::prost::alloc::string::String, TextPiece>,
}

impl ProtoJson for MemberMessageEffectConfig {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_int64(&mut m, "avatar_pos", &self.avatar_pos);
        pj::put_message(&mut m, "text", self.text.as_deref());
        pj::put_message(&mut m, "text_icon", self.text_icon.as_deref());
        pj::put_int32(&mut m, "stay_time", &self.stay_time);
        pj::put_int64(&mut m, "anim_asset_id", &self.anim_asset_id);
        pj::put_message(&mut m, "badge", self.badge.as_deref());
        pj::put_repeated(
            &mut m,
            "flex_setting_array",
            &self.flex_setting_array,
            pj::int64_value,
        );
        pj::put_message(
            &mut m,
            "text_icon_overlay",
            self.text_icon_overlay.as_deref(),
        );
        pj::put_message(&mut m, "animated_badge", self.animated_badge.as_deref());
        pj::put_bool(&mut m, "has_sweep_light", &self.has_sweep_light);
        pj::put_repeated(
            &mut m,
            "text_flex_setting_array",
            &self.text_flex_setting_array,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "center_anim_asset_id", &self.center_anim_asset_id);
        pj::put_message(&mut m, "dynamic_image", self.dynamic_image.as_deref());
        pj::put_map(
            &mut m,
            "extra",
            &self.extra,
            pj::string_key,
            pj::string_value,
        );
        pj::put_int64(&mut m, "mp4_anim_asset_id", &self.mp4_anim_asset_id);
        pj::put_int64(&mut m, "priority", &self.priority);
        pj::put_int64(&mut m, "max_wait_time", &self.max_wait_time);
        pj::put_str_bytes(&mut m, "dress_id", &self.dress_id);
        pj::put_int64(&mut m, "alignment", &self.alignment);
        pj::put_int64(&mut m, "alignment_offset", &self.alignment_offset);
        pj::put_str_bytes(&mut m, "effect_scene", &self.effect_scene);
        pj::put_map(
            &mut m,
            "piece_values",
            &self.piece_values,
            pj::string_key,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.PublicAreaCommon`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PublicAreaCommon {
    /// `user_label` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub user_label: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `user_consume_in_room` = 2.
    #[prost(int64, tag = "2")]
    pub user_consume_in_room: i64,
    /// `user_send_gift_cnt_in_room` = 3.
    #[prost(int64, tag = "3")]
    pub user_send_gift_cnt_in_room: i64,
    /// `individual_priority` = 4.
    #[prost(int64, tag = "4")]
    pub individual_priority: i64,
    /// `individual_strategy_result` = 5.
    #[prost(map = "string, string", tag = "5")]
    pub individual_strategy_result:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
    /// `support_pin` = 6.
    #[prost(int64, tag = "6")]
    pub support_pin: i64,
    /// `suffix_text` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub suffix_text: ::core::option::Option<::prost::alloc::boxed::Box<SuffixText>>,
    /// `im_action` = 8.
    #[prost(int32, tag = "8")]
    pub im_action: i32,
    /// `forbidden_profile` = 9.
    #[prost(bool, tag = "9")]
    pub forbidden_profile: bool,
    /// `reply_resp` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub reply_resp: ::core::option::Option<::prost::alloc::boxed::Box<ChatReplyRespInfo>>,
    /// `tracking_params` = 11.
    #[prost(map = "string, string", tag = "11")]
    pub tracking_params:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
    /// `is_featured` = 12.
    #[prost(int64, tag = "12")]
    pub is_featured: i64,
    /// `need_filter_display` = 13.
    #[prost(bool, tag = "13")]
    pub need_filter_display: bool,
}

impl ProtoJson for PublicAreaCommon {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "user_label", self.user_label.as_deref());
        pj::put_int64(&mut m, "user_consume_in_room", &self.user_consume_in_room);
        pj::put_int64(
            &mut m,
            "user_send_gift_cnt_in_room",
            &self.user_send_gift_cnt_in_room,
        );
        pj::put_int64(&mut m, "individual_priority", &self.individual_priority);
        pj::put_map(
            &mut m,
            "individual_strategy_result",
            &self.individual_strategy_result,
            pj::string_key,
            pj::string_value,
        );
        pj::put_int64(&mut m, "support_pin", &self.support_pin);
        pj::put_message(&mut m, "suffix_text", self.suffix_text.as_deref());
        pj::put_int32(&mut m, "im_action", &self.im_action);
        pj::put_bool(&mut m, "forbidden_profile", &self.forbidden_profile);
        pj::put_message(&mut m, "reply_resp", self.reply_resp.as_deref());
        pj::put_map(
            &mut m,
            "tracking_params",
            &self.tracking_params,
            pj::string_key,
            pj::string_value,
        );
        pj::put_int64(&mut m, "is_featured", &self.is_featured);
        pj::put_bool(&mut m, "need_filter_display", &self.need_filter_display);
        Value::Object(m)
    }
}

/// Proto message `douyin.SuffixText`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SuffixText {
    /// `biz_type` = 1.
    #[prost(int64, tag = "1")]
    pub biz_type: i64,
    /// `text` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
}

impl ProtoJson for SuffixText {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "biz_type", &self.biz_type);
        pj::put_message(&mut m, "text", self.text.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.ChatReplyRespInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ChatReplyRespInfo {
    /// `reply_msg_id` = 1.
    #[prost(int64, tag = "1")]
    pub reply_msg_id: i64,
    /// `reply_id` = 2.
    #[prost(int64, tag = "2")]
    pub reply_id: i64,
    /// `reply_text` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub reply_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `reply_uid` = 4.
    #[prost(int64, tag = "4")]
    pub reply_uid: i64,
    /// `reply_webcast_uid` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub reply_webcast_uid: ::prost::bytes::Bytes,
}

impl ProtoJson for ChatReplyRespInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "reply_msg_id", &self.reply_msg_id);
        pj::put_int64(&mut m, "reply_id", &self.reply_id);
        pj::put_message(&mut m, "reply_text", self.reply_text.as_deref());
        pj::put_int64(&mut m, "reply_uid", &self.reply_uid);
        pj::put_str_bytes(&mut m, "reply_webcast_uid", &self.reply_webcast_uid);
        Value::Object(m)
    }
}

/// Proto message `douyin.Text`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Text {
    /// `key` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub key: ::prost::bytes::Bytes,
    /// `default_pattern` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub default_pattern: ::prost::bytes::Bytes,
    /// `default_format` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub default_format: ::core::option::Option<::prost::alloc::boxed::Box<TextFormat>>,
    /// `pieces` = 4.
    #[prost(message, repeated, tag = "4")]
    pub pieces: ::prost::alloc::vec::Vec<TextPiece>,
    /// `schema_infos` = 20.
    #[prost(map = "string, message", tag = "20")]
    pub schema_infos: ::std::collections::HashMap<::prost::alloc::string::String, SchemaInfo>,
}

impl ProtoJson for Text {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "key", &self.key);
        pj::put_str_bytes(&mut m, "default_pattern", &self.default_pattern);
        pj::put_message(&mut m, "default_format", self.default_format.as_deref());
        pj::put_repeated(&mut m, "pieces", &self.pieces, pj::msg_value);
        pj::put_map(
            &mut m,
            "schema_infos",
            &self.schema_infos,
            pj::string_key,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPiece`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPiece {
    /// `type` = 1.
    #[prost(int32, tag = "1")]
    pub r#type: i32,
    /// `format` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub format: ::core::option::Option<::prost::alloc::boxed::Box<TextFormat>>,
    /// `value_ref` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub value_ref: ::prost::bytes::Bytes,
    /// `string_value` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub string_value: ::prost::bytes::Bytes,
    /// `user_value` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub user_value: ::core::option::Option<::prost::alloc::boxed::Box<TextPieceUser>>,
    /// `gift_value` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub gift_value: ::core::option::Option<::prost::alloc::boxed::Box<TextPieceGift>>,
    /// `heart_value` = 23.
    #[prost(message, optional, boxed, tag = "23")]
    pub heart_value: ::core::option::Option<::prost::alloc::boxed::Box<TextPieceHeart>>,
    /// `pattern_ref_value` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub pattern_ref_value: ::core::option::Option<::prost::alloc::boxed::Box<TextPiecePatternRef>>,
    /// `image_value` = 25.
    #[prost(message, optional, boxed, tag = "25")]
    pub image_value: ::core::option::Option<::prost::alloc::boxed::Box<TextPieceImage>>,
    /// `schema_key` = 100.
    #[prost(bytes = "bytes", tag = "100")]
    pub schema_key: ::prost::bytes::Bytes,
}

impl ProtoJson for TextPiece {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "type", &self.r#type);
        pj::put_message(&mut m, "format", self.format.as_deref());
        pj::put_str_bytes(&mut m, "value_ref", &self.value_ref);
        pj::put_str_bytes(&mut m, "string_value", &self.string_value);
        pj::put_message(&mut m, "user_value", self.user_value.as_deref());
        pj::put_message(&mut m, "gift_value", self.gift_value.as_deref());
        pj::put_message(&mut m, "heart_value", self.heart_value.as_deref());
        pj::put_message(
            &mut m,
            "pattern_ref_value",
            self.pattern_ref_value.as_deref(),
        );
        pj::put_message(&mut m, "image_value", self.image_value.as_deref());
        pj::put_str_bytes(&mut m, "schema_key", &self.schema_key);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPieceImage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPieceImage {
    /// `image` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `scalingRate` = 2.
    #[prost(float, tag = "2")]
    pub scaling_rate: f32,
}

impl ProtoJson for TextPieceImage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "image", self.image.as_deref());
        pj::put_float(&mut m, "scalingRate", &self.scaling_rate);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPiecePatternRef`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPiecePatternRef {
    /// `key` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub key: ::prost::bytes::Bytes,
    /// `defaultPattern` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub default_pattern: ::prost::bytes::Bytes,
}

impl ProtoJson for TextPiecePatternRef {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "key", &self.key);
        pj::put_str_bytes(&mut m, "defaultPattern", &self.default_pattern);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPieceHeart`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPieceHeart {
    /// `color` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub color: ::prost::bytes::Bytes,
}

impl ProtoJson for TextPieceHeart {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "color", &self.color);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPieceGift`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPieceGift {
    /// `giftId` = 1.
    #[prost(int64, tag = "1")]
    pub gift_id: i64,
    /// `nameRef` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub name_ref: ::core::option::Option<::prost::alloc::boxed::Box<PatternRef>>,
}

impl ProtoJson for TextPieceGift {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "giftId", &self.gift_id);
        pj::put_message(&mut m, "nameRef", self.name_ref.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.PatternRef`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PatternRef {
    /// `key` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub key: ::prost::bytes::Bytes,
    /// `default_pattern` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub default_pattern: ::prost::bytes::Bytes,
}

impl ProtoJson for PatternRef {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "key", &self.key);
        pj::put_str_bytes(&mut m, "default_pattern", &self.default_pattern);
        Value::Object(m)
    }
}

/// Proto message `douyin.TextPieceUser`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextPieceUser {
    /// `user` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `with_colon` = 2.
    #[prost(bool, tag = "2")]
    pub with_colon: bool,
    /// `self_show_real_name` = 3.
    #[prost(bool, tag = "3")]
    pub self_show_real_name: bool,
    /// `left_show_extension` = 4.
    #[prost(int32, tag = "4")]
    pub left_show_extension: i32,
    /// `left_additional_content` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub left_additional_content: ::prost::bytes::Bytes,
    /// `right_additional_content` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub right_additional_content: ::prost::bytes::Bytes,
}

impl ProtoJson for TextPieceUser {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_bool(&mut m, "with_colon", &self.with_colon);
        pj::put_bool(&mut m, "self_show_real_name", &self.self_show_real_name);
        pj::put_int32(&mut m, "left_show_extension", &self.left_show_extension);
        pj::put_str_bytes(
            &mut m,
            "left_additional_content",
            &self.left_additional_content,
        );
        pj::put_str_bytes(
            &mut m,
            "right_additional_content",
            &self.right_additional_content,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.TextFormat`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TextFormat {
    /// `color` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub color: ::prost::bytes::Bytes,
    /// `bold` = 2.
    #[prost(bool, tag = "2")]
    pub bold: bool,
    /// `italic` = 3.
    #[prost(bool, tag = "3")]
    pub italic: bool,
    /// `weight` = 4.
    #[prost(int32, tag = "4")]
    pub weight: i32,
    /// `italic_angle` = 5.
    #[prost(int32, tag = "5")]
    pub italic_angle: i32,
    /// `font_size` = 6.
    #[prost(int32, tag = "6")]
    pub font_size: i32,
    /// `use_heigh_light_color` = 7.
    #[prost(bool, tag = "7")]
    pub use_heigh_light_color: bool,
    /// `use_remote_clor` = 8.
    #[prost(bool, tag = "8")]
    pub use_remote_clor: bool,
}

impl ProtoJson for TextFormat {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "color", &self.color);
        pj::put_bool(&mut m, "bold", &self.bold);
        pj::put_bool(&mut m, "italic", &self.italic);
        pj::put_int32(&mut m, "weight", &self.weight);
        pj::put_int32(&mut m, "italic_angle", &self.italic_angle);
        pj::put_int32(&mut m, "font_size", &self.font_size);
        pj::put_bool(&mut m, "use_heigh_light_color", &self.use_heigh_light_color);
        pj::put_bool(&mut m, "use_remote_clor", &self.use_remote_clor);
        Value::Object(m)
    }
}

/// Proto message `douyin.LikeMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LikeMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `count` = 2.
    #[prost(int64, tag = "2")]
    pub count: i64,
    /// `total` = 3.
    #[prost(int64, tag = "3")]
    pub total: i64,
    /// `color` = 4.
    #[prost(int64, tag = "4")]
    pub color: i64,
    /// `user` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `icon` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub icon: ::prost::bytes::Bytes,
    /// `double_like_detail` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub double_like_detail: ::core::option::Option<::prost::alloc::boxed::Box<DoubleLikeDetail>>,
    /// `display_control_info` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub display_control_info:
        ::core::option::Option<::prost::alloc::boxed::Box<DisplayControlInfo>>,
    /// `linkmic_guest_uid` = 9.
    #[prost(int64, tag = "9")]
    pub linkmic_guest_uid: i64,
    /// `scene` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub scene: ::prost::bytes::Bytes,
    /// `pico_display_info` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub pico_display_info: ::core::option::Option<::prost::alloc::boxed::Box<PicoDisplayInfo>>,
    /// `public_area_common` = 12.
    #[prost(message, optional, boxed, tag = "12")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for LikeMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int64(&mut m, "count", &self.count);
        pj::put_int64(&mut m, "total", &self.total);
        pj::put_int64(&mut m, "color", &self.color);
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_str_bytes(&mut m, "icon", &self.icon);
        pj::put_message(
            &mut m,
            "double_like_detail",
            self.double_like_detail.as_deref(),
        );
        pj::put_message(
            &mut m,
            "display_control_info",
            self.display_control_info.as_deref(),
        );
        pj::put_int64(&mut m, "linkmic_guest_uid", &self.linkmic_guest_uid);
        pj::put_str_bytes(&mut m, "scene", &self.scene);
        pj::put_message(
            &mut m,
            "pico_display_info",
            self.pico_display_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.SocialMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct SocialMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `share_type` = 3.
    #[prost(int64, tag = "3")]
    pub share_type: i64,
    /// `action` = 4.
    #[prost(int64, tag = "4")]
    pub action: i64,
    /// `share_target` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub share_target: ::prost::bytes::Bytes,
    /// `follow_count` = 6.
    #[prost(int64, tag = "6")]
    pub follow_count: i64,
    /// `public_area_common` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for SocialMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_int64(&mut m, "share_type", &self.share_type);
        pj::put_int64(&mut m, "action", &self.action);
        pj::put_str_bytes(&mut m, "share_target", &self.share_target);
        pj::put_int64(&mut m, "follow_count", &self.follow_count);
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.PicoDisplayInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PicoDisplayInfo {
    /// `comboSumCount` = 1.
    #[prost(int64, tag = "1")]
    pub combo_sum_count: i64,
    /// `emoji` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub emoji: ::prost::bytes::Bytes,
    /// `emojiIcon` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub emoji_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `emojiText` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub emoji_text: ::prost::bytes::Bytes,
}

impl ProtoJson for PicoDisplayInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "comboSumCount", &self.combo_sum_count);
        pj::put_str_bytes(&mut m, "emoji", &self.emoji);
        pj::put_message(&mut m, "emojiIcon", self.emoji_icon.as_deref());
        pj::put_str_bytes(&mut m, "emojiText", &self.emoji_text);
        Value::Object(m)
    }
}

/// Proto message `douyin.DoubleLikeDetail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DoubleLikeDetail {
    /// `doubleFlag` = 1.
    #[prost(bool, tag = "1")]
    pub double_flag: bool,
    /// `seqId` = 2.
    #[prost(int32, tag = "2")]
    pub seq_id: i32,
    /// `renewalsNum` = 3.
    #[prost(int32, tag = "3")]
    pub renewals_num: i32,
    /// `triggersNum` = 4.
    #[prost(int32, tag = "4")]
    pub triggers_num: i32,
}

impl ProtoJson for DoubleLikeDetail {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "doubleFlag", &self.double_flag);
        pj::put_int32(&mut m, "seqId", &self.seq_id);
        pj::put_int32(&mut m, "renewalsNum", &self.renewals_num);
        pj::put_int32(&mut m, "triggersNum", &self.triggers_num);
        Value::Object(m)
    }
}

/// Proto message `douyin.DisplayControlInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DisplayControlInfo {
    /// `showText` = 1.
    #[prost(bool, tag = "1")]
    pub show_text: bool,
    /// `showIcons` = 2.
    #[prost(bool, tag = "2")]
    pub show_icons: bool,
}

impl ProtoJson for DisplayControlInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "showText", &self.show_text);
        pj::put_bool(&mut m, "showIcons", &self.show_icons);
        Value::Object(m)
    }
}

/// Proto message `douyin.MatchAgainstScoreMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MatchAgainstScoreMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `against` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub against: ::core::option::Option<::prost::alloc::boxed::Box<Against>>,
    /// `match_status` = 3.
    #[prost(int32, tag = "3")]
    pub match_status: i32,
    /// `display_status` = 4.
    #[prost(int32, tag = "4")]
    pub display_status: i32,
    /// `match_id` = 5.
    #[prost(int64, tag = "5")]
    pub match_id: i64,
    /// `match_id_str` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub match_id_str: ::prost::bytes::Bytes,
}

impl ProtoJson for MatchAgainstScoreMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "against", self.against.as_deref());
        pj::put_int32(&mut m, "match_status", &self.match_status);
        pj::put_int32(&mut m, "display_status", &self.display_status);
        pj::put_int64(&mut m, "match_id", &self.match_id);
        pj::put_str_bytes(&mut m, "match_id_str", &self.match_id_str);
        Value::Object(m)
    }
}

/// Proto message `douyin.Against`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Against {
    /// `left_name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub left_name: ::prost::bytes::Bytes,
    /// `left_logo` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub left_logo: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `left_goal` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub left_goal: ::prost::bytes::Bytes,
    /// `left_players` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub left_players: ::core::option::Option<::prost::alloc::boxed::Box<PlayerInfo>>,
    /// `left_goal_stage_detail` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub left_goal_stage_detail: ::core::option::Option<::prost::alloc::boxed::Box<GoalStageDetail>>,
    /// `right_name` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub right_name: ::prost::bytes::Bytes,
    /// `right_logo` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub right_logo: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `right_goal` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub right_goal: ::prost::bytes::Bytes,
    /// `right_players` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub right_players: ::core::option::Option<::prost::alloc::boxed::Box<PlayerInfo>>,
    /// `right_goal_stage_detail` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub right_goal_stage_detail:
        ::core::option::Option<::prost::alloc::boxed::Box<GoalStageDetail>>,
    /// `timestamp` = 11.
    #[prost(int64, tag = "11")]
    pub timestamp: i64,
    /// `version` = 12.
    #[prost(int64, tag = "12")]
    pub version: i64,
    /// `left_team_id` = 13.
    #[prost(int64, tag = "13")]
    pub left_team_id: i64,
    /// `right_team_id` = 14.
    #[prost(int64, tag = "14")]
    pub right_team_id: i64,
    /// `diff_sei2abs_second` = 15.
    #[prost(int64, tag = "15")]
    pub diff_sei2abs_second: i64,
    /// `final_goal_stage` = 16.
    #[prost(int32, tag = "16")]
    pub final_goal_stage: i32,
    /// `current_goal_stage` = 17.
    #[prost(int32, tag = "17")]
    pub current_goal_stage: i32,
    /// `left_score_addition` = 18.
    #[prost(int32, tag = "18")]
    pub left_score_addition: i32,
    /// `right_score_addition` = 19.
    #[prost(int32, tag = "19")]
    pub right_score_addition: i32,
    /// `left_goal_int` = 20.
    #[prost(int64, tag = "20")]
    pub left_goal_int: i64,
    /// `right_goal_int` = 21.
    #[prost(int64, tag = "21")]
    pub right_goal_int: i64,
    /// `left_score_detail` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub left_score_detail:
        ::core::option::Option<::prost::alloc::boxed::Box<BasketBallGoalStageDetail>>,
    /// `right_score_detail` = 23.
    #[prost(message, optional, boxed, tag = "23")]
    pub right_score_detail:
        ::core::option::Option<::prost::alloc::boxed::Box<BasketBallGoalStageDetail>>,
    /// `basketball_stage` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub basketball_stage: ::core::option::Option<::prost::alloc::boxed::Box<BasketballStage>>,
    /// `esport_stage` = 25.
    #[prost(message, optional, boxed, tag = "25")]
    pub esport_stage: ::core::option::Option<::prost::alloc::boxed::Box<ESportsStage>>,
}

impl ProtoJson for Against {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "left_name", &self.left_name);
        pj::put_message(&mut m, "left_logo", self.left_logo.as_deref());
        pj::put_str_bytes(&mut m, "left_goal", &self.left_goal);
        pj::put_message(&mut m, "left_players", self.left_players.as_deref());
        pj::put_message(
            &mut m,
            "left_goal_stage_detail",
            self.left_goal_stage_detail.as_deref(),
        );
        pj::put_str_bytes(&mut m, "right_name", &self.right_name);
        pj::put_message(&mut m, "right_logo", self.right_logo.as_deref());
        pj::put_str_bytes(&mut m, "right_goal", &self.right_goal);
        pj::put_message(&mut m, "right_players", self.right_players.as_deref());
        pj::put_message(
            &mut m,
            "right_goal_stage_detail",
            self.right_goal_stage_detail.as_deref(),
        );
        pj::put_int64(&mut m, "timestamp", &self.timestamp);
        pj::put_int64(&mut m, "version", &self.version);
        pj::put_int64(&mut m, "left_team_id", &self.left_team_id);
        pj::put_int64(&mut m, "right_team_id", &self.right_team_id);
        pj::put_int64(&mut m, "diff_sei2abs_second", &self.diff_sei2abs_second);
        pj::put_int32(&mut m, "final_goal_stage", &self.final_goal_stage);
        pj::put_int32(&mut m, "current_goal_stage", &self.current_goal_stage);
        pj::put_int32(&mut m, "left_score_addition", &self.left_score_addition);
        pj::put_int32(&mut m, "right_score_addition", &self.right_score_addition);
        pj::put_int64(&mut m, "left_goal_int", &self.left_goal_int);
        pj::put_int64(&mut m, "right_goal_int", &self.right_goal_int);
        pj::put_message(
            &mut m,
            "left_score_detail",
            self.left_score_detail.as_deref(),
        );
        pj::put_message(
            &mut m,
            "right_score_detail",
            self.right_score_detail.as_deref(),
        );
        pj::put_message(&mut m, "basketball_stage", self.basketball_stage.as_deref());
        pj::put_message(&mut m, "esport_stage", self.esport_stage.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.PlayerInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PlayerInfo {
    /// `id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub id: ::prost::bytes::Bytes,
    /// `name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub name: ::prost::bytes::Bytes,
    /// `shirt` = 3.
    #[prost(int32, tag = "3")]
    pub shirt: i32,
    /// `position` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub position: ::prost::bytes::Bytes,
    /// `lineup_type` = 5.
    #[prost(int32, tag = "5")]
    pub lineup_type: i32,
    /// `portrait` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub portrait: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `last_event` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub last_event: ::core::option::Option<::prost::alloc::boxed::Box<PlayByPlayItemInfo>>,
    /// `x_axis` = 8.
    #[prost(double, tag = "8")]
    pub x_axis: f64,
    /// `y_axis` = 9.
    #[prost(double, tag = "9")]
    pub y_axis: f64,
    /// `position_num` = 10.
    #[prost(int32, tag = "10")]
    pub position_num: i32,
    /// `playing_time` = 11.
    #[prost(double, tag = "11")]
    pub playing_time: f64,
    /// `player_stats` = 12.
    #[prost(message, optional, boxed, tag = "12")]
    pub player_stats: ::core::option::Option<::prost::alloc::boxed::Box<PlayerStats>>,
    /// `player_id_str` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub player_id_str: ::prost::bytes::Bytes,
    /// `last_up_event` = 14.
    #[prost(message, optional, boxed, tag = "14")]
    pub last_up_event: ::core::option::Option<::prost::alloc::boxed::Box<PlayByPlayItemInfo>>,
    /// `event_list` = 15.
    #[prost(message, repeated, tag = "15")]
    pub event_list: ::prost::alloc::vec::Vec<PlayByPlayItemInfo>,
    /// `age` = 16.
    #[prost(int32, tag = "16")]
    pub age: i32,
    /// `worth` = 17.
    #[prost(double, tag = "17")]
    pub worth: f64,
    /// `club_name` = 18.
    #[prost(bytes = "bytes", tag = "18")]
    pub club_name: ::prost::bytes::Bytes,
    /// `superstar_flag` = 19.
    #[prost(bool, tag = "19")]
    pub superstar_flag: bool,
    /// `superstar_img` = 20.
    #[prost(message, optional, boxed, tag = "20")]
    pub superstar_img: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `superstar_name` = 21.
    #[prost(bytes = "bytes", tag = "21")]
    pub superstar_name: ::prost::bytes::Bytes,
    /// `superstar_desc` = 22.
    #[prost(bytes = "bytes", tag = "22")]
    pub superstar_desc: ::prost::bytes::Bytes,
}

impl ProtoJson for PlayerInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_int32(&mut m, "shirt", &self.shirt);
        pj::put_str_bytes(&mut m, "position", &self.position);
        pj::put_int32(&mut m, "lineup_type", &self.lineup_type);
        pj::put_message(&mut m, "portrait", self.portrait.as_deref());
        pj::put_message(&mut m, "last_event", self.last_event.as_deref());
        pj::put_double(&mut m, "x_axis", &self.x_axis);
        pj::put_double(&mut m, "y_axis", &self.y_axis);
        pj::put_int32(&mut m, "position_num", &self.position_num);
        pj::put_double(&mut m, "playing_time", &self.playing_time);
        pj::put_message(&mut m, "player_stats", self.player_stats.as_deref());
        pj::put_str_bytes(&mut m, "player_id_str", &self.player_id_str);
        pj::put_message(&mut m, "last_up_event", self.last_up_event.as_deref());
        pj::put_repeated(&mut m, "event_list", &self.event_list, pj::msg_value);
        pj::put_int32(&mut m, "age", &self.age);
        pj::put_double(&mut m, "worth", &self.worth);
        pj::put_str_bytes(&mut m, "club_name", &self.club_name);
        pj::put_bool(&mut m, "superstar_flag", &self.superstar_flag);
        pj::put_message(&mut m, "superstar_img", self.superstar_img.as_deref());
        pj::put_str_bytes(&mut m, "superstar_name", &self.superstar_name);
        pj::put_str_bytes(&mut m, "superstar_desc", &self.superstar_desc);
        Value::Object(m)
    }
}

/// Proto message `douyin.PlayByPlayItemInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PlayByPlayItemInfo {
    /// `timestamp` = 1.
    #[prost(int64, tag = "1")]
    pub timestamp: i64,
    /// `player_id` = 2.
    #[prost(int64, tag = "2")]
    pub player_id: i64,
    /// `ref_player_id` = 3.
    #[prost(int64, tag = "3")]
    pub ref_player_id: i64,
    /// `incident_type` = 4.
    #[prost(int32, tag = "4")]
    pub incident_type: i32,
    /// `elapsed` = 5.
    #[prost(double, tag = "5")]
    pub elapsed: f64,
    /// `elapsed_plus` = 6.
    #[prost(double, tag = "6")]
    pub elapsed_plus: f64,
    /// `player_name` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub player_name: ::prost::bytes::Bytes,
    /// `ref_player_name` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub ref_player_name: ::prost::bytes::Bytes,
    /// `player_id_str` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub player_id_str: ::prost::bytes::Bytes,
    /// `ref_player_id_str` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub ref_player_id_str: ::prost::bytes::Bytes,
    /// `start_time_pts` = 11.
    #[prost(int64, tag = "11")]
    pub start_time_pts: i64,
    /// `end_time_pts` = 12.
    #[prost(int64, tag = "12")]
    pub end_time_pts: i64,
    /// `start_time_sei` = 13.
    #[prost(int64, tag = "13")]
    pub start_time_sei: i64,
    /// `end_time_sei` = 14.
    #[prost(int64, tag = "14")]
    pub end_time_sei: i64,
}

impl ProtoJson for PlayByPlayItemInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "timestamp", &self.timestamp);
        pj::put_int64(&mut m, "player_id", &self.player_id);
        pj::put_int64(&mut m, "ref_player_id", &self.ref_player_id);
        pj::put_int32(&mut m, "incident_type", &self.incident_type);
        pj::put_double(&mut m, "elapsed", &self.elapsed);
        pj::put_double(&mut m, "elapsed_plus", &self.elapsed_plus);
        pj::put_str_bytes(&mut m, "player_name", &self.player_name);
        pj::put_str_bytes(&mut m, "ref_player_name", &self.ref_player_name);
        pj::put_str_bytes(&mut m, "player_id_str", &self.player_id_str);
        pj::put_str_bytes(&mut m, "ref_player_id_str", &self.ref_player_id_str);
        pj::put_int64(&mut m, "start_time_pts", &self.start_time_pts);
        pj::put_int64(&mut m, "end_time_pts", &self.end_time_pts);
        pj::put_int64(&mut m, "start_time_sei", &self.start_time_sei);
        pj::put_int64(&mut m, "end_time_sei", &self.end_time_sei);
        Value::Object(m)
    }
}

/// Proto message `douyin.PlayerStats`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PlayerStats {
    /// `player_id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub player_id: ::prost::bytes::Bytes,
    /// `team_id` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub team_id: ::prost::bytes::Bytes,
    /// `minutes_played` = 3.
    #[prost(double, tag = "3")]
    pub minutes_played: f64,
    /// `goals` = 4.
    #[prost(double, tag = "4")]
    pub goals: f64,
    /// `assists` = 5.
    #[prost(double, tag = "5")]
    pub assists: f64,
    /// `shots` = 6.
    #[prost(double, tag = "6")]
    pub shots: f64,
    /// `shots_on` = 7.
    #[prost(double, tag = "7")]
    pub shots_on: f64,
    /// `y_cards` = 8.
    #[prost(double, tag = "8")]
    pub y_cards: f64,
    /// `r_cards` = 9.
    #[prost(double, tag = "9")]
    pub r_cards: f64,
    /// `offsides` = 10.
    #[prost(double, tag = "10")]
    pub offsides: f64,
    /// `fouls_committed` = 11.
    #[prost(double, tag = "11")]
    pub fouls_committed: f64,
    /// `own_goals` = 12.
    #[prost(double, tag = "12")]
    pub own_goals: f64,
    /// `saves` = 13.
    #[prost(double, tag = "13")]
    pub saves: f64,
    /// `caught_ball` = 14.
    #[prost(double, tag = "14")]
    pub caught_ball: f64,
    /// `clean_sheets` = 15.
    #[prost(double, tag = "15")]
    pub clean_sheets: f64,
    /// `pass` = 16.
    #[prost(double, tag = "16")]
    pub pass: f64,
    /// `key_pass` = 17.
    #[prost(double, tag = "17")]
    pub key_pass: f64,
    /// `passes_completed` = 18.
    #[prost(double, tag = "18")]
    pub passes_completed: f64,
    /// `steal` = 19.
    #[prost(double, tag = "19")]
    pub steal: f64,
    /// `intercept` = 20.
    #[prost(double, tag = "20")]
    pub intercept: f64,
    /// `clearances` = 21.
    #[prost(double, tag = "21")]
    pub clearances: f64,
}

impl ProtoJson for PlayerStats {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "player_id", &self.player_id);
        pj::put_str_bytes(&mut m, "team_id", &self.team_id);
        pj::put_double(&mut m, "minutes_played", &self.minutes_played);
        pj::put_double(&mut m, "goals", &self.goals);
        pj::put_double(&mut m, "assists", &self.assists);
        pj::put_double(&mut m, "shots", &self.shots);
        pj::put_double(&mut m, "shots_on", &self.shots_on);
        pj::put_double(&mut m, "y_cards", &self.y_cards);
        pj::put_double(&mut m, "r_cards", &self.r_cards);
        pj::put_double(&mut m, "offsides", &self.offsides);
        pj::put_double(&mut m, "fouls_committed", &self.fouls_committed);
        pj::put_double(&mut m, "own_goals", &self.own_goals);
        pj::put_double(&mut m, "saves", &self.saves);
        pj::put_double(&mut m, "caught_ball", &self.caught_ball);
        pj::put_double(&mut m, "clean_sheets", &self.clean_sheets);
        pj::put_double(&mut m, "pass", &self.pass);
        pj::put_double(&mut m, "key_pass", &self.key_pass);
        pj::put_double(&mut m, "passes_completed", &self.passes_completed);
        pj::put_double(&mut m, "steal", &self.steal);
        pj::put_double(&mut m, "intercept", &self.intercept);
        pj::put_double(&mut m, "clearances", &self.clearances);
        Value::Object(m)
    }
}

/// Proto message `douyin.GoalStageDetail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GoalStageDetail {
    /// `first_half_goal` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub first_half_goal: ::prost::bytes::Bytes,
    /// `second_half_goal` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub second_half_goal: ::prost::bytes::Bytes,
    /// `overtime` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub overtime: ::prost::bytes::Bytes,
    /// `shots` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub shots: ::prost::bytes::Bytes,
    /// `total` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub total: ::prost::bytes::Bytes,
}

impl ProtoJson for GoalStageDetail {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "first_half_goal", &self.first_half_goal);
        pj::put_str_bytes(&mut m, "second_half_goal", &self.second_half_goal);
        pj::put_str_bytes(&mut m, "overtime", &self.overtime);
        pj::put_str_bytes(&mut m, "shots", &self.shots);
        pj::put_str_bytes(&mut m, "total", &self.total);
        Value::Object(m)
    }
}

/// Proto message `douyin.BasketBallGoalStageDetail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BasketBallGoalStageDetail {
    /// `first_period` = 1.
    #[prost(int32, tag = "1")]
    pub first_period: i32,
    /// `second_period` = 2.
    #[prost(int32, tag = "2")]
    pub second_period: i32,
    /// `third_period` = 3.
    #[prost(int32, tag = "3")]
    pub third_period: i32,
    /// `forth_period` = 4.
    #[prost(int32, tag = "4")]
    pub forth_period: i32,
    /// `overtime` = 5.
    #[prost(int32, tag = "5")]
    pub overtime: i32,
    /// `total` = 6.
    #[prost(int32, tag = "6")]
    pub total: i32,
}

impl ProtoJson for BasketBallGoalStageDetail {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "first_period", &self.first_period);
        pj::put_int32(&mut m, "second_period", &self.second_period);
        pj::put_int32(&mut m, "third_period", &self.third_period);
        pj::put_int32(&mut m, "forth_period", &self.forth_period);
        pj::put_int32(&mut m, "overtime", &self.overtime);
        pj::put_int32(&mut m, "total", &self.total);
        Value::Object(m)
    }
}

/// Proto message `douyin.BasketballStage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BasketballStage {
    /// `current_stage` = 1.
    #[prost(int32, tag = "1")]
    pub current_stage: i32,
    /// `final_stage` = 2.
    #[prost(int32, tag = "2")]
    pub final_stage: i32,
}

impl ProtoJson for BasketballStage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "current_stage", &self.current_stage);
        pj::put_int32(&mut m, "final_stage", &self.final_stage);
        Value::Object(m)
    }
}

/// Proto message `douyin.ESportsStage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ESportsStage {
    /// `current_stage` = 1.
    #[prost(int32, tag = "1")]
    pub current_stage: i32,
    /// `final_stage` = 2.
    #[prost(int32, tag = "2")]
    pub final_stage: i32,
}

impl ProtoJson for ESportsStage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "current_stage", &self.current_stage);
        pj::put_int32(&mut m, "final_stage", &self.final_stage);
        Value::Object(m)
    }
}

/// Proto message `douyin.Common`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Common {
    /// `method` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub method: ::prost::bytes::Bytes,
    /// `msg_id` = 2.
    #[prost(int64, tag = "2")]
    pub msg_id: i64,
    /// `room_id` = 3.
    #[prost(int64, tag = "3")]
    pub room_id: i64,
    /// `create_time` = 4.
    #[prost(int64, tag = "4")]
    pub create_time: i64,
    /// `monitor` = 5.
    #[prost(int32, tag = "5")]
    pub monitor: i32,
    /// `is_show_msg` = 6.
    #[prost(bool, tag = "6")]
    pub is_show_msg: bool,
    /// `describe` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub describe: ::prost::bytes::Bytes,
    /// `display_text` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub display_text: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `fold_type` = 9.
    #[prost(int64, tag = "9")]
    pub fold_type: i64,
    /// `anchor_fold_type` = 10.
    #[prost(int64, tag = "10")]
    pub anchor_fold_type: i64,
    /// `priority_score` = 11.
    #[prost(int64, tag = "11")]
    pub priority_score: i64,
    /// `log_id` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub log_id: ::prost::bytes::Bytes,
    /// `msg_process_filter_k` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub msg_process_filter_k: ::prost::bytes::Bytes,
    /// `msg_process_filter_v` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub msg_process_filter_v: ::prost::bytes::Bytes,
    /// `user` = 15.
    #[prost(message, optional, boxed, tag = "15")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `room` = 16.
    #[prost(message, optional, boxed, tag = "16")]
    pub room: ::core::option::Option<::prost::alloc::boxed::Box<Room>>,
    /// `anchor_fold_type_v2` = 17.
    #[prost(int64, tag = "17")]
    pub anchor_fold_type_v2: i64,
    /// `process_at_sei_time_ms` = 18.
    #[prost(int64, tag = "18")]
    pub process_at_sei_time_ms: i64,
    /// `random_dispatch_ms` = 19.
    #[prost(int64, tag = "19")]
    pub random_dispatch_ms: i64,
    /// `is_dispatch` = 20.
    #[prost(bool, tag = "20")]
    pub is_dispatch: bool,
    /// `channel_id` = 21.
    #[prost(int64, tag = "21")]
    pub channel_id: i64,
    /// `diff_sei2abs_second` = 22.
    #[prost(int64, tag = "22")]
    pub diff_sei2abs_second: i64,
    /// `anchor_fold_duration` = 23.
    #[prost(int64, tag = "23")]
    pub anchor_fold_duration: i64,
    /// `app_id` = 24.
    #[prost(int64, tag = "24")]
    pub app_id: i64,
}

impl ProtoJson for Common {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "method", &self.method);
        pj::put_int64(&mut m, "msg_id", &self.msg_id);
        pj::put_int64(&mut m, "room_id", &self.room_id);
        pj::put_int64(&mut m, "create_time", &self.create_time);
        pj::put_int32(&mut m, "monitor", &self.monitor);
        pj::put_bool(&mut m, "is_show_msg", &self.is_show_msg);
        pj::put_str_bytes(&mut m, "describe", &self.describe);
        pj::put_message(&mut m, "display_text", self.display_text.as_deref());
        pj::put_int64(&mut m, "fold_type", &self.fold_type);
        pj::put_int64(&mut m, "anchor_fold_type", &self.anchor_fold_type);
        pj::put_int64(&mut m, "priority_score", &self.priority_score);
        pj::put_str_bytes(&mut m, "log_id", &self.log_id);
        pj::put_str_bytes(&mut m, "msg_process_filter_k", &self.msg_process_filter_k);
        pj::put_str_bytes(&mut m, "msg_process_filter_v", &self.msg_process_filter_v);
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_message(&mut m, "room", self.room.as_deref());
        pj::put_int64(&mut m, "anchor_fold_type_v2", &self.anchor_fold_type_v2);
        pj::put_int64(
            &mut m,
            "process_at_sei_time_ms",
            &self.process_at_sei_time_ms,
        );
        pj::put_int64(&mut m, "random_dispatch_ms", &self.random_dispatch_ms);
        pj::put_bool(&mut m, "is_dispatch", &self.is_dispatch);
        pj::put_int64(&mut m, "channel_id", &self.channel_id);
        pj::put_int64(&mut m, "diff_sei2abs_second", &self.diff_sei2abs_second);
        pj::put_int64(&mut m, "anchor_fold_duration", &self.anchor_fold_duration);
        pj::put_int64(&mut m, "app_id", &self.app_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.Room`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Room {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub id_str: ::prost::bytes::Bytes,
    /// `status` = 3.
    #[prost(int64, tag = "3")]
    pub status: i64,
    /// `owner_user_id` = 4.
    #[prost(int64, tag = "4")]
    pub owner_user_id: i64,
    /// `title` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub title: ::prost::bytes::Bytes,
    /// `user_count` = 6.
    #[prost(int64, tag = "6")]
    pub user_count: i64,
    /// `create_time` = 7.
    #[prost(int64, tag = "7")]
    pub create_time: i64,
    /// `linkmic_layout` = 8.
    #[prost(int64, tag = "8")]
    pub linkmic_layout: i64,
    /// `finish_time` = 9.
    #[prost(int64, tag = "9")]
    pub finish_time: i64,
    /// `extra` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub extra: ::core::option::Option<::prost::alloc::boxed::Box<RoomExtra>>,
    /// `dynamic_cover_uri` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub dynamic_cover_uri: ::prost::bytes::Bytes,
    /// `dynamicCoverDict` = 12.
    #[prost(map = "int64, string", tag = "12")]
    pub dynamic_cover_dict: ::std::collections::HashMap<i64, ::prost::alloc::string::String>,
    /// `last_ping_time` = 13.
    #[prost(int64, tag = "13")]
    pub last_ping_time: i64,
    /// `live_id` = 14.
    #[prost(int64, tag = "14")]
    pub live_id: i64,
    /// `stream_provider` = 15.
    #[prost(int64, tag = "15")]
    pub stream_provider: i64,
    /// `os_type` = 16.
    #[prost(int64, tag = "16")]
    pub os_type: i64,
    /// `client_version` = 17.
    #[prost(bytes = "bytes", tag = "17")]
    pub client_version: ::prost::bytes::Bytes,
    /// `with_linkmic` = 18.
    #[prost(bool, tag = "18")]
    pub with_linkmic: bool,
    /// `enable_room_perspective` = 19.
    #[prost(bool, tag = "19")]
    pub enable_room_perspective: bool,
    /// `cover` = 20.
    #[prost(message, optional, boxed, tag = "20")]
    pub cover: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `dynamic_cover` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub dynamic_cover: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `dynamic_cover_low` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub dynamic_cover_low: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `share_url` = 23.
    #[prost(bytes = "bytes", tag = "23")]
    pub share_url: ::prost::bytes::Bytes,
    /// `anchor_share_text` = 24.
    #[prost(bytes = "bytes", tag = "24")]
    pub anchor_share_text: ::prost::bytes::Bytes,
    /// `user_share_text` = 25.
    #[prost(bytes = "bytes", tag = "25")]
    pub user_share_text: ::prost::bytes::Bytes,
    /// `stream_id` = 26.
    #[prost(int64, tag = "26")]
    pub stream_id: i64,
    /// `stream_id_str` = 27.
    #[prost(bytes = "bytes", tag = "27")]
    pub stream_id_str: ::prost::bytes::Bytes,
    /// `stream_url` = 28.
    #[prost(message, optional, boxed, tag = "28")]
    pub stream_url: ::core::option::Option<::prost::alloc::boxed::Box<StreamUrl>>,
    /// `mosaic_status` = 29.
    #[prost(int64, tag = "29")]
    pub mosaic_status: i64,
    /// `mosaic_tip` = 30.
    #[prost(bytes = "bytes", tag = "30")]
    pub mosaic_tip: ::prost::bytes::Bytes,
    /// `cell_style` = 31.
    #[prost(int64, tag = "31")]
    pub cell_style: i64,
    /// `link_mic` = 32.
    #[prost(message, optional, boxed, tag = "32")]
    pub link_mic: ::core::option::Option<::prost::alloc::boxed::Box<LinkMic>>,
    /// `luckymoney_num` = 33.
    #[prost(int64, tag = "33")]
    pub luckymoney_num: i64,
    /// `deco_list` = 34.
    #[prost(message, repeated, tag = "34")]
    pub deco_list: ::prost::alloc::vec::Vec<Decoration>,
    /// `top_fans` = 35.
    #[prost(message, repeated, tag = "35")]
    pub top_fans: ::prost::alloc::vec::Vec<TopFan>,
    /// `stats` = 36.
    #[prost(message, optional, boxed, tag = "36")]
    pub stats: ::core::option::Option<::prost::alloc::boxed::Box<RoomStats>>,
    /// `sun_daily_icon_content` = 37.
    #[prost(bytes = "bytes", tag = "37")]
    pub sun_daily_icon_content: ::prost::bytes::Bytes,
    /// `distance` = 38.
    #[prost(bytes = "bytes", tag = "38")]
    pub distance: ::prost::bytes::Bytes,
    /// `distance_city` = 39.
    #[prost(bytes = "bytes", tag = "39")]
    pub distance_city: ::prost::bytes::Bytes,
    /// `location` = 40.
    #[prost(bytes = "bytes", tag = "40")]
    pub location: ::prost::bytes::Bytes,
    /// `real_distance` = 41.
    #[prost(bytes = "bytes", tag = "41")]
    pub real_distance: ::prost::bytes::Bytes,
    /// `feed_room_label` = 42.
    #[prost(message, optional, boxed, tag = "42")]
    pub feed_room_label: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `common_label_list` = 43.
    #[prost(bytes = "bytes", tag = "43")]
    pub common_label_list: ::prost::bytes::Bytes,
    /// `living_room_attrs` = 44.
    #[prost(message, optional, boxed, tag = "44")]
    pub living_room_attrs: ::core::option::Option<::prost::alloc::boxed::Box<RoomUserAttr>>,
    /// `admin_user_ids` = 45.
    #[prost(int64, repeated, tag = "45")]
    pub admin_user_ids: ::prost::alloc::vec::Vec<i64>,
    /// `owner` = 46.
    #[prost(message, optional, boxed, tag = "46")]
    pub owner: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `private_info` = 47.
    #[prost(bytes = "bytes", tag = "47")]
    pub private_info: ::prost::bytes::Bytes,
    /// `has_commerce_goods` = 48.
    #[prost(bool, tag = "48")]
    pub has_commerce_goods: bool,
    /// `live_type_normal` = 49.
    #[prost(bool, tag = "49")]
    pub live_type_normal: bool,
    /// `live_type_linkmic` = 50.
    #[prost(bool, tag = "50")]
    pub live_type_linkmic: bool,
    /// `live_type_audio` = 51.
    #[prost(bool, tag = "51")]
    pub live_type_audio: bool,
    /// `live_type_third_party` = 52.
    #[prost(bool, tag = "52")]
    pub live_type_third_party: bool,
    /// `live_type_screenshot` = 53.
    #[prost(bool, tag = "53")]
    pub live_type_screenshot: bool,
    /// `live_type_sandbox` = 54.
    #[prost(bool, tag = "54")]
    pub live_type_sandbox: bool,
    /// `live_type_official` = 55.
    #[prost(bool, tag = "55")]
    pub live_type_official: bool,
    /// `group_id` = 59.
    #[prost(int64, tag = "59")]
    pub group_id: i64,
    /// `orientation` = 60.
    #[prost(int64, tag = "60")]
    pub orientation: i64,
    /// `category` = 61.
    #[prost(int64, tag = "61")]
    pub category: i64,
    /// `tags` = 62.
    #[prost(int64, repeated, tag = "62")]
    pub tags: ::prost::alloc::vec::Vec<i64>,
    /// `start_time` = 63.
    #[prost(int64, tag = "63")]
    pub start_time: i64,
    /// `popularity` = 64.
    #[prost(int64, tag = "64")]
    pub popularity: i64,
    /// `popularity_str` = 65.
    #[prost(bytes = "bytes", tag = "65")]
    pub popularity_str: ::prost::bytes::Bytes,
    /// `fcdn_appid` = 66.
    #[prost(int64, tag = "66")]
    pub fcdn_appid: i64,
    /// `sell_goods` = 68.
    #[prost(bool, tag = "68")]
    pub sell_goods: bool,
    /// `web_count` = 69.
    #[prost(int64, tag = "69")]
    pub web_count: i64,
    /// `vertical_cover_uri` = 70.
    #[prost(bytes = "bytes", tag = "70")]
    pub vertical_cover_uri: ::prost::bytes::Bytes,
    /// `base_category` = 71.
    #[prost(int64, tag = "71")]
    pub base_category: i64,
    /// `room_auth` = 72.
    #[prost(message, optional, boxed, tag = "72")]
    pub room_auth: ::core::option::Option<::prost::alloc::boxed::Box<RoomAuthStatus>>,
    /// `room_tabs` = 73.
    #[prost(message, repeated, tag = "73")]
    pub room_tabs: ::prost::alloc::vec::Vec<RoomTab>,
    /// `introduction` = 74.
    #[prost(bytes = "bytes", tag = "74")]
    pub introduction: ::prost::bytes::Bytes,
    /// `burst` = 75.
    #[prost(message, optional, boxed, tag = "75")]
    pub burst: ::core::option::Option<::prost::alloc::boxed::Box<BurstInfo>>,
    /// `health_score` = 76.
    #[prost(message, optional, boxed, tag = "76")]
    pub health_score: ::core::option::Option<::prost::alloc::boxed::Box<RoomHealthScoreInfo>>,
    /// `is_replay` = 77.
    #[prost(bool, tag = "77")]
    pub is_replay: bool,
    /// `vid` = 78.
    #[prost(bytes = "bytes", tag = "78")]
    pub vid: ::prost::bytes::Bytes,
    /// `group_source` = 79.
    #[prost(int64, tag = "79")]
    pub group_source: i64,
    /// `lottery_finish_time` = 80.
    #[prost(int64, tag = "80")]
    pub lottery_finish_time: i64,
    /// `activity_tag` = 81.
    #[prost(message, optional, boxed, tag = "81")]
    pub activity_tag: ::core::option::Option<::prost::alloc::boxed::Box<RoomActivityTag>>,
    /// `portrait_cover` = 82.
    #[prost(message, optional, boxed, tag = "82")]
    pub portrait_cover: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `background` = 83.
    #[prost(message, optional, boxed, tag = "83")]
    pub background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `layout` = 84.
    #[prost(int64, tag = "84")]
    pub layout: i64,
    /// `wait_copy` = 85.
    #[prost(bytes = "bytes", tag = "85")]
    pub wait_copy: ::prost::bytes::Bytes,
    /// `guide_button` = 86.
    #[prost(message, optional, boxed, tag = "86")]
    pub guide_button: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `preview_copy` = 87.
    #[prost(bytes = "bytes", tag = "87")]
    pub preview_copy: ::prost::bytes::Bytes,
    /// `is_show_inquiry_ball` = 88.
    #[prost(bool, tag = "88")]
    pub is_show_inquiry_ball: bool,
    /// `match_info` = 89.
    #[prost(message, optional, boxed, tag = "89")]
    pub match_info: ::core::option::Option<::prost::alloc::boxed::Box<MatchInfo>>,
    /// `use_filter` = 90.
    #[prost(bool, tag = "90")]
    pub use_filter: bool,
    /// `gift_msg_style` = 91.
    #[prost(int64, tag = "91")]
    pub gift_msg_style: i64,
    /// `distance_km` = 92.
    #[prost(bytes = "bytes", tag = "92")]
    pub distance_km: ::prost::bytes::Bytes,
    /// `finish_url` = 93.
    #[prost(bytes = "bytes", tag = "93")]
    pub finish_url: ::prost::bytes::Bytes,
    /// `official_room_info` = 94.
    #[prost(message, optional, boxed, tag = "94")]
    pub official_room_info: ::core::option::Option<::prost::alloc::boxed::Box<OfficialRoomInfo>>,
    /// `is_show_user_card_switch` = 95.
    #[prost(bool, tag = "95")]
    pub is_show_user_card_switch: bool,
    /// `video_feed_tag` = 96.
    #[prost(bytes = "bytes", tag = "96")]
    pub video_feed_tag: ::prost::bytes::Bytes,
    /// `forum_extra_data` = 97.
    #[prost(bytes = "bytes", tag = "97")]
    pub forum_extra_data: ::prost::bytes::Bytes,
    /// `fansclub_msg_style` = 98.
    #[prost(int64, tag = "98")]
    pub fansclub_msg_style: i64,
    /// `follow_msg_style` = 99.
    #[prost(int64, tag = "99")]
    pub follow_msg_style: i64,
    /// `share_msg_style` = 100.
    #[prost(int64, tag = "100")]
    pub share_msg_style: i64,
    /// `room_layout` = 101.
    #[prost(int64, tag = "101")]
    pub room_layout: i64,
    /// `short_title` = 102.
    #[prost(bytes = "bytes", tag = "102")]
    pub short_title: ::prost::bytes::Bytes,
    /// `short_touch_area_config` = 103.
    #[prost(message, optional, tag = "103")]
    pub short_touch_area_config: ::core::option::Option<RoomShortTouchAreaConfig>,
    /// `book_time` = 104.
    #[prost(int64, tag = "104")]
    pub book_time: i64,
    /// `book_end_time` = 105.
    #[prost(int64, tag = "105")]
    pub book_end_time: i64,
    /// `room_audit_status` = 106.
    #[prost(int64, tag = "106")]
    pub room_audit_status: i64,
    /// `live_distribution` = 107.
    #[prost(int64, repeated, tag = "107")]
    pub live_distribution: ::prost::alloc::vec::Vec<i64>,
    /// `tv` = 108.
    #[prost(message, optional, tag = "108")]
    pub tv: ::core::option::Option<TVStation>,
    /// `replay` = 109.
    #[prost(bool, tag = "109")]
    pub replay: bool,
    /// `challenge_info` = 110.
    #[prost(bytes = "bytes", tag = "110")]
    pub challenge_info: ::prost::bytes::Bytes,
    /// `like_count` = 111.
    #[prost(int64, tag = "111")]
    pub like_count: i64,
    /// `search_id` = 112.
    #[prost(int64, tag = "112")]
    pub search_id: i64,
    /// `anchor_scheduled_time_text` = 113.
    #[prost(bytes = "bytes", tag = "113")]
    pub anchor_scheduled_time_text: ::prost::bytes::Bytes,
    /// `hot_sentence_info` = 114.
    #[prost(bytes = "bytes", tag = "114")]
    pub hot_sentence_info: ::prost::bytes::Bytes,
    /// `replay_location` = 115.
    #[prost(int64, tag = "115")]
    pub replay_location: i64,
    /// `stream_close_time` = 116.
    #[prost(int64, tag = "116")]
    pub stream_close_time: i64,
    /// `content_tag` = 117.
    #[prost(bytes = "bytes", tag = "117")]
    pub content_tag: ::prost::bytes::Bytes,
    /// `content_label` = 118.
    #[prost(message, optional, boxed, tag = "118")]
    pub content_label: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `operation_label` = 119.
    #[prost(message, optional, boxed, tag = "119")]
    pub operation_label: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `anchor_tab_type` = 120.
    #[prost(int32, tag = "120")]
    pub anchor_tab_type: i32,
    /// `game_extra` = 121.
    #[prost(message, optional, tag = "121")]
    pub game_extra: ::core::option::Option<GameExtra>,
    /// `official_channel` = 122.
    #[prost(message, optional, tag = "122")]
    pub official_channel: ::core::option::Option<OfficialChannelInfo>,
    /// `stamps` = 123.
    #[prost(bytes = "bytes", tag = "123")]
    pub stamps: ::prost::bytes::Bytes,
    /// `comment_box` = 124.
    #[prost(message, optional, tag = "124")]
    pub comment_box: ::core::option::Option<CommentBox>,
    /// `business_live` = 125.
    #[prost(int32, tag = "125")]
    pub business_live: i32,
    /// `with_ktv` = 126.
    #[prost(bool, tag = "126")]
    pub with_ktv: bool,
    /// `with_draw_something` = 127.
    #[prost(bool, tag = "127")]
    pub with_draw_something: bool,
    /// `webcast_comment_tcs` = 128.
    #[prost(int64, tag = "128")]
    pub webcast_comment_tcs: i64,
    /// `room_tag` = 129.
    #[prost(int64, tag = "129")]
    pub room_tag: i64,
    /// `finish_reason` = 131.
    #[prost(int32, tag = "131")]
    pub finish_reason: i32,
    /// `room_cart` = 132.
    #[prost(message, optional, tag = "132")]
    pub room_cart: ::core::option::Option<RoomCart>,
    /// `scroll_config` = 133.
    #[prost(bytes = "bytes", tag = "133")]
    pub scroll_config: ::prost::bytes::Bytes,
    /// `relation_tag` = 134.
    #[prost(bytes = "bytes", tag = "134")]
    pub relation_tag: ::prost::bytes::Bytes,
    /// `owner_device_id` = 135.
    #[prost(int64, tag = "135")]
    pub owner_device_id: i64,
    /// `auto_cover` = 136.
    #[prost(int64, tag = "136")]
    pub auto_cover: i64,
    /// `app_id` = 137.
    #[prost(int64, tag = "137")]
    pub app_id: i64,
    /// `webcast_sdk_version` = 138.
    #[prost(int64, tag = "138")]
    pub webcast_sdk_version: i64,
    /// `comment_name_mode` = 139.
    #[prost(int64, tag = "139")]
    pub comment_name_mode: i64,
    /// `room_create_ab_param` = 140.
    #[prost(bytes = "bytes", tag = "140")]
    pub room_create_ab_param: ::prost::bytes::Bytes,
    /// `pre_enter_time` = 141.
    #[prost(int64, tag = "141")]
    pub pre_enter_time: i64,
    /// `ranklist_audience_type` = 142.
    #[prost(int64, tag = "142")]
    pub ranklist_audience_type: i64,
    /// `preview_flow_tag` = 143.
    #[prost(int64, tag = "143")]
    pub preview_flow_tag: i64,
    /// `preview_tag_url` = 144.
    #[prost(message, optional, boxed, tag = "144")]
    pub preview_tag_url: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `quiz_extra` = 145.
    #[prost(message, optional, boxed, tag = "145")]
    pub quiz_extra: ::core::option::Option<::prost::alloc::boxed::Box<QuizExtra>>,
    /// `linker_users` = 147.
    #[prost(message, optional, boxed, tag = "147")]
    pub linker_users: ::core::option::Option<::prost::alloc::boxed::Box<LinkerUsers>>,
    /// `linkmic_display_type` = 148.
    #[prost(int64, tag = "148")]
    pub linkmic_display_type: i64,
    /// `AudioRoomBGImage` = 149.
    #[prost(message, optional, boxed, tag = "149")]
    pub audio_room_bg_image: ::core::option::Option<::prost::alloc::boxed::Box<AudioBGData>>,
    /// `city_top_linker_users` = 150.
    #[prost(message, optional, boxed, tag = "150")]
    pub city_top_linker_users: ::core::option::Option<::prost::alloc::boxed::Box<LinkerUsers>>,
    /// `border_info` = 151.
    #[prost(message, optional, tag = "151")]
    pub border_info: ::core::option::Option<BorderInfo>,
    /// `city_top_background` = 152.
    #[prost(message, optional, boxed, tag = "152")]
    pub city_top_background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `city_top_distance` = 153.
    #[prost(bytes = "bytes", tag = "153")]
    pub city_top_distance: ::prost::bytes::Bytes,
    /// `live_room_mode` = 154.
    #[prost(int64, tag = "154")]
    pub live_room_mode: i64,
    /// `bonus` = 155.
    #[prost(message, optional, tag = "155")]
    pub bonus: ::core::option::Option<Bonus>,
    /// `highlight` = 156.
    #[prost(bool, tag = "156")]
    pub highlight: bool,
    /// `is_official_channel_room` = 157.
    #[prost(bool, tag = "157")]
    pub is_official_channel_room: bool,
    /// `activity_room_skin_info` = 158.
    #[prost(message, optional, tag = "158")]
    pub activity_room_skin_info: ::core::option::Option<ActivityRoomSkinInfo>,
    /// `fans_group_admin_user_ids` = 159.
    #[prost(int64, repeated, tag = "159")]
    pub fans_group_admin_user_ids: ::prost::alloc::vec::Vec<i64>,
    /// `replay_info` = 160.
    #[prost(message, optional, tag = "160")]
    pub replay_info: ::core::option::Option<RoomReplayInfo>,
    /// `official_channel_uid` = 161.
    #[prost(int64, tag = "161")]
    pub official_channel_uid: i64,
    /// `live_platform_source` = 162.
    #[prost(bytes = "bytes", tag = "162")]
    pub live_platform_source: ::prost::bytes::Bytes,
    /// `acquaintance_status` = 163.
    #[prost(int64, tag = "163")]
    pub acquaintance_status: i64,
    /// `comment_wall_info` = 164.
    #[prost(message, optional, tag = "164")]
    pub comment_wall_info: ::core::option::Option<CommentWallInfo>,
    /// `comment_wall_position` = 165.
    #[prost(message, optional, tag = "165")]
    pub comment_wall_position: ::core::option::Option<CommentWallPosition>,
    /// `live_type_vs_live` = 166.
    #[prost(bool, tag = "166")]
    pub live_type_vs_live: bool,
    /// `live_type_vs_premiere` = 167.
    #[prost(bool, tag = "167")]
    pub live_type_vs_premiere: bool,
    /// `episode_extra` = 168.
    #[prost(message, optional, tag = "168")]
    pub episode_extra: ::core::option::Option<EpisodeExtraInfo>,
    /// `vs_roles` = 169.
    #[prost(int32, repeated, tag = "169")]
    pub vs_roles: ::prost::alloc::vec::Vec<i32>,
    /// `item_explicit_info` = 170.
    #[prost(bytes = "bytes", tag = "170")]
    pub item_explicit_info: ::prost::bytes::Bytes,
    /// `short_touch_auth` = 171.
    #[prost(message, optional, tag = "171")]
    pub short_touch_auth: ::core::option::Option<ShortTouchAuth>,
    /// `sofa_layout` = 172.
    #[prost(int64, tag = "172")]
    pub sofa_layout: i64,
    /// `announcement_info` = 173.
    #[prost(message, optional, tag = "173")]
    pub announcement_info: ::core::option::Option<AnnouncementInfo>,
    /// `is_need_check_list` = 174.
    #[prost(bool, tag = "174")]
    pub is_need_check_list: bool,
    /// `live_status_info` = 175.
    #[prost(message, optional, tag = "175")]
    pub live_status_info: ::core::option::Option<LiveStatusInfo>,
    /// `im_info` = 176.
    #[prost(message, optional, tag = "176")]
    pub im_info: ::core::option::Option<RoomIMInfo>,
    /// `assist_label` = 177.
    #[prost(message, optional, tag = "177")]
    pub assist_label: ::core::option::Option<LabelInfo>,
    /// `interact_open_extra` = 178.
    #[prost(message, optional, tag = "178")]
    pub interact_open_extra: ::core::option::Option<InteractOpenExtra>,
    /// `vertical_type_info` = 179.
    #[prost(message, optional, tag = "179")]
    pub vertical_type_info: ::core::option::Option<VerticalTypeInfo>,
    /// `filter_words` = 180.
    #[prost(message, repeated, tag = "180")]
    pub filter_words: ::prost::alloc::vec::Vec<FilterWord>,
    /// `dynamic_label` = 181.
    #[prost(message, optional, tag = "181")]
    pub dynamic_label: ::core::option::Option<LabelInfo>,
    /// `linker_detail` = 182.
    #[prost(message, optional, tag = "182")]
    pub linker_detail: ::core::option::Option<LinkerDetail>,
    /// `visibility_range` = 183.
    #[prost(int32, tag = "183")]
    pub visibility_range: i32,
    /// `corner_mark_reach` = 184.
    #[prost(message, optional, tag = "184")]
    pub corner_mark_reach: ::core::option::Option<CornerMarkReach>,
    /// `preview_expose` = 185.
    #[prost(message, optional, tag = "185")]
    pub preview_expose: ::core::option::Option<PreviewExposeData>,
    /// `welfare_project_info` = 186.
    #[prost(message, optional, tag = "186")]
    pub welfare_project_info: ::core::option::Option<WelfareProjectInfo>,
    /// `game_room_type` = 187.
    #[prost(int32, tag = "187")]
    pub game_room_type: i32,
    /// `paid_live_data` = 188.
    #[prost(message, optional, tag = "188")]
    pub paid_live_data: ::core::option::Option<PaidLiveData>,
    /// `easter_egg_data` = 189.
    #[prost(message, optional, tag = "189")]
    pub easter_egg_data: ::core::option::Option<EasterEggData>,
    /// `title_recommend` = 190.
    #[prost(bool, tag = "190")]
    pub title_recommend: bool,
    /// `danmaku_detail` = 191.
    #[prost(int64, tag = "191")]
    pub danmaku_detail: i64,
    /// `avatar_live_info` = 192.
    #[prost(message, optional, tag = "192")]
    pub avatar_live_info: ::core::option::Option<AvatarLiveInfo>,
    /// `circle_info` = 193.
    #[prost(message, optional, tag = "193")]
    pub circle_info: ::core::option::Option<CircleInfo>,
    /// `has_promotion_games` = 194.
    #[prost(int64, tag = "194")]
    pub has_promotion_games: i64,
    /// `screenshot_sover` = 195.
    #[prost(message, optional, boxed, tag = "195")]
    pub screenshot_sover: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `appearance` = 196.
    #[prost(message, optional, tag = "196")]
    pub appearance: ::core::option::Option<Appearance>,
    /// `ecom_data` = 197.
    #[prost(message, optional, tag = "197")]
    pub ecom_data: ::core::option::Option<EcomData>,
    /// `industry_service_info` = 198.
    #[prost(message, optional, tag = "198")]
    pub industry_service_info: ::core::option::Option<IndustryServiceInfo>,
    /// `relevant_recommendation` = 199.
    #[prost(message, optional, tag = "199")]
    pub relevant_recommendation: ::core::option::Option<RelevantRecommendation>,
    /// `scene_type_info` = 200.
    #[prost(message, optional, tag = "200")]
    pub scene_type_info: ::core::option::Option<RoomSpecificSceneTypeInfo>,
    /// `game_cp` = 201.
    #[prost(message, optional, tag = "201")]
    pub game_cp: ::core::option::Option<GameCPData>,
    /// `game_play` = 202.
    #[prost(message, optional, tag = "202")]
    pub game_play: ::core::option::Option<GamePlayData>,
    /// `union_live_info` = 203.
    #[prost(message, optional, tag = "203")]
    pub union_live_info: ::core::option::Option<UnionLiveInfo>,
    /// `beautify_info` = 204.
    #[prost(message, optional, tag = "204")]
    pub beautify_info: ::core::option::Option<BeautifyInfo>,
    /// `toolbar_data` = 205.
    #[prost(message, optional, tag = "205")]
    pub toolbar_data: ::core::option::Option<ToolBarData>,
    /// `anchor_tab_label` = 206.
    #[prost(message, optional, tag = "206")]
    pub anchor_tab_label: ::core::option::Option<AnchorTabLabel>,
    /// `life_groupon_info` = 207.
    #[prost(message, optional, tag = "207")]
    pub life_groupon_info: ::core::option::Option<LifeGrouponInfo>,
    /// `vip_data` = 208.
    #[prost(message, optional, tag = "208")]
    pub vip_data: ::core::option::Option<VipData>,
    /// `toutiao_cover_recommend_level` = 209.
    #[prost(int64, tag = "209")]
    pub toutiao_cover_recommend_level: i64,
    /// `toutiao_title_recommend_level` = 210.
    #[prost(int64, tag = "210")]
    pub toutiao_title_recommend_level: i64,
    /// `upper_right_widget_data_list` = 211.
    #[prost(message, repeated, tag = "211")]
    pub upper_right_widget_data_list: ::prost::alloc::vec::Vec<UpperRightWidgetData>,
    /// `live_feedback_card` = 212.
    #[prost(message, optional, tag = "212")]
    pub live_feedback_card: ::core::option::Option<FeedbackCard>,
    /// `assist_label_list` = 213.
    #[prost(message, repeated, tag = "213")]
    pub assist_label_list: ::prost::alloc::vec::Vec<LabelInfo>,
    /// `desire_info` = 214.
    #[prost(message, optional, tag = "214")]
    pub desire_info: ::core::option::Option<DesireInfo>,
    /// `hot_room_info` = 215.
    #[prost(message, optional, boxed, tag = "215")]
    pub hot_room_info: ::core::option::Option<::prost::alloc::boxed::Box<HotRoomInfo>>,
    /// `with_aggregate_column` = 216.
    #[prost(bool, tag = "216")]
    pub with_aggregate_column: bool,
    /// `cast_screen_data` = 217.
    #[prost(message, optional, tag = "217")]
    pub cast_screen_data: ::core::option::Option<CastScreenData>,
    /// `official_channel_extra` = 218.
    #[prost(message, optional, tag = "218")]
    pub official_channel_extra: ::core::option::Option<OfficialChannelExtraInfo>,
    /// `auth_city` = 219.
    #[prost(bytes = "bytes", tag = "219")]
    pub auth_city: ::prost::bytes::Bytes,
    /// `activity_live_recommend_config` = 220.
    #[prost(message, optional, tag = "220")]
    pub activity_live_recommend_config: ::core::option::Option<ActivityLiveRecommendConfig>,
    /// `room_channel` = 221.
    #[prost(message, optional, tag = "221")]
    pub room_channel: ::core::option::Option<RoomChannelData>,
    /// `pack_meta` = 222.
    #[prost(message, optional, tag = "222")]
    pub pack_meta: ::core::option::Option<PackMetaInfo>,
    /// `activity_data` = 223.
    #[prost(message, optional, tag = "223")]
    pub activity_data: ::core::option::Option<ActivityData>,
    /// `like_display_config` = 224.
    #[prost(message, optional, tag = "224")]
    pub like_display_config: ::core::option::Option<LikeDisplayConfig>,
    /// `room_view_stats` = 225.
    #[prost(message, optional, tag = "225")]
    pub room_view_stats: ::core::option::Option<RoomViewStats>,
    /// `match` = 226.
    #[prost(message, optional, tag = "226")]
    pub r#match: ::core::option::Option<MatchRoomData>,
    /// `commentary_room_info` = 227.
    #[prost(message, optional, tag = "227")]
    pub commentary_room_info: ::core::option::Option<CommentaryRoomInfo>,
    /// `redpacket_audience_auth` = 228.
    #[prost(int64, tag = "228")]
    pub redpacket_audience_auth: i64,
    /// `match_chat_config` = 229.
    #[prost(message, optional, tag = "229")]
    pub match_chat_config: ::core::option::Option<MatchChatConfig>,
    /// `vs_main_replay_id` = 230.
    #[prost(int64, tag = "230")]
    pub vs_main_replay_id: i64,
    /// `screen_capture_sharing_title` = 231.
    #[prost(bytes = "bytes", tag = "231")]
    pub screen_capture_sharing_title: ::prost::bytes::Bytes,
    /// `share_resource` = 232.
    #[prost(message, optional, tag = "232")]
    pub share_resource: ::core::option::Option<ShareResource>,
    /// `sharing_music_id_list` = 233.
    #[prost(bytes = "bytes", repeated, tag = "233")]
    pub sharing_music_id_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `public_screen_bottom_info` = 234.
    #[prost(message, optional, tag = "234")]
    pub public_screen_bottom_info: ::core::option::Option<PublicScreenBottomInfo>,
    /// `push_stream_hkt` = 235.
    #[prost(message, optional, boxed, tag = "235")]
    pub push_stream_hkt: ::core::option::Option<::prost::alloc::boxed::Box<StreamUrl>>,
    /// `basis` = 300.
    #[prost(message, optional, tag = "300")]
    pub basis: ::core::option::Option<RoomBasisData>,
    /// `interact` = 301.
    #[prost(message, optional, tag = "301")]
    pub interact: ::core::option::Option<RoomInteractData>,
    /// `revenue` = 302.
    #[prost(message, optional, tag = "302")]
    pub revenue: ::core::option::Option<RoomRevenueData>,
    /// `req_user` = 303.
    #[prost(message, optional, tag = "303")]
    pub req_user: ::core::option::Option<RoomReqUserData>,
    /// `anchor_data` = 304.
    #[prost(message, optional, tag = "304")]
    pub anchor_data: ::core::option::Option<RoomAnchorData>,
    /// `others` = 305.
    #[prost(message, optional, tag = "305")]
    pub others: ::core::option::Option<RoomOthersData>,
    /// `pico_info` = 306.
    #[prost(message, optional, tag = "306")]
    pub pico_info: ::core::option::Option<PicoInfo>,
    /// `game_data` = 307.
    #[prost(message, optional, tag = "307")]
    pub game_data: ::core::option::Option<RoomGameData>,
    /// `feed_data` = 308.
    #[prost(message, optional, tag = "308")]
    pub feed_data: ::core::option::Option<RoomFeedData>,
    /// `open_content_data` = 309.
    #[prost(message, optional, tag = "309")]
    pub open_content_data: ::core::option::Option<OpenContentData>,
    /// `client_component_data` = 310.
    #[prost(message, optional, tag = "310")]
    pub client_component_data: ::core::option::Option<ClientComponent>,
    /// `platform_components_data` = 311.
    #[prost(message, optional, tag = "311")]
    pub platform_components_data: ::core::option::Option<RoomPlatformComponentsData>,
    /// `ios_client_component_data` = 312.
    #[prost(message, optional, tag = "312")]
    pub ios_client_component_data: ::core::option::Option<IOSClientComponent>,
}

impl ProtoJson for Room {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_int64(&mut m, "status", &self.status);
        pj::put_int64(&mut m, "owner_user_id", &self.owner_user_id);
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_int64(&mut m, "user_count", &self.user_count);
        pj::put_int64(&mut m, "create_time", &self.create_time);
        pj::put_int64(&mut m, "linkmic_layout", &self.linkmic_layout);
        pj::put_int64(&mut m, "finish_time", &self.finish_time);
        pj::put_message(&mut m, "extra", self.extra.as_deref());
        pj::put_str_bytes(&mut m, "dynamic_cover_uri", &self.dynamic_cover_uri);
        pj::put_map(
            &mut m,
            "dynamicCoverDict",
            &self.dynamic_cover_dict,
            pj::int64_key,
            pj::string_value,
        );
        pj::put_int64(&mut m, "last_ping_time", &self.last_ping_time);
        pj::put_int64(&mut m, "live_id", &self.live_id);
        pj::put_int64(&mut m, "stream_provider", &self.stream_provider);
        pj::put_int64(&mut m, "os_type", &self.os_type);
        pj::put_str_bytes(&mut m, "client_version", &self.client_version);
        pj::put_bool(&mut m, "with_linkmic", &self.with_linkmic);
        pj::put_bool(
            &mut m,
            "enable_room_perspective",
            &self.enable_room_perspective,
        );
        pj::put_message(&mut m, "cover", self.cover.as_deref());
        pj::put_message(&mut m, "dynamic_cover", self.dynamic_cover.as_deref());
        pj::put_message(
            &mut m,
            "dynamic_cover_low",
            self.dynamic_cover_low.as_deref(),
        );
        pj::put_str_bytes(&mut m, "share_url", &self.share_url);
        pj::put_str_bytes(&mut m, "anchor_share_text", &self.anchor_share_text);
        pj::put_str_bytes(&mut m, "user_share_text", &self.user_share_text);
        pj::put_int64(&mut m, "stream_id", &self.stream_id);
        pj::put_str_bytes(&mut m, "stream_id_str", &self.stream_id_str);
        pj::put_message(&mut m, "stream_url", self.stream_url.as_deref());
        pj::put_int64(&mut m, "mosaic_status", &self.mosaic_status);
        pj::put_str_bytes(&mut m, "mosaic_tip", &self.mosaic_tip);
        pj::put_int64(&mut m, "cell_style", &self.cell_style);
        pj::put_message(&mut m, "link_mic", self.link_mic.as_deref());
        pj::put_int64(&mut m, "luckymoney_num", &self.luckymoney_num);
        pj::put_repeated(&mut m, "deco_list", &self.deco_list, pj::msg_value);
        pj::put_repeated(&mut m, "top_fans", &self.top_fans, pj::msg_value);
        pj::put_message(&mut m, "stats", self.stats.as_deref());
        pj::put_str_bytes(
            &mut m,
            "sun_daily_icon_content",
            &self.sun_daily_icon_content,
        );
        pj::put_str_bytes(&mut m, "distance", &self.distance);
        pj::put_str_bytes(&mut m, "distance_city", &self.distance_city);
        pj::put_str_bytes(&mut m, "location", &self.location);
        pj::put_str_bytes(&mut m, "real_distance", &self.real_distance);
        pj::put_message(&mut m, "feed_room_label", self.feed_room_label.as_deref());
        pj::put_str_bytes(&mut m, "common_label_list", &self.common_label_list);
        pj::put_message(
            &mut m,
            "living_room_attrs",
            self.living_room_attrs.as_deref(),
        );
        pj::put_repeated(
            &mut m,
            "admin_user_ids",
            &self.admin_user_ids,
            pj::int64_value,
        );
        pj::put_message(&mut m, "owner", self.owner.as_deref());
        pj::put_str_bytes(&mut m, "private_info", &self.private_info);
        pj::put_bool(&mut m, "has_commerce_goods", &self.has_commerce_goods);
        pj::put_bool(&mut m, "live_type_normal", &self.live_type_normal);
        pj::put_bool(&mut m, "live_type_linkmic", &self.live_type_linkmic);
        pj::put_bool(&mut m, "live_type_audio", &self.live_type_audio);
        pj::put_bool(&mut m, "live_type_third_party", &self.live_type_third_party);
        pj::put_bool(&mut m, "live_type_screenshot", &self.live_type_screenshot);
        pj::put_bool(&mut m, "live_type_sandbox", &self.live_type_sandbox);
        pj::put_bool(&mut m, "live_type_official", &self.live_type_official);
        pj::put_int64(&mut m, "group_id", &self.group_id);
        pj::put_int64(&mut m, "orientation", &self.orientation);
        pj::put_int64(&mut m, "category", &self.category);
        pj::put_repeated(&mut m, "tags", &self.tags, pj::int64_value);
        pj::put_int64(&mut m, "start_time", &self.start_time);
        pj::put_int64(&mut m, "popularity", &self.popularity);
        pj::put_str_bytes(&mut m, "popularity_str", &self.popularity_str);
        pj::put_int64(&mut m, "fcdn_appid", &self.fcdn_appid);
        pj::put_bool(&mut m, "sell_goods", &self.sell_goods);
        pj::put_int64(&mut m, "web_count", &self.web_count);
        pj::put_str_bytes(&mut m, "vertical_cover_uri", &self.vertical_cover_uri);
        pj::put_int64(&mut m, "base_category", &self.base_category);
        pj::put_message(&mut m, "room_auth", self.room_auth.as_deref());
        pj::put_repeated(&mut m, "room_tabs", &self.room_tabs, pj::msg_value);
        pj::put_str_bytes(&mut m, "introduction", &self.introduction);
        pj::put_message(&mut m, "burst", self.burst.as_deref());
        pj::put_message(&mut m, "health_score", self.health_score.as_deref());
        pj::put_bool(&mut m, "is_replay", &self.is_replay);
        pj::put_str_bytes(&mut m, "vid", &self.vid);
        pj::put_int64(&mut m, "group_source", &self.group_source);
        pj::put_int64(&mut m, "lottery_finish_time", &self.lottery_finish_time);
        pj::put_message(&mut m, "activity_tag", self.activity_tag.as_deref());
        pj::put_message(&mut m, "portrait_cover", self.portrait_cover.as_deref());
        pj::put_message(&mut m, "background", self.background.as_deref());
        pj::put_int64(&mut m, "layout", &self.layout);
        pj::put_str_bytes(&mut m, "wait_copy", &self.wait_copy);
        pj::put_message(&mut m, "guide_button", self.guide_button.as_deref());
        pj::put_str_bytes(&mut m, "preview_copy", &self.preview_copy);
        pj::put_bool(&mut m, "is_show_inquiry_ball", &self.is_show_inquiry_ball);
        pj::put_message(&mut m, "match_info", self.match_info.as_deref());
        pj::put_bool(&mut m, "use_filter", &self.use_filter);
        pj::put_int64(&mut m, "gift_msg_style", &self.gift_msg_style);
        pj::put_str_bytes(&mut m, "distance_km", &self.distance_km);
        pj::put_str_bytes(&mut m, "finish_url", &self.finish_url);
        pj::put_message(
            &mut m,
            "official_room_info",
            self.official_room_info.as_deref(),
        );
        pj::put_bool(
            &mut m,
            "is_show_user_card_switch",
            &self.is_show_user_card_switch,
        );
        pj::put_str_bytes(&mut m, "video_feed_tag", &self.video_feed_tag);
        pj::put_str_bytes(&mut m, "forum_extra_data", &self.forum_extra_data);
        pj::put_int64(&mut m, "fansclub_msg_style", &self.fansclub_msg_style);
        pj::put_int64(&mut m, "follow_msg_style", &self.follow_msg_style);
        pj::put_int64(&mut m, "share_msg_style", &self.share_msg_style);
        pj::put_int64(&mut m, "room_layout", &self.room_layout);
        pj::put_str_bytes(&mut m, "short_title", &self.short_title);
        pj::put_message(
            &mut m,
            "short_touch_area_config",
            self.short_touch_area_config.as_ref(),
        );
        pj::put_int64(&mut m, "book_time", &self.book_time);
        pj::put_int64(&mut m, "book_end_time", &self.book_end_time);
        pj::put_int64(&mut m, "room_audit_status", &self.room_audit_status);
        pj::put_repeated(
            &mut m,
            "live_distribution",
            &self.live_distribution,
            pj::int64_value,
        );
        pj::put_message(&mut m, "tv", self.tv.as_ref());
        pj::put_bool(&mut m, "replay", &self.replay);
        pj::put_str_bytes(&mut m, "challenge_info", &self.challenge_info);
        pj::put_int64(&mut m, "like_count", &self.like_count);
        pj::put_int64(&mut m, "search_id", &self.search_id);
        pj::put_str_bytes(
            &mut m,
            "anchor_scheduled_time_text",
            &self.anchor_scheduled_time_text,
        );
        pj::put_str_bytes(&mut m, "hot_sentence_info", &self.hot_sentence_info);
        pj::put_int64(&mut m, "replay_location", &self.replay_location);
        pj::put_int64(&mut m, "stream_close_time", &self.stream_close_time);
        pj::put_str_bytes(&mut m, "content_tag", &self.content_tag);
        pj::put_message(&mut m, "content_label", self.content_label.as_deref());
        pj::put_message(&mut m, "operation_label", self.operation_label.as_deref());
        pj::put_int32(&mut m, "anchor_tab_type", &self.anchor_tab_type);
        pj::put_message(&mut m, "game_extra", self.game_extra.as_ref());
        pj::put_message(&mut m, "official_channel", self.official_channel.as_ref());
        pj::put_str_bytes(&mut m, "stamps", &self.stamps);
        pj::put_message(&mut m, "comment_box", self.comment_box.as_ref());
        pj::put_int32(&mut m, "business_live", &self.business_live);
        pj::put_bool(&mut m, "with_ktv", &self.with_ktv);
        pj::put_bool(&mut m, "with_draw_something", &self.with_draw_something);
        pj::put_int64(&mut m, "webcast_comment_tcs", &self.webcast_comment_tcs);
        pj::put_int64(&mut m, "room_tag", &self.room_tag);
        pj::put_int32(&mut m, "finish_reason", &self.finish_reason);
        pj::put_message(&mut m, "room_cart", self.room_cart.as_ref());
        pj::put_str_bytes(&mut m, "scroll_config", &self.scroll_config);
        pj::put_str_bytes(&mut m, "relation_tag", &self.relation_tag);
        pj::put_int64(&mut m, "owner_device_id", &self.owner_device_id);
        pj::put_int64(&mut m, "auto_cover", &self.auto_cover);
        pj::put_int64(&mut m, "app_id", &self.app_id);
        pj::put_int64(&mut m, "webcast_sdk_version", &self.webcast_sdk_version);
        pj::put_int64(&mut m, "comment_name_mode", &self.comment_name_mode);
        pj::put_str_bytes(&mut m, "room_create_ab_param", &self.room_create_ab_param);
        pj::put_int64(&mut m, "pre_enter_time", &self.pre_enter_time);
        pj::put_int64(
            &mut m,
            "ranklist_audience_type",
            &self.ranklist_audience_type,
        );
        pj::put_int64(&mut m, "preview_flow_tag", &self.preview_flow_tag);
        pj::put_message(&mut m, "preview_tag_url", self.preview_tag_url.as_deref());
        pj::put_message(&mut m, "quiz_extra", self.quiz_extra.as_deref());
        pj::put_message(&mut m, "linker_users", self.linker_users.as_deref());
        pj::put_int64(&mut m, "linkmic_display_type", &self.linkmic_display_type);
        pj::put_message(
            &mut m,
            "AudioRoomBGImage",
            self.audio_room_bg_image.as_deref(),
        );
        pj::put_message(
            &mut m,
            "city_top_linker_users",
            self.city_top_linker_users.as_deref(),
        );
        pj::put_message(&mut m, "border_info", self.border_info.as_ref());
        pj::put_message(
            &mut m,
            "city_top_background",
            self.city_top_background.as_deref(),
        );
        pj::put_str_bytes(&mut m, "city_top_distance", &self.city_top_distance);
        pj::put_int64(&mut m, "live_room_mode", &self.live_room_mode);
        pj::put_message(&mut m, "bonus", self.bonus.as_ref());
        pj::put_bool(&mut m, "highlight", &self.highlight);
        pj::put_bool(
            &mut m,
            "is_official_channel_room",
            &self.is_official_channel_room,
        );
        pj::put_message(
            &mut m,
            "activity_room_skin_info",
            self.activity_room_skin_info.as_ref(),
        );
        pj::put_repeated(
            &mut m,
            "fans_group_admin_user_ids",
            &self.fans_group_admin_user_ids,
            pj::int64_value,
        );
        pj::put_message(&mut m, "replay_info", self.replay_info.as_ref());
        pj::put_int64(&mut m, "official_channel_uid", &self.official_channel_uid);
        pj::put_str_bytes(&mut m, "live_platform_source", &self.live_platform_source);
        pj::put_int64(&mut m, "acquaintance_status", &self.acquaintance_status);
        pj::put_message(&mut m, "comment_wall_info", self.comment_wall_info.as_ref());
        pj::put_message(
            &mut m,
            "comment_wall_position",
            self.comment_wall_position.as_ref(),
        );
        pj::put_bool(&mut m, "live_type_vs_live", &self.live_type_vs_live);
        pj::put_bool(&mut m, "live_type_vs_premiere", &self.live_type_vs_premiere);
        pj::put_message(&mut m, "episode_extra", self.episode_extra.as_ref());
        pj::put_repeated(&mut m, "vs_roles", &self.vs_roles, pj::int32_value);
        pj::put_str_bytes(&mut m, "item_explicit_info", &self.item_explicit_info);
        pj::put_message(&mut m, "short_touch_auth", self.short_touch_auth.as_ref());
        pj::put_int64(&mut m, "sofa_layout", &self.sofa_layout);
        pj::put_message(&mut m, "announcement_info", self.announcement_info.as_ref());
        pj::put_bool(&mut m, "is_need_check_list", &self.is_need_check_list);
        pj::put_message(&mut m, "live_status_info", self.live_status_info.as_ref());
        pj::put_message(&mut m, "im_info", self.im_info.as_ref());
        pj::put_message(&mut m, "assist_label", self.assist_label.as_ref());
        pj::put_message(
            &mut m,
            "interact_open_extra",
            self.interact_open_extra.as_ref(),
        );
        pj::put_message(
            &mut m,
            "vertical_type_info",
            self.vertical_type_info.as_ref(),
        );
        pj::put_repeated(&mut m, "filter_words", &self.filter_words, pj::msg_value);
        pj::put_message(&mut m, "dynamic_label", self.dynamic_label.as_ref());
        pj::put_message(&mut m, "linker_detail", self.linker_detail.as_ref());
        pj::put_int32(&mut m, "visibility_range", &self.visibility_range);
        pj::put_message(&mut m, "corner_mark_reach", self.corner_mark_reach.as_ref());
        pj::put_message(&mut m, "preview_expose", self.preview_expose.as_ref());
        pj::put_message(
            &mut m,
            "welfare_project_info",
            self.welfare_project_info.as_ref(),
        );
        pj::put_int32(&mut m, "game_room_type", &self.game_room_type);
        pj::put_message(&mut m, "paid_live_data", self.paid_live_data.as_ref());
        pj::put_message(&mut m, "easter_egg_data", self.easter_egg_data.as_ref());
        pj::put_bool(&mut m, "title_recommend", &self.title_recommend);
        pj::put_int64(&mut m, "danmaku_detail", &self.danmaku_detail);
        pj::put_message(&mut m, "avatar_live_info", self.avatar_live_info.as_ref());
        pj::put_message(&mut m, "circle_info", self.circle_info.as_ref());
        pj::put_int64(&mut m, "has_promotion_games", &self.has_promotion_games);
        pj::put_message(&mut m, "screenshot_sover", self.screenshot_sover.as_deref());
        pj::put_message(&mut m, "appearance", self.appearance.as_ref());
        pj::put_message(&mut m, "ecom_data", self.ecom_data.as_ref());
        pj::put_message(
            &mut m,
            "industry_service_info",
            self.industry_service_info.as_ref(),
        );
        pj::put_message(
            &mut m,
            "relevant_recommendation",
            self.relevant_recommendation.as_ref(),
        );
        pj::put_message(&mut m, "scene_type_info", self.scene_type_info.as_ref());
        pj::put_message(&mut m, "game_cp", self.game_cp.as_ref());
        pj::put_message(&mut m, "game_play", self.game_play.as_ref());
        pj::put_message(&mut m, "union_live_info", self.union_live_info.as_ref());
        pj::put_message(&mut m, "beautify_info", self.beautify_info.as_ref());
        pj::put_message(&mut m, "toolbar_data", self.toolbar_data.as_ref());
        pj::put_message(&mut m, "anchor_tab_label", self.anchor_tab_label.as_ref());
        pj::put_message(&mut m, "life_groupon_info", self.life_groupon_info.as_ref());
        pj::put_message(&mut m, "vip_data", self.vip_data.as_ref());
        pj::put_int64(
            &mut m,
            "toutiao_cover_recommend_level",
            &self.toutiao_cover_recommend_level,
        );
        pj::put_int64(
            &mut m,
            "toutiao_title_recommend_level",
            &self.toutiao_title_recommend_level,
        );
        pj::put_repeated(
            &mut m,
            "upper_right_widget_data_list",
            &self.upper_right_widget_data_list,
            pj::msg_value,
        );
        pj::put_message(
            &mut m,
            "live_feedback_card",
            self.live_feedback_card.as_ref(),
        );
        pj::put_repeated(
            &mut m,
            "assist_label_list",
            &self.assist_label_list,
            pj::msg_value,
        );
        pj::put_message(&mut m, "desire_info", self.desire_info.as_ref());
        pj::put_message(&mut m, "hot_room_info", self.hot_room_info.as_deref());
        pj::put_bool(&mut m, "with_aggregate_column", &self.with_aggregate_column);
        pj::put_message(&mut m, "cast_screen_data", self.cast_screen_data.as_ref());
        pj::put_message(
            &mut m,
            "official_channel_extra",
            self.official_channel_extra.as_ref(),
        );
        pj::put_str_bytes(&mut m, "auth_city", &self.auth_city);
        pj::put_message(
            &mut m,
            "activity_live_recommend_config",
            self.activity_live_recommend_config.as_ref(),
        );
        pj::put_message(&mut m, "room_channel", self.room_channel.as_ref());
        pj::put_message(&mut m, "pack_meta", self.pack_meta.as_ref());
        pj::put_message(&mut m, "activity_data", self.activity_data.as_ref());
        pj::put_message(
            &mut m,
            "like_display_config",
            self.like_display_config.as_ref(),
        );
        pj::put_message(&mut m, "room_view_stats", self.room_view_stats.as_ref());
        pj::put_message(&mut m, "match", self.r#match.as_ref());
        pj::put_message(
            &mut m,
            "commentary_room_info",
            self.commentary_room_info.as_ref(),
        );
        pj::put_int64(
            &mut m,
            "redpacket_audience_auth",
            &self.redpacket_audience_auth,
        );
        pj::put_message(&mut m, "match_chat_config", self.match_chat_config.as_ref());
        pj::put_int64(&mut m, "vs_main_replay_id", &self.vs_main_replay_id);
        pj::put_str_bytes(
            &mut m,
            "screen_capture_sharing_title",
            &self.screen_capture_sharing_title,
        );
        pj::put_message(&mut m, "share_resource", self.share_resource.as_ref());
        pj::put_repeated(
            &mut m,
            "sharing_music_id_list",
            &self.sharing_music_id_list,
            pj::str_bytes_value,
        );
        pj::put_message(
            &mut m,
            "public_screen_bottom_info",
            self.public_screen_bottom_info.as_ref(),
        );
        pj::put_message(&mut m, "push_stream_hkt", self.push_stream_hkt.as_deref());
        pj::put_message(&mut m, "basis", self.basis.as_ref());
        pj::put_message(&mut m, "interact", self.interact.as_ref());
        pj::put_message(&mut m, "revenue", self.revenue.as_ref());
        pj::put_message(&mut m, "req_user", self.req_user.as_ref());
        pj::put_message(&mut m, "anchor_data", self.anchor_data.as_ref());
        pj::put_message(&mut m, "others", self.others.as_ref());
        pj::put_message(&mut m, "pico_info", self.pico_info.as_ref());
        pj::put_message(&mut m, "game_data", self.game_data.as_ref());
        pj::put_message(&mut m, "feed_data", self.feed_data.as_ref());
        pj::put_message(&mut m, "open_content_data", self.open_content_data.as_ref());
        pj::put_message(
            &mut m,
            "client_component_data",
            self.client_component_data.as_ref(),
        );
        pj::put_message(
            &mut m,
            "platform_components_data",
            self.platform_components_data.as_ref(),
        );
        pj::put_message(
            &mut m,
            "ios_client_component_data",
            self.ios_client_component_data.as_ref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomExtra {
    /// `is_sandbox` = 1.
    #[prost(bool, tag = "1")]
    pub is_sandbox: bool,
    /// `enter_region_restriction` = 2.
    #[prost(message, optional, tag = "2")]
    pub enter_region_restriction: ::core::option::Option<RoomExtraRegionRestriction>,
    /// `enter_region_match` = 3.
    #[prost(message, optional, tag = "3")]
    pub enter_region_match: ::core::option::Option<RoomExtraRegionMatch>,
    /// `filter_with_no_context` = 4.
    #[prost(message, optional, tag = "4")]
    pub filter_with_no_context: ::core::option::Option<RoomExtraSafeReason>,
    /// `xigua_uid` = 5.
    #[prost(int64, tag = "5")]
    pub xigua_uid: i64,
    /// `limit_strategy` = 6.
    #[prost(int64, tag = "6")]
    pub limit_strategy: i64,
    /// `limit_appid` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub limit_appid: ::prost::bytes::Bytes,
    /// `geo_block` = 8.
    #[prost(int32, tag = "8")]
    pub geo_block: i32,
    /// `vr_type` = 9.
    #[prost(int32, tag = "9")]
    pub vr_type: i32,
    /// `is_virtual_anchor` = 10.
    #[prost(bool, tag = "10")]
    pub is_virtual_anchor: bool,
    /// `create_scene` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub create_scene: ::prost::bytes::Bytes,
    /// `realtime_replay_enabled` = 12.
    #[prost(bool, tag = "12")]
    pub realtime_replay_enabled: bool,
    /// `realtime_playback_shift` = 13.
    #[prost(int64, tag = "13")]
    pub realtime_playback_shift: i64,
    /// `realtime_playback_start_shift` = 14.
    #[prost(int64, tag = "14")]
    pub realtime_playback_start_shift: i64,
    /// `realtime_playback_qualities` = 15.
    #[prost(message, repeated, tag = "15")]
    pub realtime_playback_qualities:
        ::prost::alloc::vec::Vec<RoomExtraStreamUrlLiveCoreSDKDataPullDataOptionsQuality>,
}

impl ProtoJson for RoomExtra {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_sandbox", &self.is_sandbox);
        pj::put_message(
            &mut m,
            "enter_region_restriction",
            self.enter_region_restriction.as_ref(),
        );
        pj::put_message(
            &mut m,
            "enter_region_match",
            self.enter_region_match.as_ref(),
        );
        pj::put_message(
            &mut m,
            "filter_with_no_context",
            self.filter_with_no_context.as_ref(),
        );
        pj::put_int64(&mut m, "xigua_uid", &self.xigua_uid);
        pj::put_int64(&mut m, "limit_strategy", &self.limit_strategy);
        pj::put_str_bytes(&mut m, "limit_appid", &self.limit_appid);
        pj::put_int32(&mut m, "geo_block", &self.geo_block);
        pj::put_int32(&mut m, "vr_type", &self.vr_type);
        pj::put_bool(&mut m, "is_virtual_anchor", &self.is_virtual_anchor);
        pj::put_str_bytes(&mut m, "create_scene", &self.create_scene);
        pj::put_bool(
            &mut m,
            "realtime_replay_enabled",
            &self.realtime_replay_enabled,
        );
        pj::put_int64(
            &mut m,
            "realtime_playback_shift",
            &self.realtime_playback_shift,
        );
        pj::put_int64(
            &mut m,
            "realtime_playback_start_shift",
            &self.realtime_playback_start_shift,
        );
        pj::put_repeated(
            &mut m,
            "realtime_playback_qualities",
            &self.realtime_playback_qualities,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomExtra.RegionRestriction`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomExtraRegionRestriction {}

impl ProtoJson for RoomExtraRegionRestriction {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomExtra.RegionMatch`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomExtraRegionMatch {}

impl ProtoJson for RoomExtraRegionMatch {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomExtra.SafeReason`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomExtraSafeReason {}

impl ProtoJson for RoomExtraSafeReason {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomExtra.StreamUrl.LiveCoreSDKData.PullData.Options.Quality`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomExtraStreamUrlLiveCoreSDKDataPullDataOptionsQuality {}

impl ProtoJson for RoomExtraStreamUrlLiveCoreSDKDataPullDataOptionsQuality {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.StreamUrl`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct StreamUrl {
    /// `provider` = 1.
    #[prost(int64, tag = "1")]
    pub provider: i64,
    /// `id` = 2.
    #[prost(int64, tag = "2")]
    pub id: i64,
    /// `id_str` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub id_str: ::prost::bytes::Bytes,
    /// `default_resolution` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub default_resolution: ::prost::bytes::Bytes,
    /// `extra` = 6.
    #[prost(message, optional, tag = "6")]
    pub extra: ::core::option::Option<StreamUrlStreamUrlExtra>,
    /// `rtmp_push_url` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub rtmp_push_url: ::prost::bytes::Bytes,
    /// `rtmp_pull_url` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub rtmp_pull_url: ::prost::bytes::Bytes,
    /// `candidate_resolution` = 10.
    #[prost(bytes = "bytes", repeated, tag = "10")]
    pub candidate_resolution: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `hls_pull_url` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub hls_pull_url: ::prost::bytes::Bytes,
    /// `hls_pull_url_params` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub hls_pull_url_params: ::prost::bytes::Bytes,
    /// `rtmp_pull_url_params` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub rtmp_pull_url_params: ::prost::bytes::Bytes,
    /// `rtmp_push_url_params` = 15.
    #[prost(bytes = "bytes", tag = "15")]
    pub rtmp_push_url_params: ::prost::bytes::Bytes,
    /// `push_urls` = 16.
    #[prost(bytes = "bytes", repeated, tag = "16")]
    pub push_urls: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `live_core_sdk_data` = 17.
    #[prost(message, optional, tag = "17")]
    pub live_core_sdk_data: ::core::option::Option<StreamUrlLiveCoreSDKData>,
    /// `complete_push_urls` = 19.
    #[prost(bytes = "bytes", repeated, tag = "19")]
    pub complete_push_urls: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `stream_control_type` = 20.
    #[prost(int32, tag = "20")]
    pub stream_control_type: i32,
    /// `stream_orientation` = 21.
    #[prost(int32, tag = "21")]
    pub stream_orientation: i32,
    /// `push_stream_type` = 22.
    #[prost(int32, tag = "22")]
    pub push_stream_type: i32,
    /// `play` = 24.
    #[prost(message, optional, tag = "24")]
    pub play: ::core::option::Option<StreamUrlPlaySetting>,
    /// `vr_type` = 26.
    #[prost(int32, tag = "26")]
    pub vr_type: i32,
}

impl ProtoJson for StreamUrl {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "provider", &self.provider);
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_str_bytes(&mut m, "default_resolution", &self.default_resolution);
        pj::put_message(&mut m, "extra", self.extra.as_ref());
        pj::put_str_bytes(&mut m, "rtmp_push_url", &self.rtmp_push_url);
        pj::put_str_bytes(&mut m, "rtmp_pull_url", &self.rtmp_pull_url);
        pj::put_repeated(
            &mut m,
            "candidate_resolution",
            &self.candidate_resolution,
            pj::str_bytes_value,
        );
        pj::put_str_bytes(&mut m, "hls_pull_url", &self.hls_pull_url);
        pj::put_str_bytes(&mut m, "hls_pull_url_params", &self.hls_pull_url_params);
        pj::put_str_bytes(&mut m, "rtmp_pull_url_params", &self.rtmp_pull_url_params);
        pj::put_str_bytes(&mut m, "rtmp_push_url_params", &self.rtmp_push_url_params);
        pj::put_repeated(&mut m, "push_urls", &self.push_urls, pj::str_bytes_value);
        pj::put_message(
            &mut m,
            "live_core_sdk_data",
            self.live_core_sdk_data.as_ref(),
        );
        pj::put_repeated(
            &mut m,
            "complete_push_urls",
            &self.complete_push_urls,
            pj::str_bytes_value,
        );
        pj::put_int32(&mut m, "stream_control_type", &self.stream_control_type);
        pj::put_int32(&mut m, "stream_orientation", &self.stream_orientation);
        pj::put_int32(&mut m, "push_stream_type", &self.push_stream_type);
        pj::put_message(&mut m, "play", self.play.as_ref());
        pj::put_int32(&mut m, "vr_type", &self.vr_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.StreamUrl.StreamUrlExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct StreamUrlStreamUrlExtra {}

impl ProtoJson for StreamUrlStreamUrlExtra {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.StreamUrl.LiveCoreSDKData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct StreamUrlLiveCoreSDKData {}

impl ProtoJson for StreamUrlLiveCoreSDKData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.StreamUrl.PlaySetting`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct StreamUrlPlaySetting {}

impl ProtoJson for StreamUrlPlaySetting {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMic`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMic {
    /// `channel_id` = 1.
    #[prost(int64, tag = "1")]
    pub channel_id: i64,
    /// `channel_info` = 2.
    #[prost(message, optional, tag = "2")]
    pub channel_info: ::core::option::Option<LinkMicLinkMicChannelInfo>,
    /// `battle_scores` = 3.
    #[prost(message, repeated, tag = "3")]
    pub battle_scores: ::prost::alloc::vec::Vec<LinkMicLinkMicBattleScore>,
    /// `battle_settings` = 4.
    #[prost(message, optional, tag = "4")]
    pub battle_settings: ::core::option::Option<LinkMicLinkMicBattleSetting>,
    /// `rival_anchor_id` = 5.
    #[prost(int64, tag = "5")]
    pub rival_anchor_id: i64,
    /// `linkmic_anchor_count` = 6.
    #[prost(int64, tag = "6")]
    pub linkmic_anchor_count: i64,
}

impl ProtoJson for LinkMic {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "channel_id", &self.channel_id);
        pj::put_message(&mut m, "channel_info", self.channel_info.as_ref());
        pj::put_repeated(&mut m, "battle_scores", &self.battle_scores, pj::msg_value);
        pj::put_message(&mut m, "battle_settings", self.battle_settings.as_ref());
        pj::put_int64(&mut m, "rival_anchor_id", &self.rival_anchor_id);
        pj::put_int64(&mut m, "linkmic_anchor_count", &self.linkmic_anchor_count);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMic.LinkMicChannelInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicLinkMicChannelInfo {}

impl ProtoJson for LinkMicLinkMicChannelInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMic.LinkMicBattleScore`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicLinkMicBattleScore {}

impl ProtoJson for LinkMicLinkMicBattleScore {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkMic.LinkMicBattleSetting`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkMicLinkMicBattleSetting {}

impl ProtoJson for LinkMicLinkMicBattleSetting {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.Decoration`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Decoration {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `image` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `type` = 3.
    #[prost(int64, tag = "3")]
    pub r#type: i64,
    /// `input_rect` = 4.
    #[prost(int64, repeated, tag = "4")]
    pub input_rect: ::prost::alloc::vec::Vec<i64>,
    /// `text_size` = 5.
    #[prost(int64, tag = "5")]
    pub text_size: i64,
    /// `text_color` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub text_color: ::prost::bytes::Bytes,
    /// `content` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub content: ::prost::bytes::Bytes,
    /// `max_length` = 8.
    #[prost(int64, tag = "8")]
    pub max_length: i64,
    /// `status` = 9.
    #[prost(int64, tag = "9")]
    pub status: i64,
    /// `h` = 10.
    #[prost(int64, tag = "10")]
    pub h: i64,
    /// `x` = 11.
    #[prost(int64, tag = "11")]
    pub x: i64,
    /// `w` = 12.
    #[prost(int64, tag = "12")]
    pub w: i64,
    /// `y` = 13.
    #[prost(int64, tag = "13")]
    pub y: i64,
    /// `kind` = 14.
    #[prost(int64, tag = "14")]
    pub kind: i64,
    /// `sub_type` = 15.
    #[prost(int64, tag = "15")]
    pub sub_type: i64,
    /// `reservation` = 16.
    #[prost(message, optional, tag = "16")]
    pub reservation: ::core::option::Option<DecorationReservation>,
    /// `nine_patch_image` = 17.
    #[prost(message, optional, boxed, tag = "17")]
    pub nine_patch_image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `text_special_effects` = 18.
    #[prost(int64, repeated, tag = "18")]
    pub text_special_effects: ::prost::alloc::vec::Vec<i64>,
    /// `text_image_adjustable_start_position` = 19.
    #[prost(int64, tag = "19")]
    pub text_image_adjustable_start_position: i64,
    /// `text_image_adjustable_end_position` = 20.
    #[prost(int64, tag = "20")]
    pub text_image_adjustable_end_position: i64,
    /// `text_font_config` = 21.
    #[prost(message, optional, tag = "21")]
    pub text_font_config: ::core::option::Option<DecorationDecorationFontConfig>,
    /// `audit_text_color` = 22.
    #[prost(bytes = "bytes", tag = "22")]
    pub audit_text_color: ::prost::bytes::Bytes,
}

impl ProtoJson for Decoration {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_message(&mut m, "image", self.image.as_deref());
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_repeated(&mut m, "input_rect", &self.input_rect, pj::int64_value);
        pj::put_int64(&mut m, "text_size", &self.text_size);
        pj::put_str_bytes(&mut m, "text_color", &self.text_color);
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_int64(&mut m, "max_length", &self.max_length);
        pj::put_int64(&mut m, "status", &self.status);
        pj::put_int64(&mut m, "h", &self.h);
        pj::put_int64(&mut m, "x", &self.x);
        pj::put_int64(&mut m, "w", &self.w);
        pj::put_int64(&mut m, "y", &self.y);
        pj::put_int64(&mut m, "kind", &self.kind);
        pj::put_int64(&mut m, "sub_type", &self.sub_type);
        pj::put_message(&mut m, "reservation", self.reservation.as_ref());
        pj::put_message(&mut m, "nine_patch_image", self.nine_patch_image.as_deref());
        pj::put_repeated(
            &mut m,
            "text_special_effects",
            &self.text_special_effects,
            pj::int64_value,
        );
        pj::put_int64(
            &mut m,
            "text_image_adjustable_start_position",
            &self.text_image_adjustable_start_position,
        );
        pj::put_int64(
            &mut m,
            "text_image_adjustable_end_position",
            &self.text_image_adjustable_end_position,
        );
        pj::put_message(&mut m, "text_font_config", self.text_font_config.as_ref());
        pj::put_str_bytes(&mut m, "audit_text_color", &self.audit_text_color);
        Value::Object(m)
    }
}

/// Proto message `douyin.Decoration.Reservation`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DecorationReservation {}

impl ProtoJson for DecorationReservation {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.Decoration.DecorationFontConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DecorationDecorationFontConfig {}

impl ProtoJson for DecorationDecorationFontConfig {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.TopFan`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TopFan {
    /// `fan_ticket` = 1.
    #[prost(int64, tag = "1")]
    pub fan_ticket: i64,
    /// `user` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
}

impl ProtoJson for TopFan {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "fan_ticket", &self.fan_ticket);
        pj::put_message(&mut m, "user", self.user.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomStats`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomStats {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub id_str: ::prost::bytes::Bytes,
    /// `fan_ticket` = 3.
    #[prost(int64, tag = "3")]
    pub fan_ticket: i64,
    /// `money` = 4.
    #[prost(int64, tag = "4")]
    pub money: i64,
    /// `total_user` = 5.
    #[prost(int64, tag = "5")]
    pub total_user: i64,
    /// `gift_uv_count` = 6.
    #[prost(int64, tag = "6")]
    pub gift_uv_count: i64,
    /// `follow_count` = 7.
    #[prost(int64, tag = "7")]
    pub follow_count: i64,
    /// `user_count_composition` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub user_count_composition:
        ::core::option::Option<::prost::alloc::boxed::Box<RoomStatsUserCountComposition>>,
    /// `watermelon` = 9.
    #[prost(int64, tag = "9")]
    pub watermelon: i64,
    /// `digg_count` = 10.
    #[prost(int64, tag = "10")]
    pub digg_count: i64,
    /// `enter_count` = 11.
    #[prost(int64, tag = "11")]
    pub enter_count: i64,
    /// `dou_plus_promotion` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub dou_plus_promotion: ::prost::bytes::Bytes,
    /// `total_user_desp` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub total_user_desp: ::prost::bytes::Bytes,
    /// `like_count` = 14.
    #[prost(int64, tag = "14")]
    pub like_count: i64,
    /// `total_user_str` = 15.
    #[prost(bytes = "bytes", tag = "15")]
    pub total_user_str: ::prost::bytes::Bytes,
    /// `user_count_str` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub user_count_str: ::prost::bytes::Bytes,
    /// `comment_count` = 17.
    #[prost(int64, tag = "17")]
    pub comment_count: i64,
    /// `welfare_donation_amount` = 18.
    #[prost(int64, tag = "18")]
    pub welfare_donation_amount: i64,
    /// `up_right_stats_str` = 19.
    #[prost(bytes = "bytes", tag = "19")]
    pub up_right_stats_str: ::prost::bytes::Bytes,
    /// `up_right_stats_str_complete` = 20.
    #[prost(bytes = "bytes", tag = "20")]
    pub up_right_stats_str_complete: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomStats {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_int64(&mut m, "fan_ticket", &self.fan_ticket);
        pj::put_int64(&mut m, "money", &self.money);
        pj::put_int64(&mut m, "total_user", &self.total_user);
        pj::put_int64(&mut m, "gift_uv_count", &self.gift_uv_count);
        pj::put_int64(&mut m, "follow_count", &self.follow_count);
        pj::put_message(
            &mut m,
            "user_count_composition",
            self.user_count_composition.as_deref(),
        );
        pj::put_int64(&mut m, "watermelon", &self.watermelon);
        pj::put_int64(&mut m, "digg_count", &self.digg_count);
        pj::put_int64(&mut m, "enter_count", &self.enter_count);
        pj::put_str_bytes(&mut m, "dou_plus_promotion", &self.dou_plus_promotion);
        pj::put_str_bytes(&mut m, "total_user_desp", &self.total_user_desp);
        pj::put_int64(&mut m, "like_count", &self.like_count);
        pj::put_str_bytes(&mut m, "total_user_str", &self.total_user_str);
        pj::put_str_bytes(&mut m, "user_count_str", &self.user_count_str);
        pj::put_int64(&mut m, "comment_count", &self.comment_count);
        pj::put_int64(
            &mut m,
            "welfare_donation_amount",
            &self.welfare_donation_amount,
        );
        pj::put_str_bytes(&mut m, "up_right_stats_str", &self.up_right_stats_str);
        pj::put_str_bytes(
            &mut m,
            "up_right_stats_str_complete",
            &self.up_right_stats_str_complete,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomStats.UserCountComposition`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomStatsUserCountComposition {
    /// `city` = 1.
    #[prost(double, tag = "1")]
    pub city: f64,
    /// `video_detail` = 2.
    #[prost(double, tag = "2")]
    pub video_detail: f64,
    /// `my_follow` = 3.
    #[prost(double, tag = "3")]
    pub my_follow: f64,
    /// `other` = 4.
    #[prost(double, tag = "4")]
    pub other: f64,
}

impl ProtoJson for RoomStatsUserCountComposition {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_double(&mut m, "city", &self.city);
        pj::put_double(&mut m, "video_detail", &self.video_detail);
        pj::put_double(&mut m, "my_follow", &self.my_follow);
        pj::put_double(&mut m, "other", &self.other);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomUserAttr`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomUserAttr {
    /// `room_id` = 1.
    #[prost(int64, tag = "1")]
    pub room_id: i64,
    /// `room_id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub room_id_str: ::prost::bytes::Bytes,
    /// `silence_flag` = 3.
    #[prost(int64, tag = "3")]
    pub silence_flag: i64,
    /// `admin_flag` = 4.
    #[prost(int64, tag = "4")]
    pub admin_flag: i64,
    /// `rank` = 5.
    #[prost(int64, tag = "5")]
    pub rank: i64,
}

impl ProtoJson for RoomUserAttr {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "room_id", &self.room_id);
        pj::put_str_bytes(&mut m, "room_id_str", &self.room_id_str);
        pj::put_int64(&mut m, "silence_flag", &self.silence_flag);
        pj::put_int64(&mut m, "admin_flag", &self.admin_flag);
        pj::put_int64(&mut m, "rank", &self.rank);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomAuthStatus`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomAuthStatus {
    /// `Chat` = 1.
    #[prost(bool, tag = "1")]
    pub chat: bool,
    /// `Danmaku` = 2.
    #[prost(bool, tag = "2")]
    pub danmaku: bool,
    /// `Gift` = 3.
    #[prost(bool, tag = "3")]
    pub gift: bool,
    /// `LuckMoney` = 4.
    #[prost(bool, tag = "4")]
    pub luck_money: bool,
    /// `Digg` = 5.
    #[prost(bool, tag = "5")]
    pub digg: bool,
    /// `RoomContributor` = 7.
    #[prost(bool, tag = "7")]
    pub room_contributor: bool,
    /// `Props` = 8.
    #[prost(bool, tag = "8")]
    pub props: bool,
    /// `UserCard` = 9.
    #[prost(bool, tag = "9")]
    pub user_card: bool,
    /// `POI` = 10.
    #[prost(bool, tag = "10")]
    pub poi: bool,
    /// `MoreAnchor` = 11.
    #[prost(int64, tag = "11")]
    pub more_anchor: i64,
    /// `Banner` = 12.
    #[prost(int64, tag = "12")]
    pub banner: i64,
    /// `Share` = 13.
    #[prost(int64, tag = "13")]
    pub share: i64,
    /// `UserCorner` = 14.
    #[prost(int64, tag = "14")]
    pub user_corner: i64,
    /// `Landscape` = 15.
    #[prost(int64, tag = "15")]
    pub landscape: i64,
    /// `LandscapeChat` = 16.
    #[prost(int64, tag = "16")]
    pub landscape_chat: i64,
    /// `PublicScreen` = 17.
    #[prost(int64, tag = "17")]
    pub public_screen: i64,
    /// `GiftAnchorMt` = 18.
    #[prost(int64, tag = "18")]
    pub gift_anchor_mt: i64,
    /// `RecordScreen` = 19.
    #[prost(int64, tag = "19")]
    pub record_screen: i64,
    /// `DonationSticker` = 20.
    #[prost(int64, tag = "20")]
    pub donation_sticker: i64,
    /// `HourRank` = 21.
    #[prost(int64, tag = "21")]
    pub hour_rank: i64,
    /// `CommerceCard` = 22.
    #[prost(int64, tag = "22")]
    pub commerce_card: i64,
    /// `AudioChat` = 23.
    #[prost(int64, tag = "23")]
    pub audio_chat: i64,
    /// `DanmakuDefault` = 24.
    #[prost(int64, tag = "24")]
    pub danmaku_default: i64,
    /// `KtvOrderSong` = 25.
    #[prost(int64, tag = "25")]
    pub ktv_order_song: i64,
    /// `SelectionAlbum` = 26.
    #[prost(int64, tag = "26")]
    pub selection_album: i64,
    /// `Like` = 27.
    #[prost(int64, tag = "27")]
    pub like: i64,
    /// `MultiplierPlayback` = 28.
    #[prost(int64, tag = "28")]
    pub multiplier_playback: i64,
    /// `DownloadVideo` = 29.
    #[prost(int64, tag = "29")]
    pub download_video: i64,
    /// `Collect` = 30.
    #[prost(int64, tag = "30")]
    pub collect: i64,
    /// `TimedShutdown` = 31.
    #[prost(int64, tag = "31")]
    pub timed_shutdown: i64,
    /// `Seek` = 32.
    #[prost(int64, tag = "32")]
    pub seek: i64,
    /// `Denounce` = 33.
    #[prost(int64, tag = "33")]
    pub denounce: i64,
    /// `Dislike` = 34.
    #[prost(int64, tag = "34")]
    pub dislike: i64,
    /// `OnlyTa` = 35.
    #[prost(int64, tag = "35")]
    pub only_ta: i64,
    /// `CastScreen` = 36.
    #[prost(int64, tag = "36")]
    pub cast_screen: i64,
    /// `CommentWall` = 37.
    #[prost(int64, tag = "37")]
    pub comment_wall: i64,
    /// `BulletStyle` = 38.
    #[prost(int64, tag = "38")]
    pub bullet_style: i64,
    /// `ShowGamePlugin` = 39.
    #[prost(int64, tag = "39")]
    pub show_game_plugin: i64,
    /// `VSGift` = 40.
    #[prost(int64, tag = "40")]
    pub vs_gift: i64,
    /// `VSTopic` = 41.
    #[prost(int64, tag = "41")]
    pub vs_topic: i64,
    /// `VSRank` = 42.
    #[prost(int64, tag = "42")]
    pub vs_rank: i64,
    /// `AdminCommentWall` = 43.
    #[prost(int64, tag = "43")]
    pub admin_comment_wall: i64,
    /// `CommerceComponent` = 44.
    #[prost(int64, tag = "44")]
    pub commerce_component: i64,
    /// `DouPlus` = 45.
    #[prost(int64, tag = "45")]
    pub dou_plus: i64,
    /// `GamePointsPlaying` = 46.
    #[prost(int64, tag = "46")]
    pub game_points_playing: i64,
    /// `Poster` = 47.
    #[prost(int64, tag = "47")]
    pub poster: i64,
    /// `Highlights` = 48.
    #[prost(int64, tag = "48")]
    pub highlights: i64,
    /// `TypingCommentState` = 49.
    #[prost(int64, tag = "49")]
    pub typing_comment_state: i64,
    /// `StrokeUpDownGuide` = 50.
    #[prost(int64, tag = "50")]
    pub stroke_up_down_guide: i64,
    /// `UpRightStatsFloatingLayer` = 51.
    #[prost(int64, tag = "51")]
    pub up_right_stats_floating_layer: i64,
    /// `CastScreenExplicit` = 52.
    #[prost(int64, tag = "52")]
    pub cast_screen_explicit: i64,
    /// `Selection` = 53.
    #[prost(int64, tag = "53")]
    pub selection: i64,
    /// `IndustryService` = 54.
    #[prost(int64, tag = "54")]
    pub industry_service: i64,
    /// `VerticalRank` = 55.
    #[prost(int64, tag = "55")]
    pub vertical_rank: i64,
    /// `EnterEffects` = 56.
    #[prost(int64, tag = "56")]
    pub enter_effects: i64,
    /// `FansClub` = 57.
    #[prost(int64, tag = "57")]
    pub fans_club: i64,
    /// `EmojiOutside` = 58.
    #[prost(int64, tag = "58")]
    pub emoji_outside: i64,
    /// `CanSellTicket` = 59.
    #[prost(int64, tag = "59")]
    pub can_sell_ticket: i64,
    /// `DouPlusPopularityGem` = 60.
    #[prost(int64, tag = "60")]
    pub dou_plus_popularity_gem: i64,
    /// `MissionCenter` = 61.
    #[prost(int64, tag = "61")]
    pub mission_center: i64,
    /// `ExpandScreen` = 62.
    #[prost(int64, tag = "62")]
    pub expand_screen: i64,
    /// `FansGroup` = 63.
    #[prost(int64, tag = "63")]
    pub fans_group: i64,
    /// `Topic` = 64.
    #[prost(int64, tag = "64")]
    pub topic: i64,
    /// `AnchorMission` = 65.
    #[prost(int64, tag = "65")]
    pub anchor_mission: i64,
    /// `Teleprompter` = 66.
    #[prost(int64, tag = "66")]
    pub teleprompter: i64,
    /// `ChatDynamicSlideSpeed` = 67.
    #[prost(int64, tag = "67")]
    pub chat_dynamic_slide_speed: i64,
    /// `SmallWindowDisplay` = 68.
    #[prost(int64, tag = "68")]
    pub small_window_display: i64,
    /// `MessageDispatch` = 69.
    #[prost(int64, tag = "69")]
    pub message_dispatch: i64,
    /// `RoomChannel` = 70.
    #[prost(int64, tag = "70")]
    pub room_channel: i64,
    /// `ChatDispatch` = 71.
    #[prost(int64, tag = "71")]
    pub chat_dispatch: i64,
    /// `LinkmicGuestLike` = 72.
    #[prost(int64, tag = "72")]
    pub linkmic_guest_like: i64,
    /// `MediaLinkmic` = 73.
    #[prost(int64, tag = "73")]
    pub media_linkmic: i64,
    /// `VideoShare` = 74.
    #[prost(int64, tag = "74")]
    pub video_share: i64,
    /// `ChatGuideEmoji` = 75.
    #[prost(int64, tag = "75")]
    pub chat_guide_emoji: i64,
    /// `ChatGuideImage` = 76.
    #[prost(int64, tag = "76")]
    pub chat_guide_image: i64,
    /// `PCPlay` = 77.
    #[prost(int64, tag = "77")]
    pub pc_play: i64,
    /// `PadPlay` = 78.
    #[prost(int64, tag = "78")]
    pub pad_play: i64,
    /// `LongTouch` = 79.
    #[prost(int64, tag = "79")]
    pub long_touch: i64,
    /// `FirstFeedHistChat` = 80.
    #[prost(int64, tag = "80")]
    pub first_feed_hist_chat: i64,
    /// `MoreHistChat` = 81.
    #[prost(int64, tag = "81")]
    pub more_hist_chat: i64,
    /// `WordAssociation` = 82.
    #[prost(int64, tag = "82")]
    pub word_association: i64,
    /// `LandscapeScreenCapture` = 83.
    #[prost(int64, tag = "83")]
    pub landscape_screen_capture: i64,
    /// `LandscapeScreenRecording` = 84.
    #[prost(int64, tag = "84")]
    pub landscape_screen_recording: i64,
    /// `ScreenProjectionBarrage` = 85.
    #[prost(int64, tag = "85")]
    pub screen_projection_barrage: i64,
    /// `SmallWindowPlayer` = 86.
    #[prost(int64, tag = "86")]
    pub small_window_player: i64,
    /// `ChatOperate` = 87.
    #[prost(int64, tag = "87")]
    pub chat_operate: i64,
    /// `EcomFansClub` = 88.
    #[prost(int64, tag = "88")]
    pub ecom_fans_club: i64,
    /// `AudioChatTotext` = 89.
    #[prost(int64, tag = "89")]
    pub audio_chat_totext: i64,
    /// `CommonCard` = 90.
    #[prost(int64, tag = "90")]
    pub common_card: i64,
    /// `ShortTouch` = 91.
    #[prost(int64, tag = "91")]
    pub short_touch: i64,
    /// `HostTeamChannel` = 92.
    #[prost(int64, tag = "92")]
    pub host_team_channel: i64,
    /// `LandscapeChatDynamicSlideSpeed` = 93.
    #[prost(int64, tag = "93")]
    pub landscape_chat_dynamic_slide_speed: i64,
    /// `HostTeam` = 94.
    #[prost(int64, tag = "94")]
    pub host_team: i64,
    /// `AnchorHotMessageAggregated` = 95.
    #[prost(int64, tag = "95")]
    pub anchor_hot_message_aggregated: i64,
    /// `AnchorColdMessageTiled` = 96.
    #[prost(int64, tag = "96")]
    pub anchor_cold_message_tiled: i64,
    /// `ScreenBottomInfo` = 97.
    #[prost(int64, tag = "97")]
    pub screen_bottom_info: i64,
    /// `PreviewHotCommentSwitch` = 98.
    #[prost(int64, tag = "98")]
    pub preview_hot_comment_switch: i64,
    /// `RoomWidget` = 99.
    #[prost(int64, tag = "99")]
    pub room_widget: i64,
    /// `OffReason` = 100.
    #[prost(message, optional, tag = "100")]
    pub off_reason: ::core::option::Option<RoomAuthStatusRoomAuthOffReasons>,
    /// `SpecialStyle` = 101.
    #[prost(message, optional, tag = "101")]
    pub special_style: ::core::option::Option<RoomAuthStatusRoomAuthSpecialStyle>,
    /// `PanelECService` = 102.
    #[prost(int64, tag = "102")]
    pub panel_ec_service: i64,
    /// `FixedChat` = 103.
    #[prost(int64, tag = "103")]
    pub fixed_chat: i64,
    /// `LandscapeGift` = 104.
    #[prost(int64, tag = "104")]
    pub landscape_gift: i64,
    /// `HotChatTray` = 105.
    #[prost(int64, tag = "105")]
    pub hot_chat_tray: i64,
    /// `ItemShare` = 106.
    #[prost(int64, tag = "106")]
    pub item_share: i64,
    /// `ShortTouchTempState` = 107.
    #[prost(int64, tag = "107")]
    pub short_touch_temp_state: i64,
    /// `StickyMessage` = 108.
    #[prost(int64, tag = "108")]
    pub sticky_message: i64,
    /// `ProjectionBtn` = 109.
    #[prost(int64, tag = "109")]
    pub projection_btn: i64,
    /// `ChatDynamicSlideSpeedAnchor` = 110.
    #[prost(int64, tag = "110")]
    pub chat_dynamic_slide_speed_anchor: i64,
    /// `PosterCache` = 111.
    #[prost(int64, tag = "111")]
    pub poster_cache: i64,
    /// `MediaHistoryMessage` = 112.
    #[prost(int64, tag = "112")]
    pub media_history_message: i64,
    /// `ToolbarBubble` = 113.
    #[prost(int64, tag = "113")]
    pub toolbar_bubble: i64,
    /// `ImHeatValue` = 114.
    #[prost(int64, tag = "114")]
    pub im_heat_value: i64,
    /// `InteractiveComponent` = 115.
    #[prost(int64, tag = "115")]
    pub interactive_component: i64,
    /// `ChatReply` = 116.
    #[prost(int64, tag = "116")]
    pub chat_reply: i64,
    /// `ChatMention` = 117.
    #[prost(int64, tag = "117")]
    pub chat_mention: i64,
    /// `FrequentlyChat` = 118.
    #[prost(int64, tag = "118")]
    pub frequently_chat: i64,
    /// `StreamAdaptation` = 119.
    #[prost(int64, tag = "119")]
    pub stream_adaptation: i64,
    /// `VideoAmplificationType` = 120.
    #[prost(int64, tag = "120")]
    pub video_amplification_type: i64,
    /// `FeaturedPublicScreen` = 121.
    #[prost(int64, tag = "121")]
    pub featured_public_screen: i64,
    /// `LandscapeScreenShare` = 122.
    #[prost(int64, tag = "122")]
    pub landscape_screen_share: i64,
    /// `VerticalScreenShare` = 123.
    #[prost(int64, tag = "123")]
    pub vertical_screen_share: i64,
    /// `AnchorAudioChat` = 124.
    #[prost(int64, tag = "124")]
    pub anchor_audio_chat: i64,
    /// `PreviewChatExpose` = 125.
    #[prost(int64, tag = "125")]
    pub preview_chat_expose: i64,
    /// `FusionEmoji` = 126.
    #[prost(int64, tag = "126")]
    pub fusion_emoji: i64,
    /// `VsCommentBar` = 200.
    #[prost(int64, tag = "200")]
    pub vs_comment_bar: i64,
    /// `VsWelcomeDanmaku` = 201.
    #[prost(int64, tag = "201")]
    pub vs_welcome_danmaku: i64,
    /// `VsFansClub` = 202.
    #[prost(int64, tag = "202")]
    pub vs_fans_club: i64,
    /// `VsExtensionEnableFollow` = 203.
    #[prost(int64, tag = "203")]
    pub vs_extension_enable_follow: i64,
    /// `VsDouPlus` = 204.
    #[prost(int64, tag = "204")]
    pub vs_dou_plus: i64,
    /// `QuizGamePointsPlaying` = 205.
    #[prost(int64, tag = "205")]
    pub quiz_game_points_playing: i64,
    /// `UgcVSReplayDelete` = 206.
    #[prost(int64, tag = "206")]
    pub ugc_vs_replay_delete: i64,
    /// `UgcVsReplayVisibility` = 207.
    #[prost(int64, tag = "207")]
    pub ugc_vs_replay_visibility: i64,
    /// `InteractionGift` = 208.
    #[prost(int64, tag = "208")]
    pub interaction_gift: i64,
    /// `SubscribeCardPackage` = 209.
    #[prost(int64, tag = "209")]
    pub subscribe_card_package: i64,
    /// `ShowQualification` = 210.
    #[prost(int64, tag = "210")]
    pub show_qualification: i64,
}

impl ProtoJson for RoomAuthStatus {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "Chat", &self.chat);
        pj::put_bool(&mut m, "Danmaku", &self.danmaku);
        pj::put_bool(&mut m, "Gift", &self.gift);
        pj::put_bool(&mut m, "LuckMoney", &self.luck_money);
        pj::put_bool(&mut m, "Digg", &self.digg);
        pj::put_bool(&mut m, "RoomContributor", &self.room_contributor);
        pj::put_bool(&mut m, "Props", &self.props);
        pj::put_bool(&mut m, "UserCard", &self.user_card);
        pj::put_bool(&mut m, "POI", &self.poi);
        pj::put_int64(&mut m, "MoreAnchor", &self.more_anchor);
        pj::put_int64(&mut m, "Banner", &self.banner);
        pj::put_int64(&mut m, "Share", &self.share);
        pj::put_int64(&mut m, "UserCorner", &self.user_corner);
        pj::put_int64(&mut m, "Landscape", &self.landscape);
        pj::put_int64(&mut m, "LandscapeChat", &self.landscape_chat);
        pj::put_int64(&mut m, "PublicScreen", &self.public_screen);
        pj::put_int64(&mut m, "GiftAnchorMt", &self.gift_anchor_mt);
        pj::put_int64(&mut m, "RecordScreen", &self.record_screen);
        pj::put_int64(&mut m, "DonationSticker", &self.donation_sticker);
        pj::put_int64(&mut m, "HourRank", &self.hour_rank);
        pj::put_int64(&mut m, "CommerceCard", &self.commerce_card);
        pj::put_int64(&mut m, "AudioChat", &self.audio_chat);
        pj::put_int64(&mut m, "DanmakuDefault", &self.danmaku_default);
        pj::put_int64(&mut m, "KtvOrderSong", &self.ktv_order_song);
        pj::put_int64(&mut m, "SelectionAlbum", &self.selection_album);
        pj::put_int64(&mut m, "Like", &self.like);
        pj::put_int64(&mut m, "MultiplierPlayback", &self.multiplier_playback);
        pj::put_int64(&mut m, "DownloadVideo", &self.download_video);
        pj::put_int64(&mut m, "Collect", &self.collect);
        pj::put_int64(&mut m, "TimedShutdown", &self.timed_shutdown);
        pj::put_int64(&mut m, "Seek", &self.seek);
        pj::put_int64(&mut m, "Denounce", &self.denounce);
        pj::put_int64(&mut m, "Dislike", &self.dislike);
        pj::put_int64(&mut m, "OnlyTa", &self.only_ta);
        pj::put_int64(&mut m, "CastScreen", &self.cast_screen);
        pj::put_int64(&mut m, "CommentWall", &self.comment_wall);
        pj::put_int64(&mut m, "BulletStyle", &self.bullet_style);
        pj::put_int64(&mut m, "ShowGamePlugin", &self.show_game_plugin);
        pj::put_int64(&mut m, "VSGift", &self.vs_gift);
        pj::put_int64(&mut m, "VSTopic", &self.vs_topic);
        pj::put_int64(&mut m, "VSRank", &self.vs_rank);
        pj::put_int64(&mut m, "AdminCommentWall", &self.admin_comment_wall);
        pj::put_int64(&mut m, "CommerceComponent", &self.commerce_component);
        pj::put_int64(&mut m, "DouPlus", &self.dou_plus);
        pj::put_int64(&mut m, "GamePointsPlaying", &self.game_points_playing);
        pj::put_int64(&mut m, "Poster", &self.poster);
        pj::put_int64(&mut m, "Highlights", &self.highlights);
        pj::put_int64(&mut m, "TypingCommentState", &self.typing_comment_state);
        pj::put_int64(&mut m, "StrokeUpDownGuide", &self.stroke_up_down_guide);
        pj::put_int64(
            &mut m,
            "UpRightStatsFloatingLayer",
            &self.up_right_stats_floating_layer,
        );
        pj::put_int64(&mut m, "CastScreenExplicit", &self.cast_screen_explicit);
        pj::put_int64(&mut m, "Selection", &self.selection);
        pj::put_int64(&mut m, "IndustryService", &self.industry_service);
        pj::put_int64(&mut m, "VerticalRank", &self.vertical_rank);
        pj::put_int64(&mut m, "EnterEffects", &self.enter_effects);
        pj::put_int64(&mut m, "FansClub", &self.fans_club);
        pj::put_int64(&mut m, "EmojiOutside", &self.emoji_outside);
        pj::put_int64(&mut m, "CanSellTicket", &self.can_sell_ticket);
        pj::put_int64(
            &mut m,
            "DouPlusPopularityGem",
            &self.dou_plus_popularity_gem,
        );
        pj::put_int64(&mut m, "MissionCenter", &self.mission_center);
        pj::put_int64(&mut m, "ExpandScreen", &self.expand_screen);
        pj::put_int64(&mut m, "FansGroup", &self.fans_group);
        pj::put_int64(&mut m, "Topic", &self.topic);
        pj::put_int64(&mut m, "AnchorMission", &self.anchor_mission);
        pj::put_int64(&mut m, "Teleprompter", &self.teleprompter);
        pj::put_int64(
            &mut m,
            "ChatDynamicSlideSpeed",
            &self.chat_dynamic_slide_speed,
        );
        pj::put_int64(&mut m, "SmallWindowDisplay", &self.small_window_display);
        pj::put_int64(&mut m, "MessageDispatch", &self.message_dispatch);
        pj::put_int64(&mut m, "RoomChannel", &self.room_channel);
        pj::put_int64(&mut m, "ChatDispatch", &self.chat_dispatch);
        pj::put_int64(&mut m, "LinkmicGuestLike", &self.linkmic_guest_like);
        pj::put_int64(&mut m, "MediaLinkmic", &self.media_linkmic);
        pj::put_int64(&mut m, "VideoShare", &self.video_share);
        pj::put_int64(&mut m, "ChatGuideEmoji", &self.chat_guide_emoji);
        pj::put_int64(&mut m, "ChatGuideImage", &self.chat_guide_image);
        pj::put_int64(&mut m, "PCPlay", &self.pc_play);
        pj::put_int64(&mut m, "PadPlay", &self.pad_play);
        pj::put_int64(&mut m, "LongTouch", &self.long_touch);
        pj::put_int64(&mut m, "FirstFeedHistChat", &self.first_feed_hist_chat);
        pj::put_int64(&mut m, "MoreHistChat", &self.more_hist_chat);
        pj::put_int64(&mut m, "WordAssociation", &self.word_association);
        pj::put_int64(
            &mut m,
            "LandscapeScreenCapture",
            &self.landscape_screen_capture,
        );
        pj::put_int64(
            &mut m,
            "LandscapeScreenRecording",
            &self.landscape_screen_recording,
        );
        pj::put_int64(
            &mut m,
            "ScreenProjectionBarrage",
            &self.screen_projection_barrage,
        );
        pj::put_int64(&mut m, "SmallWindowPlayer", &self.small_window_player);
        pj::put_int64(&mut m, "ChatOperate", &self.chat_operate);
        pj::put_int64(&mut m, "EcomFansClub", &self.ecom_fans_club);
        pj::put_int64(&mut m, "AudioChatTotext", &self.audio_chat_totext);
        pj::put_int64(&mut m, "CommonCard", &self.common_card);
        pj::put_int64(&mut m, "ShortTouch", &self.short_touch);
        pj::put_int64(&mut m, "HostTeamChannel", &self.host_team_channel);
        pj::put_int64(
            &mut m,
            "LandscapeChatDynamicSlideSpeed",
            &self.landscape_chat_dynamic_slide_speed,
        );
        pj::put_int64(&mut m, "HostTeam", &self.host_team);
        pj::put_int64(
            &mut m,
            "AnchorHotMessageAggregated",
            &self.anchor_hot_message_aggregated,
        );
        pj::put_int64(
            &mut m,
            "AnchorColdMessageTiled",
            &self.anchor_cold_message_tiled,
        );
        pj::put_int64(&mut m, "ScreenBottomInfo", &self.screen_bottom_info);
        pj::put_int64(
            &mut m,
            "PreviewHotCommentSwitch",
            &self.preview_hot_comment_switch,
        );
        pj::put_int64(&mut m, "RoomWidget", &self.room_widget);
        pj::put_message(&mut m, "OffReason", self.off_reason.as_ref());
        pj::put_message(&mut m, "SpecialStyle", self.special_style.as_ref());
        pj::put_int64(&mut m, "PanelECService", &self.panel_ec_service);
        pj::put_int64(&mut m, "FixedChat", &self.fixed_chat);
        pj::put_int64(&mut m, "LandscapeGift", &self.landscape_gift);
        pj::put_int64(&mut m, "HotChatTray", &self.hot_chat_tray);
        pj::put_int64(&mut m, "ItemShare", &self.item_share);
        pj::put_int64(&mut m, "ShortTouchTempState", &self.short_touch_temp_state);
        pj::put_int64(&mut m, "StickyMessage", &self.sticky_message);
        pj::put_int64(&mut m, "ProjectionBtn", &self.projection_btn);
        pj::put_int64(
            &mut m,
            "ChatDynamicSlideSpeedAnchor",
            &self.chat_dynamic_slide_speed_anchor,
        );
        pj::put_int64(&mut m, "PosterCache", &self.poster_cache);
        pj::put_int64(&mut m, "MediaHistoryMessage", &self.media_history_message);
        pj::put_int64(&mut m, "ToolbarBubble", &self.toolbar_bubble);
        pj::put_int64(&mut m, "ImHeatValue", &self.im_heat_value);
        pj::put_int64(&mut m, "InteractiveComponent", &self.interactive_component);
        pj::put_int64(&mut m, "ChatReply", &self.chat_reply);
        pj::put_int64(&mut m, "ChatMention", &self.chat_mention);
        pj::put_int64(&mut m, "FrequentlyChat", &self.frequently_chat);
        pj::put_int64(&mut m, "StreamAdaptation", &self.stream_adaptation);
        pj::put_int64(
            &mut m,
            "VideoAmplificationType",
            &self.video_amplification_type,
        );
        pj::put_int64(&mut m, "FeaturedPublicScreen", &self.featured_public_screen);
        pj::put_int64(&mut m, "LandscapeScreenShare", &self.landscape_screen_share);
        pj::put_int64(&mut m, "VerticalScreenShare", &self.vertical_screen_share);
        pj::put_int64(&mut m, "AnchorAudioChat", &self.anchor_audio_chat);
        pj::put_int64(&mut m, "PreviewChatExpose", &self.preview_chat_expose);
        pj::put_int64(&mut m, "FusionEmoji", &self.fusion_emoji);
        pj::put_int64(&mut m, "VsCommentBar", &self.vs_comment_bar);
        pj::put_int64(&mut m, "VsWelcomeDanmaku", &self.vs_welcome_danmaku);
        pj::put_int64(&mut m, "VsFansClub", &self.vs_fans_club);
        pj::put_int64(
            &mut m,
            "VsExtensionEnableFollow",
            &self.vs_extension_enable_follow,
        );
        pj::put_int64(&mut m, "VsDouPlus", &self.vs_dou_plus);
        pj::put_int64(
            &mut m,
            "QuizGamePointsPlaying",
            &self.quiz_game_points_playing,
        );
        pj::put_int64(&mut m, "UgcVSReplayDelete", &self.ugc_vs_replay_delete);
        pj::put_int64(
            &mut m,
            "UgcVsReplayVisibility",
            &self.ugc_vs_replay_visibility,
        );
        pj::put_int64(&mut m, "InteractionGift", &self.interaction_gift);
        pj::put_int64(&mut m, "SubscribeCardPackage", &self.subscribe_card_package);
        pj::put_int64(&mut m, "ShowQualification", &self.show_qualification);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomAuthStatus.RoomAuthOffReasons`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomAuthStatusRoomAuthOffReasons {}

impl ProtoJson for RoomAuthStatusRoomAuthOffReasons {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomAuthStatus.RoomAuthSpecialStyle`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomAuthStatusRoomAuthSpecialStyle {}

impl ProtoJson for RoomAuthStatusRoomAuthSpecialStyle {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomTab`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomTab {
    /// `tab_type` = 1.
    #[prost(int32, tag = "1")]
    pub tab_type: i32,
    /// `tab_name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub tab_name: ::prost::bytes::Bytes,
    /// `tab_url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub tab_url: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomTab {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "tab_type", &self.tab_type);
        pj::put_str_bytes(&mut m, "tab_name", &self.tab_name);
        pj::put_str_bytes(&mut m, "tab_url", &self.tab_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.BurstInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BurstInfo {
    /// `burst_time_remain_seconds` = 1.
    #[prost(int64, tag = "1")]
    pub burst_time_remain_seconds: i64,
    /// `multiple` = 2.
    #[prost(int64, tag = "2")]
    pub multiple: i64,
    /// `property_definition_id` = 3.
    #[prost(int64, tag = "3")]
    pub property_definition_id: i64,
    /// `property_icon` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub property_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for BurstInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(
            &mut m,
            "burst_time_remain_seconds",
            &self.burst_time_remain_seconds,
        );
        pj::put_int64(&mut m, "multiple", &self.multiple);
        pj::put_int64(
            &mut m,
            "property_definition_id",
            &self.property_definition_id,
        );
        pj::put_message(&mut m, "property_icon", self.property_icon.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomHealthScoreInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomHealthScoreInfo {
    /// `score` = 1.
    #[prost(double, tag = "1")]
    pub score: f64,
    /// `bubble_message` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub bubble_message: ::prost::bytes::Bytes,
    /// `jump_url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub jump_url: ::prost::bytes::Bytes,
}

impl ProtoJson for RoomHealthScoreInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_double(&mut m, "score", &self.score);
        pj::put_str_bytes(&mut m, "bubble_message", &self.bubble_message);
        pj::put_str_bytes(&mut m, "jump_url", &self.jump_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomActivityTag`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomActivityTag {
    /// `activity_type` = 1.
    #[prost(int32, tag = "1")]
    pub activity_type: i32,
    /// `name` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub name: ::prost::bytes::Bytes,
    /// `url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub url: ::prost::bytes::Bytes,
    /// `extra` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub extra: ::prost::bytes::Bytes,
    /// `icon` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for RoomActivityTag {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "activity_type", &self.activity_type);
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "url", &self.url);
        pj::put_str_bytes(&mut m, "extra", &self.extra);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.MatchInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MatchInfo {
    /// `skin` = 1.
    #[prost(message, optional, tag = "1")]
    pub skin: ::core::option::Option<MatchInfoMatchSkinInfo>,
}

impl ProtoJson for MatchInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "skin", self.skin.as_ref());
        Value::Object(m)
    }
}

/// Proto message `douyin.MatchInfo.MatchSkinInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MatchInfoMatchSkinInfo {}

impl ProtoJson for MatchInfoMatchSkinInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.OfficialRoomInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OfficialRoomInfo {
    /// `is_show_more_anchor` = 1.
    #[prost(bool, tag = "1")]
    pub is_show_more_anchor: bool,
    /// `is_use_server_subtitle` = 2.
    #[prost(bool, tag = "2")]
    pub is_use_server_subtitle: bool,
    /// `server_subtitle` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub server_subtitle: ::prost::bytes::Bytes,
}

impl ProtoJson for OfficialRoomInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_show_more_anchor", &self.is_show_more_anchor);
        pj::put_bool(
            &mut m,
            "is_use_server_subtitle",
            &self.is_use_server_subtitle,
        );
        pj::put_str_bytes(&mut m, "server_subtitle", &self.server_subtitle);
        Value::Object(m)
    }
}

/// Proto message `douyin.QuizExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct QuizExtra {
    /// `quiz_infos` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub quiz_infos: ::prost::bytes::Bytes,
}

impl ProtoJson for QuizExtra {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "quiz_infos", &self.quiz_infos);
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerUsers`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerUsers {
    /// `count` = 1.
    #[prost(int64, tag = "1")]
    pub count: i64,
    /// `users_info` = 2.
    #[prost(message, repeated, tag = "2")]
    pub users_info: ::prost::alloc::vec::Vec<User>,
}

impl ProtoJson for LinkerUsers {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "count", &self.count);
        pj::put_repeated(&mut m, "users_info", &self.users_info, pj::msg_value);
        Value::Object(m)
    }
}

/// Proto message `douyin.AudioSpeakingImageList`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AudioSpeakingImageList {}

impl ProtoJson for AudioSpeakingImageList {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AnimatedBgInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnimatedBgInfo {}

impl ProtoJson for AnimatedBgInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AudioBGData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AudioBGData {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `image_uri` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub image_uri: ::prost::bytes::Bytes,
    /// `img_type` = 3.
    #[prost(int32, tag = "3")]
    pub img_type: i32,
    /// `image` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub image: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageThumbnail` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub image_thumbnail: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageAnimatedBG` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub image_animated_bg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageNormalAvatar` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub image_normal_avatar: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageStartupAvatar` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub image_startup_avatar: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageChatJoinIcon` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub image_chat_join_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `imageStaticBG` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub image_static_bg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `speakingImageList` = 11.
    #[prost(message, optional, tag = "11")]
    pub speaking_image_list: ::core::option::Option<AudioSpeakingImageList>,
    /// `status_color_value` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub status_color_value: ::prost::bytes::Bytes,
    /// `public_screen_color_value` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub public_screen_color_value: ::prost::bytes::Bytes,
    /// `time_limit` = 14.
    #[prost(int32, tag = "14")]
    pub time_limit: i32,
    /// `bg_type` = 15.
    #[prost(int32, tag = "15")]
    pub bg_type: i32,
    /// `empty_start_color` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub empty_start_color: ::prost::bytes::Bytes,
    /// `empty_end_color` = 17.
    #[prost(bytes = "bytes", tag = "17")]
    pub empty_end_color: ::prost::bytes::Bytes,
    /// `imageColdBG` = 18.
    #[prost(message, optional, boxed, tag = "18")]
    pub image_cold_bg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `micBGColorValue` = 19.
    #[prost(bytes = "bytes", tag = "19")]
    pub mic_bg_color_value: ::prost::bytes::Bytes,
    /// `iconMicNormals` = 20.
    #[prost(message, repeated, tag = "20")]
    pub icon_mic_normals: ::prost::alloc::vec::Vec<Image>,
    /// `iconMicLock` = 21.
    #[prost(message, optional, boxed, tag = "21")]
    pub icon_mic_lock: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `colorMicText` = 22.
    #[prost(bytes = "bytes", tag = "22")]
    pub color_mic_text: ::prost::bytes::Bytes,
    /// `colorMicLine` = 23.
    #[prost(bytes = "bytes", tag = "23")]
    pub color_mic_line: ::prost::bytes::Bytes,
    /// `colorMicBG` = 24.
    #[prost(bytes = "bytes", tag = "24")]
    pub color_mic_bg: ::prost::bytes::Bytes,
    /// `themeLabel` = 25.
    #[prost(bytes = "bytes", tag = "25")]
    pub theme_label: ::prost::bytes::Bytes,
    /// `bgStatus` = 26.
    #[prost(int32, tag = "26")]
    pub bg_status: i32,
    /// `animateInfo` = 27.
    #[prost(message, optional, tag = "27")]
    pub animate_info: ::core::option::Option<AnimatedBgInfo>,
    /// `idStr` = 28.
    #[prost(bytes = "bytes", tag = "28")]
    pub id_str: ::prost::bytes::Bytes,
    /// `play_mode` = 29.
    #[prost(int32, tag = "29")]
    pub play_mode: i32,
    /// `theme_tag` = 30.
    #[prost(bytes = "bytes", tag = "30")]
    pub theme_tag: ::prost::bytes::Bytes,
    /// `start_time` = 31.
    #[prost(int64, tag = "31")]
    pub start_time: i64,
    /// `end_time` = 32.
    #[prost(int64, tag = "32")]
    pub end_time: i64,
    /// `format_type` = 33.
    #[prost(int32, tag = "33")]
    pub format_type: i32,
    /// `speaking_image_v2` = 34.
    #[prost(message, optional, tag = "34")]
    pub speaking_image_v2: ::core::option::Option<AudioSpeakingImageList>,
}

impl ProtoJson for AudioBGData {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "image_uri", &self.image_uri);
        pj::put_int32(&mut m, "img_type", &self.img_type);
        pj::put_message(&mut m, "image", self.image.as_deref());
        pj::put_message(&mut m, "imageThumbnail", self.image_thumbnail.as_deref());
        pj::put_message(&mut m, "imageAnimatedBG", self.image_animated_bg.as_deref());
        pj::put_message(
            &mut m,
            "imageNormalAvatar",
            self.image_normal_avatar.as_deref(),
        );
        pj::put_message(
            &mut m,
            "imageStartupAvatar",
            self.image_startup_avatar.as_deref(),
        );
        pj::put_message(
            &mut m,
            "imageChatJoinIcon",
            self.image_chat_join_icon.as_deref(),
        );
        pj::put_message(&mut m, "imageStaticBG", self.image_static_bg.as_deref());
        pj::put_message(
            &mut m,
            "speakingImageList",
            self.speaking_image_list.as_ref(),
        );
        pj::put_str_bytes(&mut m, "status_color_value", &self.status_color_value);
        pj::put_str_bytes(
            &mut m,
            "public_screen_color_value",
            &self.public_screen_color_value,
        );
        pj::put_int32(&mut m, "time_limit", &self.time_limit);
        pj::put_int32(&mut m, "bg_type", &self.bg_type);
        pj::put_str_bytes(&mut m, "empty_start_color", &self.empty_start_color);
        pj::put_str_bytes(&mut m, "empty_end_color", &self.empty_end_color);
        pj::put_message(&mut m, "imageColdBG", self.image_cold_bg.as_deref());
        pj::put_str_bytes(&mut m, "micBGColorValue", &self.mic_bg_color_value);
        pj::put_repeated(
            &mut m,
            "iconMicNormals",
            &self.icon_mic_normals,
            pj::msg_value,
        );
        pj::put_message(&mut m, "iconMicLock", self.icon_mic_lock.as_deref());
        pj::put_str_bytes(&mut m, "colorMicText", &self.color_mic_text);
        pj::put_str_bytes(&mut m, "colorMicLine", &self.color_mic_line);
        pj::put_str_bytes(&mut m, "colorMicBG", &self.color_mic_bg);
        pj::put_str_bytes(&mut m, "themeLabel", &self.theme_label);
        pj::put_int32(&mut m, "bgStatus", &self.bg_status);
        pj::put_message(&mut m, "animateInfo", self.animate_info.as_ref());
        pj::put_str_bytes(&mut m, "idStr", &self.id_str);
        pj::put_int32(&mut m, "play_mode", &self.play_mode);
        pj::put_str_bytes(&mut m, "theme_tag", &self.theme_tag);
        pj::put_int64(&mut m, "start_time", &self.start_time);
        pj::put_int64(&mut m, "end_time", &self.end_time);
        pj::put_int32(&mut m, "format_type", &self.format_type);
        pj::put_message(&mut m, "speaking_image_v2", self.speaking_image_v2.as_ref());
        Value::Object(m)
    }
}

/// Proto message `douyin.BorderInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BorderInfo {}

impl ProtoJson for BorderInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.Bonus`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Bonus {}

impl ProtoJson for Bonus {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ActivityRoomSkinInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ActivityRoomSkinInfo {}

impl ProtoJson for ActivityRoomSkinInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomReplayInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomReplayInfo {}

impl ProtoJson for RoomReplayInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CommentWallInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CommentWallInfo {}

impl ProtoJson for CommentWallInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CommentWallPosition`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CommentWallPosition {}

impl ProtoJson for CommentWallPosition {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.EpisodeExtraInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EpisodeExtraInfo {}

impl ProtoJson for EpisodeExtraInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomShortTouchAreaConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomShortTouchAreaConfig {}

impl ProtoJson for RoomShortTouchAreaConfig {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AnnouncementInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnnouncementInfo {}

impl ProtoJson for AnnouncementInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LiveStatusInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LiveStatusInfo {}

impl ProtoJson for LiveStatusInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomIMInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomIMInfo {}

impl ProtoJson for RoomIMInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LabelInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LabelInfo {}

impl ProtoJson for LabelInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.InteractOpenExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct InteractOpenExtra {}

impl ProtoJson for InteractOpenExtra {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VerticalTypeInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VerticalTypeInfo {}

impl ProtoJson for VerticalTypeInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.FilterWord`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FilterWord {}

impl ProtoJson for FilterWord {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LinkerDetail`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LinkerDetail {}

impl ProtoJson for LinkerDetail {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CornerMarkReach`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CornerMarkReach {}

impl ProtoJson for CornerMarkReach {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.PreviewExposeData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PreviewExposeData {}

impl ProtoJson for PreviewExposeData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.WelfareProjectInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct WelfareProjectInfo {}

impl ProtoJson for WelfareProjectInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.PaidLiveData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PaidLiveData {}

impl ProtoJson for PaidLiveData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.EasterEggData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EasterEggData {}

impl ProtoJson for EasterEggData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AvatarLiveInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AvatarLiveInfo {}

impl ProtoJson for AvatarLiveInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CircleInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CircleInfo {}

impl ProtoJson for CircleInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ActivityLiveRecommendConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ActivityLiveRecommendConfig {}

impl ProtoJson for ActivityLiveRecommendConfig {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomChannelData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomChannelData {}

impl ProtoJson for RoomChannelData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.PackMetaInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PackMetaInfo {}

impl ProtoJson for PackMetaInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ActivityData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ActivityData {}

impl ProtoJson for ActivityData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LikeDisplayConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LikeDisplayConfig {}

impl ProtoJson for LikeDisplayConfig {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomViewStats`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomViewStats {}

impl ProtoJson for RoomViewStats {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.MatchRoomData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MatchRoomData {}

impl ProtoJson for MatchRoomData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CommentaryRoomInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CommentaryRoomInfo {}

impl ProtoJson for CommentaryRoomInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.MatchChatConfig`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MatchChatConfig {}

impl ProtoJson for MatchChatConfig {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ShareResource`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ShareResource {}

impl ProtoJson for ShareResource {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.PublicScreenBottomInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PublicScreenBottomInfo {}

impl ProtoJson for PublicScreenBottomInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomBasisData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomBasisData {}

impl ProtoJson for RoomBasisData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomInteractData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomInteractData {}

impl ProtoJson for RoomInteractData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomRevenueData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomRevenueData {}

impl ProtoJson for RoomRevenueData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomReqUserData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomReqUserData {}

impl ProtoJson for RoomReqUserData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomAnchorData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomAnchorData {}

impl ProtoJson for RoomAnchorData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomOthersData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomOthersData {}

impl ProtoJson for RoomOthersData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.PicoInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PicoInfo {}

impl ProtoJson for PicoInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomGameData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomGameData {}

impl ProtoJson for RoomGameData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomFeedData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomFeedData {}

impl ProtoJson for RoomFeedData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.OpenContentData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OpenContentData {}

impl ProtoJson for OpenContentData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ClientComponent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ClientComponent {}

impl ProtoJson for ClientComponent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomPlatformComponentsData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomPlatformComponentsData {}

impl ProtoJson for RoomPlatformComponentsData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.IOSClientComponent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct IOSClientComponent {}

impl ProtoJson for IOSClientComponent {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.TVStation`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct TVStation {}

impl ProtoJson for TVStation {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GameExtra`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GameExtra {}

impl ProtoJson for GameExtra {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.OfficialChannelInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OfficialChannelInfo {}

impl ProtoJson for OfficialChannelInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CommentBox`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CommentBox {}

impl ProtoJson for CommentBox {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomCart`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomCart {}

impl ProtoJson for RoomCart {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ShortTouchAuth`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ShortTouchAuth {}

impl ProtoJson for ShortTouchAuth {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.Appearance`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Appearance {}

impl ProtoJson for Appearance {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.EcomData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct EcomData {}

impl ProtoJson for EcomData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.IndustryServiceInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct IndustryServiceInfo {}

impl ProtoJson for IndustryServiceInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RelevantRecommendation`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RelevantRecommendation {}

impl ProtoJson for RelevantRecommendation {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.RoomSpecificSceneTypeInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RoomSpecificSceneTypeInfo {}

impl ProtoJson for RoomSpecificSceneTypeInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GameCPData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GameCPData {}

impl ProtoJson for GameCPData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.GamePlayData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GamePlayData {}

impl ProtoJson for GamePlayData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.UnionLiveInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UnionLiveInfo {}

impl ProtoJson for UnionLiveInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.BeautifyInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BeautifyInfo {}

impl ProtoJson for BeautifyInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.ToolBarData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ToolBarData {}

impl ProtoJson for ToolBarData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorTabLabel`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorTabLabel {}

impl ProtoJson for AnchorTabLabel {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.LifeGrouponInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct LifeGrouponInfo {}

impl ProtoJson for LifeGrouponInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.VipData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct VipData {}

impl ProtoJson for VipData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.UpperRightWidgetData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UpperRightWidgetData {}

impl ProtoJson for UpperRightWidgetData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.FeedbackCard`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FeedbackCard {}

impl ProtoJson for FeedbackCard {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.DesireInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DesireInfo {}

impl ProtoJson for DesireInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.CastScreenData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct CastScreenData {}

impl ProtoJson for CastScreenData {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.OfficialChannelExtraInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OfficialChannelExtraInfo {}

impl ProtoJson for OfficialChannelExtraInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.UserVIPInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserVIPInfo {}

impl ProtoJson for UserVIPInfo {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.IndustryCertification`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct IndustryCertification {}

impl ProtoJson for IndustryCertification {
    fn to_proto_json(&self) -> Value {
        let m = Map::new();
        Value::Object(m)
    }
}

/// Proto message `douyin.FansclubMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansclubMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `action` = 2.
    #[prost(int32, tag = "2")]
    pub action: i32,
    /// `content` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub content: ::prost::bytes::Bytes,
    /// `user` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub user: ::core::option::Option<::prost::alloc::boxed::Box<User>>,
    /// `upgrade_privilege` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub upgrade_privilege:
        ::core::option::Option<::prost::alloc::boxed::Box<FansclubMessageUpgradePrivilege>>,
    /// `public_area_common` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub public_area_common: ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaCommon>>,
}

impl ProtoJson for FansclubMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_int32(&mut m, "action", &self.action);
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_message(&mut m, "user", self.user.as_deref());
        pj::put_message(
            &mut m,
            "upgrade_privilege",
            self.upgrade_privilege.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_common",
            self.public_area_common.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.FansclubMessage.UpgradePrivilege`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansclubMessageUpgradePrivilege {
    /// `content` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub content: ::prost::bytes::Bytes,
    /// `description` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub description: ::prost::bytes::Bytes,
    /// `button_type` = 3.
    #[prost(int32, tag = "3")]
    pub button_type: i32,
}

impl ProtoJson for FansclubMessageUpgradePrivilege {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_str_bytes(&mut m, "description", &self.description);
        pj::put_int32(&mut m, "button_type", &self.button_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.HotRoomMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct HotRoomMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `info` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub info: ::core::option::Option<::prost::alloc::boxed::Box<HotRoomInfo>>,
}

impl ProtoJson for HotRoomMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_message(&mut m, "info", self.info.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.HotRoomInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct HotRoomInfo {
    /// `BitMap` = 1.
    #[prost(int64, tag = "1")]
    pub bit_map: i64,
}

impl ProtoJson for HotRoomInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "BitMap", &self.bit_map);
        Value::Object(m)
    }
}

/// Proto message `douyin.HotChatMessage`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct HotChatMessage {
    /// `common` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub common: ::core::option::Option<::prost::alloc::boxed::Box<Common>>,
    /// `title` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub title: ::prost::bytes::Bytes,
    /// `content` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub content: ::prost::bytes::Bytes,
    /// `num` = 4.
    #[prost(int64, repeated, tag = "4")]
    pub num: ::prost::alloc::vec::Vec<i64>,
    /// `duration` = 5.
    #[prost(int64, tag = "5")]
    pub duration: i64,
    /// `show_duration` = 6.
    #[prost(int64, repeated, tag = "6")]
    pub show_duration: ::prost::alloc::vec::Vec<i64>,
    /// `sequence_id` = 7.
    #[prost(int64, tag = "7")]
    pub sequence_id: i64,
    /// `hot_list` = 8.
    #[prost(bytes = "bytes", repeated, tag = "8")]
    pub hot_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `rtf_content` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub rtf_content: ::core::option::Option<::prost::alloc::boxed::Box<Text>>,
    /// `chat_content_type` = 10.
    #[prost(int64, tag = "10")]
    pub chat_content_type: i64,
    /// `extra` = 200.
    #[prost(map = "string, string", tag = "200")]
    pub extra:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
}

impl ProtoJson for HotChatMessage {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "common", self.common.as_deref());
        pj::put_str_bytes(&mut m, "title", &self.title);
        pj::put_str_bytes(&mut m, "content", &self.content);
        pj::put_repeated(&mut m, "num", &self.num, pj::int64_value);
        pj::put_int64(&mut m, "duration", &self.duration);
        pj::put_repeated(
            &mut m,
            "show_duration",
            &self.show_duration,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "sequence_id", &self.sequence_id);
        pj::put_repeated(&mut m, "hot_list", &self.hot_list, pj::str_bytes_value);
        pj::put_message(&mut m, "rtf_content", self.rtf_content.as_deref());
        pj::put_int64(&mut m, "chat_content_type", &self.chat_content_type);
        pj::put_map(
            &mut m,
            "extra",
            &self.extra,
            pj::string_key,
            pj::string_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.User`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct User {
    /// `id` = 1.
    #[prost(int64, tag = "1")]
    pub id: i64,
    /// `short_id` = 2.
    #[prost(int64, tag = "2")]
    pub short_id: i64,
    /// `nickname` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub nickname: ::prost::bytes::Bytes,
    /// `gender` = 4.
    #[prost(int32, tag = "4")]
    pub gender: i32,
    /// `signature` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub signature: ::prost::bytes::Bytes,
    /// `level` = 6.
    #[prost(int32, tag = "6")]
    pub level: i32,
    /// `birthday` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub birthday: ::prost::bytes::Bytes,
    /// `telephone` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub telephone: ::prost::bytes::Bytes,
    /// `avatar_thumb` = 9.
    #[prost(message, optional, boxed, tag = "9")]
    pub avatar_thumb: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `avatar_medium` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub avatar_medium: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `avatar_large` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub avatar_large: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `verified` = 12.
    #[prost(bool, tag = "12")]
    pub verified: bool,
    /// `experience` = 13.
    #[prost(int32, tag = "13")]
    pub experience: i32,
    /// `city` = 14.
    #[prost(bytes = "bytes", tag = "14")]
    pub city: ::prost::bytes::Bytes,
    /// `status` = 15.
    #[prost(int32, tag = "15")]
    pub status: i32,
    /// `create_time` = 16.
    #[prost(bytes = "bytes", tag = "16")]
    pub create_time: ::prost::bytes::Bytes,
    /// `modify_time` = 17.
    #[prost(bytes = "bytes", tag = "17")]
    pub modify_time: ::prost::bytes::Bytes,
    /// `secret` = 18.
    #[prost(int32, tag = "18")]
    pub secret: i32,
    /// `share_qrcode_uri` = 19.
    #[prost(bytes = "bytes", tag = "19")]
    pub share_qrcode_uri: ::prost::bytes::Bytes,
    /// `income_share_percent` = 20.
    #[prost(int32, tag = "20")]
    pub income_share_percent: i32,
    /// `badge_image_list` = 21.
    #[prost(message, repeated, tag = "21")]
    pub badge_image_list: ::prost::alloc::vec::Vec<Image>,
    /// `follow_info` = 22.
    #[prost(message, optional, boxed, tag = "22")]
    pub follow_info: ::core::option::Option<::prost::alloc::boxed::Box<FollowInfo>>,
    /// `pay_grade` = 23.
    #[prost(message, optional, boxed, tag = "23")]
    pub pay_grade: ::core::option::Option<::prost::alloc::boxed::Box<PayGrade>>,
    /// `fans_club` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub fans_club: ::core::option::Option<::prost::alloc::boxed::Box<FansClub>>,
    /// `border` = 25.
    #[prost(message, optional, boxed, tag = "25")]
    pub border: ::core::option::Option<::prost::alloc::boxed::Box<Border>>,
    /// `special_id` = 26.
    #[prost(bytes = "bytes", tag = "26")]
    pub special_id: ::prost::bytes::Bytes,
    /// `avatar_border` = 27.
    #[prost(message, optional, boxed, tag = "27")]
    pub avatar_border: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `medal` = 28.
    #[prost(message, optional, boxed, tag = "28")]
    pub medal: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `real_time_icons` = 29.
    #[prost(message, repeated, tag = "29")]
    pub real_time_icons: ::prost::alloc::vec::Vec<Image>,
    /// `new_real_time_icons` = 30.
    #[prost(message, repeated, tag = "30")]
    pub new_real_time_icons: ::prost::alloc::vec::Vec<Image>,
    /// `top_vip_no` = 31.
    #[prost(bytes = "bytes", tag = "31")]
    pub top_vip_no: ::prost::bytes::Bytes,
    /// `user_attr` = 32.
    #[prost(message, optional, boxed, tag = "32")]
    pub user_attr: ::core::option::Option<::prost::alloc::boxed::Box<UserAttr>>,
    /// `own_room` = 33.
    #[prost(message, optional, boxed, tag = "33")]
    pub own_room: ::core::option::Option<::prost::alloc::boxed::Box<OwnRoom>>,
    /// `pay_score` = 34.
    #[prost(bytes = "bytes", tag = "34")]
    pub pay_score: ::prost::bytes::Bytes,
    /// `ticket_count` = 35.
    #[prost(bytes = "bytes", tag = "35")]
    pub ticket_count: ::prost::bytes::Bytes,
    /// `anchor_info` = 36.
    #[prost(message, optional, boxed, tag = "36")]
    pub anchor_info: ::core::option::Option<::prost::alloc::boxed::Box<AnchorInfo>>,
    /// `link_mic_stats` = 37.
    #[prost(int32, tag = "37")]
    pub link_mic_stats: i32,
    /// `display_id` = 38.
    #[prost(bytes = "bytes", tag = "38")]
    pub display_id: ::prost::bytes::Bytes,
    /// `with_commerce_permission` = 39.
    #[prost(bool, tag = "39")]
    pub with_commerce_permission: bool,
    /// `with_fusion_shop_entry` = 40.
    #[prost(bool, tag = "40")]
    pub with_fusion_shop_entry: bool,
    /// `total_recharge_diamond_count` = 41.
    #[prost(bytes = "bytes", tag = "41")]
    pub total_recharge_diamond_count: ::prost::bytes::Bytes,
    /// `webcast_anchor_level` = 42.
    #[prost(message, optional, boxed, tag = "42")]
    pub webcast_anchor_level: ::core::option::Option<::prost::alloc::boxed::Box<AnchorLevel>>,
    /// `verified_content` = 43.
    #[prost(bytes = "bytes", tag = "43")]
    pub verified_content: ::prost::bytes::Bytes,
    /// `author_stats` = 44.
    #[prost(message, optional, boxed, tag = "44")]
    pub author_stats: ::core::option::Option<::prost::alloc::boxed::Box<AuthorStats>>,
    /// `top_fans` = 45.
    #[prost(message, repeated, tag = "45")]
    pub top_fans: ::prost::alloc::vec::Vec<User>,
    /// `sec_uid` = 46.
    #[prost(bytes = "bytes", tag = "46")]
    pub sec_uid: ::prost::bytes::Bytes,
    /// `user_role` = 47.
    #[prost(int32, tag = "47")]
    pub user_role: i32,
    /// `xigua_info` = 48.
    #[prost(message, optional, boxed, tag = "48")]
    pub xigua_info: ::core::option::Option<::prost::alloc::boxed::Box<XiguaParams>>,
    /// `activity_reward` = 49.
    #[prost(message, optional, boxed, tag = "49")]
    pub activity_reward: ::core::option::Option<::prost::alloc::boxed::Box<ActivityInfo>>,
    /// `noble_info` = 50.
    #[prost(message, optional, boxed, tag = "50")]
    pub noble_info: ::core::option::Option<::prost::alloc::boxed::Box<NobleLevelInfo>>,
    /// `brotherhood_info` = 51.
    #[prost(message, optional, boxed, tag = "51")]
    pub brotherhood_info: ::core::option::Option<::prost::alloc::boxed::Box<BrotherhoodInfo>>,
    /// `personal_card` = 52.
    #[prost(message, optional, boxed, tag = "52")]
    pub personal_card: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `authentication_info` = 53.
    #[prost(message, optional, boxed, tag = "53")]
    pub authentication_info: ::core::option::Option<::prost::alloc::boxed::Box<AuthenticationInfo>>,
    /// `authorization_info` = 54.
    #[prost(int32, tag = "54")]
    pub authorization_info: i32,
    /// `adversary_authorization_info` = 55.
    #[prost(int32, tag = "55")]
    pub adversary_authorization_info: i32,
    /// `poi_info` = 56.
    #[prost(message, optional, boxed, tag = "56")]
    pub poi_info: ::core::option::Option<::prost::alloc::boxed::Box<PoiInfo>>,
    /// `media_badge_image_list` = 57.
    #[prost(message, repeated, tag = "57")]
    pub media_badge_image_list: ::prost::alloc::vec::Vec<Image>,
    /// `adversary_user_status` = 58.
    #[prost(int32, tag = "58")]
    pub adversary_user_status: i32,
    /// `user_vip_info` = 59.
    #[prost(message, optional, tag = "59")]
    pub user_vip_info: ::core::option::Option<UserVIPInfo>,
    /// `commerce_webcast_config_ids` = 60.
    #[prost(bytes = "bytes", repeated, tag = "60")]
    pub commerce_webcast_config_ids: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `badge_image_list_v2` = 61.
    #[prost(message, repeated, tag = "61")]
    pub badge_image_list_v2: ::prost::alloc::vec::Vec<Image>,
    /// `industry_certification` = 62.
    #[prost(message, optional, tag = "62")]
    pub industry_certification: ::core::option::Option<IndustryCertification>,
    /// `location_city` = 63.
    #[prost(bytes = "bytes", tag = "63")]
    pub location_city: ::prost::bytes::Bytes,
    /// `fans_group_info` = 64.
    #[prost(message, optional, boxed, tag = "64")]
    pub fans_group_info: ::core::option::Option<::prost::alloc::boxed::Box<FansGroupInfo>>,
    /// `remark_name` = 65.
    #[prost(bytes = "bytes", tag = "65")]
    pub remark_name: ::prost::bytes::Bytes,
    /// `mystery_man` = 66.
    #[prost(int32, tag = "66")]
    pub mystery_man: i32,
    /// `web_rid` = 67.
    #[prost(bytes = "bytes", tag = "67")]
    pub web_rid: ::prost::bytes::Bytes,
    /// `desensitized_nickname` = 68.
    #[prost(bytes = "bytes", tag = "68")]
    pub desensitized_nickname: ::prost::bytes::Bytes,
    /// `j_accredit_info` = 69.
    #[prost(message, optional, boxed, tag = "69")]
    pub j_accredit_info: ::core::option::Option<::prost::alloc::boxed::Box<JAccreditInfo>>,
    /// `subscribe` = 70.
    #[prost(message, optional, boxed, tag = "70")]
    pub subscribe: ::core::option::Option<::prost::alloc::boxed::Box<Subscribe>>,
    /// `is_anonymous` = 71.
    #[prost(bool, tag = "71")]
    pub is_anonymous: bool,
    /// `consume_diamond_level` = 72.
    #[prost(int32, tag = "72")]
    pub consume_diamond_level: i32,
    /// `webcast_uid` = 73.
    #[prost(bytes = "bytes", tag = "73")]
    pub webcast_uid: ::prost::bytes::Bytes,
    /// `profile_style_params` = 74.
    #[prost(message, optional, boxed, tag = "74")]
    pub profile_style_params:
        ::core::option::Option<::prost::alloc::boxed::Box<ProfileStyleParams>>,
    /// `user_dress_info` = 75.
    #[prost(message, optional, boxed, tag = "75")]
    pub user_dress_info: ::core::option::Option<::prost::alloc::boxed::Box<UserDressInfo>>,
    /// `biz_relation` = 76.
    #[prost(message, optional, boxed, tag = "76")]
    pub biz_relation: ::core::option::Option<::prost::alloc::boxed::Box<BizRelation>>,
    /// `member_entrance_info` = 77.
    #[prost(message, optional, boxed, tag = "77")]
    pub member_entrance_info:
        ::core::option::Option<::prost::alloc::boxed::Box<MemberEntranceInfo>>,
    /// `public_area_badge_info` = 78.
    #[prost(message, optional, boxed, tag = "78")]
    pub public_area_badge_info:
        ::core::option::Option<::prost::alloc::boxed::Box<PublicAreaBadgeInfo>>,
    /// `extra_info` = 79.
    #[prost(message, optional, boxed, tag = "79")]
    pub extra_info: ::core::option::Option<::prost::alloc::boxed::Box<ExtraInfo>>,
    /// `allow_be_located` = 1001.
    #[prost(bool, tag = "1001")]
    pub allow_be_located: bool,
    /// `allow_find_by_contacts` = 1002.
    #[prost(bool, tag = "1002")]
    pub allow_find_by_contacts: bool,
    /// `allow_others_download_video` = 1003.
    #[prost(bool, tag = "1003")]
    pub allow_others_download_video: bool,
    /// `allow_others_download_when_sharing_video` = 1004.
    #[prost(bool, tag = "1004")]
    pub allow_others_download_when_sharing_video: bool,
    /// `allow_share_show_profile` = 1005.
    #[prost(bool, tag = "1005")]
    pub allow_share_show_profile: bool,
    /// `allow_show_in_gossip` = 1006.
    #[prost(bool, tag = "1006")]
    pub allow_show_in_gossip: bool,
    /// `allow_show_my_action` = 1007.
    #[prost(bool, tag = "1007")]
    pub allow_show_my_action: bool,
    /// `allow_strange_comment` = 1008.
    #[prost(bool, tag = "1008")]
    pub allow_strange_comment: bool,
    /// `allow_unfollower_comment` = 1009.
    #[prost(bool, tag = "1009")]
    pub allow_unfollower_comment: bool,
    /// `allow_use_linkmic` = 1010.
    #[prost(bool, tag = "1010")]
    pub allow_use_linkmic: bool,
    /// `anchor_level` = 1011.
    #[prost(message, optional, boxed, tag = "1011")]
    pub anchor_level: ::core::option::Option<::prost::alloc::boxed::Box<AnchorLevel>>,
    /// `avatar_jpg` = 1012.
    #[prost(message, optional, boxed, tag = "1012")]
    pub avatar_jpg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `bg_img_url` = 1013.
    #[prost(bytes = "bytes", tag = "1013")]
    pub bg_img_url: ::prost::bytes::Bytes,
    /// `birthday_description` = 1014.
    #[prost(bytes = "bytes", tag = "1014")]
    pub birthday_description: ::prost::bytes::Bytes,
    /// `birthday_valid` = 1015.
    #[prost(bool, tag = "1015")]
    pub birthday_valid: bool,
    /// `block_status` = 1016.
    #[prost(int32, tag = "1016")]
    pub block_status: i32,
    /// `comment_restrict` = 1017.
    #[prost(int32, tag = "1017")]
    pub comment_restrict: i32,
    /// `constellation` = 1018.
    #[prost(bytes = "bytes", tag = "1018")]
    pub constellation: ::prost::bytes::Bytes,
    /// `disable_ichat` = 1019.
    #[prost(int32, tag = "1019")]
    pub disable_ichat: i32,
    /// `enable_ichat_img` = 1020.
    #[prost(bytes = "bytes", tag = "1020")]
    pub enable_ichat_img: ::prost::bytes::Bytes,
    /// `exp` = 1021.
    #[prost(int32, tag = "1021")]
    pub exp: i32,
    /// `fan_ticket_count` = 1022.
    #[prost(bytes = "bytes", tag = "1022")]
    pub fan_ticket_count: ::prost::bytes::Bytes,
    /// `fold_stranger_chat` = 1023.
    #[prost(bool, tag = "1023")]
    pub fold_stranger_chat: bool,
    /// `follow_status` = 1024.
    #[prost(bytes = "bytes", tag = "1024")]
    pub follow_status: ::prost::bytes::Bytes,
    /// `hotsoon_verified` = 1025.
    #[prost(bool, tag = "1025")]
    pub hotsoon_verified: bool,
    /// `hotsoon_verified_reason` = 1026.
    #[prost(bytes = "bytes", tag = "1026")]
    pub hotsoon_verified_reason: ::prost::bytes::Bytes,
    /// `ichat_restrict_type` = 1027.
    #[prost(int32, tag = "1027")]
    pub ichat_restrict_type: i32,
    /// `id_str` = 1028.
    #[prost(bytes = "bytes", tag = "1028")]
    pub id_str: ::prost::bytes::Bytes,
    /// `is_follower` = 1029.
    #[prost(bool, tag = "1029")]
    pub is_follower: bool,
    /// `is_following` = 1030.
    #[prost(bool, tag = "1030")]
    pub is_following: bool,
    /// `need_profile_guide` = 1031.
    #[prost(bool, tag = "1031")]
    pub need_profile_guide: bool,
    /// `pay_scores` = 1032.
    #[prost(bytes = "bytes", tag = "1032")]
    pub pay_scores: ::prost::bytes::Bytes,
    /// `push_comment_status` = 1033.
    #[prost(bool, tag = "1033")]
    pub push_comment_status: bool,
    /// `push_digg` = 1034.
    #[prost(bool, tag = "1034")]
    pub push_digg: bool,
    /// `push_follow` = 1035.
    #[prost(bool, tag = "1035")]
    pub push_follow: bool,
    /// `push_friend_action` = 1036.
    #[prost(bool, tag = "1036")]
    pub push_friend_action: bool,
    /// `push_ichat` = 1037.
    #[prost(bool, tag = "1037")]
    pub push_ichat: bool,
    /// `push_status` = 1038.
    #[prost(bool, tag = "1038")]
    pub push_status: bool,
    /// `push_video_post` = 1039.
    #[prost(bool, tag = "1039")]
    pub push_video_post: bool,
    /// `push_video_recommend` = 1040.
    #[prost(bool, tag = "1040")]
    pub push_video_recommend: bool,
    /// `stats` = 1041.
    #[prost(message, optional, boxed, tag = "1041")]
    pub stats: ::core::option::Option<::prost::alloc::boxed::Box<UserStats>>,
    /// `verified_mobile` = 1042.
    #[prost(bool, tag = "1042")]
    pub verified_mobile: bool,
    /// `verified_reason` = 1043.
    #[prost(bytes = "bytes", tag = "1043")]
    pub verified_reason: ::prost::bytes::Bytes,
    /// `with_car_management_permission` = 1044.
    #[prost(bool, tag = "1044")]
    pub with_car_management_permission: bool,
    /// `age_range` = 1045.
    #[prost(int32, tag = "1045")]
    pub age_range: i32,
    /// `watch_duration_month` = 1046.
    #[prost(bytes = "bytes", tag = "1046")]
    pub watch_duration_month: ::prost::bytes::Bytes,
}

impl ProtoJson for User {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "id", &self.id);
        pj::put_int64(&mut m, "short_id", &self.short_id);
        pj::put_str_bytes(&mut m, "nickname", &self.nickname);
        pj::put_int32(&mut m, "gender", &self.gender);
        pj::put_str_bytes(&mut m, "signature", &self.signature);
        pj::put_int32(&mut m, "level", &self.level);
        pj::put_str_bytes(&mut m, "birthday", &self.birthday);
        pj::put_str_bytes(&mut m, "telephone", &self.telephone);
        pj::put_message(&mut m, "avatar_thumb", self.avatar_thumb.as_deref());
        pj::put_message(&mut m, "avatar_medium", self.avatar_medium.as_deref());
        pj::put_message(&mut m, "avatar_large", self.avatar_large.as_deref());
        pj::put_bool(&mut m, "verified", &self.verified);
        pj::put_int32(&mut m, "experience", &self.experience);
        pj::put_str_bytes(&mut m, "city", &self.city);
        pj::put_int32(&mut m, "status", &self.status);
        pj::put_str_bytes(&mut m, "create_time", &self.create_time);
        pj::put_str_bytes(&mut m, "modify_time", &self.modify_time);
        pj::put_int32(&mut m, "secret", &self.secret);
        pj::put_str_bytes(&mut m, "share_qrcode_uri", &self.share_qrcode_uri);
        pj::put_int32(&mut m, "income_share_percent", &self.income_share_percent);
        pj::put_repeated(
            &mut m,
            "badge_image_list",
            &self.badge_image_list,
            pj::msg_value,
        );
        pj::put_message(&mut m, "follow_info", self.follow_info.as_deref());
        pj::put_message(&mut m, "pay_grade", self.pay_grade.as_deref());
        pj::put_message(&mut m, "fans_club", self.fans_club.as_deref());
        pj::put_message(&mut m, "border", self.border.as_deref());
        pj::put_str_bytes(&mut m, "special_id", &self.special_id);
        pj::put_message(&mut m, "avatar_border", self.avatar_border.as_deref());
        pj::put_message(&mut m, "medal", self.medal.as_deref());
        pj::put_repeated(
            &mut m,
            "real_time_icons",
            &self.real_time_icons,
            pj::msg_value,
        );
        pj::put_repeated(
            &mut m,
            "new_real_time_icons",
            &self.new_real_time_icons,
            pj::msg_value,
        );
        pj::put_str_bytes(&mut m, "top_vip_no", &self.top_vip_no);
        pj::put_message(&mut m, "user_attr", self.user_attr.as_deref());
        pj::put_message(&mut m, "own_room", self.own_room.as_deref());
        pj::put_str_bytes(&mut m, "pay_score", &self.pay_score);
        pj::put_str_bytes(&mut m, "ticket_count", &self.ticket_count);
        pj::put_message(&mut m, "anchor_info", self.anchor_info.as_deref());
        pj::put_int32(&mut m, "link_mic_stats", &self.link_mic_stats);
        pj::put_str_bytes(&mut m, "display_id", &self.display_id);
        pj::put_bool(
            &mut m,
            "with_commerce_permission",
            &self.with_commerce_permission,
        );
        pj::put_bool(
            &mut m,
            "with_fusion_shop_entry",
            &self.with_fusion_shop_entry,
        );
        pj::put_str_bytes(
            &mut m,
            "total_recharge_diamond_count",
            &self.total_recharge_diamond_count,
        );
        pj::put_message(
            &mut m,
            "webcast_anchor_level",
            self.webcast_anchor_level.as_deref(),
        );
        pj::put_str_bytes(&mut m, "verified_content", &self.verified_content);
        pj::put_message(&mut m, "author_stats", self.author_stats.as_deref());
        pj::put_repeated(&mut m, "top_fans", &self.top_fans, pj::msg_value);
        pj::put_str_bytes(&mut m, "sec_uid", &self.sec_uid);
        pj::put_int32(&mut m, "user_role", &self.user_role);
        pj::put_message(&mut m, "xigua_info", self.xigua_info.as_deref());
        pj::put_message(&mut m, "activity_reward", self.activity_reward.as_deref());
        pj::put_message(&mut m, "noble_info", self.noble_info.as_deref());
        pj::put_message(&mut m, "brotherhood_info", self.brotherhood_info.as_deref());
        pj::put_message(&mut m, "personal_card", self.personal_card.as_deref());
        pj::put_message(
            &mut m,
            "authentication_info",
            self.authentication_info.as_deref(),
        );
        pj::put_int32(&mut m, "authorization_info", &self.authorization_info);
        pj::put_int32(
            &mut m,
            "adversary_authorization_info",
            &self.adversary_authorization_info,
        );
        pj::put_message(&mut m, "poi_info", self.poi_info.as_deref());
        pj::put_repeated(
            &mut m,
            "media_badge_image_list",
            &self.media_badge_image_list,
            pj::msg_value,
        );
        pj::put_int32(&mut m, "adversary_user_status", &self.adversary_user_status);
        pj::put_message(&mut m, "user_vip_info", self.user_vip_info.as_ref());
        pj::put_repeated(
            &mut m,
            "commerce_webcast_config_ids",
            &self.commerce_webcast_config_ids,
            pj::str_bytes_value,
        );
        pj::put_repeated(
            &mut m,
            "badge_image_list_v2",
            &self.badge_image_list_v2,
            pj::msg_value,
        );
        pj::put_message(
            &mut m,
            "industry_certification",
            self.industry_certification.as_ref(),
        );
        pj::put_str_bytes(&mut m, "location_city", &self.location_city);
        pj::put_message(&mut m, "fans_group_info", self.fans_group_info.as_deref());
        pj::put_str_bytes(&mut m, "remark_name", &self.remark_name);
        pj::put_int32(&mut m, "mystery_man", &self.mystery_man);
        pj::put_str_bytes(&mut m, "web_rid", &self.web_rid);
        pj::put_str_bytes(&mut m, "desensitized_nickname", &self.desensitized_nickname);
        pj::put_message(&mut m, "j_accredit_info", self.j_accredit_info.as_deref());
        pj::put_message(&mut m, "subscribe", self.subscribe.as_deref());
        pj::put_bool(&mut m, "is_anonymous", &self.is_anonymous);
        pj::put_int32(&mut m, "consume_diamond_level", &self.consume_diamond_level);
        pj::put_str_bytes(&mut m, "webcast_uid", &self.webcast_uid);
        pj::put_message(
            &mut m,
            "profile_style_params",
            self.profile_style_params.as_deref(),
        );
        pj::put_message(&mut m, "user_dress_info", self.user_dress_info.as_deref());
        pj::put_message(&mut m, "biz_relation", self.biz_relation.as_deref());
        pj::put_message(
            &mut m,
            "member_entrance_info",
            self.member_entrance_info.as_deref(),
        );
        pj::put_message(
            &mut m,
            "public_area_badge_info",
            self.public_area_badge_info.as_deref(),
        );
        pj::put_message(&mut m, "extra_info", self.extra_info.as_deref());
        pj::put_bool(&mut m, "allow_be_located", &self.allow_be_located);
        pj::put_bool(
            &mut m,
            "allow_find_by_contacts",
            &self.allow_find_by_contacts,
        );
        pj::put_bool(
            &mut m,
            "allow_others_download_video",
            &self.allow_others_download_video,
        );
        pj::put_bool(
            &mut m,
            "allow_others_download_when_sharing_video",
            &self.allow_others_download_when_sharing_video,
        );
        pj::put_bool(
            &mut m,
            "allow_share_show_profile",
            &self.allow_share_show_profile,
        );
        pj::put_bool(&mut m, "allow_show_in_gossip", &self.allow_show_in_gossip);
        pj::put_bool(&mut m, "allow_show_my_action", &self.allow_show_my_action);
        pj::put_bool(&mut m, "allow_strange_comment", &self.allow_strange_comment);
        pj::put_bool(
            &mut m,
            "allow_unfollower_comment",
            &self.allow_unfollower_comment,
        );
        pj::put_bool(&mut m, "allow_use_linkmic", &self.allow_use_linkmic);
        pj::put_message(&mut m, "anchor_level", self.anchor_level.as_deref());
        pj::put_message(&mut m, "avatar_jpg", self.avatar_jpg.as_deref());
        pj::put_str_bytes(&mut m, "bg_img_url", &self.bg_img_url);
        pj::put_str_bytes(&mut m, "birthday_description", &self.birthday_description);
        pj::put_bool(&mut m, "birthday_valid", &self.birthday_valid);
        pj::put_int32(&mut m, "block_status", &self.block_status);
        pj::put_int32(&mut m, "comment_restrict", &self.comment_restrict);
        pj::put_str_bytes(&mut m, "constellation", &self.constellation);
        pj::put_int32(&mut m, "disable_ichat", &self.disable_ichat);
        pj::put_str_bytes(&mut m, "enable_ichat_img", &self.enable_ichat_img);
        pj::put_int32(&mut m, "exp", &self.exp);
        pj::put_str_bytes(&mut m, "fan_ticket_count", &self.fan_ticket_count);
        pj::put_bool(&mut m, "fold_stranger_chat", &self.fold_stranger_chat);
        pj::put_str_bytes(&mut m, "follow_status", &self.follow_status);
        pj::put_bool(&mut m, "hotsoon_verified", &self.hotsoon_verified);
        pj::put_str_bytes(
            &mut m,
            "hotsoon_verified_reason",
            &self.hotsoon_verified_reason,
        );
        pj::put_int32(&mut m, "ichat_restrict_type", &self.ichat_restrict_type);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_bool(&mut m, "is_follower", &self.is_follower);
        pj::put_bool(&mut m, "is_following", &self.is_following);
        pj::put_bool(&mut m, "need_profile_guide", &self.need_profile_guide);
        pj::put_str_bytes(&mut m, "pay_scores", &self.pay_scores);
        pj::put_bool(&mut m, "push_comment_status", &self.push_comment_status);
        pj::put_bool(&mut m, "push_digg", &self.push_digg);
        pj::put_bool(&mut m, "push_follow", &self.push_follow);
        pj::put_bool(&mut m, "push_friend_action", &self.push_friend_action);
        pj::put_bool(&mut m, "push_ichat", &self.push_ichat);
        pj::put_bool(&mut m, "push_status", &self.push_status);
        pj::put_bool(&mut m, "push_video_post", &self.push_video_post);
        pj::put_bool(&mut m, "push_video_recommend", &self.push_video_recommend);
        pj::put_message(&mut m, "stats", self.stats.as_deref());
        pj::put_bool(&mut m, "verified_mobile", &self.verified_mobile);
        pj::put_str_bytes(&mut m, "verified_reason", &self.verified_reason);
        pj::put_bool(
            &mut m,
            "with_car_management_permission",
            &self.with_car_management_permission,
        );
        pj::put_int32(&mut m, "age_range", &self.age_range);
        pj::put_str_bytes(&mut m, "watch_duration_month", &self.watch_duration_month);
        Value::Object(m)
    }
}

/// Proto message `douyin.FollowInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FollowInfo {
    /// `following_count` = 1.
    #[prost(int64, tag = "1")]
    pub following_count: i64,
    /// `follower_count` = 2.
    #[prost(int64, tag = "2")]
    pub follower_count: i64,
    /// `follow_status` = 3.
    #[prost(int64, tag = "3")]
    pub follow_status: i64,
    /// `push_status` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub push_status: ::prost::bytes::Bytes,
    /// `remark_name` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub remark_name: ::prost::bytes::Bytes,
    /// `follower_count_str` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub follower_count_str: ::prost::bytes::Bytes,
    /// `following_count_str` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub following_count_str: ::prost::bytes::Bytes,
    /// `invalid_follow_status` = 8.
    #[prost(bool, tag = "8")]
    pub invalid_follow_status: bool,
}

impl ProtoJson for FollowInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "following_count", &self.following_count);
        pj::put_int64(&mut m, "follower_count", &self.follower_count);
        pj::put_int64(&mut m, "follow_status", &self.follow_status);
        pj::put_str_bytes(&mut m, "push_status", &self.push_status);
        pj::put_str_bytes(&mut m, "remark_name", &self.remark_name);
        pj::put_str_bytes(&mut m, "follower_count_str", &self.follower_count_str);
        pj::put_str_bytes(&mut m, "following_count_str", &self.following_count_str);
        pj::put_bool(&mut m, "invalid_follow_status", &self.invalid_follow_status);
        Value::Object(m)
    }
}

/// Proto message `douyin.PayGrade`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PayGrade {
    /// `total_diamond_count` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub total_diamond_count: ::prost::bytes::Bytes,
    /// `diamond_icon` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub diamond_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub name: ::prost::bytes::Bytes,
    /// `icon` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `next_name` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub next_name: ::prost::bytes::Bytes,
    /// `level` = 6.
    #[prost(int64, tag = "6")]
    pub level: i64,
    /// `next_icon` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub next_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `next_diamond` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub next_diamond: ::prost::bytes::Bytes,
    /// `now_diamond` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub now_diamond: ::prost::bytes::Bytes,
    /// `this_grade_min_diamond` = 10.
    #[prost(int64, tag = "10")]
    pub this_grade_min_diamond: i64,
    /// `this_grade_max_diamond` = 11.
    #[prost(int64, tag = "11")]
    pub this_grade_max_diamond: i64,
    /// `pay_diamond_bak` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub pay_diamond_bak: ::prost::bytes::Bytes,
    /// `grade_describe` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub grade_describe: ::prost::bytes::Bytes,
    /// `grade_icon_list` = 14.
    #[prost(message, repeated, tag = "14")]
    pub grade_icon_list: ::prost::alloc::vec::Vec<GradeIcon>,
    /// `screen_chat_type` = 15.
    #[prost(bytes = "bytes", tag = "15")]
    pub screen_chat_type: ::prost::bytes::Bytes,
    /// `im_icon` = 16.
    #[prost(message, optional, boxed, tag = "16")]
    pub im_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `im_icon_with_level` = 17.
    #[prost(message, optional, boxed, tag = "17")]
    pub im_icon_with_level: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `live_icon` = 18.
    #[prost(message, optional, boxed, tag = "18")]
    pub live_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `new_im_icon_with_level` = 19.
    #[prost(message, optional, boxed, tag = "19")]
    pub new_im_icon_with_level: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `new_live_icon` = 20.
    #[prost(message, optional, boxed, tag = "20")]
    pub new_live_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `upgrade_need_consume` = 21.
    #[prost(bytes = "bytes", tag = "21")]
    pub upgrade_need_consume: ::prost::bytes::Bytes,
    /// `next_privileges` = 22.
    #[prost(bytes = "bytes", tag = "22")]
    pub next_privileges: ::prost::bytes::Bytes,
    /// `background` = 23.
    #[prost(message, optional, boxed, tag = "23")]
    pub background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `background_back` = 24.
    #[prost(message, optional, boxed, tag = "24")]
    pub background_back: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `score` = 25.
    #[prost(bytes = "bytes", tag = "25")]
    pub score: ::prost::bytes::Bytes,
    /// `buff_info` = 26.
    #[prost(message, optional, boxed, tag = "26")]
    pub buff_info: ::core::option::Option<::prost::alloc::boxed::Box<GradeBuffInfo>>,
    /// `grade_describe_shining` = 27.
    #[prost(bool, tag = "27")]
    pub grade_describe_shining: bool,
    /// `grade_banner` = 1001.
    #[prost(bytes = "bytes", tag = "1001")]
    pub grade_banner: ::prost::bytes::Bytes,
    /// `profile_dialog_bg` = 1002.
    #[prost(message, optional, boxed, tag = "1002")]
    pub profile_dialog_bg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `profile_dialog_bg_back` = 1003.
    #[prost(message, optional, boxed, tag = "1003")]
    pub profile_dialog_bg_back: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for PayGrade {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "total_diamond_count", &self.total_diamond_count);
        pj::put_message(&mut m, "diamond_icon", self.diamond_icon.as_deref());
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_str_bytes(&mut m, "next_name", &self.next_name);
        pj::put_int64(&mut m, "level", &self.level);
        pj::put_message(&mut m, "next_icon", self.next_icon.as_deref());
        pj::put_str_bytes(&mut m, "next_diamond", &self.next_diamond);
        pj::put_str_bytes(&mut m, "now_diamond", &self.now_diamond);
        pj::put_int64(
            &mut m,
            "this_grade_min_diamond",
            &self.this_grade_min_diamond,
        );
        pj::put_int64(
            &mut m,
            "this_grade_max_diamond",
            &self.this_grade_max_diamond,
        );
        pj::put_str_bytes(&mut m, "pay_diamond_bak", &self.pay_diamond_bak);
        pj::put_str_bytes(&mut m, "grade_describe", &self.grade_describe);
        pj::put_repeated(
            &mut m,
            "grade_icon_list",
            &self.grade_icon_list,
            pj::msg_value,
        );
        pj::put_str_bytes(&mut m, "screen_chat_type", &self.screen_chat_type);
        pj::put_message(&mut m, "im_icon", self.im_icon.as_deref());
        pj::put_message(
            &mut m,
            "im_icon_with_level",
            self.im_icon_with_level.as_deref(),
        );
        pj::put_message(&mut m, "live_icon", self.live_icon.as_deref());
        pj::put_message(
            &mut m,
            "new_im_icon_with_level",
            self.new_im_icon_with_level.as_deref(),
        );
        pj::put_message(&mut m, "new_live_icon", self.new_live_icon.as_deref());
        pj::put_str_bytes(&mut m, "upgrade_need_consume", &self.upgrade_need_consume);
        pj::put_str_bytes(&mut m, "next_privileges", &self.next_privileges);
        pj::put_message(&mut m, "background", self.background.as_deref());
        pj::put_message(&mut m, "background_back", self.background_back.as_deref());
        pj::put_str_bytes(&mut m, "score", &self.score);
        pj::put_message(&mut m, "buff_info", self.buff_info.as_deref());
        pj::put_bool(
            &mut m,
            "grade_describe_shining",
            &self.grade_describe_shining,
        );
        pj::put_str_bytes(&mut m, "grade_banner", &self.grade_banner);
        pj::put_message(
            &mut m,
            "profile_dialog_bg",
            self.profile_dialog_bg.as_deref(),
        );
        pj::put_message(
            &mut m,
            "profile_dialog_bg_back",
            self.profile_dialog_bg_back.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.GradeIcon`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GradeIcon {
    /// `icon` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `icon_diamond` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub icon_diamond: ::prost::bytes::Bytes,
    /// `level` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub level: ::prost::bytes::Bytes,
    /// `level_str` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub level_str: ::prost::bytes::Bytes,
}

impl ProtoJson for GradeIcon {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_str_bytes(&mut m, "icon_diamond", &self.icon_diamond);
        pj::put_str_bytes(&mut m, "level", &self.level);
        pj::put_str_bytes(&mut m, "level_str", &self.level_str);
        Value::Object(m)
    }
}

/// Proto message `douyin.FansClub`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansClub {
    /// `data` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub data: ::core::option::Option<::prost::alloc::boxed::Box<FansClubData>>,
    /// `prefer_data` = 2.
    #[prost(map = "int32, message", tag = "2")]
    pub prefer_data: ::std::collections::HashMap<i32, FansClubData>,
}

impl ProtoJson for FansClub {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "data", self.data.as_deref());
        pj::put_map(
            &mut m,
            "prefer_data",
            &self.prefer_data,
            pj::int32_key,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.FansClubData`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansClubData {
    /// `club_name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub club_name: ::prost::bytes::Bytes,
    /// `level` = 2.
    #[prost(int32, tag = "2")]
    pub level: i32,
    /// `user_fans_club_status` = 3.
    #[prost(int32, tag = "3")]
    pub user_fans_club_status: i32,
    /// `badge` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub badge: ::core::option::Option<::prost::alloc::boxed::Box<FansClubDataUserBadge>>,
    /// `available_gift_ids` = 5.
    #[prost(int64, repeated, tag = "5")]
    pub available_gift_ids: ::prost::alloc::vec::Vec<i64>,
    /// `anchor_id` = 6.
    #[prost(int64, tag = "6")]
    pub anchor_id: i64,
    /// `badge_type` = 7.
    #[prost(int32, tag = "7")]
    pub badge_type: i32,
}

impl ProtoJson for FansClubData {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "club_name", &self.club_name);
        pj::put_int32(&mut m, "level", &self.level);
        pj::put_int32(&mut m, "user_fans_club_status", &self.user_fans_club_status);
        pj::put_message(&mut m, "badge", self.badge.as_deref());
        pj::put_repeated(
            &mut m,
            "available_gift_ids",
            &self.available_gift_ids,
            pj::int64_value,
        );
        pj::put_int64(&mut m, "anchor_id", &self.anchor_id);
        pj::put_int32(&mut m, "badge_type", &self.badge_type);
        Value::Object(m)
    }
}

/// Proto message `douyin.FansClubData.UserBadge`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansClubDataUserBadge {
    /// `icons` = 1.
    #[prost(map = "int32, message", tag = "1")]
    pub icons: ::std::collections::HashMap<i32, Image>,
    /// `title` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub title: ::prost::bytes::Bytes,
}

impl ProtoJson for FansClubDataUserBadge {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_map(&mut m, "icons", &self.icons, pj::int32_key, pj::msg_value);
        pj::put_str_bytes(&mut m, "title", &self.title);
        Value::Object(m)
    }
}

/// Proto message `douyin.Border`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Border {
    /// `icon` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `level` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub level: ::prost::bytes::Bytes,
    /// `thumb_icon` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub thumb_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `dress_id` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub dress_id: ::prost::bytes::Bytes,
}

impl ProtoJson for Border {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "icon", self.icon.as_deref());
        pj::put_str_bytes(&mut m, "level", &self.level);
        pj::put_message(&mut m, "thumb_icon", self.thumb_icon.as_deref());
        pj::put_str_bytes(&mut m, "dress_id", &self.dress_id);
        Value::Object(m)
    }
}

/// Proto message `douyin.UserAttr`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserAttr {
    /// `is_muted` = 1.
    #[prost(bool, tag = "1")]
    pub is_muted: bool,
    /// `is_admin` = 2.
    #[prost(bool, tag = "2")]
    pub is_admin: bool,
    /// `is_super_admin` = 3.
    #[prost(bool, tag = "3")]
    pub is_super_admin: bool,
    /// `admin_privileges` = 4.
    #[prost(int32, repeated, tag = "4")]
    pub admin_privileges: ::prost::alloc::vec::Vec<i32>,
}

impl ProtoJson for UserAttr {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_muted", &self.is_muted);
        pj::put_bool(&mut m, "is_admin", &self.is_admin);
        pj::put_bool(&mut m, "is_super_admin", &self.is_super_admin);
        pj::put_repeated(
            &mut m,
            "admin_privileges",
            &self.admin_privileges,
            pj::int32_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.OwnRoom`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct OwnRoom {
    /// `room_ids` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub room_ids: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `room_ids_str` = 2.
    #[prost(bytes = "bytes", repeated, tag = "2")]
    pub room_ids_str: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `room_ids_display` = 3.
    #[prost(int32, repeated, tag = "3")]
    pub room_ids_display: ::prost::alloc::vec::Vec<i32>,
}

impl ProtoJson for OwnRoom {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "room_ids", &self.room_ids, pj::str_bytes_value);
        pj::put_repeated(
            &mut m,
            "room_ids_str",
            &self.room_ids_str,
            pj::str_bytes_value,
        );
        pj::put_repeated(
            &mut m,
            "room_ids_display",
            &self.room_ids_display,
            pj::int32_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorInfo {
    /// `level` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub level: ::prost::bytes::Bytes,
}

impl ProtoJson for AnchorInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "level", &self.level);
        Value::Object(m)
    }
}

/// Proto message `douyin.AnchorLevel`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AnchorLevel {
    /// `level` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub level: ::prost::bytes::Bytes,
    /// `experience` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub experience: ::prost::bytes::Bytes,
    /// `lowest_experience_this_level` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub lowest_experience_this_level: ::prost::bytes::Bytes,
    /// `highest_experience_this_level` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub highest_experience_this_level: ::prost::bytes::Bytes,
    /// `task_start_experience` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub task_start_experience: ::prost::bytes::Bytes,
    /// `task_start_time` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub task_start_time: ::prost::bytes::Bytes,
    /// `task_decrease_experience` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub task_decrease_experience: ::prost::bytes::Bytes,
    /// `task_target_experience` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub task_target_experience: ::prost::bytes::Bytes,
    /// `task_end_time` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub task_end_time: ::prost::bytes::Bytes,
    /// `profile_dialog_bg` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub profile_dialog_bg: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `profile_dialog_bg_back` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub profile_dialog_bg_back: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `stage_level` = 12.
    #[prost(message, optional, boxed, tag = "12")]
    pub stage_level: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `small_icon` = 13.
    #[prost(message, optional, boxed, tag = "13")]
    pub small_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for AnchorLevel {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "level", &self.level);
        pj::put_str_bytes(&mut m, "experience", &self.experience);
        pj::put_str_bytes(
            &mut m,
            "lowest_experience_this_level",
            &self.lowest_experience_this_level,
        );
        pj::put_str_bytes(
            &mut m,
            "highest_experience_this_level",
            &self.highest_experience_this_level,
        );
        pj::put_str_bytes(&mut m, "task_start_experience", &self.task_start_experience);
        pj::put_str_bytes(&mut m, "task_start_time", &self.task_start_time);
        pj::put_str_bytes(
            &mut m,
            "task_decrease_experience",
            &self.task_decrease_experience,
        );
        pj::put_str_bytes(
            &mut m,
            "task_target_experience",
            &self.task_target_experience,
        );
        pj::put_str_bytes(&mut m, "task_end_time", &self.task_end_time);
        pj::put_message(
            &mut m,
            "profile_dialog_bg",
            self.profile_dialog_bg.as_deref(),
        );
        pj::put_message(
            &mut m,
            "profile_dialog_bg_back",
            self.profile_dialog_bg_back.as_deref(),
        );
        pj::put_message(&mut m, "stage_level", self.stage_level.as_deref());
        pj::put_message(&mut m, "small_icon", self.small_icon.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.AuthorStats`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AuthorStats {
    /// `video_total_count` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub video_total_count: ::prost::bytes::Bytes,
    /// `video_total_play_count` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub video_total_play_count: ::prost::bytes::Bytes,
    /// `video_total_share_count` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub video_total_share_count: ::prost::bytes::Bytes,
    /// `video_total_series_count` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub video_total_series_count: ::prost::bytes::Bytes,
    /// `variety_show_play_count` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub variety_show_play_count: ::prost::bytes::Bytes,
    /// `video_total_favorite_count` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub video_total_favorite_count: ::prost::bytes::Bytes,
}

impl ProtoJson for AuthorStats {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "video_total_count", &self.video_total_count);
        pj::put_str_bytes(
            &mut m,
            "video_total_play_count",
            &self.video_total_play_count,
        );
        pj::put_str_bytes(
            &mut m,
            "video_total_share_count",
            &self.video_total_share_count,
        );
        pj::put_str_bytes(
            &mut m,
            "video_total_series_count",
            &self.video_total_series_count,
        );
        pj::put_str_bytes(
            &mut m,
            "variety_show_play_count",
            &self.variety_show_play_count,
        );
        pj::put_str_bytes(
            &mut m,
            "video_total_favorite_count",
            &self.video_total_favorite_count,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.XiguaParams`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct XiguaParams {
    /// `user_auth_info` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub user_auth_info: ::prost::bytes::Bytes,
    /// `ugc_publish_media_id` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub ugc_publish_media_id: ::prost::bytes::Bytes,
    /// `media_id` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub media_id: ::prost::bytes::Bytes,
    /// `author_desc` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub author_desc: ::prost::bytes::Bytes,
    /// `description` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub description: ::prost::bytes::Bytes,
    /// `user_verified` = 6.
    #[prost(bool, tag = "6")]
    pub user_verified: bool,
    /// `user_extend_info` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub user_extend_info: ::core::option::Option<::prost::alloc::boxed::Box<UserExtendInfo>>,
    /// `xigua_uid` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub xigua_uid: ::prost::bytes::Bytes,
    /// `nick_name` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub nick_name: ::prost::bytes::Bytes,
    /// `avatar_thumb` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub avatar_thumb: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `avatar_medium` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub avatar_medium: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `avatar_large` = 12.
    #[prost(message, optional, boxed, tag = "12")]
    pub avatar_large: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for XiguaParams {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "user_auth_info", &self.user_auth_info);
        pj::put_str_bytes(&mut m, "ugc_publish_media_id", &self.ugc_publish_media_id);
        pj::put_str_bytes(&mut m, "media_id", &self.media_id);
        pj::put_str_bytes(&mut m, "author_desc", &self.author_desc);
        pj::put_str_bytes(&mut m, "description", &self.description);
        pj::put_bool(&mut m, "user_verified", &self.user_verified);
        pj::put_message(&mut m, "user_extend_info", self.user_extend_info.as_deref());
        pj::put_str_bytes(&mut m, "xigua_uid", &self.xigua_uid);
        pj::put_str_bytes(&mut m, "nick_name", &self.nick_name);
        pj::put_message(&mut m, "avatar_thumb", self.avatar_thumb.as_deref());
        pj::put_message(&mut m, "avatar_medium", self.avatar_medium.as_deref());
        pj::put_message(&mut m, "avatar_large", self.avatar_large.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.UserExtendInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserExtendInfo {
    /// `share_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub share_url: ::prost::bytes::Bytes,
    /// `r_schema_url` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub r_schema_url: ::prost::bytes::Bytes,
    /// `rocket_schema_info` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub rocket_schema_info: ::core::option::Option<::prost::alloc::boxed::Box<RocketSchema>>,
}

impl ProtoJson for UserExtendInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "share_url", &self.share_url);
        pj::put_str_bytes(&mut m, "r_schema_url", &self.r_schema_url);
        pj::put_message(
            &mut m,
            "rocket_schema_info",
            self.rocket_schema_info.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.RocketSchema`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct RocketSchema {
    /// `r_schema` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub r_schema: ::prost::bytes::Bytes,
    /// `r_token` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub r_token: ::prost::bytes::Bytes,
    /// `download_url` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub download_url: ::prost::bytes::Bytes,
}

impl ProtoJson for RocketSchema {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "r_schema", &self.r_schema);
        pj::put_str_bytes(&mut m, "r_token", &self.r_token);
        pj::put_str_bytes(&mut m, "download_url", &self.download_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.ActivityInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ActivityInfo {
    /// `Badge` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `StoryTag` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub story_tag: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for ActivityInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "Badge", self.badge.as_deref());
        pj::put_message(&mut m, "StoryTag", self.story_tag.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.NobleLevelInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NobleLevelInfo {
    /// `noble_background` = 1.
    #[prost(message, optional, boxed, tag = "1")]
    pub noble_background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `noble_level` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub noble_level: ::prost::bytes::Bytes,
    /// `noble_icon` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub noble_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `noble_name` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub noble_name: ::prost::bytes::Bytes,
    /// `expire_time` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub expire_time: ::prost::bytes::Bytes,
    /// `noble_big_icon` = 6.
    #[prost(message, optional, boxed, tag = "6")]
    pub noble_big_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `noble_icon_with_back` = 7.
    #[prost(message, optional, boxed, tag = "7")]
    pub noble_icon_with_back: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `noble_boarder` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub noble_boarder: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `noble_background_color` = 9.
    #[prost(bytes = "bytes", repeated, tag = "9")]
    pub noble_background_color: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
}

impl ProtoJson for NobleLevelInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_message(&mut m, "noble_background", self.noble_background.as_deref());
        pj::put_str_bytes(&mut m, "noble_level", &self.noble_level);
        pj::put_message(&mut m, "noble_icon", self.noble_icon.as_deref());
        pj::put_str_bytes(&mut m, "noble_name", &self.noble_name);
        pj::put_str_bytes(&mut m, "expire_time", &self.expire_time);
        pj::put_message(&mut m, "noble_big_icon", self.noble_big_icon.as_deref());
        pj::put_message(
            &mut m,
            "noble_icon_with_back",
            self.noble_icon_with_back.as_deref(),
        );
        pj::put_message(&mut m, "noble_boarder", self.noble_boarder.as_deref());
        pj::put_repeated(
            &mut m,
            "noble_background_color",
            &self.noble_background_color,
            pj::str_bytes_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.BrotherhoodInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BrotherhoodInfo {
    /// `name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub name: ::prost::bytes::Bytes,
    /// `level` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub level: ::prost::bytes::Bytes,
    /// `background` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub background: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `font_color` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub font_color: ::prost::bytes::Bytes,
}

impl ProtoJson for BrotherhoodInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "level", &self.level);
        pj::put_message(&mut m, "background", self.background.as_deref());
        pj::put_str_bytes(&mut m, "font_color", &self.font_color);
        Value::Object(m)
    }
}

/// Proto message `douyin.AuthenticationInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AuthenticationInfo {
    /// `custom_verify` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub custom_verify: ::prost::bytes::Bytes,
    /// `enterprise_verify_reason` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub enterprise_verify_reason: ::prost::bytes::Bytes,
    /// `authentication_badge` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub authentication_badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `level_list` = 4.
    #[prost(int32, repeated, tag = "4")]
    pub level_list: ::prost::alloc::vec::Vec<i32>,
    /// `account_type_info` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub account_type_info: ::core::option::Option<::prost::alloc::boxed::Box<AccountTypeInfo>>,
}

impl ProtoJson for AuthenticationInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "custom_verify", &self.custom_verify);
        pj::put_str_bytes(
            &mut m,
            "enterprise_verify_reason",
            &self.enterprise_verify_reason,
        );
        pj::put_message(
            &mut m,
            "authentication_badge",
            self.authentication_badge.as_deref(),
        );
        pj::put_repeated(&mut m, "level_list", &self.level_list, pj::int32_value);
        pj::put_message(
            &mut m,
            "account_type_info",
            self.account_type_info.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.AccountTypeInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct AccountTypeInfo {
    /// `account_type_map` = 1.
    #[prost(map = "int64, bool", tag = "1")]
    pub account_type_map: ::std::collections::HashMap<i64, bool>,
}

impl ProtoJson for AccountTypeInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_map(
            &mut m,
            "account_type_map",
            &self.account_type_map,
            pj::int64_key,
            pj::bool_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.PoiInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PoiInfo {
    /// `is_poi_enabled` = 1.
    #[prost(bool, tag = "1")]
    pub is_poi_enabled: bool,
    /// `poi_id` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub poi_id: ::prost::bytes::Bytes,
    /// `poi_name` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub poi_name: ::prost::bytes::Bytes,
    /// `poi_id_str` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub poi_id_str: ::prost::bytes::Bytes,
    /// `follower_count_permission` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub follower_count_permission: ::prost::bytes::Bytes,
    /// `white_user_permission` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub white_user_permission: ::prost::bytes::Bytes,
}

impl ProtoJson for PoiInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_poi_enabled", &self.is_poi_enabled);
        pj::put_str_bytes(&mut m, "poi_id", &self.poi_id);
        pj::put_str_bytes(&mut m, "poi_name", &self.poi_name);
        pj::put_str_bytes(&mut m, "poi_id_str", &self.poi_id_str);
        pj::put_str_bytes(
            &mut m,
            "follower_count_permission",
            &self.follower_count_permission,
        );
        pj::put_str_bytes(&mut m, "white_user_permission", &self.white_user_permission);
        Value::Object(m)
    }
}

/// Proto message `douyin.FansGroupInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct FansGroupInfo {
    /// `list_fans_group_url` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub list_fans_group_url: ::prost::bytes::Bytes,
}

impl ProtoJson for FansGroupInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "list_fans_group_url", &self.list_fans_group_url);
        Value::Object(m)
    }
}

/// Proto message `douyin.JAccreditInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct JAccreditInfo {
    /// `JAccreditBasic` = 1.
    #[prost(int32, tag = "1")]
    pub j_accredit_basic: i32,
    /// `JAccreditAdvance` = 2.
    #[prost(int32, tag = "2")]
    pub j_accredit_advance: i32,
    /// `JAccreditContent` = 3.
    #[prost(int32, tag = "3")]
    pub j_accredit_content: i32,
    /// `JAccreditLive` = 4.
    #[prost(int32, tag = "4")]
    pub j_accredit_live: i32,
}

impl ProtoJson for JAccreditInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int32(&mut m, "JAccreditBasic", &self.j_accredit_basic);
        pj::put_int32(&mut m, "JAccreditAdvance", &self.j_accredit_advance);
        pj::put_int32(&mut m, "JAccreditContent", &self.j_accredit_content);
        pj::put_int32(&mut m, "JAccreditLive", &self.j_accredit_live);
        Value::Object(m)
    }
}

/// Proto message `douyin.Subscribe`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Subscribe {
    /// `is_member` = 1.
    #[prost(bool, tag = "1")]
    pub is_member: bool,
    /// `level` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub level: ::prost::bytes::Bytes,
    /// `identity_type` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub identity_type: ::prost::bytes::Bytes,
    /// `buy_type` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub buy_type: ::prost::bytes::Bytes,
    /// `open` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub open: ::prost::bytes::Bytes,
}

impl ProtoJson for Subscribe {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_member", &self.is_member);
        pj::put_str_bytes(&mut m, "level", &self.level);
        pj::put_str_bytes(&mut m, "identity_type", &self.identity_type);
        pj::put_str_bytes(&mut m, "buy_type", &self.buy_type);
        pj::put_str_bytes(&mut m, "open", &self.open);
        Value::Object(m)
    }
}

/// Proto message `douyin.ProfileStyleParams`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ProfileStyleParams {
    /// `profile_style` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub profile_style: ::prost::bytes::Bytes,
    /// `smart_switch` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub smart_switch: ::prost::bytes::Bytes,
}

impl ProtoJson for ProfileStyleParams {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "profile_style", &self.profile_style);
        pj::put_str_bytes(&mut m, "smart_switch", &self.smart_switch);
        Value::Object(m)
    }
}

/// Proto message `douyin.UserDressInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserDressInfo {
    /// `dress_wear_ids` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub dress_wear_ids: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `dress_own_ids` = 2.
    #[prost(bytes = "bytes", repeated, tag = "2")]
    pub dress_own_ids: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
}

impl ProtoJson for UserDressInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(
            &mut m,
            "dress_wear_ids",
            &self.dress_wear_ids,
            pj::str_bytes_value,
        );
        pj::put_repeated(
            &mut m,
            "dress_own_ids",
            &self.dress_own_ids,
            pj::str_bytes_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.BizRelation`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct BizRelation {
    /// `shop_fans_club_reverse` = 1.
    #[prost(bool, tag = "1")]
    pub shop_fans_club_reverse: bool,
}

impl ProtoJson for BizRelation {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(
            &mut m,
            "shop_fans_club_reverse",
            &self.shop_fans_club_reverse,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.PublicAreaBadgeInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PublicAreaBadgeInfo {
    /// `badge_info_map` = 1.
    #[prost(map = "int64, message", tag = "1")]
    pub badge_info_map: ::std::collections::HashMap<i64, Image>,
    /// `badge_list` = 2.
    #[prost(bytes = "bytes", repeated, tag = "2")]
    pub badge_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `webcast_dsl_badge_list` = 3.
    #[prost(message, repeated, tag = "3")]
    pub webcast_dsl_badge_list: ::prost::alloc::vec::Vec<WebcastDslBadgeList>,
}

impl ProtoJson for PublicAreaBadgeInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_map(
            &mut m,
            "badge_info_map",
            &self.badge_info_map,
            pj::int64_key,
            pj::msg_value,
        );
        pj::put_repeated(&mut m, "badge_list", &self.badge_list, pj::str_bytes_value);
        pj::put_repeated(
            &mut m,
            "webcast_dsl_badge_list",
            &self.webcast_dsl_badge_list,
            pj::msg_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.WebcastDslBadgeList`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct WebcastDslBadgeList {
    /// `badge_list` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub badge_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `target_dsl_rule` = 2.
    #[prost(message, optional, boxed, tag = "2")]
    pub target_dsl_rule: ::core::option::Option<::prost::alloc::boxed::Box<DslRule>>,
    /// `filter_dsl_rule` = 3.
    #[prost(message, optional, boxed, tag = "3")]
    pub filter_dsl_rule: ::core::option::Option<::prost::alloc::boxed::Box<DslRule>>,
}

impl ProtoJson for WebcastDslBadgeList {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "badge_list", &self.badge_list, pj::str_bytes_value);
        pj::put_message(&mut m, "target_dsl_rule", self.target_dsl_rule.as_deref());
        pj::put_message(&mut m, "filter_dsl_rule", self.filter_dsl_rule.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.DslRule`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct DslRule {
    /// `app_id` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub app_id: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `version_code` = 2.
    #[prost(bytes = "bytes", repeated, tag = "2")]
    pub version_code: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `ab_params` = 3.
    #[prost(map = "string, string", tag = "3")]
    pub ab_params:
        ::std::collections::HashMap<::prost::alloc::string::String, ::prost::alloc::string::String>,
}

impl ProtoJson for DslRule {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "app_id", &self.app_id, pj::str_bytes_value);
        pj::put_repeated(
            &mut m,
            "version_code",
            &self.version_code,
            pj::str_bytes_value,
        );
        pj::put_map(
            &mut m,
            "ab_params",
            &self.ab_params,
            pj::string_key,
            pj::string_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.ExtraInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ExtraInfo {
    /// `is_contract` = 1.
    #[prost(bool, tag = "1")]
    pub is_contract: bool,
}

impl ProtoJson for ExtraInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_bool(&mut m, "is_contract", &self.is_contract);
        Value::Object(m)
    }
}

/// Proto message `douyin.UserStats`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct UserStats {
    /// `id` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub id: ::prost::bytes::Bytes,
    /// `id_str` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub id_str: ::prost::bytes::Bytes,
    /// `following_count` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub following_count: ::prost::bytes::Bytes,
    /// `follower_count` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub follower_count: ::prost::bytes::Bytes,
    /// `record_count` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub record_count: ::prost::bytes::Bytes,
    /// `total_duration` = 6.
    #[prost(bytes = "bytes", tag = "6")]
    pub total_duration: ::prost::bytes::Bytes,
    /// `daily_fan_ticket_count` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub daily_fan_ticket_count: ::prost::bytes::Bytes,
    /// `daily_income` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub daily_income: ::prost::bytes::Bytes,
    /// `item_count` = 9.
    #[prost(bytes = "bytes", tag = "9")]
    pub item_count: ::prost::bytes::Bytes,
    /// `favorite_item_count` = 10.
    #[prost(bytes = "bytes", tag = "10")]
    pub favorite_item_count: ::prost::bytes::Bytes,
    /// `diamond_count` = 11.
    #[prost(bytes = "bytes", tag = "11")]
    pub diamond_count: ::prost::bytes::Bytes,
    /// `diamond_consumed_count` = 12.
    #[prost(bytes = "bytes", tag = "12")]
    pub diamond_consumed_count: ::prost::bytes::Bytes,
    /// `tuwen_item_count` = 13.
    #[prost(bytes = "bytes", tag = "13")]
    pub tuwen_item_count: ::prost::bytes::Bytes,
}

impl ProtoJson for UserStats {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "id", &self.id);
        pj::put_str_bytes(&mut m, "id_str", &self.id_str);
        pj::put_str_bytes(&mut m, "following_count", &self.following_count);
        pj::put_str_bytes(&mut m, "follower_count", &self.follower_count);
        pj::put_str_bytes(&mut m, "record_count", &self.record_count);
        pj::put_str_bytes(&mut m, "total_duration", &self.total_duration);
        pj::put_str_bytes(
            &mut m,
            "daily_fan_ticket_count",
            &self.daily_fan_ticket_count,
        );
        pj::put_str_bytes(&mut m, "daily_income", &self.daily_income);
        pj::put_str_bytes(&mut m, "item_count", &self.item_count);
        pj::put_str_bytes(&mut m, "favorite_item_count", &self.favorite_item_count);
        pj::put_str_bytes(&mut m, "diamond_count", &self.diamond_count);
        pj::put_str_bytes(
            &mut m,
            "diamond_consumed_count",
            &self.diamond_consumed_count,
        );
        pj::put_str_bytes(&mut m, "tuwen_item_count", &self.tuwen_item_count);
        Value::Object(m)
    }
}

/// Proto message `douyin.GradeBuffInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct GradeBuffInfo {
    /// `buff_level` = 1.
    #[prost(int64, tag = "1")]
    pub buff_level: i64,
    /// `status` = 2.
    #[prost(int32, tag = "2")]
    pub status: i32,
    /// `end_time` = 3.
    #[prost(int64, tag = "3")]
    pub end_time: i64,
    /// `stats_info` = 4.
    #[prost(map = "int64, int64", tag = "4")]
    pub stats_info: ::std::collections::HashMap<i64, i64>,
    /// `buff_badge` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub buff_badge: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
}

impl ProtoJson for GradeBuffInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "buff_level", &self.buff_level);
        pj::put_int32(&mut m, "status", &self.status);
        pj::put_int64(&mut m, "end_time", &self.end_time);
        pj::put_map(
            &mut m,
            "stats_info",
            &self.stats_info,
            pj::int64_key,
            pj::int64_value,
        );
        pj::put_message(&mut m, "buff_badge", self.buff_badge.as_deref());
        Value::Object(m)
    }
}

/// Proto message `douyin.MemberEntranceInfo`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct MemberEntranceInfo {
    /// `type` = 1.
    #[prost(int64, tag = "1")]
    pub r#type: i64,
    /// `show_entrance` = 2.
    #[prost(bool, tag = "2")]
    pub show_entrance: bool,
    /// `schema` = 3.
    #[prost(bytes = "bytes", tag = "3")]
    pub schema: ::prost::bytes::Bytes,
    /// `single_entrance_icon` = 4.
    #[prost(message, optional, boxed, tag = "4")]
    pub single_entrance_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `double_entrance_icon` = 5.
    #[prost(message, optional, boxed, tag = "5")]
    pub double_entrance_icon: ::core::option::Option<::prost::alloc::boxed::Box<Image>>,
    /// `is_member` = 6.
    #[prost(bool, tag = "6")]
    pub is_member: bool,
}

impl ProtoJson for MemberEntranceInfo {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "type", &self.r#type);
        pj::put_bool(&mut m, "show_entrance", &self.show_entrance);
        pj::put_str_bytes(&mut m, "schema", &self.schema);
        pj::put_message(
            &mut m,
            "single_entrance_icon",
            self.single_entrance_icon.as_deref(),
        );
        pj::put_message(
            &mut m,
            "double_entrance_icon",
            self.double_entrance_icon.as_deref(),
        );
        pj::put_bool(&mut m, "is_member", &self.is_member);
        Value::Object(m)
    }
}

/// Proto message `douyin.Image`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct Image {
    /// `urlList` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub url_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
    /// `uri` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub uri: ::prost::bytes::Bytes,
    /// `height` = 3.
    #[prost(int64, tag = "3")]
    pub height: i64,
    /// `width` = 4.
    #[prost(int64, tag = "4")]
    pub width: i64,
    /// `avg_color` = 5.
    #[prost(bytes = "bytes", tag = "5")]
    pub avg_color: ::prost::bytes::Bytes,
    /// `image_type` = 6.
    #[prost(int32, tag = "6")]
    pub image_type: i32,
    /// `open_web_url` = 7.
    #[prost(bytes = "bytes", tag = "7")]
    pub open_web_url: ::prost::bytes::Bytes,
    /// `content` = 8.
    #[prost(message, optional, boxed, tag = "8")]
    pub content: ::core::option::Option<::prost::alloc::boxed::Box<ImageContent>>,
    /// `is_animated` = 9.
    #[prost(bool, tag = "9")]
    pub is_animated: bool,
    /// `flex_setting_list` = 10.
    #[prost(message, optional, boxed, tag = "10")]
    pub flex_setting_list: ::core::option::Option<::prost::alloc::boxed::Box<NinePatchSetting>>,
    /// `text_setting_list` = 11.
    #[prost(message, optional, boxed, tag = "11")]
    pub text_setting_list: ::core::option::Option<::prost::alloc::boxed::Box<NinePatchSetting>>,
}

impl ProtoJson for Image {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(&mut m, "urlList", &self.url_list, pj::str_bytes_value);
        pj::put_str_bytes(&mut m, "uri", &self.uri);
        pj::put_int64(&mut m, "height", &self.height);
        pj::put_int64(&mut m, "width", &self.width);
        pj::put_str_bytes(&mut m, "avg_color", &self.avg_color);
        pj::put_int32(&mut m, "image_type", &self.image_type);
        pj::put_str_bytes(&mut m, "open_web_url", &self.open_web_url);
        pj::put_message(&mut m, "content", self.content.as_deref());
        pj::put_bool(&mut m, "is_animated", &self.is_animated);
        pj::put_message(
            &mut m,
            "flex_setting_list",
            self.flex_setting_list.as_deref(),
        );
        pj::put_message(
            &mut m,
            "text_setting_list",
            self.text_setting_list.as_deref(),
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.NinePatchSetting`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct NinePatchSetting {
    /// `settingList` = 1.
    #[prost(bytes = "bytes", repeated, tag = "1")]
    pub setting_list: ::prost::alloc::vec::Vec<::prost::bytes::Bytes>,
}

impl ProtoJson for NinePatchSetting {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_repeated(
            &mut m,
            "settingList",
            &self.setting_list,
            pj::str_bytes_value,
        );
        Value::Object(m)
    }
}

/// Proto message `douyin.ImageContent`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct ImageContent {
    /// `name` = 1.
    #[prost(bytes = "bytes", tag = "1")]
    pub name: ::prost::bytes::Bytes,
    /// `font_color` = 2.
    #[prost(bytes = "bytes", tag = "2")]
    pub font_color: ::prost::bytes::Bytes,
    /// `level` = 3.
    #[prost(int64, tag = "3")]
    pub level: i64,
    /// `alternative_text` = 4.
    #[prost(bytes = "bytes", tag = "4")]
    pub alternative_text: ::prost::bytes::Bytes,
}

impl ProtoJson for ImageContent {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_str_bytes(&mut m, "name", &self.name);
        pj::put_str_bytes(&mut m, "font_color", &self.font_color);
        pj::put_int64(&mut m, "level", &self.level);
        pj::put_str_bytes(&mut m, "alternative_text", &self.alternative_text);
        Value::Object(m)
    }
}

/// Proto message `douyin.PushFrame`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct PushFrame {
    /// `seqId` = 1.
    #[prost(int64, tag = "1")]
    pub seq_id: i64,
    /// `logId` = 2.
    #[prost(int64, tag = "2")]
    pub log_id: i64,
    /// `service` = 3.
    #[prost(int64, tag = "3")]
    pub service: i64,
    /// `method` = 4.
    #[prost(int64, tag = "4")]
    pub method: i64,
    /// `headersList` = 5.
    #[prost(message, repeated, tag = "5")]
    pub headers_list: ::prost::alloc::vec::Vec<HeadersList>,
    /// `payloadEncoding` = 6.
    #[prost(string, tag = "6")]
    pub payload_encoding: ::prost::alloc::string::String,
    /// `payloadType` = 7.
    #[prost(string, tag = "7")]
    pub payload_type: ::prost::alloc::string::String,
    /// `payload` = 8.
    #[prost(bytes = "bytes", tag = "8")]
    pub payload: ::prost::bytes::Bytes,
    /// `LodIDNew` = 9.
    #[prost(string, tag = "9")]
    pub lod_id_new: ::prost::alloc::string::String,
}

impl ProtoJson for PushFrame {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_int64(&mut m, "seqId", &self.seq_id);
        pj::put_int64(&mut m, "logId", &self.log_id);
        pj::put_int64(&mut m, "service", &self.service);
        pj::put_int64(&mut m, "method", &self.method);
        pj::put_repeated(&mut m, "headersList", &self.headers_list, pj::msg_value);
        pj::put_string(&mut m, "payloadEncoding", &self.payload_encoding);
        pj::put_string(&mut m, "payloadType", &self.payload_type);
        pj::put_bytes(&mut m, "payload", &self.payload);
        pj::put_string(&mut m, "LodIDNew", &self.lod_id_new);
        Value::Object(m)
    }
}

/// Proto message `douyin.HeadersList`.
#[derive(Clone, PartialEq, ::prost::Message)]
pub struct HeadersList {
    /// `key` = 1.
    #[prost(string, tag = "1")]
    pub key: ::prost::alloc::string::String,
    /// `value` = 2.
    #[prost(string, tag = "2")]
    pub value: ::prost::alloc::string::String,
}

impl ProtoJson for HeadersList {
    fn to_proto_json(&self) -> Value {
        let mut m = Map::new();
        pj::put_string(&mut m, "key", &self.key);
        pj::put_string(&mut m, "value", &self.value);
        Value::Object(m)
    }
}
