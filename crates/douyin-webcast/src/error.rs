//! Errors of the webcast (live danmaku) layer: frame decoding, limits and signature checks.

/// What went wrong, for callers that branch (drop the frame, stop, report).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WebcastErrorKind {
    /// The input exceeded a configured size or count limit.
    LimitExceeded,
    /// The frame payload claimed gzip but is not a valid gzip stream.
    Gzip,
    /// Protobuf bytes were truncated or malformed.
    Protobuf,
    /// A signature string or stub did not have the expected shape.
    Signature,
}

/// Errors from decoding webcast frames and from signature helpers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WebcastError {
    /// The websocket frame is larger than the configured maximum.
    #[error("webcast frame of {len} bytes exceeds the limit of {limit} bytes")]
    FrameTooLarge {
        /// Size of the frame.
        len: usize,
        /// Configured limit.
        limit: usize,
    },
    /// The decompressed payload would exceed the configured maximum (e.g. a gzip bomb).
    #[error("decompressed webcast payload exceeds the limit of {limit} bytes")]
    PayloadTooLarge {
        /// Configured limit.
        limit: usize,
    },
    /// The response holds more messages than the configured maximum.
    #[error("webcast response holds {count} messages, limit is {limit}")]
    TooManyMessages {
        /// Number of messages in the response.
        count: usize,
        /// Configured limit.
        limit: usize,
    },
    /// The payload is marked or shaped as gzip but does not inflate.
    #[error("webcast payload is not valid gzip: {0}")]
    Gzip(String),
    /// Protobuf decoding failed for the named type.
    #[error("cannot decode {what}: {source}")]
    Protobuf {
        /// The message type (or webcast method) being decoded.
        what: String,
        /// The decoder's reason.
        source: prost::DecodeError,
    },
    /// A signature or stub is not in the expected format.
    #[error("invalid webcast signature data: {0}")]
    Signature(String),
}

impl WebcastError {
    /// The classification of this error.
    pub fn kind(&self) -> WebcastErrorKind {
        match self {
            Self::FrameTooLarge { .. }
            | Self::PayloadTooLarge { .. }
            | Self::TooManyMessages { .. } => WebcastErrorKind::LimitExceeded,
            Self::Gzip(_) => WebcastErrorKind::Gzip,
            Self::Protobuf { .. } => WebcastErrorKind::Protobuf,
            Self::Signature(_) => WebcastErrorKind::Signature,
        }
    }

    pub(crate) fn protobuf(what: &str, source: prost::DecodeError) -> Self {
        Self::Protobuf {
            what: what.to_owned(),
            source,
        }
    }
}
