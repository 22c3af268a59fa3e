//! Live media: FLV (an endless body of timed tags while the room is live) and HLS (a sliding
//! m3u8 window over the clock, with MPEG-TS segments). Both 404 once the live ends, for a
//! quality the room does not list, and for the qualities its CDN fails (room 3's FULL_HD1).
//! A stream drop (`POST /__admin/live/drop`) cuts open FLV bodies mid-tag and fails the next
//! playlist fetch once.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::media::Content;
use crate::server::{lock, Shared};
use crate::shapes::live::QUALITIES;

const TAG_MS: u64 = 200;

fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// The quality id of a stream-name key (`uhd` → `FULL_HD1`).
fn quality_of(key: &str) -> Option<&'static str> {
    QUALITIES.iter().find(|q| q.1 == key).map(|q| q.0)
}

/// Serves `stream-<id>_<q>.flv`, `stream-<id>_<q>.m3u8` and `stream-<id>_<q>-<n>.ts`.
pub async fn serve(sh: &Arc<Shared>, name: &str) -> Response {
    let Some((id, tail)) = name.strip_prefix("stream-").and_then(|r| r.split_once('_')) else {
        return not_found();
    };
    let world = sh.world();
    let Some(r) = world
        .rooms
        .iter()
        .position(|room| room.stream_id.to_string() == id)
    else {
        return not_found();
    };
    let key = tail.split(['.', '-']).next().unwrap_or_default();
    let room = &world.rooms[r];
    let serves = quality_of(key).is_some_and(|q| {
        !room.absent_qualities.iter().any(|a| a == q)
            && !room.failing_qualities.iter().any(|a| a == q)
    });
    if !serves || !sh.room_live(r) {
        return not_found();
    }
    let (from_ms, drops) = {
        let board = lock(&sh.live);
        let s = &board.rooms[r];
        (s.from_ms.unwrap_or(sh.started_ms), s.drops)
    };
    let seg_s = sh.cfg.hls_segment_s.max(1);
    let produced = sh.now_ms().saturating_sub(from_ms) / (seg_s * 1000);
    if let Some(q) = tail.strip_suffix(".m3u8") {
        let failed = std::mem::take(&mut lock(&sh.live).rooms[r].fail_next_playlist);
        if failed {
            return not_found();
        }
        return playlist(sh, id, q, produced, seg_s);
    }
    if let Some(seg) = tail.strip_suffix(".ts") {
        let n: u64 = seg
            .rsplit('-')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(u64::MAX);
        if n > produced {
            return not_found();
        }
        let bytes = super::ts::segment(
            sh.world_seed(),
            &format!("/media/live/stream-{id}_{seg}"),
            sh.cfg.live_bytes_per_s * seg_s,
            n * seg_s * 90_000,
        );
        return ([(header::CONTENT_TYPE, "video/mp2t")], bytes).into_response();
    }
    if tail.ends_with(".flv") {
        return flv(sh.clone(), r, id.to_string(), drops);
    }
    not_found()
}

fn playlist(sh: &Shared, id: &str, q: &str, produced: u64, seg_s: u64) -> Response {
    let first = produced.saturating_sub(2);
    let mut m3u8 = format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:{seg_s}\n#EXT-X-MEDIA-SEQUENCE:{first}\n"
    );
    for n in first..=produced {
        let path = format!("/media/live/stream-{id}_{q}-{n}.ts");
        m3u8.push_str(&format!(
            "#EXTINF:{seg_s}.000,\n{}{}\n",
            sh.base,
            sh.signer.sign(&path, sh.now_ms() / 1000)
        ));
    }
    (
        [(header::CONTENT_TYPE, "application/vnd.apple.mpegurl")],
        m3u8,
    )
        .into_response()
}

/// One FLV video tag (header, data, PreviousTagSize) for tag `n`.
fn flv_tag(seed: u64, id: &str, n: u64, per_tag: u64) -> Vec<u8> {
    let data = Content::new(seed, &format!("flv/{id}/{n}"), per_tag).slice(0, per_tag);
    let size = data.len() + 1;
    let ts = (n * TAG_MS) as u32;
    let mut tag = vec![
        9u8,
        (size >> 16) as u8,
        (size >> 8) as u8,
        size as u8,
        (ts >> 16) as u8,
        (ts >> 8) as u8,
        ts as u8,
        (ts >> 24) as u8,
        0,
        0,
        0,
    ];
    tag.push(if n.is_multiple_of(10) { 0x17 } else { 0x27 });
    tag.extend_from_slice(&data);
    let total = tag.len() as u32;
    tag.extend_from_slice(&total.to_be_bytes());
    tag
}

/// Where an FLV body is.
enum Flv {
    Head,
    Tag(u64),
    Cut,
    Done,
}

/// The FLV body: header + PreviousTagSize0, then a video tag every 200 ms while the room is
/// live; a drop after `drops` sends half a tag and fails the body.
fn flv(sh: Arc<Shared>, r: usize, id: String, drops: u64) -> Response {
    let per_tag = (sh.cfg.live_bytes_per_s * TAG_MS / 1000).max(16);
    let stream = futures::stream::unfold(Flv::Head, move |state| {
        let sh = sh.clone();
        let id = id.clone();
        async move {
            match state {
                Flv::Head => {
                    let head = vec![b'F', b'L', b'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0];
                    Some((Ok(Bytes::from(head)), Flv::Tag(0)))
                }
                Flv::Tag(n) => {
                    tokio::time::sleep(Duration::from_millis(TAG_MS)).await;
                    if !sh.room_live(r) {
                        return None;
                    }
                    let tag = Bytes::from(flv_tag(sh.world_seed(), &id, n, per_tag));
                    if lock(&sh.live).rooms[r].drops != drops {
                        let half = tag.len() / 2;
                        return Some((Ok(tag.slice(..half)), Flv::Cut));
                    }
                    Some((Ok(tag), Flv::Tag(n + 1)))
                }
                Flv::Cut => {
                    // Let the torn tag reach the socket before the connection is cut.
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    Some((Err(std::io::Error::other("live stream dropped")), Flv::Done))
                }
                Flv::Done => None,
            }
        }
    });
    (
        [(header::CONTENT_TYPE, "video/x-flv")],
        Body::from_stream(stream),
    )
        .into_response()
}
