//! Builds Responses carrying real message types (chat, gift, like, member, social, room user
//! seq, fan ticket, fansclub, room stats) and the live-end control message, deterministically
//! from the world seed, the room and a tick number.

use flate2::write::GzEncoder;
use flate2::Compression;
use prost::Message;
use std::io::Write;

use super::proto::{
    ChatMessage, Common, Contributor, ControlMessage, FansclubMessage, FollowInfo, GiftMessage,
    GiftStruct, Image, LikeMessage, MemberMessage, PayGrade, Response, RoomStatsMessage,
    RoomUserSeqMessage, SocialMessage, UpdateFanTicketMessage, User, WsMessage,
};
use crate::world::{Room, World};

const CHATS: [&str; 6] = [
    "主播好！",
    "来了来了",
    "这个好看",
    "666",
    "晚上好呀",
    "支持一下",
];

/// The im cursor text for a tick.
pub fn cursor(room: &Room, now_ms: u64, tick: u64) -> String {
    format!(
        "t-{now_ms}_r-{}_d-1_u-1_fh-{}",
        room.room_id ^ 0x5a5a,
        7_000_000_000_000_000_000u64 + tick
    )
}

/// The `internal_ext` text for a tick.
pub fn internal_ext(room: &Room, did: &str, now_ms: u64, tick: u64) -> String {
    format!("internal_src:dim|wss_push_room_id:{}|wss_push_did:{did}|first_req_ms:{now_ms}|fetch_time:{now_ms}|seq:{tick}|wss_info:0-{now_ms}-0-0|wrds_v:{}", room.room_id, 7_000_000 + tick)
}

fn user(world: &World, i: usize) -> User {
    let u = &world.users[i % world.users.len()];
    User {
        id: u.uid.parse().unwrap_or(0),
        short_id: u.short_id.parse().unwrap_or(0),
        nickname: u.nickname.clone(),
        gender: 1 + (i % 2) as i32,
        avatar_thumb: Some(Image {
            url_list: vec![format!(
                "https://p3-pc.douyinpic.com/aweme/100x100/{}.jpeg",
                u.uid
            )],
            uri: format!("100x100/{}", u.uid),
        }),
        follow_info: Some(FollowInfo {
            following_count: u.following.len() as i64,
            follower_count: u.follower_count as i64,
            follow_status: 0,
        }),
        pay_grade: Some(PayGrade {
            level: (i % 30) as i64,
        }),
        display_id: u.unique_id.clone(),
        sec_uid: u.sec_uid.clone(),
        id_str: u.uid.clone(),
    }
}

fn common(method: &str, room: &Room, msg_id: i64, now_ms: u64, describe: String) -> Option<Common> {
    Some(Common {
        method: method.into(),
        msg_id,
        room_id: room.room_id as i64,
        create_time: now_ms as i64,
        is_show_msg: true,
        describe,
    })
}

