//! F2 filters over users and lists: profile, collects folders, music collection,
//! following/follower, comments, query user, post stats and suggest words.

use super::f2::*;
use douyin_core::models::*;
use serde_json::json;

pub fn user_profile(r: &UserProfileResponse) -> Built {
    let d = r.user.clone().unwrap_or_default();
    Built::record(vec![
        ("avatar_url", url0(&d.avatar_larger)),
        ("aweme_count", i(d.aweme_count)),
        ("city", st(&d.city)),
        ("country", st(&d.country)),
        ("favoriting_count", i(d.favoriting_count)),
        ("follower_count", i(d.follower_count)),
        ("following_count", i(d.following_count)),
        ("gender", i(d.gender)),
        ("ip_location", st(&d.ip_location)),
        ("is_ban", b(d.is_ban)),
        ("is_block", b(d.is_block)),
        ("is_blocked", b(d.is_blocked)),
        ("is_star", b(d.is_star)),
        ("live_status", i(d.live_status)),
        ("mix_count", i(d.mix_count)),
        ("mplatform_followers_count", i(d.mplatform_followers_count)),
        ("nickname", replace_t(st(&d.nickname))),
        ("nickname_raw", st(&d.nickname)),
        ("room_id", id(&d.room_id)),
        ("school_name", st(&d.school_name)),
        ("sec_user_id", st(&d.sec_uid)),
        ("short_id", id(&d.short_id)),
        ("signature", replace_t(st(&d.signature))),
        ("signature_raw", st(&d.signature)),
        ("total_favorited", i(d.total_favorited)),
        ("uid", id(&d.uid)),
        ("unique_id", st(&d.unique_id)),
        ("user_age", i(d.user_age)),
    ])
}

pub fn user_collects(r: &CollectsListResponse) -> Built {
    let items = r.collects_list.as_deref().unwrap_or_default();
    let nick = |c: &douyin_core::models::CollectsFolder| {
        s(c.user_info.as_ref().and_then(|u| u.nickname.as_deref()))
    };
    Built::record(vec![
        ("max_cursor", i(r.cursor)),
        ("status_code", i(r.status_code)),
        ("collects_total_number", i(r.total_number)),
        (
            "has_more",
            json!(douyin_core::models::flag_true(r.has_more)),
        ),
        ("app_id", per(items, |c| i(c.app_id))),
        ("collects_cover", per(items, |c| url0(&c.collects_cover))),
        ("collects_id", per(items, |c| id(&c.collects_id))),
        ("collects_name", rt_per(items, |c| st(&c.collects_name))),
        ("collects_name_raw", per(items, |c| st(&c.collects_name))),
        ("create_time", ts_per(items, |c| c.create_time)),
        ("follow_status", per(items, |c| i(c.follow_status))),
        ("followed_count", per(items, |c| i(c.followed_count))),
        ("is_normal_status", per(items, |c| b(c.is_normal_status))),
        ("item_type", per(items, |c| i(c.item_type))),
        ("last_collect_time", ts_per(items, |c| c.last_collect_time)),
        ("play_count", per(items, |c| i(c.play_count))),
        ("states", per(items, |c| i(c.states))),
        ("status", per(items, |c| i(c.status))),
        ("system_type", per(items, |c| i(c.system_type))),
        ("total_number", per(items, |c| i(c.total_number))),
        ("user_id", per(items, |c| id(&c.user_id))),
        ("nickname", rt_per(items, nick)),
        ("nickname_raw", per(items, nick)),
        (
            "uid",
            per(items, |c| {
                id(&c.user_info.as_ref().and_then(|u| u.uid.clone()))
            }),
        ),
    ])
}

