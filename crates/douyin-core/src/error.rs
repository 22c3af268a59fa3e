//! The crate-wide error type and the stable `ErrorKind` the UI and CLI switch on: one vocabulary
//! for API calls, link resolution, live sessions, recordings and (later) downloads.
//!
//! Every message says what went wrong and what the user can do next, phrased for every front end
//! alike: a next step never names a place in one shell's UI (no "Settings"); logging in again is
//! [`RELOGIN`]. Shells that want their own wording switch on [`Error::kind`] (the app's UI has a
//! localised message per kind). No message ever holds a cookie, a token or a signed URL: endpoints
//! are named by path, URLs are shown without their query, and transport reasons are scrubbed
//! before they are stored.

use crate::models::{ApiStatusError, ModelError, Unavailable};
use crate::params::RequestError;
use crate::sign::SignError;
use crate::token::TokenError;
use douyin_webcast::WebcastError;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How messages tell the user to log in again, the same in the CLI and the app.
pub const RELOGIN: &str = "log in again (douyin login, or Account in the app)";

/// A classification that front ends branch on; never parse error messages instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input (a link, a template, an option) is not valid.
    InvalidInput,
    /// Douyin answered 200 with an empty body: risk control or a rejected signature.
    EmptyResponse,
    /// The endpoint needs a logged-in cookie (`status_code` 8 / 2483, HTTP 401).
    LoginRequired,
    /// Douyin answered with its captcha / verification page.
    Captcha,
    /// The post is deleted, private or filtered.
    Unavailable,
    /// The post, user, room or stream does not exist (HTTP 404, or an empty lookup).
    NotFound,
    /// HTTP 429.
    RateLimited,
    /// The connection failed.
    Network,
    /// The request timed out.
    Timeout,
    /// The configured proxy failed.
    Proxy,
    /// The answer could not be read as the expected JSON.
    Decode,
    /// Douyin refused with another non-zero `status_code`.
    ApiRefused,
    /// Another HTTP error status.
    HttpStatus,
    /// The request could not be signed.
    Sign,
    /// A token could not be made or read.
    Token,
    /// A local file or folder could not be read or written.
    Io,
    /// The user (or a shutdown) stopped the work.
    Cancelled,
    /// The disk holding the download folder is (nearly) full.
    DiskFull,
    /// A media answer is not the media expected: an HTML/JSON page, or the wrong length.
    BadMedia,
    /// A live room is not live (not started, or ended).
    NotLive,
    /// The danmaku websocket or a stream spoke a protocol we could not follow.
    Protocol,
}

impl ErrorKind {
    /// Every kind, in declaration order (for front ends that must handle each one, and the
    /// tests that check they do). [`ErrorKind::index`] keeps it complete.
    pub const ALL: [ErrorKind; 21] = [
        ErrorKind::InvalidInput,
        ErrorKind::EmptyResponse,
        ErrorKind::LoginRequired,
        ErrorKind::Captcha,
        ErrorKind::Unavailable,
        ErrorKind::NotFound,
        ErrorKind::RateLimited,
        ErrorKind::Network,
        ErrorKind::Timeout,
        ErrorKind::Proxy,
        ErrorKind::Decode,
        ErrorKind::ApiRefused,
        ErrorKind::HttpStatus,
        ErrorKind::Sign,
        ErrorKind::Token,
        ErrorKind::Io,
        ErrorKind::Cancelled,
        ErrorKind::DiskFull,
        ErrorKind::BadMedia,
        ErrorKind::NotLive,
        ErrorKind::Protocol,
    ];

    /// The kind's place in [`ErrorKind::ALL`]. The match is exhaustive, so a new kind does not
    /// compile until it has a place, and the test `all_lists_every_kind_once` fails until
    /// [`ErrorKind::ALL`] holds it there.
    pub const fn index(self) -> usize {
        match self {
            ErrorKind::InvalidInput => 0,
            ErrorKind::EmptyResponse => 1,
            ErrorKind::LoginRequired => 2,
            ErrorKind::Captcha => 3,
            ErrorKind::Unavailable => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::RateLimited => 6,
            ErrorKind::Network => 7,
            ErrorKind::Timeout => 8,
            ErrorKind::Proxy => 9,
            ErrorKind::Decode => 10,
            ErrorKind::ApiRefused => 11,
            ErrorKind::HttpStatus => 12,
            ErrorKind::Sign => 13,
            ErrorKind::Token => 14,
            ErrorKind::Io => 15,
            ErrorKind::Cancelled => 16,
            ErrorKind::DiskFull => 17,
            ErrorKind::BadMedia => 18,
            ErrorKind::NotLive => 19,
            ErrorKind::Protocol => 20,
        }
    }

