//! Why a text cannot be signed. Messages name the offending input and position, never its
//! content: queries carry msToken and the like.

/// Which signer input an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignedText {
    /// The query text being signed.
    Query,
    /// The request body (A-Bogus).
    Body,
    /// The User-Agent.
    UserAgent,
    /// The intermediate Base64 text of the scrambled User-Agent (X-Bogus).
    UserAgentDigestInput,
}

impl std::fmt::Display for SignedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SignedText::Query => "query",
            SignedText::Body => "body",
            SignedText::UserAgent => "user agent",
            SignedText::UserAgentDigestInput => "user agent base64 text",
        })
    }
}

/// A classification callers branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignErrorKind {
    /// A character outside Latin-1 where F2 needs one byte per character.
    NotLatin1,
    /// A text of at most 32 characters that F2's X-Bogus reads as hex, but which is not hex.
    ShortTextNotHex,
}

/// A signer input F2 cannot sign (F2 raises on the same inputs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// A code point of 256 or more where F2 needs one byte per character.
    #[error(
        "{text} has a character outside Latin-1 (code point U+{code_point:04X} at char {index})"
    )]
    NotLatin1 {
        /// Which input.
        text: SignedText,
        /// The offending code point.
        code_point: u32,
        /// Its position in characters.
        index: usize,
    },
    /// F2's X-Bogus parses texts of at most 32 characters as lowercase hex pairs.
    #[error("{text} has {chars} characters (at most 32), so X-Bogus reads it as hex, but it is not lowercase hex of even length")]
    ShortTextNotHex {
        /// Which input.
        text: SignedText,
        /// Its length in characters.
        chars: usize,
    },
}

impl SignError {
    /// The classification of this error.
    pub fn kind(&self) -> SignErrorKind {
        match self {
            SignError::NotLatin1 { .. } => SignErrorKind::NotLatin1,
            SignError::ShortTextNotHex { .. } => SignErrorKind::ShortTextNotHex,
        }
    }
}
