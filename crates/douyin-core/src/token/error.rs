//! Why a token could not be made or read. Messages never contain token or cookie values.

/// A classification callers branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenErrorKind {
    /// The token endpoint's answer is unusable (F2's `APIResponseError`).
    BadResponse,
    /// A caller-supplied value (a random index or float) is out of range.
    InvalidInput,
}

/// Errors of token generation and of reading token-endpoint answers.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum TokenError {
    /// The endpoint answered with a non-success HTTP status.
    #[error("token endpoint answered HTTP {status}")]
    HttpStatus {
        /// The status code.
        status: u16,
    },
    /// The expected cookie is not among the response's `Set-Cookie` headers.
    #[error("token endpoint set no `{name}` cookie")]
    MissingCookie {
        /// The cookie name.
        name: &'static str,
    },
    /// The real msToken has a length F2 does not accept.
    #[error("msToken has length {length}, expected one of {accepted:?}")]
    BadTokenLength {
        /// The length received.
        length: usize,
        /// The lengths F2 accepts.
        accepted: &'static [usize],
    },
    /// The body is not the JSON the endpoint should answer with.
    #[error("token endpoint answer is not valid JSON: {reason}")]
    InvalidJson {
        /// The parser's explanation (no body content).
        reason: String,
    },
    /// A JSON field is missing, empty or not of the expected form.
    #[error("token endpoint answer has no usable `{field}`")]
    MissingField {
        /// The field name.
        field: &'static str,
    },
    /// A caller-supplied random index is outside its alphabet.
    #[error("random index {position} is {index}, outside 0..{limit}")]
    RandomIndexOutOfRange {
        /// Which choice (0-based).
        position: usize,
        /// The index given.
        index: usize,
        /// The alphabet size.
        limit: usize,
    },
    /// A caller-supplied random float is outside `[0, 1)`.
    #[error("random float {position} is {value}, outside [0, 1)")]
    RandomFloatOutOfRange {
        /// Which choice (0-based).
        position: usize,
        /// The value given.
        value: f64,
    },
}

impl TokenError {
    /// The classification of this error.
    pub fn kind(&self) -> TokenErrorKind {
        match self {
            TokenError::RandomIndexOutOfRange { .. } | TokenError::RandomFloatOutOfRange { .. } => {
                TokenErrorKind::InvalidInput
            }
            TokenError::HttpStatus { .. }
            | TokenError::MissingCookie { .. }
            | TokenError::BadTokenLength { .. }
            | TokenError::InvalidJson { .. }
            | TokenError::MissingField { .. } => TokenErrorKind::BadResponse,
        }
    }
}
