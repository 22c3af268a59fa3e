//! User folders per mode, and renaming one when a nickname changes without losing a file.
//!
//! The order, which makes a crash at any point recoverable:
//! 1. [`HistoryStore::plan_user_folder_move`] records the intent (old → new);
//! 2. the engine renames the folder on disk;
//! 3. [`HistoryStore::move_user_folder`] rewrites every file path under `old/` to `new/`,
//!    records the new folder and drops the intent, in one transaction.
//!
//! [`HistoryStore::recover_folder_moves`] (run by `open_library`) settles intents a crash left:
//! old gone and new present → step 3 is done now; old present and new absent → the rename never
//! happened and the intent is dropped; anything else is left alone and reported.
//! [`HistoryStore::repair_user_folder`] handles a folder renamed by hand (no intent).

use crate::error::{Result, StoreError};
use crate::paths;
use crate::store::HistoryStore;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What recovery did with one interrupted folder rename.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum FolderRecovery {
    /// The rename had happened; the paths were rewritten.
    Completed {
        /// The user.
        uid: String,
        /// The mode.
        mode: String,
        /// The folder now recorded.
        new_rel: String,
        /// File paths rewritten.
        files: usize,
    },
    /// The rename had not happened; the old folder stays recorded.
    Dropped {
        /// The user.
        uid: String,
        /// The mode.
        mode: String,
    },
    /// Both or neither folders exist: left for the user to sort out.
    Unresolved {
        /// The user.
        uid: String,
        /// The mode.
        mode: String,
        /// The recorded folder.
        old_rel: String,
        /// The planned folder.
        new_rel: String,
    },
}

fn folder(conn: &Connection, uid: &str, mode: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT rel_folder FROM user_folders WHERE uid = ?1 AND mode = ?2")?
        .query_row([uid, mode], |r| r.get(0))
        .optional()?)
}

fn require_user(conn: &Connection, uid: &str) -> Result<()> {
    crate::users::by_uid(conn, uid)?
        .map(|_| ())
        .ok_or_else(|| StoreError::not_found("user", uid))
}

fn set_folder(conn: &Connection, uid: &str, mode: &str, rel: &str, now: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO user_folders (uid, mode, rel_folder, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (uid, mode) DO UPDATE SET rel_folder = excluded.rel_folder,
             updated_at = excluded.updated_at",
    )?
    .execute(params![uid, mode, rel, now])?;
    Ok(())
}

/// Step 3: rewrite paths, record the folder, drop the intent.
fn apply_move(
    conn: &Connection,
    uid: &str,
    mode: &str,
    old: &str,
    new: &str,
    now: i64,
) -> Result<usize> {
    if let Some(recorded) = folder(conn, uid, mode)? {
        if recorded != old && recorded != new {
            return Err(StoreError::Invalid(format!(
                "the {mode} folder of user {uid} is recorded as {recorded:?}, not {old:?}; nothing was moved"
            )));
        }
    }
    let (low, high) = paths::inside_range(old);
    let files = conn
        .prepare_cached(
            "UPDATE files SET rel_path = ?1 || substr(rel_path, length(?2) + 1), updated_at = ?3
             WHERE rel_path >= ?4 AND rel_path < ?5",
        )?
        .execute(params![new, old, now, low, high])?;
    set_folder(conn, uid, mode, new, now)?;
    conn.prepare_cached("DELETE FROM folder_moves WHERE uid = ?1 AND mode = ?2")?
        .execute([uid, mode])?;
    Ok(files)
}

impl HistoryStore {
    /// The folder of user `uid` in `mode`, relative to the library root.
    ///
    /// # Errors
    /// On a database failure.
    pub fn user_folder(&self, uid: &str, mode: &str) -> Result<Option<String>> {
        folder(&self.lock(), uid, mode)
    }

    /// Records the folder of user `uid` in `mode`.
    ///
    /// # Errors
    /// `NotFound` for an unrecorded user, `InvalidInput` for an escaping path.
    pub fn set_user_folder(&self, uid: &str, mode: &str, rel_folder: &str) -> Result<()> {
        let rel = paths::relative(rel_folder)?;
        self.write(|tx, now| {
            require_user(tx, uid)?;
            set_folder(tx, uid, mode, &rel, now)
        })
    }

