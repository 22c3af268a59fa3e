//! The engine's errors, classified in the project's one vocabulary ([`ErrorKind`]) so the CLI's
//! exit codes, the store's failure column and the app's messages all switch on the same kind.
//! Messages name files by their path inside the library and URLs without their query, so no
//! signed URL or cookie ever reaches a log or the UI.

use douyin_core::ErrorKind;

/// Errors of the download engine.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DownloadError {
    /// A Douyin API call failed (classified by the core).
    #[error("{0}")]
    Api(#[from] douyin_core::Error),
    /// The history store failed.
    #[error("the download history could not be updated: {0}")]
    Store(#[from] douyin_store::StoreError),
    /// A local file or folder could not be read or written.
    #[error("cannot write {path}: {reason}. Check that the download folder is writable")]
    Io {
        /// The file, relative to the library root where possible.
        path: String,
        /// The OS reason.
        reason: String,
    },
    /// The disk is (nearly) full.
    #[error("the disk holding the download folder is nearly full ({free_mb} MB free, {need_mb} MB kept free). Free some space or choose another folder, then resume")]
    DiskFull {
        /// Free space, MB.
        free_mb: u64,
        /// The reserve the engine keeps, MB.
        need_mb: u64,
    },
    /// A media answer is not the media expected.
    #[error("{what} from {url} is not usable: {reason}. It will be retried from another mirror; if every mirror fails, retry later")]
    BadMedia {
        /// What was being fetched (`video`, `cover`, …).
        what: String,
        /// The URL without its query.
        url: String,
        /// Why (an HTML page, a JSON error, the wrong length…).
        reason: String,
    },
    /// The media server refused or failed with an HTTP status.
    #[error("{url} answered HTTP {status}. Retry later")]
    Http {
        /// The URL without its query.
        url: String,
        /// The status.
        status: u16,
    },
    /// A transport failure on a media request.
    #[error("could not download from {url}: {reason}. Check your connection and proxy")]
    Network {
        /// The URL without its query.
        url: String,
        /// The scrubbed reason.
        reason: String,
        /// Whether it was a timeout.
        timeout: bool,
    },
    /// Every media URL of the file has expired (HTTP 403) and fresh ones could not be had.
    #[error("the download links of {what} have expired and Douyin gave no fresh ones. Retry the job to fetch new links")]
    Expired {
        /// What was being fetched.
        what: String,
    },
    /// The post has nothing of this kind to download.
    #[error("{0}")]
    Nothing(String),
    /// The options or the link are not valid.
    #[error("{0}")]
    InvalidInput(String),
    /// The user (or a shutdown) stopped the work.
    #[error("stopped before it finished; resume the job to continue")]
    Cancelled,
}

impl DownloadError {
    /// The classification of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Api(e) => e.kind(),
            Self::Store(e) => e.kind(),
            Self::Io { .. } => ErrorKind::Io,
            Self::DiskFull { .. } => ErrorKind::DiskFull,
            Self::BadMedia { .. } => ErrorKind::BadMedia,
            Self::Http { status, .. } => match status {
                404 | 410 => ErrorKind::NotFound,
                429 => ErrorKind::RateLimited,
                _ => ErrorKind::HttpStatus,
            },
            Self::Network { timeout: true, .. } => ErrorKind::Timeout,
            Self::Network { .. } => ErrorKind::Network,
            Self::Expired { .. } => ErrorKind::HttpStatus,
            Self::Nothing(_) => ErrorKind::Unavailable,
            Self::InvalidInput(_) => ErrorKind::InvalidInput,
            Self::Cancelled => ErrorKind::Cancelled,
        }
    }

    /// Whether retrying the same file later can succeed (a failed file keeps this in the
    /// store so "retry failed" knows what to offer).
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::Network
                | ErrorKind::Timeout
                | ErrorKind::HttpStatus
                | ErrorKind::RateLimited
                | ErrorKind::BadMedia
                | ErrorKind::EmptyResponse
                | ErrorKind::DiskFull
                | ErrorKind::Io
                | ErrorKind::Cancelled
        )
    }

    pub(crate) fn io(path: &std::path::Path, e: &std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::StorageFull {
            return Self::DiskFull {
                free_mb: 0,
                need_mb: 0,
            };
        }
        Self::Io {
            path: path.display().to_string(),
            reason: e.to_string(),
        }
    }
}

/// The engine's result type.
pub type Result<T, E = DownloadError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_shared_vocabulary() {
        let http = |status| DownloadError::Http {
            url: "https://cdn/x".into(),
            status,
        };
        assert_eq!(http(404).kind(), ErrorKind::NotFound);
        assert_eq!(http(429).kind(), ErrorKind::RateLimited);
        assert_eq!(http(502).kind(), ErrorKind::HttpStatus);
        assert_eq!(DownloadError::Cancelled.kind(), ErrorKind::Cancelled);
        let full = DownloadError::DiskFull {
            free_mb: 10,
            need_mb: 512,
        };
        assert_eq!(full.kind(), ErrorKind::DiskFull);
        assert!(full.to_string().contains("Free some space"));
        assert!(!DownloadError::Nothing("no video".into()).is_retryable());
    }
}
