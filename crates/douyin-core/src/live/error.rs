//! Errors of live sessions and live recording, classified for callers that branch (stop,
//! retry, tell the user). Messages never carry cookies, ttwids or signed URLs.

use crate::webcast::WebcastError;
use crate::ErrorKind;

/// What went wrong, for callers that branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LiveErrorKind {
    /// The link or id is not a live room reference.
    InvalidInput,
    /// No such live room.
    NotFound,
    /// The room exists but is not live (ended or not started).
    NotLive,
    /// Douyin answered, but not with what the flow needs (status code, empty body, shape).
    Api,
    /// The connection failed or timed out.
    Network,
    /// The websocket handshake was refused.
    Handshake,
    /// A frame or payload could not be decoded.
    Protocol,
    /// A local file could not be written.
    Io,
}

/// Errors of the live flow.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LiveError {
    /// The input is not a live link, web_rid or room_id.
    #[error("not a live room link or id: {0}")]
    InvalidInput(String),
    /// The room lookup found nothing.
    #[error("live room {id} was not found; check the link or id")]
    RoomNotFound {
        /// The web_rid or room_id asked for.
        id: String,
    },
    /// The room is not live.
    #[error("live room {room_id} is not live (status {status}); nothing to watch or record")]
    NotLive {
        /// The room id.
        room_id: String,
        /// Douyin's room status (2 = live, 4 = ended).
        status: i64,
    },
    /// An API answer that the flow cannot use.
    #[error("Douyin's answer from {endpoint} is not usable: {reason}")]
    Api {
        /// The endpoint path (never the URL with its query).
        endpoint: &'static str,
        /// Why.
        reason: String,
    },
    /// A transport failure.
    #[error("could not reach {endpoint}: {reason}; check the network or proxy")]
    Network {
        /// The endpoint path (never the URL with its query).
        endpoint: &'static str,
        /// The transport's reason, without URL.
        reason: String,
    },
    /// The websocket server refused the upgrade (bad signature, unknown room, risk control).
    #[error("the danmaku websocket refused the connection: {reason}")]
    Handshake {
        /// Why (status line or transport reason; no URL).
        reason: String,
    },
    /// A frame could not be decoded.
    #[error("danmaku frame: {0}")]
    Protocol(#[from] WebcastError),
    /// The HTTP client failed (classified by the crate error).
    #[error("{0}")]
    Client(#[from] crate::Error),
    /// A local file operation failed.
    #[error("cannot write {path}: {reason}")]
    Io {
        /// The file concerned.
        path: String,
        /// The OS reason.
        reason: String,
    },
}

impl LiveError {
    /// The classification of this error.
    pub fn kind(&self) -> LiveErrorKind {
        match self {
            Self::InvalidInput(_) => LiveErrorKind::InvalidInput,
            Self::RoomNotFound { .. } => LiveErrorKind::NotFound,
            Self::NotLive { .. } => LiveErrorKind::NotLive,
            Self::Api { .. } => LiveErrorKind::Api,
            Self::Network { .. } => LiveErrorKind::Network,
            Self::Handshake { .. } => LiveErrorKind::Handshake,
            Self::Protocol(_) => LiveErrorKind::Protocol,
            Self::Io { .. } => LiveErrorKind::Io,
            Self::Client(e) => match e.kind() {
                ErrorKind::NotFound => LiveErrorKind::NotFound,
                ErrorKind::InvalidInput => LiveErrorKind::InvalidInput,
                ErrorKind::Network | ErrorKind::Timeout | ErrorKind::Proxy => {
                    LiveErrorKind::Network
                }
                _ => LiveErrorKind::Api,
            },
        }
    }

    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        matches!(
            self.kind(),
            LiveErrorKind::Network | LiveErrorKind::Handshake
        )
    }

    pub(crate) fn io(path: &std::path::Path, e: &std::io::Error) -> Self {
        Self::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        }
    }
}
