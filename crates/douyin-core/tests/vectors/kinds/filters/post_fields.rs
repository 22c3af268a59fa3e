//! F2 filters over posts: user posts (and likes, collection, mix, related), post detail,
//! friend feed and home search, with F2's custom post fields (http.md §10.2).

use super::f2::*;
use douyin_core::models::*;
use serde_json::{json, Value};

/// `images`: None when the post has no images, else `url_list[0]` of each image that has one.
pub fn images_field(a: &Aweme) -> Value {
    match a.images.as_deref() {
        None | Some([]) => Value::Null,
        Some(imgs) => Value::Array(
            imgs.iter()
                .filter_map(|im| im.url_list.first().map(|u| json!(u)))
                .collect(),
        ),
    }
}

/// `images_video`: the live-photo clip URL of each image that has one. UserPostFilter gives
/// `[]` for posts without images, the friend-feed/search filters give None.
pub fn images_video_field(a: &Aweme, none_without_images: bool) -> Value {
    match a.images.as_deref() {
        None | Some([]) if none_without_images => Value::Null,
        imgs => Value::Array(
            imgs.unwrap_or_default()
                .iter()
                .filter_map(Image::live_photo_url)
                .map(|u| json!(u))
                .collect(),
        ),
    }
}

pub fn animated_cover_field(a: &Aweme) -> Value {
    s(a.video.as_ref().and_then(|v| first_url(&v.animated_cover)))
}

/// `video_bit_rate`: every rendition's bitrate (0 when missing).
pub fn bit_rates(a: &Aweme) -> Value {
    let list: &[BitRate] = a.video.as_ref().map(|v| v.renditions()).unwrap_or_default();
    Value::Array(
        list.iter()
            .map(|r| json!(r.bit_rate.unwrap_or(0)))
            .collect(),
    )
}

/// `video_play_addr`: the whole mirror list of the first rendition.
pub fn play_addr_list(a: &Aweme) -> Value {
    a.video
        .as_ref()
        .and_then(|v| v.renditions().first())
        .and_then(|r| r.play_addr.as_ref())
        .map_or(Value::Null, |p| json!(p.url_list))
}

#[derive(PartialEq)]
pub enum CursorField {
    /// `$.max_cursor` (posts, likes, related).
    MaxCursor,
    /// `$.cursor` read as `max_cursor` (collection, mix).
    Cursor,
}

pub fn user_post(r: &AwemeListResponse, cursor: CursorField) -> Built {
    let items = r.items();
    let captions: Vec<Value> = items
        .iter()
        .filter_map(|a| a.caption.clone())
        .map(Value::String)
        .collect();
    let caption_raw = value_accessor(captions);
    Built::list(
        vec![
            ("status_code", i(r.status_code)),
            ("has_aweme", json!(!items.is_empty())),
            ("locate_item_cursor", i(r.locate_item_cursor)),
            ("aweme_id", per(items, |a| id(&a.aweme_id))),
            ("aweme_type", per(items, |a| i(a.aweme_type))),
            ("create_time", ts_per(items, |a| a.create_time)),
            ("caption", replace_t(caption_raw.clone())),
            ("caption_raw", caption_raw),
            ("desc", rt_per(items, |a| st(&a.desc))),
            ("desc_raw", per(items, |a| st(&a.desc))),
            ("uid", per(items, |a| id(&author(a).uid))),
            ("sec_user_id", per(items, |a| st(&author(a).sec_uid))),
            ("nickname", rt_per(items, |a| st(&author(a).nickname))),
            ("nickname_raw", per(items, |a| st(&author(a).nickname))),
            (
                "author_avatar_thumb",
                per(items, |a| url0(&author(a).avatar_thumb)),
            ),
            ("images", per(items, images_field)),
            ("images_video", per(items, |a| images_video_field(a, false))),
            ("animated_cover", per(items, animated_cover_field)),
            (
                "cover",
                per(items, |a| {
                    s(a.video.as_ref().and_then(|v| first_url(&v.origin_cover)))
                }),
            ),
            ("video_play_addr", per(items, play_addr_list)),
            ("video_bit_rate", per(items, bit_rates)),
            (
                "video_duration",
                per(items, |a| i(a.video.as_ref().and_then(|v| v.duration))),
            ),
            (
                "part_see",
                per(items, |a| i(a.status.as_ref().and_then(|x| x.part_see))),
            ),
            (
                "private_status",
                per(items, |a| {
                    i(a.status.as_ref().and_then(|x| x.private_status))
                }),
            ),
            (
                "is_prohibited",
                per(items, |a| {
                    b(a.status.as_ref().and_then(|x| x.is_prohibited))
                }),
            ),
            (
                "author_deleted",
                per(items, |a| {
                    b(a.music.as_ref().and_then(|m| m.author_deleted))
                }),
            ),
            (
                "music_status",
                per(items, |a| i(a.music.as_ref().and_then(|m| m.status))),
            ),
            (
                "music_title",
                rt_per(items, |a| {
                    s(a.music.as_ref().and_then(|m| m.title.as_deref()))
                }),
            ),
            (
                "music_title_raw",
                per(items, |a| {
                    s(a.music.as_ref().and_then(|m| m.title.as_deref()))
                }),
            ),
            ("music_play_url", per(items, |a| s(a.music_url()))),
            ("has_more", json!(r.has_more())),
            (
                "max_cursor",
                i(if cursor == CursorField::Cursor {
                    r.cursor
                } else {
                    r.max_cursor
                }),
            ),
            ("min_cursor", i(r.min_cursor)),
        ],
        ListRule {
            entries: items.len(),
            excluded: &[
                "status_code",
                "has_more",
                "max_cursor",
                "min_cursor",
                "has_aweme",
                "locate_item_cursor",
            ],
            extras: &["status_code", "has_more", "max_cursor", "min_cursor"],
        },
    )
}

