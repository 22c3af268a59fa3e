//! A-Bogus verification.
//!
//! The stream transform's keystream depends only on the fixed table, never on the data, so
//! the value can be undone position by position. What is checked, on the value of the last
//! query parameter `a_bogus`:
//! * it decodes with `AB_ALPHA0` and is long enough for the 12-value random prefix, the 44
//!   header values, the fingerprint and the checksum; the prefix has its fixed bit pattern;
//! * the fingerprint length (header key 65) equals the number of fingerprint characters;
//! * the query bytes (keys 38–39) equal bytes 21–22 of SM3(SM3(query + "cus")) over the exact
//!   query text received before `&a_bogus=`, and the body bytes (keys 40–41) those of the
//!   request body (empty for GET);
//! * the User-Agent bytes (keys 42–43) equal bytes 23–24 of SM3 of the RC4(00 01 0E)-then-base64
//!   (`AB_ALPHA1`) text of the request's User-Agent;
//! * the start timestamp (ms) lies within the freshness window of the emulator clock, and the
//!   end timestamp is not before it nor more than a minute after it;
//! * finally the whole header (all constants: options, aid, page id) plus the XOR checksum is
//!   rebuilt from the decoded facts and re-encoded with the received random prefix; the result
//!   must equal the received value character for character.

use super::codec::{rc4, sextets, sm3, words};
use super::SignatureError;

const ALPHA0: &[u8] = b"Dkdpgh2ZmsQB80/MfvV36XI1R45-WUAlEixNLwoqYTOPuzKFjJnry79HbGcaStCe";
const ALPHA1: &[u8] = b"ckdp1h4ZKsUB80/Mfvw36XIgR25+WQAlEi7NLboqYTOPuzmFjJnryx9HVGDaStCe";
const ORDER: [usize; 44] = [
    18, 20, 52, 26, 30, 34, 58, 38, 40, 53, 42, 21, 27, 54, 55, 31, 35, 57, 39, 41, 43, 22, 28, 32,
    60, 36, 23, 29, 33, 37, 44, 45, 59, 46, 47, 48, 49, 50, 24, 25, 65, 66, 70, 71,
];
const TABLE: [u32; 256] = [
    121, 243, 55, 234, 103, 36, 47, 228, 30, 231, 106, 6, 115, 95, 78, 101, 250, 207, 198, 50, 139,
    227, 220, 105, 97, 143, 34, 28, 194, 215, 18, 100, 159, 160, 43, 8, 169, 217, 180, 120, 247,
    45, 90, 11, 27, 197, 46, 3, 84, 72, 5, 68, 62, 56, 221, 75, 144, 79, 73, 161, 178, 81, 64, 187,
    134, 117, 186, 118, 16, 241, 130, 71, 89, 147, 122, 129, 65, 40, 88, 150, 110, 219, 199, 255,
    181, 254, 48, 4, 195, 248, 208, 32, 116, 167, 69, 201, 17, 124, 125, 104, 96, 83, 80, 127, 236,
    108, 154, 126, 204, 15, 20, 135, 112, 158, 13, 1, 188, 164, 210, 237, 222, 98, 212, 77, 253,
    42, 170, 202, 26, 22, 29, 182, 251, 10, 173, 152, 58, 138, 54, 141, 185, 33, 157, 31, 252, 132,
    233, 235, 102, 196, 191, 223, 240, 148, 39, 123, 92, 82, 128, 109, 57, 24, 38, 113, 209, 245,
    2, 119, 153, 229, 189, 214, 230, 174, 232, 63, 52, 205, 86, 140, 66, 175, 111, 171, 246, 133,
    238, 193, 99, 60, 74, 91, 225, 51, 76, 37, 145, 211, 166, 151, 213, 206, 0, 200, 244, 176, 218,
    44, 184, 172, 49, 216, 93, 168, 53, 21, 183, 41, 67, 85, 224, 155, 226, 242, 87, 177, 146, 70,
    190, 12, 162, 19, 137, 114, 25, 165, 163, 192, 23, 59, 9, 94, 179, 107, 35, 7, 142, 131, 239,
    203, 149, 136, 61, 249, 14, 156,
];

