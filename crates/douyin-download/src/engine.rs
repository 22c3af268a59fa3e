//! The engine: one per library and process. It opens the library's store, restores the queue
//! (unfinished jobs continue, or wait if the user paused them), runs jobs concurrently under
//! shared limits, takes pause/resume/cancel/retry per job and for everything, reports
//! progress, and shuts down cleanly (transfers stop, `.part` files and cursors stay).

use crate::control::{Control, RunState};
use crate::disk::{DiskGuard, DiskProbe, SystemDisk};
use crate::error::{DownloadError, Result};
use crate::events::{Event, EventReceiver, FileSnapshot, JobSnapshot};
use crate::job::run_job;
use crate::live_state::JobLive;
use crate::naming::validate_naming;
use crate::shared::{Shared, TestHooks};
use crate::spec::{JobKind, JobSpec, Target};
use crate::transfer::{FetchPolicy, MediaClient};
use douyin_core::client::DouyinClient;
use douyin_core::timefmt::DateInterval;
use douyin_store::{FileId, FileState, HistoryStore, JobFilter, JobId, JobRow, JobState};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How an engine is set up.
#[derive(Clone)]
pub struct EngineConfig {
    /// The library root (the download folder).
    pub root: PathBuf,
    /// The store file; `None` = `<root>/.douyin/library.sqlite3`.
    pub db_path: Option<PathBuf>,
    /// Files in flight at once, across jobs (F2's `max_tasks`).
    pub max_tasks: usize,
    /// Media connections open at once (F2's `max_connections`).
    pub max_connections: usize,
    /// Attempts per mirror on transient failures (F2's `max_retries`).
    pub retries: u32,
    /// First media retry backoff; doubled per attempt.
    pub retry_backoff: Duration,
    /// Bytes kept free on the library's disk; below it jobs pause.
    pub min_free_bytes: u64,
    /// How often progress is sampled.
    pub progress_interval: Duration,
    /// Restart unfinished jobs of the library when the engine opens (the app); `false` runs
    /// only what is enqueued (the CLI, which resumes a job by enqueueing the same spec).
    pub resume_unfinished: bool,
    /// The free-space probe.
    pub disk: Arc<dyn DiskProbe>,
    /// Crash-test hooks.
    pub hooks: TestHooks,
    /// How live recordings run (poll interval, reconnect backoff…).
    pub live: crate::live::LiveSettings,
}

impl std::fmt::Debug for EngineConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EngineConfig")
            .field("root", &self.root)
            .field("db_path", &self.db_path)
            .field("max_tasks", &self.max_tasks)
            .field("max_connections", &self.max_connections)
            .field("retries", &self.retries)
            .finish_non_exhaustive()
    }
}

impl EngineConfig {
    /// Defaults for a library at `root`: 10 files and 10 connections at once (F2 ships 10 and
    /// 5; more connections is what makes large creators fast), 5 attempts, 512 MB kept free.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            db_path: None,
            max_tasks: 10,
            max_connections: 10,
            retries: 5,
            retry_backoff: Duration::from_millis(500),
            min_free_bytes: 512 * 1024 * 1024,
            progress_interval: Duration::from_millis(250),
            resume_unfinished: true,
            disk: Arc::new(SystemDisk),
            hooks: TestHooks::default(),
            live: crate::live::LiveSettings::default(),
        }
    }
}

struct Entry {
    live: Arc<JobLive>,
    control: Control,
    task: Option<JoinHandle<()>>,
    done: watch::Sender<bool>,
}

