//! Users (author objects, profiles, following/follower items) and comments.

use serde_json::{json, Value};

use super::Ctx;
use crate::world::Comment;

/// The compact author object embedded in awemes and comments.
pub fn author(ctx: &Ctx, u: usize) -> Value {
    let user = &ctx.world.users[u];
    json!({
        "uid": user.uid,
        "sec_uid": user.sec_uid,
        "short_id": user.short_id,
        "unique_id": user.unique_id,
        "nickname": user.nickname,
        "signature": user.signature,
        "avatar_thumb": ctx.jpeg(&format!("100x100/aweme-avatar/{}", user.uid), 100, 100),
        "follower_count": user.follower_count,
        "following_count": user.following.len(),
        "total_favorited": user.follower_count * 3,
        "aweme_control": {"can_comment": true, "can_forward": true, "can_share": true, "can_show_comment": true},
        "cover_url": [ctx.jpeg(&format!("cover/{}", user.uid), 1080, 720)],
        "custom_verify": "",
        "is_star": false,
        "room_id": room_id(ctx, u),
        "live_status": live_status(ctx, u),
    })
}

fn room_id(ctx: &Ctx, u: usize) -> u64 {
    ctx.world.users[u]
        .room
        .map(|r| ctx.world.rooms[r].room_id)
        .unwrap_or(0)
}

fn live_status(ctx: &Ctx, u: usize) -> u8 {
    u8::from(
        ctx.world.users[u]
            .room
            .is_some_and(|r| ctx.live.get(r).copied().unwrap_or(false)),
    )
}

/// The `user` object of `user/profile/other`.
pub fn profile(ctx: &Ctx, u: usize) -> Value {
    let user = &ctx.world.users[u];
    let mut v = author(ctx, u);
    let extra = json!({
        "avatar_larger": ctx.jpeg(&format!("1080x1080/aweme-avatar/{}", user.uid), 1080, 1080),
        "avatar_medium": ctx.jpeg(&format!("720x720/aweme-avatar/{}", user.uid), 720, 720),
        "aweme_count": user.posts.len(),
        "favoriting_count": user.likes.len(),
        "mplatform_followers_count": user.follower_count,
        "max_follower_count": user.follower_count,
        "gender": 2,
        "city": "杭州",
        "province": "浙江",
        "country": "中国",
        "ip_location": "IP属地：浙江",
        "user_age": 24,
        "school_name": "",
        "mix_count": ctx.world.mixes.iter().filter(|m| m.owner == u).count(),
        "series_count": 0,
        "is_ban": false,
        "is_block": false,
        "is_blocked": false,
        "secret": 0,
        "share_info": {"share_url": format!("{}/user/{}", ctx.base, user.sec_uid), "share_title": "", "share_desc": ""},
        "card_entries": [],
    });
    merge(&mut v, extra);
    v
}

/// One entry of `followings[]` / `followers[]`.
pub fn follow_item(ctx: &Ctx, u: usize) -> Value {
    let user = &ctx.world.users[u];
    let mut v = author(ctx, u);
    merge(
        &mut v,
        json!({
            "avatar_larger": ctx.jpeg(&format!("1080x1080/aweme-avatar/{}", user.uid), 1080, 1080),
            "aweme_count": user.posts.len(),
            "create_time": 1_500_000_000 + (u as u64) * 1000,
            "is_verified": true,
            "is_top": 0,
            "is_block": false,
            "is_blocked": false,
            "is_gov_media_vip": false,
            "is_mix_user": false,
            "is_phone_binded": false,
            "language": "zh-Hans",
            "relation_label": null,
            "secret": 0,
            "following_list_secondary_information_struct": {"secondary_information_priority": 0, "secondary_information_text": "最近更新"},
        }),
    );
    v
}

/// The commenter: the author object without the counts and live fields, which comment lists
/// do not carry (comment-list capture).
fn comment_user(ctx: &Ctx, u: usize) -> Value {
    let mut v = author(ctx, u);
    if let Some(o) = v.as_object_mut() {
        for k in [
            "follower_count",
            "following_count",
            "total_favorited",
            "signature",
            "room_id",
            "live_status",
        ] {
            o.remove(k);
        }
        o.insert("region".into(), json!("CN"));
    }
    v
}

/// A comment object (`level` 1 for top-level, 2 for replies).
pub fn comment(ctx: &Ctx, c: &Comment, aweme_id: &str, level: u8, root: Option<&str>) -> Value {
    let mut v = json!({
        "cid": c.cid,
        "text": c.text,
        "aweme_id": aweme_id,
        "create_time": c.create_time,
        "digg_count": c.text.len() * 7,
        "status": 1,
        "user": comment_user(ctx, c.user),
        "reply_id": root.unwrap_or("0"),
        "reply_to_reply_id": "0",
        "reply_comment": null,
        "reply_comment_total": c.replies.len(),
        "item_comment_total": 0,
        "level": level,
        "ip_label": "浙江",
        "is_hot": false,
        "is_author_digged": false,
        "user_digged": 0,
        "user_buried": false,
        "label_text": "",
        "label_type": -1,
        "label_list": null,
        "text_extra": [],
        "image_list": null,
        "video_list": null,
        "sort_tags": "{\"top_list\":1}",
        "stick_position": 0,
        "can_share": true,
        "content_type": 1,
        "is_folded": false,
        "enter_from": "",
    });
    if let Some(r) = root {
        merge(&mut v, json!({"root_comment_id": r}));
    }
    v
}

/// Shallow merge of `extra`'s keys into `base`.
pub fn merge(base: &mut Value, extra: Value) {
    if let (Some(b), Value::Object(e)) = (base.as_object_mut(), extra) {
        for (k, v) in e {
            b.insert(k, v);
        }
    }
}
