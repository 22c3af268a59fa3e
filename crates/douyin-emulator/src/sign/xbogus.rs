//! X-Bogus verification.
//!
//! What is checked, on the 28-character value (the last query parameter `X-Bogus`):
//! * it decodes with the X-Bogus alphabet into 21 bytes starting `02 FF`;
//! * RC4 (key `FF`) of the remaining 19 bytes gives the fixed bytes `64 0 1 12`, `69 63`
//!   (MD5(MD5("")) bytes 14–15) and `32 0 190 144`;
//! * bytes 4–5 equal bytes 14–15 of MD5(MD5(query)) over the exact query text received before
//!   `&X-Bogus=` (so any re-encoding or reordering after signing fails);
//! * bytes 8–9 equal bytes 14–15 of MD5 of the RC4(00 01 0C)-then-base64 text of the
//!   request's User-Agent;
//! * the big-endian timestamp (bytes 10–13, seconds) lies within the freshness window of the
//!   emulator clock;
//! * byte 18 is the XOR of the first 18.

use super::codec::{decode_bytes, md5, rc4};
use super::SignatureError;

const ALPHABET: &str = "Dkdpgh4ZKsQB80/Mfvw36XI1R25-WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe";
const STD_B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// F2's text→bytes rule: more than 32 characters → Latin-1 bytes; otherwise hex text.
fn text_to_bytes(text: &str) -> Option<Vec<u8>> {
    if text.chars().count() > 32 {
        return text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect();
    }
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            let pair = text.get(i..i + 2)?;
            if pair.chars().any(|c| c.is_ascii_uppercase()) {
                return None;
            }
            u8::from_str_radix(pair, 16).ok()
        })
        .collect()
}

fn std_base64(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(STD_B64[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The two User-Agent digest bytes an X-Bogus carries.
pub fn ua_bytes(ua: &str) -> Option<[u8; 2]> {
    let latin1: Vec<u8> = ua
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect::<Option<_>>()?;
    let b = std_base64(&rc4(&[0, 1, 12], &latin1));
    let a = md5(&text_to_bytes(&b)?);
    Some([a[14], a[15]])
}

/// The two query digest bytes an X-Bogus carries.
pub fn query_bytes(query: &str) -> Option<[u8; 2]> {
    let p = md5(&md5(&text_to_bytes(query)?));
    Some([p[14], p[15]])
}

/// What a well-formed X-Bogus value decodes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Bytes 14–15 of MD5(MD5(query)).
    pub query_digest: [u8; 2],
    /// Bytes 14–15 of the User-Agent digest.
    pub ua_digest: [u8; 2],
    /// Signing time, Unix seconds.
    pub unix_seconds: u32,
}

/// Decodes an X-Bogus value, checking its fixed bytes and checksum.
pub fn decode(value: &str) -> Result<Decoded, SignatureError> {
    if value.len() != 28 {
        return Err(SignatureError::Malformed("x-bogus length"));
    }
    let d = decode_bytes(value, ALPHABET).ok_or(SignatureError::Malformed("x-bogus alphabet"))?;
    if d.len() != 21 || d[0] != 2 || d[1] != 255 {
        return Err(SignatureError::Malformed("x-bogus prefix"));
    }
    let b = rc4(&[255], &d[2..]);
    let fixed = b[0..4] == [64, 0, 1, 12] && b[6..8] == [69, 63] && b[14..18] == [32, 0, 190, 144];
    if !fixed {
        return Err(SignatureError::Malformed("x-bogus constants"));
    }
    if b[..18].iter().fold(0u8, |x, v| x ^ v) != b[18] {
        return Err(SignatureError::Malformed("x-bogus checksum"));
    }
    Ok(Decoded {
        query_digest: [b[4], b[5]],
        ua_digest: [b[8], b[9]],
        unix_seconds: u32::from_be_bytes([b[10], b[11], b[12], b[13]]),
    })
}

/// Verifies `value` against the signed query text, the request's User-Agent and the clock
/// (`now_seconds`, accepted skew `max_age_seconds` either way).
pub fn verify(
    value: &str,
    query: &str,
    ua: &str,
    now_seconds: u64,
    max_age_seconds: u64,
) -> Result<Decoded, SignatureError> {
    let d = decode(value)?;
    if query_bytes(query) != Some(d.query_digest) {
        return Err(SignatureError::Mismatch("x-bogus query digest"));
    }
    if ua_bytes(ua) != Some(d.ua_digest) {
        return Err(SignatureError::Mismatch("x-bogus user-agent digest"));
    }
    if u64::from(d.unix_seconds).abs_diff(now_seconds) > max_age_seconds {
        return Err(SignatureError::Stale);
    }
    Ok(d)
}
