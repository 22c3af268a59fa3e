//! Downloading one file from its mirrors, the way aria2 and yt-dlp do it and F2 does not:
//!
//! - bytes stream into `<target>.part`; a restart resumes with `Range: bytes=<len>-` (and
//!   `If-Range: <etag>` when the first answer gave one), trusting only a 206 whose
//!   `Content-Range` starts exactly there; a 200 restarts from byte 0; a 416 is accepted only
//!   when the server's total equals what is on disk;
//! - an HTML or JSON answer where media is expected is a classified failure and never saved;
//! - the length is verified (`Content-Length` / the `Content-Range` total) before the file is
//!   synced and renamed; a body cut short is resumed, not kept;
//! - transient failures (network, 5xx, 429) are retried with backoff, then the next mirror is
//!   tried; 403 on every mirror means the signed URLs expired ([`Fetch::Expired`]), so the
//!   caller fetches fresh ones and calls again — the `.part` is kept across that;
//! - a pause or cancel stops at once (the `.part` stays), and the disk guard is checked every
//!   few MB.

use super::client::MediaClient;
use super::part::PartFile;
use super::sniff::{check_content_type, looks_like_page};
use crate::control::{Listener, RunState};
use crate::disk::{DiskGuard, CHECK_EVERY};
use crate::error::DownloadError;
use crate::progress::Meter;
use douyin_core::client::redact::{redact_url, scrub};
use douyin_core::client::Clock;
use reqwest::header::{HeaderMap, CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, ETAG};
use reqwest::StatusCode;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// What one file download needs.
pub struct FileFetch<'a> {
    /// What is fetched, for messages (`video`, `cover`, …).
    pub what: &'a str,
    /// Mirror URLs, in the order to try.
    pub urls: &'a [String],
    /// Where the finished file goes.
    pub target: &'a Path,
    /// The ETag a previous attempt recorded for the `.part`, if any.
    pub etag: Option<String>,
    /// Bytes on disk / expected, for progress.
    pub meter: &'a Meter,
    /// Pause and cancel.
    pub control: Listener,
    /// Called when an answer fixes the expected size and ETag (the store records them, so a
    /// crash between rename and commit can still be verified).
    pub on_start: &'a (dyn Fn(Option<u64>, Option<&str>) + Send + Sync),
}

/// How a download ended when it did not complete.
#[derive(Debug)]
pub enum Fetch {
    /// Every mirror answered 403: the signed URLs expired. The `.part` is kept.
    Expired,
    /// The job was paused or cancelled; the `.part` is kept.
    Interrupted(RunState),
    /// A final failure (all mirrors tried, or a local problem).
    Failed(DownloadError),
}

/// The finished file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fetched {
    /// Its size in bytes.
    pub size: u64,
    /// Bytes that were already on disk when this call started.
    pub resumed_from: u64,
}

/// Retry and backoff settings.
#[derive(Clone)]
pub struct FetchPolicy {
    /// Attempts per mirror on transient failures (at least 1).
    pub attempts: u32,
    /// First backoff; doubled per attempt.
    pub backoff: Duration,
    /// Longest backoff.
    pub backoff_max: Duration,
    /// The clock that sleeps the backoff.
    pub clock: Arc<dyn Clock>,
}

/// One attempt's verdict.
enum Step {
    /// Try the same mirror again after a backoff (bytes on disk are kept).
    Retry(DownloadError),
    /// Give this mirror up.
    NextMirror(DownloadError),
    /// 403: this mirror's URL is expired or forbidden.
    Forbidden(DownloadError),
    /// Stop everything.
    Stop(Fetch),
}

