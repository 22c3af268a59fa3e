//! `BaseRequestModel`: the 27 parameters every `www.douyin.com` API request starts with, as a
//! configuration struct holding F2's defaults (the `conf.yaml` ones are meant to be overridden).

use super::list::ParamList;

/// F2's default browser version (also its Blink engine version).
pub const DEFAULT_BROWSER_VERSION: &str = "130.0.0.0";

/// The shared `www.douyin.com` parameter set, in F2's field order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseParams {
    /// `device_platform`.
    pub device_platform: String,
    /// `aid` (Douyin web app id).
    pub aid: String,
    /// `channel`.
    pub channel: String,
    /// `pc_client_type`.
    pub pc_client_type: i64,
    /// `publish_video_strategy_type`.
    pub publish_video_strategy_type: i64,
    /// `pc_libra_divert`.
    pub pc_libra_divert: String,
    /// `version_code` (conf).
    pub version_code: String,
    /// `version_name` (conf).
    pub version_name: String,
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
    /// `browser_version` (conf); should match the User-Agent.
    pub browser_version: String,
    /// `browser_online`.
    pub browser_online: String,
    /// `engine_name` (conf).
    pub engine_name: String,
    /// `engine_version` (conf).
    pub engine_version: String,
    /// `os_name` (conf).
    pub os_name: String,
    /// `os_version` (conf).
    pub os_version: String,
    /// `cpu_core_num`.
    pub cpu_core_num: i64,
    /// `device_memory`.
    pub device_memory: i64,
    /// `platform`.
    pub platform: String,
    /// `downlink`.
    pub downlink: i64,
    /// `effective_type`.
    pub effective_type: String,
    /// `round_trip_time`.
    pub round_trip_time: i64,
    /// `msToken`: F2 fetches one real token per process and reuses it; empty until the caller
    /// supplies one (see the token module for real and false tokens).
    pub ms_token: String,
}

impl Default for BaseParams {
    fn default() -> Self {
        Self {
            device_platform: "webapp".into(),
            aid: "6383".into(),
            channel: "channel_pc_web".into(),
            pc_client_type: 1,
            publish_video_strategy_type: 2,
            pc_libra_divert: "Windows".into(),
            version_code: "290100".into(),
            version_name: "29.1.0".into(),
            cookie_enabled: "true".into(),
            screen_width: 1920,
            screen_height: 1080,
            browser_language: "zh-CN".into(),
            browser_platform: "Win32".into(),
            browser_name: "Edge".into(),
            browser_version: DEFAULT_BROWSER_VERSION.into(),
            browser_online: "true".into(),
            engine_name: "Blink".into(),
            engine_version: DEFAULT_BROWSER_VERSION.into(),
            os_name: "Windows".into(),
            os_version: "10".into(),
            cpu_core_num: 12,
            device_memory: 8,
            platform: "PC".into(),
            downlink: 10,
            effective_type: "4g".into(),
            round_trip_time: 100,
            ms_token: String::new(),
        }
    }
}

impl BaseParams {
    /// The defaults with the given msToken.
    pub fn with_ms_token(ms_token: impl Into<String>) -> Self {
        Self {
            ms_token: ms_token.into(),
            ..Self::default()
        }
    }

    /// Sets browser and Blink engine version together, as a Chromium-based UA implies.
    pub fn set_browser_version(&mut self, version: &str) {
        self.browser_version = version.to_owned();
        self.engine_version = version.to_owned();
    }

    /// The parameters in F2's order.
    pub fn to_list(&self) -> ParamList {
        let mut l = ParamList::new();
        l.set("device_platform", &self.device_platform);
        l.set("aid", &self.aid);
        l.set("channel", &self.channel);
        l.set("pc_client_type", self.pc_client_type);
        l.set(
            "publish_video_strategy_type",
            self.publish_video_strategy_type,
        );
        l.set("pc_libra_divert", &self.pc_libra_divert);
        l.set("version_code", &self.version_code);
        l.set("version_name", &self.version_name);
        l.set("cookie_enabled", &self.cookie_enabled);
        l.set("screen_width", self.screen_width);
        l.set("screen_height", self.screen_height);
        l.set("browser_language", &self.browser_language);
        l.set("browser_platform", &self.browser_platform);
        l.set("browser_name", &self.browser_name);
        l.set("browser_version", &self.browser_version);
        l.set("browser_online", &self.browser_online);
        l.set("engine_name", &self.engine_name);
        l.set("engine_version", &self.engine_version);
        l.set("os_name", &self.os_name);
        l.set("os_version", &self.os_version);
        l.set("cpu_core_num", self.cpu_core_num);
        l.set("device_memory", self.device_memory);
        l.set("platform", &self.platform);
        l.set("downlink", self.downlink);
        l.set("effective_type", &self.effective_type);
        l.set("round_trip_time", self.round_trip_time);
        l.set("msToken", &self.ms_token);
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_token_is_the_27th_parameter() {
        let list = BaseParams::with_ms_token("T").to_list();
        assert_eq!(list.len(), 27);
        assert_eq!(list.pairs()[26].0, "msToken");
        assert_eq!(list.pairs()[0].0, "device_platform");
    }

    #[test]
    fn browser_version_override_moves_engine_version_too() {
        let mut base = BaseParams::default();
        base.set_browser_version("131.0.0.0");
        let q = base.to_list().query_text();
        assert!(q.contains("&browser_version=131.0.0.0&"));
        assert!(q.contains("&engine_version=131.0.0.0&"));
    }
}
