//! F2's fields of users and user-scoped lists: a profile (`UserProfileFilter`, the
//! `user_info_web` row), collect folders, collected music, following and follower lists,
//! comments and replies, the logged-in account, the play report and search suggestions
//! (http.md §10.3).

use super::{boolean, flag, id, int, rt, rt_item, st, text, time, url0, F2Fields, F2Page};
use crate::models::{
    flag_true, CollectsFolder, CollectsListResponse, Comment, CommentListResponse,
    FollowListResponse, FollowUser, Music, MusicCollectionResponse, PostStatsResponse,
    QueryUserResponse, SuggestWord, SuggestWordsResponse, UrlSet, UserProfileResponse,
};
use serde_json::json;

/// A profile answer (`UserProfileFilter`): the history DB's `user_info_web` columns.
pub fn user_fields(r: &UserProfileResponse) -> F2Fields {
    let d = r.user.clone().unwrap_or_default();
    F2Fields::new(vec![
        ("avatar_url", url0(&d.avatar_larger)),
        ("aweme_count", int(d.aweme_count)),
        ("city", st(&d.city)),
        ("country", st(&d.country)),
        ("favoriting_count", int(d.favoriting_count)),
        ("follower_count", int(d.follower_count)),
        ("following_count", int(d.following_count)),
        ("gender", int(d.gender)),
        ("ip_location", st(&d.ip_location)),
        ("is_ban", boolean(d.is_ban)),
        ("is_block", boolean(d.is_block)),
        ("is_blocked", boolean(d.is_blocked)),
        ("is_star", boolean(d.is_star)),
        ("live_status", int(d.live_status)),
        ("mix_count", int(d.mix_count)),
        (
            "mplatform_followers_count",
            int(d.mplatform_followers_count),
        ),
        ("nickname", rt(st(&d.nickname))),
        ("nickname_raw", st(&d.nickname)),
        ("room_id", id(&d.room_id)),
        ("school_name", st(&d.school_name)),
        ("sec_user_id", st(&d.sec_uid)),
        ("short_id", id(&d.short_id)),
        ("signature", rt(st(&d.signature))),
        ("signature_raw", st(&d.signature)),
        ("total_favorited", int(d.total_favorited)),
        ("uid", id(&d.uid)),
        ("unique_id", st(&d.unique_id)),
        ("user_age", int(d.user_age)),
    ])
}

/// One collect folder (`UserCollectsFilter`'s per-folder fields).
pub fn collects_folder_fields(c: &CollectsFolder) -> F2Fields {
    let nickname = st(&c.user_info.as_ref().and_then(|u| u.nickname.clone()));
    F2Fields::new(vec![
        ("app_id", int(c.app_id)),
        ("collects_cover", url0(&c.collects_cover)),
        ("collects_id", id(&c.collects_id)),
        ("collects_name", rt_item(st(&c.collects_name))),
        ("collects_name_raw", st(&c.collects_name)),
        ("create_time", time(c.create_time)),
        ("follow_status", int(c.follow_status)),
        ("followed_count", int(c.followed_count)),
        ("is_normal_status", boolean(c.is_normal_status)),
        ("item_type", int(c.item_type)),
        ("last_collect_time", time(c.last_collect_time)),
        ("play_count", int(c.play_count)),
        ("states", int(c.states)),
        ("status", int(c.status)),
        ("system_type", int(c.system_type)),
        ("total_number", int(c.total_number)),
        ("user_id", id(&c.user_id)),
        ("nickname", rt_item(nickname.clone())),
        ("nickname_raw", nickname),
        ("uid", id(&c.user_info.as_ref().and_then(|u| u.uid.clone()))),
    ])
}

/// A page of collect folders (`UserCollectsFilter`; F2 has no `_to_list` here, the rows copy
/// the page's cursor and `has_more` as the other lists do).
pub fn collects_page(r: &CollectsListResponse) -> F2Page {
    let items = r.collects_list.as_deref().unwrap_or_default();
    F2Page {
        page: F2Fields::new(vec![
            ("max_cursor", int(r.cursor)),
            ("status_code", int(r.status_code)),
            ("collects_total_number", int(r.total_number)),
            ("has_more", json!(flag_true(r.has_more))),
        ]),
        items: items.iter().map(collects_folder_fields).collect(),
        extras: &["max_cursor", "has_more"],
    }
}

