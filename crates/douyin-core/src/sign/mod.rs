//! Request signing: X-Bogus and A-Bogus, the browser fingerprint A-Bogus covers, and how a
//! signature is appended to the query it signs (spec http.md §3.1, §6, §7).
//!
//! Every input F2 takes from the clock or its RNG (time, random numbers, the fingerprint) is a
//! parameter here, so a signature is a pure function of its inputs.

pub mod abogus;
mod abogus_table;
mod base64;
mod error;
pub mod fingerprint;
mod rc4;
mod text;
pub mod xbogus;

pub use abogus::{a_bogus, AbogusInput};
pub use error::{SignError, SignErrorKind, SignedText};
pub use fingerprint::{browser_fingerprint, BrowserKind};
pub use xbogus::x_bogus;

/// The UA X-Bogus falls back to when given an empty one (F2's built-in default, Edge 122).
pub const DEFAULT_XBOGUS_UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0";

/// The UA A-Bogus falls back to when given an empty one (F2's built-in default, Edge 130).
pub const DEFAULT_ABOGUS_UA: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0";

/// A computed signature together with which algorithm made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signature {
    /// An X-Bogus value (28 characters).
    XBogus(String),
    /// An A-Bogus value.
    ABogus(String),
}

impl Signature {
    /// The query parameter name the signature travels under.
    pub fn param_name(&self) -> &'static str {
        match self {
            Signature::XBogus(_) => "X-Bogus",
            Signature::ABogus(_) => "a_bogus",
        }
    }

    /// The signature text, appended unencoded.
    pub fn value(&self) -> &str {
        match self {
            Signature::XBogus(value) | Signature::ABogus(value) => value,
        }
    }
}

/// The URL to send: `endpoint`, `?` (or `&` if the endpoint already has a query), the signed
/// `query` byte for byte, then the signature as the last parameter; nothing is re-encoded.
pub fn signed_url(endpoint: &str, query: &str, signature: &Signature) -> String {
    let separator = if endpoint.contains('?') { '&' } else { '?' };
    let mut url =
        String::with_capacity(endpoint.len() + query.len() + signature.value().len() + 12);
    url.push_str(endpoint);
    url.push(separator);
    url.push_str(query);
    url.push_str(&signed_query_suffix(signature));
    url
}

/// `&<param>=<value>`: what F2 appends to the signed query text.
pub fn signed_query_suffix(signature: &Signature) -> String {
    format!("&{}={}", signature.param_name(), signature.value())
}

#[cfg(test)]
mod tests {
    use super::{signed_url, Signature};

    #[test]
    fn appends_with_question_mark_or_ampersand() {
        let sig = Signature::XBogus("DFSz/-".into());
        assert_eq!(
            signed_url("https://h/p/", "a=1&b=", &sig),
            "https://h/p/?a=1&b=&X-Bogus=DFSz/-"
        );
        let sig = Signature::ABogus("Y6W/0=".into());
        assert_eq!(
            signed_url("https://h/p/?x=y", "a=%20", &sig),
            "https://h/p/?x=y&a=%20&a_bogus=Y6W/0="
        );
    }

    #[test]
    fn names_each_parameter() {
        assert_eq!(Signature::XBogus(String::new()).param_name(), "X-Bogus");
        assert_eq!(Signature::ABogus("v".into()).param_name(), "a_bogus");
        assert_eq!(Signature::ABogus("v".into()).value(), "v");
    }
}
