//! What every command shares: the Douyin client and data methods, built once from the launch
//! settings (the shell reads the environment; the core never does).

use douyin_core::api::Douyin;
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};

/// Settings the app starts with.
#[derive(Debug, Clone, Default)]
pub struct LaunchSettings {
    /// One origin for every Douyin host (the emulator for the offline demo); `None` = Douyin.
    pub api_base: Option<String>,
}

impl LaunchSettings {
    /// Reads `DOUYIN_API_BASE` (empty means unset).
    pub fn from_env() -> Self {
        Self {
            api_base: std::env::var("DOUYIN_API_BASE")
                .ok()
                .filter(|v| !v.trim().is_empty()),
        }
    }
}

/// Managed state: one client (and so one request governor) for all work.
pub struct AppState {
    /// The HTTP client (short-link resolution).
    pub client: DouyinClient,
    /// The data methods over that client.
    pub api: Douyin<DouyinClient>,
}

impl AppState {
    /// Builds the client for `settings`.
    pub fn new(settings: &LaunchSettings) -> Result<Self, douyin_core::Error> {
        let config = ClientConfig {
            base_url: settings.api_base.clone(),
            ..ClientConfig::default()
        };
        let client = DouyinClient::new(config, ClientWorld::system())?;
        Ok(Self {
            api: Douyin::new(client.clone()),
            client,
        })
    }
}