    /// The stable snake_case name (the serialised form): `login_required`, `not_live`, ...
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::EmptyResponse => "empty_response",
            ErrorKind::LoginRequired => "login_required",
            ErrorKind::Captcha => "captcha",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::NotFound => "not_found",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::Network => "network",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Proxy => "proxy",
            ErrorKind::Decode => "decode",
            ErrorKind::ApiRefused => "api_refused",
            ErrorKind::HttpStatus => "http_status",
            ErrorKind::Sign => "sign",
            ErrorKind::Token => "token",
            ErrorKind::Io => "io",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::DiskFull => "disk_full",
            ErrorKind::BadMedia => "bad_media",
            ErrorKind::NotLive => "not_live",
            ErrorKind::Protocol => "protocol",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Errors returned by the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input (a link, a template, an option) is not valid.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// Empty 200 answers until the retries ran out.
    #[error("Douyin answered {endpoint} with an empty body ({attempts} attempt(s)): its risk control is blocking requests or the signature was rejected. Wait a few minutes and lower the request rate, or {relogin} for a fresh cookie", relogin = RELOGIN)]
    EmptyResponse {
        /// The endpoint path.
        endpoint: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// Douyin wants a logged-in cookie.
    #[error("{endpoint} needs a logged-in account (Douyin status {code}{}). {}, then retry", msg_suffix(.message), capitalised(RELOGIN))]
    LoginRequired {
        /// The endpoint path.
        endpoint: String,
        /// Douyin's `status_code` (or the HTTP status).
        code: i64,
        /// Douyin's message.
        message: String,
    },
    /// The captcha / verification middle page.
    #[error("Douyin asked for a verification (captcha) on {endpoint}. Open douyin.com in your browser, pass the check, then {relogin} and retry", relogin = RELOGIN)]
    Captcha {
        /// The endpoint path.
        endpoint: String,
    },
    /// A post that cannot be archived.
    #[error("{}", unavailable_message(.aweme_id, .detail))]
    Unavailable {
        /// The post id, when known.
        aweme_id: Option<String>,
        /// Why, as the models read it from `filter_detail`.
        detail: Unavailable,
    },
    /// HTTP 404, or a lookup that found nothing.
    #[error("{endpoint} was not found. Check the link or id")]
    NotFound {
        /// The endpoint path, redacted URL or what was looked up (`live room 77584`).
        endpoint: String,
    },
    /// HTTP 429.
    #[error("Douyin is rate limiting requests to {endpoint} (HTTP 429). Slow down: wait about {} before retrying, or lower the request rate", wait_text(*.wait_ms))]
    RateLimited {
        /// The endpoint path.
        endpoint: String,
        /// How long to wait, ms.
        wait_ms: u64,
    },
    /// A connection failure.
    #[error(
        "could not reach Douyin ({endpoint}): {reason}. Check your internet connection and proxy"
    )]
    Network {
        /// The endpoint path or redacted URL.
        endpoint: String,
        /// The scrubbed transport reason.
        reason: String,
    },
    /// A timeout.
    #[error("{endpoint} timed out. Check your network or proxy, or raise the timeout")]
    Timeout {
        /// The endpoint path or redacted URL.
        endpoint: String,
    },
    /// The proxy failed or is misconfigured.
    #[error(
        "the proxy failed: {reason}. Check the proxy address (http:// or https://) or clear it"
    )]
    Proxy {
        /// The scrubbed reason.
        reason: String,
    },
    /// The answer is not the JSON expected.
    #[error("the answer from {endpoint} could not be read at `{path}`: {reason}. Douyin may have changed its format; update the app or report this")]
    Decode {
        /// The endpoint path.
        endpoint: String,
        /// JSON path of the offending value (`.` for the whole body).
        path: String,
        /// The parser's reason.
        reason: String,
    },
    /// Another non-zero `status_code`.
    #[error("Douyin refused {endpoint} (status {code}{}). Retry later; if it keeps happening, {relogin}", msg_suffix(.message), relogin = RELOGIN)]
    ApiRefused {
        /// The endpoint path.
        endpoint: String,
        /// Douyin's `status_code`.
        code: i64,
        /// Douyin's message.
        message: String,
    },
    /// Another HTTP error status.
    #[error("Douyin answered {endpoint} with HTTP {status}. Retry later")]
    HttpStatus {
        /// The endpoint path or redacted URL.
        endpoint: String,
        /// The HTTP status.
        status: u16,
    },
    /// The signer refused an input.
    #[error(
        "the request cannot be signed: {0}. Check the user agent and the id or keyword you entered"
    )]
    Sign(#[from] SignError),
    /// The prepared request cannot be signed as configured.
    #[error("{0} (choose the other signer)")]
    Request(RequestError),
    /// A token could not be made or read.
    #[error("could not obtain a Douyin token: {0}. Retry later or check your proxy")]
    Token(#[from] TokenError),
    /// A local file or folder could not be read or written.
    #[error("cannot read or write {}: {source}. Check that the folder exists and is writable", .path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The disk is full.
    #[error("the disk holding {} is full. Free some space or choose another folder", .path.display())]
    DiskFull {
        /// The file or folder being written.
        path: PathBuf,
    },
    /// The user (or a shutdown) stopped the work.
    #[error("stopped: the work was cancelled")]
    Cancelled,
    /// A media answer is not the media expected.
    #[error("the media from {endpoint} is not usable: {reason}. Retry later; if it keeps happening the link may have expired")]
    BadMedia {
        /// The redacted URL (no query) or what was fetched.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The live room is not live.
    #[error("live room {room_id} is not live (status {status}); nothing to watch or record. Try again once it is live")]
    NotLive {
        /// The room id.
        room_id: String,
        /// Douyin's room status (2 = live, 4 = ended).
        status: i64,
    },
    /// The live room lists no pull URL of the asked format.
    #[error("live room {room_id} lists no {format} stream. Try the other stream format")]
    NoStream {
        /// The room id.
        room_id: String,
        /// `FLV` or `HLS`.
        format: &'static str,
    },
    /// A danmaku frame or payload could not be decoded.
    #[error("a danmaku frame could not be read: {0}")]
    Webcast(#[from] WebcastError),
    /// The danmaku websocket refused the upgrade (bad signature, unknown room, risk control).
    #[error("the danmaku websocket refused the connection: {reason}. Retry later")]
    WsHandshake {
        /// Why (status line or transport reason; never the URL).
        reason: String,
    },
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn msg_suffix(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

fn wait_text(ms: u64) -> String {
    let secs = ms.div_ceil(1000);
    if secs >= 120 {
        format!("{} minutes", secs.div_ceil(60))
    } else {
        format!("{secs} seconds")
    }
}

fn unavailable_message(id: &Option<String>, detail: &Unavailable) -> String {
    let post = id
        .as_deref()
        .map_or_else(|| "the post".to_owned(), |id| format!("post {id}"));
    let said = |m: &Option<String>| m.as_deref().map(|m| format!(" ({m})")).unwrap_or_default();
    match detail {
        Unavailable::Private { message } => {
            format!("{post} is private{}; only its author can see it. Skip it", said(message))
        }
        Unavailable::Deleted { message } => {
            format!("{post} was deleted{}. Skip it", said(message))
        }
        Unavailable::Filtered { reason, message } => format!(
            "{post} is not shown by Douyin (reason `{reason}`){}. Skip it",
            said(message)
        ),
        Unavailable::Missing => format!(
            "Douyin returned no data for {post} and gave no reason; the cookie may be stale. {} or retry later",
            capitalised(RELOGIN)
        ),
    }
}

impl Error {
    /// The classification of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::EmptyResponse { .. } => ErrorKind::EmptyResponse,
            Error::LoginRequired { .. } => ErrorKind::LoginRequired,
            Error::Captcha { .. } => ErrorKind::Captcha,
            Error::Unavailable { .. } => ErrorKind::Unavailable,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::RateLimited { .. } => ErrorKind::RateLimited,
            Error::Network { .. } => ErrorKind::Network,
            Error::Timeout { .. } => ErrorKind::Timeout,
            Error::Proxy { .. } => ErrorKind::Proxy,
            Error::Decode { .. } => ErrorKind::Decode,
            Error::ApiRefused { .. } => ErrorKind::ApiRefused,
            Error::HttpStatus { .. } => ErrorKind::HttpStatus,
            Error::Sign(_) => ErrorKind::Sign,
            Error::Request(_) => ErrorKind::InvalidInput,
            Error::Token(_) => ErrorKind::Token,
            Error::Io { .. } => ErrorKind::Io,
            Error::DiskFull { .. } => ErrorKind::DiskFull,
            Error::Cancelled => ErrorKind::Cancelled,
            Error::BadMedia { .. } => ErrorKind::BadMedia,
            Error::NotLive { .. } => ErrorKind::NotLive,
            Error::NoStream { .. } => ErrorKind::NotFound,
            Error::Webcast(_) | Error::WsHandshake { .. } => ErrorKind::Protocol,
        }
    }

    /// A file error on `path`; a full disk becomes [`Error::DiskFull`].
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        if is_disk_full(&source) {
            Error::DiskFull {
                path: path.to_owned(),
            }
        } else {
            Error::Io {
                path: path.to_owned(),
                source,
            }
        }
    }

    /// Whether retrying the same request later can succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Error::EmptyResponse { .. }
                | Error::RateLimited { .. }
                | Error::Network { .. }
                | Error::Timeout { .. }
                | Error::HttpStatus { .. }
                | Error::WsHandshake { .. }
        )
    }
}

