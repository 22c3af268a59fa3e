//! Media serving: Referer of the douyin.com origin required, signed URLs that expire,
//! `Content-Length`, `ETag`, `Range` → 206, deterministic bytes; live streams are delegated.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::query::{parse, Params};
use super::Shared;
use crate::media::{Content, UrlCheck};
use crate::shapes::aweme::video_path;

fn referer_ok(headers: &HeaderMap) -> bool {
    headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|r| {
            r.starts_with("https://www.douyin.com") || r.starts_with("https://live.douyin.com")
        })
}

/// Checks the Referer and the URL signature; `Err` is the 403 to send.
/// Live pull URLs are exempt from the Referer rule: players (and F2's m3u8 loader) fetch them
/// without headers, and Douyin's live CDN serves them so.
pub fn gate(
    sh: &Shared,
    uri: &Uri,
    headers: &HeaderMap,
    need_referer: bool,
) -> Result<(), Box<Response>> {
    let pq = uri.path_and_query().map(|p| p.as_str()).unwrap_or("");
    let ok = (!need_referer || referer_ok(headers))
        && !super::lock(&sh.faults).expired_media
        && sh.signer.check(pq, sh.now_ms() / 1000) == UrlCheck::Ok;
    if ok {
        Ok(())
    } else {
        sh.count(|c| c.media_refusals += 1);
        Err(Box::new(
            (
                StatusCode::FORBIDDEN,
                [(header::CONTENT_TYPE, "text/html")],
                "<html><body><h1>403 Forbidden</h1></body></html>",
            )
                .into_response(),
        ))
    }
}

fn parse_range(v: &str, len: u64) -> Option<(u64, u64)> {
    let spec = v.strip_prefix("bytes=")?;
    let (a, b) = spec.split_once('-')?;
    if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        return (n > 0).then(|| (len.saturating_sub(n), len));
    }
    let start: u64 = a.parse().ok()?;
    let end = if b.is_empty() {
        len
    } else {
        b.parse::<u64>().ok()?.saturating_add(1).min(len)
    };
    (start < len && start < end).then_some((start, end))
}

/// Content bytes `[start, end)` generated lazily in 64 KiB chunks, so large files cost no memory.
fn body_stream(content: Content, start: u64, end: u64) -> Body {
    const CHUNK: u64 = 64 * 1024;
    let stream = futures::stream::unfold(start, move |at| {
        let content = content.clone();
        async move {
            if at >= end {
                return None;
            }
            let to = (at + CHUNK).min(end);
            Some((Ok::<_, std::io::Error>(content.slice(at, to)), to))
        }
    });
    Body::from_stream(stream)
}

/// Serves deterministic content with Range/ETag support.
pub fn serve(content: &Content, mime: &str, method: &Method, headers: &HeaderMap) -> Response {
    let etag = content.etag();
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    let (status, start, end) = match range {
        Some(r) => match parse_range(r, content.len) {
            Some((s, e)) => (StatusCode::PARTIAL_CONTENT, s, e),
            None => {
                return (
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    [(header::CONTENT_RANGE, format!("bytes */{}", content.len))],
                )
                    .into_response();
            }
        },
        None => (StatusCode::OK, 0, content.len),
    };
    let body = if *method == Method::HEAD {
        Body::empty()
    } else {
        body_stream(content.clone(), start, end)
    };
    let mut resp = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, mime)
        .header(header::CONTENT_LENGTH, end - start)
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::ETAG, etag);
    if status == StatusCode::PARTIAL_CONTENT {
        resp = resp.header(
            header::CONTENT_RANGE,
            format!("bytes {start}-{}/{}", end - 1, content.len),
        );
    }
    resp.body(body)
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// `GET /media/<kind>/<size>/<rest>` (and live streams under `/media/live/`).
pub async fn media(
    State(sh): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let path = uri.path().to_string();
    if let Some(rest) = path.strip_prefix("/media/lyric/") {
        let id = rest.trim_end_matches(".json");
        return match sh.world.music.iter().find(|m| m.id.to_string() == id) {
            Some(m) => {
                let items: Vec<serde_json::Value> = m
                    .lyrics
                    .iter()
                    .map(|(t, text)| serde_json::json!({"text": text, "timeId": format!("{t:.3}")}))
                    .collect();
                super::api::json_response(&serde_json::Value::Array(items))
            }
            None => StatusCode::NOT_FOUND.into_response(),
        };
    }
    if let Err(r) = gate(&sh, &uri, &headers, !path.starts_with("/media/live/")) {
        return *r;
    }
    if let Some(rest) = path.strip_prefix("/media/live/") {
        return crate::live::stream::serve(&sh, rest).await;
    }
    let mut parts = path.trim_start_matches("/media/").splitn(3, '/');
    let (kind, size) = (
        parts.next().unwrap_or(""),
        parts.next().and_then(|s| s.parse::<u64>().ok()),
    );
    let Some(size) = size else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mime = match kind {
        "video" => "video/mp4",
        "image" => "image/webp",
        "audio" => "audio/mpeg",
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    serve(
        &Content::new(sh.world.seed, &path, size),
        mime,
        &method,
        &headers,
    )
}

/// `GET /aweme/v1/play/?video_id=…&ratio=…` — like www.douyin.com's play endpoint, a 302 to
/// the rendition's freshly signed CDN URL (same bytes as the other mirrors), so a client
/// that does not follow redirects gets no video here either.
pub async fn play(State(sh): State<Arc<Shared>>, uri: Uri, headers: HeaderMap) -> Response {
    if let Err(r) = gate(&sh, &uri, &headers, true) {
        return *r;
    }
    let q = parse(uri.query().unwrap_or(""));
    let key = video_path(q.n("size", 0), q.s("video_id"), q.s("ratio"));
    let target = format!("{}{}", sh.base, sh.signer.sign(&key, sh.now_ms() / 1000));
    (StatusCode::FOUND, [(header::LOCATION, target)]).into_response()
}
