//! Library-relative paths: the only form in which file and folder paths enter the store.
//!
//! Paths are stored relative to the download root with `/` separators, so a library copied to
//! another disk (or another OS) keeps its history. Anything that could point outside the root
//! (absolute paths, drive or UNC prefixes, `..`) is refused with a classified error rather
//! than cleaned up, because a caller producing such a path has a bug worth seeing.

use crate::error::{Result, StoreError};
use std::path::{Component, Path, PathBuf};

/// Checks `path` and returns its stored form: normal components joined by `/`, `.` dropped.
///
/// # Errors
/// [`StoreError::UnsafePath`] (kind `InvalidInput`) for an empty, absolute or prefixed path,
/// a `..` component, or a NUL / line break (which no sanitised name holds, and which would
/// break the CSV export).
pub fn relative(path: &str) -> Result<String> {
    let refuse = |reason| {
        Err(StoreError::UnsafePath {
            path: path.to_owned(),
            reason,
        })
    };
    if path.contains(['\0', '\n', '\r']) {
        return refuse("it holds a control character");
    }
    // A Windows drive or UNC prefix is not seen as a prefix by `Path` on Unix, so check the
    // text too: the same database may be opened on either.
    let bytes = path.as_bytes();
    if path.starts_with(['/', '\\']) || (bytes.len() >= 2 && bytes[1] == b':') {
        return refuse("it is absolute");
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => return refuse("it climbs out of the folder with `..`"),
            _ => parts.push(part),
        }
    }
    for component in Path::new(path).components() {
        match component {
            Component::Prefix(_) | Component::RootDir => return refuse("it is absolute"),
            Component::ParentDir => return refuse("it climbs out of the folder with `..`"),
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    if parts.is_empty() {
        return refuse("it is empty");
    }
    Ok(parts.join("/"))
}

/// Where the stored relative path `rel` lives under `root` on this machine.
pub fn on_disk(root: &Path, rel: &str) -> PathBuf {
    let mut out = root.to_path_buf();
    out.extend(rel.split('/').filter(|p| !p.is_empty()));
    out
}

/// The range `[low, high)` of stored paths strictly inside folder `rel` (`rel/…`), usable
/// with the path index: `/` + 1 is `0`.
pub(crate) fn inside_range(rel: &str) -> (String, String) {
    (format!("{rel}/"), format!("{rel}0"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use douyin_core::ErrorKind;

    #[test]
    fn normal_paths_are_stored_with_slashes() {
        assert_eq!(
            relative("douyin/post/阿花/2024_video.mp4").unwrap(),
            "douyin/post/阿花/2024_video.mp4"
        );
        assert_eq!(relative("./a//b/").unwrap(), "a/b");
        assert_eq!(relative("a\\b.mp4").unwrap(), "a/b.mp4");
    }

    #[test]
    fn escaping_paths_are_refused_as_invalid_input() {
        for bad in [
            "",
            ".",
            "/etc/passwd",
            "\\\\server\\share\\x",
            "C:\\Users\\x.mp4",
            "c:x.mp4",
            "../x.mp4",
            "a/../../x",
            "a/..",
            "a\\..\\..\\x",
            "a\0b",
            "a\nb",
        ] {
            let err = relative(bad).expect_err(bad);
            assert_eq!(err.kind(), ErrorKind::InvalidInput, "{bad:?}");
            assert!(err.to_string().contains("refusing"), "{err}");
        }
    }

    #[test]
    fn disk_paths_join_under_the_root() {
        let p = on_disk(Path::new("/lib"), "douyin/post/x.mp4");
        assert_eq!(
            p,
            Path::new("/lib").join("douyin").join("post").join("x.mp4")
        );
    }

    #[test]
    fn inside_range_excludes_sibling_prefixes() {
        let (low, high) = inside_range("a/b");
        let inside = |p: &str| p >= low.as_str() && p < high.as_str();
        assert!(inside("a/b/x.mp4"));
        assert!(inside("a/b/c/d"));
        assert!(!inside("a/b"));
        assert!(!inside("a/bc/x.mp4"));
        assert!(!inside("a/b-2/x.mp4"));
        assert!(!inside("a/b0"));
    }
}
