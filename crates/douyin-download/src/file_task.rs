//! One file of a job, start to finish: skip it when it is already saved, finish a crash's
//! work (a file renamed but not recorded), find its bytes' source (planned with the page, or
//! planned again from the post kept in the store after a restart), transfer or write it,
//! fetch fresh URLs when the old ones expired, then record it done — only after the rename.

use crate::control::Listener;
use crate::convert::convert;
use crate::error::{DownloadError, Result};
use crate::live_state::JobLive;
use crate::plan::{plan_music, plan_post, PlannedAsset, Source};
use crate::progress::Meter;
use crate::records::post_row;
use crate::shared::Shared;
use crate::spec::{ImageFormat, JobKind, JobOptions};
use crate::transfer::fetch::net_error;
use crate::transfer::{fetch_file, part_path, write_atomic, Fetch, FileFetch};
use douyin_core::models::{Aweme, Music, Parsed};
use douyin_store::{on_disk, AssetKind, FileRow, FileState};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How often expired URLs are replaced by fresh ones before the file fails.
const MAX_REFRESHES: u32 = 2;
/// The largest lyric JSON accepted.
const MAX_LYRIC_BYTES: usize = 2 * 1024 * 1024;

/// A file to work on.
#[derive(Debug, Clone)]
pub struct FileTask {
    /// The file as stored.
    pub row: FileRow,
    /// Where its bytes come from, when the page that planned it is at hand.
    pub source: Option<Source>,
}

/// How a file task ended.
#[derive(Debug)]
pub enum FileOutcome {
    /// On disk and recorded.
    Done {
        /// The file as recorded.
        row: FileRow,
        /// It was already saved before.
        reused: bool,
    },
    /// Finally failed (recorded as such).
    Failed {
        /// The file as recorded.
        row: FileRow,
        /// Why.
        error: DownloadError,
    },
    /// Stopped by a pause or cancel; still pending.
    Interrupted,
    /// The disk is full; the job must pause.
    DiskFull(DownloadError),
}

fn what(asset: AssetKind) -> &'static str {
    asset.as_str()
}

/// The source of `row` from the post kept in the store (after a restart the page is gone).
pub fn replan(
    shared: &Shared,
    kind: JobKind,
    options: &JobOptions,
    row: &FileRow,
) -> Result<Option<Source>> {
    let Some(raw) = shared.store.post_raw(&row.aweme_id)? else {
        return Ok(None);
    };
    let value: serde_json::Value = serde_json::from_str(&raw).map_err(|e| {
        DownloadError::InvalidInput(format!("the stored post {} is not JSON: {e}", row.aweme_id))
    })?;
    let plan = if kind == JobKind::Music {
        let Ok(m) = Parsed::<Music>::from_value(value) else {
            return Ok(None);
        };
        plan_music(&m.typed, options)?
    } else {
        let Ok(p) = Parsed::<Aweme>::from_value(value) else {
            return Ok(None);
        };
        plan_post(&p.typed, &p.raw, options, None)?
    };
    Ok(find(&plan.assets, row))
}

fn find(assets: &[PlannedAsset], row: &FileRow) -> Option<Source> {
    assets
        .iter()
        .find(|a| a.asset == row.asset && a.index == row.index)
        .map(|a| a.source.clone())
}

/// How long a refreshed post serves the other files of that post.
const REFRESH_SHARED_MS: u64 = 1_000;

/// Fresh URLs for `row`: the post fetched again (and recorded again, so a later retry plans
/// from the fresh answer). Files of one post expiring together share one refresh, unless
/// `force` (a shared answer did not help).
async fn refresh(
    shared: &Shared,
    options: &JobOptions,
    row: &FileRow,
    force: bool,
) -> Result<Option<Source>> {
    let mut cache = shared.refreshed.lock().await;
    let now = shared.now_ms();
    cache.retain(|_, (at, _)| now.saturating_sub(*at) < REFRESH_SHARED_MS);
    let cached = if force {
        None
    } else {
        cache.get(&row.aweme_id)
    };
    let raw = match cached {
        Some((_, raw)) => std::sync::Arc::clone(raw),
        None => {
            let post = shared.api.post_detail(&row.aweme_id).await?;
            shared
                .store
                .upsert_post(&post_row(&post.typed, &post.raw))?;
            let raw = std::sync::Arc::new(post.raw);
            cache.insert(row.aweme_id.clone(), (now, std::sync::Arc::clone(&raw)));
            raw
        }
    };
    drop(cache);
    let post = Parsed::<Aweme>::from_value((*raw).clone())
        .map_err(|e| DownloadError::InvalidInput(e.to_string()))?;
    let plan = plan_post(&post.typed, &post.raw, options, None)?;
    Ok(find(&plan.assets, row))
}

