//! Post lists and single posts: user posts (max_cursor in ms, pinned post first), likes,
//! mixes, detail (with `filter_detail` for deleted/private posts), related, search and feeds.

use serde_json::{json, Value};

use super::paging::{
    aweme_page, count, empty_list, filter_detail, offset_page, time_page, user_param,
    user_posts_timed,
};
use crate::server::api::ApiRequest;
use crate::server::query::Params;
use crate::shapes::aweme::{aweme, feed_aweme};
use crate::shapes::people::merge;
use crate::shapes::Ctx;

/// The body for `req` if its path belongs here.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Option<Value> {
    let w = ctx.world;
    let q = &req.q;
    match req.path.as_str() {
        "/aweme/v1/web/aweme/post/" | "/aweme/v1/web/locate/post/" => {
            let mut v = match user_param(ctx, req) {
                Some(u) => time_page(
                    ctx,
                    &user_posts_timed(ctx, u),
                    q.n("max_cursor", 0),
                    count(req, 18),
                ),
                None => empty_list(ctx, "aweme_list"),
            };
            // Only locate/post carries `locate_item_cursor` (F2 reads it there); the
            // aweme/post captures have no such key.
            if req.path == "/aweme/v1/web/locate/post/" {
                merge(&mut v, json!({"locate_item_cursor": 0}));
            }
            Some(v)
        }
        "/aweme/v1/web/aweme/favorite/" => Some(match user_param(ctx, req) {
            Some(u) => {
                let base_ms = ctx
                    .world
                    .posts
                    .iter()
                    .map(|p| p.create_time)
                    .max()
                    .unwrap_or(0)
                    * 1000
                    + 86_400_000;
                let timed: Vec<(usize, u64, bool)> = w.users[u]
                    .likes
                    .iter()
                    .enumerate()
                    .map(|(i, &p)| (p, base_ms.saturating_sub(i as u64 * 60_000), false))
                    .collect();
                time_page(ctx, &timed, q.n("max_cursor", 0), count(req, 18))
            }
            None => empty_list(ctx, "aweme_list"),
        }),
        "/aweme/v1/web/mix/aweme/" => {
            Some(match w.mixes.iter().find(|m| m.mix_id == q.s("mix_id")) {
                Some(m) => aweme_page(ctx, &m.posts, "cursor", q.n("cursor", 0), count(req, 20)),
                None => json!({"status_code": 0, "aweme_list": null, "cursor": 0, "has_more": 0}),
            })
        }
        "/aweme/v1/web/aweme/detail/" => Some({
            let id = q.s("aweme_id");
            if id == w.deleted_aweme_id {
                return Some(filter_detail(id, "status_deleted"));
            }
            if id == w.private_aweme_id {
                return Some(filter_detail(id, "status_self_see"));
            }
            match w.post(id) {
                Some(p) => {
                    json!({"aweme_detail": aweme(ctx, p), "log_pb": ctx.log_pb(), "status_code": 0})
                }
                None => filter_detail(id, "status_deleted"),
            }
        }),
        "/aweme/v1/web/aweme/related/" => Some({
            let exclude: Vec<&str> = q.s("filterGids").split(',').collect();
            let me = q.s("aweme_id");
            let rest: Vec<usize> = w
                .live_posts()
                .filter(|&p| {
                    w.posts[p].aweme_id != me && !exclude.contains(&w.posts[p].aweme_id.as_str())
                })
                .collect();
            let n = count(req, 20);
            let page: Vec<usize> = rest.iter().take(n).copied().collect();
            json!({"status_code": 0, "aweme_list": page.iter().map(|&p| aweme(ctx, p)).collect::<Vec<_>>(), "has_more": u8::from(rest.len() > page.len()), "log_pb": ctx.log_pb(), "extra": ctx.extra()})
        }),
        "/aweme/v1/web/home/search/item/" => Some({
            let keyword = q.s("keyword");
            let from = w.user_by_sec(q.s("from_user"));
            let hits: Vec<usize> = w
                .live_posts()
                .filter(|&p| {
                    from.is_none_or(|u| w.posts[p].author == u)
                        && (keyword.is_empty() || w.posts[p].desc.contains(keyword))
                })
                .collect();
            let (page, next, more) = offset_page(&hits, q.n("offset", 0), count(req, 10));
            json!({
                "status_code": 0,
                "status_msg": "",
                "aweme_list": page.iter().map(|&p| json!({"item": feed_aweme(ctx, p)})).collect::<Vec<_>>(),
                "has_more": u8::from(more),
                "cursor": next,
                "global_doodle_config": {"home_text": "", "keyword": keyword},
                "log_pb": {"impr_id": format!("2025{:016}", ctx.now_ms)},
            })
        }),
        "/aweme/v1/web/tab/feed/" => Some({
            let n = count(req, 10);
            let all: Vec<usize> = w.live_posts().collect();
            let start = (q.n("refresh_index", 1) as usize * n) % all.len().max(1);
            let page: Vec<usize> = (0..n.min(all.len()))
                .map(|i| all[(start + i) % all.len()])
                .collect();
            json!({"status_code": 0, "status_msg": "", "aweme_list": page.iter().map(|&p| aweme(ctx, p)).collect::<Vec<_>>(), "has_more": 1, "max_cursor": 0, "min_cursor": 0, "home_model": 1, "refresh_clear": 1, "extra": {"now": ctx.now_ms, "logid": null, "fatal_item_ids": null}, "log_pb": ctx.log_pb()})
        }),
        "/aweme/v1/web/follow/feed/" => Some({
            let me = w.account.user;
            let posts: Vec<usize> = w.users[me]
                .following
                .iter()
                .flat_map(|&u| w.users[u].posts.iter().copied())
                .collect();
            let mut v = aweme_page(ctx, &posts, "cursor", q.n("cursor", 0), count(req, 20));
            merge(&mut v, json!({"level": q.n("level", 1)}));
            v
        }),
        _ => None,
    }
}