/// Downloads `job.urls` into `job.target`.
pub async fn fetch_file(
    client: &MediaClient,
    policy: &FetchPolicy,
    disk: &DiskGuard,
    mut job: FileFetch<'_>,
) -> Result<Fetched, Fetch> {
    disk.check(0).map_err(Fetch::Failed)?;
    let mut part = PartFile::open(job.target).await.map_err(Fetch::Failed)?;
    let resumed_from = part.len();
    let mut last: Option<DownloadError> = None;
    let mut forbidden = 0usize;
    for url in job.urls {
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            match attempt_once(client, disk, &mut job, &mut part, url).await {
                Ok(()) => {
                    let size = part.finish().await.map_err(Fetch::Failed)?;
                    return Ok(Fetched { size, resumed_from });
                }
                Err(Step::Stop(f)) => {
                    let _ = part.flush().await;
                    return Err(f);
                }
                Err(Step::Forbidden(e)) => {
                    forbidden += 1;
                    last = Some(e);
                    break;
                }
                Err(Step::NextMirror(e)) => {
                    last = Some(e);
                    break;
                }
                Err(Step::Retry(e)) => {
                    tracing::debug!(what = job.what, attempt, error = %e, "media attempt failed");
                    last = Some(e);
                    if attempt >= policy.attempts.max(1) {
                        break;
                    }
                    let pause = backoff(policy, attempt);
                    tokio::select! {
                        () = policy.clock.sleep(pause) => {}
                        s = job.control.interrupted() => {
                            let _ = part.flush().await;
                            return Err(Fetch::Interrupted(s));
                        }
                    }
                }
            }
        }
    }
    let _ = part.flush().await;
    if forbidden > 0 && forbidden == job.urls.len() {
        return Err(Fetch::Expired);
    }
    Err(Fetch::Failed(last.unwrap_or_else(|| {
        DownloadError::Nothing(format!("{} has no download address", job.what))
    })))
}

fn backoff(policy: &FetchPolicy, attempt: u32) -> Duration {
    let factor = 1u32 << attempt.saturating_sub(1).min(16);
    policy
        .backoff
        .saturating_mul(factor)
        .min(policy.backoff_max)
}

/// `bytes S-E/T` → (S, Some(T)) or (S, None) for `*`; `bytes */T` → (u64::MAX, Some(T)).
fn content_range(headers: &HeaderMap) -> Option<(u64, Option<u64>)> {
    let v = headers.get(CONTENT_RANGE)?.to_str().ok()?.trim();
    let rest = v.strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse().ok()?),
    };
    if range.trim() == "*" {
        return Some((u64::MAX, total));
    }
    let (start, _end) = range.split_once('-')?;
    Some((start.trim().parse().ok()?, total))
}

