//! F2's text→bytes rules: one byte per code point (Latin-1), and X-Bogus's "short text is hex".

use super::{SignError, SignedText};

/// One byte per code point; fails on any code point of 256 or more.
pub(crate) fn latin1_bytes(text: &str, which: SignedText) -> Result<Vec<u8>, SignError> {
    text.chars()
        .enumerate()
        .map(|(index, c)| {
            u8::try_from(u32::from(c)).map_err(|_| SignError::NotLatin1 {
                text: which,
                code_point: u32::from(c),
                index,
            })
        })
        .collect()
}

/// X-Bogus's rule: more than 32 characters → Latin-1 bytes; otherwise the text must be pairs of
/// lowercase hex digits (the empty text gives no bytes).
pub(crate) fn xbogus_bytes(text: &str, which: SignedText) -> Result<Vec<u8>, SignError> {
    let chars = text.chars().count();
    if chars > 32 {
        return latin1_bytes(text, which);
    }
    let not_hex = SignError::ShortTextNotHex { text: which, chars };
    let digits = text
        .chars()
        .map(|c| match c {
            '0'..='9' | 'a'..='f' => c.to_digit(16).ok_or_else(|| not_hex.clone()),
            _ => Err(not_hex.clone()),
        })
        .collect::<Result<Vec<u32>, SignError>>()?;
    if !digits.len().is_multiple_of(2) {
        return Err(not_hex);
    }
    Ok(digits
        .chunks(2)
        .map(|pair| ((pair[0] << 4) | pair[1]) as u8)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_is_one_byte_per_char_not_utf8() {
        assert_eq!(
            latin1_bytes("café", SignedText::Query).unwrap(),
            vec![b'c', b'a', b'f', 0xE9]
        );
        let err = latin1_bytes("a抖", SignedText::Query).unwrap_err();
        assert_eq!(
            err,
            SignError::NotLatin1 {
                text: SignedText::Query,
                code_point: 0x6296,
                index: 1
            }
        );
    }

    #[test]
    fn short_text_is_lowercase_hex() {
        assert_eq!(
            xbogus_bytes("deadbeef", SignedText::Query).unwrap(),
            vec![0xde, 0xad, 0xbe, 0xef]
        );
        assert_eq!(
            xbogus_bytes("", SignedText::Query).unwrap(),
            Vec::<u8>::new()
        );
        for bad in ["DEADBEEF", "abc", "xyz=", "a=1&b=2"] {
            assert_eq!(
                xbogus_bytes(bad, SignedText::Query).unwrap_err().kind(),
                super::super::SignErrorKind::ShortTextNotHex,
                "{bad}"
            );
        }
    }

    #[test]
    fn long_text_is_latin1_even_if_hex() {
        let text = "0123456789abcdef0123456789abcdef0";
        assert_eq!(
            xbogus_bytes(text, SignedText::Query).unwrap(),
            text.as_bytes()
        );
    }
}
