//! Paging helpers shared by the endpoint bodies: `max_cursor` pages over times in ms,
//! offset pages, and the lookups every list endpoint needs.

use serde_json::{json, Value};

use crate::server::api::ApiRequest;
use crate::server::query::Params;
use crate::shapes::aweme::aweme;
use crate::shapes::people::{follow_item, merge};
use crate::shapes::Ctx;

/// The `count` parameter, clamped to 1..=100.
pub(super) fn count(req: &ApiRequest, default: u64) -> usize {
    req.q.n("count", default).clamp(1, 100) as usize
}

/// A page of `max_cursor`-style results over `(post, time_ms)` pairs sorted newest first.
pub(super) fn time_page(
    ctx: &Ctx,
    items: &[(usize, u64, bool)],
    max_cursor: u64,
    n: usize,
) -> Value {
    let eligible: Vec<&(usize, u64, bool)> = if max_cursor == 0 {
        items.iter().collect()
    } else {
        items
            .iter()
            .filter(|(_, t, pinned)| !pinned && *t < max_cursor)
            .collect()
    };
    let page: Vec<&&(usize, u64, bool)> = eligible.iter().take(n).collect();
    let has_more = eligible.len() > page.len();
    let unpinned_min = page.iter().filter(|x| !x.2).map(|x| x.1).min();
    let next = match unpinned_min {
        Some(t) => t,
        None => match page.first() {
            // Only the pinned post on this page: continue from just above the newest other post.
            Some(_) => items
                .iter()
                .filter(|x| !x.2)
                .map(|x| x.1 + 1)
                .max()
                .unwrap_or(0),
            None => max_cursor,
        },
    };
    let min_cursor = page.iter().map(|x| x.1).max().unwrap_or(0);
    json!({
        "status_code": 0,
        "min_cursor": min_cursor,
        "max_cursor": next,
        "has_more": u8::from(has_more),
        "aweme_list": page.iter().map(|x| aweme(ctx, x.0)).collect::<Vec<_>>(),
        "time_list": null,
        "log_pb": ctx.log_pb(),
        "request_item_cursor": max_cursor,
        "post_serial": 2,
        "replace_series_cover": 1,
    })
}

/// An offset page: (slice, next cursor, has_more).
pub(super) fn offset_page<T: Clone>(all: &[T], cursor: u64, n: usize) -> (Vec<T>, u64, bool) {
    let start = (cursor as usize).min(all.len());
    let end = (start + n).min(all.len());
    (all[start..end].to_vec(), end as u64, end < all.len())
}

/// An offset page of awemes with the next offset under `cursor_key`.
pub(super) fn aweme_page(
    ctx: &Ctx,
    posts: &[usize],
    cursor_key: &str,
    cursor: u64,
    n: usize,
) -> Value {
    let (page, next, more) = offset_page(posts, cursor, n);
    let mut v = json!({
        "status_code": 0,
        "aweme_list": page.iter().map(|&p| aweme(ctx, p)).collect::<Vec<_>>(),
        "has_more": u8::from(more),
        "log_pb": ctx.log_pb(),
        "extra": ctx.extra(),
    });
    merge(&mut v, json!({ cursor_key: next }));
    v
}

/// The detail body of a deleted or private post: `aweme_detail: null` plus `filter_detail`.
pub(super) fn filter_detail(id: &str, reason: &str) -> Value {
    json!({
        "aweme_detail": null,
        "filter_detail": {
            "aweme_id": id,
            "detail_msg": "因作品权限或已被删除，无法观看，去看看其他作品吧",
            "filter_reason": reason,
            "icon": "https://p3.douyinpic.com/aweme-server-static-resource/reflow_notice_icon1.png~tplv-obj.image",
            "notice": "抱歉，作品不见了",
        },
        "log_pb": {"impr_id": "20250601000000"},
        "status_code": 0,
    })
}

/// The user named by `sec_user_id` (or `user_id`).
pub(super) fn user_param(ctx: &Ctx, req: &ApiRequest) -> Option<usize> {
    let w = ctx.world;
    w.user_by_sec(req.q.s("sec_user_id"))
        .or_else(|| w.user_by_uid(req.q.s("user_id")))
}

/// An empty list page (unknown user).
pub(super) fn empty_list(ctx: &Ctx, list_key: &str) -> Value {
    let mut v = json!({"status_code": 0, "has_more": 0, "max_cursor": 0, "min_cursor": 0, "log_pb": ctx.log_pb()});
    merge(&mut v, json!({ list_key: [] }));
    v
}

/// A following/follower page: newest relation first, by offset and min/max time.
pub(super) fn follow_list(ctx: &Ctx, req: &ApiRequest, key: &str, people: &[usize]) -> Value {
    // Follow times: newest relation first, one hour apart.
    let base_t = ctx.now_ms / 1000;
    let timed: Vec<(usize, u64)> = people
        .iter()
        .enumerate()
        .map(|(i, &u)| (u, base_t.saturating_sub(3_600 * (i as u64 + 1))))
        .collect();
    let max_time = req.q.n("max_time", 0);
    let min_time = req.q.n("min_time", 0);
    let filtered: Vec<(usize, u64)> = timed
        .into_iter()
        .filter(|(_, t)| (max_time == 0 || *t < max_time) && (min_time == 0 || *t > min_time))
        .collect();
    // With a time cursor the window itself is the position, so the offset is not applied on top
    // of it. No capture shows what Douyin does when a client sends both (F2 moves both on
    // follower pages); honouring the time cursor serves both a max_time-only client and F2's,
    // where honouring both would silently skip followers for the latter.
    let offset = if max_time == 0 && min_time == 0 {
        req.q.n("offset", 0)
    } else {
        0
    };
    let (page, next, more) = offset_page(&filtered, offset, count(req, 20));
    let mut v = json!({
        "status_code": 0,
        "status_msg": "",
        "has_more": more,
        "total": people.len(),
        "mix_count": 0,
        "offset": next,
        "myself_user_id": ctx.world.users[ctx.world.account.user].uid,
        "max_time": page.first().map(|x| x.1).unwrap_or(0),
        "min_time": page.last().map(|x| x.1).unwrap_or(0),
        "log_pb": ctx.log_pb(),
    });
    merge(
        &mut v,
        json!({ key: page.iter().map(|(u, _)| follow_item(ctx, *u)).collect::<Vec<_>>() }),
    );
    v
}

/// A user's posts as `(post, create_time ms, pinned)`, in list order.
pub(super) fn user_posts_timed(ctx: &Ctx, u: usize) -> Vec<(usize, u64, bool)> {
    ctx.world.users[u]
        .posts
        .iter()
        .map(|&p| {
            (
                p,
                ctx.world.posts[p].create_time * 1000,
                ctx.world.posts[p].is_top,
            )
        })
        .collect()
}
