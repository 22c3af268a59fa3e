//! Dispatch of the signed JSON endpoints: signature check (empty 200 on failure), login
//! check (`status_code` 2483 "请先登录"), then the endpoint's body.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use super::query::{parse, Params};
use super::{bodies, Shared};
use crate::sign::{abogus, split_trailing, xbogus, SignatureError};

/// Endpoints that need the logged-in session cookie.
const LOGIN_ONLY: &[&str] = &[
    "/aweme/v1/web/aweme/listcollection/",
    "/aweme/v1/web/collects/list/",
    "/aweme/v1/web/collects/video/list/",
    "/aweme/v1/web/music/listcollection/",
    "/aweme/v1/web/familiar/feed/",
    "/aweme/v1/web/query/user/",
    "/webcast/web/feed/follow/",
];

/// Endpoints answered to POST (all others to GET).
const POST_PATHS: &[&str] = &[
    "/aweme/v1/web/aweme/listcollection/",
    "/aweme/v1/web/familiar/feed/",
    "/aweme/v2/web/aweme/stats/",
];

/// One parsed API request.
pub struct ApiRequest {
    /// Path.
    pub path: String,
    /// Decoded query parameters.
    pub q: HashMap<String, String>,
    /// Request body as text.
    pub body: String,
    /// Whether the session cookie is present.
    pub logged_in: bool,
    /// The guest `ttwid` cookie value, if any.
    pub ttwid: Option<String>,
}

/// Checks the X-Bogus / A-Bogus of a request against the exact query text and body.
pub fn check_signature(
    sh: &Shared,
    query: &str,
    headers: &HeaderMap,
    body: &str,
) -> Result<(), SignatureError> {
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let now = sh.now_ms();
    let max_age = sh.cfg.signature_max_age_s;
    let trailing = split_trailing(query, "a_bogus").or_else(|| split_trailing(query, "X-Bogus"));
    if let Some((signed, _)) = trailing {
        // A second signature parameter before the trailing one is never what a browser sends;
        // the 16-bit query digest alone would let one in 65536 such requests through.
        if signed
            .split('&')
            .any(|kv| kv.starts_with("a_bogus=") || kv.starts_with("X-Bogus="))
        {
            return Err(SignatureError::Malformed(
                "more than one signature parameter",
            ));
        }
    }
    if let Some((signed, v)) = split_trailing(query, "a_bogus") {
        // F2 signs POST bodies other than the stats form with an empty body; accept either.
        return abogus::verify(v, signed, body, ua, now, max_age * 1000)
            .or_else(|e| {
                if body.is_empty() {
                    Err(e)
                } else {
                    abogus::verify(v, signed, "", ua, now, max_age * 1000)
                }
            })
            .map(|_| ());
    }
    if let Some((signed, v)) = split_trailing(query, "X-Bogus") {
        return xbogus::verify(v, signed, ua, now / 1000, max_age).map(|_| ());
    }
    Err(SignatureError::Missing)
}

/// The value of cookie `name` in the request, if present.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_string())
}

/// Whether the Cookie header carries the account's session.
pub fn has_session(sh: &Shared, headers: &HeaderMap) -> bool {
    cookie_value(headers, "sessionid").is_some_and(|v| v == sh.world().account.sessionid)
}

/// The JSON answer with Douyin's content type.
pub fn json_response(v: &Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        v.to_string(),
    )
        .into_response()
}

/// Douyin's "log in first": `status_code` 2483 with "请先登录" (peers-and-users.md, login
/// required; the only code the shared material documents), in each host's envelope.
fn not_logged_in(path: &str) -> Value {
    if path.starts_with("/webcast/") {
        json!({"data": {"message": "请先登录", "prompts": "请先登录"}, "extra": {}, "status_code": 2483})
    } else {
        json!({"status_code": 2483, "status_msg": "请先登录", "log_pb": {"impr_id": ""}})
    }
}

/// Handles every path in [`super::API_PATHS`].
pub async fn dispatch(
    State(sh): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let wants_post = POST_PATHS.contains(&path.as_str());
    if (method == Method::POST) != wants_post {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let body = String::from_utf8_lossy(&body).into_owned();
    let query = uri.query().unwrap_or("");
    if let Err(e) = check_signature(&sh, query, &headers, &body) {
        sh.count(|c| {
            c.signature_rejections += 1;
            *c.signature_rejections_by_kind
                .entry(e.kind().to_string())
                .or_default() += 1;
        });
        return StatusCode::OK.into_response();
    }
    let logged_in = has_session(&sh, &headers);
    let ttwid = cookie_value(&headers, "ttwid");
    // query/user also answers a guest ttwid (the danmaku flow asks it for a web device id).
    let guest_ok = path == "/aweme/v1/web/query/user/" && ttwid.is_some();
    if LOGIN_ONLY.contains(&path.as_str()) && !logged_in && !guest_ok {
        sh.count(|c| c.login_refusals += 1);
        return json_response(&not_logged_in(&path));
    }
    let req = ApiRequest {
        q: parse(query),
        path,
        body,
        logged_in,
        ttwid,
    };
    if req.path == "/webcast/im/fetch/" {
        return crate::live::im::fetch(&sh, &req);
    }
    let live = sh.live_now();
    let world = sh.world();
    let ctx = sh.ctx(&world, &live);
    let v = bodies::answer(&ctx, &req);
    json_response(&v)
}

/// Convenience for handlers: string param.
pub fn p<'a>(req: &'a ApiRequest, k: &str) -> &'a str {
    req.q.s(k)
}