pub fn music_collection(r: &MusicCollectionResponse) -> Built {
    let items = r.mc_list.as_deref().unwrap_or_default();
    Built::list(
        vec![
            ("max_cursor", i(r.cursor)),
            ("has_more", flag(r.has_more)),
            ("status_code", i(r.status_code)),
            ("msg", st(&r.msg)),
            ("album", per(items, |m| st(&m.album))),
            ("audition_duration", per(items, |m| i(m.audition_duration))),
            ("duration", per(items, |m| i(m.duration))),
            ("author", rt_per(items, |m| st(&m.author))),
            ("author_raw", per(items, |m| st(&m.author))),
            ("collect_status", per(items, |m| i(m.collect_stat))),
            ("music_status", per(items, |m| i(m.music_status))),
            ("cover_hd", per(items, |m| url0(&m.cover_hd))),
            ("music_id", per(items, |m| id(&m.id))),
            ("mid", per(items, |m| st(&m.mid))),
            ("is_commerce_music", per(items, |m| b(m.is_commerce_music))),
            ("is_original", per(items, |m| b(m.is_original))),
            ("is_original_sound", per(items, |m| b(m.is_original_sound))),
            ("lyric_type", per(items, |m| i(m.lyric_type))),
            // F2 crashes when `mc_list` is absent (documented); we give an empty list.
            ("lyric_url", per(items, |m| st(&m.lyric_url))),
            ("play_url", per(items, |m| url0(&m.play_url))),
            ("title", rt_per(items, |m| st(&m.title))),
            ("title_raw", per(items, |m| st(&m.title))),
            ("strong_beat_url", per(items, |m| url0(&m.strong_beat_url))),
            ("owner_nickname", rt_per(items, |m| st(&m.owner_nickname))),
            ("owner_nickname_raw", per(items, |m| st(&m.owner_nickname))),
            ("owner_id", per(items, |m| id(&m.owner_id))),
            ("sec_uid", per(items, |m| st(&m.sec_uid))),
        ],
        ListRule {
            entries: items.len(),
            excluded: &["has_more", "max_cursor", "status_code", "msg"],
            extras: &["has_more", "max_cursor", "status_code", "msg"],
        },
    )
}

pub fn follow_list(r: &FollowListResponse, followers: bool) -> Built {
    let followings = r.followings.as_deref().unwrap_or_default();
    let items: &[FollowUser] = if followers {
        r.followers.as_deref().unwrap_or_default()
    } else {
        followings
    };
    let secondary = |u: &FollowUser| {
        u.following_list_secondary_information_struct
            .clone()
            .unwrap_or_default()
    };
    let control = |u: &FollowUser| u.aweme_control.clone().unwrap_or_default();
    const PAGE: &[&str] = &[
        "has_more",
        "total",
        "mix_count",
        "offset",
        "myself_user_id",
        "max_time",
        "min_time",
    ];
    Built::list(
        vec![
            ("status_code", i(r.status_code)),
            ("status_msg", st(&r.status_msg)),
            ("has_more", flag(r.has_more)),
            ("total", i(r.total)),
            ("mix_count", i(r.mix_count)),
            ("offset", i(r.offset)),
            ("myself_user_id", id(&r.myself_user_id)),
            ("max_time", i(r.max_time)),
            ("min_time", i(r.min_time)),
            ("avatar_larger", per(items, |u| url0(&u.avatar_larger))),
            ("can_comment", per(items, |u| b(control(u).can_comment))),
            ("can_forward", per(items, |u| b(control(u).can_forward))),
            // F2's follower filter reads `$.followersfollowers[*]…` (typo, http.md §10.3): always [].
            (
                "can_share",
                if followers {
                    json!([])
                } else {
                    per(items, |u| b(control(u).can_share))
                },
            ),
            (
                "can_show_comment",
                per(items, |u| b(control(u).can_show_comment)),
            ),
            ("aweme_count", per(items, |u| i(u.aweme_count))),
            (
                "back_cover",
                per(items, |u| {
                    s(u.cover_url
                        .as_ref()
                        .and_then(|c| c.first())
                        .and_then(UrlSet::first))
                }),
            ),
            ("register_time", per(items, |u| i(u.create_time))),
            // Inherited from the following filter: they read `$.followings[*]` even on followers.
            (
                "secondary_priority",
                per(followings, |u| {
                    i(secondary(u).secondary_information_priority)
                }),
            ),
            (
                "secondary_text",
                rt_per(followings, |u| st(&secondary(u).secondary_information_text)),
            ),
            (
                "secondary_text_raw",
                per(followings, |u| st(&secondary(u).secondary_information_text)),
            ),
            ("is_block", per(items, |u| b(u.is_block))),
            ("is_blocked", per(items, |u| b(u.is_blocked))),
            ("is_gov_media_vip", per(items, |u| b(u.is_gov_media_vip))),
            ("is_mix_user", per(items, |u| b(u.is_mix_user))),
            ("is_phone_binded", per(items, |u| b(u.is_phone_binded))),
            ("is_star", per(items, |u| b(u.is_star))),
            ("is_top", per(items, |u| i(u.is_top))),
            ("is_verified", per(items, |u| b(u.is_verified))),
            ("language", per(items, |u| st(&u.language))),
            ("nickname", rt_per(items, |u| st(&u.nickname))),
            ("nickname_raw", per(items, |u| st(&u.nickname))),
            ("relation_label", per(items, |u| st(&u.relation_label))),
            ("room_id", per(items, |u| id(&u.room_id))),
            ("sec_uid", per(items, |u| st(&u.sec_uid))),
            ("secret", per(items, |u| i(u.secret))),
            ("short_id", per(items, |u| id(&u.short_id))),
            ("signature", rt_per(items, |u| st(&u.signature))),
            ("signature_raw", per(items, |u| st(&u.signature))),
            ("uid", per(items, |u| id(&u.uid))),
            ("unique_id", per(items, |u| st(&u.unique_id))),
        ],
        ListRule {
            entries: items.len(),
            excluded: &[
                "status_code",
                "status_msg",
                "has_more",
                "total",
                "mix_count",
                "offset",
                "myself_user_id",
                "max_time",
                "min_time",
            ],
            extras: PAGE,
        },
    )
}

