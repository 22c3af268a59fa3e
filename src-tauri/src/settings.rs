//! The user's settings: what they are, their defaults, the one place they are validated
//! (each problem names its field, so the UI can show it beside the input), and how they turn
//! into the client, engine and job options. Persisted by `tauri-plugin-store` (see `state`).

use douyin_core::client::{ClientConfig, GovernorConfig};
use douyin_download::{Codec, EngineConfig, ImageFormat, JobOptions, Quality};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// What to save next to each post's media.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
pub struct SaveWhat {
    /// The music track.
    pub music: bool,
    /// The cover picture.
    pub cover: bool,
    /// The description as `.txt`.
    pub desc: bool,
    /// Lyrics as `.lrc` (music mode).
    pub lyric: bool,
    /// The post's JSON.
    pub json: bool,
    /// One folder per post.
    pub folderize: bool,
}

impl Default for SaveWhat {
    fn default() -> Self {
        Self {
            music: false,
            cover: true,
            desc: false,
            lyric: true,
            json: false,
            folderize: false,
        }
    }
}

/// Which video rendition to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QualityChoice {
    /// The largest.
    Highest,
    /// At most 1080 lines.
    P1080,
    /// At most 720 lines.
    P720,
    /// At most 540 lines.
    P540,
    /// The smallest.
    Smallest,
}

/// Language and theme choices: follow the system, or a fixed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// The system's.
    System,
    /// 中文.
    Zh,
    /// English.
    En,
}

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// The system's.
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Every setting of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// The library root; empty = the default (the Downloads folder + `Douyin`).
    pub download_dir: String,
    /// The naming template of files (F2's `-n`).
    pub naming: String,
    /// What is saved besides the media.
    pub save: SaveWhat,
    /// Video rendition.
    pub quality: QualityChoice,
    /// Prefer H.265 (smaller) over H.264 (plays everywhere).
    pub prefer_h265: bool,
    /// Convert image-post pictures to JPEG.
    pub images_as_jpeg: bool,
    /// Files downloaded at once.
    pub concurrency: u32,
    /// Media connections at once.
    pub connections: u32,
    /// API requests per second (Douyin's risk control dislikes more).
    pub requests_per_s: f64,
    /// An `http://`, `https://` or `socks5://` proxy; empty = direct.
    pub proxy: String,
    /// UI language.
    pub language: Language,
    /// UI theme.
    pub theme: Theme,
    /// Offer Douyin links found on the clipboard.
    pub clipboard_watch: bool,
    /// Native notifications when a batch ends or a watched live starts.
    pub notifications: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            download_dir: String::new(),
            naming: JobOptions::default().naming,
            save: SaveWhat::default(),
            quality: QualityChoice::Highest,
            prefer_h265: false,
            images_as_jpeg: false,
            concurrency: 4,
            connections: 8,
            requests_per_s: 1.0,
            proxy: String::new(),
            language: Language::System,
            theme: Theme::System,
            clipboard_watch: false,
            notifications: true,
        }
    }
}

/// One invalid value, named by its field (camelCase, as the UI knows it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    /// The field.
    pub field: String,
    /// What is wrong and what to enter instead.
    pub message: String,
}

