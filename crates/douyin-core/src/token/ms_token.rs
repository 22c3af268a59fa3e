//! msToken: the request that obtains a real one (spec http.md §5.1), reading it from the
//! answer, and F2's offline "false" token (§5.2), the fallback when the request fails.

use super::python_json::{dumps_object, PyValue};
use super::request::{cookie_from_set_cookie, HttpMethod, TokenRequest};
use super::{F2Release, TokenError};

/// The 64 characters a false msToken is drawn from.
pub const MS_TOKEN_CHARSET: &str =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";

/// The constant fields and blob of F2's msToken request body (`f2-token-config.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MsTokenConfig {
    /// The endpoint, including F2's fixed query.
    pub url: &'static str,
    /// `magic` field.
    pub magic: u64,
    /// `version` field.
    pub version: u64,
    /// `dataType` field.
    pub data_type: u64,
    /// The opaque base64 `strData` blob.
    pub str_data: &'static str,
    /// `ulr` field; PyPI 0.0.1.7 sends none.
    pub ulr: Option<u64>,
    /// Token lengths F2 accepts from the answer.
    pub accepted_lengths: &'static [usize],
}

const HEAD_CONFIG: MsTokenConfig = MsTokenConfig {
    url: "https://mssdk.bytedance.com/web/r/token?ms_appid=6383&msToken=T4bNG9W2rKF7hBNwaYssDErnJEobDAk641DFaOn4hcsfAM8slpbZeKPM4Ml4rhDQq18iY8nQ0JR3J87SLZtDiDqtZdZawfBjCWAgtolQsoEtG6MLETvo4fwr7F28zGJUFDdJgKEZHibNR0QshVBv28ygsQsJDzerKAtsgj9Pn5WsxyS1vfkiX3I%3D",
    magic: 538_969_122,
    version: 1,
    data_type: 8,
    str_data: include_str!("data/ms_token_str_data_head.txt"),
    ulr: Some(0),
    accepted_lengths: &[164, 184],
};

const PYPI_0_0_1_7_CONFIG: MsTokenConfig = MsTokenConfig {
    url: "https://mssdk.bytedance.com/web/report",
    magic: 538_969_122,
    version: 1,
    data_type: 8,
    str_data: include_str!("data/ms_token_str_data_pypi_0_0_1_7.txt"),
    ulr: None,
    accepted_lengths: &[120, 128],
};

impl MsTokenConfig {
    /// The configuration a release ships.
    pub fn for_release(release: F2Release) -> &'static MsTokenConfig {
        match release {
            F2Release::Head => &HEAD_CONFIG,
            F2Release::Pypi0017 => &PYPI_0_0_1_7_CONFIG,
        }
    }
}

/// The request for a real msToken; `now_ms` becomes `tspFromClient`. Send it without cookies.
pub fn real_ms_token_request(release: F2Release, user_agent: &str, now_ms: u64) -> TokenRequest {
    let config = MsTokenConfig::for_release(release);
    let mut fields = vec![
        ("magic", PyValue::Int(config.magic)),
        ("version", PyValue::Int(config.version)),
        ("dataType", PyValue::Int(config.data_type)),
        ("strData", PyValue::Str(config.str_data)),
    ];
    if let Some(ulr) = config.ulr {
        fields.push(("ulr", PyValue::Int(ulr)));
    }
    fields.push(("tspFromClient", PyValue::Int(now_ms)));
    TokenRequest {
        method: HttpMethod::Post,
        url: config.url.to_owned(),
        headers: vec![
            ("Content-Type", "application/json; charset=utf-8".to_owned()),
            ("User-Agent", user_agent.to_owned()),
        ],
        body: dumps_object(&fields),
    }
}

/// The real msToken from the answer's HTTP status and `Set-Cookie` headers (the body is ignored).
pub fn parse_real_ms_token<I, S>(
    release: F2Release,
    status: u16,
    set_cookie_headers: I,
) -> Result<String, TokenError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    if !(200..300).contains(&status) {
        return Err(TokenError::HttpStatus { status });
    }
    let token = cookie_from_set_cookie(set_cookie_headers, "msToken")
        .ok_or(TokenError::MissingCookie { name: "msToken" })?;
    let accepted = MsTokenConfig::for_release(release).accepted_lengths;
    if accepted.contains(&token.len()) {
        Ok(token)
    } else {
        Err(TokenError::BadTokenLength {
            length: token.len(),
            accepted,
        })
    }
}

/// How many random characters precede the `==` of a false msToken.
pub fn false_ms_token_random_chars(release: F2Release) -> usize {
    match release {
        F2Release::Head => 182,
        F2Release::Pypi0017 => 126,
    }
}

