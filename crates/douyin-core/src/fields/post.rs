//! F2's fields of posts: one post's detail (`PostDetailFilter`, the `video_info` row), a post in
//! a list (`UserPostFilter` and its subclasses for likes, collection, mix and related posts),
//! and the friend-feed and search wrappers around a post (http.md §10.2, §10.3).

use super::{boolean, flag, id, int, rt, rt_item, st, text, time, url0, F2Fields, F2Page};
use crate::models::{
    first_url, flag_true, Author, Aweme, AwemeListResponse, BitRate, FriendFeedItem,
    FriendFeedResponse, HomeSearchResponse, Image, PostDetailResponse, SearchItem,
};
use serde_json::{json, Value};

/// Which answer field a post list reports as `max_cursor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostListCursor {
    /// `$.max_cursor` (posts, likes, related posts).
    MaxCursor,
    /// `$.cursor` (collection, mix: `UserCollectionFilter`, `UserMixFilter`).
    Cursor,
}

/// `images`: None without images, else `url_list[0]` of each image that has one.
fn images(a: &Aweme) -> Value {
    match a.images.as_deref() {
        None | Some([]) => Value::Null,
        Some(list) => Value::Array(
            list.iter()
                .filter_map(|im| im.url_list.first().map(|u| json!(u)))
                .collect(),
        ),
    }
}

/// `images_video`: the live-photo clip of each image that has one (an image whose `video` is
/// null has none). Post lists give `[]` for a post without images, the friend feed and search
/// give None.
fn images_video(a: &Aweme, none_without_images: bool) -> Value {
    match a.images.as_deref() {
        None | Some([]) if none_without_images => Value::Null,
        list => Value::Array(
            list.unwrap_or_default()
                .iter()
                .filter_map(Image::live_photo_url)
                .map(|u| json!(u))
                .collect(),
        ),
    }
}

fn animated_cover(a: &Aweme) -> Value {
    text(a.video.as_ref().and_then(|v| first_url(&v.animated_cover)))
}

/// `video_bit_rate`: every rendition's bitrate (0 when missing).
fn bit_rates(a: &Aweme) -> Value {
    let list: &[BitRate] = a.video.as_ref().map(|v| v.renditions()).unwrap_or_default();
    Value::Array(
        list.iter()
            .map(|r| json!(r.bit_rate.unwrap_or(0)))
            .collect(),
    )
}

/// `video_play_addr`: the whole mirror list of the first rendition.
fn play_addr(a: &Aweme) -> Value {
    a.video
        .as_ref()
        .and_then(|v| v.renditions().first())
        .and_then(|r| r.play_addr.as_ref())
        .map_or(Value::Null, |p| json!(p.url_list))
}

fn author(a: &Aweme) -> Author {
    a.author.clone().unwrap_or_default()
}

/// Python's `json.dumps(list, ensure_ascii=False)` layout (`", "` between items), as F2 stores
/// the hashtag columns.
fn py_json_list(items: Vec<Value>) -> String {
    let items: Vec<String> = items.iter().map(Value::to_string).collect();
    format!("[{}]", items.join(", "))
}

/// One post in a post list: `UserPostFilter`'s per-post fields.
pub fn list_post_fields(a: &Aweme) -> F2Fields {
    let au = author(a);
    let status = a.status.clone().unwrap_or_default();
    let music = a.music.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("aweme_id", id(&a.aweme_id)),
        ("aweme_type", int(a.aweme_type)),
        ("create_time", time(a.create_time)),
        ("caption", rt_item(st(&a.caption))),
        ("caption_raw", st(&a.caption)),
        ("desc", rt_item(st(&a.desc))),
        ("desc_raw", st(&a.desc)),
        ("uid", id(&au.uid)),
        ("sec_user_id", st(&au.sec_uid)),
        ("nickname", rt_item(st(&au.nickname))),
        ("nickname_raw", st(&au.nickname)),
        ("author_avatar_thumb", url0(&au.avatar_thumb)),
        ("images", images(a)),
        ("images_video", images_video(a, false)),
        ("animated_cover", animated_cover(a)),
        (
            "cover",
            text(a.video.as_ref().and_then(|v| first_url(&v.origin_cover))),
        ),
        ("video_play_addr", play_addr(a)),
        ("video_bit_rate", bit_rates(a)),
        (
            "video_duration",
            int(a.video.as_ref().and_then(|v| v.duration)),
        ),
        ("part_see", int(status.part_see)),
        ("private_status", int(status.private_status)),
        ("is_prohibited", boolean(status.is_prohibited)),
        ("author_deleted", boolean(music.author_deleted)),
        ("music_status", int(music.status)),
        ("music_title", rt_item(st(&music.title))),
        ("music_title_raw", st(&music.title)),
        ("music_play_url", text(a.music_url())),
    ])
}

