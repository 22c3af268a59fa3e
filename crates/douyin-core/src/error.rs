//! The crate-wide error type and the stable `ErrorKind` the UI and CLI switch on.

use serde::Serialize;

/// A classification that front ends branch on; never parse error messages instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input (a link, a template, an option) is not valid.
    InvalidInput,
}

/// Errors returned by the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input (a link, a template, an option) is not valid.
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

impl Error {
    /// The classification of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
        }
    }
}
