//! Telling media from the pages servers send instead (block pages, JSON errors, login walls),
//! before a byte is kept.

/// `Err(reason)` when `content_type` announces a page or an API answer rather than media.
/// Missing or generic types (`application/octet-stream`, `binary/octet-stream`) pass: CDNs use
/// them for media.
pub fn check_content_type(content_type: &str) -> Result<(), String> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let page = matches!(
        mime.as_str(),
        "text/html"
            | "application/xhtml+xml"
            | "application/json"
            | "text/json"
            | "text/plain"
            | "text/xml"
            | "application/xml"
            | "application/problem+json"
    );
    if page {
        Err(format!("a {mime} answer instead of media"))
    } else {
        Ok(())
    }
}

/// Whether the first bytes of a body are an HTML document (for answers without a type).
pub fn looks_like_page(first: &[u8]) -> bool {
    let head: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(u8::is_ascii_whitespace)
        .take(15)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_not_media() {
        assert!(check_content_type("text/html; charset=utf-8").is_err());
        assert!(check_content_type("application/json").is_err());
        assert!(check_content_type("video/mp4").is_ok());
        assert!(check_content_type("image/webp").is_ok());
        assert!(check_content_type("").is_ok());
        assert!(check_content_type("application/octet-stream").is_ok());
        assert!(looks_like_page(b"\n  <!DOCTYPE html><html>"));
        assert!(looks_like_page(b"<HTML><body>403</body>"));
        assert!(!looks_like_page(b"\x00\x00\x00\x20ftypisom"));
    }
}
