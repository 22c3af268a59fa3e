//! Endpoint bodies and Douyin's pagination: `max_cursor` in ms (posts, likes), `cursor`
//! offsets (mix, comments, folders, music), µs cursors (collection), `offset`/`min_time`/
//! `max_time` (following/follower); `has_more` as 0/1; page size from `count`.

use serde_json::{json, Value};

use super::api::ApiRequest;
use super::query::Params;
use crate::shapes::aweme::{aweme, music_obj};
use crate::shapes::live::{enter_body, follow_feed_item, reflow_body};
use crate::shapes::people::{comment, follow_item, merge, profile};
use crate::shapes::Ctx;

fn count(req: &ApiRequest, default: u64) -> usize {
    req.q.n("count", default).clamp(1, 100) as usize
}

/// A page of `max_cursor`-style results over `(post, time_ms)` pairs sorted newest first.
fn time_page(ctx: &Ctx, items: &[(usize, u64, bool)], max_cursor: u64, n: usize) -> Value {
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
        "locate_item_cursor": 0,
    })
}

/// An offset page: (slice, next cursor, has_more).
fn offset_page<T: Clone>(all: &[T], cursor: u64, n: usize) -> (Vec<T>, u64, bool) {
    let start = (cursor as usize).min(all.len());
    let end = (start + n).min(all.len());
    (all[start..end].to_vec(), end as u64, end < all.len())
}

