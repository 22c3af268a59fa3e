//! The wss `signature` query parameter: stub string → `x_ms_stub` (MD5 hex) → the 12-byte
//! frontierSign layout, RC4 with a one-byte key, encoded over a custom 64-letter alphabet.
//! Randomness is an input so results are reproducible and testable.

use super::error::WebcastError;
use md5::{Digest, Md5};
use rand::Rng;

/// The alphabet of the signature's base64-style encoding.
pub const SIGNATURE_ALPHABET: &[u8; 64] =
    b"Dkdpgh4ZKsQB80/Mfvw36XI1R25+WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe";

/// Bytes 14 and 15 of MD5 over the raw bytes of MD5(""), the empty-query constant.
const EMPTY_QUERY_TAIL: [u8; 2] = [0x45, 0x3f];

/// The per-call values the original JS draws from its counter and `Math.random`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SignatureDraws {
    /// The module counter; only its low 6 bits are encoded.
    pub counter: u32,
    /// 0 or 1; selects the first byte 0x40 or 0x50.
    pub flag_bit: u8,
    /// The random ninth layout byte (0–254 in the JS).
    pub tail_byte: u8,
    /// The one-byte RC4 key (0–254 in the JS).
    pub key_byte: u8,
}

impl SignatureDraws {
    /// Draws the random parts like the JS does (`floor(255·random)`, `floor(100·random) & 1`).
    pub fn random(counter: u32, rng: &mut impl Rng) -> Self {
        Self {
            counter,
            flag_bit: rng.random_range(0..100u8) & 1,
            tail_byte: rng.random_range(0..255u8),
            key_byte: rng.random_range(0..255u8),
        }
    }
}

/// The exact stub string F2 hashes for a room and viewer (note the empty values).
pub fn signature_stub(room_id: &str, user_unique_id: &str) -> String {
    format!(
        "live_id=1,aid=6383,version_code=180800,webcast_sdk_version=1.0.14-beta.0,room_id={room_id},\
         sub_room_id=,sub_channel_id=,did_rule=3,user_unique_id={user_unique_id},device_platform=web,\
         device_type=,ac=,identity=audience"
    )
}

/// `x_ms_stub`: lowercase hex MD5 of the stub string.
pub fn x_ms_stub(stub: &str) -> String {
    hex_lower(&Md5::digest(stub.as_bytes()))
}

/// Signs an `x_ms_stub` with explicit draws; fails only if the stub is not 32 hex digits.
pub fn sign_x_ms_stub(x_ms_stub: &str, draws: SignatureDraws) -> Result<String, WebcastError> {
    let u = stub_digest(x_ms_stub)?;
    let mut plain = [0u8; 10];
    plain[..9].copy_from_slice(&[
        (draws.counter & 63) as u8,
        0,
        0,
        0,
        EMPTY_QUERY_TAIL[0],
        EMPTY_QUERY_TAIL[1],
        u[14],
        u[15],
        draws.tail_byte,
    ]);
    plain[9] = plain[..9].iter().fold(0, |acc, b| acc ^ b);
    let mut bytes = [0u8; 12];
    bytes[0] = 0x40 | ((draws.flag_bit & 1) << 4);
    bytes[1] = draws.key_byte;
    bytes[2..].copy_from_slice(&plain);
    rc4_in_place(draws.key_byte, &mut bytes[2..]);
    Ok(encode_groups(&bytes))
}

/// Signature for a room and viewer with explicit draws.
pub fn signature(room_id: &str, user_unique_id: &str, draws: SignatureDraws) -> String {
    let stub = x_ms_stub(&signature_stub(room_id, user_unique_id));
    // The stub is our own MD5 hex, so it always parses; fall back to an empty value regardless.
    sign_x_ms_stub(&stub, draws).unwrap_or_default()
}

/// Signature for a room and viewer with draws taken from `rng` (F2 always sends counter 2).
pub fn signature_with_rng(
    room_id: &str,
    user_unique_id: &str,
    counter: u32,
    rng: &mut impl Rng,
) -> String {
    signature(
        room_id,
        user_unique_id,
        SignatureDraws::random(counter, rng),
    )
}

