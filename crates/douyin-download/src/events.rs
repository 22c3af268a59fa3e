//! Progress events: what the CLI's progress bars and the app's queue view show. Sending never
//! blocks a transfer: final events (a file done or failed, a job finished) go to unbounded
//! channels — their number is bounded by the work itself — and progress samples are coalesced:
//! a subscriber gets a new `Progress` event only once it has taken the previous one.

use crate::spec::JobKind;
use douyin_store::{AssetKind, ErrorInfo, FileState, JobId, JobState};
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

/// One job as the queue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobSnapshot {
    /// The job id.
    pub id: JobId,
    /// Its mode.
    pub kind: JobKind,
    /// The target's id (sec_user_id, aweme id, mix id, room).
    pub target: String,
    /// What a person recognises it by: a nickname, a post text, a mix name.
    pub title: String,
    /// Where it is.
    pub state: JobState,
    /// Items listed so far.
    pub listed: u64,
    /// The listing is finished.
    pub exhausted: bool,
    /// Files planned.
    pub files_total: u64,
    /// Files done (downloaded now or earlier).
    pub files_done: u64,
    /// Files that finally failed.
    pub files_failed: u64,
    /// Files deliberately not downloaded.
    pub files_skipped: u64,
    /// Bytes of the files done plus those in flight.
    pub bytes_done: u64,
    /// The last error of the job.
    pub error: Option<ErrorInfo>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds.
    pub updated_at: i64,
    /// A live recording's status (live jobs only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveStatus>,
}

/// Where a live recording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LivePhase {
    /// Looking the room up, choosing a stream.
    Connecting,
    /// The room is not live; the job polls until it is (or is stopped).
    WaitingForLive,
    /// Bytes are being written to a segment.
    Recording,
    /// The live is over (or the recording was stopped); every segment is closed.
    Ended,
}

/// A live recording's status, as the queue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiveStatus {
    /// The phase.
    pub phase: LivePhase,
    /// The room id, once resolved.
    pub room_id: Option<String>,
    /// Milliseconds since the recording started (all runs).
    pub elapsed_ms: u64,
    /// Bytes recorded (closed segments plus the open one).
    pub bytes: u64,
    /// The stream format being recorded (`flv`, `hls`).
    pub format: Option<String>,
    /// The quality id being recorded (the ladder's pick).
    pub quality: Option<String>,
    /// The open segment's number (1-based), or the last one's.
    pub segment: u32,
    /// Closed segments.
    pub segments_done: u32,
    /// Danmaku messages recorded.
    pub danmaku: u64,
}

/// One closed segment of a recording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SegmentInfo {
    /// Its number (1-based).
    pub seq: u32,
    /// The media file, relative to the library root.
    pub path: String,
    /// `flv` or `ts`.
    pub format: String,
    /// The quality id.
    pub quality: String,
    /// Bytes.
    pub bytes: u64,
    /// Wall-clock start and end, ms since the epoch.
    pub started_ms: u64,
    /// See `started_ms`.
    pub ended_ms: u64,
    /// Recovered after a crash (cut back to its last whole tag/packet).
    pub recovered: bool,
}

/// One file as the queue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileSnapshot {
    /// The item.
    pub aweme_id: String,
    /// The asset.
    pub asset: AssetKind,
    /// The index among assets of its kind.
    pub index: u32,
    /// The path relative to the library root.
    pub path: String,
    /// Where it is.
    pub state: FileState,
    /// Bytes on disk.
    pub bytes: u64,
    /// Expected size.
    pub total: Option<u64>,
    /// The failure, if any.
    pub error: Option<ErrorInfo>,
}

/// A job's transfer rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JobProgress {
    /// The job.
    pub job: JobId,
    /// Bytes of the files done plus those in flight.
    pub bytes_done: u64,
    /// Known total of the files done and in flight.
    pub bytes_total: Option<u64>,
    /// Bytes per second, smoothed.
    pub speed_bps: u64,
    /// Seconds left for the files in flight, when the rate allows a guess.
    pub eta_s: Option<u64>,
    /// Files in flight.
    pub active: u32,
    /// A live recording's status (live jobs only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<LiveStatus>,
}

/// A file's transfer progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileProgress {
    /// The job.
    pub job: JobId,
    /// The item.
    pub aweme_id: String,
    /// The asset.
    pub asset: AssetKind,
    /// Its index.
    pub index: u32,
    /// Bytes on disk.
    pub bytes: u64,
    /// Expected size.
    pub total: Option<u64>,
}