/// The data-independent keystream of the stream transform for `len` positions.
fn keystream(len: usize) -> Vec<u32> {
    let mut t = TABLE;
    let mut out = Vec::with_capacity(len);
    let mut b = t[1] as usize;
    let mut p = 0usize;
    let mut e = 0usize;
    for i in 0..len {
        let s = if i == 0 {
            p = t[b] as usize;
            let s = b + p;
            t[1] = p as u32;
            t[b] = b as u32;
            s
        } else {
            p + e
        };
        out.push(t[s % 256]);
        let idx = (i + 2) % 256;
        e = t[idx] as usize;
        let s2 = (b + e) % 256;
        p = t[s2] as usize;
        t[s2] = t[idx];
        t[idx] = p as u32;
        b = s2;
    }
    out
}

/// Encodes values with the OR-spilling 3-value grouping and `=` padding.
fn encode(values: &[u32]) -> String {
    let mut out = String::new();
    for chunk in values.chunks(3) {
        let a = chunk[0];
        let n = (a << 16)
            | (chunk.get(1).copied().unwrap_or(0) << 8)
            | chunk.get(2).copied().unwrap_or(0);
        out.push(char::from(ALPHA0[((n >> 18) & 63) as usize]));
        out.push(char::from(ALPHA0[((n >> 12) & 63) as usize]));
        if chunk.len() > 1 {
            out.push(char::from(ALPHA0[((n >> 6) & 63) as usize]));
        }
        if chunk.len() > 2 {
            out.push(char::from(ALPHA0[(n & 63) as usize]));
        }
    }
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

fn hash_bytes(text: &str) -> [u8; 32] {
    sm3(&sm3(format!("{text}cus").as_bytes()))
}

/// The two User-Agent digest bytes an A-Bogus carries (`None` for code points ≥ 256).
pub fn ua_bytes(ua: &str) -> Option<[u8; 2]> {
    let latin1: Vec<u8> = ua
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect::<Option<_>>()?;
    let e = rc4(&[0, 1, 14], &latin1);
    let mut s = super::codec::encode_bytes(&e, ALPHA1);
    while !s.len().is_multiple_of(4) {
        s.push('=');
    }
    let h = sm3(s.as_bytes());
    Some([h[23], h[24]])
}

/// Facts recovered from an A-Bogus value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Bytes 21–22 of SM3(SM3(query + "cus")).
    pub query_digest: [u8; 2],
    /// Bytes 21–22 of SM3(SM3(body + "cus")).
    pub body_digest: [u8; 2],
    /// Bytes 23–24 of the User-Agent digest.
    pub ua_digest: [u8; 2],
    /// Start of signing, Unix ms.
    pub start_ms: u64,
    /// End of signing, Unix ms.
    pub end_ms: u64,
    /// The browser fingerprint text.
    pub fingerprint: String,
}

fn header(d: &Decoded) -> Vec<u32> {
    let mut v = [0u32; 72];
    v[18] = 44;
    let (ts, te) = (d.start_ms, d.end_ms);
    for (k, shift) in [(20, 24), (21, 16), (22, 8), (23, 0)] {
        v[k] = ((ts >> shift) & 255) as u32;
    }
    v[24] = (ts >> 32) as u32;
    v[25] = (ts >> 40) as u32;
    v[31] = 1;
    v[37] = 14;
    v[38] = u32::from(d.query_digest[0]);
    v[39] = u32::from(d.query_digest[1]);
    v[40] = u32::from(d.body_digest[0]);
    v[41] = u32::from(d.body_digest[1]);
    v[42] = u32::from(d.ua_digest[0]);
    v[43] = u32::from(d.ua_digest[1]);
    for (k, shift) in [(44, 24), (45, 16), (46, 8), (47, 0)] {
        v[k] = ((te >> shift) & 255) as u32;
    }
    v[48] = 3;
    v[49] = (te >> 32) as u32;
    v[50] = (te >> 40) as u32;
    v[57] = 6383 & 255;
    v[58] = (6383 >> 8) & 255;
    v[65] = d.fingerprint.chars().count() as u32;
    let mut s: Vec<u32> = ORDER.iter().map(|&k| v[k]).collect();
    let x = s.iter().fold(0u32, |x, y| x ^ y);
    s.extend(d.fingerprint.chars().map(u32::from));
    s.push(x);
    s
}

/// Re-encodes decoded facts with a given random prefix (12 values).
fn reencode(d: &Decoded, prefix: &[u32]) -> String {
    let q = header(d);
    let ks = keystream(q.len());
    let mut all: Vec<u32> = prefix.to_vec();
    all.extend(q.iter().zip(ks).map(|(x, k)| x ^ k));
    encode(&all)
}

