//! The watch list at work: every interval (plus a random jitter) each watched room or creator
//! is looked up through the engine's client, so the shared governor paces the lookups with
//! everything else; after a risk-control answer the interval backs off. A room that went live
//! gets a recording job — exactly one: a room with an unfinished live job (by target or by
//! room id) is left alone.

use crate::engine::Engine;
use crate::error::{DownloadError, Result};
use crate::spec::{JobKind, JobOptions, JobSpec, LiveOptions, Target};
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::LiveApi;
use douyin_core::ErrorKind;
use douyin_store::{JobId, WatchEntry};
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;

/// What pasted text names for the watch list, read without network: a live room (a live link,
/// a web_rid or a 19-digit room id) or a creator (a profile link or a `sec_user_id`, whose room
/// is recorded when they go live). A short link comes back as one, for the caller to follow.
///
/// # Errors
/// [`DownloadError::InvalidInput`] for text that names neither.
pub fn watch_target(text: &str) -> Result<LinkTarget> {
    let text = text.trim();
    let read = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        douyin_core::live::parse_live_target(text).map_err(|e| e.to_string())
    } else {
        douyin_core::link::resolve_link(text).map_err(|e| e.to_string())
    };
    let target = read.map_err(DownloadError::InvalidInput)?;
    match target.kind {
        TargetKind::Live | TargetKind::LiveRoom | TargetKind::User | TargetKind::ShortLink => {
            Ok(target)
        }
        TargetKind::Post | TargetKind::Mix => Err(DownloadError::InvalidInput(
            "give a live room link (live.douyin.com/…) or a creator's profile link to watch".into(),
        )),
    }
}

/// How the watcher polls.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// Between two passes over the list.
    pub interval: Duration,
    /// Up to this much is added to each interval at random.
    pub jitter: Duration,
    /// The longest interval after risk-control answers (the interval doubles per such pass).
    pub backoff_max: Duration,
    /// How the recordings it starts are made.
    pub live: LiveOptions,
}

impl Default for WatchOptions {
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(60),
            jitter: Duration::from_secs(15),
            backoff_max: Duration::from_secs(30 * 60),
            live: LiveOptions::default(),
        }
    }
}

/// What one pass found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchPass {
    /// Entries checked.
    pub checked: usize,
    /// Entries live.
    pub live: usize,
    /// Jobs started by this pass.
    pub started: Vec<JobId>,
    /// Lookups refused by risk control or rate limits.
    pub throttled: usize,
}

/// Polls the library's watch list and starts recordings.
#[derive(Debug)]
pub struct Watcher {
    engine: Engine,
    opts: WatchOptions,
    backoff: u32,
    /// Room id → the job this watcher started for it (a job only learns its room id once
    /// it runs, so a second entry for the same room in the same pass needs this).
    by_room: HashMap<String, JobId>,
    /// Entry id → the room its last lookup named (a creator's entry keeps no room of its own).
    entry_rooms: HashMap<i64, String>,
}

/// The unfinished live job recording `target` or the room `room_id`, if any (a job knows its
/// room id once it runs; before that only its target matches).
pub fn recording_job(engine: &Engine, target: &Target, room_id: Option<&str>) -> Option<JobId> {
    engine
        .jobs()
        .iter()
        .find(|j| {
            j.kind == JobKind::Live
                && j.state.is_unfinished()
                && (j.target == target.id()
                    || room_id.is_some_and(|r| {
                        j.target == r
                            || j.live.as_ref().and_then(|l| l.room_id.as_deref()) == Some(r)
                    }))
        })
        .map(|j| j.id)
}

/// The unfinished recording of a watch entry: a room entry's by its id, a creator's by the
/// room a lookup last named for it (`room_id`, from [`Watcher::entry_rooms`]); `None` for a
/// creator no lookup has seen live.
pub fn entry_recording(
    engine: &Engine,
    entry: &WatchEntry,
    room_id: Option<&str>,
) -> Option<JobId> {
    let target = match entry.kind.as_str() {
        "live" => Target::Live(entry.target.clone()),
        "live_room" => Target::LiveRoom(entry.target.clone()),
        _ => Target::LiveRoom(room_id?.to_owned()),
    };
    recording_job(engine, &target, room_id)
}

/// A lookup's answer: the target to record and whether it is live.
struct Looked {
    target: Target,
    room_id: Option<String>,
    live: bool,
    label: Option<String>,
}

fn throttled(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::RateLimited | ErrorKind::EmptyResponse | ErrorKind::Captcha
    )
}

fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() && s != "0" => Some(s.clone()),
        Value::Number(n) if n.as_u64().is_some_and(|n| n > 0) => Some(n.to_string()),
        _ => None,
    }
}

impl Watcher {
    /// A watcher over `engine`'s library.
    pub fn new(engine: Engine, opts: WatchOptions) -> Self {
        Self {
            engine,
            opts,
            backoff: 0,
            by_room: HashMap::new(),
            entry_rooms: HashMap::new(),
        }
    }

    /// Entry id → the room its last lookup named, for [`entry_recording`].
    pub fn entry_rooms(&self) -> &HashMap<i64, String> {
        &self.entry_rooms
    }

    /// The wait before the next pass: the interval (doubled per throttled pass, capped) plus
    /// a jitter drawn from the client's injected randomness.
    pub fn next_wait(&self) -> Duration {
        let base = self
            .opts
            .interval
            .saturating_mul(1u32 << self.backoff.min(16))
            .min(self.opts.backoff_max.max(self.opts.interval));
        let jitter_ms = u64::try_from(self.opts.jitter.as_millis()).unwrap_or(u64::MAX);
        let extra = if jitter_ms == 0 {
            0
        } else {
            self.engine
                .shared()
                .client
                .world()
                .rng
                .with(|r| r.next_u64())
                % (jitter_ms + 1)
        };
        base + Duration::from_millis(extra)
    }

