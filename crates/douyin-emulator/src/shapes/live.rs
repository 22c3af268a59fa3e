//! Live room objects for `room/web/enter`, `room/reflow/info` and `web/feed/follow`.

use serde_json::{json, Value};

use super::Ctx;

/// (quality id, stream-name key, display name), best first.
pub const QUALITIES: [(&str, &str, &str); 4] = [
    ("FULL_HD1", "uhd", "蓝光"),
    ("HD1", "hd", "超清"),
    ("SD1", "ld", "标清"),
    ("SD2", "sd", "高清"),
];

/// The qualities room `r` lists (all but its `absent_qualities`), best first.
fn listed(ctx: &Ctx, r: usize) -> Vec<(&'static str, &'static str, &'static str)> {
    let room = &ctx.world.rooms[r];
    QUALITIES
        .into_iter()
        .filter(|(q, _, _)| !room.absent_qualities.iter().any(|a| a == q))
        .collect()
}

/// `(flv map, hls map)` of a room, quality id → signed URL.
pub fn pull_urls(ctx: &Ctx, r: usize) -> (Value, Value) {
    let room = &ctx.world.rooms[r];
    let mut flv = serde_json::Map::new();
    let mut hls = serde_json::Map::new();
    for (q, key, _) in listed(ctx, r) {
        flv.insert(
            q.into(),
            json!(ctx.media(&format!("/media/live/stream-{}_{key}.flv", room.stream_id))),
        );
        hls.insert(
            q.into(),
            json!(ctx.media(&format!("/media/live/stream-{}_{key}.m3u8", room.stream_id))),
        );
    }
    (Value::Object(flv), Value::Object(hls))
}

fn status(ctx: &Ctx, r: usize) -> u8 {
    if ctx.live.get(r).copied().unwrap_or(false) {
        2
    } else {
        4
    }
}

/// The full webcast user object of `room/reflow/info` (`data.room.owner`): webcast users are
/// not aweme authors — numeric `id` with its `id_str` twin, numeric `short_id`, `display_id`,
/// counts only inside `follow_info`, and no `uid`/`unique_id`/`follower_count` (reflow capture).
fn webcast_user(ctx: &Ctx, r: usize) -> Value {
    let room = &ctx.world.rooms[r];
    let user = &ctx.world.users[room.owner];
    let avatar = |px: u32| ctx.jpeg(&format!("{px}x{px}/aweme-avatar/{}", user.uid), px, px);
    json!({
        "id": user.uid.parse::<u64>().unwrap_or(0),
        "id_str": user.uid,
        "short_id": user.short_id.parse::<u64>().unwrap_or(0),
        "display_id": user.unique_id,
        "nickname": user.nickname,
        "gender": 1,
        "signature": user.signature,
        "level": 0,
        "verified": false,
        "city": "杭州",
        "location_city": "杭州",
        "status": 1,
        "secret": 0,
        "sec_uid": user.sec_uid,
        "web_rid": room.web_rid,
        "webcast_uid": format!("MS4wLjPK{}", user.uid),
        "avatar_thumb": avatar(100),
        "avatar_medium": avatar(720),
        "avatar_large": avatar(1080),
        "follow_info": {
            "following_count": user.following.len(),
            "follower_count": user.follower_count,
            "follow_status": 0,
            "push_status": 0,
            "remark_name": "",
            "follower_count_str": user.follower_count.to_string(),
            "following_count_str": user.following.len().to_string(),
            "invalid_follow_status": false,
        },
        "follow_status": 0,
        "is_follower": false,
        "is_following": false,
    })
}

/// `data.user` of `room/reflow/info`: the *viewer*, all zero/empty for a guest (reflow
/// capture) — not the room owner, who is `data.room.owner`.
fn reflow_viewer() -> Value {
    json!({
        "id": 0, "id_str": "", "short_id": 0, "display_id": "", "nickname": "", "gender": 0,
        "signature": "", "level": 0, "verified": false, "city": "", "status": 0, "secret": 0,
        "sec_uid": "", "web_rid": "", "webcast_uid": "", "follow_status": 0,
        "is_follower": false, "is_following": false,
    })
}