pub fn author(a: &Aweme) -> douyin_core::models::Author {
    a.author.clone().unwrap_or_default()
}

pub fn post_detail(r: &PostDetailResponse) -> Built {
    let a = r.aweme_detail.clone().unwrap_or_default();
    let au = author(&a);
    let ctl = a.aweme_control.clone().unwrap_or_default();
    let stt = a.status.clone().unwrap_or_default();
    let mix = a.mix_info.clone().unwrap_or_default();
    let mu = a.music.clone().unwrap_or_default();
    let pgc = mu.matched_pgc_sound.clone().unwrap_or_default();
    let vc = a.video_control.clone().unwrap_or_default();
    let stats = a.statistics.clone().unwrap_or_default();
    let tags = a.text_extra.clone().unwrap_or_default();
    let images = a.images.clone().unwrap_or_default();
    let video = a.video.clone().unwrap_or_default();
    // `$.aweme_detail.video.bit_rate` matched once when the key is there, wrapped in one more list.
    let bit_rate = match (&r.aweme_detail, &video.bit_rate) {
        (Some(_), Some(_)) => json!([bit_rates(&a)]),
        _ => json!([]),
    };
    Built::record(vec![
        ("api_status_code", i(r.status_code)),
        ("aweme_type", i(a.aweme_type)),
        ("aweme_id", id(&a.aweme_id)),
        ("nickname", replace_t(st(&au.nickname))),
        ("nickname_raw", st(&au.nickname)),
        ("sec_user_id", st(&au.sec_uid)),
        ("short_id", id(&au.short_id)),
        ("uid", id(&au.uid)),
        ("unique_id", st(&au.unique_id)),
        ("can_comment", b(ctl.can_comment)),
        ("can_forward", b(ctl.can_forward)),
        ("can_share", b(ctl.can_share)),
        ("can_show_comment", b(ctl.can_show_comment)),
        ("comment_gid", id(&a.comment_gid)),
        ("create_time", ts(a.create_time)),
        ("caption", replace_t(st(&a.caption))),
        ("caption_raw", st(&a.caption)),
        ("desc", replace_t(st(&a.desc))),
        ("desc_raw", st(&a.desc)),
        ("duration", i(a.duration)),
        ("is_ads", flag(a.is_ads)),
        ("is_story", flag(a.is_story)),
        ("is_top", flag(a.is_top)),
        ("part_see", i(stt.part_see)),
        ("private_status", i(stt.private_status)),
        ("is_delete", b(stt.is_delete)),
        ("is_prohibited", b(stt.is_prohibited)),
        ("media_type", i(a.media_type)),
        ("mix_desc", replace_t(st(&mix.mix_desc))),
        ("mix_desc_raw", st(&mix.mix_desc)),
        ("mix_create_time", ts(mix.mix_create_time)),
        ("mix_id", id(&mix.mix_id)),
        ("mix_name", st(&mix.mix_name)),
        ("mix_pic_type", i(mix.mix_pic_type)),
        ("mix_type", i(mix.mix_type)),
        ("mix_share_url", st(&mix.mix_share_url)),
        ("mix_update_time", ts(mix.mix_update_time)),
        ("is_commerce_music", b(mu.is_commerce_music)),
        ("is_original", b(mu.is_original)),
        ("is_original_sound", b(mu.is_original_sound)),
        ("is_pgc", b(mu.is_pgc)),
        ("music_author", replace_t(st(&mu.author))),
        ("music_author_raw", st(&mu.author)),
        ("music_author_deleted", b(mu.author_deleted)),
        ("music_duration", i(mu.duration)),
        ("music_id", id(&mu.id)),
        ("music_mid", st(&mu.mid)),
        ("pgc_author", replace_t(st(&pgc.pgc_author))),
        ("pgc_author_raw", st(&pgc.pgc_author)),
        ("pgc_author_title", replace_t(st(&pgc.pgc_author_title))),
        ("pgc_author_title_raw", st(&pgc.pgc_author_title)),
        ("pgc_music_type", i(pgc.pgc_music_type)),
        ("music_status", i(mu.status)),
        ("music_owner_handle", replace_t(st(&mu.owner_handle))),
        ("music_owner_handle_raw", st(&mu.owner_handle)),
        ("music_owner_id", id(&mu.owner_id)),
        ("music_owner_nickname", replace_t(st(&mu.owner_nickname))),
        ("music_owner_nickname_raw", st(&mu.owner_nickname)),
        ("music_play_url", url0(&mu.play_url)),
        ("position", st(&a.position)),
        ("region", st(&a.region)),
        (
            "seo_ocr_content",
            st(&a.seo_info.clone().unwrap_or_default().seo_ocr_content),
        ),
        ("allow_douplus", b(vc.allow_douplus)),
        ("download_setting", i(vc.download_setting)),
        ("allow_share", b(vc.allow_share)),
        ("admire_count", i(stats.admire_count)),
        ("collect_count", i(stats.collect_count)),
        ("comment_count", i(stats.comment_count)),
        ("digg_count", i(stats.digg_count)),
        ("share_count", i(stats.share_count)),
        (
            "hashtag_ids",
            json!(py_json_list(per(&tags, |t| id(&t.hashtag_id)))),
        ),
        (
            "hashtag_names",
            json!(py_json_list(per(&tags, |t| st(&t.hashtag_name)))),
        ),
        ("animated_cover", url0(&video.animated_cover)),
        ("cover", url0(&video.origin_cover)),
        ("video_bit_rate", bit_rate),
        ("video_play_addr", play_addr_list(&a)),
        (
            "images",
            per(&images, |im| s(im.url_list.first().map(String::as_str))),
        ),
        ("images_video", per(&images, |im| s(im.live_photo_url()))),
    ])
}