/// One collected track (`UserMusicCollectionFilter`'s per-track fields).
pub fn music_fields(m: &Music) -> F2Fields {
    F2Fields::new(vec![
        ("album", st(&m.album)),
        ("audition_duration", int(m.audition_duration)),
        ("duration", int(m.duration)),
        ("author", rt_item(st(&m.author))),
        ("author_raw", st(&m.author)),
        ("collect_status", int(m.collect_stat)),
        ("music_status", int(m.music_status)),
        ("cover_hd", url0(&m.cover_hd)),
        ("music_id", id(&m.id)),
        ("mid", st(&m.mid)),
        ("is_commerce_music", boolean(m.is_commerce_music)),
        ("is_original", boolean(m.is_original)),
        ("is_original_sound", boolean(m.is_original_sound)),
        ("lyric_type", int(m.lyric_type)),
        ("lyric_url", st(&m.lyric_url)),
        ("play_url", url0(&m.play_url)),
        ("title", rt_item(st(&m.title))),
        ("title_raw", st(&m.title)),
        ("strong_beat_url", url0(&m.strong_beat_url)),
        ("owner_nickname", rt_item(st(&m.owner_nickname))),
        ("owner_nickname_raw", st(&m.owner_nickname)),
        ("owner_id", id(&m.owner_id)),
        ("sec_uid", st(&m.sec_uid)),
    ])
}

/// A page of collected music (`UserMusicCollectionFilter`).
pub fn music_page(r: &MusicCollectionResponse) -> F2Page {
    let items = r.mc_list.as_deref().unwrap_or_default();
    F2Page {
        page: F2Fields::new(vec![
            ("max_cursor", int(r.cursor)),
            ("has_more", flag(r.has_more)),
            ("status_code", int(r.status_code)),
            ("msg", st(&r.msg)),
        ]),
        items: items.iter().map(music_fields).collect(),
        extras: &["has_more", "max_cursor", "status_code", "msg"],
    }
}

/// Which follow list an answer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowList {
    /// `$.followings` (`UserFollowingFilter`).
    Following,
    /// `$.followers` (`UserFollowerFilter`).
    Followers,
}

/// One account of a follow list (the fields both F2 follow filters read per account).
pub fn follow_user_fields(u: &FollowUser) -> F2Fields {
    let control = u.aweme_control.clone().unwrap_or_default();
    let secondary = u
        .following_list_secondary_information_struct
        .clone()
        .unwrap_or_default();
    F2Fields::new(vec![
        ("avatar_larger", url0(&u.avatar_larger)),
        ("can_comment", boolean(control.can_comment)),
        ("can_forward", boolean(control.can_forward)),
        ("can_share", boolean(control.can_share)),
        ("can_show_comment", boolean(control.can_show_comment)),
        ("aweme_count", int(u.aweme_count)),
        (
            "back_cover",
            text(
                u.cover_url
                    .as_ref()
                    .and_then(|c| c.first())
                    .and_then(UrlSet::first),
            ),
        ),
        ("register_time", int(u.create_time)),
        (
            "secondary_priority",
            int(secondary.secondary_information_priority),
        ),
        (
            "secondary_text",
            rt_item(st(&secondary.secondary_information_text)),
        ),
        (
            "secondary_text_raw",
            st(&secondary.secondary_information_text),
        ),
        ("is_block", boolean(u.is_block)),
        ("is_blocked", boolean(u.is_blocked)),
        ("is_gov_media_vip", boolean(u.is_gov_media_vip)),
        ("is_mix_user", boolean(u.is_mix_user)),
        ("is_phone_binded", boolean(u.is_phone_binded)),
        ("is_star", boolean(u.is_star)),
        ("is_top", int(u.is_top)),
        ("is_verified", boolean(u.is_verified)),
        ("language", st(&u.language)),
        ("nickname", rt_item(st(&u.nickname))),
        ("nickname_raw", st(&u.nickname)),
        ("relation_label", st(&u.relation_label)),
        ("room_id", id(&u.room_id)),
        ("sec_uid", st(&u.sec_uid)),
        ("secret", int(u.secret)),
        ("short_id", id(&u.short_id)),
        ("signature", rt_item(st(&u.signature))),
        ("signature_raw", st(&u.signature)),
        ("uid", id(&u.uid)),
        ("unique_id", st(&u.unique_id)),
    ])
}

