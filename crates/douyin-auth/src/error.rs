//! The errors of login, import and storage, each with the core's [`ErrorKind`] so the UI and the
//! CLI switch on one vocabulary. Messages name a line, a JSON path or a file, never a cookie.

use douyin_core::ErrorKind;
use std::fmt;
use std::path::PathBuf;

/// Where in an imported text a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A 1-based line of a text file.
    Line(usize),
    /// The 1-based `name=value` pair of a `Cookie:` header.
    Pair(usize),
    /// A JSON path such as `[3].domain`.
    JsonPath(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Pair(n) => write!(f, "cookie {n}"),
            Location::JsonPath(p) => write!(f, "JSON path `{p}`"),
        }
    }
}

/// Errors of `douyin-auth`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// An imported text could not be read.
    #[error("the {format} could not be read at {at}: {reason}. Export the cookies again (a cookies.txt file, cookie-editor JSON or a Cookie: header)")]
    Import {
        /// The format being read.
        format: &'static str,
        /// Where.
        at: Location,
        /// Why (never the text itself).
        reason: String,
    },
    /// Nothing to import.
    #[error("the cookie input is empty. Export the cookies of www.douyin.com from your browser and try again")]
    EmptyInput,
    /// Only other sites' cookies.
    #[error("no douyin.com cookie was found ({foreign} cookie(s) of other sites were left out). Export the cookies while on www.douyin.com")]
    NoDouyinCookies {
        /// How many cookies of other domains were dropped.
        foreign: usize,
    },
    /// Every douyin.com cookie had expired.
    #[error("all {count} douyin.com cookie(s) have expired. Log in on www.douyin.com again and export fresh cookies")]
    AllExpired {
        /// How many expired cookies were left out.
        count: usize,
    },
    /// douyin.com cookies, but none that logs in.
    #[error("these douyin.com cookies hold no login (no sessionid). Log in on www.douyin.com first, then export the cookies again")]
    NoSessionCookie,
    /// Nothing is logged in.
    #[error(
        "no Douyin account is logged in. Log in first (`douyin login`, or Account in the app)"
    )]
    NotLoggedIn,
    /// Douyin does not accept the session (expired, logged out elsewhere).
    #[error(
        "Douyin does not accept this session any more (it expired or was logged out). Log in again"
    )]
    SessionRejected,
    /// The QR code expired before it was confirmed.
    #[error(
        "the login QR code expired before it was scanned and confirmed. Start the QR login again"
    )]
    QrExpired,
    /// The session could not be read or written.
    #[error("the session could not be {action} in {backend}: {reason}")]
    Store {
        /// `the keyring` or the file path.
        backend: String,
        /// `saved`, `read` or `deleted`.
        action: &'static str,
        /// Why.
        reason: String,
    },
    /// The OS keyring cannot be used here.
    #[error("the system keyring is not available ({reason}). Use the file store (`--store file`) instead")]
    KeyringUnavailable {
        /// Why.
        reason: String,
    },
    /// A Douyin request failed.
    #[error(transparent)]
    Core(#[from] douyin_core::Error),
}

impl AuthError {
    /// The classification front ends switch on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            AuthError::Import { .. }
            | AuthError::EmptyInput
            | AuthError::NoDouyinCookies { .. } => ErrorKind::InvalidInput,
            AuthError::AllExpired { .. }
            | AuthError::NoSessionCookie
            | AuthError::NotLoggedIn
            | AuthError::SessionRejected => ErrorKind::LoginRequired,
            AuthError::QrExpired => ErrorKind::Timeout,
            AuthError::Store { .. } | AuthError::KeyringUnavailable { .. } => ErrorKind::Io,
            AuthError::Core(e) => e.kind(),
        }
    }

    /// A store error for the file at `path`.
    pub(crate) fn file(path: &std::path::Path, action: &'static str, e: &std::io::Error) -> Self {
        AuthError::Store {
            backend: path.display().to_string(),
            action,
            reason: e.to_string(),
        }
    }

    /// A store error for the data dir (it could not be created).
    pub(crate) fn dir(path: PathBuf, e: &std::io::Error) -> Self {
        AuthError::Store {
            backend: path.display().to_string(),
            action: "saved",
            reason: format!("the folder cannot be created: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_core_vocabulary() {
        let e = AuthError::Import {
            format: "cookies.txt file",
            at: Location::Line(7),
            reason: "expected 7 tab-separated fields, found 3".into(),
        };
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        assert!(e.to_string().contains("at line 7"), "{e}");
        assert_eq!(AuthError::NotLoggedIn.kind(), ErrorKind::LoginRequired);
        assert_eq!(AuthError::QrExpired.kind(), ErrorKind::Timeout);
        let core = douyin_core::Error::Captcha {
            endpoint: "/x/".into(),
        };
        assert_eq!(AuthError::from(core).kind(), ErrorKind::Captcha);
    }
}
