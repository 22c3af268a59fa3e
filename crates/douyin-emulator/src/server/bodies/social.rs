//! People and conversation: profiles, comments and replies, following/follower lists
//! (offset / min_time / max_time) and search suggestions.

use serde_json::{json, Value};

use super::paging::{count, follow_list, offset_page, user_param};
use crate::server::api::ApiRequest;
use crate::server::query::Params;
use crate::shapes::people::{comment, profile};
use crate::shapes::Ctx;

/// The body for `req` if its path belongs here.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Option<Value> {
    let w = ctx.world;
    let q = &req.q;
    match req.path.as_str() {
        "/aweme/v1/web/user/profile/other/" => Some(match user_param(ctx, req) {
            Some(u) => {
                json!({"extra": ctx.extra(), "log_pb": ctx.log_pb(), "status_code": 0, "status_msg": null, "user": profile(ctx, u)})
            }
            None => {
                json!({"extra": ctx.extra(), "log_pb": ctx.log_pb(), "status_code": 0, "status_msg": null, "user": null})
            }
        }),
        "/aweme/v1/web/comment/list/" => Some(match w.post(q.s("aweme_id")) {
            Some(p) => {
                let post = &w.posts[p];
                let (page, next, more) =
                    offset_page(&post.comments, q.n("cursor", 0), count(req, 20));
                json!({
                    "status_code": 0,
                    "comments": page.iter().map(|c| comment(ctx, c, &post.aweme_id, 1, None)).collect::<Vec<_>>(),
                    "cursor": next,
                    "has_more": u8::from(more),
                    "total": post.comments.len(),
                    "reply_style": 2,
                    "extra": {"now": ctx.now_ms, "fatal_item_ids": null, "scenes": null},
                    "log_pb": ctx.log_pb(),
                    "hotsoon_filtered_count": 0,
                    "user_commented": 0,
                    "fast_response_comment": {"constant_response_words": [], "timed_response_words": []},
                    "comment_config": {},
                    "general_comment_config": {},
                    "show_management_entry_point": 0,
                    "folded_comment_count": 0,
                })
            }
            None => {
                json!({"status_code": 0, "comments": null, "cursor": 0, "has_more": 0, "total": 0})
            }
        }),
        "/aweme/v1/web/comment/list/reply/" => Some({
            let found = w.post(q.s("item_id")).and_then(|p| {
                w.posts[p]
                    .comments
                    .iter()
                    .find(|c| c.cid == q.s("comment_id"))
                    .map(|c| (p, c))
            });
            match found {
                Some((p, c)) => {
                    let (page, next, more) =
                        offset_page(&c.replies, q.n("cursor", 0), count(req, 3));
                    json!({
                        "status_code": 0,
                        "comments": page.iter().map(|r| comment(ctx, r, &w.posts[p].aweme_id, 2, Some(&c.cid))).collect::<Vec<_>>(),
                        "cursor": next,
                        "has_more": u8::from(more),
                        "total": c.replies.len(),
                        "merge_cursor": next,
                        "extra": ctx.extra(),
                        "log_pb": ctx.log_pb(),
                    })
                }
                None => {
                    json!({"status_code": 0, "comments": null, "cursor": 0, "has_more": 0, "total": 0})
                }
            }
        }),
        "/aweme/v1/web/user/following/list/" => Some(match user_param(ctx, req) {
            Some(u) => follow_list(ctx, req, "followings", &w.users[u].following),
            None => {
                json!({"status_code": 2096, "status_msg": "", "has_more": false, "followings": [], "total": 0})
            }
        }),
        "/aweme/v1/web/user/follower/list/" => Some(match user_param(ctx, req) {
            Some(u) => follow_list(ctx, req, "followers", &w.users[u].followers),
            None => {
                json!({"status_code": 2096, "status_msg": "", "has_more": false, "followers": [], "total": 0})
            }
        }),
        "/aweme/v1/web/api/suggest_words/" => Some({
            let query = q.s("query");
            json!({"msg": "", "data": [{"words": (0..count(req, 8).min(10)).map(|i| json!({"id": format!("{}", 6_000_000 + i), "word": format!("{query}{}", ["教程", "合集", "直播", "同款", "日常", "音乐", "vlog", "攻略", "推荐", "最新"][i % 10])})).collect::<Vec<_>>()}]})
        }),
        _ => None,
    }
}
