//! The aweme (作品) object shared by detail, post, favorite, mix, collection, related and feeds.

use serde_json::{json, Value};

use super::people::author;
use super::Ctx;
use crate::world::PostKind;

/// (gear_name, is_h265, bit_rate) of the renditions, deliberately not sorted. The same gear
/// name appears once as h264 and once as h265, as in the 2025 feed capture (SHAPES.md §1).
const GEARS: [(&str, u8, u64); 6] = [
    ("normal_720_0", 0, 1_206_512),
    ("1080_1_1", 1, 2_105_870),
    ("normal_1080_0", 0, 2_417_004),
    ("720_1_1", 1, 903_211),
    ("low_540_0", 0, 611_845),
    ("normal_1080_0", 1, 1_650_320),
];

/// Path of a video rendition's content (also the key of its bytes).
pub fn video_path(size: u64, uri: &str, gear: &str) -> String {
    format!("/media/video/{size}/{uri}/{gear}.mp4")
}

fn play_addr(ctx: &Ctx, uri: &str, gear: &str, size: u64, h: u8) -> Value {
    let path = video_path(size, uri, gear);
    let play = format!("/aweme/v1/play/?video_id={uri}&ratio={gear}&size={size}&line=0&is_play_url=1&source=PackSourceEnum_PUBLISH");
    json!({
        "uri": uri,
        "url_list": [ctx.media(&path), ctx.media(&format!("{path}?mirror=1")), ctx.media(&play)],
        "url_key": format!("{uri}_{}_{}", if h == 1 { "bytevc1" } else { "h264" }, gear),
        "width": 1080,
        "height": 1920,
        "data_size": size,
        "file_hash": format!("{:032x}", size ^ 0x5f5f),
        "file_cs": format!("c:0-{}-abcd", size.saturating_sub(1)),
    })
}

fn bit_rates(ctx: &Ctx, uri: &str, rotate: usize) -> Vec<Value> {
    let top = GEARS.iter().map(|g| g.2).max().unwrap_or(1);
    (0..GEARS.len())
        .map(|i| {
            let (gear, h265, br) = GEARS[(i + rotate) % GEARS.len()];
            let size = (ctx.signer.video_bytes * br / top).max(1024);
            // The h265 twin of a gear must not share the h264 file.
            let key = if h265 == 1 && !gear.ends_with("_1") {
                format!("{gear}_bytevc1")
            } else {
                gear.to_string()
            };
            json!({
                "gear_name": gear,
                "quality_type": 10 + i,
                "bit_rate": br,
                "play_addr": play_addr(ctx, uri, &key, size, h265),
                "is_bytevc1": h265,
                "is_h265": h265,
                "FPS": 30,
                "HDR_type": "",
                "HDR_bit": "",
                "format": "mp4",
                "video_extra": "{\"PktOffsetMap\":\"\"}",
            })
        })
        .collect()
}

