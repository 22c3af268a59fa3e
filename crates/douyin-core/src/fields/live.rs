//! F2's fields of live rooms: a room by web_rid (`UserLiveFilter`) and by room_id
//! (`UserLive2Filter`), users' live status, the followed lives and the IM fetch answer
//! (http.md §10.3).

use super::{boolean, flag, id, int, qmap, rt, rt_item, st, text, time, url0, F2Fields, F2Page};
use crate::models::{
    FollowingLive, FollowingLivesResponse, ImFetchResponse, LiveStatusResponse, ReflowResponse,
    WebEnterResponse,
};

/// A room answer by web_rid (`UserLiveFilter`: the first room of `data.data`).
pub fn live_room_fields(r: &WebEnterResponse) -> F2Fields {
    let room = r.room().cloned().unwrap_or_default();
    let owner = room.owner.clone().unwrap_or_default();
    let stats = room.stats.clone().unwrap_or_default();
    let stream = room.stream_url.clone().unwrap_or_default();
    let road = room.partition_road_map.clone().unwrap_or_default();
    let part = road.partition.unwrap_or_default();
    let sub = road.sub_partition.unwrap_or_default();
    let auth = room.room_auth.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("api_status_code", int(r.status_code)),
        ("room_id", st(&room.id_str)),
        ("live_status", int(room.status)),
        ("live_title", rt(st(&room.title))),
        ("live_title_raw", st(&room.title)),
        ("cover", url0(&room.cover)),
        ("user_count", st(&stats.user_count_str)),
        ("total_user_count", st(&stats.total_user_str)),
        ("like_count", st(&stats.like_count_str)),
        ("flv_pull_url", qmap(&stream.flv_pull_url)),
        ("m3u8_pull_url", qmap(&stream.hls_pull_url_map)),
        ("user_id", st(&owner.id_str)),
        ("sec_user_id", st(&owner.sec_uid)),
        ("nickname", rt(st(&owner.nickname))),
        ("nickname_raw", st(&owner.nickname)),
        ("avatar_thumb", url0(&owner.avatar_thumb)),
        (
            "follow_status",
            int(owner.follow_info.and_then(|x| x.follow_status)),
        ),
        ("partition_id", st(&part.id_str)),
        ("partition_title", st(&part.title)),
        ("sub_partition_id", st(&sub.id_str)),
        ("sub_partition_title", st(&sub.title)),
        ("ChatAuth", flag(auth.chat)),
        ("GiftAuth", flag(auth.gift)),
        ("DiggAuth", flag(auth.digg)),
        ("ShareAuth", flag(auth.share)),
    ])
}

/// A room answer by room_id (`UserLive2Filter`, webcast.amemv.com reflow).
pub fn reflow_room_fields(r: &ReflowResponse) -> F2Fields {
    let room = r.data.clone().unwrap_or_default().room.unwrap_or_default();
    let owner = room.owner.clone().unwrap_or_default();
    let stream = room.stream_url.clone().unwrap_or_default();
    let follow = owner.follow_info.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("api_status_code", int(r.status_code)),
        ("room_id", id(&room.id)),
        ("web_rid", st(&owner.web_rid)),
        ("live_status", int(room.status)),
        ("live_title", rt(st(&room.title))),
        ("live_title_raw", st(&room.title)),
        ("user_count", int(room.user_count)),
        ("create_time", time(room.create_time)),
        ("finish_time", time(room.finish_time)),
        ("cover", url0(&room.cover)),
        ("stream_id", id(&room.stream_id)),
        ("resolution_name", qmap(&stream.resolution_name)),
        ("flv_pull_url", qmap(&stream.flv_pull_url)),
        ("hls_pull_url", qmap(&stream.hls_pull_url_map)),
        ("nickname", rt(st(&owner.nickname))),
        ("nickname_raw", st(&owner.nickname)),
        ("gender", rt(int(owner.gender))),
        ("gender_raw", int(owner.gender)),
        ("signature", rt(st(&owner.signature))),
        ("signature_raw", st(&owner.signature)),
        ("avatar_large", url0(&owner.avatar_large)),
        ("verified", boolean(owner.verified)),
        ("city", st(&owner.city)),
        ("following_count", int(follow.following_count)),
        ("follower_count", int(follow.follower_count)),
        ("sec_uid", st(&owner.sec_uid)),
    ])
}

