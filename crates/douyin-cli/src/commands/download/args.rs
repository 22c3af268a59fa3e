//! `douyin download` options: F2's names and short flags (live-dl-db-cli.md §6.2), boolean
//! options taking a value as F2's do (`-m yes`), and ours (quality, codec, picture format,
//! `--stop-at-known`, `--json`, the library's `--db`).

use clap::Args;
use std::path::PathBuf;

/// Parses F2's boolean values: true/false, yes/no, 1/0, on/off, y/n, t/f.
pub fn parse_bool(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" | "y" | "t" => Ok(true),
        "false" | "no" | "0" | "off" | "n" | "f" => Ok(false),
        other => Err(format!("`{other}` is not yes/no (true/false, 1/0, on/off)")),
    }
}

/// Options of `douyin download`.
#[derive(Debug, Clone, Args)]
pub struct DownloadArgs {
    /// The mode: one, post, like, collection, collects, music, mix, live, related, friend, feed.
    #[arg(short = 'M', long)]
    pub mode: Option<String>,
    /// A link, share text or id for the mode; repeat it, or give `@file.txt` with one per line.
    #[arg(short = 'u', long = "url", value_name = "URL")]
    pub urls: Vec<String>,
    /// The download folder (the library root; default `Download`, as F2).
    #[arg(short = 'p', long)]
    pub path: Option<PathBuf>,
    /// The naming template (default `{create}_{desc}`); tokens {create} {nickname} {aweme_id}
    /// {desc} {uid} {caption} {index} {type}.
    #[arg(short = 'n', long)]
    pub naming: Option<String>,
    /// The browser cookie string (default: the env var DOUYIN_COOKIE, else `douyin login`'s).
    #[arg(short = 'k', long)]
    pub cookie: Option<crate::secret::Secret>,
    /// Only posts published between two days, `YYYY-MM-DD|YYYY-MM-DD`, or `all`.
    #[arg(short = 'i', long)]
    pub interval: Option<String>,
    /// Timeout of one request, in seconds (F2's default 10).
    #[arg(short = 'e', long)]
    pub timeout: Option<u64>,
    /// Attempts per request and per mirror (F2's default 5).
    #[arg(short = 'r', long = "max_retries", alias = "max-retries")]
    pub max_retries: Option<u32>,
    /// Media connections at once (default 10).
    #[arg(short = 'x', long)]
    pub max_connections: Option<usize>,
    /// Files downloading at once (default 10).
    #[arg(short = 't', long)]
    pub max_tasks: Option<usize>,
    /// Items at most (0 = all).
    #[arg(short = 'o', long)]
    pub max_counts: Option<u64>,
    /// Items per API page (default 20).
    #[arg(short = 's', long)]
    pub page_counts: Option<u32>,
    /// The proxy (F2 takes an http and an https proxy; both go to one http(s) proxy here).
    #[arg(short = 'P', long, num_args = 1..=2, value_name = "URL")]
    pub proxies: Vec<crate::secret::ProxyUrl>,
    /// Save the music (yes/no).
    #[arg(short = 'm', long, value_parser = parse_bool, value_name = "BOOL")]
    pub music: Option<bool>,
    /// Save the cover (yes/no).
    #[arg(short = 'v', long, value_parser = parse_bool, value_name = "BOOL")]
    pub cover: Option<bool>,
    /// Save the description as .txt (yes/no).
    #[arg(short = 'd', long, value_parser = parse_bool, value_name = "BOOL")]
    pub desc: Option<bool>,
    /// One folder per post (yes/no).
    #[arg(short = 'f', long, value_parser = parse_bool, value_name = "BOOL")]
    pub folderize: Option<bool>,
    /// Save lyrics as .lrc in music mode (yes/no; default yes).
    #[arg(short = 'L', long, value_parser = parse_bool, value_name = "BOOL")]
    pub lyric: Option<bool>,
    /// An F2 config file (YAML; its `douyin:` section is read as F2 reads it).
    #[arg(short = 'c', long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Save each post's JSON next to it (yes/no).
    #[arg(long = "json-sidecar", value_parser = parse_bool, value_name = "BOOL")]
    pub json_sidecar: Option<bool>,
    /// Video quality: highest, smallest, or a resolution such as 720.
    #[arg(long, value_name = "Q")]
    pub quality: Option<String>,
    /// Video codec: h264, h265 or any.
    #[arg(long, value_name = "CODEC")]
    pub codec: Option<String>,
    /// Picture format of image posts: original (WebP), jpeg or png.
    #[arg(long, value_name = "FORMAT")]
    pub image_format: Option<String>,
    /// Stop listing after this many posts in a row that are already saved.
    #[arg(long, value_name = "N")]
    pub stop_at_known: Option<u32>,
    /// Collects mode: only this folder (name or id); repeat for several.
    #[arg(long = "collect", value_name = "NAME")]
    pub collects: Vec<String>,
    /// Print one JSON event per line instead of progress bars.
    #[arg(long)]
    pub json: bool,
    /// The history database (default `<path>/.douyin/library.sqlite3`).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// One origin serving every Douyin host (e.g. the emulator); default: the env var
    /// DOUYIN_API_BASE, else the real hosts.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// API requests per second at most (default 1, bursts of 3; 0 = no pacing — Douyin's risk
    /// control notices fast clients).
    #[arg(long, value_name = "RPS")]
    pub rate: Option<f64>,
    /// Keep this many bytes free on the disk (default 512 MB).
    #[arg(long, value_name = "BYTES")]
    pub min_free: Option<u64>,
    /// Crash tests only: wait this long between a file's rename and its record.
    #[arg(long, hide = true, value_name = "MS")]
    pub test_pause_after_rename_ms: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f2_booleans() {
        for yes in ["yes", "True", "1", "on", "y", "t"] {
            assert_eq!(parse_bool(yes), Ok(true), "{yes}");
        }
        for no in ["no", "FALSE", "0", "off", "n", "f"] {
            assert_eq!(parse_bool(no), Ok(false), "{no}");
        }
        assert!(parse_bool("maybe").is_err());
    }
}