fn header_u64(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<u64> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// A transport failure on `url`, with the URL's query kept out of the message.
pub(crate) fn net_error(url: &str, e: reqwest::Error) -> DownloadError {
    let timeout = e.is_timeout();
    DownloadError::Network {
        url: redact_url(url),
        reason: scrub(&e.without_url().to_string()),
        timeout,
    }
}

fn bad(job: &FileFetch<'_>, url: &str, reason: impl Into<String>) -> DownloadError {
    DownloadError::BadMedia {
        what: job.what.to_owned(),
        url: redact_url(url),
        reason: reason.into(),
    }
}

async fn attempt_once(
    client: &MediaClient,
    disk: &DiskGuard,
    job: &mut FileFetch<'_>,
    part: &mut PartFile,
    url: &str,
) -> Result<(), Step> {
    let stop = |e: DownloadError| Step::Stop(Fetch::Failed(e));
    let _conn = tokio::select! {
        c = client.connection() => c.map_err(|_| Step::Stop(Fetch::Interrupted(RunState::Cancel)))?,
        s = job.control.interrupted() => return Err(Step::Stop(Fetch::Interrupted(s))),
    };
    let offset = part.len();
    let mut req = client.get(url);
    if offset > 0 {
        req = req.header(reqwest::header::RANGE, format!("bytes={offset}-"));
        if let Some(tag) = &job.etag {
            req = req.header(reqwest::header::IF_RANGE, tag.as_str());
        }
    }
    let sent = tokio::time::timeout(client.read_timeout, req.send());
    let mut resp = tokio::select! {
        r = sent => match r {
            Ok(Ok(resp)) => resp,
            Ok(Err(e)) => return Err(Step::Retry(net_error(url, e))),
            Err(_) => return Err(Step::Retry(DownloadError::Network {
                url: redact_url(url), reason: "no answer in time".into(), timeout: true,
            })),
        },
        s = job.control.interrupted() => return Err(Step::Stop(Fetch::Interrupted(s))),
    };
    let status = resp.status();
    let headers = resp.headers().clone();
    let http = |status: StatusCode| DownloadError::Http {
        url: redact_url(url),
        status: status.as_u16(),
    };
    let total = match status {
        StatusCode::PARTIAL_CONTENT => {
            let Some((start, total)) = content_range(&headers) else {
                part.truncate().await.map_err(stop)?;
                return Err(Step::Retry(bad(
                    job,
                    url,
                    "a 206 answer without Content-Range",
                )));
            };
            if start != offset {
                // Not the bytes we asked for: appending them would corrupt the file.
                part.truncate().await.map_err(stop)?;
                return Err(Step::Retry(bad(
                    job,
                    url,
                    format!("asked for bytes from {offset}, got a range from {start}"),
                )));
            }
            total.or_else(|| header_u64(&headers, CONTENT_LENGTH).map(|n| n + offset))
        }
        StatusCode::OK => {
            if offset > 0 {
                // The server ignored the Range (or the ETag changed): start over.
                part.truncate().await.map_err(stop)?;
            }
            header_u64(&headers, CONTENT_LENGTH)
        }
        StatusCode::RANGE_NOT_SATISFIABLE => {
            let total = content_range(&headers).and_then(|(_, t)| t);
            if offset > 0 && total == Some(offset) {
                // Everything is already on disk (a crash after the last byte).
                job.meter.set(offset, total);
                return Ok(());
            }
            part.truncate().await.map_err(stop)?;
            return Err(Step::Retry(bad(
                job,
                url,
                "the server refused the resume range and the partial file does not match",
            )));
        }
        StatusCode::FORBIDDEN => return Err(Step::Forbidden(http(status))),
        StatusCode::TOO_MANY_REQUESTS => return Err(Step::Retry(http(status))),
        s if s.is_server_error() || s == StatusCode::REQUEST_TIMEOUT => {
            return Err(Step::Retry(http(s)))
        }
        s => return Err(Step::NextMirror(http(s))),
    };
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if let Err(why) = check_content_type(content_type) {
        return Err(Step::NextMirror(bad(job, url, why)));
    }
    let etag = headers
        .get(ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if etag.is_some() && etag != job.etag {
        job.etag.clone_from(&etag);
    }
    (job.on_start)(total, etag.as_deref());
    job.meter.set(part.len(), total);
    let mut since_check = 0u64;
    let mut first = part.is_empty();
    loop {
        let next = tokio::select! {
            c = tokio::time::timeout(client.read_timeout, resp.chunk()) => c,
            s = job.control.interrupted() => return Err(Step::Stop(Fetch::Interrupted(s))),
        };
        let chunk = match next {
            Ok(Ok(Some(c))) => c,
            Ok(Ok(None)) => break,
            Ok(Err(e)) => {
                part.flush().await.map_err(stop)?;
                return Err(Step::Retry(net_error(url, e)));
            }
            Err(_) => {
                part.flush().await.map_err(stop)?;
                return Err(Step::Retry(DownloadError::Network {
                    url: redact_url(url),
                    reason: "the download stalled".into(),
                    timeout: true,
                }));
            }
        };
        if first {
            first = false;
            if looks_like_page(&chunk) {
                return Err(Step::NextMirror(bad(
                    job,
                    url,
                    "an HTML page instead of media",
                )));
            }
        }
        if let Some(t) = total {
            if part.len() + chunk.len() as u64 > t {
                part.truncate().await.map_err(stop)?;
                return Err(Step::NextMirror(bad(job, url, "more bytes than announced")));
            }
        }
        part.write(&chunk).await.map_err(stop)?;
        job.meter.add(chunk.len() as u64);
        since_check += chunk.len() as u64;
        if since_check >= CHECK_EVERY {
            since_check = 0;
            let left = total.map_or(0, |t| t.saturating_sub(part.len()));
            if let Err(e) = disk.check(left.min(CHECK_EVERY)) {
                part.flush().await.map_err(stop)?;
                return Err(stop(e));
            }
        }
    }
    match total {
        Some(t) if part.len() < t => {
            // Cut short: keep the bytes, the next attempt resumes.
            part.flush().await.map_err(stop)?;
            Err(Step::Retry(bad(
                job,
                url,
                format!("the body ended at {} of {t} bytes", part.len()),
            )))
        }
        _ if part.is_empty() => Err(Step::NextMirror(bad(job, url, "an empty body"))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(range: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(CONTENT_RANGE, range.parse().expect("header"));
        h
    }

    #[test]
    fn content_ranges_parse() {
        assert_eq!(
            content_range(&headers("bytes 100-199/1000")),
            Some((100, Some(1000)))
        );
        assert_eq!(content_range(&headers("bytes 5-9/*")), Some((5, None)));
        assert_eq!(
            content_range(&headers("bytes */1000")),
            Some((u64::MAX, Some(1000)))
        );
        assert_eq!(content_range(&headers("items 1-2/3")), None);
        assert_eq!(content_range(&headers("bytes x-9/10")), None);
    }
}
