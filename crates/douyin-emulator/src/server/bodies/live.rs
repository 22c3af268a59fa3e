//! Live endpoints: room enter (by web_rid), reflow (by room_id), followed users' lives and
//! the live status check.

use serde_json::{json, Value};

use crate::server::api::ApiRequest;
use crate::server::query::Params;
use crate::shapes::live::{enter_body, follow_feed_item, reflow_body};
use crate::shapes::Ctx;

/// The body for `req` if its path belongs here.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Option<Value> {
    let w = ctx.world;
    let q = &req.q;
    match req.path.as_str() {
        "/webcast/web/feed/follow/" => Some({
            let me = w.account.user;
            let rooms: Vec<usize> = w.users[me]
                .following
                .iter()
                .filter_map(|&u| w.users[u].room)
                .filter(|&r| ctx.live.get(r).copied().unwrap_or(false))
                .collect();
            json!({"data": {"message": "success", "data": rooms.iter().map(|&r| follow_feed_item(ctx, r)).collect::<Vec<_>>()}, "extra": {"now": ctx.now_ms}, "status_code": 0})
        }),
        "/webcast/room/web/enter/" => Some(match w.room_by_web_rid(q.s("web_rid")) {
            Some(r) => enter_body(ctx, r),
            None => {
                json!({"data": {"data": [], "prompts": "直播间不存在"}, "extra": {"now": ctx.now_ms}, "status_code": 0})
            }
        }),
        "/webcast/room/reflow/info/" => Some(match w.room_by_id(q.s("room_id")) {
            Some(r) => reflow_body(ctx, r),
            None => {
                json!({"data": {"prompts": "直播间不存在"}, "extra": {"now": ctx.now_ms}, "status_code": 10011})
            }
        }),
        "/webcast/distribution/check_user_live_status/" => Some({
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
        }),
        _ => None,
    }
}
