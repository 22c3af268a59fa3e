//! Media routes: Referer of the douyin.com origin required, signed URLs that expire, the media
//! faults (block pages, short bodies, ignored ranges, changing content), videos, music, clips
//! and pictures; lyrics; live streams are delegated. `/aweme/v1/play/` redirects.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use super::query::{parse, Params};
use super::ranges::{serve, Bend, Source};
use super::{lock, Shared};
use crate::media::content::{id3_header, mp4_header};
use crate::media::{Content, Picture, PictureFormat, UrlCheck};
use crate::shapes::aweme::video_path;
use crate::sign::codec::{hex, md5};

/// A CDN's block page, served with 200 in place of the media (`html_instead_of_media_next`).
const BLOCK_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>访问受限</title></head><body><h1>访问受限</h1><p>您的访问存在异常，请稍后再试。</p></body></html>";
/// A JSON error in place of the media (`json_instead_of_media_next`); no capture shows one.
const BLOCK_JSON: &str = "{\"status_code\":10403,\"status_msg\":\"访问受限\"}";

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
        && !lock(&sh.faults).expired_media
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

/// The media faults for one answer, consumed from the switches.
enum Swap {
    Html,
    Json,
    Media { bend: Bend, version: u64 },
}

fn take_faults(sh: &Shared) -> Swap {
    let mut f = lock(&sh.faults);
    let swap = if f.html_instead_of_media_next > 0 {
        f.html_instead_of_media_next -= 1;
        Swap::Html
    } else if f.json_instead_of_media_next > 0 {
        f.json_instead_of_media_next -= 1;
        Swap::Json
    } else {
        let short_body = f.wrong_length_next > 0;
        if short_body {
            f.wrong_length_next -= 1;
        }
        let version = if f.etag_change {
            sh.media_version.fetch_add(1, Ordering::SeqCst) + 1
        } else {
            0
        };
        return Swap::Media {
            bend: Bend {
                ignore_range: f.ignore_range,
                short_body,
            },
            version,
        };
    };
    drop(f);
    sh.count(|c| c.faults_injected += 1);
    swap
}

/// A picture's file, drawn once per (path, version) and kept (bounded). Drawing runs on the
/// blocking pool, so a test's single-threaded runtime keeps serving meanwhile.
async fn picture_bytes(sh: &Shared, path: &str, pic: Picture, version: u64) -> Option<Bytes> {
    let key = (path.to_string(), version);
    let cached = lock(&sh.pictures).get(&key).cloned();
    if cached.is_some() {
        return cached;
    }
    let seed = sh.world_seed();
    let bytes = Bytes::from(
        tokio::task::spawn_blocking(move || pic.encode(seed, version))
            .await
            .ok()?,
    );
    let mut cache = lock(&sh.pictures);
    if cache.len() >= 2048 {
        cache.clear();
    }
    cache.insert(key, bytes.clone());
    Some(bytes)
}

/// `<w>x<h>` of a picture path.
fn dims(s: &str) -> Option<(u32, u32)> {
    let (w, h) = s.split_once('x')?;
    Some((w.parse().ok()?, h.parse().ok()?))
}

/// The source and content type for a media path, or None (404).
async fn source(sh: &Shared, path: &str, version: u64) -> Option<(Source, &'static str)> {
    let mut parts = path.trim_start_matches("/media/").splitn(3, '/');
    let (kind, size, rest) = (parts.next()?, parts.next()?, parts.next()?);
    let seed = sh.world_seed();
    let key = if version == 0 {
        path.to_string()
    } else {
        format!("{path}#v{version}")
    };
    match kind {
        "video" => {
            let len: u64 = size.parse().ok()?;
            let c = Content::new(seed, &key, len).with_header(mp4_header(len));
            Some((Source::Generated(c), "video/mp4"))
        }
        "audio" => {
            let len: u64 = size.parse().ok()?;
            let c = Content::new(seed, &key, len).with_header(id3_header());
            Some((Source::Generated(c), "audio/mpeg"))
        }
        "image" | "animated" => {
            let (width, height) = dims(size)?;
            let (stem, format) = if let Some(s) = rest.strip_suffix(".jpeg") {
                (s, PictureFormat::Jpeg)
            } else {
                let s = rest.strip_suffix(".webp")?;
                let f = if kind == "animated" {
                    PictureFormat::AnimatedWebp
                } else {
                    PictureFormat::Webp
                };
                (s, f)
            };
            let pic = Picture {
                key: stem.to_string(),
                format,
                width,
                height,
            };
            let bytes = picture_bytes(sh, path, pic, version).await?;
            let etag = format!("\"{}-{}\"", &hex(&md5(&bytes))[..16], bytes.len());
            Some((Source::Fixed(bytes, etag), format.mime()))
        }
        _ => None,
    }
}

fn lyric(sh: &Shared, rest: &str) -> Response {
    let id = rest.trim_end_matches(".json");
    let world = sh.world();
    match world.music.iter().find(|m| m.id.to_string() == id) {
        Some(m) => {
            let items: Vec<serde_json::Value> = m
                .lyrics
                .iter()
                .map(|(t, text)| serde_json::json!({"text": text, "timeId": format!("{t:.3}")}))
                .collect();
            super::api::json_response(&serde_json::Value::Array(items))
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
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
        return lyric(&sh, rest);
    }
    if let Err(r) = gate(&sh, &uri, &headers, !path.starts_with("/media/live/")) {
        return *r;
    }
    if let Some(rest) = path.strip_prefix("/media/live/") {
        return crate::live::stream::serve(&sh, rest).await;
    }
    let (bend, version) = match take_faults(&sh) {
        Swap::Html => {
            return (
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                BLOCK_PAGE,
            )
                .into_response()
        }
        Swap::Json => {
            return ([(header::CONTENT_TYPE, "application/json")], BLOCK_JSON).into_response()
        }
        Swap::Media { bend, version } => (bend, version),
    };
    match source(&sh, &path, version).await {
        Some((src, mime)) => {
            if bend.short_body {
                sh.count(|c| c.faults_injected += 1);
            }
            serve(&src, mime, &method, &headers, bend)
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
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
