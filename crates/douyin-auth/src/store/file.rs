//! The file fallback: `session.json` in the app's data dir, readable by its owner only. The file
//! is written to a new temporary file that is *created* with mode 0600 (never widened and then
//! narrowed), synced, and renamed over the old one, so no reader ever sees a partial session
//! and no other user ever can read it. On Windows the file inherits the per-user ACL of the
//! data dir (`%APPDATA%`).

use crate::AuthError;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The session file's name in the data dir.
pub const SESSION_FILE: &str = "session.json";

/// A stored session is a few KB; anything far larger is not ours.
const MAX_BYTES: u64 = 1 << 20;

static SEQ: AtomicU64 = AtomicU64::new(0);

/// Writes `text` to `path` atomically with owner-only permissions.
pub(crate) fn write_private(path: &Path, text: &str) -> Result<(), AuthError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    create_private_dir(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut file = open_private(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(AuthError::file(path, "saved", &e));
    }
    Ok(())
}

/// The text at `path`, `None` when there is no file.
pub(crate) fn read(path: &Path) -> Result<Option<String>, AuthError> {
    let file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(AuthError::file(path, "read", &e)),
    };
    let mut text = String::new();
    file.take(MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| AuthError::file(path, "read", &e))?;
    if text.len() as u64 > MAX_BYTES {
        return Err(AuthError::Store {
            backend: path.display().to_string(),
            action: "read",
            reason: "the file is too large to be a session".into(),
        });
    }
    Ok(Some(text))
}

/// Removes `path`; `true` if there was a file.
pub(crate) fn remove(path: &Path) -> Result<bool, AuthError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(AuthError::file(path, "deleted", &e)),
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

fn create_private_dir(dir: &Path) -> Result<(), AuthError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| AuthError::dir(PathBuf::from(dir), &e))
}
