//! Where a user's downloads go: F2's `<root>/douyin/<mode>/<nickname>` layout
//! (live-dl-db-cli.md §7.4), with every component sanitised, plus folder-name styles keyed by uid
//! so a renamed author keeps one folder.

use super::sanitize::{sanitize_file_name, Platform};
use super::NamingError;
use std::path::{Path, PathBuf};

/// How a user's folder is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UserFolderStyle {
    /// The nickname, as F2 does (a rename starts a new folder).
    #[default]
    Nickname,
    /// The numeric uid: stable across renames.
    Uid,
    /// `<nickname>_<uid>`: readable and unique.
    NicknameAndUid,
}

/// The folder name for a user in `style` (not yet sanitised).
pub fn user_folder_name(style: UserFolderStyle, nickname: &str, uid: &str) -> String {
    match style {
        UserFolderStyle::Nickname => nickname.to_owned(),
        UserFolderStyle::Uid => uid.to_owned(),
        UserFolderStyle::NicknameAndUid => format!("{nickname}_{uid}"),
    }
}

/// `<root>/douyin/<mode>/<folder_name>` with `mode` and `folder_name` sanitised as single
/// components, so no input can leave `root`.
///
/// # Errors
/// [`NamingError::EmptyName`] when `mode` or `folder_name` has nothing usable.
pub fn user_folder(
    root: &Path,
    mode: &str,
    folder_name: &str,
    platform: Platform,
) -> Result<PathBuf, NamingError> {
    let mode = sanitize_file_name(mode, "", platform)?;
    let folder = sanitize_file_name(folder_name, "", platform)?;
    Ok(root.join("douyin").join(mode).join(folder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_stay_under_root() {
        let root = Path::new("/data/dl");
        let p = user_folder(root, "post", "../../etc", Platform::Linux).unwrap();
        assert_eq!(p, Path::new("/data/dl/douyin/post/___.._etc"));
        assert!(p.starts_with(root));
        assert_eq!(
            user_folder(root, "post", "", Platform::Linux),
            Err(NamingError::EmptyName)
        );
    }

    #[test]
    fn styles_name_folders() {
        assert_eq!(
            user_folder_name(UserFolderStyle::Nickname, "小明", "42"),
            "小明"
        );
        assert_eq!(user_folder_name(UserFolderStyle::Uid, "小明", "42"), "42");
        assert_eq!(
            user_folder_name(UserFolderStyle::NicknameAndUid, "小明", "42"),
            "小明_42"
        );
    }
}
