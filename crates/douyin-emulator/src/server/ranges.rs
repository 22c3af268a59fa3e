//! Serving one media body the way a CDN does: `Content-Length`, `ETag`, `Accept-Ranges`,
//! `Range` → 206 (one range), `If-Range` with a strong ETag (a stale validator gets the whole
//! body with 200, RFC 9110 §13.1.5), 416 with `Content-Range: bytes */len` for a start at or
//! after the end, and a `Range` that is not one well-formed byte range ignored (200).

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;

use crate::media::Content;

/// Where the bytes come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Generated on the fly (videos, music, clips), so large files cost no memory.
    Generated(Content),
    /// A file held in memory (pictures) with its ETag.
    Fixed(Bytes, String),
}

impl Source {
    fn len(&self) -> u64 {
        match self {
            Source::Generated(c) => c.len,
            Source::Fixed(b, _) => b.len() as u64,
        }
    }
    fn etag(&self) -> String {
        match self {
            Source::Generated(c) => c.etag(),
            Source::Fixed(_, e) => e.clone(),
        }
    }
    fn body(&self, start: u64, end: u64) -> Body {
        match self {
            Source::Fixed(b, _) => Body::from(b.slice(start as usize..end as usize)),
            Source::Generated(c) => {
                const CHUNK: u64 = 64 * 1024;
                let c = c.clone();
                Body::from_stream(futures::stream::unfold(start, move |at| {
                    let c = c.clone();
                    async move {
                        if at >= end {
                            return None;
                        }
                        let to = (at + CHUNK).min(end);
                        Some((Ok::<_, std::io::Error>(c.slice(at, to)), to))
                    }
                }))
            }
        }
    }
}

/// `body`, then a failure once it is sent, so the connection closes short of its
/// `Content-Length` (hyper would otherwise keep the connection in an undefined state).
fn cut(body: Body) -> Body {
    let tail = futures::stream::once(async {
        // Let the short body reach the socket before the connection is cut.
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        Err(axum::Error::new(std::io::Error::other("short body")))
    });
    Body::from_stream(body.into_data_stream().chain(tail))
}

/// Switches that bend the answer (the media faults).
#[derive(Debug, Clone, Copy, Default)]
pub struct Bend {
    /// Answer 200 with the whole body whatever `Range` says.
    pub ignore_range: bool,
    /// Declare the full `Content-Length` but send a body 1/16 short (at least 1 byte), then
    /// close.
    pub short_body: bool,
}

/// What a `Range` header asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Wanted {
    /// Not one well-formed byte range (or several): serve the whole body.
    Whole,
    /// Well formed but outside the body: 416.
    Unsatisfiable,
    /// `[start, end)`.
    Part(u64, u64),
}

/// Parses `bytes=a-b`, `bytes=a-` and `bytes=-n` against a body of `len` bytes.
pub fn wanted(v: &str, len: u64) -> Wanted {
    let Some(spec) = v.trim().strip_prefix("bytes=") else {
        return Wanted::Whole;
    };
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Wanted::Whole;
    };
    if spec.contains(',') {
        return Wanted::Whole;
    }
    let num = |s: &str| s.trim().parse::<u64>().ok();
    if a.trim().is_empty() {
        return match num(b) {
            Some(0) => Wanted::Unsatisfiable,
            Some(n) if len > 0 => Wanted::Part(len.saturating_sub(n), len),
            Some(_) => Wanted::Unsatisfiable,
            None => Wanted::Whole,
        };
    }
    let Some(start) = num(a) else {
        return Wanted::Whole;
    };
    let end = if b.trim().is_empty() {
        len
    } else {
        match num(b) {
            Some(last) if last >= start => last.saturating_add(1).min(len),
            _ => return Wanted::Whole,
        }
    };
    if start >= len {
        Wanted::Unsatisfiable
    } else {
        Wanted::Part(start, end)
    }
}

/// `If-Range` holds when it is the current strong ETag (weak tags and dates never match:
/// the emulator sends no `Last-Modified`).
fn if_range_holds(headers: &HeaderMap, etag: &str) -> bool {
    match headers.get(header::IF_RANGE).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(v) => v.trim() == etag,
    }
}

/// The answer for `src` to a GET or HEAD with these request headers.
pub fn serve(
    src: &Source,
    mime: &str,
    method: &Method,
    headers: &HeaderMap,
    bend: Bend,
) -> Response {
    let (len, etag) = (src.len(), src.etag());
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .filter(|_| !bend.ignore_range && if_range_holds(headers, &etag));
    let (status, start, end) = match range.map(|r| wanted(r, len)) {
        None | Some(Wanted::Whole) => (StatusCode::OK, 0, len),
        Some(Wanted::Part(s, e)) => (StatusCode::PARTIAL_CONTENT, s, e),
        Some(Wanted::Unsatisfiable) => {
            return (
                StatusCode::RANGE_NOT_SATISFIABLE,
                [
                    (header::CONTENT_RANGE, format!("bytes */{len}")),
                    (header::ACCEPT_RANGES, "bytes".to_string()),
                    (header::ETAG, etag),
                ],
            )
                .into_response();
        }
    };
    let declared = end - start;
    let body = if *method == Method::HEAD {
        Body::empty()
    } else if bend.short_body {
        cut(src.body(start, end - (declared / 16).max(1).min(declared)))
    } else {
        src.body(start, end)
    };
    let mut resp = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, mime)
        .header(header::CONTENT_LENGTH, declared)
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::ETAG, etag);
    if status == StatusCode::PARTIAL_CONTENT {
        resp = resp.header(
            header::CONTENT_RANGE,
            format!("bytes {start}-{}/{len}", end - 1),
        );
    }
    resp.body(body)
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_parse_like_rfc_9110() {
        assert_eq!(wanted("bytes=0-99", 1000), Wanted::Part(0, 100));
        assert_eq!(wanted("bytes=990-", 1000), Wanted::Part(990, 1000));
        assert_eq!(wanted("bytes=990-5000", 1000), Wanted::Part(990, 1000));
        assert_eq!(wanted("bytes=-10", 1000), Wanted::Part(990, 1000));
        assert_eq!(wanted("bytes=-5000", 1000), Wanted::Part(0, 1000));
        assert_eq!(wanted("bytes=1000-", 1000), Wanted::Unsatisfiable);
        assert_eq!(wanted("bytes=-0", 1000), Wanted::Unsatisfiable);
        assert_eq!(wanted("bytes=5-3", 1000), Wanted::Whole);
        assert_eq!(wanted("bytes=0-1,5-6", 1000), Wanted::Whole);
        assert_eq!(wanted("items=0-1", 1000), Wanted::Whole);
        assert_eq!(wanted("bytes=x-", 1000), Wanted::Whole);
    }
}
