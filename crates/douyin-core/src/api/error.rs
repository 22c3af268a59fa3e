//! Errors of the data methods: the transport's classified error, or what the answer itself
//! says (login required, refused, post unavailable, not found, unexpected shape). Messages tell
//! the user what to do and never contain the cookie or a signed URL.

use crate::models::{ApiStatusError, Unavailable};

/// A failed data method.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ApiError {
    /// The request itself failed (network, timeout, empty answer, HTTP status...).
    #[error(transparent)]
    Transport(#[from] crate::Error),
    /// Douyin wants a logged-in cookie for this endpoint.
    #[error(
        "{endpoint}: Douyin asks to log in first (status_code {code}); pass a logged-in browser \
         cookie"
    )]
    LoginRequired {
        /// F2's endpoint name.
        endpoint: &'static str,
        /// The `status_code` (8 or 2483).
        code: i64,
    },
    /// Douyin answered with a non-zero `status_code`.
    #[error("{endpoint}: Douyin refused the request (status_code {code}: {message})")]
    Refused {
        /// F2's endpoint name.
        endpoint: &'static str,
        /// The `status_code`.
        code: i64,
        /// Douyin's message, possibly empty.
        message: String,
    },
    /// The post exists in Douyin's answer only as a `filter_detail` (deleted, private...).
    #[error("post {id} is unavailable: {}", describe(reason))]
    Unavailable {
        /// The post id asked for.
        id: String,
        /// Why, as Douyin says.
        reason: Unavailable,
    },
    /// The answer has no such object (e.g. a profile without user).
    #[error(
        "{what} {id} not found: it may be deleted or private, or Douyin did not accept the \
         cookie; retry later or with another cookie"
    )]
    NotFound {
        /// What was asked for ("user", "live room"...).
        what: &'static str,
        /// The id asked for.
        id: String,
    },
    /// The JSON does not have the shape the model expects.
    #[error("{endpoint}: unexpected response shape at {path}: {detail}")]
    Decode {
        /// F2's endpoint name.
        endpoint: &'static str,
        /// JSON path of the offending value.
        path: String,
        /// What serde said.
        detail: String,
    },
    /// An argument is not usable (e.g. a room id where a web_rid is expected).
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

/// A classification front ends branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiErrorKind {
    /// See [`ApiError::Transport`]; the transport error's own kind tells more.
    Transport,
    /// Log in first.
    LoginRequired,
    /// Non-zero `status_code`.
    Refused,
    /// Deleted, private or filtered post.
    Unavailable,
    /// Nothing with that id.
    NotFound,
    /// Unexpected JSON shape.
    Decode,
    /// Unusable argument.
    InvalidInput,
}

impl ApiError {
    /// The classification of this error.
    pub fn kind(&self) -> ApiErrorKind {
        match self {
            ApiError::Transport(_) => ApiErrorKind::Transport,
            ApiError::LoginRequired { .. } => ApiErrorKind::LoginRequired,
            ApiError::Refused { .. } => ApiErrorKind::Refused,
            ApiError::Unavailable { .. } => ApiErrorKind::Unavailable,
            ApiError::NotFound { .. } => ApiErrorKind::NotFound,
            ApiError::Decode { .. } => ApiErrorKind::Decode,
            ApiError::InvalidInput(_) => ApiErrorKind::InvalidInput,
        }
    }

    /// The error of a non-zero `status_code` on `endpoint`.
    pub(crate) fn from_status(endpoint: &'static str, e: ApiStatusError) -> Self {
        match e {
            ApiStatusError::LoginRequired { code, .. } => {
                ApiError::LoginRequired { endpoint, code }
            }
            ApiStatusError::Refused { code, msg } => ApiError::Refused {
                endpoint,
                code,
                message: msg,
            },
        }
    }
}

fn describe(reason: &Unavailable) -> String {
    let with = |what: &str, message: &Option<String>| match message {
        Some(m) => format!("{what} ({m})"),
        None => what.to_owned(),
    };
    match reason {
        Unavailable::Private { message } => with("private", message),
        Unavailable::Deleted { message } => with("deleted", message),
        Unavailable::Filtered { reason, message } => with(&format!("filtered: {reason}"), message),
        Unavailable::Missing => {
            "missing from the answer (deleted, or the cookie is not accepted)".to_owned()
        }
    }
}
