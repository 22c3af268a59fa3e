//! X-Bogus (spec http.md §6): a 28-character signature over the query text, the User-Agent and
//! the time in whole seconds.

use super::base64;
use super::rc4::{keystream, rc4};
use super::text::{latin1_bytes, xbogus_input};
use super::{SignError, SignedText, DEFAULT_XBOGUS_UA};
use md5::{Digest, Md5};
use std::cell::RefCell;

/// The symbol table of the final encoding (index 64, `=`, is never reached).
const XB_ALPHABET: &[u8; 64] = b"Dkdpgh4ZKsQB80/Mfvw36XI1R25-WUAlEi7NLboqYTOPuzmFjJnryx9HVGcaStCe";

/// RC4 key for scrambling the UA.
const UA_KEY: [u8; 3] = [0, 1, 12];

/// RC4 key for the 19 signed bytes.
const PAYLOAD_KEY: [u8; 1] = [255];

/// The UA key's keystream, long enough for every real User-Agent (longer ones run the cipher).
const UA_KEYSTREAM: [u8; 512] = keystream(&UA_KEY);

/// The payload key's keystream for the 19 signed bytes.
const PAYLOAD_KEYSTREAM: [u8; 19] = keystream(&PAYLOAD_KEY);

/// `MD5(MD5(empty))`, a constant of the algorithm (spec http.md §6 step 3).
const CONST_DIGEST: [u8; 16] = [
    0x59, 0xad, 0xb2, 0x4e, 0xf3, 0xcd, 0xbe, 0x02, 0x97, 0xf0, 0x5b, 0x39, 0x58, 0x27, 0x45, 0x3f,
];

/// Big-endian bytes of the constant 536919696 that closes the 18 values.
const TRAILER: [u8; 4] = [32, 0, 190, 144];

/// Every value X-Bogus derives, for tests and diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XBogusTrace {
    /// The UA actually used (the default replaces an empty one).
    pub effective_user_agent: String,
    /// `MD5` of the Base64 text of the RC4-scrambled UA.
    pub ua_digest: [u8; 16],
    /// `MD5(MD5(empty))`.
    pub const_digest: [u8; 16],
    /// `MD5(MD5(query bytes))`.
    pub params_digest: [u8; 16],
    /// The 18 values plus their XOR.
    pub payload: [u8; 19],
    /// `[2, 255]` followed by the RC4-encrypted payload.
    pub encoded_input: [u8; 21],
    /// The signature.
    pub value: String,
}

/// The fixed-size values of one signature; no text is built until the caller wants it.
struct Derived {
    ua_digest: [u8; 16],
    params_digest: [u8; 16],
    payload: [u8; 19],
    encoded_input: [u8; 21],
}

/// The X-Bogus value for `query` (the exact text sent), `user_agent` (empty → [`DEFAULT_XBOGUS_UA`])
/// at `unix_seconds`.
pub fn x_bogus(query: &str, user_agent: &str, unix_seconds: u32) -> Result<String, SignError> {
    let derived = derive(query, effective_ua(user_agent), unix_seconds)?;
    Ok(base64::encode(&derived.encoded_input, XB_ALPHABET))
}

/// [`x_bogus`] with every intermediate value.
pub fn x_bogus_traced(
    query: &str,
    user_agent: &str,
    unix_seconds: u32,
) -> Result<XBogusTrace, SignError> {
    let ua = effective_ua(user_agent);
    let derived = derive(query, ua, unix_seconds)?;
    Ok(XBogusTrace {
        effective_user_agent: ua.to_owned(),
        ua_digest: derived.ua_digest,
        const_digest: CONST_DIGEST,
        params_digest: derived.params_digest,
        payload: derived.payload,
        encoded_input: derived.encoded_input,
        value: base64::encode(&derived.encoded_input, XB_ALPHABET),
    })
}

fn effective_ua(user_agent: &str) -> &str {
    if user_agent.is_empty() {
        DEFAULT_XBOGUS_UA
    } else {
        user_agent
    }
}

thread_local! {
    /// The last UA and its digest: a session signs every request with the same UA, so the UA
    /// half of the work is done once per thread rather than once per signature.
    static LAST_UA_DIGEST: RefCell<Option<(String, [u8; 16])>> = const { RefCell::new(None) };
}

