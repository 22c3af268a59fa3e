//! F2's YAML configuration read as F2 reads it (live-dl-db-cli.md §6.3): the `douyin:`
//! section of the `-c` file, values that are null or empty ignored, command-line values
//! winning over the file's.

use serde::Deserialize;
use std::path::Path;

/// A YAML value F2 accepts for a boolean or a number (`yes`, `true`, `1`, `"10"`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Loose {
    /// A boolean.
    Bool(bool),
    /// A number.
    Int(i64),
    /// Text.
    Text(String),
}

impl Loose {
    /// As a boolean (`yes`/`no` and friends).
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Loose::Bool(b) => Some(*b),
            Loose::Int(i) => Some(*i != 0),
            Loose::Text(t) => super::args::parse_bool(t).ok(),
        }
    }

    /// As a non-negative number.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Loose::Int(i) => u64::try_from(*i).ok(),
            Loose::Text(t) => t.trim().parse().ok(),
            Loose::Bool(_) => None,
        }
    }

    /// As text (empty text counts as absent, as F2 turns YAML nulls into "").
    pub fn as_text(&self) -> Option<String> {
        match self {
            Loose::Text(t) if t.trim().is_empty() => None,
            Loose::Text(t) => Some(t.clone()),
            Loose::Int(i) => Some(i.to_string()),
            Loose::Bool(b) => Some(b.to_string()),
        }
    }
}

/// The `douyin:` section.
// No `Debug`: the section holds the cookie.
#[derive(Clone, Default, Deserialize)]
#[serde(default)]
pub struct Section {
    /// `url`.
    pub url: Option<Loose>,
    /// `mode`.
    pub mode: Option<Loose>,
    /// `music`.
    pub music: Option<Loose>,
    /// `cover`.
    pub cover: Option<Loose>,
    /// `desc`.
    pub desc: Option<Loose>,
    /// `lyric`.
    pub lyric: Option<Loose>,
    /// `folderize`.
    pub folderize: Option<Loose>,
    /// `path`.
    pub path: Option<Loose>,
    /// `naming`.
    pub naming: Option<Loose>,
    /// `cookie`.
    pub cookie: Option<Loose>,
    /// `interval`.
    pub interval: Option<Loose>,
    /// `timeout`.
    pub timeout: Option<Loose>,
    /// `max_retries`.
    pub max_retries: Option<Loose>,
    /// `max_connections`.
    pub max_connections: Option<Loose>,
    /// `max_tasks`.
    pub max_tasks: Option<Loose>,
    /// `max_counts`.
    pub max_counts: Option<Loose>,
    /// `page_counts`.
    pub page_counts: Option<Loose>,
    /// `proxies` (`http://`, `https://` keys).
    pub proxies: Option<std::collections::BTreeMap<String, Option<String>>>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct File {
    douyin: Option<Section>,
}

/// Reads the `douyin:` section of an F2 config file.
///
/// # Errors
/// A message naming the file and what is wrong.
pub fn read(path: &Path) -> Result<Section, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the config file {}: {e}", path.display()))?;
    let file: File = serde_norway::from_str(&text)
        .map_err(|e| format!("the config file {} is not valid YAML: {e}", path.display()))?;
    Ok(file.douyin.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_f2s_layout_with_its_loose_values() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("my.yaml");
        std::fs::write(
            &path,
            "f2:\n  version: 1\ndouyin:\n  cookie: ''\n  music: yes\n  cover: false\n  path: Archive\n  naming: '{create}_{desc}'\n  max_connections: 5\n  page_counts: '20'\n  interval: all\n  proxies:\n    http://: null\n    https://: null\n",
        )
        .expect("write");
        let s = read(&path).expect("read");
        assert_eq!(s.music.and_then(|v| v.as_bool()), Some(true));
        assert_eq!(s.cover.and_then(|v| v.as_bool()), Some(false));
        assert_eq!(s.cookie.and_then(|v| v.as_text()), None, "empty is absent");
        assert_eq!(s.path.and_then(|v| v.as_text()).as_deref(), Some("Archive"));
        assert_eq!(s.max_connections.and_then(|v| v.as_u64()), Some(5));
        assert_eq!(s.page_counts.and_then(|v| v.as_u64()), Some(20));
        std::fs::write(&path, "douyin: [1, 2").expect("write");
        assert!(read(&path)
            .err()
            .expect("bad yaml")
            .contains("not valid YAML"));
    }
}