/// How long [`Engine::shutdown`] waits for job tasks to wind down before aborting them.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// The download engine; cheap to clone.
#[derive(Clone)]
pub struct Engine {
    /// The runtime the engine was opened on: job tasks are spawned there, so a control call
    /// from any thread (a GUI's main thread, a sync command) works.
    runtime: tokio::runtime::Handle,
    shared: Arc<Shared>,
    jobs: Arc<Mutex<BTreeMap<JobId, Entry>>>,
    shutdown: Arc<AtomicBool>,
    ticker: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("root", &self.shared.root)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Checks a spec before it is queued (F2 refuses the same things before downloading).
///
/// # Errors
/// [`DownloadError::InvalidInput`] saying what to fix.
pub fn validate(spec: &JobSpec) -> Result<()> {
    validate_naming(&spec.options.naming)?;
    if let Some(i) = spec.options.interval.as_deref().filter(|i| *i != "all") {
        let parsed = DateInterval::parse(i).map_err(|_| {
            DownloadError::InvalidInput(format!("the interval `{i}` is not YYYY-MM-DD|YYYY-MM-DD"))
        })?;
        if !parsed.is_ordered() {
            return Err(DownloadError::InvalidInput(format!(
                "the interval `{i}` ends before it starts"
            )));
        }
    }
    if spec.options.page_counts == 0 {
        return Err(DownloadError::InvalidInput(
            "page counts must be at least 1".into(),
        ));
    }
    if !spec.target.fits(spec.kind) {
        return Err(DownloadError::InvalidInput(format!(
            "a {} job cannot work on this link; give {}",
            spec.kind.as_str(),
            spec.kind.wants()
        )));
    }
    if spec.kind == JobKind::Live {
        let live = &spec.options.live;
        if live.segment_s == Some(0) || live.segment_bytes == Some(0) {
            return Err(DownloadError::InvalidInput(
                "a segment must be longer than 0 seconds and 0 bytes".into(),
            ));
        }
        if live.danmaku_only && !live.danmaku {
            return Err(DownloadError::InvalidInput(
                "a danmaku-only recording needs the danmaku on".into(),
            ));
        }
        if live.max_duration_s == Some(0) {
            return Err(DownloadError::InvalidInput(
                "the maximum duration must be at least 1 second".into(),
            ));
        }
    }
    Ok(())
}

/// The canonical form of a spec: `interval` "all" is no interval.
fn normalise(mut spec: JobSpec) -> JobSpec {
    if spec.options.interval.as_deref() == Some("all") {
        spec.options.interval = None;
    }
    spec
}

impl Engine {
    /// Opens the library and restores its queue.
    ///
    /// # Errors
    /// The store cannot be opened; the proxy setting is unusable.
    pub async fn open(config: EngineConfig, client: DouyinClient) -> Result<Self> {
        let store = match &config.db_path {
            Some(p) => {
                let s = HistoryStore::open(p)?;
                s.recover_folder_moves(&config.root)?;
                s
            }
            None => HistoryStore::open_library(&config.root)?,
        };
        let media = MediaClient::new(client.config(), config.max_connections)?;
        let policy = FetchPolicy {
            attempts: config.retries.max(1),
            backoff: config.retry_backoff,
            backoff_max: Duration::from_secs(30),
            clock: Arc::clone(&client.world().clock),
        };
        let disk = DiskGuard::new(
            Arc::clone(&config.disk),
            config.root.clone(),
            config.min_free_bytes,
        );
        let shared = Arc::new(Shared::new(
            config.root.clone(),
            Arc::new(store),
            client,
            media,
            policy,
            disk,
            config.max_tasks,
            config.hooks.clone(),
            config.live.clone(),
        ));
        let engine = Self {
            runtime: tokio::runtime::Handle::current(),
            shared,
            jobs: Arc::new(Mutex::new(BTreeMap::new())),
            shutdown: Arc::new(AtomicBool::new(false)),
            ticker: Arc::new(Mutex::new(None)),
        };
        engine.restore(config.resume_unfinished)?;
        engine.start_ticker(config.progress_interval);
        Ok(engine)
    }

    /// The parts every job shares (the live watcher looks rooms up through its client).
    pub(crate) fn shared(&self) -> &Shared {
        &self.shared
    }

