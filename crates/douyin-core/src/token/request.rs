//! The shape of a token-endpoint request handed to the HTTP client, and reading cookies from
//! the answer's `Set-Cookie` headers.

/// The HTTP method of a token request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// POST (every token endpoint).
    Post,
}

/// A request to send as is: no cookies, no headers beyond these (F2 uses a bare client).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRequest {
    /// The method.
    pub method: HttpMethod,
    /// The full URL, sent without re-encoding.
    pub url: String,
    /// Header names and values in F2's order.
    pub headers: Vec<(&'static str, String)>,
    /// The body text, byte for byte.
    pub body: String,
}

impl TokenRequest {
    /// The value of header `name` (ASCII case-insensitive), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The value of cookie `name` among `Set-Cookie` header values; the last one wins, as in a
/// cookie jar. An empty value counts as absent.
pub fn cookie_from_set_cookie<I, S>(set_cookie_headers: I, name: &str) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    set_cookie_headers
        .into_iter()
        .filter_map(|header| {
            let pair = header.as_ref().split(';').next()?;
            let (key, value) = pair.split_once('=')?;
            (key.trim() == name).then(|| value.trim().to_owned())
        })
        .last()
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::cookie_from_set_cookie;

    #[test]
    fn finds_the_named_cookie_and_ignores_attributes() {
        let headers = [
            "other=1; Path=/",
            "msToken=abc==; expires=Sat, 28 Nov 2026 12:00:00 GMT; domain=.bytedance.com; path=/; secure",
        ];
        assert_eq!(
            cookie_from_set_cookie(headers, "msToken").as_deref(),
            Some("abc==")
        );
        assert_eq!(cookie_from_set_cookie(headers, "ttwid"), None);
        assert_eq!(
            cookie_from_set_cookie(["msToken=; Path=/"], "msToken"),
            None
        );
        assert_eq!(
            cookie_from_set_cookie(["a=1", "a=2"], "a").as_deref(),
            Some("2")
        );
    }
}
