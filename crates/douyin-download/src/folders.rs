//! The user folder of a mode (`douyin/<mode>/<user>/`), keyed by uid in the store and really
//! renamed when the nickname changes: the store records the intent, the folder is renamed on
//! disk, then every recorded path under it follows in one transaction (see
//! `douyin_store`'s folder notes), so files keep working after a rename and a crash at any
//! point is recovered when the library is next opened.

use crate::error::{DownloadError, Result};
use crate::naming::{rel, user_folder_name};
use douyin_store::{on_disk, HistoryStore, UserRow};
use std::path::Path;

/// A user a job files things under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    /// The uid (folders are keyed by it).
    pub uid: String,
    /// The nickname now.
    pub nickname: Option<String>,
}

impl Owner {
    /// The owner a stored user row describes.
    pub fn from_row(row: &UserRow) -> Self {
        Self {
            uid: row.uid.clone(),
            nickname: row.info.nickname_raw.clone(),
        }
    }
}

/// The folder (relative to the root) of `owner` in `mode`, created on first use and renamed
/// when the nickname changed since it was recorded. The user must be recorded in the store.
///
/// # Errors
/// Store failures; a rename that the OS refuses.
pub fn user_folder(store: &HistoryStore, root: &Path, mode: &str, owner: &Owner) -> Result<String> {
    let wanted = rel(&[
        "douyin",
        mode,
        &user_folder_name(owner.nickname.as_deref(), &owner.uid),
    ]);
    let Some(recorded) = store.user_folder(&owner.uid, mode)? else {
        store.set_user_folder(&owner.uid, mode, &wanted)?;
        return Ok(wanted);
    };
    if recorded == wanted {
        return Ok(recorded);
    }
    let (from, to) = (on_disk(root, &recorded), on_disk(root, &wanted));
    if to.exists() {
        // Another folder already has the new name (the user renamed it by hand, or another
        // account had that nickname): keep writing where the files are.
        if from.exists() {
            tracing::warn!(uid = %owner.uid, %mode, "the new folder name is taken; keeping the old folder");
            return Ok(recorded);
        }
        store.repair_user_folder(root, &owner.uid, mode, &wanted)?;
        return Ok(wanted);
    }
    store.plan_user_folder_move(&owner.uid, mode, &recorded, &wanted)?;
    if from.exists() {
        std::fs::rename(&from, &to).map_err(|e| DownloadError::io(&from, &e))?;
    }
    let moved = store.move_user_folder(&owner.uid, mode, &recorded, &wanted)?;
    tracing::info!(uid = %owner.uid, %mode, files = moved, "user folder renamed after a nickname change");
    Ok(wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use douyin_store::{AssetKind, PageCommit, PlannedFile, PostKind, PostRow};

    #[test]
    fn a_nickname_change_renames_the_folder_and_the_store_follows() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        let store = HistoryStore::open_library(root).expect("store");
        let user = |nick: &str| UserRow {
            uid: "42".into(),
            info: douyin_store::UserInfoWeb {
                nickname_raw: Some(nick.into()),
                ..Default::default()
            },
            ..UserRow::default()
        };
        store.upsert_user(&user("老王")).expect("user");
        let owner = Owner::from_row(&user("老王"));
        let folder = user_folder(&store, root, "post", &owner).expect("folder");
        assert_eq!(folder, "douyin/post/老王");
        let job = store.create_job("post", "{}").expect("job");
        let path = format!("{folder}/a_video.mp4");
        store
            .commit_page(
                job,
                &PageCommit {
                    posts: vec![PostRow::new("1", PostKind::Video)],
                    files: vec![PlannedFile {
                        aweme_id: "1".into(),
                        asset: AssetKind::Video,
                        index: 0,
                        rel_path: path.clone(),
                    }],
                    ..PageCommit::default()
                },
            )
            .expect("page");
        std::fs::create_dir_all(on_disk(root, &folder)).expect("mkdir");
        std::fs::write(on_disk(root, &path), b"x").expect("file");

        store.upsert_user(&user("王老师")).expect("renamed");
        let renamed =
            user_folder(&store, root, "post", &Owner::from_row(&user("王老师"))).expect("folder");
        assert_eq!(renamed, "douyin/post/王老师");
        assert!(!on_disk(root, &folder).exists(), "the old folder is gone");
        let row = store
            .file_by_key("1", AssetKind::Video, 0)
            .expect("query")
            .expect("row");
        assert_eq!(row.rel_path, "douyin/post/王老师/a_video.mp4");
        assert_eq!(
            std::fs::read(on_disk(root, &row.rel_path)).expect("moved"),
            b"x"
        );
    }
}
