//! What the history keeps of a post or a user: the store's typed columns and F2's columns,
//! read from the core's typed models (F2 renders times as `YYYY-MM-DD HH-MM-SS` in UTC+8 and
//! passes nickname, description and signature through `replace_t`; `_raw` keeps the text).

use crate::naming::name_fields;
use douyin_core::models::{Author, Aweme, Music, PostKind as CoreKind, UserProfile};
use douyin_core::naming::{replace_t, FieldValue};
use douyin_store::{PostKind, PostRow, UserRow};
use serde_json::Value;

fn b(v: Option<bool>) -> Option<i64> {
    v.map(i64::from)
}

fn text(v: &FieldValue) -> Option<String> {
    match v {
        FieldValue::Text(t) => Some(t.clone()),
        _ => None,
    }
}

/// The store's post kind of a core post.
pub fn post_kind(post: &Aweme) -> PostKind {
    match post.kind() {
        CoreKind::Video => PostKind::Video,
        CoreKind::Images => PostKind::Images,
        CoreKind::LivePhoto => PostKind::LivePhoto,
    }
}

/// The row of a post, with its raw JSON.
pub fn post_row(post: &Aweme, raw: &Value) -> PostRow {
    let mut row = PostRow::new(post.id().unwrap_or_default(), post_kind(post));
    let author = post.author.as_ref();
    row.author_uid = author
        .and_then(|a| a.uid.as_ref())
        .map(|u| u.as_str().to_owned());
    row.author_sec_uid = author.and_then(|a| a.sec_uid.clone());
    row.author_nickname = author.and_then(|a| a.nickname.clone());
    row.create_ts = post.create_time;
    row.description = post.desc.clone();
    let music = post.music.as_ref();
    row.music_title = music.and_then(|m| m.title.clone());
    let tags: Vec<&douyin_core::models::TextExtra> = post
        .text_extra
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|t| t.hashtag_name.as_deref().is_some_and(|n| !n.is_empty()))
        .collect();
    row.hashtags = tags.iter().filter_map(|t| t.hashtag_name.clone()).collect();
    row.raw_json = Some(raw.to_string());

    let fields = name_fields(post);
    let f = &mut row.f2;
    f.aweme_type = post.aweme_type;
    f.nickname = text(&fields.nickname);
    f.nickname_raw = author.and_then(|a| a.nickname.clone());
    f.sec_user_id = row.author_sec_uid.clone();
    f.short_id = author
        .and_then(|a| a.short_id.as_ref())
        .map(|i| i.as_str().to_owned());
    f.uid = row.author_uid.clone();
    f.unique_id = author.and_then(|a| a.unique_id.clone());
    let control = post.aweme_control.as_ref();
    f.can_comment = b(control.and_then(|c| c.can_comment));
    f.can_forward = b(control.and_then(|c| c.can_forward));
    f.can_share = b(control.and_then(|c| c.can_share));
    f.can_show_comment = b(control.and_then(|c| c.can_show_comment));
    f.comment_gid = post.comment_gid.as_ref().map(|i| i.as_str().to_owned());
    f.create_time = text(&fields.create_time);
    f.desc = text(&fields.desc);
    f.desc_raw = post.desc.clone();
    f.duration = post.duration;
    f.is_ads = post
        .is_ads
        .map(|x| i64::from(douyin_core::models::flag_true(Some(x))));
    f.is_story = post
        .is_story
        .map(|x| i64::from(douyin_core::models::flag_true(Some(x))));
    f.is_top = post
        .is_top
        .map(|x| i64::from(douyin_core::models::flag_true(Some(x))));
    let video = post.video.as_ref();
    f.video_bit_rate = video.map(|v| {
        Value::Array(
            v.renditions()
                .iter()
                .map(|r| Value::from(r.bit_rate.unwrap_or(0)))
                .collect(),
        )
        .to_string()
    });
    f.animated_cover = video
        .and_then(|v| douyin_core::models::first_url(&v.animated_cover))
        .map(str::to_owned);
    f.cover = post.cover_url().map(str::to_owned);
    if !post.image_list().is_empty() {
        f.images = Some(
            Value::Array(
                post.image_list()
                    .iter()
                    .filter_map(|i| i.url_list.first().cloned().map(Value::String))
                    .collect(),
            )
            .to_string(),
        );
    }
    let status = post.status.as_ref();
    f.part_see = status.and_then(|s| s.part_see);
    f.private_status = status.and_then(|s| s.private_status);
    f.is_delete = b(status.and_then(|s| s.is_delete));
    f.is_prohibited = b(status.and_then(|s| s.is_prohibited));
    f.media_type = post.media_type;
    if let Some(mix) = post.mix_info.as_ref() {
        f.mix_id = mix.mix_id.as_ref().map(|i| i.as_str().to_owned());
        f.mix_name = mix.mix_name.clone();
        f.mix_desc = mix.mix_desc.as_deref().map(replace_t);
        f.mix_desc_raw = mix.mix_desc.clone();
        f.mix_pic_type = mix.mix_pic_type;
        f.mix_type = mix.mix_type;
        f.mix_share_url = mix.mix_share_url.clone();
    }
    if let Some(m) = music {
        f.is_commerce_music = b(m.is_commerce_music);
        f.is_original = b(m.is_original);
        f.is_original_sound = b(m.is_original_sound);
        f.is_pgc = b(m.is_pgc);
        f.music_author = m.author.as_deref().map(replace_t);
        f.music_author_raw = m.author.clone();
        f.music_author_deleted = b(m.author_deleted);
        f.music_duration = m.duration;
        f.music_id = m.id_text().map(str::to_owned);
        f.music_mid = m.mid.clone();
        f.music_status = m.status;
        f.music_owner_handle = m.owner_handle.as_deref().map(replace_t);
        f.music_owner_handle_raw = m.owner_handle.clone();
        f.music_owner_id = m.owner_id.as_ref().map(|i| i.as_str().to_owned());
        f.music_owner_nickname = m.owner_nickname.as_deref().map(replace_t);
        f.music_owner_nickname_raw = m.owner_nickname.clone();
        f.music_play_url = post.music_url().map(str::to_owned);
        if let Some(pgc) = m.matched_pgc_sound.as_ref() {
            f.pgc_author = pgc.pgc_author.as_deref().map(replace_t);
            f.pgc_author_raw = pgc.pgc_author.clone();
            f.pgc_author_title = pgc.pgc_author_title.as_deref().map(replace_t);
            f.pgc_author_title_raw = pgc.pgc_author_title.clone();
            f.pgc_music_type = pgc.pgc_music_type;
        }
    }
    f.position = post.position.clone();
    f.region = post.region.clone();
    f.seo_ocr_content = post
        .seo_info
        .as_ref()
        .and_then(|s| s.seo_ocr_content.clone());
    let vc = post.video_control.as_ref();
    f.allow_douplus = b(vc.and_then(|v| v.allow_douplus));
    f.download_setting = vc.and_then(|v| v.download_setting);
    f.allow_share = b(vc.and_then(|v| v.allow_share));
    let stats = post.statistics.as_ref();
    f.admire_count = stats.and_then(|s| s.admire_count);
    f.collect_count = stats.and_then(|s| s.collect_count);
    f.comment_count = stats.and_then(|s| s.comment_count);
    f.digg_count = stats.and_then(|s| s.digg_count);
    f.share_count = stats.and_then(|s| s.share_count);
    f.hashtag_ids = Some(
        Value::Array(
            tags.iter()
                .filter_map(|t| t.hashtag_id.as_ref())
                .map(|i| Value::String(i.as_str().to_owned()))
                .collect(),
        )
        .to_string(),
    );
    f.hashtag_names =
        Some(Value::Array(row.hashtags.iter().cloned().map(Value::String).collect()).to_string());
    row
}