/// The full aweme object for post `p`.
pub fn aweme(ctx: &Ctx, p: usize) -> Value {
    let w = ctx.world;
    let post = &w.posts[p];
    let a = &w.users[post.author];
    let is_video = post.kind == PostKind::Video;
    let uri = &post.video_uri;
    let music = music_obj(ctx, post.music);
    // An image post has no video rendition: `bit_rate` is empty and `video.play_addr` is the
    // background music, identical to `music.play_url` (image-post capture, 2023-07).
    let rates = if is_video {
        bit_rates(ctx, uri, p % GEARS.len())
    } else {
        Vec::new()
    };
    let first_play = if is_video {
        rates
            .first()
            .map(|r| r["play_addr"].clone())
            .unwrap_or(Value::Null)
    } else {
        music["play_url"].clone()
    };
    let codec_play = |h265: u64| {
        rates
            .iter()
            .find(|r| r["is_h265"] == h265)
            .map(|r| r["play_addr"].clone())
            .unwrap_or(Value::Null)
    };
    let (play_265, play_h264) = (codec_play(1), codec_play(0));
    let images: Value =
        if is_video {
            Value::Null
        } else {
            Value::Array(
                (0..post.image_count)
                    .map(|i| {
                        let mut img =
                            ctx.webp(&format!("tos-cn-i-0813/{}_{i}", post.aweme_id), 1080, 1440);
                        if let Some(o) = img.as_object_mut() {
                            o.insert("download_url_list".into(), o["url_list"].clone());
                            o.insert("mask_url_list".into(), Value::Null);
                            o.insert("interaction_stickers".into(), Value::Null);
                            if post.kind == PostKind::LivePhoto {
                                let clip_uri = format!("{uri}{i}");
                                let size = (ctx.signer.video_bytes / 4).max(1024);
                                o.insert("live_photo_type".into(), json!(1));
                                o.insert("clip_type".into(), json!(5));
                                o.insert("video".into(), json!({
                                "duration": 3000,
                                "width": 1080,
                                "height": 1440,
                                "play_addr": play_addr(ctx, &clip_uri, "live_photo", size, 0),
                            }));
                            }
                        }
                        img
                    })
                    .collect(),
            )
        };
    let mix_info = post.mix.map(|m| {
        let mix = &w.mixes[m];
        json!({
            "mix_id": mix.mix_id,
            "mix_name": mix.name,
            "desc": "合集简介",
            "cover_url": ctx.jpeg(&format!("mix/{}", mix.mix_id), 720, 720),
            "create_time": post.create_time,
            "update_time": post.create_time,
            "mix_type": 0,
            "mix_pic_type": 0,
            "is_serial_mix": 0,
            "statis": {"play_vv": 0, "collect_vv": 12, "current_episode": 1 + mix.posts.iter().position(|&x| x == p).unwrap_or(0), "updated_to_episode": mix.posts.len()},
            "status": {"status": 2, "is_collected": 0},
            "share_info": {"share_url": format!("{}/collection/{}", ctx.base, mix.mix_id)},
            "extra": "{}",
        })
    });
    json!({
        "aweme_id": post.aweme_id,
        "desc": post.desc,
        "caption": post.desc,
        "preview_title": post.desc,
        "create_time": post.create_time,
        "aweme_type": if is_video { 0 } else { 68 },
        "media_type": if is_video { 4 } else { 2 },
        "is_top": u8::from(post.is_top),
        "duration": if is_video { 15_000 } else { 0 },
        "group_id": post.aweme_id,
        "region": "CN",
        "share_url": format!("{}/share/video/{}/", ctx.base, post.aweme_id),
        "share_info": {"share_url": format!("{}/share/video/{}/", ctx.base, post.aweme_id), "share_link_desc": post.desc},
        "author": author(ctx, post.author),
        "author_user_id": a.uid.parse::<u64>().unwrap_or(0),
        "statistics": {
            "admire_count": 0,
            "collect_count": post.desc.len() * 3,
            "aweme_id": post.aweme_id,
            "comment_count": post.comments.len(),
            "digg_count": post.desc.len() * 11,
            "play_count": 0,
            "share_count": post.desc.len(),
            "recommend_count": 0,
        },
        "status": {
            "aweme_id": post.aweme_id,
            "is_delete": false, "allow_share": true, "private_status": 0, "part_see": 0,
            "is_prohibited": false, "in_reviewing": false, "review_result": {"review_status": 0},
            "listen_video_status": 0,
        },
        "aweme_control": {"can_forward": true, "can_share": true, "can_comment": true, "can_show_comment": true},
        "prevent_download": false,
        "text_extra": [{"start": 0, "end": 0, "type": 1, "hashtag_name": post.hashtag, "hashtag_id": "1"}],
        "video": {
            "play_addr": first_play,
            "play_addr_265": play_265,
            "play_addr_h264": play_h264,
            "bit_rate": rates,
            "bit_rate_audio": null,
            "format": "mp4",
            "cover": ctx.jpeg(&format!("cover/{}", post.aweme_id), 1080, 1920),
            "origin_cover": ctx.jpeg(&format!("origin_cover/{}", post.aweme_id), 1080, 1920),
            "dynamic_cover": ctx.animated(&format!("dynamic_cover/{}", post.aweme_id), 1080, 1920),
            "animated_cover": if is_video { ctx.animated(&format!("animated_cover/{}", post.aweme_id), 540, 960) } else { Value::Null },
            "width": 1080,
            "height": 1920,
            "ratio": if is_video { "1080p" } else { "default" },
            "duration": if is_video { 15_000 } else { 0 },
            "is_h265": 0,
            "is_source_HDR": 0,
            "big_thumbs": if is_video { json!([]) } else { Value::Null },
            "meta": "{}",
        },
        "music": music,
        "images": images,
        "image_infos": null,
        "image_list": null,
        "original_images": null,
        "mix_info": mix_info,
        "comment_gid": post.aweme_id.parse::<u64>().unwrap_or(0),
        "is_ads": false,
        "is_story": 0,
        "position": null,
        "long_video": null,
        "seo_info": null,
        "video_control": {"allow_download": true, "allow_douplus": true, "allow_share": true, "allow_duet": true, "allow_react": true, "download_setting": 0, "prevent_download_type": 0, "share_type": 1},
    })
}