/// Runs one file task.
pub async fn run_file(
    shared: &Shared,
    live: &JobLive,
    control: Listener,
    task: FileTask,
) -> FileOutcome {
    let lock = shared.file_lock(task.row.id);
    let _guard = lock.lock().await;
    let id = task.row.id;
    // Another job may have finished it while this one waited.
    let row = match shared.store.file(id) {
        Ok(r) => r,
        Err(e) => return failed(shared, task.row, e.into()),
    };
    match work(shared, live, control, &row, task.source).await {
        Ok(Worked::Saved { size, reused }) => {
            let done = if reused {
                Ok(row.clone())
            } else {
                shared.store.file_done(id, &row.rel_path, size)
            };
            match done {
                Ok(row) => FileOutcome::Done { row, reused },
                Err(e) => failed(shared, row, e.into()),
            }
        }
        Err(Stop::Interrupted) => FileOutcome::Interrupted,
        Err(Stop::Failed(e)) if e.kind() == douyin_core::ErrorKind::DiskFull => {
            FileOutcome::DiskFull(e)
        }
        Err(Stop::Failed(e)) => failed(shared, row, e),
    }
}

fn failed(shared: &Shared, row: FileRow, error: DownloadError) -> FileOutcome {
    tracing::warn!(aweme_id = %row.aweme_id, asset = %row.asset.as_str(), error = %error, "file failed");
    let row = shared
        .store
        .file_failed(row.id, error.kind(), &error.to_string())
        .unwrap_or(row);
    FileOutcome::Failed { row, error }
}

enum Worked {
    Saved { size: u64, reused: bool },
}

enum Stop {
    Interrupted,
    Failed(DownloadError),
}

impl From<DownloadError> for Stop {
    fn from(e: DownloadError) -> Self {
        Stop::Failed(e)
    }
}

impl From<douyin_store::StoreError> for Stop {
    fn from(e: douyin_store::StoreError) -> Self {
        Stop::Failed(e.into())
    }
}

fn size_of(path: &Path) -> Option<u64> {
    std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len())
}

async fn work(
    shared: &Shared,
    live: &JobLive,
    control: Listener,
    row: &FileRow,
    source: Option<Source>,
) -> std::result::Result<Worked, Stop> {
    let target = on_disk(&shared.root, &row.rel_path);
    let on_disk_size = size_of(&target);
    if row.state == FileState::Done && on_disk_size.is_some() && on_disk_size == row.size {
        return Ok(Worked::Saved {
            size: on_disk_size.unwrap_or(0),
            reused: true,
        });
    }
    // Renamed into place but not recorded (a crash in between): the size the transfer
    // announced proves it complete.
    if let (Some(len), Some(total)) = (on_disk_size, row.expected_total) {
        if len == total && !part_path(&target).exists() {
            return Ok(Worked::Saved {
                size: len,
                reused: false,
            });
        }
    }
    let spec = &live.spec;
    let mut source = match source {
        Some(s) => s,
        None => replan(shared, spec.kind, &spec.options, row)?.ok_or_else(|| {
            DownloadError::Nothing(format!(
                "the {} of {} is no longer part of the post",
                what(row.asset),
                row.aweme_id
            ))
        })?,
    };
    let meter = Arc::new(Meter::default());
    live.start(row, Arc::clone(&meter));
    let result = transfer_loop(shared, live, control, row, &target, &mut source, &meter).await;
    live.stop(row.id);
    result
}

async fn transfer_loop(
    shared: &Shared,
    live: &JobLive,
    control: Listener,
    row: &FileRow,
    target: &Path,
    source: &mut Source,
    meter: &Meter,
) -> std::result::Result<Worked, Stop> {
    let mut refreshes = 0;
    loop {
        let outcome = save(shared, control.clone(), row, target, source, meter).await;
        match outcome {
            Err(Fetch::Expired)
                if refreshes < MAX_REFRESHES && live.spec.kind != JobKind::Music =>
            {
                refreshes += 1;
                tracing::info!(aweme_id = %row.aweme_id, "media URLs expired; fetching fresh ones");
                match refresh(shared, &live.spec.options, row, refreshes > 1).await? {
                    Some(fresh) => *source = fresh,
                    None => {
                        return Err(Stop::Failed(DownloadError::Nothing(format!(
                            "the post {} no longer has this {}",
                            row.aweme_id,
                            what(row.asset)
                        ))))
                    }
                }
            }
            Err(Fetch::Expired) => {
                return Err(Stop::Failed(DownloadError::Expired {
                    what: what(row.asset).into(),
                }))
            }
            Err(Fetch::Interrupted(_)) => return Err(Stop::Interrupted),
            Err(Fetch::Failed(e)) => return Err(Stop::Failed(e)),
            Ok(size) => {
                if let Some(pause) = shared.hooks.pause_after_rename {
                    tokio::time::sleep(pause).await;
                }
                return Ok(Worked::Saved {
                    size,
                    reused: false,
                });
            }
        }
    }
}

