//! The layer in front of every non-admin route: counts requests and bytes, and injects the
//! switched-on faults (latency, 5xx/429 bursts, risk control, captcha, bandwidth cap, drops).

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;

use super::{lock, Shared};

const PIECE: usize = 16 * 1024;

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
    sh.count(|c| *c.requests.entry(path.clone()).or_default() += 1);
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
    let shared = sh.clone();
    let mut sent: u64 = 0;
    let stream = body
        .into_data_stream()
        .flat_map(|chunk| {
            let pieces: Vec<Result<Bytes, axum::Error>> = match chunk {
                Ok(b) => (0..b.len())
                    .step_by(PIECE)
                    .map(|i| Ok(b.slice(i..(i + PIECE).min(b.len()))))
                    .collect(),
                Err(e) => vec![Err(e)],
            };
            futures::stream::iter(pieces)
        })
        .then(move |piece| {
            let shared = shared.clone();
            let mut piece = piece;
            if let (Ok(b), Some(limit)) = (&piece, drop_at) {
                if sent + b.len() as u64 > limit {
                    let keep = limit.saturating_sub(sent) as usize;
                    let part = b.slice(..keep);
                    sent += keep as u64;
                    shared.count(|c| c.bytes_served += keep as u64);
                    piece = Err(axum::Error::new(std::io::Error::other(
                        "connection dropped by fault",
                    )));
                    // Send what fits, then fail: emit the partial piece first via the error path.
                    return futures::future::Either::Left(async move {
                        if !part.is_empty() {
                            vec![Ok(part), piece]
                        } else {
                            vec![piece]
                        }
                    });
                }
            }
            if let Ok(b) = &piece {
                sent += b.len() as u64;
                shared.count(|c| c.bytes_served += b.len() as u64);
            }
            let len = piece.as_ref().map(|b| b.len()).unwrap_or(0) as u64;
            futures::future::Either::Right(async move {
                if bandwidth > 0 && len > 0 {
                    tokio::time::sleep(Duration::from_micros(len * 1_000_000 / bandwidth)).await;
                }
                vec![piece]
            })
        })
        .flat_map(futures::stream::iter)
        .then(|r| async move {
            // Let the partial body reach the socket before the connection is cut.
            if r.is_err() {
                tokio::time::sleep(Duration::from_millis(30)).await;
            }
            r
        });
    // After a drop nothing more may be sent.
    let mut failed = false;
    let stream = stream.take_while(move |r| {
        let go = !failed;
        if r.is_err() {
            failed = true;
        }
        futures::future::ready(go)
    });
    Response::from_parts(parts, Body::from_stream(stream))
}
