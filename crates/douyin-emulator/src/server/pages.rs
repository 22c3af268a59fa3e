//! Token endpoints (msToken, ttwid, webid), short links (302 to the canonical share URL) and
//! the HTML pages share URLs land on.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::Shared;
use crate::sign::codec::{hex, md5};

fn token_chars(seed: &str, n: usize) -> String {
    const CS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
    let mut out = String::new();
    let mut block = md5(seed.as_bytes());
    while out.len() < n {
        for b in block {
            if out.len() < n {
                out.push(char::from(CS[(b & 63) as usize]));
            }
        }
        block = md5(&block);
    }
    out
}

/// `POST /web/r/token`: the real-msToken endpoint; the token (184 chars) is in `Set-Cookie`.
pub async fn ms_token(State(sh): State<Arc<Shared>>) -> Response {
    let token = format!(
        "{}==",
        token_chars(&format!("ms{}{}", sh.world_seed(), sh.now_ms()), 182)
    );
    (
        [
            (
                header::SET_COOKIE,
                format!("msToken={token}; Path=/; Max-Age=86400"),
            ),
            (header::CONTENT_TYPE, "application/json".to_string()),
        ],
        json!({"ret": 0}).to_string(),
    )
        .into_response()
}

/// `POST /ttwid/union/register/`: a guest ttwid in `Set-Cookie`.
pub async fn ttwid(State(sh): State<Arc<Shared>>) -> Response {
    let v = format!(
        "1%7C{}%7C{}%7C{}",
        token_chars(&format!("tt{}{}", sh.world_seed(), sh.now_ms()), 43),
        sh.now_ms() / 1000,
        hex(&md5(b"ttwid"))
    );
    (
        [
            (
                header::SET_COOKIE,
                format!("ttwid={v}; Path=/; Max-Age=31536000"),
            ),
            (header::CONTENT_TYPE, "application/json".to_string()),
        ],
        json!({"status_code": 0, "message": "success"}).to_string(),
    )
        .into_response()
}

/// `POST /webid`: `{"web_id": "…"}`.
pub async fn webid(State(sh): State<Arc<Shared>>) -> Response {
    let id: String = format!(
        "74{:017}",
        u64::from_be_bytes(
            md5(format!("webid{}", sh.now_ms()).as_bytes())[..8]
                .try_into()
                .unwrap_or([0; 8])
        ) % 100_000_000_000_000_000
    );
    super::api::json_response(&json!({"e": 0, "web_id": id}))
}

fn html(title: &str) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title} - 抖音</title></head><body></body></html>")).into_response()
}

/// Short links (`/<code>/` → 302) and the pages share URLs resolve to; 404 otherwise.
pub async fn fallback(State(sh): State<Arc<Shared>>, uri: Uri) -> Response {
    let path = uri.path();
    let world = sh.world();
    let code = path.trim_matches('/');
    if path.ends_with('/') && !code.contains('/') {
        if let Some((_, target)) = world.short_links.iter().find(|(c, _)| c == code) {
            return (
                StatusCode::FOUND,
                [(header::LOCATION, format!("{}{target}", sh.base))],
            )
                .into_response();
        }
    }
    if path == "/" {
        return html("首页");
    }
    let page_prefixes = [
        "/share/",
        "/user/",
        "/video/",
        "/note/",
        "/collection/",
        "/douyin/webcast/reflow/",
        "/follow/live/",
        "/root/live/",
    ];
    if page_prefixes.iter().any(|p| path.starts_with(p)) {
        return html("分享");
    }
    if code.chars().all(|c| c.is_ascii_digit()) && world.room_by_web_rid(code).is_some() {
        return html("直播");
    }
    StatusCode::NOT_FOUND.into_response()
}