fn aweme_page(ctx: &Ctx, posts: &[usize], cursor_key: &str, cursor: u64, n: usize) -> Value {
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

fn filter_detail(id: &str, reason: &str) -> Value {
    json!({
        "aweme_detail": null,
        "filter_detail": {
            "aweme_id": id,
            "detail_msg": "因作品权限或已被删除，无法观看，去看看其他作品吧",
            "filter_reason": reason,
            "icon": "https://lf3-static.bytednsdoc.com/obj/eden-cn/ljhwZthlaukjlkulzlp/icon/unavailable.png",
            "notice": "因作品权限或已被删除，无法观看，去看看其他作品吧",
        },
        "log_pb": {"impr_id": "20250601000000"},
        "status_code": 0,
    })
}

fn user_param(ctx: &Ctx, req: &ApiRequest) -> Option<usize> {
    let w = ctx.world;
    w.user_by_sec(req.q.s("sec_user_id"))
        .or_else(|| w.user_by_uid(req.q.s("user_id")))
}

fn empty_list(ctx: &Ctx, list_key: &str) -> Value {
    let mut v = json!({"status_code": 0, "has_more": 0, "max_cursor": 0, "min_cursor": 0, "log_pb": ctx.log_pb()});
    merge(&mut v, json!({ list_key: [] }));
    v
}

fn follow_list(ctx: &Ctx, req: &ApiRequest, key: &str, people: &[usize]) -> Value {
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
    let (page, next, more) = offset_page(&filtered, req.q.n("offset", 0), count(req, 20));
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

fn user_posts_timed(ctx: &Ctx, u: usize) -> Vec<(usize, u64, bool)> {
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

/// The body for an API request whose signature and login were already checked.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Value {
    let w = ctx.world;
    let q = &req.q;
    match req.path.as_str() {
        "/aweme/v1/web/user/profile/other/" => match user_param(ctx, req) {
            Some(u) => {
                json!({"extra": ctx.extra(), "log_pb": ctx.log_pb(), "status_code": 0, "status_msg": null, "user": profile(ctx, u)})
            }
            None => {
                json!({"extra": ctx.extra(), "log_pb": ctx.log_pb(), "status_code": 0, "status_msg": null, "user": null})
            }
        },
        "/aweme/v1/web/aweme/post/" | "/aweme/v1/web/locate/post/" => match user_param(ctx, req) {
            Some(u) => time_page(
                ctx,
                &user_posts_timed(ctx, u),
                q.n("max_cursor", 0),
                count(req, 18),
            ),
            None => empty_list(ctx, "aweme_list"),
        },
        "/aweme/v1/web/aweme/favorite/" => match user_param(ctx, req) {
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
        },
        "/aweme/v1/web/aweme/listcollection/" => {
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
        }
        "/aweme/v1/web/collects/list/" => {
            let (page, next, more) = offset_page(&w.folders, q.n("cursor", 0), count(req, 10));
            let me = &w.users[w.account.user];
            json!({
                "status_code": 0,
                "cursor": next,
                "has_more": u8::from(more),
                "total_number": w.folders.len(),
                "collects_list": page.iter().map(|f| json!({
                    "app_id": 1128,
                    "collects_cover": {"uri": "", "url_list": f.posts.first().map(|&p| vec![ctx.media(&format!("/media/image/{}/cover/{}.webp", ctx.signer.image_bytes, w.posts[p].aweme_id))]).unwrap_or_default()},
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
        }
        "/aweme/v1/web/collects/video/list/" => {
            match w.folders.iter().find(|f| f.id == q.s("collects_id")) {
                Some(f) => aweme_page(ctx, &f.posts, "cursor", q.n("cursor", 0), count(req, 10)),
                None => json!({"status_code": 0, "aweme_list": [], "cursor": 0, "has_more": 0}),
            }
        }
        "/aweme/v1/web/music/listcollection/" => {
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
        }
        "/aweme/v1/web/mix/aweme/" => match w.mixes.iter().find(|m| m.mix_id == q.s("mix_id")) {
            Some(m) => aweme_page(ctx, &m.posts, "cursor", q.n("cursor", 0), count(req, 20)),
            None => json!({"status_code": 0, "aweme_list": null, "cursor": 0, "has_more": 0}),
        },
        "/aweme/v1/web/aweme/detail/" => {
            let id = q.s("aweme_id");
            if id == w.deleted_aweme_id {
                return filter_detail(id, "status_deleted");
            }
            if id == w.private_aweme_id {
                return filter_detail(id, "status_self_see");
            }
            match w.post(id) {
                Some(p) => {
                    json!({"aweme_detail": aweme(ctx, p), "log_pb": ctx.log_pb(), "status_code": 0})
                }
                None => filter_detail(id, "status_deleted"),
            }
        }
        "/aweme/v1/web/comment/list/" => match w.post(q.s("aweme_id")) {
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
                    "extra": ctx.extra(),
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
        },
        "/aweme/v1/web/comment/list/reply/" => {
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
        }
        "/aweme/v1/web/aweme/related/" => {
            let exclude: Vec<&str> = q.s("filterGids").split(',').collect();
            let me = q.s("aweme_id");
            let rest: Vec<usize> = (0..w.posts.len())
                .filter(|&p| {
                    w.posts[p].aweme_id != me && !exclude.contains(&w.posts[p].aweme_id.as_str())
                })
                .collect();
            let n = count(req, 20);
            let page: Vec<usize> = rest.iter().take(n).copied().collect();
            json!({"status_code": 0, "aweme_list": page.iter().map(|&p| aweme(ctx, p)).collect::<Vec<_>>(), "has_more": u8::from(rest.len() > page.len()), "log_pb": ctx.log_pb(), "extra": ctx.extra()})
        }
        "/aweme/v1/web/familiar/feed/" => {
            let me = w.account.user;
            let posts: Vec<usize> = w.users[me]
                .following
                .iter()
                .flat_map(|&u| w.users[u].posts.iter().take(2).copied())
                .collect();
            let (page, next, more) = offset_page(&posts, q.n("cursor", 0), 10);
            json!({
                "status_code": 0,
                "status_msg": "",
                "toast": "",
                "has_more": u8::from(more),
                "friend_update_count": posts.len(),
                "cursor": next,
                "level": q.n("level", 1),
                "data": page.iter().map(|&p| json!({"feed_type": 1, "source": 0, "aweme": aweme(ctx, p)})).collect::<Vec<_>>(),
                "log_pb": ctx.log_pb(),
            })
        }
        "/aweme/v1/web/user/following/list/" => match user_param(ctx, req) {
            Some(u) => follow_list(ctx, req, "followings", &w.users[u].following),
            None => {
                json!({"status_code": 2096, "status_msg": "", "has_more": false, "followings": [], "total": 0})
            }
        },
        "/aweme/v1/web/user/follower/list/" => match user_param(ctx, req) {
            Some(u) => follow_list(ctx, req, "followers", &w.users[u].followers),
            None => {
                json!({"status_code": 2096, "status_msg": "", "has_more": false, "followers": [], "total": 0})
            }
        },
        "/aweme/v1/web/query/user/" => {
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
        }
        "/aweme/v2/web/aweme/stats/" => {
            let body = super::query::parse(&req.body);
            if body.s("item_id").is_empty() && q.s("item_id").is_empty() {
                json!({"status_code": 5, "status_msg": "参数不合法"})
            } else {
                json!({"status_code": 0, "status_msg": "", "log_pb": ctx.log_pb(), "extra": ctx.extra()})
            }
        }
        "/aweme/v1/web/home/search/item/" => {
            let keyword = q.s("keyword");
            let from = w.user_by_sec(q.s("from_user"));
            let hits: Vec<usize> = (0..w.posts.len())
                .filter(|&p| {
                    from.is_none_or(|u| w.posts[p].author == u)
                        && (keyword.is_empty() || w.posts[p].desc.contains(keyword))
                })
                .collect();
            let (page, next, more) = offset_page(&hits, q.n("offset", 0), count(req, 10));
            json!({
                "status_code": 0,
                "status_msg": "",
                "aweme_list": page.iter().map(|&p| json!({"item": aweme(ctx, p)})).collect::<Vec<_>>(),
                "has_more": u8::from(more),
                "cursor": next,
                "global_doodle_config": {"home_text": "", "keyword": keyword},
                "log_pb": {"impr_id": format!("2025{:016}", ctx.now_ms)},
            })
        }
        "/aweme/v1/web/api/suggest_words/" => {
            let query = q.s("query");
            json!({"msg": "", "data": [{"words": (0..count(req, 8).min(10)).map(|i| json!({"id": format!("{}", 6_000_000 + i), "word": format!("{query}{}", ["教程", "合集", "直播", "同款", "日常", "音乐", "vlog", "攻略", "推荐", "最新"][i % 10])})).collect::<Vec<_>>()}]})
        }
        "/webcast/web/feed/follow/" => {
            let me = w.account.user;
            let rooms: Vec<usize> = w.users[me]
                .following
                .iter()
                .filter_map(|&u| w.users[u].room)
                .filter(|&r| ctx.live.get(r).copied().unwrap_or(false))
                .collect();
            json!({"data": {"message": "success", "data": rooms.iter().map(|&r| follow_feed_item(ctx, r)).collect::<Vec<_>>()}, "extra": {"now": ctx.now_ms}, "status_code": 0})
        }
        "/aweme/v1/web/tab/feed/" => {
            let n = count(req, 10);
            let start = (q.n("refresh_index", 1) as usize * n) % w.posts.len().max(1);
            let page: Vec<usize> = (0..n.min(w.posts.len()))
                .map(|i| (start + i) % w.posts.len())
                .collect();
            json!({"status_code": 0, "status_msg": "", "aweme_list": page.iter().map(|&p| aweme(ctx, p)).collect::<Vec<_>>(), "has_more": 1, "max_cursor": 0, "min_cursor": 0, "home_model": 1, "refresh_clear": 1, "extra": {"now": ctx.now_ms, "logid": null, "fatal_item_ids": null}, "log_pb": ctx.log_pb()})
        }
        "/aweme/v1/web/follow/feed/" => {
            let me = w.account.user;
            let posts: Vec<usize> = w.users[me]
                .following
                .iter()
                .flat_map(|&u| w.users[u].posts.iter().copied())
                .collect();
            let mut v = aweme_page(ctx, &posts, "cursor", q.n("cursor", 0), count(req, 20));
            merge(&mut v, json!({"level": q.n("level", 1)}));
            v
        }
        "/webcast/room/web/enter/" => match w.room_by_web_rid(q.s("web_rid")) {
            Some(r) => enter_body(ctx, r),
            None => {
                json!({"data": {"data": [], "prompts": "直播间不存在"}, "extra": {"now": ctx.now_ms}, "status_code": 0})
            }
        },
        "/webcast/room/reflow/info/" => match w.room_by_id(q.s("room_id")) {
            Some(r) => reflow_body(ctx, r),
            None => {
                json!({"data": {"prompts": "直播间不存在"}, "extra": {"now": ctx.now_ms}, "status_code": 10011})
            }
        },
        "/webcast/distribution/check_user_live_status/" => {
            let ids: Vec<&str> = q
                .s("user_ids")
                .split(',')
                .filter(|s| !s.is_empty())
                .collect();
            let lives: Vec<Value> = ids.iter().filter_map(|id| w.user_by_uid(id)).map(|u| {
                let room = w.users[u].room;
                let live = room.is_some_and(|r| ctx.live.get(r).copied().unwrap_or(false));
                let rid = room.map(|r| w.rooms[r].room_id).unwrap_or(0);
                json!({"live_status": u8::from(live), "room_id": rid, "room_id_str": rid.to_string(), "user_id": w.users[u].uid.parse::<u64>().unwrap_or(0), "user_id_str": w.users[u].uid})
            }).collect();
            json!({"data": [{"scene_id": q.n("distribution_scenes", 254), "user_live": lives}], "extra": {"now": ctx.now_ms}, "status_code": 0})
        }
        _ => json!({"status_code": 0}),
    }
}
