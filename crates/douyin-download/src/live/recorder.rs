//! The recording job: recover what a crash left open, look the room up (through the shared
//! client and its governor), wait while it is not live, choose a stream down the ladder, and
//! write segments with their danmaku until the live ends, the user stops or pauses, the
//! maximum duration passes or the disk guard trips. Every stop closes the open segment, so
//! only finished, playable files are left; a crash leaves one `.part` the next run recovers.

mod danmaku_only;

use super::danmaku::{self, SegmentDanmaku};
use super::flv_stream::FlvTag;
use super::ladder::{candidates, Candidate};
use super::pull::{Pull, Unit};
use super::segment::{segment_name, SegmentLimits, SegmentWriter};
use super::walk::{cut_to_whole, walk_file, Container};
use crate::control::{Control, Listener, RunState};
use crate::disk::CHECK_EVERY;
use crate::error::{DownloadError, Result};
use crate::events::{Event, LivePhase, LiveStatus, SegmentInfo};
use crate::job::{info, RunEnd};
use crate::live_state::JobLive;
use crate::naming::{rel, user_folder_name};
use crate::shared::Shared;
use crate::spec::{LiveFormat, LiveOptions, Target};
use crate::transfer::part_path;
use douyin_core::link::{LinkTarget, TargetKind};
use douyin_core::live::{
    recording_stem, EndReason, LiveApi, LiveRoom, LiveSession, SessionConfig, SessionEvent,
};
use douyin_core::naming::Platform;
use douyin_core::webcast::{AssOptions, SessionStats, TimedEvent};
use douyin_core::ErrorKind;
use douyin_store::{on_disk, LiveSegmentRow};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;

/// What a recording keeps in its job's cursor column: where its files go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Meta {
    folder: String,
    stem: String,
    room_id: String,
    started_ms: u64,
}

/// Why a stream stopped.
enum Stop {
    LiveEnded,
    Dropped,
    NoStream,
    MaxDuration,
    Interrupted(RunState),
    Fail(DownloadError),
}

struct Open {
    seg: SegmentWriter,
    danmaku: Option<SegmentDanmaku>,
    rel: String,
    quality: String,
}

struct Recorder<'a> {
    shared: &'a Arc<Shared>,
    live: &'a Arc<JobLive>,
    opts: LiveOptions,
    target: LinkTarget,
    ass: AssOptions,
    meta: Option<Meta>,
    segments: Vec<SegmentInfo>,
    closed_bytes: u64,
    next_seq: u32,
    failed: HashSet<(LiveFormat, String)>,
    config_tags: Vec<FlvTag>,
    saw_keyframe: bool,
    stats: SessionStats,
    run_start_ms: i64,
    room: Option<LiveRoom>,
    danmaku_count: u64,
    recorded_this_run: bool,
    since_check: u64,
}

/// Runs the live job `live` once (until it ends, pauses or fails).
pub(crate) async fn run_live(
    shared: &Arc<Shared>,
    live: &Arc<JobLive>,
    control: &Control,
) -> RunEnd {
    let target = match &live.spec.target {
        Target::Live(rid) => LinkTarget::new(TargetKind::Live, rid.clone()),
        Target::LiveRoom(id) => LinkTarget::new(TargetKind::LiveRoom, id.clone()),
        _ => {
            return RunEnd::Failed(DownloadError::InvalidInput(
                "a live job needs a live room".into(),
            ))
        }
    };
    let opts = live.spec.options.live.clone();
    let now = i64::try_from(shared.now_ms()).unwrap_or(i64::MAX);
    let rec = Recorder {
        shared,
        live,
        ass: AssOptions {
            include_gifts: opts.ass_gifts,
            ..AssOptions::default()
        },
        opts,
        target,
        meta: None,
        segments: Vec::new(),
        closed_bytes: 0,
        next_seq: 1,
        failed: HashSet::new(),
        config_tags: Vec::new(),
        saw_keyframe: false,
        stats: SessionStats::new(now),
        run_start_ms: now,
        room: None,
        danmaku_count: 0,
        recorded_this_run: false,
        since_check: 0,
    };
    rec.run(control.listen()).await
}

/// Sleeps until `at`, or forever without one.
async fn until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

