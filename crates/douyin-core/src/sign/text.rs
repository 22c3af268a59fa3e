//! F2's text→bytes rules: one byte per code point (Latin-1), and X-Bogus's "short text is hex".

use super::{SignError, SignedText};
use std::borrow::Cow;

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

/// [`xbogus_bytes`] without copying the common case: an ASCII text of more than 32 characters
/// is its own Latin-1 bytes.
pub(crate) fn xbogus_input(text: &str, which: SignedText) -> Result<Cow<'_, [u8]>, SignError> {
    if text.len() > 32 && text.is_ascii() {
        Ok(Cow::Borrowed(text.as_bytes()))
    } else {
        xbogus_bytes(text, which).map(Cow::Owned)
    }
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

    #[test]
    fn the_borrowing_fast_path_gives_the_same_bytes() {
        let long_ascii = "device_platform=webapp&aid=6383&channel=channel_pc_web";
        let latin = "device_platform=webapp&aid=6383&q=caf\u{e9}&x=1";
        for text in [long_ascii, latin, "deadbeef", ""] {
            assert_eq!(
                xbogus_input(text, SignedText::Query).unwrap().as_ref(),
                xbogus_bytes(text, SignedText::Query).unwrap().as_slice(),
                "{text}"
            );
        }
        // 32 bytes of ASCII is short text: hex, so this one fails either way.
        let short = "a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=88";
        assert_eq!(short.len(), 32);
        assert!(xbogus_input(short, SignedText::Query).is_err());
        // More than 32 bytes but at most 32 characters: still the short-text rule.
        let wide = "\u{e9}".repeat(20);
        assert!(matches!(
            xbogus_input(&wide, SignedText::Query),
            Err(SignError::ShortTextNotHex { .. })
        ));
    }
}
