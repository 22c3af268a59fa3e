//! `/__admin/`: the world's ids, counters, fault switches, live starts/ends/drops per room,
//! renames, deletions and session expiry.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::faults::FaultPatch;
use super::{lock, Shared};

/// `GET /__admin/world`: the world now (after renames, deletions and expiry), with each
/// room's current live state.
pub async fn world(State(sh): State<Arc<Shared>>) -> Response {
    let mut v = sh.world().ids_json();
    let live = sh.live_now();
    if let Some(o) = v.as_object_mut() {
        o.insert("base_url".into(), sh.base.clone().into());
        o.insert("live_now".into(), json!(live));
        if let Some(lives) = o.get_mut("lives").and_then(Value::as_array_mut) {
            for (i, l) in lives.iter_mut().enumerate() {
                l["live"] = json!(live.get(i).copied().unwrap_or(false));
            }
        }
    }
    super::api::json_response(&v)
}

/// `GET /__admin/counters`.
pub async fn counters(State(sh): State<Arc<Shared>>) -> Response {
    let v = serde_json::to_value(&*lock(&sh.counters)).unwrap_or_default();
    super::api::json_response(&v)
}

/// `GET /__admin/requests`: the recent API requests (`path?query`), oldest first.
pub async fn requests(State(sh): State<Arc<Shared>>) -> Response {
    let v = json!(lock(&sh.counters).api_log);
    super::api::json_response(&v)
}

/// `GET /__admin/faults`.
pub async fn get_faults(State(sh): State<Arc<Shared>>) -> Response {
    let v = serde_json::to_value(&*lock(&sh.faults)).unwrap_or_default();
    super::api::json_response(&v)
}

/// `POST /__admin/faults` with a partial JSON object (`{"reset": true}` restores the run's).
pub async fn set_faults(State(sh): State<Arc<Shared>>, Json(patch): Json<FaultPatch>) -> Response {
    let v = {
        let mut f = lock(&sh.faults);
        f.apply(&patch, &sh.default_faults);
        serde_json::to_value(&*f).unwrap_or_default()
    };
    super::api::json_response(&v)
}

fn error(status: StatusCode, msg: String) -> Response {
    (status, Json(json!({"error": msg}))).into_response()
}

/// The `room` of an optional JSON body (`{"room": i}`); `Ok(None)` for no body; `Err` says
/// what is wrong with it.
fn room_index(body: &Bytes) -> Result<Option<usize>, String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let v: Value = serde_json::from_slice(body).map_err(|e| format!("body is not JSON: {e}"))?;
    match v.get("room") {
        None => Ok(None),
        Some(r) => r
            .as_u64()
            .map(|r| Some(r as usize))
            .ok_or_else(|| "room must be a room index".to_string()),
    }
}

fn room_result(done: bool, room: Option<usize>) -> Response {
    if done {
        StatusCode::NO_CONTENT.into_response()
    } else {
        error(StatusCode::NOT_FOUND, format!("no room {room:?}"))
    }
}

/// `POST /__admin/live/end` (`{"room": i}`, or no body for every room).
pub async fn end_live(State(sh): State<Arc<Shared>>, body: Bytes) -> Response {
    match room_index(&body) {
        Ok(room) => room_result(sh.end_room(room), room),
        Err(msg) => error(StatusCode::BAD_REQUEST, msg),
    }
}

/// `POST /__admin/live/start {"room": i}`: room i goes live now.
pub async fn start_live(State(sh): State<Arc<Shared>>, body: Bytes) -> Response {
    match room_index(&body) {
        Ok(Some(r)) => room_result(sh.start_room(r), Some(r)),
        Ok(None) => error(StatusCode::BAD_REQUEST, "give {\"room\": i}".into()),
        Err(msg) => error(StatusCode::BAD_REQUEST, msg),
    }
}

/// `POST /__admin/live/drop {"room": i}`: room i's stream drops once, the room stays live.
pub async fn drop_live(State(sh): State<Arc<Shared>>, body: Bytes) -> Response {
    match room_index(&body) {
        Ok(Some(r)) => room_result(sh.drop_room(r), Some(r)),
        Ok(None) => error(StatusCode::BAD_REQUEST, "give {\"room\": i}".into()),
        Err(msg) => error(StatusCode::BAD_REQUEST, msg),
    }
}

/// `POST /__admin/users/<index>/rename {"nickname": "…"}`.
pub async fn rename_user(
    State(sh): State<Arc<Shared>>,
    Path(index): Path<usize>,
    body: Bytes,
) -> Response {
    let nickname = serde_json::from_slice::<Value>(&body).ok().and_then(|v| {
        v.get("nickname")
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let Some(nickname) = nickname else {
        return error(StatusCode::BAD_REQUEST, "give {\"nickname\": \"…\"}".into());
    };
    match sh.rename_user(index, &nickname) {
        Ok(()) => super::api::json_response(&json!({"user": index, "nickname": nickname})),
        Err(e) => error(StatusCode::NOT_FOUND, e.to_string()),
    }
}

/// `POST /__admin/posts/<aweme_id>/delete`.
pub async fn delete_post(State(sh): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    match sh.delete_post(&id) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error(StatusCode::NOT_FOUND, e.to_string()),
    }
}

/// `POST /__admin/session/expire`: the logged-in session stops working; the answer carries
/// the cookie of the next session (what the QR login sets from now on).
pub async fn expire_session(State(sh): State<Arc<Shared>>) -> Response {
    let (generation, cookie) = sh.expire_session();
    super::api::json_response(&json!({"session": generation, "cookie": cookie}))
}
