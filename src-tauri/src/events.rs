//! The one app-wide event stream: a forwarder task takes the engine's events and emits them
//! to every window as [`DOWNLOAD`]; progress samples at most every [`PROGRESS_EVERY`], final
//! events (a file done or failed, a job's state, a job done) always. When the services are
//! swapped (login, settings) it subscribes to the new engine and tells the UI to reload the
//! queue. Batch-end notifications, the tray's active count and the session health (a job
//! that failed for want of a login) hang off the same stream.
//! The event names live here and nowhere else.

use crate::state::AppState;
use douyin_download::Event;
use douyin_store::JobState;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Queue and download progress (payload: `douyin_download::Event`, tagged by `type`).
pub const DOWNLOAD: &str = "download";
/// The services were rebuilt: reload the queue (payload: none).
pub const QUEUE_RESET: &str = "queue-reset";
/// The session changed: reload the account view (payload: the health).
pub const SESSION: &str = "session";

/// The shortest gap between two progress events sent to the UI.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// What a batch end and the tray need to know.
pub trait Observer<R: Runtime>: Send + Sync + 'static {
    /// Called once at start, before any event (the tray installs itself).
    ///
    /// # Errors
    /// Whatever keeps the app from starting.
    fn setup(&self, _app: &AppHandle<R>) -> Result<(), Box<dyn std::error::Error>> {
        Ok(())
    }
    /// The number of running or queued jobs changed.
    fn active(&self, app: &AppHandle<R>, active: usize);
    /// Every job has settled; `done` finished well, `failed` did not.
    fn batch_done(&self, app: &AppHandle<R>, done: usize, failed: usize);
}

/// Nothing to observe (tests).
pub struct Quiet;
impl<R: Runtime> Observer<R> for Quiet {
    fn active(&self, _: &AppHandle<R>, _: usize) {}
    fn batch_done(&self, _: &AppHandle<R>, _: usize, _: usize) {}
}

/// Starts the forwarder for the state managed by `app`.
pub fn start<R: Runtime>(app: AppHandle<R>, observer: impl Observer<R>) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let mut generations = state.generations();
        let (mut done, mut failed) = (0usize, 0usize);
        loop {
            let engine = state.services().engine.clone();
            let mut rx = engine.subscribe();
            let mut last_progress = Instant::now() - PROGRESS_EVERY;
            let mut active = count_active(&engine);
            observer.active(&app, active);
            loop {
                tokio::select! {
                    changed = generations.changed() => {
                        if changed.is_err() { return; }
                        let _ = app.emit(QUEUE_RESET, ());
                        break;
                    }
                    event = rx.recv() => {
                        let Some(event) = event else {
                            // The engine is gone (shutdown); wait for its successor.
                            if generations.changed().await.is_err() { return; }
                            let _ = app.emit(QUEUE_RESET, ());
                            break;
                        };
                        if matches!(event, Event::Progress { .. }) {
                            if last_progress.elapsed() < PROGRESS_EVERY { continue; }
                            last_progress = Instant::now();
                        }
                        if let Event::JobDone { job } = &event {
                            if job.state == JobState::Done && job.files_failed == 0 { done += 1 } else { failed += 1 }
                        }
                        let _ = app.emit(DOWNLOAD, &event);
                        if let Some(error) = job_error(&event) {
                            crate::commands::account::job_failed(&app, &state, error);
                        }
                        if matches!(event, Event::JobAdded { .. } | Event::JobState { .. } | Event::JobDone { .. }) {
                            let now = count_active(&engine);
                            if now != active {
                                active = now;
                                observer.active(&app, active);
                            }
                            if active == 0 && done + failed > 0 && matches!(event, Event::JobDone { .. }) {
                                observer.batch_done(&app, done, failed);
                                (done, failed) = (0, 0);
                            }
                        }
                    }
                }
            }
        }
    });
}

/// The error a job stopped or ended with.
fn job_error(event: &Event) -> Option<&douyin_store::ErrorInfo> {
    match event {
        Event::JobState { error, .. } => error.as_ref(),
        Event::JobDone { job } => job.error.as_ref(),
        _ => None,
    }
}

/// Jobs queued or running.
pub fn count_active(engine: &douyin_download::Engine) -> usize {
    engine
        .jobs()
        .iter()
        .filter(|j| matches!(j.state, JobState::Queued | JobState::Running))
        .count()
}
