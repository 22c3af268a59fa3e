//! The layer in front of every non-admin route: counts requests and bytes, and injects the
//! switched-on faults (latency, 5xx/429 bursts, risk control, captcha, bandwidth cap, drops).

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;

use super::{lock, Shared};

fn is_api(path: &str) -> bool {
    super::API_PATHS.contains(&path)
}

/// Douyin's verify (captcha) middle page, served with HTTP 200 as Douyin does.
const CAPTCHA_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>验证码中间页</title></head><body><div id=\"captcha_container\" data-verify=\"{&quot;code&quot;:10000,&quot;from&quot;:&quot;shark_admin&quot;,&quot;type&quot;:&quot;verify&quot;,&quot;subtype&quot;:&quot;slide&quot;}\"></div></body></html>";

/// Counts, delays and possibly replaces or throttles the response.
pub async fn faults_and_counters(
    State(sh): State<Arc<Shared>>,
    req: Request,
    next: Next,
) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/__admin") {
        return next.run(req).await;
    }
    let logged = is_api(&path).then(|| match req.uri().query() {
        Some(q) => format!("{path}?{q}"),
        None => path.clone(),
    });
    sh.count(|c| {
        *c.requests.entry(path.clone()).or_default() += 1;
        if let Some(line) = logged {
            if c.api_log.len() >= super::faults::API_LOG_MAX {
                c.api_log.pop_front();
            }
            c.api_log.push_back(line);
        }
    });
    let (latency, early) = {
        let mut f = lock(&sh.faults);
        let latency = sh.cfg.latency_ms + f.latency_ms;
        let early: Option<Response> = if f.error_5xx_next > 0 {
            f.error_5xx_next -= 1;
            Some((StatusCode::SERVICE_UNAVAILABLE, "").into_response())
        } else if f.error_429_next > 0 {
            f.error_429_next -= 1;
            Some((StatusCode::TOO_MANY_REQUESTS, "").into_response())
        } else if is_api(&path) && f.captcha_next > 0 {
            f.captcha_next -= 1;
            Some(
                (
                    [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    CAPTCHA_PAGE,
                )
                    .into_response(),
            )
        } else if is_api(&path) && f.risk_control_rps > 0 {
            let now = sh.now_ms();
            let mut c = lock(&sh.counters);
            c.recent_api.push_back(now);
            while c.recent_api.front().is_some_and(|&t| t + 1000 <= now) {
                c.recent_api.pop_front();
            }
            (c.recent_api.len() > f.risk_control_rps as usize)
                .then(|| StatusCode::OK.into_response())
        } else {
            None
        };
        (latency, early)
    };
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(resp) = early {
        sh.count(|c| c.faults_injected += 1);
        return resp;
    }
    let resp = next.run(req).await;
    if resp.status() == StatusCode::SWITCHING_PROTOCOLS {
        return resp;
    }
    let (bandwidth, drop) = {
        let mut f = lock(&sh.faults);
        let bw = if f.bandwidth > 0 {
            f.bandwidth
        } else {
            sh.cfg.bandwidth
        };
        let drop = f.drop_mid_body_next > 0;
        if drop {
            f.drop_mid_body_next -= 1;
        }
        (bw, drop)
    };
    let mut resp = resp;
    if !resp.headers().contains_key(header::CONTENT_LENGTH)
        && resp.status() != StatusCode::NO_CONTENT
    {
        if let Some(n) = axum::body::HttpBody::size_hint(resp.body()).exact() {
            resp.headers_mut().insert(header::CONTENT_LENGTH, n.into());
        }
    }
    let declared: Option<u64> = resp
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let drop_at = drop.then(|| declared.map(|l| l / 2).unwrap_or(64 * 1024));
    if drop {
        sh.count(|c| c.faults_injected += 1);
    }
    let (parts, body) = resp.into_parts();
    Response::from_parts(parts, pace(sh.clone(), body, bandwidth, drop_at))
}

/// Where a paced body is.
enum Phase {
    Flowing,
    Failing,
    Done,
}

struct Pacer {
    inner: axum::body::BodyDataStream,
    chunk: Bytes,
    sent: u64,
    started: Option<Instant>,
    phase: Phase,
}

/// The body as sent: counted, paced to `bandwidth` bytes/s (0 = unpaced) by sleeping until
/// each piece is due, and for a drop cut after `drop_at` bytes, then failed so the
/// connection closes without the rest.
fn pace(sh: Arc<Shared>, body: Body, bandwidth: u64, drop_at: Option<u64>) -> Body {
    // About 64 wake-ups a second per body, in 4–64 KiB pieces.
    let piece = if bandwidth > 0 {
        (bandwidth / 64).clamp(4 * 1024, 64 * 1024) as usize
    } else {
        usize::MAX
    };
    let state = Pacer {
        inner: body.into_data_stream(),
        chunk: Bytes::new(),
        sent: 0,
        started: None,
        phase: Phase::Flowing,
    };
    Body::from_stream(futures::stream::unfold(state, move |mut st| {
        let sh = sh.clone();
        async move {
            match st.phase {
                Phase::Done => return None,
                Phase::Failing => {
                    // Let the partial body reach the socket before the connection is cut.
                    tokio::time::sleep(Duration::from_millis(30)).await;
                    st.phase = Phase::Done;
                    let e = std::io::Error::other("connection dropped by fault");
                    return Some((Err(axum::Error::new(e)), st));
                }
                Phase::Flowing => {}
            }
            while st.chunk.is_empty() {
                match st.inner.next().await? {
                    Ok(b) => st.chunk = b,
                    Err(e) => {
                        st.phase = Phase::Done;
                        return Some((Err(e), st));
                    }
                }
            }
            let mut out = st.chunk.split_to(piece.min(st.chunk.len()));
            if let Some(limit) = drop_at {
                if st.sent + out.len() as u64 >= limit {
                    out.truncate(limit.saturating_sub(st.sent) as usize);
                    st.phase = Phase::Failing;
                }
            }
            st.sent += out.len() as u64;
            if let Some(us) = (st.sent * 1_000_000).checked_div(bandwidth) {
                let started = *st.started.get_or_insert_with(Instant::now);
                tokio::time::sleep_until((started + Duration::from_micros(us)).into()).await;
            }
            let n = out.len() as u64;
            sh.count(|c| c.bytes_served += n);
            Some((Ok(out), st))
        }
    }))
}
