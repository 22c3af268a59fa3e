//! The three non-`www` base parameter sets: `BaseLiveModel` (live room enter), `BaseLiveModel2`
//! (webcast.amemv.com reflow) and `BaseWebCastModel` (live IM fetch and the websocket).

use super::base::DEFAULT_BROWSER_VERSION;
use super::encode::quote_all;
use super::headers::DEFAULT_USER_AGENT;
use super::param_set::param_set;

param_set! {
    /// `BaseLiveModel`, the live.douyin.com room-enter parameters (HEAD field set; no msToken).
    LiveParams;
    /// `aid`.
    aid: String = "aid", "6383";
    /// `app_name`.
    app_name: String = "app_name", "douyin_web";
    /// `live_id`.
    live_id: i64 = "live_id", 1;
    /// `device_platform`.
    device_platform: String = "device_platform", "web";
    /// `language` (conf).
    language: String = "language", "zh-CN";
    /// `cookie_enabled`.
    cookie_enabled: String = "cookie_enabled", "true";
    /// `screen_width`.
    screen_width: i64 = "screen_width", 1920;
    /// `screen_height`.
    screen_height: i64 = "screen_height", 1080;
    /// `browser_language` (conf).
    browser_language: String = "browser_language", "zh-CN";
    /// `browser_platform` (conf).
    browser_platform: String = "browser_platform", "Win32";
    /// `browser_name` (conf).
    browser_name: String = "browser_name", "Edge";
    /// `browser_version` (conf).
    browser_version: String = "browser_version", DEFAULT_BROWSER_VERSION;
    /// `enter_source`.
    enter_source: String = "enter_source", "";
    /// `is_need_double_stream`.
    is_need_double_stream: String = "is_need_double_stream", "false";
    /// `insert_task_id` (HEAD only; PyPI 0.0.1.7 lacks it).
    insert_task_id: String = "insert_task_id", "";
    /// `live_reason` (HEAD only; PyPI 0.0.1.7 lacks it).
    live_reason: String = "live_reason", "";
}

param_set! {
    /// `BaseLiveModel2`, the webcast.amemv.com reflow parameters.
    Live2Params;
    /// `verifyFp`: F2 generates one `verify_…` value per process (see the token module).
    verify_fp: String = "verifyFp", "";
    /// `type_id`.
    type_id: String = "type_id", "0";
    /// `live_id`.
    live_id: String = "live_id", "1";
    /// `sec_user_id`.
    sec_user_id: String = "sec_user_id", "";
    /// `version_code`.
    version_code: String = "version_code", "99.99.99";
    /// `app_id`.
    app_id: String = "app_id", "1128";
    /// `msToken` (F2 sends it empty here).
    ms_token: String = "msToken", "";
}

impl Live2Params {
    /// The defaults with the given `verifyFp`.
    pub fn with_verify_fp(verify_fp: impl Into<String>) -> Self {
        Self {
            verify_fp: verify_fp.into(),
            ..Self::default()
        }
    }
}

param_set! {
    /// `BaseWebCastModel`, the live IM parameters (HTTP fetch and websocket).
    WebcastParams;
    /// `app_name`.
    app_name: String = "app_name", "douyin_web";
    /// `version_code`.
    version_code: String = "version_code", "180800";
    /// `device_platform`.
    device_platform: String = "device_platform", "web";
    /// `cookie_enabled`.
    cookie_enabled: String = "cookie_enabled", "true";
    /// `screen_width`.
    screen_width: i64 = "screen_width", 1920;
    /// `screen_height`.
    screen_height: i64 = "screen_height", 1080;
    /// `browser_language`.
    browser_language: String = "browser_language", "zh-CN";
    /// `browser_platform`.
    browser_platform: String = "browser_platform", "Win32";
    /// `browser_name`.
    browser_name: String = "browser_name", "Mozilla";
    /// `browser_version`: the UA after `Mozilla/`, percent-encoded with nothing kept but
    /// letters, digits and `_.-~` (see [`WebcastParams::browser_version_from_ua`]).
    browser_version: String = "browser_version", Self::browser_version_from_ua(DEFAULT_USER_AGENT);
    /// `browser_online`.
    browser_online: String = "browser_online", "true";
    /// `tz_name` (not encoded).
    tz_name: String = "tz_name", "Asia/Hong_Kong";
    /// `host` (not encoded).
    host: String = "host", "https://live.douyin.com";
    /// `aid`.
    aid: i64 = "aid", 6383;
    /// `live_id`.
    live_id: i64 = "live_id", 1;
    /// `did_rule`.
    did_rule: i64 = "did_rule", 3;
    /// `endpoint`.
    endpoint: String = "endpoint", "live_pc";
    /// `support_wrds`.
    support_wrds: i64 = "support_wrds", 1;
    /// `identity`.
    identity: String = "identity", "audience";
    /// `need_persist_msg_count`.
    need_persist_msg_count: i64 = "need_persist_msg_count", 15;
    /// `insert_task_id`.
    insert_task_id: String = "insert_task_id", "";
    /// `live_reason`.
    live_reason: String = "live_reason", "";
}

impl WebcastParams {
    /// F2's defaults with `browser_version` derived from the given User-Agent.
    pub fn for_user_agent(user_agent: &str) -> Self {
        Self {
            browser_version: Self::browser_version_from_ua(user_agent),
            ..Self::default()
        }
    }

    /// The UA text after the first `Mozilla/` (the whole UA if absent), fully percent-encoded.
    pub fn browser_version_from_ua(user_agent: &str) -> String {
        let tail = user_agent
            .split_once("Mozilla/")
            .map_or(user_agent, |(_, rest)| rest);
        quote_all(tail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webcast_browser_version_encodes_every_reserved_char() {
        let v = WebcastParams::browser_version_from_ua("Mozilla/5.0 (X11; Linux x86_64) A/1");
        assert_eq!(v, "5.0%20%28X11%3B%20Linux%20x86_64%29%20A%2F1");
    }

    #[test]
    fn live_base_ends_with_head_only_fields() {
        let keys: Vec<_> = LiveParams::default()
            .to_list()
            .pairs()
            .iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(keys.len(), 16);
        assert_eq!(&keys[14..], ["insert_task_id", "live_reason"]);
    }
}
