//! `GET /webcast/im/fetch/`: the danmaku bootstrap. JSON (`resp_content_type=json`, F2's
//! default) or a protobuf `Response` (`protobuf`), both carrying `cursor` and `internal_ext`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use prost::Message;
use serde_json::json;

use super::messages::{end_message, response, tick_messages};
use crate::server::api::{json_response, ApiRequest};
use crate::server::query::Params;
use crate::server::Shared;
use crate::sign::webcast;

/// Answers an im/fetch request whose X-Bogus/A-Bogus was already verified. A `signature`
/// parameter, when present, must also verify for the URL's room and viewer.
pub fn fetch(sh: &Shared, req: &ApiRequest) -> Response {
    let q = &req.q;
    let (room_id, did) = (q.s("room_id"), q.s("user_unique_id"));
    if let Some(sig) = q.get("signature") {
        if let Err(e) = webcast::verify(sig, room_id, did) {
            sh.count(|c| {
                c.signature_rejections += 1;
                *c.signature_rejections_by_kind
                    .entry(e.kind().to_string())
                    .or_default() += 1;
            });
            return StatusCode::OK.into_response();
        }
    }
    let world = sh.world();
    let Some(r) = world.room_by_id(room_id) else {
        return json_response(
            &json!({"status_code": 10011, "data": [], "extra": {"now": sh.now_ms()}}),
        );
    };
    let room = &world.rooms[r];
    let now = sh.now_ms();
    let live = sh.room_live(r);
    let mut msgs = tick_messages(&world, room, now, 0);
    if !live {
        msgs = vec![end_message(room, now, 0)];
    }
    let resp = response(room, did, now, 1, msgs, false);
    if q.s("resp_content_type") == "protobuf" {
        return (
            [(header::CONTENT_TYPE, "application/protobuffer")],
            resp.encode_to_vec(),
        )
            .into_response();
    }
    let data: Vec<serde_json::Value> = resp
        .messages
        .iter()
        .map(|m| json!({"common": {"method": m.method, "msg_id": m.msg_id.to_string(), "room_id": room.room_id.to_string(), "create_time": now.to_string(), "is_show_msg": true}, "method": m.method}))
        .collect();
    json_response(&json!({
        "data": data,
        // Numbers, as `extra.now` is in every captured webcast JSON body (reflow, enter).
        "extra": {"cursor": resp.cursor, "fetch_interval": 1000, "now": now, "push_server": format!("{}/webcast/im/push/v2/", sh.base.replacen("http", "ws", 1)), "fetch_type": 0, "history_no_more": false},
        "internal_ext": resp.internal_ext,
        "status_code": 0,
    }))
}