/// The messages of tick `tick`: a rotating mix of the common types.
pub fn tick_messages(world: &World, room: &Room, now_ms: u64, tick: u64) -> Vec<WsMessage> {
    let base_id = 7_400_000_000_000_000_000i64 + (tick as i64) * 16;
    let u = (tick as usize) % world.users.len();
    let who = user(world, u);
    let mut out = Vec::new();
    let mut push = |method: &str, payload: Vec<u8>, k: i64| {
        out.push(WsMessage {
            method: method.into(),
            payload,
            msg_id: base_id + k,
            msg_type: 0,
            offset: 0,
        })
    };
    let c = |m: &str, k: i64, d: String| common(m, room, base_id + k, now_ms, d);
    push(
        "WebcastChatMessage",
        ChatMessage {
            common: c("WebcastChatMessage", 0, String::new()),
            user: Some(who.clone()),
            content: CHATS[tick as usize % CHATS.len()].into(),
            event_time: (now_ms / 1000) as i64,
        }
        .encode_to_vec(),
        0,
    );
    push(
        "WebcastLikeMessage",
        LikeMessage {
            common: c("WebcastLikeMessage", 1, String::new()),
            count: 3,
            total: 1000 + tick as i64 * 3,
            user: Some(who.clone()),
        }
        .encode_to_vec(),
        1,
    );
    push(
        "WebcastMemberMessage",
        MemberMessage {
            common: c("WebcastMemberMessage", 2, String::new()),
            user: Some(user(world, u + 1)),
            member_count: 1200 + tick as i64,
            action: 1,
        }
        .encode_to_vec(),
        2,
    );
    match tick % 6 {
        0 => push(
            "WebcastGiftMessage",
            GiftMessage {
                common: c(
                    "WebcastGiftMessage",
                    3,
                    format!("{}:送给主播 1个小心心", who.nickname),
                ),
                gift_id: 5655,
                group_count: 1,
                repeat_count: 1,
                combo_count: 1,
                user: Some(who.clone()),
                repeat_end: 1,
                gift: Some(GiftStruct {
                    image: Some(Image {
                        url_list: vec![
                            "https://p3-webcast.douyinpic.com/img/webcast/heart.png".into()
                        ],
                        uri: "webcast/heart".into(),
                    }),
                    describe: "送出小心心".into(),
                    id: 5655,
                    diamond_count: 1,
                    name: "小心心".into(),
                }),
            }
            .encode_to_vec(),
            3,
        ),
        1 => push(
            "WebcastSocialMessage",
            SocialMessage {
                common: c("WebcastSocialMessage", 3, String::new()),
                user: Some(who.clone()),
                action: 1,
                follow_count: 5000 + tick as i64,
            }
            .encode_to_vec(),
            3,
        ),
        2 => push(
            "WebcastRoomUserSeqMessage",
            RoomUserSeqMessage {
                common: c("WebcastRoomUserSeqMessage", 3, String::new()),
                ranks: (0..3)
                    .map(|r| Contributor {
                        score: 100 - r as i64 * 10,
                        user: Some(user(world, u + r)),
                        rank: r as i64 + 1,
                    })
                    .collect(),
                total: 1200 + tick as i64,
                total_user: 89_000 + tick as i64,
                total_user_str: "8.9万".into(),
                total_pv_for_anchor: "12万".into(),
            }
            .encode_to_vec(),
            3,
        ),
        3 => push(
            "WebcastUpdateFanTicketMessage",
            UpdateFanTicketMessage {
                common: c("WebcastUpdateFanTicketMessage", 3, String::new()),
                room_fan_ticket_count_text: format!("{}", 300 + tick),
                room_fan_ticket_count: 300 + tick as i64,
            }
            .encode_to_vec(),
            3,
        ),
        4 => push(
            "WebcastFansclubMessage",
            FansclubMessage {
                common: c("WebcastFansclubMessage", 3, String::new()),
                action: 1,
                content: format!("恭喜 {} 成为第{}名粉丝团成员", who.nickname, 100 + tick),
                user: Some(who.clone()),
            }
            .encode_to_vec(),
            3,
        ),
        _ => push(
            "WebcastRoomStatsMessage",
            RoomStatsMessage {
                common: c("WebcastRoomStatsMessage", 3, String::new()),
                display_short: "1200".into(),
                display_middle: "1200".into(),
                display_long: format!("{}在线观众", 1200 + tick),
                display_value: 1200 + tick as i64,
                total: 89_000 + tick as i64,
            }
            .encode_to_vec(),
            3,
        ),
    }
    out
}

/// The live-end control message (`WebcastControlMessage`, status 3).
pub fn end_message(room: &Room, now_ms: u64, tick: u64) -> WsMessage {
    let msg_id = 7_400_000_000_000_000_000i64 + (tick as i64) * 16 + 15;
    WsMessage {
        method: "WebcastControlMessage".into(),
        payload: ControlMessage {
            common: common(
                "WebcastControlMessage",
                room,
                msg_id,
                now_ms,
                "直播已结束".into(),
            ),
            status: 3,
        }
        .encode_to_vec(),
        msg_id,
        msg_type: 0,
        offset: 0,
    }
}

/// A Response for a tick.
pub fn response(
    room: &Room,
    did: &str,
    now_ms: u64,
    tick: u64,
    messages: Vec<WsMessage>,
    need_ack: bool,
) -> Response {
    Response {
        messages,
        cursor: cursor(room, now_ms, tick),
        fetch_interval: 1000,
        now: now_ms as i64,
        internal_ext: internal_ext(room, did, now_ms, tick),
        fetch_type: 0,
        heartbeat_duration: 0,
        need_ack,
        push_server: String::new(),
        live_cursor: String::new(),
        history_no_more: false,
    }
}

/// Gzip of bytes (level 6).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    // Writing into a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}
