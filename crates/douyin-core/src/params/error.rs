//! Why a prepared request cannot be signed.

use crate::sign::SignError;

/// A classification callers branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestErrorKind {
    /// The signer rejected one of its inputs.
    Sign,
    /// X-Bogus was asked to sign a request whose body must be covered by the signature.
    BodyNotSignable,
}

/// A request that cannot be signed as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// The signer rejected an input (see [`SignError`]).
    #[error("cannot sign request: {0}")]
    Sign(#[from] SignError),
    /// X-Bogus has no body input; F2 HEAD fails on the form-body stats POST the same way.
    #[error("X-Bogus cannot sign the body of a {0} request; use A-Bogus")]
    BodyNotSignable(&'static str),
}

impl RequestError {
    /// The classification of this error.
    pub fn kind(&self) -> RequestErrorKind {
        match self {
            RequestError::Sign(_) => RequestErrorKind::Sign,
            RequestError::BodyNotSignable(_) => RequestErrorKind::BodyNotSignable,
        }
    }
}