/// A false msToken (HEAD: 182 random charset characters + `==`, 184 in all).
pub fn false_ms_token(rng: &mut impl rand::Rng) -> String {
    let charset = MS_TOKEN_CHARSET.as_bytes();
    let count = false_ms_token_random_chars(F2Release::Head);
    let mut token: String = (0..count)
        .map(|_| char::from(charset[rng.random_range(0..charset.len())]))
        .collect();
    token.push_str("==");
    token
}

/// A false msToken from explicit charset indexes (one per character, each below 64), as the
/// vectors record F2's random choices; pass 182 (HEAD) or 126 (PyPI 0.0.1.7) of them.
pub fn false_ms_token_from_indexes(indexes: &[usize]) -> Result<String, TokenError> {
    let charset = MS_TOKEN_CHARSET.as_bytes();
    let mut token = indexes
        .iter()
        .enumerate()
        .map(|(position, &index)| {
            charset
                .get(index)
                .map(|&b| char::from(b))
                .ok_or(TokenError::RandomIndexOutOfRange {
                    position,
                    index,
                    limit: charset.len(),
                })
        })
        .collect::<Result<String, TokenError>>()?;
    token.push_str("==");
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    const UA: &str = crate::sign::DEFAULT_ABOGUS_UA;

    #[test]
    fn request_body_has_f2_key_order_and_separators() {
        let request = real_ms_token_request(F2Release::Head, UA, 1_718_000_000_123);
        assert_eq!(request.method, HttpMethod::Post);
        assert!(request
            .url
            .starts_with("https://mssdk.bytedance.com/web/r/token?ms_appid=6383&msToken="));
        assert_eq!(request.url.len(), 248);
        assert_eq!(
            request.header("content-type"),
            Some("application/json; charset=utf-8")
        );
        assert_eq!(request.header("User-Agent"), Some(UA));
        assert_eq!(request.header("Cookie"), None);
        let prefix = r#"{"magic": 538969122, "version": 1, "dataType": 8, "strData": ""#;
        assert!(request.body.starts_with(prefix));
        assert!(request
            .body
            .ends_with(r#"", "ulr": 0, "tspFromClient": 1718000000123}"#));
        assert_eq!(
            request.body.len(),
            prefix.len() + 9084 + r#"", "ulr": 0, "tspFromClient": 1718000000123}"#.len()
        );
    }

    #[test]
    fn pypi_request_has_no_ulr() {
        let request = real_ms_token_request(F2Release::Pypi0017, UA, 5);
        assert_eq!(request.url, "https://mssdk.bytedance.com/web/report");
        assert!(!request.body.contains("ulr"));
        assert!(request.body.ends_with(r#"", "tspFromClient": 5}"#));
        assert_eq!(
            MsTokenConfig::for_release(F2Release::Pypi0017)
                .str_data
                .len(),
            4036
        );
    }

    #[test]
    fn reads_the_token_from_set_cookie_and_checks_its_length() {
        let token = "a".repeat(184);
        let header = format!("msToken={token}; path=/; secure");
        assert_eq!(
            parse_real_ms_token(F2Release::Head, 200, [header.as_str()]).unwrap(),
            token
        );
        let short = format!("msToken={}; path=/", "a".repeat(100));
        assert_eq!(
            parse_real_ms_token(F2Release::Head, 200, [short.as_str()]).unwrap_err(),
            TokenError::BadTokenLength {
                length: 100,
                accepted: &[164, 184]
            }
        );
        assert_eq!(
            parse_real_ms_token(F2Release::Head, 200, ["x=1"]).unwrap_err(),
            TokenError::MissingCookie { name: "msToken" }
        );
        assert_eq!(
            parse_real_ms_token(F2Release::Head, 503, [header.as_str()]).unwrap_err(),
            TokenError::HttpStatus { status: 503 }
        );
    }

    #[test]
    fn false_token_is_184_charset_chars_ending_in_padding() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        let token = false_ms_token(&mut rng);
        assert_eq!(token.len(), 184);
        assert!(token.ends_with("=="));
        assert!(token[..182].chars().all(|c| MS_TOKEN_CHARSET.contains(c)));
    }

    #[test]
    fn explicit_indexes_must_be_in_the_charset() {
        assert_eq!(false_ms_token_from_indexes(&[0, 63, 62]).unwrap(), "A-+==");
        let err = false_ms_token_from_indexes(&[0, 64]).unwrap_err();
        assert_eq!(err.kind(), crate::token::TokenErrorKind::InvalidInput);
    }
}
