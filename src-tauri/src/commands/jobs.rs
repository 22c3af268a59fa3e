//! The queue: enqueue links as jobs (every job kind, with options), per-job and all-job
//! controls, the queue and a job's files. Each command is a few lines over the engine.

use crate::error::CommandError;
use crate::state::AppState;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_download::{FileSnapshot, JobKind, JobOptions, JobSnapshot, JobSpec, Target};
use douyin_store::JobId;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

/// Most links one enqueue takes (a pasted list of several thousand is fine).
const MAX_LINKS: usize = 5_000;

/// One line of the omnibox to download.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnqueueRequest {
    /// A link, share text or id.
    pub link: String,
    /// The job kind; `None` = what the link is (post → one, creator → post, mix → mix,
    /// live → live).
    #[ts(as = "Option<crate::bindings::JobKindTs>", optional)]
    #[serde(default)]
    pub kind: Option<JobKind>,
    /// Options for this job; `None` = the settings'.
    #[ts(type = "Record<string, unknown> | null", optional)]
    #[serde(default)]
    pub options: Option<JobOptions>,
}

/// What happened to one line.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnqueueResult {
    /// The line as given.
    pub link: String,
    /// The job it became (a running job with the same spec is reused).
    pub job: Option<JobId>,
    /// Why it did not.
    pub error: Option<CommandError>,
}

/// The kind a link means when the user did not choose one.
pub fn default_kind(link: &LinkTarget) -> JobKind {
    match link.kind {
        TargetKind::User => JobKind::Post,
        TargetKind::Mix => JobKind::Mix,
        TargetKind::Live | TargetKind::LiveRoom => JobKind::Live,
        TargetKind::Post | TargetKind::ShortLink => JobKind::One,
    }
}

async fn enqueue_one(state: &AppState, req: &EnqueueRequest) -> Result<JobId, CommandError> {
    let services = state.services();
    let text = req.link.trim();
    let target = if text.contains("://")
        || !text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        let link = services.client.resolve_link(text).await?;
        let kind = req.kind.unwrap_or_else(|| default_kind(&link));
        (
            kind,
            Target::from_link(kind, &link).map_err(CommandError::invalid_input)?,
        )
    } else {
        let kind = req.kind.unwrap_or(JobKind::One);
        (kind, Target::from_id(kind, text))
    };
    let spec = JobSpec {
        kind: target.0,
        target: target.1,
        options: req
            .options
            .clone()
            .unwrap_or_else(|| state.settings().job_options()),
    };
    Ok(services.engine.enqueue(spec)?)
}

/// Queues every line; each gets its own result.
#[tauri::command]
pub async fn jobs_enqueue(
    state: State<'_, AppState>,
    items: Vec<EnqueueRequest>,
) -> Result<Vec<EnqueueResult>, CommandError> {
    if items.len() > MAX_LINKS {
        return Err(CommandError::invalid_input(format!(
            "{} links at once is too many; queue at most {MAX_LINKS} at a time",
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(items.len());
    for req in items {
        let r = enqueue_one(&state, &req).await;
        out.push(EnqueueResult {
            link: req.link,
            job: r.as_ref().ok().copied(),
            error: r.err(),
        });
    }
    Ok(out)
}

/// The queue, oldest first (restored after a restart).
#[tauri::command]
pub fn jobs_list(state: State<'_, AppState>) -> Vec<JobSnapshot> {
    state.services().engine.jobs()
}

/// A job's files.
#[tauri::command]
pub fn jobs_files(
    state: State<'_, AppState>,
    job: JobId,
) -> Result<Vec<FileSnapshot>, CommandError> {
    Ok(state.services().engine.job_files(job)?)
}

/// Tries one failed or missing file of a job again (the job runs for it if it had ended).
#[tauri::command]
pub async fn jobs_retry_file(
    state: State<'_, AppState>,
    job: JobId,
    aweme_id: String,
    asset: douyin_store::AssetKind,
    index: u32,
) -> Result<FileSnapshot, CommandError> {
    Ok(state
        .services()
        .engine
        .retry_file(job, &aweme_id, asset, index)?)
}

/// What to do to one job.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JobAction {
    /// Stop its transfers for now.
    Pause,
    /// Continue.
    Resume,
    /// Stop for good (partial files removed, saved files kept).
    Cancel,
    /// Try its failed files again.
    RetryFailed,
}

/// Pauses, resumes, cancels or retries one job; answers the number of files retried.
#[tauri::command]
pub fn jobs_control(
    state: State<'_, AppState>,
    job: JobId,
    action: JobAction,
) -> Result<usize, CommandError> {
    let engine = state.services().engine.clone();
    Ok(match action {
        JobAction::Pause => engine.pause(job).map(|()| 0)?,
        JobAction::Resume => engine.resume(job).map(|()| 0)?,
        JobAction::Cancel => engine.cancel(job).map(|()| 0)?,
        JobAction::RetryFailed => engine.retry_failed(job)?,
    })
}

/// What to do to every job.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AllAction {
    /// Pause every job.
    Pause,
    /// Resume every paused job.
    Resume,
    /// Retry the failed files of every job that has some.
    RetryFailed,
}

/// Pauses or resumes everything, or retries every failure; answers the files retried.
#[tauri::command]
pub fn jobs_control_all(
    state: State<'_, AppState>,
    action: AllAction,
) -> Result<usize, CommandError> {
    let engine = state.services().engine.clone();
    match action {
        AllAction::Pause => engine.pause_all(),
        AllAction::Resume => engine.resume_all(),
        AllAction::RetryFailed => {
            let mut n = 0;
            for job in engine
                .jobs()
                .iter()
                .filter(|j| j.files_failed > 0 || j.error.is_some())
            {
                n += engine.retry_failed(job.id)?;
            }
            return Ok(n);
        }
    }
    Ok(0)
}