/// What the engine reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A job entered the queue (also for jobs restored at start).
    JobAdded {
        /// The job.
        job: JobSnapshot,
    },
    /// A listing page was recorded.
    JobExpanded {
        /// The job.
        job: JobId,
        /// Items listed so far.
        listed: u64,
        /// Files planned so far.
        files_total: u64,
        /// The listing is finished.
        exhausted: bool,
    },
    /// A job changed state.
    JobState {
        /// The job.
        job: JobId,
        /// The new state.
        state: JobState,
        /// Why, for paused (disk full), failed and waiting jobs.
        error: Option<ErrorInfo>,
    },
    /// A file transfer started.
    FileStarted {
        /// The job.
        job: JobId,
        /// The file.
        file: FileSnapshot,
    },
    /// Transfer rates (coalesced).
    Progress {
        /// Per job.
        jobs: Vec<JobProgress>,
        /// Per file in flight.
        files: Vec<FileProgress>,
    },
    /// A file is complete on disk and recorded.
    FileDone {
        /// The job.
        job: JobId,
        /// The file.
        file: FileSnapshot,
        /// It was already there (an earlier run or another job saved it).
        skipped: bool,
    },
    /// A file finally failed.
    FileFailed {
        /// The job.
        job: JobId,
        /// The file.
        file: FileSnapshot,
        /// Why.
        error: ErrorInfo,
    },
    /// A live recording changed phase, quality or segment.
    LiveStatus {
        /// The job.
        job: JobId,
        /// Its status.
        status: LiveStatus,
    },
    /// A live recording closed a segment (complete and renamed into place).
    SegmentDone {
        /// The job.
        job: JobId,
        /// The segment.
        segment: SegmentInfo,
    },
    /// A job finished (done, failed or cancelled).
    JobDone {
        /// The final snapshot.
        job: JobSnapshot,
    },
}

struct Subscriber {
    tx: mpsc::UnboundedSender<Event>,
    progress_pending: Arc<AtomicBool>,
}

/// Fans events out to every subscriber.
#[derive(Clone, Default)]
pub struct EventHub {
    subs: Arc<Mutex<Vec<Subscriber>>>,
}

impl std::fmt::Debug for EventHub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventHub")
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl EventHub {
    /// A new subscriber; it sees every event from now on.
    pub fn subscribe(&self) -> EventReceiver {
        let (tx, rx) = mpsc::unbounded_channel();
        let pending = Arc::new(AtomicBool::new(false));
        lock(&self.subs).push(Subscriber {
            tx,
            progress_pending: Arc::clone(&pending),
        });
        EventReceiver {
            rx,
            progress_pending: pending,
        }
    }

    /// Sends a final (never dropped) event.
    pub fn emit(&self, event: Event) {
        lock(&self.subs).retain(|s| s.tx.send(event.clone()).is_ok());
    }

    /// Sends a progress sample to the subscribers that took the previous one.
    pub fn progress(&self, event: Event) {
        lock(&self.subs).retain(|s| {
            if s.progress_pending.swap(true, Ordering::AcqRel) {
                return !s.tx.is_closed();
            }
            s.tx.send(event.clone()).is_ok()
        });
    }
}

/// The receiving side of a subscription.
#[derive(Debug)]
pub struct EventReceiver {
    rx: mpsc::UnboundedReceiver<Event>,
    progress_pending: Arc<AtomicBool>,
}

impl EventReceiver {
    /// The next event; `None` once the engine is gone.
    pub async fn recv(&mut self) -> Option<Event> {
        let event = self.rx.recv().await?;
        if matches!(event, Event::Progress { .. }) {
            self.progress_pending.store(false, Ordering::Release);
        }
        Some(event)
    }

    /// The next event if one is waiting.
    pub fn try_recv(&mut self) -> Option<Event> {
        let event = self.rx.try_recv().ok()?;
        if matches!(event, Event::Progress { .. }) {
            self.progress_pending.store(false, Ordering::Release);
        }
        Some(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress(n: u64) -> Event {
        Event::Progress {
            jobs: vec![JobProgress {
                job: 1,
                bytes_done: n,
                bytes_total: None,
                speed_bps: 0,
                eta_s: None,
                active: 1,
                live: None,
            }],
            files: vec![],
        }
    }

    #[tokio::test]
    async fn progress_is_coalesced_but_final_events_always_arrive() {
        let hub = EventHub::default();
        let mut rx = hub.subscribe();
        for n in 0..100 {
            hub.progress(progress(n));
            hub.emit(Event::JobExpanded {
                job: 1,
                listed: n,
                files_total: n,
                exhausted: false,
            });
        }
        let mut progress_seen = 0;
        let mut expanded = 0;
        while let Some(e) = rx.try_recv() {
            match e {
                Event::Progress { .. } => progress_seen += 1,
                Event::JobExpanded { .. } => expanded += 1,
                _ => {}
            }
        }
        assert_eq!(expanded, 100, "every final event arrives");
        assert_eq!(
            progress_seen, 1,
            "a consumer that did not read gets one sample"
        );
        hub.progress(progress(7));
        assert!(matches!(rx.try_recv(), Some(Event::Progress { .. })));
        drop(rx);
        hub.emit(Event::JobExpanded {
            job: 1,
            listed: 0,
            files_total: 0,
            exhausted: true,
        });
        assert!(lock(&hub.subs).is_empty(), "closed subscribers are dropped");
    }
}