    async fn look(&self, entry: &WatchEntry) -> Result<Looked> {
        let shared = self.engine.shared();
        match entry.kind.as_str() {
            "live" | "live_room" => {
                let (target, lt) = if entry.kind == "live" {
                    (
                        Target::Live(entry.target.clone()),
                        LinkTarget::new(TargetKind::Live, entry.target.clone()),
                    )
                } else {
                    (
                        Target::LiveRoom(entry.target.clone()),
                        LinkTarget::new(TargetKind::LiveRoom, entry.target.clone()),
                    )
                };
                let room = shared.client.resolve_room(&lt).await?;
                Ok(Looked {
                    target,
                    live: room.is_live(),
                    label: Some(room.nickname.clone()).filter(|n| !n.is_empty()),
                    room_id: Some(room.room_id),
                })
            }
            "user" => {
                let profile = shared.api.user_profile(&entry.target).await?;
                let user = &profile.raw["user"];
                let room_id = id_text(&user["room_id"]);
                let live = user["live_status"].as_i64() == Some(1) && room_id.is_some();
                Ok(Looked {
                    target: Target::LiveRoom(room_id.clone().unwrap_or_default()),
                    live,
                    label: user["nickname"].as_str().map(str::to_owned),
                    room_id,
                })
            }
            other => Err(DownloadError::InvalidInput(format!(
                "unknown watch entry kind `{other}`"
            ))),
        }
    }

    /// Whether a live job for this target or room is unfinished.
    fn recording(&self, target: &Target, room_id: Option<&str>) -> bool {
        let unfinished = |id: JobId| self.engine.job(id).is_some_and(|j| j.state.is_unfinished());
        room_id
            .and_then(|r| self.by_room.get(r))
            .is_some_and(|id| unfinished(*id))
            || recording_job(&self.engine, target, room_id).is_some()
    }

    /// One pass over the list.
    ///
    /// # Errors
    /// Store failures (a failed lookup only skips its entry).
    pub async fn check_once(&mut self) -> Result<WatchPass> {
        let entries = self.engine.store().watch_list()?;
        // Rooms of entries removed since the last pass are forgotten.
        self.entry_rooms
            .retain(|id, _| entries.iter().any(|e| e.id == *id));
        let mut pass = WatchPass::default();
        for entry in &entries {
            pass.checked += 1;
            let looked = match self.look(entry).await {
                Ok(l) => l,
                Err(e) => {
                    if throttled(e.kind()) {
                        pass.throttled += 1;
                    }
                    tracing::warn!(target = %entry.target, error = %e, "watch lookup failed");
                    continue;
                }
            };
            self.engine
                .store()
                .watch_checked(entry.id, looked.live, looked.label.as_deref())?;
            match &looked.room_id {
                Some(r) => self.entry_rooms.insert(entry.id, r.clone()),
                None => self.entry_rooms.remove(&entry.id),
            };
            if !looked.live {
                continue;
            }
            pass.live += 1;
            if self.recording(&looked.target, looked.room_id.as_deref()) {
                continue;
            }
            let spec = JobSpec {
                kind: JobKind::Live,
                target: looked.target.clone(),
                options: JobOptions {
                    live: LiveOptions {
                        wait_for_live: false,
                        ..self.opts.live.clone()
                    },
                    ..JobOptions::default()
                },
            };
            let id = self.engine.enqueue(spec)?;
            if let Some(r) = looked.room_id {
                self.by_room.insert(r, id);
            }
            tracing::info!(job = id, target = %entry.target, "a watched room went live: recording");
            pass.started.push(id);
        }
        if pass.throttled > 0 {
            self.backoff = self.backoff.saturating_add(1);
        } else {
            self.backoff = 0;
        }
        Ok(pass)
    }

    /// Runs passes until `stop` resolves; the recordings it started keep running in the
    /// engine (the caller shuts the engine down).
    ///
    /// # Errors
    /// Store failures.
    pub async fn run(mut self, stop: impl std::future::Future<Output = ()>) -> Result<()> {
        tokio::pin!(stop);
        loop {
            self.check_once().await?;
            let wait = self.next_wait();
            tokio::select! {
                () = &mut stop => return Ok(()),
                () = tokio::time::sleep(wait) => {}
            }
        }
    }
}

#[cfg(test)]
mod target_tests {
    use super::*;

    #[test]
    fn watch_targets_are_rooms_or_creators_read_offline() {
        let sec = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM";
        let cases = [
            (
                "https://live.douyin.com/775841227732",
                TargetKind::Live,
                "775841227732",
            ),
            ("775841227732", TargetKind::Live, "775841227732"),
            (
                "7318296342189919011",
                TargetKind::LiveRoom,
                "7318296342189919011",
            ),
            (sec, TargetKind::User, sec),
            (
                &format!("看看TA的主页 https://www.douyin.com/user/{sec} 复制此链接"),
                TargetKind::User,
                sec,
            ),
            (
                "https://v.douyin.com/iRNBho6u/",
                TargetKind::ShortLink,
                "https://v.douyin.com/iRNBho6u/",
            ),
        ];
        for (text, kind, id) in cases {
            let t = watch_target(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!((t.kind, t.id.as_str()), (kind, id), "{text}");
        }
        for bad in [
            "https://www.douyin.com/video/7298145681699622182",
            "hello",
            "",
        ] {
            let e = watch_target(bad).expect_err(bad);
            assert_eq!(e.kind(), ErrorKind::InvalidInput, "{bad}");
        }
    }
}
