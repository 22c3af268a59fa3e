//! Running one job: wait while paused, expand it (listing task) and download its files
//! (bounded by the engine's `max_tasks`), files left by an earlier run first; a pause stops
//! every transfer and the job waits to be resumed; a full disk pauses it with the reason; a
//! cancel removes its partial files. The final state goes to the store and to subscribers.

use crate::control::{Control, RunState};
use crate::error::DownloadError;
use crate::events::Event;
use crate::expand::expand;
use crate::file_task::{run_file, FileOutcome, FileTask};
use crate::live_state::JobLive;
use crate::shared::Shared;
use crate::transfer::part_path;
use douyin_store::{on_disk, ErrorInfo, FileState, JobState};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::task::JoinSet;

/// Files the listing may plan ahead of the downloads (about two pages of posts).
const LOOKAHEAD: usize = 160;

/// How one run of a job ended.
pub(crate) enum RunEnd {
    /// Listing exhausted and no file pending.
    Finished,
    /// Listing failed.
    Failed(DownloadError),
    /// Paused (by the user, the disk guard, or a shutdown).
    Paused(Option<ErrorInfo>),
    /// Cancelled.
    Cancelled,
}

pub(crate) fn info(e: &DownloadError) -> ErrorInfo {
    ErrorInfo {
        kind: e.kind(),
        message: e.to_string(),
    }
}

/// Runs job `live` to its end (or until the engine shuts down).
pub async fn run_job(
    shared: Arc<Shared>,
    live: Arc<JobLive>,
    control: Control,
    shutdown: Arc<AtomicBool>,
) {
    loop {
        if shutdown.load(Ordering::Acquire) {
            // Stopped before it ran (or between runs): it resumes when the engine next starts.
            return;
        }
        let mut listener = control.listen();
        if listener.state() == RunState::Pause
            && live.state() != JobState::Paused
            && !shutdown.load(Ordering::Acquire)
        {
            // The user paused it before it ever ran: say so, rather than staying "queued"
            // until a resume (a shutdown's pause is not the user's: the job resumes next start).
            set_state(&shared, &live, JobState::Paused, None);
        }
        if !listener.runnable().await {
            finish(&shared, &live, JobState::Cancelled, None);
            return;
        }
        if shutdown.load(Ordering::Acquire) {
            return;
        }
        set_state(&shared, &live, JobState::Running, None);
        let end = if live.spec.kind == crate::spec::JobKind::Live {
            crate::live::recorder::run_live(&shared, &live, &control).await
        } else {
            run_once(&shared, &live, &control, 0).await
        };
        match end {
            RunEnd::Finished => {
                finish(&shared, &live, JobState::Done, None);
                return;
            }
            RunEnd::Failed(e) => {
                finish(&shared, &live, JobState::Failed, Some(info(&e)));
                return;
            }
            RunEnd::Cancelled => {
                remove_partials(&shared, &live);
                finish(&shared, &live, JobState::Cancelled, None);
                return;
            }
            RunEnd::Paused(reason) => {
                if shutdown.load(Ordering::Acquire) {
                    // Not a user's pause: the job resumes when the engine next starts.
                    return;
                }
                if let Some(r) = &reason {
                    // The disk guard paused the job; it waits for the user's resume.
                    control.set(RunState::Pause);
                    tracing::warn!(job = live.id, "{}", r.message);
                }
                set_state(&shared, &live, JobState::Paused, reason);
            }
        }
    }
}

fn set_state(shared: &Shared, live: &JobLive, state: JobState, error: Option<ErrorInfo>) {
    let stored = error.as_ref().map(|e| (e.kind, e.message.as_str()));
    if let Err(e) = shared.store.set_job_state(live.id, state, stored) {
        tracing::warn!(error = %e, "could not record a job state");
    }
    live.set_state(state, error.clone(), shared.now_s());
    shared.hub.emit(Event::JobState {
        job: live.id,
        state,
        error,
    });
}

fn finish(shared: &Shared, live: &JobLive, state: JobState, error: Option<ErrorInfo>) {
    live.clear_focus();
    if let Ok(counters) = shared.store.job_counters(live.id) {
        let job = shared.store.job(live.id).ok().flatten();
        live.set_counters(
            counters,
            job.as_ref().map_or(0, |j| j.listed),
            job.as_ref().is_some_and(|j| j.exhausted),
        );
    }
    set_state(shared, live, state, error);
    shared.hub.emit(Event::JobDone {
        job: live.snapshot(),
    });
}

/// A cancelled job leaves no partial file behind.
fn remove_partials(shared: &Shared, live: &JobLive) {
    let Ok(files) = shared.store.pending_files(live.id) else {
        return;
    };
    for f in files {
        let target = on_disk(&shared.root, &f.rel_path);
        let _ = std::fs::remove_file(part_path(&target));
        let mut orig = target.file_name().unwrap_or_default().to_os_string();
        orig.push(".orig.part");
        let _ = std::fs::remove_file(target.with_file_name(orig));
    }
}

/// How many times a run starts over for files that were still pending at its end (held by
/// another job, or planned by the last page) before it reports what it has.
const MAX_ROUNDS: u32 = 3;

