//! The three non-`www` base parameter sets: `BaseLiveModel` (live room enter), `BaseLiveModel2`
//! (webcast.amemv.com reflow) and `BaseWebCastModel` (live IM fetch and the websocket).

use super::encode::quote_all;
use super::list::ParamList;

/// `BaseLiveModel`, the live.douyin.com room-enter parameters (HEAD field set; no msToken).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveParams {
    /// `aid`.
    pub aid: String,
    /// `app_name`.
    pub app_name: String,
    /// `live_id`.
    pub live_id: i64,
    /// `device_platform`.
    pub device_platform: String,
    /// `language` (conf).
    pub language: String,
    /// `cookie_enabled`.
    pub cookie_enabled: String,
    /// `screen_width`.
    pub screen_width: i64,
    /// `screen_height`.
    pub screen_height: i64,
    /// `browser_language` (conf).
    pub browser_language: String,
    /// `browser_platform` (conf).
    pub browser_platform: String,
    /// `browser_name` (conf).
    pub browser_name: String,
    /// `browser_version` (conf).
    pub browser_version: String,
    /// `enter_source`.
    pub enter_source: String,
    /// `is_need_double_stream`.
    pub is_need_double_stream: String,
    /// `insert_task_id` (HEAD only; PyPI 0.0.1.7 lacks it).
    pub insert_task_id: String,
    /// `live_reason` (HEAD only; PyPI 0.0.1.7 lacks it).
    pub live_reason: String,
}

impl Default for LiveParams {
    fn default() -> Self {
        Self {
            aid: "6383".into(),
            app_name: "douyin_web".into(),
            live_id: 1,
            device_platform: "web".into(),
            language: "zh-CN".into(),
            cookie_enabled: "true".into(),
            screen_width: 1920,
            screen_height: 1080,
            browser_language: "zh-CN".into(),
            browser_platform: "Win32".into(),
            browser_name: "Edge".into(),
            browser_version: super::base::DEFAULT_BROWSER_VERSION.into(),
            enter_source: String::new(),
            is_need_double_stream: "false".into(),
            insert_task_id: String::new(),
            live_reason: String::new(),
        }
    }
}

impl LiveParams {
    /// The parameters in F2's order.
    pub fn to_list(&self) -> ParamList {
        let mut l = ParamList::new();
        l.set("aid", &self.aid);
        l.set("app_name", &self.app_name);
        l.set("live_id", self.live_id);
        l.set("device_platform", &self.device_platform);
        l.set("language", &self.language);
        l.set("cookie_enabled", &self.cookie_enabled);
        l.set("screen_width", self.screen_width);
        l.set("screen_height", self.screen_height);
        l.set("browser_language", &self.browser_language);
        l.set("browser_platform", &self.browser_platform);
        l.set("browser_name", &self.browser_name);
        l.set("browser_version", &self.browser_version);
        l.set("enter_source", &self.enter_source);
        l.set("is_need_double_stream", &self.is_need_double_stream);
        l.set("insert_task_id", &self.insert_task_id);
        l.set("live_reason", &self.live_reason);
        l
    }
}

/// `BaseLiveModel2`, the webcast.amemv.com reflow parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Live2Params {
    /// `verifyFp`: F2 generates one `verify_…` value per process (see the token module).
    pub verify_fp: String,
    /// `type_id`.
    pub type_id: String,
    /// `live_id`.
    pub live_id: String,
    /// `sec_user_id`.
    pub sec_user_id: String,
    /// `version_code`.
    pub version_code: String,
    /// `app_id`.
    pub app_id: String,
    /// `msToken` (F2 sends it empty here).
    pub ms_token: String,
}

impl Default for Live2Params {
    fn default() -> Self {
        Self {
            verify_fp: String::new(),
            type_id: "0".into(),
            live_id: "1".into(),
            sec_user_id: String::new(),
            version_code: "99.99.99".into(),
            app_id: "1128".into(),
            ms_token: String::new(),
        }
    }
}

impl Live2Params {
    /// The defaults with the given `verifyFp`.
    pub fn with_verify_fp(verify_fp: impl Into<String>) -> Self {
        Self {
            verify_fp: verify_fp.into(),
            ..Self::default()
        }
    }

