//! F2 filters over live rooms: web enter, reflow, live status, following lives and im/fetch.

use super::f2::*;
use douyin_core::models::*;

pub fn user_live(r: &WebEnterResponse) -> Built {
    let room = r.room().cloned().unwrap_or_default();
    let owner = room.owner.clone().unwrap_or_default();
    let stats = room.stats.clone().unwrap_or_default();
    let stream = room.stream_url.clone().unwrap_or_default();
    let road = room.partition_road_map.clone().unwrap_or_default();
    let part = road.partition.unwrap_or_default();
    let sub = road.sub_partition.unwrap_or_default();
    let auth = room.room_auth.clone().unwrap_or_default();
    Built::record(vec![
        ("api_status_code", i(r.status_code)),
        ("room_id", st(&room.id_str)),
        ("live_status", i(room.status)),
        ("live_title", replace_t(st(&room.title))),
        ("live_title_raw", st(&room.title)),
        ("cover", url0(&room.cover)),
        ("user_count", st(&stats.user_count_str)),
        ("total_user_count", st(&stats.total_user_str)),
        ("like_count", st(&stats.like_count_str)),
        ("flv_pull_url", qmap(&stream.flv_pull_url)),
        ("m3u8_pull_url", qmap(&stream.hls_pull_url_map)),
        ("user_id", st(&owner.id_str)),
        ("sec_user_id", st(&owner.sec_uid)),
        ("nickname", replace_t(st(&owner.nickname))),
        ("nickname_raw", st(&owner.nickname)),
        ("avatar_thumb", url0(&owner.avatar_thumb)),
        (
            "follow_status",
            i(owner.follow_info.and_then(|x| x.follow_status)),
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

pub fn user_live2(r: &ReflowResponse) -> Built {
    let room = r.data.clone().unwrap_or_default().room.unwrap_or_default();
    let owner = room.owner.clone().unwrap_or_default();
    let stream = room.stream_url.clone().unwrap_or_default();
    let follow = owner.follow_info.clone().unwrap_or_default();
    Built::record(vec![
        ("api_status_code", i(r.status_code)),
        ("room_id", id(&room.id)),
        ("web_rid", st(&owner.web_rid)),
        ("live_status", i(room.status)),
        ("live_title", replace_t(st(&room.title))),
        ("live_title_raw", st(&room.title)),
        ("user_count", i(room.user_count)),
        ("create_time", ts(room.create_time)),
        ("finish_time", ts(room.finish_time)),
        ("cover", url0(&room.cover)),
        ("stream_id", id(&room.stream_id)),
        ("resolution_name", qmap(&stream.resolution_name)),
        ("flv_pull_url", qmap(&stream.flv_pull_url)),
        ("hls_pull_url", qmap(&stream.hls_pull_url_map)),
        ("nickname", replace_t(st(&owner.nickname))),
        ("nickname_raw", st(&owner.nickname)),
        ("gender", replace_t(i(owner.gender))),
        ("gender_raw", i(owner.gender)),
        ("signature", replace_t(st(&owner.signature))),
        ("signature_raw", st(&owner.signature)),
        ("avatar_large", url0(&owner.avatar_large)),
        ("verified", b(owner.verified)),
        ("city", st(&owner.city)),
        ("following_count", i(follow.following_count)),
        ("follower_count", i(follow.follower_count)),
        ("sec_uid", st(&owner.sec_uid)),
    ])
}

pub fn live_status(r: &LiveStatusResponse) -> Built {
    let scene = r.scenes().first().cloned().unwrap_or_default();
    let user = scene.user_live.first().cloned().unwrap_or_default();
    Built::record(vec![
        ("api_status_code", i(r.status_code)),
        ("error_msg", s(r.prompts())),
        ("scene_id", i(scene.scene_id)),
        ("live_status", i(user.live_status)),
        ("room_id", id(&user.room_id)),
        ("room_id_str", st(&user.room_id_str)),
        ("user_id", id(&user.user_id)),
        ("user_id_str", st(&user.user_id_str)),
    ])
}

pub fn following_lives(r: &FollowingLivesResponse) -> Built {
    let data = r.data.clone().unwrap_or_default();
    let items = data.data.as_deref().unwrap_or_default();
    let room = |e: &douyin_core::models::FollowingLive| e.room.clone().unwrap_or_default();
    let owner = |e: &douyin_core::models::FollowingLive| room(e).owner.unwrap_or_default();
    let stats = |e: &douyin_core::models::FollowingLive| room(e).stats.unwrap_or_default();
    let stream = |e: &douyin_core::models::FollowingLive| room(e).stream_url.unwrap_or_default();
    Built::list(
        vec![
            ("status_code", i(r.status_code)),
            ("status_msg", st(&data.message)),
            ("cover_type", per(items, |e| i(e.cover_type))),
            ("is_recommend", per(items, |e| i(e.is_recommend))),
            ("tag_name", per(items, |e| st(&e.tag_name))),
            ("title_type", per(items, |e| i(e.title_type))),
            ("uniq_id", per(items, |e| st(&e.uniq_id))),
            ("web_rid", per(items, |e| st(&e.web_rid))),
            ("cover", per(items, |e| url0(&room(e).cover))),
            (
                "has_commerce_goods",
                per(items, |e| b(room(e).has_commerce_goods)),
            ),
            ("room_id", per(items, |e| st(&room(e).id_str))),
            ("live_title", rt_per(items, |e| st(&room(e).title))),
            ("live_title_raw", per(items, |e| st(&room(e).title))),
            ("live_room_mode", per(items, |e| i(room(e).live_room_mode))),
            ("mosaic_status", per(items, |e| i(room(e).mosaic_status))),
            ("user_count", per(items, |e| st(&stats(e).user_count_str))),
            ("like_count", per(items, |e| i(stats(e).like_count))),
            ("total_count", per(items, |e| st(&stats(e).total_user_str))),
            ("avatar_thumb", per(items, |e| url0(&owner(e).avatar_thumb))),
            ("user_id", per(items, |e| st(&owner(e).id_str))),
            ("user_sec_uid", per(items, |e| st(&owner(e).sec_uid))),
            ("nickname", rt_per(items, |e| st(&owner(e).nickname))),
            ("nickname_raw", per(items, |e| st(&owner(e).nickname))),
            (
                "flv_pull_url",
                per(items, |e| qmap(&stream(e).flv_pull_url)),
            ),
            (
                "hls_pull_url",
                per(items, |e| qmap(&stream(e).hls_pull_url_map)),
            ),
            (
                "stream_orientation",
                per(items, |e| i(stream(e).stream_orientation)),
            ),
        ],
        ListRule {
            entries: items.len(),
            excluded: &["status_code", "status_msg"],
            extras: &[],
        },
    )
}

pub fn im_fetch(r: &ImFetchResponse) -> Built {
    let common = r
        .data
        .first()
        .and_then(|m| m.common.clone())
        .unwrap_or_default();
    let extra = r.extra.clone().unwrap_or_default();
    Built::record(vec![
        ("status_code", i(r.status_code)),
        ("is_show_msg", b(common.is_show_msg)),
        ("msg_id", id(&common.msg_id)),
        ("room_id", id(&common.room_id)),
        ("internal_ext", st(&r.internal_ext)),
        ("cursor", st(&extra.cursor)),
        ("now", ts(extra.now)),
    ])
}