/// The aweme as the friend feed and the home search carry it: F2's filters for those two
/// read a larger author avatar, extra counters and a recommendation card (http.md §10.3
/// FriendFeedFilter, HomePostSearchFilter; no capture).
pub fn feed_aweme(ctx: &Ctx, p: usize) -> Value {
    let mut v = aweme(ctx, p);
    let uid = ctx.world.users[ctx.world.posts[p].author].uid.clone();
    if let Some(o) = v.as_object_mut() {
        if let Some(a) = o.get_mut("author").and_then(Value::as_object_mut) {
            a.insert(
                "avatar_larger".into(),
                ctx.jpeg(&format!("1080x1080/aweme-avatar/{uid}"), 1080, 1080),
            );
        }
        if let Some(st) = o.get_mut("statistics").and_then(Value::as_object_mut) {
            st.insert("exposure_count".into(), json!(0));
            st.insert("live_watch_count".into(), json!(0));
        }
        o.insert("is_24_story".into(), json!(0));
        o.insert("city".into(), json!("330100"));
        o.insert("fall_card_struct".into(), json!({"recommend_reason": ""}));
    }
    v
}

/// The music object (also `mc_list[]` entries, with `collect_stat` etc. added by the caller).
pub fn music_obj(ctx: &Ctx, m: usize) -> Value {
    let music = &ctx.world.music[m];
    let owner = &ctx.world.users[music.owner];
    let audio = format!("/media/audio/{}/{}.mp3", ctx.signer.audio_bytes, music.id);
    json!({
        "id": music.id,
        "id_str": music.id.to_string(),
        "mid": music.id.to_string(),
        "title": music.title,
        "author": music.author,
        "album": "",
        "owner_nickname": owner.nickname,
        "owner_id": owner.uid,
        "sec_uid": owner.sec_uid,
        "duration": music.duration,
        "audition_duration": music.duration.min(60),
        "play_url": {"uri": ctx.media(&audio), "url_list": [ctx.media(&audio), ctx.media(&format!("{audio}?mirror=1"))], "url_key": music.id.to_string(), "width": 720, "height": 720},
        "cover_hd": ctx.jpeg(&format!("music/{}", music.id), 720, 720),
        "cover_large": ctx.jpeg(&format!("music/{}", music.id), 720, 720),
        "cover_medium": ctx.jpeg(&format!("music/{}", music.id), 720, 720),
        "cover_thumb": ctx.jpeg(&format!("music/{}", music.id), 720, 720),
        "strong_beat_url": {"uri": "", "url_list": [format!("{}/media/beat/{}.json", ctx.base, music.id)]},
        "lyric_url": format!("{}/media/lyric/{}.json", ctx.base, music.id),
        "lyric_type": 10,
        "is_original": true,
        "is_original_sound": true,
        "is_commerce_music": false,
        "is_pgc": false,
        "owner_handle": owner.unique_id,
        "matched_pgc_sound": null,
        "author_deleted": false,
        "status": 1,
        "song": {"id": music.id, "id_str": music.id.to_string(), "title": music.title},
    })
}
