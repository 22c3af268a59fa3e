//! Signature verification for requests reaching the emulator: X-Bogus, A-Bogus and the
//! webcast websocket `signature`, each decoded and checked against the exact request text.

pub mod abogus;
pub mod codec;
pub mod webcast;
pub mod xbogus;

/// Why a signature was refused (the client only ever sees Douyin's empty 200).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// No signature parameter in the query.
    #[error("signature missing")]
    Missing,
    /// The value does not decode (wrong length, alphabet or fixed bytes).
    #[error("signature malformed: {0}")]
    Malformed(&'static str),
    /// Decodes, but the hashed request bytes differ from what was received.
    #[error("signature does not match the request: {0}")]
    Mismatch(&'static str),
    /// Decodes and matches, but its timestamp is outside the accepted window.
    #[error("signature timestamp outside the accepted window")]
    Stale,
}

impl SignatureError {
    /// Short stable label for counters.
    pub fn kind(&self) -> &'static str {
        match self {
            SignatureError::Missing => "missing",
            SignatureError::Malformed(_) => "malformed",
            SignatureError::Mismatch(_) => "mismatch",
            SignatureError::Stale => "stale",
        }
    }
}

/// Splits a raw query into the signed text and the value of a trailing `&<name>=<value>`
/// parameter. The signature must be the last parameter, exactly as Douyin's web clients send it.
pub fn split_trailing<'a>(query: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
    let marker = format!("&{name}=");
    if let Some(pos) = query.rfind(&marker) {
        let value = &query[pos + marker.len()..];
        if value.contains('&') {
            return None;
        }
        return Some((&query[..pos], value));
    }
    let lead = format!("{name}=");
    query
        .strip_prefix(&lead)
        .filter(|v| !v.contains('&'))
        .map(|v| ("", v))
}