async fn next_session(session: &mut Option<LiveSession>) -> Option<SessionEvent> {
    match session.as_mut() {
        Some(s) => s.next_event().await,
        None => std::future::pending().await,
    }
}

fn container_of(format: LiveFormat) -> Container {
    match format {
        LiveFormat::Flv => Container::Flv,
        LiveFormat::Hls => Container::Ts,
    }
}

fn format_text(c: Container) -> &'static str {
    match c {
        Container::Flv => "flv",
        Container::Ts => "ts",
    }
}

fn retryable(kind: ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::Network
            | ErrorKind::Timeout
            | ErrorKind::RateLimited
            | ErrorKind::EmptyResponse
            | ErrorKind::HttpStatus
            | ErrorKind::Captcha
            | ErrorKind::Decode
    )
}

impl Recorder<'_> {
    fn now_ms(&self) -> u64 {
        self.shared.now_ms()
    }

    fn status(&self, phase: LivePhase, open: Option<&Open>) -> LiveStatus {
        let prev = self.live.live();
        LiveStatus {
            phase,
            room_id: self
                .room
                .as_ref()
                .map(|r| r.room_id.clone())
                .or_else(|| self.meta.as_ref().map(|m| m.room_id.clone())),
            elapsed_ms: self
                .meta
                .as_ref()
                .map_or(0, |m| self.now_ms().saturating_sub(m.started_ms)),
            bytes: self.closed_bytes + open.map_or(0, |o| o.seg.bytes()),
            format: open
                .map(|o| format_text(o.seg.container).to_owned())
                .or_else(|| prev.as_ref().and_then(|p| p.format.clone())),
            quality: open
                .map(|o| o.quality.clone())
                .or_else(|| prev.as_ref().and_then(|p| p.quality.clone())),
            segment: open.map_or(self.next_seq.saturating_sub(1), |o| o.seg.seq),
            segments_done: u32::try_from(self.segments.len()).unwrap_or(u32::MAX),
            danmaku: self.danmaku_count,
        }
    }

    /// Publishes the status (with an event when the phase, quality or segment changed).
    fn publish(&self, phase: LivePhase, open: Option<&Open>) {
        let status = self.status(phase, open);
        let prev = self.live.live();
        let changed = prev.as_ref().is_none_or(|p| {
            p.phase != status.phase
                || p.quality != status.quality
                || p.segment != status.segment
                || p.segments_done != status.segments_done
        });
        self.live.set_live(status.clone());
        if changed {
            self.shared.hub.emit(Event::LiveStatus {
                job: self.live.id,
                status,
            });
        }
    }

    /// Closes what a crash left open: each `open` segment is cut back to its last whole tag
    /// or packet and renamed, its danmaku cut to whole lines; then the closed segments are
    /// loaded.
    fn recover(&mut self) -> Result<()> {
        let store = &self.shared.store;
        if let Some(meta) = store
            .job(self.live.id)?
            .and_then(|j| j.cursor_json)
            .and_then(|c| serde_json::from_str::<Meta>(&c).ok())
        {
            self.meta = Some(meta);
        }
        for row in store.segments(self.live.id)? {
            if row.done {
                continue;
            }
            if row.format == danmaku_only::DANMAKU {
                self.recover_danmaku(row.seq, &row.rel_path)?;
                continue;
            }
            let path = on_disk(&self.shared.root, &row.rel_path);
            let container = if row.format == "ts" {
                Container::Ts
            } else {
                Container::Flv
            };
            let part = part_path(&path);
            let io = |e: std::io::Error| DownloadError::io(&path, &e);
            let kept = if part.exists() {
                match cut_to_whole(&part, container).map_err(io)? {
                    Some(walk) => {
                        std::fs::rename(&part, &path).map_err(io)?;
                        Some(walk.valid_len)
                    }
                    None => None,
                }
            } else if path.exists() {
                // Renamed just before the crash: it is whole.
                Some(walk_file(&path, container).map_err(io)?.valid_len)
            } else {
                None
            };
            match kept {
                Some(bytes) => {
                    let events = danmaku::recover(&path, &self.ass)?;
                    let end = self.now_ms();
                    store.segment_done(self.live.id, row.seq, bytes, end, true)?;
                    tracing::info!(
                        job = self.live.id,
                        seq = row.seq,
                        bytes,
                        events,
                        "recovered a live segment left open by a crash"
                    );
                }
                None => {
                    let (jsonl, ass) = danmaku::danmaku_paths(&path);
                    let _ = std::fs::remove_file(part_path(&jsonl));
                    let _ = std::fs::remove_file(jsonl);
                    let _ = std::fs::remove_file(ass);
                    store.segment_forget(self.live.id, row.seq)?;
                }
            }
        }
        let rows = store.segments(self.live.id)?;
        self.next_seq = rows.iter().map(|r| r.seq).max().unwrap_or(0) + 1;
        self.closed_bytes = rows.iter().map(|r| r.bytes).sum();
        self.segments = rows.iter().map(segment_info).collect();
        Ok(())
    }

    async fn resolve(&self) -> Result<LiveRoom> {
        Ok(self.shared.client.resolve_room(&self.target).await?)
    }

    /// Fixes the recording's folder and stem at its first live.
    fn ensure_meta(&mut self, room: &LiveRoom) -> Result<()> {
        if self.meta.is_some() {
            return Ok(());
        }
        let now = self.now_ms();
        let folder = rel(&[
            "douyin",
            "live",
            &user_folder_name(Some(&room.nickname), &room.owner_uid),
        ]);
        let meta = Meta {
            folder,
            stem: recording_stem(room, i64::try_from(now).unwrap_or(0), Platform::current()),
            room_id: room.room_id.clone(),
            started_ms: now,
        };
        let text =
            serde_json::to_string(&meta).map_err(|e| DownloadError::InvalidInput(e.to_string()))?;
        self.shared.store.set_job_cursor(self.live.id, &text)?;
        self.meta = Some(meta);
        Ok(())
    }

    fn stats_path(&self) -> Option<PathBuf> {
        let m = self.meta.as_ref()?;
        Some(on_disk(
            &self.shared.root,
            &rel(&[&m.folder, &crate::naming::file_name(&m.stem, ".stats.json")]),
        ))
    }

    async fn write_stats(&self) {
        let (Some(path), Some(room)) = (self.stats_path(), self.room.as_ref()) else {
            return;
        };
        let now = i64::try_from(self.now_ms()).unwrap_or(i64::MAX);
        if let Err(e) = danmaku::write_stats(
            &path,
            room,
            self.run_start_ms,
            now,
            &self.stats,
            &self.segments,
        )
        .await
        {
            tracing::warn!(error = %e, "could not write the recording's statistics");
        }
    }

    /// The wall-clock deadline of the maximum duration.
    fn deadline(&self) -> Option<tokio::time::Instant> {
        let max = self.opts.max_duration_s? * 1000;
        let started = self.meta.as_ref()?.started_ms;
        let left = (started + max).saturating_sub(self.now_ms());
        Some(tokio::time::Instant::now() + Duration::from_millis(left))
    }

    fn max_reached(&self) -> bool {
        match (self.opts.max_duration_s, &self.meta) {
            (Some(max), Some(m)) => self.now_ms() >= m.started_ms + max * 1000,
            _ => false,
        }
    }

    fn limits(&self) -> SegmentLimits {
        SegmentLimits {
            media_ms: self.opts.segment_s.filter(|s| *s > 0).map(|s| s * 1000),
            bytes: self.opts.segment_bytes.filter(|b| *b > 0),
        }
    }

    async fn start_session(&self) -> Option<LiveSession> {
        let client = &self.shared.client;
        let config = SessionConfig {
            heartbeat: self.shared.live.heartbeat,
            ..SessionConfig::default()
        };
        match LiveSession::start(Arc::new(client.clone()), &self.target, config).await {
            Ok(s) => Some(s),
            Err(e) => {
                tracing::warn!(job = self.live.id, error = %e, "no danmaku for this recording");
                None
            }
        }
    }

    async fn open_segment(&mut self, quality: &str, container: Container) -> Result<Open> {
        self.shared.disk.check(0)?;
        let meta = self.meta.clone().ok_or_else(|| {
            DownloadError::InvalidInput("a segment opened before the recording started".into())
        })?;
        let seq = self.next_seq;
        let rel_path = rel(&[&meta.folder, &segment_name(&meta.stem, seq, container)]);
        let path = on_disk(&self.shared.root, &rel_path);
        let now = self.now_ms();
        self.shared.store.segment_opened(
            self.live.id,
            seq,
            &rel_path,
            format_text(container),
            quality,
            now,
        )?;
        let seg = SegmentWriter::create(&path, seq, container, now, &self.config_tags).await?;
        let danmaku = if self.opts.danmaku {
            Some(SegmentDanmaku::create(&path, i64::try_from(now).unwrap_or(0)).await?)
        } else {
            None
        };
        self.next_seq += 1;
        let open = Open {
            seg,
            danmaku,
            rel: rel_path,
            quality: quality.to_owned(),
        };
        self.publish(LivePhase::Recording, Some(&open));
        Ok(open)
    }

    async fn close_segment(&mut self, open: Open) -> Result<()> {
        let seq = open.seg.seq;
        let path = open.seg.path.clone();
        let container = open.seg.container;
        if open.seg.units() == 0 {
            // Nothing but a header: not worth a file. The number is used again.
            drop(open.seg);
            let _ = tokio::fs::remove_file(part_path(&path)).await;
            let (jsonl, _) = danmaku::danmaku_paths(&path);
            let _ = tokio::fs::remove_file(part_path(&jsonl)).await;
            self.shared.store.segment_forget(self.live.id, seq)?;
            self.next_seq = seq;
            return Ok(());
        }
        let started = open.seg.started_ms;
        let bytes = open.seg.finish().await?;
        if let Some(d) = open.danmaku {
            d.finish(&self.ass).await?;
        }
        let end = self.now_ms();
        let row = self
            .shared
            .store
            .segment_done(self.live.id, seq, bytes, end, false)?;
        self.closed_bytes += bytes;
        let info = segment_info(&row);
        debug_assert_eq!(info.started_ms, started);
        debug_assert_eq!(info.format, format_text(container));
        let _ = open.rel;
        self.segments.push(info.clone());
        self.shared.hub.emit(Event::SegmentDone {
            job: self.live.id,
            segment: info,
        });
        self.write_stats().await;
        Ok(())
    }

    async fn on_danmaku(&mut self, open: &mut Open, event: &TimedEvent) {
        self.stats.observe(event);
        self.danmaku_count += 1;
        if let Some(d) = open.danmaku.as_mut() {
            if let Err(e) = d.push(event, &self.ass).await {
                tracing::warn!(error = %e, "a danmaku line could not be written");
            }
        }
    }

    async fn write_unit(&mut self, open: &mut Open, unit: Unit) -> Result<()> {
        let limits = self.limits();
        let written_before = open.seg.bytes();
        match unit {
            Unit::Tag(tag) => {
                if tag.is_config() {
                    let kind = tag.kind();
                    self.config_tags.retain(|t| t.kind() != kind);
                    self.config_tags.push(tag.clone());
                    open.seg.write_config(&tag).await?;
                } else {
                    self.saw_keyframe |= tag.is_keyframe();
                    // The segment is full when this tag would reach the limit; it is cut
                    // at a keyframe (or anywhere in a stream without keyframes, or at twice
                    // the limit) so every segment starts decodable.
                    let span = open.seg.media_ms_with(&tag);
                    let full =
                        open.seg.is_full(limits) || limits.media_ms.is_some_and(|l| span >= l);
                    let forced = limits.media_ms.is_some_and(|l| span >= l.saturating_mul(2));
                    if full && (tag.is_keyframe() || !self.saw_keyframe || forced) {
                        self.roll(open).await?;
                    }
                    open.seg.write_tag(&tag).await?;
                }
            }
            Unit::Ts { bytes, duration_ms } => {
                if open.seg.is_full(limits) {
                    self.roll(open).await?;
                }
                open.seg.write_ts(&bytes, duration_ms).await?;
            }
        }
        self.since_check += open.seg.bytes().saturating_sub(written_before);
        if self.since_check >= CHECK_EVERY {
            self.since_check = 0;
            self.shared.disk.check(0)?;
        }
        Ok(())
    }

    /// Closes the full segment and opens the next in its place.
    async fn roll(&mut self, open: &mut Open) -> Result<()> {
        let next = self
            .open_segment(&open.quality.clone(), open.seg.container)
            .await?;
        let full = std::mem::replace(open, next);
        self.close_segment(full).await
    }

    /// Records one connection to the stream.
    async fn record(
        &mut self,
        room: &LiveRoom,
        session: &mut Option<LiveSession>,
        listener: &mut Listener,
    ) -> Stop {
        let all = candidates(room, self.opts.format, self.opts.quality.as_deref());
        if all.is_empty() {
            return Stop::NoStream;
        }
        let mut usable: Vec<&Candidate> = all
            .iter()
            .filter(|c| !self.failed.contains(&c.key()))
            .collect();
        if usable.is_empty() {
            self.failed.clear();
            usable = all.iter().collect();
        }
        let stall = self.shared.live.stall_timeout;
        let mut opened = None;
        for c in usable {
            match Pull::open(&self.shared.media, c, stall).await {
                Ok(p) => {
                    opened = Some((c.clone(), p));
                    break;
                }
                Err(e) => {
                    tracing::warn!(
                        job = self.live.id,
                        format = c.format.as_str(),
                        quality = %c.quality,
                        error = %e,
                        "this stream is not usable; stepping down the ladder"
                    );
                    self.failed.insert(c.key());
                }
            }
        }
        let Some((cand, mut pull)) = opened else {
            return Stop::NoStream;
        };
        tracing::info!(job = self.live.id, format = cand.format.as_str(), quality = %cand.quality, "recording");
        self.config_tags.clear();
        self.saw_keyframe = false;
        let (tx, mut rx) = mpsc::channel::<Result<Vec<Unit>>>(8);
        // The pull runs on its own so a danmaku burst never cancels a segment download.
        let pump = tokio::spawn(async move {
            loop {
                match pull.next().await {
                    Ok(Some(units)) => {
                        if tx.send(Ok(units)).await.is_err() {
                            return;
                        }
                    }
                    Ok(None) => return,
                    Err(e) => {
                        let _ = tx.send(Err(e)).await;
                        return;
                    }
                }
            }
        });
        let mut open = match self
            .open_segment(&cand.quality, container_of(cand.format))
            .await
        {
            Ok(o) => o,
            Err(e) => {
                pump.abort();
                return Stop::Fail(e);
            }
        };
        self.recorded_this_run = true;
        let deadline = self.deadline();
        let mut grace: Option<tokio::time::Instant> = None;
        let stop = loop {
            tokio::select! {
                biased;
                s = listener.interrupted() => break Stop::Interrupted(s),
                () = until(deadline), if deadline.is_some() => break Stop::MaxDuration,
                () = until(grace), if grace.is_some() => break Stop::LiveEnded,
                ev = next_session(session) => match ev {
                    Some(SessionEvent::Event(t)) => self.on_danmaku(&mut open, &t).await,
                    Some(SessionEvent::Ended { reason }) => {
                        *session = None;
                        if reason == EndReason::LiveEnded {
                            grace = Some(tokio::time::Instant::now() + self.shared.live.end_grace);
                        }
                    }
                    Some(_) => {}
                    None => *session = None,
                },
                units = rx.recv() => match units {
                    Some(Ok(units)) => {
                        let mut failed = None;
                        for u in units {
                            if let Err(e) = self.write_unit(&mut open, u).await {
                                failed = Some(e);
                                break;
                            }
                        }
                        if let Some(e) = failed {
                            break Stop::Fail(e);
                        }
                        let flushed = open.seg.flush().await;
                        if let Some(d) = open.danmaku.as_mut() {
                            let _ = d.flush().await;
                        }
                        if let Err(e) = flushed {
                            break Stop::Fail(e);
                        }
                        self.publish(LivePhase::Recording, Some(&open));
                    }
                    Some(Err(e)) => {
                        tracing::warn!(job = self.live.id, error = %e, "the stream broke");
                        break Stop::Dropped;
                    }
                    None if grace.is_some() => break Stop::LiveEnded,
                    None => break Stop::Dropped,
                },
            }
        };
        pump.abort();
        let _ = pump.await;
        match self.close_segment(open).await {
            Ok(()) => stop,
            Err(e) if matches!(stop, Stop::Fail(_)) => {
                tracing::warn!(error = %e, "the segment could not be closed");
                stop
            }
            Err(e) => Stop::Fail(e),
        }
    }

    /// Waits `d` unless the job is interrupted first (then its state).
    async fn wait(&self, d: Duration, listener: &mut Listener) -> Option<RunState> {
        tokio::select! {
            s = listener.interrupted() => Some(s),
            () = tokio::time::sleep(d) => None,
        }
    }

    fn stopped(&self, s: RunState) -> RunEnd {
        match s {
            // A stop keeps every file: the recording is simply over.
            RunState::Cancel => RunEnd::Finished,
            _ => RunEnd::Paused(None),
        }
    }

    async fn run(mut self, mut listener: Listener) -> RunEnd {
        if let Err(e) = self.recover() {
            return RunEnd::Failed(e);
        }
        let settings = self.shared.live.clone();
        let mut backoff = settings.reconnect_backoff;
        let mut session: Option<LiveSession> = None;
        let end = loop {
            let state = listener.state();
            if state != RunState::Run {
                break self.stopped(state);
            }
            if self.max_reached() {
                break RunEnd::Finished;
            }
            self.publish(LivePhase::Connecting, None);
            let room = match self.resolve().await {
                Ok(r) => r,
                Err(e) if retryable(e.kind()) => {
                    tracing::warn!(job = self.live.id, error = %e, "the room lookup failed; retrying");
                    if let Some(s) = self.wait(backoff, &mut listener).await {
                        break self.stopped(s);
                    }
                    backoff = (backoff * 2).min(settings.reconnect_backoff_max);
                    continue;
                }
                Err(e) => break RunEnd::Failed(e),
            };
            if !room.is_live() {
                if self.recorded_this_run {
                    break RunEnd::Finished;
                }
                if self.meta.is_none() && !self.opts.wait_for_live {
                    break RunEnd::Failed(DownloadError::Api(douyin_core::Error::NotLive {
                        room_id: room.room_id.clone(),
                        status: room.status,
                    }));
                }
                self.room = Some(room);
                self.publish(LivePhase::WaitingForLive, None);
                if let Some(s) = self.wait(settings.poll_interval, &mut listener).await {
                    break self.stopped(s);
                }
                continue;
            }
            if let Some(t) = self.meta.as_ref().map(|m| m.room_id.clone()) {
                if t != room.room_id {
                    tracing::info!(
                        job = self.live.id,
                        "the room is live again with a new room id"
                    );
                }
            }
            self.live
                .set_title(&format!("{} · {}", room.nickname, room.title));
            if let Err(e) = self.ensure_meta(&room) {
                break RunEnd::Failed(e);
            }
            self.room = Some(room.clone());
            if self.opts.danmaku && session.is_none() {
                session = self.start_session().await;
            }
            let stop = if self.opts.danmaku_only {
                self.record_danmaku(&mut session, &mut listener).await
            } else {
                self.record(&room, &mut session, &mut listener).await
            };
            match stop {
                Stop::LiveEnded | Stop::MaxDuration => break RunEnd::Finished,
                Stop::Dropped => {
                    backoff = settings.reconnect_backoff;
                    if let Some(s) = self.wait(backoff, &mut listener).await {
                        break self.stopped(s);
                    }
                }
                Stop::NoStream => {
                    if let Some(s) = self.wait(backoff, &mut listener).await {
                        break self.stopped(s);
                    }
                    backoff = (backoff * 2).min(settings.reconnect_backoff_max);
                }
                Stop::Interrupted(s) => break self.stopped(s),
                Stop::Fail(e) if e.kind() == ErrorKind::DiskFull => {
                    break RunEnd::Paused(Some(info(&e)))
                }
                Stop::Fail(e) => break RunEnd::Failed(e),
            }
        };
        if let Some(s) = session.take() {
            s.cancel_handle().cancel();
        }
        self.write_stats().await;
        let phase = match end {
            RunEnd::Finished => LivePhase::Ended,
            _ => self.live.live().map_or(LivePhase::Connecting, |l| l.phase),
        };
        self.publish(phase, None);
        end
    }
}

fn segment_info(row: &LiveSegmentRow) -> SegmentInfo {
    SegmentInfo {
        seq: row.seq,
        path: row.rel_path.clone(),
        format: row.format.clone(),
        quality: row.quality.clone(),
        bytes: row.bytes,
        started_ms: row.started_ms,
        ended_ms: row.ended_ms.unwrap_or(row.started_ms),
        recovered: row.recovered,
    }
}