/// `MD5` of the Base64 text of the RC4-scrambled UA (steps 1-2), remembered for the last UA.
fn ua_digest(ua: &str) -> Result<[u8; 16], SignError> {
    let cached = LAST_UA_DIGEST.with_borrow(|last| {
        last.as_ref()
            .filter(|(last_ua, _)| last_ua == ua)
            .map(|(_, digest)| *digest)
    });
    if let Some(digest) = cached {
        return Ok(digest);
    }
    let ua_text = base64::encode(&scramble_ua(ua)?, base64::STANDARD);
    let digest = md5(&xbogus_input(&ua_text, SignedText::UserAgentDigestInput)?);
    LAST_UA_DIGEST.with_borrow_mut(|last| *last = Some((ua.to_owned(), digest)));
    Ok(digest)
}

fn derive(query: &str, ua: &str, unix_seconds: u32) -> Result<Derived, SignError> {
    let ua_digest = ua_digest(ua)?;
    let params_digest = md5(&md5(&xbogus_input(query, SignedText::Query)?));

    let t = unix_seconds.to_be_bytes();
    let values: [u8; 18] = [
        64,
        0,
        1,
        12,
        params_digest[14],
        params_digest[15],
        CONST_DIGEST[14],
        CONST_DIGEST[15],
        ua_digest[14],
        ua_digest[15],
        t[0],
        t[1],
        t[2],
        t[3],
        TRAILER[0],
        TRAILER[1],
        TRAILER[2],
        TRAILER[3],
    ];
    let mut payload = [0u8; 19];
    payload[..18].copy_from_slice(&values);
    payload[18] = values.iter().fold(0, |acc, v| acc ^ v);

    let mut encoded_input = [0u8; 21];
    encoded_input[0] = 2;
    encoded_input[1] = 255;
    for ((out, byte), key) in encoded_input[2..]
        .iter_mut()
        .zip(payload)
        .zip(PAYLOAD_KEYSTREAM)
    {
        *out = byte ^ key;
    }
    Ok(Derived {
        ua_digest,
        params_digest,
        payload,
        encoded_input,
    })
}

/// `RC4(00 01 0C, UA as Latin-1)`: the precomputed keystream for every real UA, the cipher for
/// a longer one.
fn scramble_ua(ua: &str) -> Result<Vec<u8>, SignError> {
    let latin1;
    let bytes: &[u8] = if ua.is_ascii() {
        ua.as_bytes()
    } else {
        latin1 = latin1_bytes(ua, SignedText::UserAgent)?;
        &latin1
    };
    if bytes.len() > UA_KEYSTREAM.len() {
        return Ok(rc4(&UA_KEY, bytes));
    }
    Ok(bytes.iter().zip(UA_KEYSTREAM).map(|(b, k)| b ^ k).collect())
}