/// The compact owner of `room/web/enter` `data.data[].owner` (enter capture).
fn enter_owner(ctx: &Ctx, r: usize) -> Value {
    let user = &ctx.world.users[ctx.world.rooms[r].owner];
    json!({
        "id_str": user.uid,
        "sec_uid": user.sec_uid,
        "nickname": user.nickname,
        "avatar_thumb": {"url_list": ctx.jpeg(&format!("100x100/aweme-avatar/{}", user.uid), 100, 100)["url_list"].clone()},
        "follow_info": {"follow_status": 0, "follow_status_str": "0"},
        "subscribe": {"is_member": false, "level": 0, "identity_type": 0, "buy_type": 0, "open": 0},
        "open_id_str": "",
    })
}

/// `live_core_sdk_data`: the quality options and `stream_data`, a JSON *string* whose
/// `data.<sdk_key>.main.{flv,hls}` repeat the pull URLs (reflow and enter captures).
fn live_core_sdk_data(ctx: &Ctx, r: usize, live: bool) -> Value {
    let room = &ctx.world.rooms[r];
    let mut data = serde_json::Map::new();
    let mut qualities = Vec::new();
    for (level, (_, key, name)) in listed(ctx, r).iter().rev().enumerate() {
        let url = |ext: &str| {
            if live {
                ctx.media(&format!(
                    "/media/live/stream-{}_{key}.{ext}",
                    room.stream_id
                ))
            } else {
                String::new()
            }
        };
        data.insert(
            (*key).to_string(),
            json!({"main": {"flv": url("flv"), "hls": url("m3u8"), "cmaf": "", "dash": "", "lls": "", "tsl": "", "tile": "", "sdk_params": "{}"}}),
        );
        qualities.push(json!({"name": name, "sdk_key": key, "v_codec": "264", "resolution": "720x1280", "level": level + 1, "v_bit_rate": 1_000_000 * (level + 1), "additional_content": "", "fps": 30, "disable": 0}));
    }
    let stream_data = json!({
        "common": {"session_id": format!("037-{}", room.stream_id), "stream": room.stream_id.to_string(), "rule_ids": "{}", "app_id": "100100"},
        "data": data,
    });
    json!({
        "pull_data": {
            "options": {"default_quality": qualities.get(2).cloned().unwrap_or(Value::Null), "qualities": qualities},
            "stream_data": stream_data.to_string(),
        },
        "size": "",
    })
}

/// The room object inside `data.data[]` of `room/web/enter`.
pub fn enter_room(ctx: &Ctx, r: usize) -> Value {
    let room = &ctx.world.rooms[r];
    let st = status(ctx, r);
    let (flv, hls) = if st == 2 {
        pull_urls(ctx, r)
    } else {
        (json!({}), json!({}))
    };
    let hls_one = hls.get("HD1").cloned().unwrap_or(Value::Null);
    json!({
        "id_str": room.room_id.to_string(),
        "status": st,
        "status_str": st.to_string(),
        "title": room.title,
        "user_count_str": "1.2万",
        "cover": ctx.jpeg(&format!("webcast/{}", room.room_id), 720, 1280),
        "stream_url": {
            "flv_pull_url": flv,
            "default_resolution": "HD1",
            "hls_pull_url_map": hls,
            "hls_pull_url": hls_one,
            "stream_orientation": 2,
            "extra": {},
            "pull_datas": {},
            "live_core_sdk_data": live_core_sdk_data(ctx, r, st == 2),
        },
        "mosaic_status": 0,
        "mosaic_status_str": "0",
        "admin_user_ids": [],
        "admin_user_ids_str": [],
        "owner": enter_owner(ctx, r),
        "owner_user_id_str": ctx.world.users[room.owner].uid,
        "room_auth": {"Chat": true, "Danmaku": false, "Gift": true, "LuckMoney": true, "Digg": true, "RoomContributor": false, "Props": false, "UserCard": true, "POI": true, "MoreAnchor": 0, "Banner": 1, "Share": 1},
        "live_room_mode": 0,
        "stats": {"total_user_desp": "", "like_count": 53210, "total_user_str": "8.9万", "user_count_str": "1.2万"},
        "has_commerce_goods": false,
        "linker_map": {},
        "like_count": 53210,
    })
}

