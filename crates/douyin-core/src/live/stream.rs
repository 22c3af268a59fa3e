//! The live stream downloader: FLV (one endless body, appended as it arrives) or HLS
//! (playlist reloads, new segments appended in order), into a [`PartFile`], until the stream
//! ends (EOF, 404, empty playlist, `#EXT-X-ENDLIST`) or the caller cancels.

use super::hls::{parse_m3u8, Playlist};
use super::part_file::PartFile;
use crate::client::redact::{redact_url, scrub};
use crate::Error;
use std::collections::{HashSet, VecDeque};
use std::time::Duration;
use tokio::sync::watch;

/// Which pull URL to record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamFormat {
    /// `flv_pull_url`: real FLV, written as received.
    Flv,
    /// `hls_pull_url_map`: MPEG-TS segments joined (F2's choice, with F2's `FULL_HD1`).
    Hls,
}

impl StreamFormat {
    /// The name people know the format by.
    pub fn label(self) -> &'static str {
        match self {
            Self::Flv => "FLV",
            Self::Hls => "HLS",
        }
    }

    /// The file extension of the recording.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Flv => ".flv",
            // The joined segments are MPEG-TS; F2 names them `.flv`, which misleads players.
            Self::Hls => ".ts",
        }
    }
}

/// How a download ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamEnd {
    /// The server ended the stream.
    Ended,
    /// The caller cancelled.
    Cancelled,
}

/// Result of one stream download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamOutcome {
    /// Bytes written.
    pub bytes: u64,
    /// HLS segments written (0 for FLV).
    pub segments: u64,
    /// How it ended.
    pub end: StreamEnd,
}

/// Request settings of the downloader (user agent, Referer and proxy are the media client's,
/// see [`crate::client::DouyinClient::media_client`]).
#[derive(Debug, Clone)]
pub struct StreamRequest {
    /// A read that stalls this long ends the download as "ended".
    pub idle_timeout: Duration,
}

impl Default for StreamRequest {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(30),
        }
    }
}

/// Segment URIs already written; bounded (oldest forgotten first) unlike F2's set, which it
/// clears wholesale at 1000 entries.
struct SeenSegments {
    order: VecDeque<String>,
    set: HashSet<String>,
    cap: usize,
}

impl SeenSegments {
    fn new(cap: usize) -> Self {
        Self {
            order: VecDeque::new(),
            set: HashSet::new(),
            cap,
        }
    }

    fn contains(&self, uri: &str) -> bool {
        self.set.contains(uri)
    }

    fn insert(&mut self, uri: String) {
        if self.set.insert(uri.clone()) {
            self.order.push_back(uri);
        }
        while self.order.len() > self.cap {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
    }
}

fn net(e: reqwest::Error) -> Error {
    Error::Network {
        endpoint: "live stream".into(),
        reason: scrub(&e.without_url().to_string()),
    }
}

async fn get(http: &reqwest::Client, url: &str) -> Result<reqwest::Response, Error> {
    http.get(url).send().await.map_err(net)
}

/// Waits for `cancel`; resolves at once if already cancelled (or the sender is gone).
async fn cancelled(cancel: &mut watch::Receiver<bool>) {
    while !*cancel.borrow() {
        if cancel.changed().await.is_err() {
            return;
        }
    }
}

/// Records an FLV stream into `out` until it ends or `cancel` turns true.
pub async fn download_flv(
    http: &reqwest::Client,
    url: &str,
    out: &mut PartFile,
    req: &StreamRequest,
    mut cancel: watch::Receiver<bool>,
) -> Result<StreamOutcome, Error> {
    let outcome = |out: &PartFile, end| StreamOutcome {
        bytes: out.written(),
        segments: 0,
        end,
    };
    let mut resp = tokio::select! {
        r = get(http, url) => r?,
        () = cancelled(&mut cancel) => return Ok(outcome(out, StreamEnd::Cancelled)),
    };
    if resp.status() == reqwest::StatusCode::NOT_FOUND {
        return Ok(outcome(out, StreamEnd::Ended));
    }
    if !resp.status().is_success() {
        return Err(Error::HttpStatus {
            endpoint: redact_url(url),
            status: resp.status().as_u16(),
        });
    }
    loop {
        let chunk = tokio::select! {
            c = tokio::time::timeout(req.idle_timeout, resp.chunk()) => c,
            () = cancelled(&mut cancel) => return Ok(outcome(out, StreamEnd::Cancelled)),
        };
        match chunk {
            Err(_) | Ok(Ok(None)) => return Ok(outcome(out, StreamEnd::Ended)),
            // A body cut mid-way is how a CDN ends a live stream as often as a clean EOF.
            Ok(Err(_)) => return Ok(outcome(out, StreamEnd::Ended)),
            Ok(Ok(Some(bytes))) => out.write(&bytes).await?,
        }
    }
}

/// Largest HLS playlist read (a live playlist lists a few segments, a few KiB).
const MAX_PLAYLIST_BYTES: usize = 1024 * 1024;
/// Largest HLS segment held in memory before it is written (a few seconds of video).
const MAX_SEGMENT_BYTES: usize = 64 * 1024 * 1024;

/// The whole body, or `Ok(None)` once it passes `limit` bytes (nothing more is read).
async fn read_capped(
    mut resp: reqwest::Response,
    limit: usize,
) -> Result<Option<bytes::Bytes>, Error> {
    if resp.content_length().is_some_and(|n| n > limit as u64) {
        return Ok(None);
    }
    let mut body = bytes::BytesMut::new();
    while let Some(chunk) = resp.chunk().await.map_err(net)? {
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body.freeze()))
}