    /// A live job's segments, in order.
    ///
    /// # Errors
    /// Store failures.
    pub fn segments(&self, job: JobId) -> Result<Vec<douyin_store::LiveSegmentRow>> {
        Ok(self.shared.store.segments(job)?)
    }

    /// The library's history.
    pub fn store(&self) -> &HistoryStore {
        &self.shared.store
    }

    /// The library root.
    pub fn root(&self) -> &std::path::Path {
        &self.shared.root
    }

    /// A new subscriber to the engine's events.
    pub fn subscribe(&self) -> EventReceiver {
        self.shared.hub.subscribe()
    }

    fn restore(&self, resume: bool) -> Result<()> {
        let rows = self.shared.store.jobs(&JobFilter::default())?;
        for row in rows {
            let Ok(spec) = serde_json::from_str::<JobSpec>(&row.spec_json) else {
                tracing::warn!(
                    job = row.id,
                    "a job in the store has a spec this version cannot read; skipped"
                );
                continue;
            };
            let live = Arc::new(JobLive::new(row.id, spec, row.created_at));
            live.set_title(&self.title_of(&live.spec));
            live.set_state(row.state, row.error.clone(), row.updated_at);
            if let Ok(c) = self.shared.store.job_counters(row.id) {
                live.set_counters(c, row.listed, row.exhausted);
            }
            let unfinished = row.state.is_unfinished();
            let control = Control::new(if row.state == JobState::Paused {
                RunState::Pause
            } else {
                RunState::Run
            });
            let (done, _) = watch::channel(!unfinished);
            let mut entry = Entry {
                live,
                control,
                task: None,
                done,
            };
            if unfinished && resume {
                self.spawn(&mut entry);
            }
            lock(&self.jobs).insert(row.id, entry);
        }
        Ok(())
    }

    /// A readable title from what the store knows.
    fn title_of(&self, spec: &JobSpec) -> String {
        let store = &self.shared.store;
        match &spec.target {
            Target::User(sec) => store
                .user_by_sec_uid(sec)
                .ok()
                .flatten()
                .and_then(|u| u.info.nickname_raw),
            Target::Post(id) => store.post(id).ok().flatten().and_then(|p| p.description),
            _ => None,
        }
        .unwrap_or_else(|| spec.target.id().to_owned())
    }

    fn spawn(&self, entry: &mut Entry) {
        let (shared, live, control, shutdown) = (
            Arc::clone(&self.shared),
            Arc::clone(&entry.live),
            entry.control.clone(),
            Arc::clone(&self.shutdown),
        );
        let done = entry.done.clone();
        done.send_replace(false);
        entry.task = Some(self.runtime.spawn(async move {
            run_job(shared, live, control, shutdown).await;
            done.send_replace(true);
        }));
    }