/// The whole `room/web/enter` body.
pub fn enter_body(ctx: &Ctx, r: usize) -> Value {
    let room = &ctx.world.rooms[r];
    json!({
        "data": {
            "data": [enter_room(ctx, r)],
            "enter_room_id": room.room_id.to_string(),
            "user": {"id_str": "0", "sec_uid": "", "nickname": "用户", "avatar_thumb": {"url_list": []}, "follow_info": {"follow_status": 0}},
            "qrcode_url": "",
            "enter_mode": 0,
            "room_status": if status(ctx, r) == 2 { 0 } else { 2 },
            "partition_road_map": {
                "partition": {"id_str": "1", "type": 1, "title": "聊天"},
                "sub_partition": {"partition": {"id_str": "11", "type": 1, "title": "闲聊"}},
            },
            "similar_rooms": [],
            "web_stream_url": null,
            "login_lead": {"is_login": false, "level": 0, "items": {}},
            "auth_cert_info": "",
        },
        "extra": {"now": ctx.now_ms},
        "status_code": 0,
    })
}

/// The whole `room/reflow/info` body.
pub fn reflow_body(ctx: &Ctx, r: usize) -> Value {
    let room = &ctx.world.rooms[r];
    let st = status(ctx, r);
    let (flv, hls) = pull_urls(ctx, r);
    // The reflow capture's single-URL fields point at the top quality the room lists.
    let top = listed(ctx, r).first().map(|q| q.0).unwrap_or("HD1");
    let (top_flv, top_hls) = (flv[top].clone(), hls[top].clone());
    let names: serde_json::Map<String, Value> = listed(ctx, r)
        .iter()
        .map(|(q, _, n)| ((*q).to_string(), json!(n)))
        .chain([("ORIGION".to_string(), json!("原画"))])
        .collect();
    json!({
        "data": {
            "room": {
                "id": room.room_id,
                "id_str": room.room_id.to_string(),
                "status": st,
                "title": room.title,
                "create_time": (ctx.now_ms / 1000).saturating_sub(3_600),
                "finish_time": if st == 2 { 0 } else { (ctx.now_ms / 1000).saturating_sub(600) },
                "user_count": 12034,
                "cover": ctx.jpeg(&format!("webcast/{}", room.room_id), 720, 1280),
                "owner": webcast_user(ctx, r),
                "stream_id": room.stream_id,
                "stream_id_str": room.stream_id.to_string(),
                "stream_url": {
                    "id": room.stream_id,
                    "id_str": room.stream_id.to_string(),
                    "resolution_name": names,
                    "default_resolution": "HD1",
                    "flv_pull_url": flv,
                    "hls_pull_url_map": hls,
                    "rtmp_pull_url": top_flv,
                    "hls_pull_url": top_hls,
                    "stream_orientation": 1,
                    "pull_datas": {},
                    "extra": {},
                    "live_core_sdk_data": live_core_sdk_data(ctx, r, true),
                },
            },
            "user": reflow_viewer(),
        },
        "extra": {"now": ctx.now_ms},
        "status_code": 0,
    })
}

/// One entry of `web/feed/follow` `data.data[]`.
pub fn follow_feed_item(ctx: &Ctx, r: usize) -> Value {
    let room = &ctx.world.rooms[r];
    json!({
        "cover_type": 1,
        "is_recommend": 0,
        "tag_name": "",
        "title_type": 1,
        "uniq_id": room.room_id.to_string(),
        "web_rid": room.web_rid,
        "room": enter_room(ctx, r),
    })
}