/// A page of posts (posts, likes, collection, mix, related; `cursor` says which answer field
/// is its `max_cursor`).
pub fn post_list_page(r: &AwemeListResponse, cursor: PostListCursor) -> F2Page {
    let items = r.items();
    F2Page {
        page: F2Fields::new(vec![
            ("status_code", int(r.status_code)),
            ("has_aweme", json!(!items.is_empty())),
            ("locate_item_cursor", int(r.locate_item_cursor)),
            ("has_more", json!(r.has_more())),
            (
                "max_cursor",
                int(match cursor {
                    PostListCursor::Cursor => r.cursor,
                    PostListCursor::MaxCursor => r.max_cursor,
                }),
            ),
            ("min_cursor", int(r.min_cursor)),
        ]),
        items: items.iter().map(list_post_fields).collect(),
        extras: &["status_code", "has_more", "max_cursor", "min_cursor"],
    }
}

/// One post's detail fields (`PostDetailFilter` without the answer's `api_status_code`): the
/// history DB's `video_info` columns.
pub fn post_fields(a: &Aweme) -> F2Fields {
    detail(a, true)
}

/// A post detail answer (`PostDetailFilter`); an answer without a post gives F2's empty values.
pub fn post_detail_fields(r: &PostDetailResponse) -> F2Fields {
    let a = r.aweme_detail.clone().unwrap_or_default();
    let mut pairs = vec![("api_status_code", int(r.status_code))];
    pairs.extend(
        detail(&a, r.aweme_detail.is_some())
            .iter()
            .map(|(n, v)| (n, v.clone())),
    );
    F2Fields::new(pairs)
}

fn detail(a: &Aweme, present: bool) -> F2Fields {
    let au = author(a);
    let ctl = a.aweme_control.clone().unwrap_or_default();
    let status = a.status.clone().unwrap_or_default();
    let mix = a.mix_info.clone().unwrap_or_default();
    let mu = a.music.clone().unwrap_or_default();
    let pgc = mu.matched_pgc_sound.clone().unwrap_or_default();
    let vc = a.video_control.clone().unwrap_or_default();
    let stats = a.statistics.clone().unwrap_or_default();
    let tags = a.text_extra.clone().unwrap_or_default();
    let pictures = a.images.clone().unwrap_or_default();
    let video = a.video.clone().unwrap_or_default();
    // `$.aweme_detail.video.bit_rate` read with the list accessor: one match, wrapped in a list.
    let bit_rate = if present && video.bit_rate.is_some() {
        json!([bit_rates(a)])
    } else {
        json!([])
    };
    F2Fields::new(vec![
        ("aweme_type", int(a.aweme_type)),
        ("aweme_id", id(&a.aweme_id)),
        ("nickname", rt(st(&au.nickname))),
        ("nickname_raw", st(&au.nickname)),
        ("sec_user_id", st(&au.sec_uid)),
        ("short_id", id(&au.short_id)),
        ("uid", id(&au.uid)),
        ("unique_id", st(&au.unique_id)),
        ("can_comment", boolean(ctl.can_comment)),
        ("can_forward", boolean(ctl.can_forward)),
        ("can_share", boolean(ctl.can_share)),
        ("can_show_comment", boolean(ctl.can_show_comment)),
        ("comment_gid", id(&a.comment_gid)),
        ("create_time", time(a.create_time)),
        ("caption", rt(st(&a.caption))),
        ("caption_raw", st(&a.caption)),
        ("desc", rt(st(&a.desc))),
        ("desc_raw", st(&a.desc)),
        ("duration", int(a.duration)),
        ("is_ads", flag(a.is_ads)),
        ("is_story", flag(a.is_story)),
        ("is_top", flag(a.is_top)),
        ("part_see", int(status.part_see)),
        ("private_status", int(status.private_status)),
        ("is_delete", boolean(status.is_delete)),
        ("is_prohibited", boolean(status.is_prohibited)),
        ("media_type", int(a.media_type)),
        ("mix_desc", rt(st(&mix.mix_desc))),
        ("mix_desc_raw", st(&mix.mix_desc)),
        ("mix_create_time", time(mix.mix_create_time)),
        ("mix_id", id(&mix.mix_id)),
        ("mix_name", st(&mix.mix_name)),
        ("mix_pic_type", int(mix.mix_pic_type)),
        ("mix_type", int(mix.mix_type)),
        ("mix_share_url", st(&mix.mix_share_url)),
        ("mix_update_time", time(mix.mix_update_time)),
        ("is_commerce_music", boolean(mu.is_commerce_music)),
        ("is_original", boolean(mu.is_original)),
        ("is_original_sound", boolean(mu.is_original_sound)),
        ("is_pgc", boolean(mu.is_pgc)),
        ("music_author", rt(st(&mu.author))),
        ("music_author_raw", st(&mu.author)),
        ("music_author_deleted", boolean(mu.author_deleted)),
        ("music_duration", int(mu.duration)),
        ("music_id", id(&mu.id)),
        ("music_mid", st(&mu.mid)),
        ("pgc_author", rt(st(&pgc.pgc_author))),
        ("pgc_author_raw", st(&pgc.pgc_author)),
        ("pgc_author_title", rt(st(&pgc.pgc_author_title))),
        ("pgc_author_title_raw", st(&pgc.pgc_author_title)),
        ("pgc_music_type", int(pgc.pgc_music_type)),
        ("music_status", int(mu.status)),
        ("music_owner_handle", rt(st(&mu.owner_handle))),
        ("music_owner_handle_raw", st(&mu.owner_handle)),
        ("music_owner_id", id(&mu.owner_id)),
        ("music_owner_nickname", rt(st(&mu.owner_nickname))),
        ("music_owner_nickname_raw", st(&mu.owner_nickname)),
        ("music_play_url", url0(&mu.play_url)),
        ("position", st(&a.position)),
        ("region", st(&a.region)),
        (
            "seo_ocr_content",
            st(&a.seo_info.clone().unwrap_or_default().seo_ocr_content),
        ),
        ("allow_douplus", boolean(vc.allow_douplus)),
        ("download_setting", int(vc.download_setting)),
        ("allow_share", boolean(vc.allow_share)),
        ("admire_count", int(stats.admire_count)),
        ("collect_count", int(stats.collect_count)),
        ("comment_count", int(stats.comment_count)),
        ("digg_count", int(stats.digg_count)),
        ("share_count", int(stats.share_count)),
        (
            "hashtag_ids",
            json!(py_json_list(
                tags.iter().map(|t| id(&t.hashtag_id)).collect()
            )),
        ),
        (
            "hashtag_names",
            json!(py_json_list(
                tags.iter().map(|t| st(&t.hashtag_name)).collect()
            )),
        ),
        ("animated_cover", url0(&video.animated_cover)),
        ("cover", url0(&video.origin_cover)),
        ("video_bit_rate", bit_rate),
        ("video_play_addr", play_addr(a)),
        (
            "images",
            Value::Array(
                pictures
                    .iter()
                    .map(|im| text(im.url_list.first().map(String::as_str)))
                    .collect(),
            ),
        ),
        (
            "images_video",
            Value::Array(
                pictures
                    .iter()
                    .map(|im| text(im.live_photo_url()))
                    .collect(),
            ),
        ),
    ])
}