fn md5(bytes: &[u8]) -> [u8; 16] {
    Md5::digest(bytes).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EDGE_130: &str = super::super::DEFAULT_ABOGUS_UA;

    /// The 861-character demo query of the spec's worked example (`xbogus-000`).
    const DEMO_QUERY: &str = "device_platform=webapp&aid=6383&channel=channel_pc_web&sec_user_id=MS4wLjABAAAAW9FWcqS7RdQAWPd2AA5fL_ilmqsIFUCQ_Iym6Yh9_cUa6ZRqVLjVQSUjlHrfXY1Y&max_cursor=0&locate_query=false&show_live_replay_strategy=1&need_time_list=1&time_list_query=0&whale_cut_token=&cut_version=1&count=18&publish_video_strategy_type=2&pc_client_type=1&version_code=170400&version_name=17.4.0&cookie_enabled=true&screen_width=1920&screen_height=1080&browser_language=zh-CN&browser_platform=Win32&browser_name=Edge&browser_version=122.0.0.0&browser_online=true&engine_name=Blink&engine_version=122.0.0.0&os_name=Windows&os_version=10&cpu_core_num=12&device_memory=8&platform=PC&downlink=10&effective_type=4g&round_trip_time=50&webid=7335414539335222835&msToken=p9Y7fUBuq9DKvAuN27Peml6JbaMqG2ZcXfFiyDv1jcHrCN00uidYqUgSuLsKl1onC-E_n82m-aKKYE0QGEmxIWZx9iueQ6WLbvzPfqnMk4GBAlQIHcDzxb38FLXXQxAm";

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn reproduces_the_worked_example() {
        assert_eq!(DEMO_QUERY.len(), 861);
        let trace = x_bogus_traced(DEMO_QUERY, EDGE_130, 1_700_000_000).unwrap();
        assert_eq!(hex(&trace.ua_digest), "c342aa3a0ba23c72206aef77f1ab2c3a");
        assert_eq!(hex(&trace.const_digest), "59adb24ef3cdbe0297f05b395827453f");
        assert_eq!(
            hex(&trace.params_digest),
            "f2b707bc4b83fbebe93fb1d83ee0b10c"
        );
        assert_eq!(
            trace.payload,
            [64, 0, 1, 12, 177, 12, 69, 63, 44, 58, 101, 83, 241, 0, 32, 0, 190, 144, 85]
        );
        assert_eq!(
            trace.encoded_input,
            [
                2, 255, 45, 37, 46, 40, 193, 95, 94, 143, 21, 113, 246, 231, 53, 111, 253, 156, 86,
                44, 165
            ]
        );
        assert_eq!(trace.value, "DFSzswVYjXtANJXJtmWx-e9WX7nb");
    }

    #[test]
    fn the_constant_digest_is_md5_of_md5_of_nothing() {
        assert_eq!(CONST_DIGEST, md5(&md5(&[])));
        assert_eq!(PAYLOAD_KEYSTREAM.to_vec(), rc4(&PAYLOAD_KEY, &[0; 19]));
    }

    #[test]
    fn a_ua_longer_than_the_keystream_signs_as_the_cipher_does() {
        let long = format!("{EDGE_130} {}", "x".repeat(600));
        let trace = x_bogus_traced(DEMO_QUERY, &long, 1).unwrap();
        let ua_text = base64::encode(&rc4(&UA_KEY, long.as_bytes()), base64::STANDARD);
        assert_eq!(trace.ua_digest, md5(ua_text.as_bytes()));
    }

    #[test]
    fn the_remembered_ua_digest_never_leaks_into_another_ua() {
        let other = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)";
        let first = x_bogus_traced(DEMO_QUERY, EDGE_130, 1).unwrap();
        let second = x_bogus_traced(DEMO_QUERY, other, 1).unwrap();
        let again = x_bogus_traced(DEMO_QUERY, EDGE_130, 1).unwrap();
        assert_eq!(hex(&first.ua_digest), "c342aa3a0ba23c72206aef77f1ab2c3a");
        assert_ne!(second.ua_digest, first.ua_digest);
        assert_eq!(again, first);
        // A UA F2 cannot sign fails every time, not only the first.
        for _ in 0..2 {
            assert!(x_bogus(DEMO_QUERY, "curl/8.5.0", 1).is_err());
        }
    }

    #[test]
    fn empty_ua_means_the_builtin_default() {
        let with_default = x_bogus(DEMO_QUERY, DEFAULT_XBOGUS_UA, 1).unwrap();
        assert_eq!(x_bogus(DEMO_QUERY, "", 1).unwrap(), with_default);
    }

    #[test]
    fn always_28_chars_with_the_constant_prefix() {
        for t in [0, 1, 1_718_000_000, u32::MAX] {
            let value = x_bogus(DEMO_QUERY, EDGE_130, t).unwrap();
            assert_eq!(value.len(), 28);
            assert!(value.starts_with("DFSzswVY"), "{value}");
        }
    }

    #[test]
    fn refuses_what_f2_cannot_sign() {
        use super::super::SignErrorKind;
        // A UA of at most 24 bytes has a Base64 text of at most 32 chars, read as hex.
        let short_ua = x_bogus(DEMO_QUERY, "curl/8.5.0", 1).unwrap_err();
        assert_eq!(short_ua.kind(), SignErrorKind::ShortTextNotHex);
        let short_query = x_bogus("a=1&b=2", EDGE_130, 1).unwrap_err();
        assert_eq!(short_query.kind(), SignErrorKind::ShortTextNotHex);
        let wide = format!("{DEMO_QUERY}&q=抖音");
        assert_eq!(
            x_bogus(&wide, EDGE_130, 1).unwrap_err().kind(),
            SignErrorKind::NotLatin1
        );
    }
}