/// A page of a follow list (`UserFollowingFilter` / `UserFollowerFilter`).
pub fn follow_page(r: &FollowListResponse, list: FollowList) -> F2Page {
    let items = match list {
        FollowList::Following => r.followings.as_deref(),
        FollowList::Followers => r.followers.as_deref(),
    }
    .unwrap_or_default();
    F2Page {
        page: F2Fields::new(vec![
            ("status_code", int(r.status_code)),
            ("status_msg", st(&r.status_msg)),
            ("has_more", flag(r.has_more)),
            ("total", int(r.total)),
            ("mix_count", int(r.mix_count)),
            ("offset", int(r.offset)),
            ("myself_user_id", id(&r.myself_user_id)),
            ("max_time", int(r.max_time)),
            ("min_time", int(r.min_time)),
        ]),
        items: items.iter().map(follow_user_fields).collect(),
        extras: &[
            "has_more",
            "total",
            "mix_count",
            "offset",
            "myself_user_id",
            "max_time",
            "min_time",
        ],
    }
}

/// One comment or reply (`PostCommentFilter`'s per-comment fields).
pub fn comment_fields(c: &Comment) -> F2Fields {
    let user = c.user.clone().unwrap_or_default();
    let reply = c.reply_comment.as_ref().and_then(|l| l.first()).cloned();
    let reply_text = st(&reply.as_ref().and_then(|x| x.text.clone()));
    F2Fields::new(vec![
        ("can_share", boolean(c.can_share)),
        ("create_time", time(c.create_time)),
        ("comment_id", id(&c.cid)),
        ("comment_text", rt_item(st(&c.text))),
        ("comment_text_raw", st(&c.text)),
        ("item_comment_total", int(c.item_comment_total)),
        ("is_hot", boolean(c.is_hot)),
        ("digg_count", int(c.digg_count)),
        ("user_id", id(&user.uid)),
        ("user_unique_id", st(&user.unique_id)),
        ("sec_uid", st(&user.sec_uid)),
        ("nickname", rt_item(st(&user.nickname))),
        ("nickname_raw", st(&user.nickname)),
        ("reply_comment_id", id(&reply.and_then(|x| x.cid))),
        ("reply_comment_text", rt_item(reply_text.clone())),
        ("reply_comment_text_raw", reply_text),
        ("reply_comment_total", int(c.reply_comment_total)),
        ("reply_id", id(&c.reply_id)),
        ("reply_to_reply_id", id(&c.reply_to_reply_id)),
    ])
}

/// A page of comments or replies (`PostCommentFilter`, `PostCommentReplyFilter`).
pub fn comment_page(r: &CommentListResponse) -> F2Page {
    F2Page {
        page: F2Fields::new(vec![
            ("api_status_code", int(r.status_code)),
            ("has_more", flag(r.has_more)),
            ("total", int(r.total)),
            ("cursor", int(r.cursor)),
        ]),
        items: r.items().iter().map(comment_fields).collect(),
        extras: &["has_more", "total", "cursor"],
    }
}

/// The logged-in account answer (`QueryUserFilter`).
pub fn query_user_fields(r: &QueryUserResponse) -> F2Fields {
    F2Fields::new(vec![
        ("status_code", int(r.status_code)),
        ("status_msg", st(&r.status_msg)),
        ("browser_name", st(&r.browser_name)),
        ("create_time", time(r.create_time)),
        ("firebase_instance_id", st(&r.firebase_instance_id)),
        ("user_unique_id", id(&r.id)),
        ("last_time", time(r.last_time)),
        ("user_agent", st(&r.user_agent)),
        ("user_uid", id(&r.user_uid)),
        ("user_uid_type", int(r.user_uid_type)),
    ])
}

/// The play report answer (`PostStatsFilter`).
pub fn post_stats_fields(r: &PostStatsResponse) -> F2Fields {
    F2Fields::new(vec![
        ("status_code", int(r.status_code)),
        ("status_msg", st(&r.status_msg)),
    ])
}

/// One suggestion (`SuggestWordFilter`'s per-word fields).
pub fn suggest_word_fields(w: &SuggestWord) -> F2Fields {
    F2Fields::new(vec![
        ("suggest_word_id", id(&w.id)),
        ("suggest_word", st(&w.word)),
    ])
}

/// A suggestions answer (`SuggestWordFilter`).
pub fn suggest_words_page(r: &SuggestWordsResponse) -> F2Page {
    F2Page {
        page: F2Fields::new(vec![("status_msg", st(&r.msg))]),
        items: r.words().iter().map(suggest_word_fields).collect(),
        extras: &[],
    }
}