/// One friend-feed entry (`FriendFeedFilter`'s per-entry fields; F2 reads `desc` for both
/// caption fields here).
pub fn friend_feed_item_fields(e: &FriendFeedItem) -> F2Fields {
    let a = e.aweme.clone().unwrap_or_default();
    let au = author(&a);
    let stats = a.statistics.clone().unwrap_or_default();
    let status = a.status.clone().unwrap_or_default();
    let mu = a.music.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("friend_feed_type", int(e.feed_type)),
        ("friend_feed_source", int(e.source)),
        ("avatar_larger", url0(&au.avatar_larger)),
        ("nickname", rt_item(st(&au.nickname))),
        ("nickname_raw", st(&au.nickname)),
        ("sec_uid", st(&au.sec_uid)),
        ("uid", id(&au.uid)),
        ("aweme_id", id(&a.aweme_id)),
        ("aweme_type", int(a.aweme_type)),
        ("caption", rt_item(st(&a.desc))),
        ("caption_raw", st(&a.desc)),
        ("desc", rt_item(st(&a.desc))),
        ("desc_raw", st(&a.desc)),
        (
            "recommend_reason",
            st(&a
                .fall_card_struct
                .clone()
                .unwrap_or_default()
                .recommend_reason),
        ),
        ("create_time", time(a.create_time)),
        ("is_24_story", flag(a.is_24_story)),
        ("media_type", int(a.media_type)),
        ("collect_count", int(stats.collect_count)),
        ("comment_count", int(stats.comment_count)),
        ("digg_count", int(stats.digg_count)),
        ("exposure_count", int(stats.exposure_count)),
        ("live_watch_count", int(stats.live_watch_count)),
        ("play_count", int(stats.play_count)),
        ("share_count", int(stats.share_count)),
        ("allow_share", boolean(status.allow_share)),
        ("private_status", int(status.private_status)),
        ("is_prohibited", boolean(status.is_prohibited)),
        ("part_see", int(status.part_see)),
        ("animated_cover", animated_cover(&a)),
        (
            "cover",
            text(a.video.as_ref().and_then(|v| first_url(&v.cover))),
        ),
        ("images", images(&a)),
        ("images_video", images_video(&a, true)),
        ("video_play_addr", play_addr(&a)),
        ("music_id", id(&mu.id)),
        ("music_mid", st(&mu.mid)),
        ("music_duration", int(mu.duration)),
        ("music_play_url", text(a.music_url())),
        ("music_owner_nickname", rt_item(st(&mu.owner_nickname))),
        ("music_owner_nickname_raw", st(&mu.owner_nickname)),
        ("music_sec_uid", st(&mu.sec_uid)),
        ("music_title", rt_item(st(&mu.title))),
        ("music_title_raw", st(&mu.title)),
    ])
}

