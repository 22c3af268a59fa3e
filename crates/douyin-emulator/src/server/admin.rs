//! `/__admin/`: the world's ids, counters, fault switches and ending the live.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::faults::FaultPatch;
use super::{lock, Shared};

/// `GET /__admin/world`.
pub async fn world(State(sh): State<Arc<Shared>>) -> Response {
    let mut v = sh.world.ids_json();
    if let Some(o) = v.as_object_mut() {
        o.insert("base_url".into(), sh.base.clone().into());
        o.insert("live_now".into(), serde_json::json!(sh.live_now()));
    }
    super::api::json_response(&v)
}

/// `GET /__admin/counters`.
pub async fn counters(State(sh): State<Arc<Shared>>) -> Response {
    let v = serde_json::to_value(&*lock(&sh.counters)).unwrap_or_default();
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

/// `POST /__admin/live/end`: ends every live room now.
pub async fn end_live(State(sh): State<Arc<Shared>>) -> Response {
    let n = sh.world.rooms.len();
    *lock(&sh.ended) = vec![true; n];
    StatusCode::NO_CONTENT.into_response()
}
