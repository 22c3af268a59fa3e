//! The logged-in account's endpoints: collection (µs cursor), collect folders and their
//! videos, music collection, friend feed, query user (also for a guest ttwid) and post stats.

use serde_json::{json, Value};

use super::paging::{aweme_page, count, offset_page};
use crate::server::api::ApiRequest;
use crate::server::query::Params;
use crate::shapes::aweme::{aweme, feed_aweme, music_obj};
use crate::shapes::people::merge;
use crate::shapes::Ctx;

/// Items per friend-feed page.
const FRIEND_FEED_PAGE: usize = 5;

/// The body for `req` if its path belongs here.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Option<Value> {
    let w = ctx.world;
    let q = &req.q;
    match req.path.as_str() {
        "/aweme/v1/web/aweme/listcollection/" => Some({
            // Cursor is a µs-like collect time (16 digits), newest first.
            let body: Value = serde_json::from_str(&req.body).unwrap_or(Value::Null);
            let cursor = body
                .get("cursor")
                .and_then(Value::as_u64)
                .unwrap_or_else(|| q.n("cursor", 0));
            let n = body
                .get("count")
                .and_then(Value::as_u64)
                .map(|c| c.clamp(1, 100) as usize)
                .unwrap_or_else(|| count(req, 10));
            let base_us: u64 = 1_748_736_000_000_000;
            let timed: Vec<(usize, u64)> = w
                .account
                .collection
                .iter()
                .enumerate()
                .map(|(i, &p)| (p, base_us.saturating_sub(i as u64 * 1_000_000)))
                .collect();
            let eligible: Vec<(usize, u64)> = timed
                .into_iter()
                .filter(|(_, t)| cursor == 0 || *t < cursor)
                .collect();
            let page: Vec<(usize, u64)> = eligible.iter().take(n).copied().collect();
            json!({
                "status_code": 0,
                "aweme_list": page.iter().map(|x| aweme(ctx, x.0)).collect::<Vec<_>>(),
                "cursor": page.last().map(|x| x.1).unwrap_or(cursor),
                "has_more": u8::from(eligible.len() > page.len()),
                "log_pb": ctx.log_pb(),
            })
        }),
        "/aweme/v1/web/collects/list/" => Some({
            let (page, next, more) = offset_page(&w.folders, q.n("cursor", 0), count(req, 10));
            let me = &w.users[w.account.user];
            json!({
                "status_code": 0,
                "cursor": next,
                "has_more": u8::from(more),
                "total_number": w.folders.len(),
                "collects_list": page.iter().map(|f| json!({
                    "app_id": 1128,
                    "collects_cover": {"uri": "", "url_list": f.posts.first().map(|&p| ctx.jpeg(&format!("cover/{}", w.posts[p].aweme_id), 1080, 1920)["url_list"].clone()).unwrap_or_else(|| json!([]))},
                    "collects_id": f.id.parse::<u64>().unwrap_or(0),
                    "collects_id_str": f.id,
                    "collects_name": f.name,
                    "create_time": f.create_time,
                    "follow_status": 0,
                    "followed_count": 0,
                    "is_normal_status": true,
                    "item_type": 2,
                    "last_collect_time": f.create_time + 3_600,
                    "play_count": 0,
                    "states": 1,
                    "status": 1,
                    "system_type": 0,
                    "total_number": f.posts.len(),
                    "user_id": me.uid.parse::<u64>().unwrap_or(0),
                    "user_info": {"nickname": me.nickname, "uid": me.uid},
                })).collect::<Vec<_>>(),
                "log_pb": ctx.log_pb(),
            })
        }),
        "/aweme/v1/web/collects/video/list/" => Some({
            match w.folders.iter().find(|f| f.id == q.s("collects_id")) {
                Some(f) => aweme_page(ctx, &f.posts, "cursor", q.n("cursor", 0), count(req, 10)),
                None => json!({"status_code": 0, "aweme_list": [], "cursor": 0, "has_more": 0}),
            }
        }),
        "/aweme/v1/web/music/listcollection/" => Some({
            let (page, next, more) =
                offset_page(&w.account.music, q.n("cursor", 0), count(req, 20));
            json!({
                "status_code": 0,
                "msg": "",
                "cursor": next,
                "has_more": u8::from(more),
                "mc_list": page.iter().map(|&m| {
                    let mut v = music_obj(ctx, m);
                    merge(&mut v, json!({"collect_stat": 1, "music_status": 1}));
                    v
                }).collect::<Vec<_>>(),
            })
        }),
        "/aweme/v1/web/familiar/feed/" => Some({
            let me = w.account.user;
            let posts: Vec<usize> = w.users[me]
                .following
                .iter()
                .flat_map(|&u| w.users[u].posts.iter().take(2).copied())
                .collect();
            // No capture gives the friend feed's page size (F2 sends no `count`); 5 makes
            // every world span several pages.
            let (page, next, more) = offset_page(&posts, q.n("cursor", 0), FRIEND_FEED_PAGE);
            json!({
                "status_code": 0,
                "status_msg": "",
                "toast": "",
                "has_more": u8::from(more),
                "friend_update_count": posts.len(),
                "cursor": next,
                "level": q.n("level", 1),
                "data": page.iter().map(|&p| json!({"feed_type": 1, "source": 0, "aweme": feed_aweme(ctx, p)})).collect::<Vec<_>>(),
                "log_pb": ctx.log_pb(),
            })
        }),
        "/aweme/v1/web/query/user/" => Some({
            let me = &w.users[w.account.user];
            let (id, uid) = match (&req.ttwid, req.logged_in) {
                (Some(t), false) => {
                    let h = crate::sign::codec::md5(t.as_bytes());
                    let n = u64::from_be_bytes([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]])
                        % 100_000_000_000_000_000;
                    (format!("73{n:017}"), "0".to_string())
                }
                _ => (w.account.user_unique_id.clone(), me.uid.clone()),
            };
            json!({
                "browser_name": "Mozilla",
                "create_time": (ctx.now_ms / 1000).saturating_sub(86_400),
                "firebase_instance_id": "",
                "id": id,
                "last_time": ctx.now_ms / 1000,
                "user_agent": "",
                "user_uid": uid,
                "user_uid_type": 0,
            })
        }),
        "/aweme/v2/web/aweme/stats/" => Some({
            let body = crate::server::query::parse(&req.body);
            if body.s("item_id").is_empty() && q.s("item_id").is_empty() {
                json!({"status_code": 5, "status_msg": "参数不合法"})
            } else {
                json!({"status_code": 0, "status_msg": "", "log_pb": ctx.log_pb(), "extra": ctx.extra()})
            }
        }),
        _ => None,
    }
}
