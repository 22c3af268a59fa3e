//! Pulling a live stream: an FLV body split into whole tags, or an HLS playlist reloaded for
//! new whole MPEG-TS segments. Opening fails (so the ladder steps down) when the URL answers
//! an error or is not the container expected; once open, the end of the body, a failed
//! playlist or a stall ends the pull, and the recorder decides whether the live is over.

use super::flv_stream::{FlvSplitter, FlvTag};
use super::ladder::Candidate;
use crate::error::{DownloadError, Result};
use crate::spec::LiveFormat;
use crate::transfer::MediaClient;
use douyin_core::client::redact::{redact_url, scrub};
use douyin_core::live::hls::{parse_m3u8, Playlist};
use std::collections::{HashSet, VecDeque};
use std::time::Duration;

/// The largest playlist read (a live window is a few KB).
const MAX_PLAYLIST: usize = 1024 * 1024;
/// The largest TS segment read into memory.
const MAX_TS_SEGMENT: usize = 64 * 1024 * 1024;
/// Segment URIs remembered (oldest forgotten first).
const SEEN_CAP: usize = 512;

/// What a pull delivers.
#[derive(Debug)]
pub enum Unit {
    /// A whole FLV tag.
    Tag(FlvTag),
    /// A whole TS segment with its playlist duration.
    Ts {
        /// Its bytes (whole 188-byte packets when the server is sane).
        bytes: bytes::Bytes,
        /// `#EXTINF`, ms.
        duration_ms: u64,
    },
}

/// An open stream.
pub enum Pull {
    /// An FLV body.
    Flv {
        /// The response.
        resp: reqwest::Response,
        /// The tag splitter.
        split: FlvSplitter,
        /// The longest wait for the next bytes.
        stall: Duration,
    },
    /// An HLS playlist.
    Hls(Box<HlsPull>),
}

impl std::fmt::Debug for Pull {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Pull::Flv { .. } => "Pull::Flv",
            Pull::Hls(_) => "Pull::Hls",
        })
    }
}

/// The HLS side of a pull.
pub struct HlsPull {
    media: MediaClient,
    url: String,
    queue: VecDeque<(String, u64)>,
    seen: VecDeque<String>,
    seen_set: HashSet<String>,
    ended: bool,
    reload_after: Duration,
    stall: Duration,
}

fn net(url: &str, e: reqwest::Error) -> DownloadError {
    DownloadError::Network {
        url: redact_url(url),
        timeout: e.is_timeout(),
        reason: scrub(&e.without_url().to_string()),
    }
}

async fn get(media: &MediaClient, url: &str, stall: Duration) -> Result<reqwest::Response> {
    let resp = tokio::time::timeout(stall, media.get(url).send())
        .await
        .map_err(|_| DownloadError::Network {
            url: redact_url(url),
            reason: "no answer".into(),
            timeout: true,
        })?
        .map_err(|e| net(url, e))?;
    if !resp.status().is_success() {
        return Err(DownloadError::Http {
            url: redact_url(url),
            status: resp.status().as_u16(),
        });
    }
    Ok(resp)
}

async fn body_bounded(
    resp: reqwest::Response,
    url: &str,
    max: usize,
    stall: Duration,
) -> Result<bytes::Bytes> {
    let mut resp = resp;
    let mut out = bytes::BytesMut::new();
    loop {
        let chunk = tokio::time::timeout(stall, resp.chunk())
            .await
            .map_err(|_| DownloadError::Network {
                url: redact_url(url),
                reason: "the body stalled".into(),
                timeout: true,
            })?
            .map_err(|e| net(url, e))?;
        let Some(chunk) = chunk else {
            return Ok(out.freeze());
        };
        if out.len() + chunk.len() > max {
            return Err(DownloadError::BadMedia {
                what: "live stream".into(),
                url: redact_url(url),
                reason: format!("larger than {max} bytes"),
            });
        }
        out.extend_from_slice(&chunk);
    }
}

async fn load_playlist(media: &MediaClient, url: &str, stall: Duration) -> Result<Playlist> {
    let resp = get(media, url, stall).await?;
    let body = body_bounded(resp, url, MAX_PLAYLIST, stall).await?;
    let text = String::from_utf8_lossy(&body);
    if !text.trim_start().starts_with("#EXTM3U") {
        return Err(DownloadError::BadMedia {
            what: "live playlist".into(),
            url: redact_url(url),
            reason: "not an m3u8 playlist".into(),
        });
    }
    Ok(parse_m3u8(&text, url))
}

