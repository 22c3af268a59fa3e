//! The enums stored as text: job and file states, asset kinds, post kinds, and the stored form
//! of `douyin_core::ErrorKind`.
//!
//! Text (not integers) keeps the database readable with any SQLite tool and lets a newer app
//! add a value without renumbering; a value this build does not know reads back as
//! [`StoreError::Corrupt`] instead of being guessed.

use crate::error::{Result, StoreError};
use douyin_core::ErrorKind;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

macro_rules! text_enum {
    ($(#[$m:meta])* pub enum $name:ident : $what:literal { $($(#[$vm:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vm])* $variant,)+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored (and serialised) text.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }
        }

        impl FromStr for $name {
            type Err = StoreError;
            fn from_str(s: &str) -> Result<Self> {
                match s {
                    $($text => Ok($name::$variant),)+
                    other => Err(StoreError::Corrupt { what: $what, detail: format!("{other:?}") }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

text_enum! {
    /// Where a job is.
    pub enum JobState: "job state" {
        /// Waiting for a slot.
        Queued = "queued",
        /// Being listed or downloaded.
        Running = "running",
        /// Stopped by the user; resumes where it was.
        Paused = "paused",
        /// Listing finished and every file is done, skipped or finally failed.
        Done = "done",
        /// Stopped by an error (kept in the job's error).
        Failed = "failed",
        /// Stopped by the user for good.
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// Where one file is.
    pub enum FileState: "file state" {
        /// Listed, not started.
        Planned = "planned",
        /// A transfer was started (its `.part` may exist).
        Running = "running",
        /// Complete on disk, renamed into place, size recorded.
        Done = "done",
        /// Finally failed; the failure kind and message are kept.
        Failed = "failed",
        /// Deliberately not downloaded (blocked music, a private post, already present).
        Skipped = "skipped",
        /// Was done, but `verify` found it gone or of the wrong size.
        Missing = "missing",
    }
}

text_enum! {
    /// What a file is to its post (F2's file suffixes, §4.3/§4.4 of the spec).
    pub enum AssetKind: "asset kind" {
        /// The video (`_video.mp4`).
        Video = "video",
        /// The cover (`_cover.jpeg` / `_cover.webp`).
        Cover = "cover",
        /// The music (`_music.mp3`).
        Music = "music",
        /// The description text (`_desc.txt`).
        Desc = "desc",
        /// One image of an image post (`_image_<i>.webp`).
        Image = "image",
        /// One live-photo clip (`_live_<i>.mp4`).
        Live = "live",
        /// Lyrics (`_lyric.lrc`, music mode).
        Lyric = "lyric",
        /// The post's JSON sidecar.
        Json = "json",
    }
}

text_enum! {
    /// What a post is.
    pub enum PostKind: "post kind" {
        /// A video post.
        Video = "video",
        /// An image post (图集).
        Images = "images",
        /// An image post with live-photo clips.
        LivePhoto = "live_photo",
        /// A collected music item (music mode).
        Music = "music",
    }
}

impl JobState {
    /// Whether the job still has work: queued, running or paused (not done, failed or
    /// cancelled).
    pub fn is_unfinished(self) -> bool {
        matches!(
            self,
            JobState::Queued | JobState::Running | JobState::Paused
        )
    }
}

impl FileState {
    /// Whether the file needs no more work: done, or deliberately skipped.
    pub fn is_settled(self) -> bool {
        matches!(self, FileState::Done | FileState::Skipped)
    }
}

/// A classified failure as stored with a job or a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorInfo {
    /// The classification.
    pub kind: ErrorKind,
    /// What went wrong and what to do next.
    pub message: String,
}

/// The stored text of `kind` (its serde name, e.g. `rate_limited`).
pub(crate) fn kind_text(kind: ErrorKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s,
        _ => format!("{kind:?}"),
    }
}

/// Reads a stored error back; `None` when no kind was stored.
pub(crate) fn error_info(
    kind: Option<String>,
    message: Option<String>,
) -> Result<Option<ErrorInfo>> {
    let Some(kind) = kind else { return Ok(None) };
    let parsed = serde_json::from_value(serde_json::Value::String(kind.clone())).map_err(|_| {
        StoreError::Corrupt {
            what: "error kind",
            detail: format!("{kind:?}"),
        }
    })?;
    Ok(Some(ErrorInfo {
        kind: parsed,
        message: message.unwrap_or_default(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_round_trips_through_its_text() {
        for s in JobState::ALL {
            assert_eq!(s.as_str().parse::<JobState>().unwrap(), *s);
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        for s in FileState::ALL {
            assert_eq!(s.as_str().parse::<FileState>().unwrap(), *s);
        }
        for a in AssetKind::ALL {
            assert_eq!(a.as_str().parse::<AssetKind>().unwrap(), *a);
        }
        assert_eq!(
            "live_photo".parse::<PostKind>().unwrap(),
            PostKind::LivePhoto
        );
        assert_eq!(JobState::ALL.len(), 6);
        assert_eq!(FileState::ALL.len(), 6);
    }

    #[test]
    fn unknown_text_is_a_decode_error() {
        let err = "exploded".parse::<FileState>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(err.to_string().contains("file state"), "{err}");
    }

    #[test]
    fn error_kinds_are_stored_by_their_serde_name() {
        assert_eq!(kind_text(ErrorKind::RateLimited), "rate_limited");
        let back = error_info(Some("disk_full".into()), Some("full".into()))
            .unwrap()
            .unwrap();
        assert_eq!(back.kind, ErrorKind::DiskFull);
        assert_eq!(back.message, "full");
        assert!(error_info(None, Some("x".into())).unwrap().is_none());
        assert!(error_info(Some("nope".into()), None).is_err());
    }
}
