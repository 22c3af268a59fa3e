//! Base64 over a caller-chosen 64-symbol alphabet, `=` padded: the signers use three alphabets.

/// Encodes `bytes` with the standard Base64 bit layout but `alphabet` as the symbol table.
pub(crate) fn encode(bytes: &[u8], alphabet: &[u8; 64]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b0 = u32::from(chunk[0]);
        let b1 = chunk.get(1).copied().map_or(0, u32::from);
        let b2 = chunk.get(2).copied().map_or(0, u32::from);
        let n = (b0 << 16) | (b1 << 8) | b2;
        let symbol = |shift: u32| char::from(alphabet[((n >> shift) & 63) as usize]);
        out.push(symbol(18));
        out.push(symbol(12));
        out.push(if chunk.len() > 1 { symbol(6) } else { '=' });
        out.push(if chunk.len() > 2 { symbol(0) } else { '=' });
    }
    out
}

/// The RFC 4648 alphabet.
pub(crate) const STANDARD: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

#[cfg(test)]
mod tests {
    use super::{encode, STANDARD};

    #[test]
    fn standard_alphabet_matches_rfc4648_examples() {
        assert_eq!(encode(b"", STANDARD), "");
        assert_eq!(encode(b"f", STANDARD), "Zg==");
        assert_eq!(encode(b"fo", STANDARD), "Zm8=");
        assert_eq!(encode(b"foo", STANDARD), "Zm9v");
        assert_eq!(encode(b"foobar", STANDARD), "Zm9vYmFy");
    }
}