    /// The parameters in F2's order.
    pub fn to_list(&self) -> ParamList {
        let mut l = ParamList::new();
        l.set("verifyFp", &self.verify_fp);
        l.set("type_id", &self.type_id);
        l.set("live_id", &self.live_id);
        l.set("sec_user_id", &self.sec_user_id);
        l.set("version_code", &self.version_code);
        l.set("app_id", &self.app_id);
        l.set("msToken", &self.ms_token);
        l
    }
}

/// `BaseWebCastModel`, the live IM parameters (HTTP fetch and websocket).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebcastParams {
    /// `app_name`.
    pub app_name: String,
    /// `version_code`.
    pub version_code: String,
    /// `device_platform`.
    pub device_platform: String,
    /// `cookie_enabled`.
    pub cookie_enabled: String,
    /// `screen_width`.
    pub screen_width: i64,
    /// `screen_height`.
    pub screen_height: i64,
    /// `browser_language`.
    pub browser_language: String,
    /// `browser_platform`.
    pub browser_platform: String,
    /// `browser_name`.
    pub browser_name: String,
    /// `browser_version`: the UA after `Mozilla/`, percent-encoded with nothing kept but
    /// letters, digits and `_.-~` (see [`WebcastParams::browser_version_from_ua`]).
    pub browser_version: String,
    /// `browser_online`.
    pub browser_online: String,
    /// `tz_name` (not encoded).
    pub tz_name: String,
    /// `host` (not encoded).
    pub host: String,
    /// `aid`.
    pub aid: i64,
    /// `live_id`.
    pub live_id: i64,
    /// `did_rule`.
    pub did_rule: i64,
    /// `endpoint`.
    pub endpoint: String,
    /// `support_wrds`.
    pub support_wrds: i64,
    /// `identity`.
    pub identity: String,
    /// `need_persist_msg_count`.
    pub need_persist_msg_count: i64,
    /// `insert_task_id`.
    pub insert_task_id: String,
    /// `live_reason`.
    pub live_reason: String,
}

impl WebcastParams {
    /// F2's defaults with `browser_version` derived from the given User-Agent.
    pub fn for_user_agent(user_agent: &str) -> Self {
        Self {
            app_name: "douyin_web".into(),
            version_code: "180800".into(),
            device_platform: "web".into(),
            cookie_enabled: "true".into(),
            screen_width: 1920,
            screen_height: 1080,
            browser_language: "zh-CN".into(),
            browser_platform: "Win32".into(),
            browser_name: "Mozilla".into(),
            browser_version: Self::browser_version_from_ua(user_agent),
            browser_online: "true".into(),
            tz_name: "Asia/Hong_Kong".into(),
            host: "https://live.douyin.com".into(),
            aid: 6383,
            live_id: 1,
            did_rule: 3,
            endpoint: "live_pc".into(),
            support_wrds: 1,
            identity: "audience".into(),
            need_persist_msg_count: 15,
            insert_task_id: String::new(),
            live_reason: String::new(),
        }
    }

    /// The UA text after the first `Mozilla/` (the whole UA if absent), fully percent-encoded.
    pub fn browser_version_from_ua(user_agent: &str) -> String {
        let tail = user_agent
            .split_once("Mozilla/")
            .map_or(user_agent, |(_, rest)| rest);
        quote_all(tail)
    }

    /// The parameters in F2's order.
    pub fn to_list(&self) -> ParamList {
        let mut l = ParamList::new();
        l.set("app_name", &self.app_name);
        l.set("version_code", &self.version_code);
        l.set("device_platform", &self.device_platform);
        l.set("cookie_enabled", &self.cookie_enabled);
        l.set("screen_width", self.screen_width);
        l.set("screen_height", self.screen_height);
        l.set("browser_language", &self.browser_language);
        l.set("browser_platform", &self.browser_platform);
        l.set("browser_name", &self.browser_name);
        l.set("browser_version", &self.browser_version);
        l.set("browser_online", &self.browser_online);
        l.set("tz_name", &self.tz_name);
        l.set("host", &self.host);
        l.set("aid", self.aid);
        l.set("live_id", self.live_id);
        l.set("did_rule", self.did_rule);
        l.set("endpoint", &self.endpoint);
        l.set("support_wrds", self.support_wrds);
        l.set("identity", &self.identity);
        l.set("need_persist_msg_count", self.need_persist_msg_count);
        l.set("insert_task_id", &self.insert_task_id);
        l.set("live_reason", &self.live_reason);
        l
    }
}

impl Default for WebcastParams {
    fn default() -> Self {
        Self::for_user_agent(crate::params::headers::DEFAULT_USER_AGENT)
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
