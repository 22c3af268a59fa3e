//! `BaseRequestModel`: the 27 parameters every `www.douyin.com` API request starts with, as a
//! configuration struct holding F2's defaults (the `conf.yaml` ones are meant to be overridden).

use super::param_set::param_set;

/// F2's default browser version (also its Blink engine version).
pub const DEFAULT_BROWSER_VERSION: &str = "130.0.0.0";

param_set! {
    /// The shared `www.douyin.com` parameter set, in F2's field order.
    BaseParams;
    /// `device_platform`.
    device_platform: String = "device_platform", "webapp";
    /// `aid` (Douyin web app id).
    aid: String = "aid", "6383";
    /// `channel`.
    channel: String = "channel", "channel_pc_web";
    /// `pc_client_type`.
    pc_client_type: i64 = "pc_client_type", 1;
    /// `publish_video_strategy_type`.
    publish_video_strategy_type: i64 = "publish_video_strategy_type", 2;
    /// `pc_libra_divert`.
    pc_libra_divert: String = "pc_libra_divert", "Windows";
    /// `version_code` (conf).
    version_code: String = "version_code", "290100";
    /// `version_name` (conf).
    version_name: String = "version_name", "29.1.0";
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
    /// `browser_version` (conf); should match the User-Agent.
    browser_version: String = "browser_version", DEFAULT_BROWSER_VERSION;
    /// `browser_online`.
    browser_online: String = "browser_online", "true";
    /// `engine_name` (conf).
    engine_name: String = "engine_name", "Blink";
    /// `engine_version` (conf).
    engine_version: String = "engine_version", DEFAULT_BROWSER_VERSION;
    /// `os_name` (conf).
    os_name: String = "os_name", "Windows";
    /// `os_version` (conf).
    os_version: String = "os_version", "10";
    /// `cpu_core_num`.
    cpu_core_num: i64 = "cpu_core_num", 12;
    /// `device_memory`.
    device_memory: i64 = "device_memory", 8;
    /// `platform`.
    platform: String = "platform", "PC";
    /// `downlink`.
    downlink: i64 = "downlink", 10;
    /// `effective_type`.
    effective_type: String = "effective_type", "4g";
    /// `round_trip_time`.
    round_trip_time: i64 = "round_trip_time", 100;
    /// `msToken`: F2 fetches one real token per process and reuses it; empty until the caller
    /// supplies one (see the token module for real and false tokens).
    ms_token: String = "msToken", "";
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