/// ENOSPC / ERROR_DISK_FULL, whatever the platform reports them as.
fn is_disk_full(e: &std::io::Error) -> bool {
    const ENOSPC: i32 = 28;
    const ERROR_DISK_FULL: i32 = 112;
    const ERROR_HANDLE_DISK_FULL: i32 = 39;
    if e.kind() == std::io::ErrorKind::StorageFull {
        return true;
    }
    match e.raw_os_error() {
        Some(code) if cfg!(windows) => code == ERROR_DISK_FULL || code == ERROR_HANDLE_DISK_FULL,
        Some(code) => code == ENOSPC,
        None => false,
    }
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Self {
        match e {
            RequestError::Sign(sign) => Error::Sign(sign),
            other => Error::Request(other),
        }
    }
}

impl From<ModelError> for Error {
    fn from(e: ModelError) -> Self {
        let reason = match e {
            ModelError::NotJson(r) | ModelError::Shape(r) => r,
        };
        Error::Decode {
            endpoint: "response".into(),
            path: ".".into(),
            reason,
        }
    }
}

impl From<ApiStatusError> for Error {
    fn from(e: ApiStatusError) -> Self {
        match e {
            ApiStatusError::LoginRequired { code, msg } => Error::LoginRequired {
                endpoint: "the request".into(),
                code,
                message: msg,
            },
            ApiStatusError::Refused { code, msg } => Error::ApiRefused {
                endpoint: "the request".into(),
                code,
                message: msg,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_status_maps_to_login_or_refusal() {
        let e: Error = ApiStatusError::LoginRequired {
            code: 8,
            msg: "请先登录".into(),
        }
        .into();
        assert_eq!(e.kind(), ErrorKind::LoginRequired);
        assert!(e
            .to_string()
            .contains("Log in again (douyin login, or Account in the app)"));
        let e: Error = ApiStatusError::Refused {
            code: 2096,
            msg: String::new(),
        }
        .into();
        assert_eq!(e.kind(), ErrorKind::ApiRefused);
        assert!(!e.is_retryable());
    }

    #[test]
    fn rate_limit_message_names_the_wait() {
        let e = Error::RateLimited {
            endpoint: "/x/".into(),
            wait_ms: 300_000,
        };
        assert!(e.to_string().contains("wait about 5 minutes"));
        let e = Error::RateLimited {
            endpoint: "/x/".into(),
            wait_ms: 1_500,
        };
        assert!(e.to_string().contains("wait about 2 seconds"));
        assert!(e.is_retryable());
    }

    #[test]
    fn all_lists_every_kind_once() {
        for (i, kind) in ErrorKind::ALL.iter().enumerate() {
            assert_eq!(kind.index(), i, "{kind:?} sits at {i} in ErrorKind::ALL");
        }
    }

    #[test]
    fn kind_names_are_the_serialised_form() {
        for kind in ErrorKind::ALL {
            let json = serde_json::to_value(kind).expect("serialises");
            assert_eq!(json.as_str(), Some(kind.as_str()));
        }
    }

    #[test]
    fn no_message_sends_anyone_to_a_settings_page() {
        let samples = [
            Error::EmptyResponse {
                endpoint: "/e/".into(),
                attempts: 1,
            },
            Error::LoginRequired {
                endpoint: "/e/".into(),
                code: 8,
                message: String::new(),
            },
            Error::Captcha {
                endpoint: "/e/".into(),
            },
            Error::RateLimited {
                endpoint: "/e/".into(),
                wait_ms: 1,
            },
            Error::Timeout {
                endpoint: "/e/".into(),
            },
            Error::Proxy { reason: "x".into() },
            Error::ApiRefused {
                endpoint: "/e/".into(),
                code: 5,
                message: String::new(),
            },
            Error::Unavailable {
                aweme_id: None,
                detail: Unavailable::Missing,
            },
            Error::Request(RequestError::BodyNotSignable("x")),
        ];
        for e in samples {
            assert!(!e.to_string().contains("Settings"), "{e}");
        }
    }

    #[test]
    fn a_full_disk_is_its_own_kind() {
        let full = Error::io(Path::new("/x"), std::io::Error::from_raw_os_error(28));
        let denied = Error::io(
            Path::new("/x"),
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        if cfg!(unix) {
            assert_eq!(full.kind(), ErrorKind::DiskFull);
        }
        assert_eq!(denied.kind(), ErrorKind::Io);
        assert!(denied.to_string().contains("/x"), "{denied}");
    }

    #[test]
    fn unavailable_posts_say_why() {
        let e = Error::Unavailable {
            aweme_id: Some("1".into()),
            detail: Unavailable::Private {
                message: Some("仅自己可见".into()),
            },
        };
        assert_eq!(e.kind(), ErrorKind::Unavailable);
        assert_eq!(
            e.to_string(),
            "post 1 is private (仅自己可见); only its author can see it. Skip it"
        );
    }
}
