//! Switchable faults (per run via options, per request via `POST /__admin/faults`) and the
//! counters tests and benchmarks assert on.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

/// Current fault switches. Burst counters (`*_next`) are consumed one per matching request.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added latency per request, ms.
    pub latency_ms: u64,
    /// Bandwidth cap per response body, bytes/s (0 = unlimited).
    pub bandwidth: u64,
    /// The next N response bodies of any kind (API, media, pages) are cut after half their
    /// length, then the connection drops.
    pub drop_mid_body_next: u32,
    /// The next N requests answer 503.
    pub error_5xx_next: u32,
    /// The next N requests answer 429.
    pub error_429_next: u32,
    /// Risk control: more than this many API requests within one second → empty 200 (0 = off).
    pub risk_control_rps: u32,
    /// The next N API requests answer Douyin's captcha (verify) page.
    pub captcha_next: u32,
    /// Every media URL is treated as expired (403).
    pub expired_media: bool,
    /// Extra delay before each pushed websocket frame, ms.
    pub ws_frame_delay_ms: u64,
    /// Pushed websocket frames are cut to half their length.
    pub ws_truncate_frames: bool,
    /// Media answers 200 with the whole body even when `Range` is sent.
    pub ignore_range: bool,
    /// The next N media answers are 200 `text/html` (a block page) instead of the media.
    pub html_instead_of_media_next: u32,
    /// The next N media answers are 200 `application/json` (`{"status_code":10403,…}`).
    pub json_instead_of_media_next: u32,
    /// The next N media bodies (not API answers or pages) stop 1/16 short (at least 1 byte)
    /// of their `Content-Length`, then the connection closes: a body that looks almost whole,
    /// where `drop_mid_body_next` cuts any answer at half.
    pub wrong_length_next: u32,
    /// Every media answer is a new version: new ETag, new bytes (an `If-Range` resume gets the
    /// whole body with 200).
    pub etag_change: bool,
}

/// Partial update of [`Faults`]; absent fields keep their value.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FaultPatch {
    /// Reset everything to the run's defaults first.
    pub reset: bool,
    latency_ms: Option<u64>,
    bandwidth: Option<u64>,
    drop_mid_body_next: Option<u32>,
    error_5xx_next: Option<u32>,
    error_429_next: Option<u32>,
    risk_control_rps: Option<u32>,
    captcha_next: Option<u32>,
    expired_media: Option<bool>,
    ws_frame_delay_ms: Option<u64>,
    ws_truncate_frames: Option<bool>,
    ignore_range: Option<bool>,
    html_instead_of_media_next: Option<u32>,
    json_instead_of_media_next: Option<u32>,
    wrong_length_next: Option<u32>,
    etag_change: Option<bool>,
}

impl Faults {
    /// Applies a patch.
    pub fn apply(&mut self, p: &FaultPatch, defaults: &Faults) {
        if p.reset {
            *self = defaults.clone();
        }
        macro_rules! set {
            ($($f:ident),*) => { $( if let Some(v) = p.$f { self.$f = v; } )* };
        }
        set!(
            latency_ms,
            bandwidth,
            drop_mid_body_next,
            error_5xx_next,
            error_429_next,
            risk_control_rps,
            captcha_next,
            expired_media,
            ws_frame_delay_ms,
            ws_truncate_frames,
            ignore_range,
            html_instead_of_media_next,
            json_instead_of_media_next,
            wrong_length_next,
            etag_change
        );
    }
}

/// Request, byte and rejection counters.
#[derive(Debug, Default, Serialize)]
pub struct Counters {
    /// Requests per path.
    pub requests: BTreeMap<String, u64>,
    /// Response body bytes written.
    pub bytes_served: u64,
    /// Signature rejections in total.
    pub signature_rejections: u64,
    /// Signature rejections by reason.
    pub signature_rejections_by_kind: BTreeMap<String, u64>,
    /// Login-only requests refused for lack of a session.
    pub login_refusals: u64,
    /// Media requests refused (403).
    pub media_refusals: u64,
    /// Websocket frames pushed.
    pub ws_frames_sent: u64,
    /// Websocket acks received.
    pub ws_acks: u64,
    /// Websocket heartbeats received.
    pub ws_heartbeats: u64,
    /// Answers replaced by a fault.
    pub faults_injected: u64,
    /// Recent API request times for risk control, ms.
    #[serde(skip)]
    pub recent_api: VecDeque<u64>,
    /// The last [`API_LOG_MAX`] API requests as `path?query`, oldest first
    /// (`GET /__admin/requests`), so tests can see the cursors a client sent.
    #[serde(skip)]
    pub api_log: VecDeque<String>,
}

/// How many API requests the request log keeps.
pub const API_LOG_MAX: usize = 4096;
