//! The crate-wide error type and the stable `ErrorKind` the UI and CLI switch on.
//!
//! Every message says what went wrong and what the user can do next. No message ever holds a
//! cookie, a token or a signed URL: endpoints are named by path, URLs are shown without their
//! query, and transport reasons are scrubbed before they are stored.

use crate::models::{ApiStatusError, ModelError, Unavailable};
use crate::params::RequestError;
use crate::sign::SignError;
use crate::token::TokenError;
use serde::{Deserialize, Serialize};

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
    /// HTTP 404.
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

/// Errors returned by the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input (a link, a template, an option) is not valid.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// Empty 200 answers until the retries ran out.
    #[error("Douyin answered {endpoint} with an empty body ({attempts} attempt(s)): its risk control is blocking requests or the signature was rejected. Wait a few minutes and lower the request rate, or log in again in Settings for a fresh cookie")]
    EmptyResponse {
        /// The endpoint path.
        endpoint: String,
        /// How many attempts were made.
        attempts: u32,
    },
    /// Douyin wants a logged-in cookie.
    #[error("{endpoint} needs a logged-in account (Douyin status {code}{}). Log in again in Settings (or pass a fresh --cookie)", msg_suffix(.message))]
    LoginRequired {
        /// The endpoint path.
        endpoint: String,
        /// Douyin's `status_code` (or the HTTP status).
        code: i64,
        /// Douyin's message.
        message: String,
    },
    /// The captcha / verification middle page.
    #[error("Douyin asked for a verification (captcha) on {endpoint}. Open douyin.com in your browser, pass the check, then log in again in Settings and retry")]
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
    /// HTTP 404.
    #[error("{endpoint} was not found (HTTP 404). Check the link or id")]
    NotFound {
        /// The endpoint path or redacted URL.
        endpoint: String,
    },
    /// HTTP 429.
    #[error("Douyin is rate limiting requests to {endpoint} (HTTP 429). Slow down: wait about {} before retrying, or lower the request rate in Settings", wait_text(*.wait_ms))]
    RateLimited {
        /// The endpoint path.
        endpoint: String,
        /// How long to wait, ms.
        wait_ms: u64,
    },
    /// A connection failure.
    #[error("could not reach Douyin ({endpoint}): {reason}. Check your internet connection and proxy settings")]
    Network {
        /// The endpoint path or redacted URL.
        endpoint: String,
        /// The scrubbed transport reason.
        reason: String,
    },
    /// A timeout.
    #[error("{endpoint} timed out. Check your network or proxy, or raise the timeout in Settings")]
    Timeout {
        /// The endpoint path or redacted URL.
        endpoint: String,
    },
    /// The proxy failed or is misconfigured.
    #[error("the proxy failed: {reason}. Check the proxy address in Settings (http:// or https://) or clear it")]
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
    #[error("Douyin refused {endpoint} (status {code}{}). Retry later; if it keeps happening, log in again in Settings", msg_suffix(.message))]
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
    #[error("the request cannot be signed: {0}. Check the user agent in Settings and the id or keyword you entered")]
    Sign(#[from] SignError),
    /// The prepared request cannot be signed as configured.
    #[error("{0} (change the signer in Settings)")]
    Request(RequestError),
    /// A token could not be made or read.
    #[error("could not obtain a Douyin token: {0}. Retry later or check your proxy")]
    Token(#[from] TokenError),
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
            "Douyin returned no data for {post} and gave no reason; the cookie may be stale. Log in again in Settings or retry later"
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
        }
    }

    /// Whether retrying the same request later can succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::EmptyResponse
                | ErrorKind::RateLimited
                | ErrorKind::Network
                | ErrorKind::Timeout
                | ErrorKind::HttpStatus
        )
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
        assert!(e.to_string().contains("Log in again in Settings"));
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