/// A collected music item as a history item (music mode): kind `music`-less store rows are
/// videos, so it is kept as a video-kind row whose description is the title.
pub fn music_row(music: &Music, raw: &Value) -> PostRow {
    let mut row = PostRow::new(music.id_text().unwrap_or_default(), PostKind::Music);
    row.author_nickname = music.author.clone();
    row.description = music.title.clone();
    row.music_title = music.title.clone();
    row.raw_json = Some(raw.to_string());
    row.f2.desc = music.title.as_deref().map(replace_t);
    row.f2.desc_raw = music.title.clone();
    row.f2.music_author = music.author.as_deref().map(replace_t);
    row.f2.music_author_raw = music.author.clone();
    row.f2.music_id = music.id_text().map(str::to_owned);
    row.f2.music_duration = music.duration;
    row.f2.music_play_url = douyin_core::models::first_url(&music.play_url).map(str::to_owned);
    row
}

/// The row of a profile (`None` without a uid, which keys users).
pub fn profile_row(user: &UserProfile, raw: &Value) -> Option<UserRow> {
    let uid = user.uid.as_ref()?.as_str().to_owned();
    let mut row = UserRow {
        uid,
        raw_json: Some(raw.to_string()),
        ..UserRow::default()
    };
    let i = &mut row.info;
    i.avatar_url = douyin_core::models::first_url(&user.avatar_larger)
        .or_else(|| douyin_core::models::first_url(&user.avatar_thumb))
        .map(str::to_owned);
    i.aweme_count = user.aweme_count;
    i.city = user.city.clone();
    i.country = user.country.clone();
    i.favoriting_count = user.favoriting_count;
    i.follower_count = user.follower_count;
    i.following_count = user.following_count;
    i.gender = user.gender;
    i.ip_location = user.ip_location.clone();
    i.is_ban = user.is_ban;
    i.is_block = user.is_block;
    i.is_blocked = user.is_blocked;
    i.is_star = user.is_star;
    i.live_status = user.live_status;
    i.mix_count = user.mix_count;
    i.mplatform_followers_count = user.mplatform_followers_count;
    i.nickname = user.nickname.as_deref().map(replace_t);
    i.nickname_raw = user.nickname.clone();
    i.room_id = user.room_id.as_ref().map(|r| r.as_str().to_owned());
    i.school_name = user.school_name.clone();
    i.sec_user_id = user.sec_uid.clone();
    i.short_id = user.short_id.as_ref().map(|s| s.as_str().to_owned());
    i.signature = user.signature.as_deref().map(replace_t);
    i.signature_raw = user.signature.clone();
    i.total_favorited = user.total_favorited;
    i.unique_id = user.unique_id.clone();
    i.user_age = user.user_age;
    Some(row)
}

/// The row of a post's author as embedded in a list (fewer columns than a profile; the store
/// keeps what this sighting does not carry).
pub fn author_row(author: &Author) -> Option<UserRow> {
    let uid = author.uid.as_ref()?.as_str().to_owned();
    let mut row = UserRow {
        uid,
        ..UserRow::default()
    };
    row.info.nickname = author.nickname.as_deref().map(replace_t);
    row.info.nickname_raw = author.nickname.clone();
    row.info.sec_user_id = author.sec_uid.clone();
    row.info.unique_id = author.unique_id.clone();
    row.info.short_id = author.short_id.as_ref().map(|s| s.as_str().to_owned());
    Some(row)
}