/// A friend-feed page (`FriendFeedFilter`).
pub fn friend_feed_page(r: &FriendFeedResponse) -> F2Page {
    let entries = r.data.as_deref().unwrap_or_default();
    F2Page {
        page: F2Fields::new(vec![
            ("status_code", int(r.status_code)),
            ("status_msg", st(&r.status_msg)),
            ("toast", st(&r.toast)),
            ("has_more", json!(flag_true(r.has_more))),
            ("has_aweme", json!(!entries.is_empty())),
            ("friend_update_count", int(r.friend_update_count)),
            ("cursor", int(r.cursor)),
            ("level", int(r.level)),
        ]),
        items: entries.iter().map(friend_feed_item_fields).collect(),
        extras: &[
            "has_more",
            "has_aweme",
            "friend_update_count",
            "cursor",
            "level",
        ],
    }
}

/// One search hit (`HomePostSearchFilter`'s per-hit fields).
pub fn search_item_fields(e: &SearchItem) -> F2Fields {
    let a = e.item.clone().unwrap_or_default();
    let au = author(&a);
    let mu = a.music.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("user_id", id(&au.uid)),
        ("unique_id", st(&au.unique_id)),
        ("sec_uid", st(&au.sec_uid)),
        ("signature", rt_item(st(&au.signature))),
        ("signature_raw", st(&au.signature)),
        ("nickname", rt_item(st(&au.nickname))),
        ("nickname_raw", st(&au.nickname)),
        ("avatar_larger", url0(&au.avatar_larger)),
        ("aweme_type", int(a.aweme_type)),
        ("aweme_id", id(&a.aweme_id)),
        ("caption", rt_item(st(&a.caption))),
        ("caption_raw", st(&a.caption)),
        ("city", st(&a.city)),
        ("desc", rt_item(st(&a.desc))),
        ("desc_raw", st(&a.desc)),
        ("images", images(&a)),
        ("images_video", images_video(&a, true)),
        ("music_id", id(&mu.id)),
        ("music_id_str", st(&mu.id_str)),
        ("music_mid", st(&mu.mid)),
        ("music_duration", int(mu.duration)),
        ("music_play_url", text(a.music_url())),
        ("music_owner_nickname", rt_item(st(&mu.owner_nickname))),
        ("music_owner_nickname_raw", st(&mu.owner_nickname)),
        ("music_sec_uid", st(&mu.sec_uid)),
        ("music_title", rt_item(st(&mu.title))),
        ("music_title_raw", st(&mu.title)),
        (
            "cover",
            text(a.video.as_ref().and_then(|v| first_url(&v.cover))),
        ),
        (
            "dynamic_cover",
            text(a.video.as_ref().and_then(|v| first_url(&v.dynamic_cover))),
        ),
        ("animated_cover", animated_cover(&a)),
        ("video_play_addr", play_addr(&a)),
    ])
}

/// A search page (`HomePostSearchFilter`). `search_id` is `str($.log_pb.impr_id)`: the text
/// `None` when the answer has none, as F2 sends it back.
pub fn search_page(r: &HomeSearchResponse) -> F2Page {
    let entries = r.aweme_list.as_deref().unwrap_or_default();
    let doodle = r.global_doodle_config.clone().unwrap_or_default();
    let search_id = r
        .log_pb
        .as_ref()
        .and_then(|l| l.impr_id.clone())
        .unwrap_or_else(|| "None".into());
    F2Page {
        page: F2Fields::new(vec![
            ("status_code", int(r.status_code)),
            ("has_aweme", json!(!entries.is_empty())),
            ("status_msg", st(&r.status_msg)),
            ("has_more", flag(r.has_more)),
            ("cursor", int(r.cursor)),
            ("home_text", st(&doodle.home_text)),
            ("search_keyword", st(&doodle.keyword)),
            ("search_id", json!(search_id)),
        ]),
        items: entries.iter().map(search_item_fields).collect(),
        extras: &[
            "has_more",
            "cursor",
            "home_text",
            "search_keyword",
            "search_id",
        ],
    }
}