async fn run_once(
    shared: &Arc<Shared>,
    live: &Arc<JobLive>,
    control: &Control,
    round: u32,
) -> RunEnd {
    let mut listener = control.listen();
    // Files an earlier run planned (or left half-done) come first.
    let mut queue: VecDeque<FileTask> = match shared.store.pending_files(live.id) {
        Ok(rows) => rows
            .into_iter()
            .filter(|row| live.in_focus(row.id))
            .map(|row| FileTask { row, source: None })
            .collect(),
        Err(e) => return RunEnd::Failed(e.into()),
    };
    if let (Ok(c), Ok(Some(job))) = (
        shared.store.job_counters(live.id),
        shared.store.job(live.id),
    ) {
        live.set_counters(c, job.listed, job.exhausted);
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<FileTask>(LOOKAHEAD);
    let lister = {
        let (shared, live) = (Arc::clone(shared), Arc::clone(live));
        tokio::spawn(async move { expand(&shared, &live, tx).await })
    };
    let mut lister = Some(lister);
    let mut listing_open = true;
    let mut running: JoinSet<FileOutcome> = JoinSet::new();
    let mut paused: Option<Option<ErrorInfo>> = None;
    let mut listing_error: Option<DownloadError> = None;
    loop {
        if !listing_open && queue.is_empty() && running.is_empty() {
            break;
        }
        let want_task = !queue.is_empty();
        tokio::select! {
            biased;
            s = listener.interrupted() => {
                paused = Some(None);
                if s == RunState::Cancel {
                    paused = None;
                }
                break;
            }
            Some(joined) = running.join_next(), if !running.is_empty() => {
                match joined {
                    Ok(outcome) => {
                        if let Some(reason) = on_outcome(shared, live, outcome) {
                            paused = Some(Some(reason));
                            control_pause_all(&mut running).await;
                            break;
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "a file task ended abnormally"),
                }
            }
            permit = Arc::clone(&shared.tasks).acquire_owned(), if want_task => {
                let Ok(permit) = permit else { break };
                if let Some(task) = queue.pop_front() {
                    let (shared, live, l) = (Arc::clone(shared), Arc::clone(live), control.listen());
                    running.spawn(async move {
                        let _permit = permit;
                        run_file(&shared, &live, l, task).await
                    });
                }
            }
            msg = rx.recv(), if listing_open && queue.is_empty() => {
                match msg {
                    Some(task) => queue.push_back(task),
                    None => {
                        listing_open = false;
                        if let Some(handle) = lister.take() {
                            match handle.await {
                                Ok(Ok(())) => {}
                                Ok(Err(e)) => listing_error = Some(e),
                                Err(e) => listing_error = Some(DownloadError::InvalidInput(format!("the listing stopped: {e}"))),
                            }
                        }
                    }
                }
            }
        }
        if listing_error.is_some() {
            // Finish the files already planned, then report the listing's failure.
            while let Some(joined) = running.join_next().await {
                if let Ok(outcome) = joined {
                    let _ = on_outcome(shared, live, outcome);
                }
            }
            break;
        }
    }
    drop(rx);
    if let Some(handle) = lister.take() {
        handle.abort();
        let _ = handle.await;
    }
    // Let interrupted transfers flush their `.part` files.
    while let Some(joined) = running.join_next().await {
        if let Ok(outcome) = joined {
            let _ = on_outcome(shared, live, outcome);
        }
    }
    if let Some(reason) = paused {
        return RunEnd::Paused(reason);
    }
    if control.state() == RunState::Cancel {
        return RunEnd::Cancelled;
    }
    if let Some(e) = listing_error {
        return RunEnd::Failed(e);
    }
    // Anything a concurrent job holds, or that was re-planned meanwhile, is pending still:
    // run again rather than report done too early.
    match shared.store.pending_files(live.id) {
        Ok(left)
            if round < MAX_ROUNDS
                && left
                    .iter()
                    .any(|f| f.state != FileState::Failed && live.in_focus(f.id)) =>
        {
            Box::pin(run_once(shared, live, control, round + 1)).await
        }
        _ => RunEnd::Finished,
    }
}

/// Stops the other transfers of the job after a disk-full stop (they would fail the same way).
async fn control_pause_all(running: &mut JoinSet<FileOutcome>) {
    running.abort_all();
    while running.join_next().await.is_some() {}
}

/// Emits the events of a finished file task; `Some(reason)` when the job must pause.
fn on_outcome(shared: &Shared, live: &JobLive, outcome: FileOutcome) -> Option<ErrorInfo> {
    match outcome {
        FileOutcome::Done { row, reused } => {
            let size = row.size.unwrap_or(0);
            shared.hub.emit(Event::FileDone {
                job: live.id,
                file: JobLive::file_snapshot(&row, size, row.size),
                skipped: reused,
            });
            refresh(shared, live);
            None
        }
        FileOutcome::Failed { row, error } => {
            shared.hub.emit(Event::FileFailed {
                job: live.id,
                file: JobLive::file_snapshot(&row, 0, row.expected_total),
                error: info(&error),
            });
            refresh(shared, live);
            None
        }
        FileOutcome::Interrupted => None,
        FileOutcome::DiskFull(e) => Some(info(&e)),
    }
}

fn refresh(shared: &Shared, live: &JobLive) {
    if let (Ok(c), Ok(Some(job))) = (
        shared.store.job_counters(live.id),
        shared.store.job(live.id),
    ) {
        live.set_counters(c, job.listed, job.exhausted);
    }
}