impl Pull {
    /// Opens `candidate`: the FLV body's first bytes must be an FLV header; an HLS playlist
    /// must load (a master playlist is followed to its first variant).
    ///
    /// # Errors
    /// The URL's HTTP error (404 for a missing or failing quality), a transport failure, or
    /// [`DownloadError::BadMedia`] for a body that is not the container expected.
    pub async fn open(media: &MediaClient, candidate: &Candidate, stall: Duration) -> Result<Self> {
        match candidate.format {
            LiveFormat::Flv => {
                let resp = get(media, &candidate.url, stall).await?;
                Ok(Pull::Flv {
                    resp,
                    split: FlvSplitter::new(),
                    stall,
                })
            }
            LiveFormat::Hls => {
                let mut url = candidate.url.clone();
                let mut playlist = load_playlist(media, &url, stall).await?;
                if playlist.segments.is_empty() {
                    if let Some(v) = playlist.variants.first().cloned() {
                        playlist = load_playlist(media, &v, stall).await?;
                        url = v;
                    }
                }
                let mut hls = HlsPull {
                    media: media.clone(),
                    url,
                    queue: VecDeque::new(),
                    seen: VecDeque::new(),
                    seen_set: HashSet::new(),
                    ended: false,
                    reload_after: Duration::from_secs(1),
                    stall,
                };
                hls.take(&playlist);
                Ok(Pull::Hls(Box::new(hls)))
            }
        }
    }

    /// The next units; `Ok(None)` when the stream ended (body end, failed or ended playlist).
    ///
    /// # Errors
    /// A body that stops being FLV ([`DownloadError::BadMedia`]); transport failures of an
    /// open FLV body are an end (`Ok(None)`), as CDNs end lives that way.
    pub async fn next(&mut self) -> Result<Option<Vec<Unit>>> {
        match self {
            Pull::Flv { resp, split, stall } => loop {
                let chunk = match tokio::time::timeout(*stall, resp.chunk()).await {
                    Err(_) | Ok(Err(_)) | Ok(Ok(None)) => return Ok(None),
                    Ok(Ok(Some(c))) => c,
                };
                let tags = split
                    .push(&chunk)
                    .map_err(|reason| DownloadError::BadMedia {
                        what: "live stream".into(),
                        url: "the FLV stream".into(),
                        reason,
                    })?;
                if !tags.is_empty() {
                    return Ok(Some(tags.into_iter().map(Unit::Tag).collect()));
                }
            },
            Pull::Hls(h) => h.next().await,
        }
    }
}

impl HlsPull {
    fn take(&mut self, p: &Playlist) {
        for s in &p.segments {
            if !self.seen_set.contains(&s.uri) && !self.queue.iter().any(|(u, _)| u == &s.uri) {
                let ms = (s.duration_s.max(0.0) * 1000.0).round();
                self.queue.push_back((s.uri.clone(), ms as u64));
            }
        }
        self.ended = p.ended;
        self.reload_after = Duration::from_secs_f64(p.reload_after_s());
    }

    fn mark(&mut self, uri: String) {
        if self.seen_set.insert(uri.clone()) {
            self.seen.push_back(uri);
        }
        while self.seen.len() > SEEN_CAP {
            if let Some(old) = self.seen.pop_front() {
                self.seen_set.remove(&old);
            }
        }
    }

    async fn next(&mut self) -> Result<Option<Vec<Unit>>> {
        loop {
            if let Some((uri, duration_ms)) = self.queue.pop_front() {
                let fetched = match get(&self.media, &uri, self.stall).await {
                    Ok(resp) => body_bounded(resp, &uri, MAX_TS_SEGMENT, self.stall).await,
                    Err(e) => Err(e),
                };
                match fetched {
                    Ok(bytes) => {
                        self.mark(uri);
                        return Ok(Some(vec![Unit::Ts { bytes, duration_ms }]));
                    }
                    Err(e) => {
                        // A segment that failed is skipped; the segment file stays whole.
                        tracing::debug!(error = %e, "a live segment failed");
                        self.mark(uri);
                        continue;
                    }
                }
            }
            if self.ended {
                return Ok(None);
            }
            tokio::time::sleep(self.reload_after).await;
            match load_playlist(&self.media, &self.url, self.stall).await {
                Ok(p) if p.segments.is_empty() => return Ok(None),
                Ok(p) => self.take(&p),
                Err(_) => return Ok(None),
            }
        }
    }
}
