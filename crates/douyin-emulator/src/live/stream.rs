//! Live media: FLV (an endless body of timed tags while the room is live) and HLS (a sliding
//! m3u8 window over the clock, with deterministic `.ts` segments). Both 404 once the live ends.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::media::Content;
use crate::server::Shared;

const TAG_MS: u64 = 200;

fn room_of(sh: &Shared, stream_id: &str) -> Option<usize> {
    sh.world
        .rooms
        .iter()
        .position(|r| r.stream_id.to_string() == stream_id)
}

fn live(sh: &Shared, r: usize) -> bool {
    sh.live_now().get(r).copied().unwrap_or(false)
}

/// Serves `stream-<id>_<q>.flv`, `stream-<id>_<q>.m3u8` and `stream-<id>_<q>-<n>.ts`.
pub async fn serve(sh: &std::sync::Arc<Shared>, name: &str) -> Response {
    let Some(rest) = name.strip_prefix("stream-") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some((id, tail)) = rest.split_once('_') else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(r) = room_of(sh, id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !live(sh, r) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let seg_ms = sh.cfg.hls_segment_s.max(1) * 1000;
    let produced = (sh.now_ms().saturating_sub(sh.started_ms)) / seg_ms;
    if let Some(q) = tail.strip_suffix(".m3u8") {
        let first = produced.saturating_sub(2);
        let mut m3u8 = format!(
            "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:{}\n#EXT-X-MEDIA-SEQUENCE:{first}\n",
            sh.cfg.hls_segment_s.max(1)
        );
        for n in first..=produced {
            let path = format!("/media/live/stream-{id}_{q}-{n}.ts");
            m3u8.push_str(&format!(
                "#EXTINF:{}.000,\n{}{}\n",
                sh.cfg.hls_segment_s.max(1),
                sh.base,
                sh.signer.sign(&path, sh.now_ms() / 1000)
            ));
        }
        return (
            [(header::CONTENT_TYPE, "application/vnd.apple.mpegurl")],
            m3u8,
        )
            .into_response();
    }
    if let Some(seg) = tail.strip_suffix(".ts") {
        let n: u64 = seg
            .rsplit('-')
            .next()
            .and_then(|s| s.parse().ok())
            .unwrap_or(u64::MAX);
        if n > produced {
            return StatusCode::NOT_FOUND.into_response();
        }
        let len = sh.cfg.live_bytes_per_s * sh.cfg.hls_segment_s.max(1);
        let mut bytes = Content::new(
            sh.world.seed,
            &format!("/media/live/stream-{id}_{seg}"),
            len,
        )
        .slice(0, len);
        // MPEG-TS packets start with the 0x47 sync byte every 188 bytes.
        for i in (0..bytes.len()).step_by(188) {
            bytes[i] = 0x47;
        }
        return ([(header::CONTENT_TYPE, "video/mp2t")], bytes).into_response();
    }
    if tail.ends_with(".flv") {
        return flv(sh.clone(), r, id.to_string());
    }
    StatusCode::NOT_FOUND.into_response()
}

fn flv(sh: std::sync::Arc<Shared>, r: usize, id: String) -> Response {
    let per_tag = (sh.cfg.live_bytes_per_s * TAG_MS / 1000).max(16) as usize;
    let header_bytes: Vec<u8> = vec![b'F', b'L', b'V', 1, 5, 0, 0, 0, 9, 0, 0, 0, 0];
    let stream = futures::stream::unfold((0u64, Some(header_bytes)), move |(n, head)| {
        let sh = sh.clone();
        let id = id.clone();
        async move {
            if let Some(h) = head {
                return Some((Ok::<Bytes, std::io::Error>(Bytes::from(h)), (n, None)));
            }
            tokio::time::sleep(Duration::from_millis(TAG_MS)).await;
            if !live(&sh, r) {
                return None;
            }
            let data = Content::new(sh.world.seed, &format!("flv/{id}/{n}"), per_tag as u64)
                .slice(0, per_tag as u64);
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
            tag.push(if n % 10 == 0 { 0x17 } else { 0x27 });
            tag.extend_from_slice(&data);
            let total = (tag.len()) as u32;
            tag.extend_from_slice(&total.to_be_bytes());
            Some((Ok(Bytes::from(tag)), (n + 1, None)))
        }
    });
    (
        [(header::CONTENT_TYPE, "video/x-flv")],
        Body::from_stream(stream),
    )
        .into_response()
}