fn pos(key: usize) -> usize {
    ORDER.iter().position(|&k| k == key).unwrap_or(0)
}

/// Decodes an A-Bogus value; the result is only returned if re-encoding it reproduces the
/// value exactly.
pub fn decode(value: &str) -> Result<Decoded, SignatureError> {
    let sx = sextets(value, std::str::from_utf8(ALPHA0).unwrap_or_default())
        .ok_or(SignatureError::Malformed("a-bogus alphabet"))?;
    let count = sx.len() / 4 * 3
        + match sx.len() % 4 {
            0 => 0,
            2 => 1,
            3 => 2,
            _ => return Err(SignatureError::Malformed("a-bogus length")),
        };
    let raw: Vec<u32> = words(&sx)
        .iter()
        .flat_map(|n| [(n >> 16) & 255, (n >> 8) & 255, n & 255])
        .take(count)
        .collect();
    if raw.len() < 12 + 45 {
        return Err(SignatureError::Malformed("a-bogus too short"));
    }
    let prefix = &raw[..12];
    for (i, r) in prefix.iter().enumerate() {
        let ok = match i % 4 {
            0 => r & 0b0101_0101 == 1,
            1 => r & 0b1010_1010 == 2,
            2 => r & 0b0101_0101 == 5,
            _ => r & 0b1010_1010 == 40,
        };
        if !ok {
            return Err(SignatureError::Malformed("a-bogus random prefix"));
        }
    }
    let body = &raw[12..];
    let ks = keystream(body.len());
    let q: Vec<u32> = body.iter().zip(&ks).map(|(o, k)| (o ^ k) & 255).collect();
    let at = |key: usize| q[pos(key)];
    let fp_len = at(65) as usize;
    if q.len() != 45 + fp_len {
        return Err(SignatureError::Malformed("a-bogus fingerprint length"));
    }
    let fingerprint: String = q[44..44 + fp_len]
        .iter()
        .map(|&c| char::from(c as u8))
        .collect();
    let low32 = |k: [usize; 4]| -> u64 {
        k.iter()
            .fold(0u64, |acc, &key| (acc << 8) | u64::from(at(key)))
    };
    let start_hi = u64::from(at(25));
    let start_ms = (start_hi << 40) | (u64::from(at(24)) << 32) | low32([20, 21, 22, 23]);
    let digest = |a: usize, b: usize| [at(a) as u8, at(b) as u8];
    // Key 50 may have bit 0 polluted by the spill of key 24 (> 255) in the same group.
    let p50 = pos(50);
    let candidates = [body[p50] ^ ks[p50], (body[p50] & !1) ^ ks[p50]];
    for end_hi in candidates {
        let end_hi = u64::from(end_hi & 255);
        let d = Decoded {
            query_digest: digest(38, 39),
            body_digest: digest(40, 41),
            ua_digest: digest(42, 43),
            start_ms,
            end_ms: (end_hi << 40) | (u64::from(at(49)) << 32) | low32([44, 45, 46, 47]),
            fingerprint: fingerprint.clone(),
        };
        if reencode(&d, prefix) == value {
            return Ok(d);
        }
    }
    Err(SignatureError::Malformed("a-bogus does not re-encode"))
}

/// Verifies `value` against the exact signed query text, body, User-Agent and the clock
/// (`now_ms`, accepted skew `max_age_ms` either way).
pub fn verify(
    value: &str,
    query: &str,
    body: &str,
    ua: &str,
    now_ms: u64,
    max_age_ms: u64,
) -> Result<Decoded, SignatureError> {
    let d = decode(value)?;
    let hq = hash_bytes(query);
    if d.query_digest != [hq[21], hq[22]] {
        return Err(SignatureError::Mismatch("a-bogus query digest"));
    }
    let hb = hash_bytes(body);
    if d.body_digest != [hb[21], hb[22]] {
        return Err(SignatureError::Mismatch("a-bogus body digest"));
    }
    if ua_bytes(ua) != Some(d.ua_digest) {
        return Err(SignatureError::Mismatch("a-bogus user-agent digest"));
    }
    if d.start_ms.abs_diff(now_ms) > max_age_ms
        || d.end_ms < d.start_ms
        || d.end_ms - d.start_ms > 60_000
    {
        return Err(SignatureError::Stale);
    }
    Ok(d)
}