/// Python's `json.dumps(list, ensure_ascii=False)` layout: `", "` between items.
pub fn py_json_list(v: Value) -> String {
    let items: Vec<String> = v
        .as_array()
        .map(|a| a.iter().map(|x| x.to_string()).collect())
        .unwrap_or_default();
    format!("[{}]", items.join(", "))
}

pub fn friend_feed(r: &FriendFeedResponse) -> Built {
    let entries = r.data.as_deref().unwrap_or_default();
    let aw: Vec<Aweme> = entries
        .iter()
        .map(|e| e.aweme.clone().unwrap_or_default())
        .collect();
    let items = aw.as_slice();
    let stats = |a: &Aweme| a.statistics.clone().unwrap_or_default();
    let stt = |a: &Aweme| a.status.clone().unwrap_or_default();
    let mu = |a: &Aweme| a.music.clone().unwrap_or_default();
    Built::list(
        vec![
            ("status_code", i(r.status_code)),
            ("status_msg", st(&r.status_msg)),
            ("toast", st(&r.toast)),
            (
                "has_more",
                json!(douyin_core::models::flag_true(r.has_more)),
            ),
            ("has_aweme", json!(!entries.is_empty())),
            ("friend_update_count", i(r.friend_update_count)),
            ("cursor", i(r.cursor)),
            ("level", i(r.level)),
            ("friend_feed_type", per(entries, |e| i(e.feed_type))),
            ("friend_feed_source", per(entries, |e| i(e.source))),
            (
                "avatar_larger",
                per(items, |a| url0(&author(a).avatar_larger)),
            ),
            ("nickname", rt_per(items, |a| st(&author(a).nickname))),
            ("nickname_raw", per(items, |a| st(&author(a).nickname))),
            ("sec_uid", per(items, |a| st(&author(a).sec_uid))),
            ("uid", per(items, |a| id(&author(a).uid))),
            ("aweme_id", per(items, |a| id(&a.aweme_id))),
            ("aweme_type", per(items, |a| i(a.aweme_type))),
            // F2 reads `desc` for both caption fields here.
            ("caption", rt_per(items, |a| st(&a.desc))),
            ("caption_raw", per(items, |a| st(&a.desc))),
            ("desc", rt_per(items, |a| st(&a.desc))),
            ("desc_raw", per(items, |a| st(&a.desc))),
            (
                "recommend_reason",
                per(items, |a| {
                    st(&a
                        .fall_card_struct
                        .clone()
                        .unwrap_or_default()
                        .recommend_reason)
                }),
            ),
            ("create_time", ts_per(items, |a| a.create_time)),
            ("is_24_story", per(items, |a| flag(a.is_24_story))),
            ("media_type", per(items, |a| i(a.media_type))),
            ("collect_count", per(items, |a| i(stats(a).collect_count))),
            ("comment_count", per(items, |a| i(stats(a).comment_count))),
            ("digg_count", per(items, |a| i(stats(a).digg_count))),
            ("exposure_count", per(items, |a| i(stats(a).exposure_count))),
            (
                "live_watch_count",
                per(items, |a| i(stats(a).live_watch_count)),
            ),
            ("play_count", per(items, |a| i(stats(a).play_count))),
            ("share_count", per(items, |a| i(stats(a).share_count))),
            ("allow_share", per(items, |a| b(stt(a).allow_share))),
            ("private_status", per(items, |a| i(stt(a).private_status))),
            ("is_prohibited", per(items, |a| b(stt(a).is_prohibited))),
            ("part_see", per(items, |a| i(stt(a).part_see))),
            ("animated_cover", per(items, animated_cover_field)),
            (
                "cover",
                per(items, |a| {
                    s(a.video.as_ref().and_then(|v| first_url(&v.cover)))
                }),
            ),
            ("images", per(items, images_field)),
            // Corrected: F2 raises TypeError on an image with `"video": null` (http.md §10.2).
            ("images_video", per(items, |a| images_video_field(a, true))),
            ("video_play_addr", per(items, play_addr_list)),
            ("music_id", per(items, |a| id(&mu(a).id))),
            ("music_mid", per(items, |a| st(&mu(a).mid))),
            ("music_duration", per(items, |a| i(mu(a).duration))),
            ("music_play_url", per(items, |a| s(a.music_url()))),
            (
                "music_owner_nickname",
                rt_per(items, |a| st(&mu(a).owner_nickname)),
            ),
            (
                "music_owner_nickname_raw",
                per(items, |a| st(&mu(a).owner_nickname)),
            ),
            ("music_sec_uid", per(items, |a| st(&mu(a).sec_uid))),
            ("music_title", rt_per(items, |a| st(&mu(a).title))),
            ("music_title_raw", per(items, |a| st(&mu(a).title))),
        ],
        ListRule {
            entries: entries.len(),
            excluded: &[
                "status_code",
                "status_msg",
                "has_more",
                "has_aweme",
                "friend_update_count",
                "cursor",
                "level",
            ],
            extras: &[
                "has_more",
                "has_aweme",
                "friend_update_count",
                "cursor",
                "level",
            ],
        },
    )
}