    /// Step 1 of a rename: records that the folder of `uid` in `mode` is about to move from
    /// `old_rel` to `new_rel`. Call before renaming on disk.
    ///
    /// # Errors
    /// `NotFound` for an unrecorded user, `InvalidInput` for an escaping path.
    pub fn plan_user_folder_move(
        &self,
        uid: &str,
        mode: &str,
        old_rel: &str,
        new_rel: &str,
    ) -> Result<()> {
        let (old, new) = (paths::relative(old_rel)?, paths::relative(new_rel)?);
        self.write(|tx, now| {
            require_user(tx, uid)?;
            tx.prepare_cached(
                "INSERT INTO folder_moves (uid, mode, old_rel, new_rel, planned_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (uid, mode) DO UPDATE SET old_rel = excluded.old_rel,
                     new_rel = excluded.new_rel, planned_at = excluded.planned_at",
            )?
            .execute(params![uid, mode, old, new, now])?;
            Ok(())
        })
    }

    /// Step 3 of a rename, after the folder was renamed on disk: every file path under
    /// `old_rel/` becomes the same path under `new_rel/`, and `new_rel` is recorded, in one
    /// transaction. Returns how many file paths changed.
    ///
    /// # Errors
    /// `InvalidInput` for an escaping path or when another folder is recorded for the user;
    /// nothing changes then.
    pub fn move_user_folder(
        &self,
        uid: &str,
        mode: &str,
        old_rel: &str,
        new_rel: &str,
    ) -> Result<usize> {
        let (old, new) = (paths::relative(old_rel)?, paths::relative(new_rel)?);
        self.write(|tx, now| {
            require_user(tx, uid)?;
            apply_move(tx, uid, mode, &old, &new, now)
        })
    }

    /// Settles the folder renames a crash interrupted, looking at the folders under `root`
    /// (see the module notes). Run by [`HistoryStore::open_library`]; call it yourself after
    /// [`HistoryStore::open`] with the download root.
    ///
    /// # Errors
    /// On a database failure.
    pub fn recover_folder_moves(&self, root: &Path) -> Result<Vec<FolderRecovery>> {
        let pending: Vec<(String, String, String, String)> = {
            let conn = self.lock();
            let mut stmt =
                conn.prepare("SELECT uid, mode, old_rel, new_rel FROM folder_moves ORDER BY uid")?;
            let rows = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            rows
        };
        let mut out = Vec::with_capacity(pending.len());
        for (uid, mode, old, new) in pending {
            let old_there = paths::on_disk(root, &old).is_dir();
            let new_there = paths::on_disk(root, &new).is_dir();
            let outcome = match (old_there, new_there) {
                (false, true) => {
                    let files =
                        self.write(|tx, now| apply_move(tx, &uid, &mode, &old, &new, now))?;
                    FolderRecovery::Completed {
                        uid,
                        mode,
                        new_rel: new,
                        files,
                    }
                }
                (true, false) => {
                    self.write(|tx, _| {
                        tx.execute(
                            "DELETE FROM folder_moves WHERE uid = ?1 AND mode = ?2",
                            [&uid, &mode],
                        )?;
                        Ok(())
                    })?;
                    FolderRecovery::Dropped { uid, mode }
                }
                _ => {
                    tracing::warn!(%uid, %mode, %old, %new, "user folder rename left unresolved: both or neither folders exist");
                    FolderRecovery::Unresolved {
                        uid,
                        mode,
                        old_rel: old,
                        new_rel: new,
                    }
                }
            };
            out.push(outcome);
        }
        Ok(out)
    }

    /// For a folder renamed outside the app: if the recorded folder of `uid` in `mode` is
    /// gone from `root` and `new_rel` exists, rewrites the paths to it (as
    /// [`HistoryStore::move_user_folder`]). Returns how many file paths changed.
    ///
    /// # Errors
    /// `NotFound` when no folder is recorded, `InvalidInput` when the recorded folder still
    /// exists or `new_rel` does not.
    pub fn repair_user_folder(
        &self,
        root: &Path,
        uid: &str,
        mode: &str,
        new_rel: &str,
    ) -> Result<usize> {
        let new = paths::relative(new_rel)?;
        let old = self
            .user_folder(uid, mode)?
            .ok_or_else(|| StoreError::not_found("folder of user", format!("{uid} ({mode})")))?;
        if paths::on_disk(root, &old).is_dir() {
            return Err(StoreError::Invalid(format!(
                "the recorded folder {old:?} still exists; rename it with the app instead"
            )));
        }
        if !paths::on_disk(root, &new).is_dir() {
            return Err(StoreError::Invalid(format!(
                "the folder {new:?} does not exist under the download folder"
            )));
        }
        self.write(|tx, now| apply_move(tx, uid, mode, &old, &new, now))
    }
}
