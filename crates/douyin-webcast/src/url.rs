//! The im/fetch query and the wss URL as ordered parameter lists, joined raw (`k=v&...`, no
//! percent-encoding) exactly as F2 sends them.

/// `browser_version` F2 sends: its User-Agent minus `Mozilla/`, fully percent-encoded.
pub const DEFAULT_BROWSER_VERSION: &str = "5.0%20%28Windows%20NT%2010.0%3B%20Win64%3B%20x64%29%20AppleWebKit%2F537.36%20%28KHTML%2C%20like%20Gecko%29%20Chrome%2F130.0.0.0%20Safari%2F537.36%20Edg%2F130.0.0.0";
/// `webcast_sdk_version` / `update_version_code` of the wss URL.
pub const WEBCAST_SDK_VERSION: &str = "1.0.14-beta.0";

/// Characters python's `quote(s, safe="")` leaves alone: letters, digits and `_.-~`.
const QUOTE_ALL: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'_')
    .remove(b'.')
    .remove(b'-')
    .remove(b'~');

/// `browser_version` for a User-Agent: the UA without its `Mozilla/` prefix, percent-encoded
/// with nothing kept safe (so it must match the UA header actually sent).
pub fn browser_version_from_user_agent(user_agent: &str) -> String {
    let rest = user_agent.strip_prefix("Mozilla/").unwrap_or(user_agent);
    percent_encoding::utf8_percent_encode(rest, QUOTE_ALL).to_string()
}

/// An ordered query: names are fixed, values are inserted verbatim.
pub type QueryParams = Vec<(&'static str, String)>;

/// Rows 1–22 shared by im/fetch and the wss URL.
fn common_params(browser_version: &str) -> QueryParams {
    [
        ("app_name", "douyin_web"),
        ("version_code", "180800"),
        ("device_platform", "web"),
        ("cookie_enabled", "true"),
        ("screen_width", "1920"),
        ("screen_height", "1080"),
        ("browser_language", "zh-CN"),
        ("browser_platform", "Win32"),
        ("browser_name", "Mozilla"),
        ("browser_version", browser_version),
        ("browser_online", "true"),
        ("tz_name", "Asia/Hong_Kong"),
        ("host", "https://live.douyin.com"),
        ("aid", "6383"),
        ("live_id", "1"),
        ("did_rule", "3"),
        ("endpoint", "live_pc"),
        ("support_wrds", "1"),
        ("identity", "audience"),
        ("need_persist_msg_count", "15"),
        ("insert_task_id", ""),
        ("live_reason", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_owned()))
    .collect()
}

/// The 29 im/fetch parameters in F2's order (a_bogus/X-Bogus is appended by the signer).
pub fn im_fetch_params(room_id: &str, user_unique_id: &str, browser_version: &str) -> QueryParams {
    let mut p = common_params(browser_version);
    p.extend(
        [
            ("resp_content_type", "json"),
            ("fetch_rule", "1"),
            ("last_rtt", "0"),
            ("cursor", ""),
            ("internal_ext", ""),
            ("room_id", room_id),
            ("user_unique_id", user_unique_id),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned())),
    );
    p
}

/// The values the wss URL carries besides the fixed rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WssUrlInputs<'a> {
    /// 19-digit room id.
    pub room_id: &'a str,
    /// Viewer web device id.
    pub user_unique_id: &'a str,
    /// `$.extra.cursor` from im/fetch.
    pub cursor: &'a str,
    /// `$.internal_ext` from im/fetch.
    pub internal_ext: &'a str,
    /// The 16-character signature for the same room and viewer.
    pub signature: &'a str,
    /// `browser_version` (normally [`DEFAULT_BROWSER_VERSION`]).
    pub browser_version: &'a str,
}

/// The 32 wss parameters in F2's order (no a_bogus/X-Bogus).
pub fn wss_params(inputs: &WssUrlInputs<'_>) -> QueryParams {
    let mut p = common_params(inputs.browser_version);
    p.extend(
        [
            ("webcast_sdk_version", WEBCAST_SDK_VERSION),
            ("update_version_code", WEBCAST_SDK_VERSION),
            ("compress", "gzip"),
            ("im_path", "/webcast/im/fetch/"),
            ("heartbeatDuration", "0"),
            ("room_id", inputs.room_id),
            ("user_unique_id", inputs.user_unique_id),
            ("cursor", inputs.cursor),
            ("internal_ext", inputs.internal_ext),
            ("signature", inputs.signature),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned())),
    );
    p
}

/// Joins parameters as `k=v&k=v` without any encoding (F2 sends `|`, `:`, `/`, `+` raw).
pub fn join_raw(params: &[(&'static str, String)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in params.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// The full wss URL on `base` (the push endpoint, `wss://…/webcast/im/push/v2/`).
pub fn wss_url(base: &str, inputs: &WssUrlInputs<'_>) -> String {
    format!("{base}?{}", join_raw(&wss_params(inputs)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wss_has_32_params_in_order_and_raw_values() {
        let inputs = WssUrlInputs {
            room_id: "7382517534467115826",
            user_unique_id: "7382524529011246630",
            cursor: "d-1_u-1_fh-1_t-2_r-1",
            internal_ext: "internal_src:dim|seq:1",
            signature: "fB+nqt/W7tHV3uuS",
            browser_version: DEFAULT_BROWSER_VERSION,
        };
        let p = wss_params(&inputs);
        assert_eq!(p.len(), 32);
        assert_eq!(p[0], ("app_name", "douyin_web".to_owned()));
        assert_eq!(p[21].0, "live_reason");
        assert_eq!(p[22].0, "webcast_sdk_version");
        assert_eq!(p[26], ("heartbeatDuration", "0".to_owned()));
        assert_eq!(p[31].0, "signature");
        let url = wss_url(
            "wss://webcast5-ws-web-hl.douyin.com/webcast/im/push/v2/",
            &inputs,
        );
        assert!(url.starts_with("wss://webcast5-ws-web-hl.douyin.com/webcast/im/push/v2/?app_name=douyin_web&version_code=180800&"));
        assert!(url.contains("&host=https://live.douyin.com&"));
        assert!(url.contains("&im_path=/webcast/im/fetch/&"));
        assert!(url.ends_with("&internal_ext=internal_src:dim|seq:1&signature=fB+nqt/W7tHV3uuS"));
    }

    #[test]
    fn im_fetch_has_29_params_ending_with_ids() {
        let p = im_fetch_params("1", "2", DEFAULT_BROWSER_VERSION);
        assert_eq!(p.len(), 29);
        let names: Vec<&str> = p.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            &names[22..],
            [
                "resp_content_type",
                "fetch_rule",
                "last_rtt",
                "cursor",
                "internal_ext",
                "room_id",
                "user_unique_id"
            ]
        );
        assert_eq!(
            join_raw(&p[20..23]),
            "insert_task_id=&live_reason=&resp_content_type=json"
        );
    }
}