pub fn comments(r: &CommentListResponse) -> Built {
    let items = r.items();
    let user = |c: &douyin_core::models::Comment| c.user.clone().unwrap_or_default();
    let reply = |c: &douyin_core::models::Comment| {
        c.reply_comment.as_ref().and_then(|l| l.first()).cloned()
    };
    Built::list(
        vec![
            ("api_status_code", i(r.status_code)),
            ("has_more", flag(r.has_more)),
            ("total", i(r.total)),
            ("cursor", i(r.cursor)),
            ("can_share", per(items, |c| b(c.can_share))),
            ("create_time", ts_per(items, |c| c.create_time)),
            ("comment_id", per(items, |c| id(&c.cid))),
            ("comment_text", rt_per(items, |c| st(&c.text))),
            ("comment_text_raw", per(items, |c| st(&c.text))),
            (
                "item_comment_total",
                per(items, |c| i(c.item_comment_total)),
            ),
            ("is_hot", per(items, |c| b(c.is_hot))),
            ("digg_count", per(items, |c| i(c.digg_count))),
            ("user_id", per(items, |c| id(&user(c).uid))),
            ("user_unique_id", per(items, |c| st(&user(c).unique_id))),
            ("sec_uid", per(items, |c| st(&user(c).sec_uid))),
            ("nickname", rt_per(items, |c| st(&user(c).nickname))),
            ("nickname_raw", per(items, |c| st(&user(c).nickname))),
            (
                "reply_comment_id",
                per(items, |c| id(&reply(c).and_then(|x| x.cid))),
            ),
            (
                "reply_comment_text",
                rt_per(items, |c| st(&reply(c).and_then(|x| x.text))),
            ),
            (
                "reply_comment_text_raw",
                per(items, |c| st(&reply(c).and_then(|x| x.text))),
            ),
            (
                "reply_comment_total",
                per(items, |c| i(c.reply_comment_total)),
            ),
            ("reply_id", per(items, |c| id(&c.reply_id))),
            (
                "reply_to_reply_id",
                per(items, |c| id(&c.reply_to_reply_id)),
            ),
        ],
        ListRule {
            entries: items.len(),
            excluded: &["api_status_code", "has_more", "total", "cursor"],
            extras: &["has_more", "total", "cursor"],
        },
    )
}

pub fn query_user(r: &QueryUserResponse) -> Built {
    Built::record(vec![
        ("status_code", i(r.status_code)),
        ("status_msg", st(&r.status_msg)),
        ("browser_name", st(&r.browser_name)),
        ("create_time", ts(r.create_time)),
        ("firebase_instance_id", st(&r.firebase_instance_id)),
        ("user_unique_id", id(&r.id)),
        ("last_time", ts(r.last_time)),
        ("user_agent", st(&r.user_agent)),
        ("user_uid", id(&r.user_uid)),
        ("user_uid_type", i(r.user_uid_type)),
    ])
}

pub fn post_stats(r: &PostStatsResponse) -> Built {
    Built::record(vec![
        ("status_code", i(r.status_code)),
        ("status_msg", st(&r.status_msg)),
    ])
}

pub fn suggest_words(r: &SuggestWordsResponse) -> Built {
    let words = r.words();
    Built::list(
        vec![
            ("status_msg", st(&r.msg)),
            ("suggest_word_id", per(words, |w| id(&w.id))),
            ("suggest_word", per(words, |w| st(&w.word))),
        ],
        ListRule {
            entries: words.len(),
            excluded: &["status_msg"],
            extras: &[],
        },
    )
}