async fn load_playlist(http: &reqwest::Client, url: &str) -> Result<Option<Playlist>, Error> {
    let resp = get(http, url).await?;
    if !resp.status().is_success() {
        // F2 treats any playlist failure as the end of the live.
        return Ok(None);
    }
    let Some(body) = read_capped(resp, MAX_PLAYLIST_BYTES).await? else {
        return Err(Error::BadMedia {
            endpoint: redact_url(url),
            reason: "the HLS playlist is larger than 1 MiB".into(),
        });
    };
    Ok(Some(parse_m3u8(&String::from_utf8_lossy(&body), url)))
}

/// Records an HLS stream (segments appended in playlist order) until the playlist fails, is
/// empty or ends, or `cancel` turns true. A master playlist is followed to its first variant.
pub async fn download_hls(
    http: &reqwest::Client,
    url: &str,
    out: &mut PartFile,
    req: &StreamRequest,
    mut cancel: watch::Receiver<bool>,
) -> Result<StreamOutcome, Error> {
    let mut playlist_url = url.to_owned();
    let mut seen = SeenSegments::new(1_000);
    let mut segments = 0u64;
    let mut followed_variant = false;
    loop {
        let outcome = |out: &PartFile, segments: u64, end| StreamOutcome {
            bytes: out.written(),
            segments,
            end,
        };
        let loaded = tokio::select! {
            p = load_playlist(http, &playlist_url) => p?,
            () = cancelled(&mut cancel) => return Ok(outcome(out, segments, StreamEnd::Cancelled)),
        };
        let Some(playlist) = loaded else {
            return Ok(outcome(out, segments, StreamEnd::Ended));
        };
        if playlist.segments.is_empty() {
            match playlist.variants.first() {
                Some(v) if !followed_variant => {
                    followed_variant = true;
                    playlist_url.clone_from(v);
                    continue;
                }
                _ => return Ok(outcome(out, segments, StreamEnd::Ended)),
            }
        }
        for seg in &playlist.segments {
            if seen.contains(&seg.uri) {
                continue;
            }
            let body = tokio::select! {
                r = fetch_segment(http, &seg.uri, req) => r,
                () = cancelled(&mut cancel) => return Ok(outcome(out, segments, StreamEnd::Cancelled)),
            };
            // A failed segment is left unmarked so the next reload can retry it.
            if let Some(bytes) = body {
                out.write(&bytes).await?;
                segments += 1;
                seen.insert(seg.uri.clone());
            }
        }
        if playlist.ended {
            return Ok(StreamOutcome {
                bytes: out.written(),
                segments,
                end: StreamEnd::Ended,
            });
        }
        let wait = Duration::from_secs_f64(playlist.reload_after_s());
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = cancelled(&mut cancel) => {
                return Ok(StreamOutcome { bytes: out.written(), segments, end: StreamEnd::Cancelled });
            }
        }
    }
}

async fn fetch_segment(
    http: &reqwest::Client,
    url: &str,
    req: &StreamRequest,
) -> Option<bytes::Bytes> {
    let resp = get(http, url).await.ok()?;
    if !resp.status().is_success() {
        return None;
    }
    // An oversized segment is skipped like a failed one.
    tokio::time::timeout(req.idle_timeout, read_capped(resp, MAX_SEGMENT_BYTES))
        .await
        .ok()?
        .ok()
        .flatten()
}
