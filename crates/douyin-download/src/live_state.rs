//! The in-memory side of a running job: its counters (initialised from the store, updated as
//! files finish), the files in flight with their byte meters, and its title — everything a
//! snapshot or a progress sample needs without querying the store.

use crate::events::{FileProgress, FileSnapshot, JobProgress, JobSnapshot, LiveStatus};
use crate::progress::{eta_s, Meter, Rate};
use crate::spec::JobSpec;
use douyin_store::{AssetKind, ErrorInfo, FileId, FileRow, JobCounters, JobId, JobState};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A file in flight.
#[derive(Debug, Clone)]
pub struct Active {
    /// The item.
    pub aweme_id: String,
    /// The asset.
    pub asset: AssetKind,
    /// Its index.
    pub index: u32,
    /// Its bytes.
    pub meter: Arc<Meter>,
}

#[derive(Debug, Default)]
struct Inner {
    title: String,
    state: Option<JobState>,
    error: Option<ErrorInfo>,
    listed: u64,
    exhausted: bool,
    counters: JobCounters,
    active: BTreeMap<FileId, Active>,
    rate: Rate,
    created_at: i64,
    updated_at: i64,
    live: Option<LiveStatus>,
    focus: Option<BTreeSet<FileId>>,
}

/// One job's live state.
#[derive(Debug)]
pub struct JobLive {
    /// The job id.
    pub id: JobId,
    /// Its spec.
    pub spec: JobSpec,
    inner: Mutex<Inner>,
}

impl JobLive {
    /// Live state for job `id`.
    pub fn new(id: JobId, spec: JobSpec, created_at: i64) -> Self {
        Self {
            id,
            spec,
            inner: Mutex::new(Inner {
                created_at,
                updated_at: created_at,
                ..Inner::default()
            }),
        }
    }

    /// Limits the next run's earlier files to `files` (a retry of chosen files), or adds
    /// them to the limit of a run already limited. `start` = the job is not running now.
    pub fn focus(&self, files: &[FileId], start: bool) {
        let mut i = lock(&self.inner);
        match (&mut i.focus, start) {
            (_, true) => i.focus = Some(files.iter().copied().collect()),
            (Some(f), false) => f.extend(files.iter().copied()),
            (None, false) => {}
        }
    }

    /// Whether this run works on file `id` it finds pending (every file unless a retry of
    /// chosen files limited the run).
    pub fn in_focus(&self, id: FileId) -> bool {
        lock(&self.inner)
            .focus
            .as_ref()
            .is_none_or(|f| f.contains(&id))
    }

    /// Ends the limit of a run (it finished).
    pub fn clear_focus(&self) {
        lock(&self.inner).focus = None;
    }

    /// Sets the title once something better than the id is known.
    pub fn set_title(&self, title: &str) {
        if !title.trim().is_empty() {
            lock(&self.inner).title = title.trim().to_owned();
        }
    }

    /// Records a state.
    pub fn set_state(&self, state: JobState, error: Option<ErrorInfo>, now: i64) {
        let mut i = lock(&self.inner);
        i.state = Some(state);
        i.error = error;
        i.updated_at = now;
    }

    /// The current state.
    pub fn state(&self) -> JobState {
        lock(&self.inner).state.unwrap_or(JobState::Queued)
    }

    /// Replaces the counters with the store's (after a page, at start, after a retry).
    pub fn set_counters(&self, counters: JobCounters, listed: u64, exhausted: bool) {
        let mut i = lock(&self.inner);
        i.counters = counters;
        i.listed = listed;
        i.exhausted = exhausted;
    }

    /// Replaces the live recording status.
    pub fn set_live(&self, status: LiveStatus) {
        lock(&self.inner).live = Some(status);
    }

    /// The live recording status.
    pub fn live(&self) -> Option<LiveStatus> {
        lock(&self.inner).live.clone()
    }

    /// A file started.
    pub fn start(&self, row: &FileRow, meter: Arc<Meter>) {
        lock(&self.inner).active.insert(
            row.id,
            Active {
                aweme_id: row.aweme_id.clone(),
                asset: row.asset,
                index: row.index,
                meter,
            },
        );
    }

    /// A file stopped (whatever the outcome).
    pub fn stop(&self, id: FileId) {
        lock(&self.inner).active.remove(&id);
    }

    /// The snapshot the queue shows.
    pub fn snapshot(&self) -> JobSnapshot {
        let i = lock(&self.inner);
        let in_flight: u64 = i.active.values().map(|a| a.meter.done()).sum();
        JobSnapshot {
            id: self.id,
            kind: self.spec.kind,
            target: self.spec.target.id().to_owned(),
            title: if i.title.is_empty() {
                self.spec.target.id().to_owned()
            } else {
                i.title.clone()
            },
            state: i.state.unwrap_or(JobState::Queued),
            listed: i.listed,
            exhausted: i.exhausted,
            files_total: i.counters.files_total,
            files_done: i.counters.done,
            files_failed: i.counters.failed,
            files_skipped: i.counters.skipped,
            bytes_done: i.counters.bytes_done + in_flight + i.live.as_ref().map_or(0, |l| l.bytes),
            error: i.error.clone(),
            created_at: i.created_at,
            updated_at: i.updated_at,
            live: i.live.clone(),
        }
    }

    /// A progress sample at `now_ms`: the job's rate and its files in flight.
    pub fn sample(&self, now_ms: u64) -> (JobProgress, Vec<FileProgress>) {
        let mut i = lock(&self.inner);
        let files: Vec<FileProgress> = i
            .active
            .values()
            .map(|a| FileProgress {
                job: self.id,
                aweme_id: a.aweme_id.clone(),
                asset: a.asset,
                index: a.index,
                bytes: a.meter.done(),
                total: a.meter.total(),
            })
            .collect();
        let in_flight: u64 = files.iter().map(|f| f.bytes).sum();
        let left: u64 = files
            .iter()
            .filter_map(|f| f.total.map(|t| t.saturating_sub(f.bytes)))
            .sum();
        let totals: Option<u64> = files.iter().map(|f| f.total).sum();
        let bytes_done = i.counters.bytes_done + in_flight + i.live.as_ref().map_or(0, |l| l.bytes);
        let speed = i.rate.sample(bytes_done, now_ms);
        let progress = JobProgress {
            job: self.id,
            bytes_done,
            bytes_total: totals.map(|t| t + i.counters.bytes_done),
            speed_bps: speed,
            eta_s: eta_s(left, speed),
            active: u32::try_from(files.len()).unwrap_or(u32::MAX),
            live: i.live.clone(),
        };
        (progress, files)
    }

    /// The file's snapshot for events.
    pub fn file_snapshot(row: &FileRow, bytes: u64, total: Option<u64>) -> FileSnapshot {
        FileSnapshot {
            aweme_id: row.aweme_id.clone(),
            asset: row.asset,
            index: row.index,
            path: row.rel_path.clone(),
            state: row.state,
            bytes,
            total,
            error: row.error.clone(),
        }
    }
}