    fn start_ticker(&self, every: Duration) {
        let (jobs, shared) = (Arc::clone(&self.jobs), Arc::clone(&self.shared));
        let every = every.max(Duration::from_millis(20));
        let handle = self.runtime.spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let now = shared.now_ms();
                let (mut job_rates, mut files) = (Vec::new(), Vec::new());
                for e in lock(&jobs).values() {
                    if e.live.state() != JobState::Running {
                        continue;
                    }
                    let (p, f) = e.live.sample(now);
                    job_rates.push(p);
                    files.extend(f);
                }
                if !job_rates.is_empty() {
                    shared.hub.progress(Event::Progress {
                        jobs: job_rates,
                        files,
                    });
                }
            }
        });
        *lock(&self.ticker) = Some(handle);
    }

    /// Queues a job. An unfinished job with the same spec is resumed instead of duplicated
    /// (running the same download again continues it).
    ///
    /// # Errors
    /// [`DownloadError::InvalidInput`] for a spec [`validate`] refuses; store failures.
    pub fn enqueue(&self, spec: JobSpec) -> Result<JobId> {
        let spec = normalise(spec);
        validate(&spec)?;
        let mut jobs = lock(&self.jobs);
        let same = jobs
            .iter_mut()
            .find(|(_, e)| e.live.spec == spec && e.live.state().is_unfinished());
        if let Some((id, entry)) = same {
            let id = *id;
            entry.control.set(RunState::Run);
            if entry.task.as_ref().is_none_or(JoinHandle::is_finished) {
                self.spawn(entry);
            }
            return Ok(id);
        }
        let json =
            serde_json::to_string(&spec).map_err(|e| DownloadError::InvalidInput(e.to_string()))?;
        let id = self.shared.store.create_job(spec.kind.as_str(), &json)?;
        let live = Arc::new(JobLive::new(id, spec, self.shared.now_s()));
        live.set_title(&self.title_of(&live.spec));
        live.set_state(JobState::Queued, None, self.shared.now_s());
        let (done, _) = watch::channel(false);
        let mut entry = Entry {
            live: Arc::clone(&live),
            control: Control::new(RunState::Run),
            task: None,
            done,
        };
        self.spawn(&mut entry);
        jobs.insert(id, entry);
        drop(jobs);
        self.shared.hub.emit(Event::JobAdded {
            job: live.snapshot(),
        });
        Ok(id)
    }

    fn with<R>(&self, job: JobId, f: impl FnOnce(&mut Entry) -> R) -> Result<R> {
        let mut jobs = lock(&self.jobs);
        let entry = jobs
            .get_mut(&job)
            .ok_or_else(|| DownloadError::InvalidInput(format!("there is no job {job}")))?;
        Ok(f(entry))
    }

    /// Pauses a job: its transfers stop now, their partial files stay.
    ///
    /// # Errors
    /// An unknown job.
    pub fn pause(&self, job: JobId) -> Result<()> {
        self.with(job, |e| e.control.set(RunState::Pause))
    }

    /// Resumes a paused job (from its partial files and saved cursor).
    ///
    /// # Errors
    /// An unknown job.
    pub fn resume(&self, job: JobId) -> Result<()> {
        self.with(job, |e| {
            e.control.set(RunState::Run);
            let unfinished = e.live.state().is_unfinished();
            if unfinished && e.task.as_ref().is_none_or(JoinHandle::is_finished) {
                self.spawn(e);
            }
        })
    }

    /// Cancels a job: transfers stop and its partial files are removed; saved files stay.
    ///
    /// # Errors
    /// An unknown job.
    pub fn cancel(&self, job: JobId) -> Result<()> {
        self.with(job, |e| e.control.set(RunState::Cancel))
    }

    /// Retries a job's failed files (and its listing, if that failed); a finished job runs
    /// again for them.
    ///
    /// # Errors
    /// An unknown job; store failures.
    pub fn retry_failed(&self, job: JobId) -> Result<usize> {
        let failed: Vec<_> = self
            .shared
            .store
            .files_of_job(job)?
            .into_iter()
            .filter(|f| matches!(f.state, FileState::Failed | FileState::Missing))
            .map(|f| f.id)
            .collect();
        let n = self.shared.store.reset_files(&failed)?;
        self.restart(job)?;
        Ok(n)
    }

    /// Runs job `job` again for its pending files if it is not running (a finished job
    /// starts over with its listing done, so only what is pending is worked on).
    ///
    /// # Errors
    /// An unknown job.
    pub(crate) fn restart(&self, job: JobId) -> Result<()> {
        self.restart_for(job, None)
    }

    /// [`Engine::restart`] for `files` only (`None` = everything pending): a finished job
    /// runs for just these; a running job limited to chosen files adds them.
    ///
    /// # Errors
    /// An unknown job.
    pub(crate) fn restart_for(&self, job: JobId, files: Option<&[FileId]>) -> Result<()> {
        self.with(job, |e| {
            let idle = e.task.as_ref().is_none_or(JoinHandle::is_finished);
            if let Some(files) = files {
                e.live.focus(files, idle);
            }
            if idle {
                e.control = Control::new(RunState::Run);
                e.live
                    .set_state(JobState::Queued, None, self.shared.now_s());
                self.spawn(e);
            }
        })
    }

    /// Whether the engine knows job `job`.
    pub(crate) fn knows(&self, job: JobId) -> bool {
        lock(&self.jobs).contains_key(&job)
    }

    /// Pauses every job.
    pub fn pause_all(&self) {
        for e in lock(&self.jobs).values() {
            e.control.set(RunState::Pause);
        }
    }

    /// Resumes every paused job.
    pub fn resume_all(&self) {
        let ids: Vec<JobId> = lock(&self.jobs).keys().copied().collect();
        for id in ids {
            let _ = self.resume(id);
        }
    }

    /// The queue: every job the library knows, oldest first.
    pub fn jobs(&self) -> Vec<JobSnapshot> {
        lock(&self.jobs)
            .values()
            .map(|e| e.live.snapshot())
            .collect()
    }

    /// One job.
    pub fn job(&self, job: JobId) -> Option<JobSnapshot> {
        lock(&self.jobs).get(&job).map(|e| e.live.snapshot())
    }

    /// A job's files.
    ///
    /// # Errors
    /// Store failures.
    pub fn job_files(&self, job: JobId) -> Result<Vec<FileSnapshot>> {
        Ok(self
            .shared
            .store
            .files_of_job(job)?
            .iter()
            .map(|f| JobLive::file_snapshot(f, f.size.unwrap_or(0), f.expected_total.or(f.size)))
            .collect())
    }

    /// Waits until a job has finished (done, failed or cancelled) or stopped for a shutdown,
    /// and returns its snapshot.
    ///
    /// # Errors
    /// An unknown job.
    pub async fn wait(&self, job: JobId) -> Result<JobSnapshot> {
        let mut rx = self.with(job, |e| e.done.subscribe())?;
        while !*rx.borrow_and_update() {
            if rx.changed().await.is_err() {
                break;
            }
        }
        self.job(job)
            .ok_or_else(|| DownloadError::InvalidInput(format!("there is no job {job}")))
    }

    /// Stops everything cleanly: transfers stop (partial files stay), running jobs stay
    /// "running" in the store so the next start continues them, and the store is left
    /// consistent.
    pub async fn shutdown(&self) {
        self.shutdown.store(true, Ordering::Release);
        let tasks: Vec<JoinHandle<()>> = {
            let mut jobs = lock(&self.jobs);
            jobs.values_mut()
                .filter_map(|e| {
                    e.control.set(RunState::Pause);
                    let task = e.task.take()?;
                    // A job the user paused waits for a resume that will not come now, and a
                    // queued one has not started: neither task holds a transfer and their
                    // state is already stored, so they are stopped instead of awaited.
                    if matches!(e.live.state(), JobState::Paused | JobState::Queued) {
                        task.abort();
                    }
                    Some(task)
                })
                .collect()
        };
        // Quitting must never hang: a task that has not wound down by the deadline is aborted,
        // which leaves at most what a SIGKILL leaves (`.part` files resumed by length, the
        // cursor of the last committed page), and the crash tests prove that is recovered.
        let deadline = tokio::time::Instant::now() + SHUTDOWN_GRACE;
        for t in tasks {
            let stop = t.abort_handle();
            if tokio::time::timeout_at(deadline, t).await.is_err() {
                tracing::warn!("a job did not stop within the shutdown grace; aborted");
                stop.abort();
            }
        }
        if let Some(t) = lock(&self.ticker).take() {
            t.abort();
        }
    }

    /// The store row of a job (for reports).
    ///
    /// # Errors
    /// Store failures.
    pub fn job_row(&self, job: JobId) -> Result<Option<JobRow>> {
        Ok(self.shared.store.job(job)?)
    }
}