/// Puts the bytes of `source` at `target`; returns the size on disk.
async fn save(
    shared: &Shared,
    control: Listener,
    row: &FileRow,
    target: &Path,
    source: &Source,
    meter: &Meter,
) -> std::result::Result<u64, Fetch> {
    let store = &shared.store;
    let on_start = |total: Option<u64>, etag: Option<&str>| {
        if let Err(e) = store.file_started(row.id, total, etag) {
            tracing::warn!(error = %e, "could not record a transfer start");
        }
    };
    match source {
        Source::Text(text) => write_small(shared, row, target, text.as_bytes()).await,
        Source::Json(value) => {
            let text = serde_json::to_string_pretty(value).unwrap_or_default();
            write_small(shared, row, target, text.as_bytes()).await
        }
        Source::Lyric(url) => {
            let lrc = lyric(shared, url).await.map_err(Fetch::Failed)?;
            write_small(shared, row, target, lrc.as_bytes()).await
        }
        Source::Media(urls) => {
            let fetched = fetch_file(
                &shared.media,
                &shared.policy,
                &shared.disk,
                FileFetch {
                    what: what(row.asset),
                    urls,
                    target,
                    etag: row.etag.clone(),
                    meter,
                    control,
                    on_start: &on_start,
                },
            )
            .await?;
            Ok(fetched.size)
        }
        Source::Image { urls, format } if *format == ImageFormat::Original => {
            let fetched = fetch_file(
                &shared.media,
                &shared.policy,
                &shared.disk,
                FileFetch {
                    what: what(row.asset),
                    urls,
                    target,
                    etag: row.etag.clone(),
                    meter,
                    control,
                    on_start: &on_start,
                },
            )
            .await?;
            Ok(fetched.size)
        }
        Source::Image { urls, format } => {
            // Download the original next to the target, convert, then drop the original.
            let original = with_suffix(target, ".orig");
            fetch_file(
                &shared.media,
                &shared.policy,
                &shared.disk,
                FileFetch {
                    what: what(row.asset),
                    urls,
                    target: &original,
                    etag: row.etag.clone(),
                    meter,
                    control,
                    on_start: &|_, etag| on_start(None, etag),
                },
            )
            .await?;
            let bytes = tokio::fs::read(&original)
                .await
                .map_err(|e| Fetch::Failed(DownloadError::io(&original, &e)))?;
            let format = *format;
            let converted = tokio::task::spawn_blocking(move || convert(&bytes, format))
                .await
                .map_err(|_| Fetch::Failed(DownloadError::Cancelled))?
                .map_err(Fetch::Failed)?;
            let size = write_small(shared, row, target, &converted).await?;
            let _ = tokio::fs::remove_file(&original).await;
            Ok(size)
        }
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

async fn write_small(
    shared: &Shared,
    row: &FileRow,
    target: &Path,
    bytes: &[u8],
) -> std::result::Result<u64, Fetch> {
    shared
        .disk
        .check(bytes.len() as u64)
        .map_err(Fetch::Failed)?;
    let size = write_atomic(target, bytes).await.map_err(Fetch::Failed)?;
    // Recorded like a transfer, so a crash before the commit is recognised as complete.
    let _ = shared.store.file_started(row.id, Some(size), None);
    Ok(size)
}

/// The lyric JSON at `url` converted to LRC (F2's `json_2_lrc`).
async fn lyric(shared: &Shared, url: &str) -> Result<String> {
    let bad = |reason: String| DownloadError::BadMedia {
        what: "lyric".into(),
        url: douyin_core::client::redact::redact_url(url),
        reason,
    };
    let _conn = shared.media.connection().await?;
    let resp = shared
        .media
        .get(url)
        .send()
        .await
        .map_err(|e| net_error(url, e))?;
    if resp.status() != reqwest::StatusCode::OK {
        return Err(DownloadError::Http {
            url: douyin_core::client::redact::redact_url(url),
            status: resp.status().as_u16(),
        });
    }
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_LYRIC_BYTES as u64)
    {
        return Err(bad("the lyric file is too large".into()));
    }
    let mut body = Vec::new();
    let mut resp = resp;
    while let Some(chunk) = resp.chunk().await.map_err(|e| net_error(url, e))? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_LYRIC_BYTES {
            return Err(bad("the lyric file is too large".into()));
        }
    }
    let value: serde_json::Value =
        serde_json::from_slice(&body).map_err(|e| bad(format!("not JSON: {e}")))?;
    douyin_core::lrc::json_2_lrc(&value).map_err(|e| bad(e.to_string()))
}