fn problem(field: &str, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

impl Settings {
    /// Every problem with these values (empty: all usable).
    pub fn validate(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        if let Err(e) = douyin_download::naming::validate_naming(&self.naming) {
            out.push(problem("naming", e.to_string()));
        }
        if !(1..=32).contains(&self.concurrency) {
            out.push(problem("concurrency", "use between 1 and 32 files at once"));
        }
        if !(1..=64).contains(&self.connections) {
            out.push(problem("connections", "use between 1 and 64 connections"));
        }
        if !(self.requests_per_s.is_finite() && (0.1..=20.0).contains(&self.requests_per_s)) {
            out.push(problem(
                "requestsPerS",
                "use between 0.1 and 20 requests per second (1 is safe)",
            ));
        }
        let proxy = self.proxy.trim();
        if !proxy.is_empty() {
            let scheme_ok = ["http://", "https://", "socks5://", "socks5h://"]
                .iter()
                .any(|s| proxy.starts_with(s));
            let host = proxy.split("://").nth(1).unwrap_or("");
            if !scheme_ok || host.is_empty() || host.contains(char::is_whitespace) {
                out.push(problem(
                    "proxy",
                    "write the proxy as http://host:port (or https://, socks5://), or leave it empty",
                ));
            }
        }
        let dir = self.download_dir.trim();
        if !dir.is_empty() && !std::path::Path::new(dir).is_absolute() {
            out.push(problem(
                "downloadDir",
                "choose the folder with the button, or type a full path",
            ));
        }
        out
    }

    /// The library root: the chosen folder, else `default_root`.
    pub fn root(&self, default_root: &std::path::Path) -> PathBuf {
        match self.download_dir.trim() {
            "" => default_root.to_path_buf(),
            dir => PathBuf::from(dir),
        }
    }

    /// The options every new job gets.
    pub fn job_options(&self) -> JobOptions {
        JobOptions {
            naming: self.naming.clone(),
            folderize: self.save.folderize,
            music: self.save.music,
            cover: self.save.cover,
            desc: self.save.desc,
            lyric: self.save.lyric,
            json: self.save.json,
            quality: match self.quality {
                QualityChoice::Highest => Quality::Highest,
                QualityChoice::P1080 => Quality::Resolution(1080),
                QualityChoice::P720 => Quality::Resolution(720),
                QualityChoice::P540 => Quality::Resolution(540),
                QualityChoice::Smallest => Quality::Smallest,
            },
            codec: if self.prefer_h265 {
                Codec::H265
            } else {
                Codec::H264
            },
            image_format: if self.images_as_jpeg {
                ImageFormat::Jpeg
            } else {
                ImageFormat::Original
            },
            ..JobOptions::default()
        }
    }

    /// The API client's configuration (the cookie comes from the session, not the settings).
    pub fn client_config(&self, base_url: Option<String>, cookie: String) -> ClientConfig {
        let proxy = self.proxy.trim();
        ClientConfig {
            base_url,
            cookie,
            proxy: (!proxy.is_empty()).then(|| proxy.to_owned()),
            governor: GovernorConfig {
                requests_per_s: self.requests_per_s,
                ..GovernorConfig::default()
            },
            ..ClientConfig::default()
        }
    }

    /// The engine's configuration for a library at `root`.
    pub fn engine_config(&self, root: PathBuf) -> EngineConfig {
        EngineConfig {
            max_tasks: self.concurrency.max(1) as usize,
            max_connections: self.connections.max(1) as usize,
            // The app resumes its queue on start; a paused job stays paused.
            resume_unfinished: true,
            ..EngineConfig::new(root)
        }
    }

    /// Whether changing from `self` to `next` needs a new client and engine.
    pub fn needs_rebuild(&self, next: &Settings) -> bool {
        self.download_dir != next.download_dir
            || self.concurrency != next.concurrency
            || self.connections != next.connections
            || self.requests_per_s.to_bits() != next.requests_per_s.to_bits()
            || self.proxy != next.proxy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid() {
        assert_eq!(Settings::default().validate(), vec![]);
    }

    #[test]
    fn each_bad_value_is_named_by_its_field() {
        let bad = Settings {
            naming: "{create}/{desc}".into(),
            concurrency: 0,
            connections: 500,
            requests_per_s: f64::NAN,
            proxy: "localhost:8080".into(),
            download_dir: "relative/dir".into(),
            ..Settings::default()
        };
        let fields: Vec<String> = bad.validate().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "naming",
                "concurrency",
                "connections",
                "requestsPerS",
                "proxy",
                "downloadDir"
            ]
        );
    }

    #[test]
    fn stored_settings_missing_fields_take_defaults() {
        let s: Settings = serde_json::from_value(serde_json::json!({"concurrency": 2}))
            .expect("a partial object reads");
        assert_eq!(s.concurrency, 2);
        assert_eq!(s.naming, "{create}_{desc}");
        assert!(s.save.cover);
    }

    #[test]
    fn choices_become_job_options() {
        let s = Settings {
            quality: QualityChoice::P720,
            prefer_h265: true,
            images_as_jpeg: true,
            save: SaveWhat {
                music: true,
                ..SaveWhat::default()
            },
            ..Settings::default()
        };
        let o = s.job_options();
        assert_eq!(o.quality, Quality::Resolution(720));
        assert_eq!(o.codec, Codec::H265);
        assert_eq!(o.image_format, ImageFormat::Jpeg);
        assert!(o.music && o.cover && !o.desc);
    }

    #[test]
    fn only_connection_settings_rebuild_the_engine() {
        let a = Settings::default();
        let theme = Settings {
            theme: Theme::Dark,
            ..a.clone()
        };
        assert!(!a.needs_rebuild(&theme));
        let proxy = Settings {
            proxy: "http://127.0.0.1:1".into(),
            ..a.clone()
        };
        assert!(a.needs_rebuild(&proxy));
    }
}