/// Decodes a signature and checks its layout against `x_ms_stub`; returns the draws it used
/// (with `counter` reduced to its 6 encoded bits).
pub fn verify_signature(signature: &str, x_ms_stub: &str) -> Result<SignatureDraws, WebcastError> {
    let u = stub_digest(x_ms_stub)?;
    let mut bytes = decode_groups(signature)?;
    let bad = |why: &str| Err(WebcastError::Signature(why.to_owned()));
    if bytes[0] & !0x10 != 0x40 {
        return bad("first byte is neither 0x40 nor 0x50");
    }
    let key_byte = bytes[1];
    rc4_in_place(key_byte, &mut bytes[2..]);
    let p = &bytes[2..];
    if p[0] & 0xc0 != 0 || p[1..4] != [0, 0, 0] || p[4..6] != EMPTY_QUERY_TAIL {
        return bad("fixed layout bytes do not match");
    }
    if p[6..8] != u[14..16] {
        return bad("stub digest bytes do not match");
    }
    if p[..9].iter().fold(0, |acc, b| acc ^ b) != p[9] {
        return bad("checksum does not match");
    }
    Ok(SignatureDraws {
        counter: u32::from(p[0]),
        flag_bit: (bytes[0] >> 4) & 1,
        tail_byte: p[8],
        key_byte,
    })
}

/// MD5 over the 16 raw bytes of the hex stub.
fn stub_digest(x_ms_stub: &str) -> Result<[u8; 16], WebcastError> {
    let raw = hex_decode_16(x_ms_stub)
        .ok_or_else(|| WebcastError::Signature("x_ms_stub is not 32 hex digits".into()))?;
    Ok(Md5::digest(raw).into())
}

fn rc4_in_place(key: u8, data: &mut [u8]) {
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key);
        s.swap(i, usize::from(j));
    }
    let (mut i, mut j) = (0u8, 0u8);
    for b in data {
        i = i.wrapping_add(1);
        j = j.wrapping_add(s[usize::from(i)]);
        s.swap(usize::from(i), usize::from(j));
        *b ^= s[usize::from(s[usize::from(i)].wrapping_add(s[usize::from(j)]))];
    }
}

fn encode_groups(bytes: &[u8; 12]) -> String {
    let mut out = String::with_capacity(16);
    for c in bytes.chunks_exact(3) {
        let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
        for shift in [18, 12, 6, 0] {
            out.push(char::from(SIGNATURE_ALPHABET[((n >> shift) & 63) as usize]));
        }
    }
    out
}

fn decode_groups(sig: &str) -> Result<[u8; 12], WebcastError> {
    let chars = sig.as_bytes();
    if chars.len() != 16 {
        return Err(WebcastError::Signature(format!(
            "expected 16 characters, got {}",
            chars.len()
        )));
    }
    let mut out = [0u8; 12];
    for (g, quad) in chars.chunks_exact(4).enumerate() {
        let mut n = 0u32;
        for &c in quad {
            let v = SIGNATURE_ALPHABET
                .iter()
                .position(|&a| a == c)
                .ok_or_else(|| WebcastError::Signature("character outside the alphabet".into()))?;
            n = (n << 6) | v as u32;
        }
        out[g * 3..g * 3 + 3].copy_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    Ok(out)
}

fn hex_lower(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hex_decode_16(s: &str) -> Option<[u8; 16]> {
    let b = s.as_bytes();
    if b.len() != 32 {
        return None;
    }
    let nib = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; 16];
    for (i, o) in out.iter_mut().enumerate() {
        *o = (nib(b[2 * i])? << 4) | nib(b[2 * i + 1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn empty_query_constant_is_md5_of_md5_empty() {
        let inner = Md5::digest(b"");
        let outer = Md5::digest(inner);
        assert_eq!([outer[14], outer[15]], EMPTY_QUERY_TAIL);
    }

    #[test]
    fn rng_signatures_verify_and_report_their_draws() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let stub = x_ms_stub(&signature_stub(
            "7382517534467115826",
            "7382524529011246630",
        ));
        for counter in [0, 2, 63, 64, 1000] {
            let draws = SignatureDraws::random(counter, &mut rng);
            let sig = sign_x_ms_stub(&stub, draws).unwrap_or_default();
            let back = verify_signature(&sig, &stub);
            assert_eq!(
                back,
                Ok(SignatureDraws {
                    counter: counter & 63,
                    ..draws
                })
            );
        }
    }

    #[test]
    fn verify_rejects_other_stub_and_garbage() {
        let a = x_ms_stub("a");
        let b = x_ms_stub("b");
        let draws = SignatureDraws {
            counter: 2,
            flag_bit: 1,
            tail_byte: 9,
            key_byte: 200,
        };
        let sig = sign_x_ms_stub(&a, draws).unwrap_or_default();
        assert!(verify_signature(&sig, &b).is_err());
        assert!(verify_signature("short", &a).is_err());
        assert!(verify_signature("################", &a).is_err());
        assert!(sign_x_ms_stub("not-hex", draws).is_err());
    }
}
