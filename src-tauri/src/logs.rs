//! The app's log: `tracing` events of the shell and the crates written to `douyin-archiver.log`
//! in the app's log folder, rotated by size (the newest few files kept), every line through the
//! core's one redaction layer so cookies, tokens and signed query strings never reach the disk.
//! `RUST_LOG` overrides the default filter.

use douyin_core::redact::RedactingWriter;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tracing_subscriber::EnvFilter;

/// The log file's name.
pub const FILE_NAME: &str = "douyin-archiver.log";
/// Size past which the log rotates (at the next line).
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Rotated files kept besides the current one (`.1` newest).
pub const KEEP: usize = 3;

const DEFAULT_FILTER: &str =
    "warn,douyin_app=info,douyin_core=info,douyin_download=info,douyin_auth=info,douyin_store=info";

struct Open {
    file: Option<File>,
    size: u64,
    /// The last write ended a line: rotating now cannot split one across two files.
    at_line_start: bool,
}

/// A size-rotated log file shared by every writer the subscriber makes; it rotates only
/// between lines, so a file may end up to one line over the limit.
#[derive(Clone)]
pub struct RotatingLog {
    path: PathBuf,
    max_bytes: u64,
    keep: usize,
    open: Arc<Mutex<Open>>,
}

impl RotatingLog {
    /// The log at `dir/douyin-archiver.log` (the folder is created).
    ///
    /// # Errors
    /// The folder or file cannot be created.
    pub fn new(dir: &Path, max_bytes: u64, keep: usize) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(FILE_NAME);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(Self {
            path,
            max_bytes: max_bytes.max(1),
            keep,
            open: Arc::new(Mutex::new(Open {
                file: Some(file),
                size,
                at_line_start: true,
            })),
        })
    }

    fn rotated(&self, n: usize) -> PathBuf {
        let mut name = self.path.clone().into_os_string();
        name.push(format!(".{n}"));
        PathBuf::from(name)
    }

    fn rotate(&self, open: &mut Open) -> std::io::Result<()> {
        open.file = None;
        let _ = std::fs::remove_file(self.rotated(self.keep.max(1)));
        for n in (1..self.keep.max(1)).rev() {
            let _ = std::fs::rename(self.rotated(n), self.rotated(n + 1));
        }
        if self.keep == 0 {
            let _ = std::fs::remove_file(&self.path);
        } else {
            std::fs::rename(&self.path, self.rotated(1))?;
        }
        open.file = Some(
            OpenOptions::new()
                .create(true)
                .truncate(true)
                .write(true)
                .open(&self.path)?,
        );
        open.size = 0;
        Ok(())
    }
}

impl Write for RotatingLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if open.at_line_start && open.size >= self.max_bytes {
            self.rotate(&mut open)?;
        }
        let n = match open.file.as_mut() {
            Some(f) => f.write(buf)?,
            None => buf.len(),
        };
        open.size += n as u64;
        if n > 0 {
            open.at_line_start = buf[n - 1] == b'\n';
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        open.file.as_mut().map_or(Ok(()), File::flush)
    }
}

/// Installs the subscriber writing to `dir` (once, at start; a second call does nothing).
/// A log folder that cannot be created leaves the app without a log, not without a start.
pub fn init(dir: &Path, rust_log: Option<String>) {
    let log = match RotatingLog::new(dir, MAX_BYTES, KEEP) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("no log file in {} ({e})", dir.display());
            return;
        }
    };
    let filter = rust_log
        .filter(|v| !v.trim().is_empty())
        .map_or_else(|| EnvFilter::new(DEFAULT_FILTER), EnvFilter::new);
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_target(true)
        .with_writer(move || RedactingWriter(log.clone()))
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_rotates_by_size_and_keeps_the_newest_files() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut log = RotatingLog::new(dir.path(), 100, 2).expect("log");
        for i in 0..12 {
            writeln!(log, "line {i:02} {}", "x".repeat(30)).expect("write");
        }
        log.flush().expect("flush");
        let read = |p: PathBuf| std::fs::read_to_string(p).unwrap_or_default();
        let current = read(dir.path().join(FILE_NAME));
        let one = read(log.rotated(1));
        let two = read(log.rotated(2));
        // Each line is 39 bytes, so a file passes 100 bytes with its third line and the next
        // line starts a new one: lines 9–11 now, 6–8 in `.1`, 3–5 in `.2`, nothing older.
        let lines =
            |text: &str| -> Vec<String> { text.lines().map(|l| l[..7].to_owned()).collect() };
        assert_eq!(lines(&current), ["line 09", "line 10", "line 11"]);
        assert_eq!(lines(&one), ["line 06", "line 07", "line 08"]);
        assert_eq!(lines(&two), ["line 03", "line 04", "line 05"]);
        assert!(
            [&current, &one, &two].iter().all(|t| t.len() <= 100 + 39),
            "one line over at most"
        );
        assert!(!log.rotated(3).exists(), "only two rotated files are kept");
    }

    #[test]
    fn secrets_are_masked_before_they_reach_the_file() {
        let dir = tempfile::tempdir().expect("tmp");
        let log = RotatingLog::new(dir.path(), MAX_BYTES, KEEP).expect("log");
        let mut w = RedactingWriter(log);
        writeln!(
            w,
            "GET https://www.douyin.com/aweme/v1/web/aweme/detail/?aweme_id=1&msToken=SECRETTOKEN123&a_bogus=SIGNATURE456 cookie: sessionid=SESSION789"
        )
        .expect("write");
        w.flush().expect("flush");
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).expect("log file");
        assert!(text.contains("aweme_id=1"), "{text}");
        for secret in ["SECRETTOKEN123", "SIGNATURE456", "SESSION789"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
}
