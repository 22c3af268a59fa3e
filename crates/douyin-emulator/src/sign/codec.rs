//! Byte-level primitives shared by the signature schemes: RC4, MD5/SM3 helpers and the
//! custom-alphabet base64 bit grouping.

use md5::{Digest, Md5};

/// RC4 with the given key applied to `data` (encrypt and decrypt are the same).
pub fn rc4(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut s: [u8; 256] = std::array::from_fn(|i| i as u8);
    if key.is_empty() {
        return data.to_vec();
    }
    let mut j: u8 = 0;
    for i in 0..256 {
        j = j.wrapping_add(s[i]).wrapping_add(key[i % key.len()]);
        s.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    data.iter()
        .map(|&b| {
            i = i.wrapping_add(1);
            j = j.wrapping_add(s[i as usize]);
            s.swap(i as usize, j as usize);
            b ^ s[s[i as usize].wrapping_add(s[j as usize]) as usize]
        })
        .collect()
}

/// Raw 16-byte MD5 digest.
pub fn md5(data: &[u8]) -> [u8; 16] {
    let mut out = [0u8; 16];
    out.copy_from_slice(&Md5::digest(data));
    out
}

/// Raw 32-byte SM3 digest.
pub fn sm3(data: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&sm3::Sm3::digest(data));
    out
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Decodes text whose every character is in `alphabet` (64 symbols) into 6-bit indexes;
/// trailing `=` are dropped. `None` if any other character appears.
pub fn sextets(text: &str, alphabet: &str) -> Option<Vec<u8>> {
    let trimmed = text.trim_end_matches('=');
    trimmed
        .chars()
        .map(|c| alphabet.chars().position(|a| a == c).map(|p| p as u8))
        .collect()
}

/// Groups 6-bit indexes four at a time back into 24-bit words, most significant first;
/// a short last group is padded with zero bits.
pub fn words(sextets: &[u8]) -> Vec<u32> {
    sextets
        .chunks(4)
        .map(|c| {
            let mut n = 0u32;
            for k in 0..4 {
                n = (n << 6) | u32::from(*c.get(k).unwrap_or(&0));
            }
            n
        })
        .collect()
}

/// Standard-layout base64 of bytes with a custom 64-symbol alphabet and no padding
/// (callers only use it on lengths that are multiples of 3).
pub fn encode_bytes(bytes: &[u8], alphabet: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        let count = chunk.len() + 1;
        for k in 0..count {
            out.push(char::from(alphabet[((n >> (18 - 6 * k)) & 63) as usize]));
        }
    }
    out
}

/// Decodes standard-layout base64 with a custom alphabet into bytes.
pub fn decode_bytes(text: &str, alphabet: &str) -> Option<Vec<u8>> {
    let s = sextets(text, alphabet)?;
    let mut out = Vec::new();
    for (i, n) in words(&s).iter().enumerate() {
        let avail = s.len() - i * 4;
        let count = match avail {
            0 | 1 => return None,
            2 => 1,
            3 => 2,
            _ => 3,
        };
        for k in 0..count {
            out.push(((n >> (16 - 8 * k)) & 255) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sm3_known_answer() {
        assert_eq!(
            hex(&sm3(b"abc")),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
    }

    #[test]
    fn md5_of_md5_empty_is_the_documented_constant() {
        assert_eq!(hex(&md5(&md5(b""))), "59adb24ef3cdbe0297f05b395827453f");
    }
}
