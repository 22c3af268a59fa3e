//! Reading string fields: the schema keeps proto `string` fields as zero-copy `Bytes` slices of
//! the frame, so callers turn them into text here (lossy on invalid UTF-8).

use bytes::Bytes;
use std::borrow::Cow;

/// The text of a proto string field; invalid UTF-8 sequences become U+FFFD.
pub fn pb_text(field: &Bytes) -> Cow<'_, str> {
    String::from_utf8_lossy(field)
}

/// A proto string field built from text (for constructing messages in code and tests).
pub fn pb_string(text: &str) -> Bytes {
    Bytes::copy_from_slice(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_not_rejected() {
        assert_eq!(pb_text(&Bytes::from_static(b"ok\xff")), "ok\u{fffd}");
        assert_eq!(pb_text(&pb_string("送给主播")), "送给主播");
    }
}
