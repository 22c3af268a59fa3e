//! Endpoint bodies and Douyin's pagination: `max_cursor` in ms (posts, likes), `cursor`
//! offsets (mix, comments, folders, music), µs cursors (collection), `offset`/`min_time`/
//! `max_time` (following/follower); `has_more` as 0/1 (a bool on follow lists); page size
//! from `count`.

mod account;
mod live;
mod paging;
mod posts;
mod social;

use serde_json::{json, Value};

use super::api::ApiRequest;
use crate::shapes::Ctx;

/// The body for an API request whose signature and login were already checked.
pub fn answer(ctx: &Ctx, req: &ApiRequest) -> Value {
    posts::answer(ctx, req)
        .or_else(|| account::answer(ctx, req))
        .or_else(|| social::answer(ctx, req))
        .or_else(|| live::answer(ctx, req))
        .unwrap_or_else(|| json!({"status_code": 0}))
}