pub fn home_search(r: &HomeSearchResponse) -> Built {
    let entries = r.aweme_list.as_deref().unwrap_or_default();
    let aw: Vec<Aweme> = entries
        .iter()
        .map(|e| e.item.clone().unwrap_or_default())
        .collect();
    let items = aw.as_slice();
    let mu = |a: &Aweme| a.music.clone().unwrap_or_default();
    let doodle = r.global_doodle_config.clone().unwrap_or_default();
    // F2 applies `str()` to the impression id, so a missing one becomes the text "None".
    let search_id = r
        .log_pb
        .as_ref()
        .and_then(|l| l.impr_id.clone())
        .unwrap_or_else(|| "None".into());
    Built::list(
        vec![
            ("status_code", i(r.status_code)),
            ("has_aweme", json!(!entries.is_empty())),
            ("status_msg", st(&r.status_msg)),
            ("has_more", flag(r.has_more)),
            ("cursor", i(r.cursor)),
            ("home_text", st(&doodle.home_text)),
            ("search_keyword", st(&doodle.keyword)),
            ("search_id", json!(search_id)),
            ("user_id", per(items, |a| id(&author(a).uid))),
            ("unique_id", per(items, |a| st(&author(a).unique_id))),
            ("sec_uid", per(items, |a| st(&author(a).sec_uid))),
            ("signature", rt_per(items, |a| st(&author(a).signature))),
            ("signature_raw", per(items, |a| st(&author(a).signature))),
            ("nickname", rt_per(items, |a| st(&author(a).nickname))),
            ("nickname_raw", per(items, |a| st(&author(a).nickname))),
            (
                "avatar_larger",
                per(items, |a| url0(&author(a).avatar_larger)),
            ),
            ("aweme_type", per(items, |a| i(a.aweme_type))),
            ("aweme_id", per(items, |a| id(&a.aweme_id))),
            ("caption", rt_per(items, |a| st(&a.caption))),
            ("caption_raw", per(items, |a| st(&a.caption))),
            ("city", per(items, |a| st(&a.city))),
            ("desc", rt_per(items, |a| st(&a.desc))),
            ("desc_raw", per(items, |a| st(&a.desc))),
            ("images", per(items, images_field)),
            // Corrected: F2 raises TypeError on an image with `"video": null` (http.md §10.2).
            ("images_video", per(items, |a| images_video_field(a, true))),
            ("music_id", per(items, |a| id(&mu(a).id))),
            ("music_id_str", per(items, |a| st(&mu(a).id_str))),
            ("music_mid", per(items, |a| st(&mu(a).mid))),
            ("music_duration", per(items, |a| i(mu(a).duration))),
            ("music_play_url", per(items, |a| s(a.music_url()))),
            (
                "music_owner_nickname",
                rt_per(items, |a| st(&mu(a).owner_nickname)),
            ),
            (
                "music_owner_nickname_raw",
                per(items, |a| st(&mu(a).owner_nickname)),
            ),
            ("music_sec_uid", per(items, |a| st(&mu(a).sec_uid))),
            ("music_title", rt_per(items, |a| st(&mu(a).title))),
            ("music_title_raw", per(items, |a| st(&mu(a).title))),
            (
                "cover",
                per(items, |a| {
                    s(a.video.as_ref().and_then(|v| first_url(&v.cover)))
                }),
            ),
            (
                "dynamic_cover",
                per(items, |a| {
                    s(a.video.as_ref().and_then(|v| first_url(&v.dynamic_cover)))
                }),
            ),
            ("animated_cover", per(items, animated_cover_field)),
            ("video_play_addr", per(items, play_addr_list)),
        ],
        ListRule {
            entries: entries.len(),
            excluded: &[
                "status_code",
                "status_msg",
                "has_aweme",
                "has_more",
                "cursor",
                "home_text",
                "search_keyword",
                "search_id",
            ],
            extras: &[
                "has_more",
                "cursor",
                "home_text",
                "search_keyword",
                "search_id",
            ],
        },
    )
}