/// A live status answer (`UserLiveStatusFilter`: the first user of the first scene).
pub fn live_status_fields(r: &LiveStatusResponse) -> F2Fields {
    let scene = r.scenes().first().cloned().unwrap_or_default();
    let user = scene.user_live.first().cloned().unwrap_or_default();
    F2Fields::new(vec![
        ("api_status_code", int(r.status_code)),
        ("error_msg", text(r.prompts())),
        ("scene_id", int(scene.scene_id)),
        ("live_status", int(user.live_status)),
        ("room_id", id(&user.room_id)),
        ("room_id_str", st(&user.room_id_str)),
        ("user_id", id(&user.user_id)),
        ("user_id_str", st(&user.user_id_str)),
    ])
}

/// One followed live room (`FollowingUserLiveFilter`'s per-room fields).
pub fn following_live_fields(e: &FollowingLive) -> F2Fields {
    let room = e.room.clone().unwrap_or_default();
    let owner = room.owner.clone().unwrap_or_default();
    let stats = room.stats.clone().unwrap_or_default();
    let stream = room.stream_url.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("cover_type", int(e.cover_type)),
        ("is_recommend", int(e.is_recommend)),
        ("tag_name", st(&e.tag_name)),
        ("title_type", int(e.title_type)),
        ("uniq_id", st(&e.uniq_id)),
        ("web_rid", st(&e.web_rid)),
        ("cover", url0(&room.cover)),
        ("has_commerce_goods", boolean(room.has_commerce_goods)),
        ("room_id", st(&room.id_str)),
        ("live_title", rt_item(st(&room.title))),
        ("live_title_raw", st(&room.title)),
        ("live_room_mode", int(room.live_room_mode)),
        ("mosaic_status", int(room.mosaic_status)),
        ("user_count", st(&stats.user_count_str)),
        ("like_count", int(stats.like_count)),
        ("total_count", st(&stats.total_user_str)),
        ("avatar_thumb", url0(&owner.avatar_thumb)),
        ("user_id", st(&owner.id_str)),
        ("user_sec_uid", st(&owner.sec_uid)),
        ("nickname", rt_item(st(&owner.nickname))),
        ("nickname_raw", st(&owner.nickname)),
        ("flv_pull_url", qmap(&stream.flv_pull_url)),
        ("hls_pull_url", qmap(&stream.hls_pull_url_map)),
        ("stream_orientation", int(stream.stream_orientation)),
    ])
}

/// The followed lives answer (`FollowingUserLiveFilter`).
pub fn following_lives_page(r: &FollowingLivesResponse) -> F2Page {
    let data = r.data.clone().unwrap_or_default();
    let items = data.data.as_deref().unwrap_or_default();
    F2Page {
        page: F2Fields::new(vec![
            ("status_code", int(r.status_code)),
            ("status_msg", st(&data.message)),
        ]),
        items: items.iter().map(following_live_fields).collect(),
        extras: &[],
    }
}

/// The IM fetch answer (`LiveImFetchFilter`).
pub fn im_fetch_fields(r: &ImFetchResponse) -> F2Fields {
    let common = r
        .data
        .first()
        .and_then(|m| m.common.clone())
        .unwrap_or_default();
    let extra = r.extra.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("status_code", int(r.status_code)),
        ("is_show_msg", boolean(common.is_show_msg)),
        ("msg_id", id(&common.msg_id)),
        ("room_id", id(&common.room_id)),
        ("internal_ext", st(&r.internal_ext)),
        ("cursor", st(&extra.cursor)),
        ("now", time(extra.now)),
    ])
}
