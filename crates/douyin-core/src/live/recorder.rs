//! Recording a live: the stream (FLV or HLS) into `<stem>.flv|.ts` (via `.part`), and the
//! danmaku next to it — `<stem>.danmaku.jsonl` (every event with its offset from the recording
//! start), `<stem>.danmaku.ass` (chat, optionally gifts, on the same time base) and
//! `<stem>.stats.json` (messages per type, viewers over time, top gifters). Everything is
//! written inside the given folder under sanitised names.

use super::event::{EndReason, SessionEvent};
use super::part_file::PartFile;
use super::room::LiveRoom;
use super::session::LiveSession;
use super::stream::{download_flv, download_hls, StreamFormat, StreamOutcome, StreamRequest};
use crate::client::Clock;
use crate::naming::{sanitize_file_name, Platform};
use crate::webcast::{danmaku_lines, jsonl_line, write_ass, AssOptions, DanmakuLine, SessionStats};
use crate::Error;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// What to record and how.
#[derive(Debug, Clone)]
pub struct RecordOptions {
    /// The folder every file goes into (created if missing).
    pub dir: PathBuf,
    /// The stream to record; `None` records only the danmaku.
    pub stream: Option<StreamFormat>,
    /// Preferred quality id (`FULL_HD1`, `HD1`, ...); the best available otherwise.
    pub quality: Option<String>,
    /// Subtitle layout and whether gifts are shown.
    pub ass: AssOptions,
    /// How many gifters the statistics list.
    pub top_gifters: usize,
    /// File-name rules.
    pub platform: Platform,
    /// Stream request headers and stall timeout.
    pub request: StreamRequest,
    /// After the stream ends on its own, how long to wait for the danmaku session to end
    /// before closing it.
    pub end_grace: Duration,
    /// Stop after this long (users ask for "only the first N minutes"); `None` = until the
    /// live ends.
    pub max_duration: Option<Duration>,
}

impl RecordOptions {
    /// Defaults for recording into `dir`: FLV, best quality, chat-only subtitles, top 10.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            stream: Some(StreamFormat::Flv),
            quality: None,
            ass: AssOptions::default(),
            top_gifters: 10,
            platform: Platform::current(),
            request: StreamRequest::default(),
            end_grace: Duration::from_secs(10),
            max_duration: None,
        }
    }
}

/// The files of one recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingFiles {
    /// The stream recording (absent when only danmaku was recorded).
    pub video: Option<PathBuf>,
    /// Danmaku JSON Lines.
    pub jsonl: PathBuf,
    /// Danmaku subtitles.
    pub ass: PathBuf,
    /// Session statistics.
    pub stats: PathBuf,
}

/// What a recording produced.
#[derive(Debug)]
pub struct RecordingSummary {
    /// The files written (all complete, no `.part` left).
    pub files: RecordingFiles,
    /// Recording start (the time base of every offset), ms since the epoch.
    pub start_ms: i64,
    /// Recording end, ms since the epoch.
    pub end_ms: i64,
    /// Danmaku events recorded.
    pub events: u64,
    /// The stream download's result, when a stream was recorded.
    pub stream: Option<StreamOutcome>,
    /// The stream download's error, if it failed (the danmaku files are still complete).
    pub stream_error: Option<Error>,
    /// Why the danmaku session ended (`None` if it stopped without saying).
    pub end: Option<EndReason>,
}

fn now_ms(clock: &dyn Clock) -> i64 {
    i64::try_from(clock.now_ms()).unwrap_or(i64::MAX)
}

/// The shared file stem: `<YYYY-MM-DD HH-MM-SS>_<nickname>_<room_id>` (time in UTC+8 as F2's
/// `create` field), sanitised for `platform`.
pub fn recording_stem(room: &LiveRoom, start_ms: i64, platform: Platform) -> String {
    let time = chrono::FixedOffset::east_opt(8 * 3600)
        .zip(chrono::DateTime::from_timestamp_millis(start_ms))
        .map(|(tz, t)| t.with_timezone(&tz).format("%Y-%m-%d %H-%M-%S").to_string())
        .unwrap_or_else(|| start_ms.to_string());
    let raw = format!("{time}_{}_{}", room.nickname, room.room_id);
    sanitize_file_name(&raw, "", platform)
        .or_else(|_| sanitize_file_name(&format!("live_{}", room.room_id), "", platform))
        .unwrap_or_else(|_| "live".to_owned())
}

fn file_in(dir: &Path, stem: &str, ext: &str, platform: Platform) -> PathBuf {
    // The stem is already sanitised; this re-check keeps the extension inside the budget too.
    let name = sanitize_file_name(stem, ext, platform).unwrap_or_else(|_| format!("live{ext}"));
    dir.join(name)
}

/// The statistics file's JSON.
pub fn stats_json(
    stats: &SessionStats,
    room: &LiveRoom,
    start_ms: i64,
    end_ms: i64,
    top: usize,
) -> Value {
    json!({
        "room_id": room.room_id,
        "web_rid": room.web_rid,
        "title": room.title,
        "nickname": room.nickname,
        "start_ms": start_ms,
        "end_ms": end_ms,
        "duration_ms": end_ms.saturating_sub(start_ms),
        "total_messages": stats.total_messages(),
        "messages_per_type": stats.messages_per_method(),
        "peak_online": stats.peak_online(),
        "viewers": stats.viewers().iter().map(|v| json!({
            "offset_ms": v.offset_ms,
            "online": v.online,
            "total_viewers": v.total_viewers,
            "source": format!("{:?}", v.source),
        })).collect::<Vec<_>>(),
        "top_gifters": stats.top_gifters(top).iter().map(|g| json!({
            "user_key": g.user_key,
            "nickname": g.nickname,
            "diamonds": g.diamonds,
            "gifts": g.gifts,
        })).collect::<Vec<_>>(),
    })
}

async fn write_whole(path: &Path, bytes: &[u8]) -> Result<PathBuf, Error> {
    let mut f = PartFile::create(path).await?;
    f.write(bytes).await?;
    f.finish().await
}

/// Sleeps until `at`, or forever without a deadline.
async fn until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

type StreamTask = tokio::task::JoinHandle<Result<(StreamOutcome, PathBuf), Error>>;

fn start_stream(
    http: &reqwest::Client,
    room: &LiveRoom,
    opts: &RecordOptions,
    path: PathBuf,
    cancel: watch::Receiver<bool>,
) -> Result<Option<StreamTask>, Error> {
    let Some(format) = opts.stream else {
        return Ok(None);
    };
    let url = match format {
        StreamFormat::Flv => room.flv_url(opts.quality.as_deref()),
        StreamFormat::Hls => room.hls_url(opts.quality.as_deref()),
    }
    .ok_or_else(|| Error::NoStream {
        room_id: room.room_id.clone(),
        format: format.label(),
    })?
    .to_owned();
    let http = http.clone();
    let request = opts.request.clone();
    Ok(Some(tokio::spawn(async move {
        let mut out = PartFile::create(&path).await?;
        let outcome = match format {
            StreamFormat::Flv => download_flv(&http, &url, &mut out, &request, cancel).await?,
            StreamFormat::Hls => download_hls(&http, &url, &mut out, &request, cancel).await?,
        };
        Ok((outcome, out.finish().await?))
    })))
}

/// Records `session` (and the room's stream, per `opts`) until the live ends or the session is
/// cancelled; every session event is also passed to `on_event` (e.g. to print it). The stream
/// starts at the recording start, which is the time base of the JSONL and ASS offsets. The
/// stream goes through the session's media client (the API client's proxy and user agent) and
/// times come from its clock.
pub async fn record_session<F>(
    mut session: LiveSession,
    opts: &RecordOptions,
    mut on_event: F,
) -> Result<RecordingSummary, Error>
where
    F: FnMut(&SessionEvent),
{
    let http = session.context().media.clone();
    let clock: Arc<dyn Clock> = session.context().world.clock.clone();
    tokio::fs::create_dir_all(&opts.dir)
        .await
        .map_err(|e| Error::io(&opts.dir, e))?;
    let room = session.room().clone();
    let start_ms = now_ms(clock.as_ref());
    let stem = recording_stem(&room, start_ms, opts.platform);
    let files = RecordingFiles {
        video: opts
            .stream
            .map(|f| file_in(&opts.dir, &stem, f.extension(), opts.platform)),
        jsonl: file_in(&opts.dir, &stem, ".danmaku.jsonl", opts.platform),
        ass: file_in(&opts.dir, &stem, ".danmaku.ass", opts.platform),
        stats: file_in(&opts.dir, &stem, ".stats.json", opts.platform),
    };
    let mut jsonl = PartFile::create(&files.jsonl).await?;
    let (stop_stream, stream_cancel) = watch::channel(false);
    let mut stream_task = match &files.video {
        Some(path) => start_stream(&http, &room, opts, path.clone(), stream_cancel)?,
        None => None,
    };
    let mut stats = SessionStats::new(start_ms);
    // Only chat/gift lines are kept for the subtitle file, not whole events.
    let mut lines: Vec<DanmakuLine> = Vec::new();
    let mut events = 0u64;
    let mut end = None;
    let mut stream_result = None;
    let mut grace: Option<tokio::time::Instant> = None;
    let cancel = session.cancel_handle();
    let deadline = opts.max_duration.map(|d| tokio::time::Instant::now() + d);
    loop {
        tokio::select! {
            ev = session.next_event() => {
                let Some(ev) = ev else { break };
                on_event(&ev);
                match &ev {
                    SessionEvent::Event(t) => {
                        events += 1;
                        jsonl.write(jsonl_line(t, start_ms).as_bytes()).await?;
                        stats.observe(t);
                        lines.extend(danmaku_lines(std::slice::from_ref(t), start_ms, &opts.ass));
                    }
                    SessionEvent::Ended { reason } => end = Some(*reason),
                    _ => {}
                }
            }
            res = async { match stream_task.as_mut() { Some(t) => t.await, None => std::future::pending().await } },
                if stream_task.is_some() => {
                stream_task = None;
                stream_result = Some(res);
                grace = Some(tokio::time::Instant::now() + opts.end_grace);
            }
            () = until(grace), if grace.is_some() => {
                grace = None;
                cancel.cancel();
            }
            () = until(deadline), if deadline.is_some() && !cancel.is_cancelled() => {
                cancel.cancel();
            }
        }
    }
    if let Some(mut task) = stream_task.take() {
        // After a live end the stream stops by itself shortly; let it, so its tail is kept.
        let natural = if end == Some(EndReason::LiveEnded) {
            tokio::time::timeout(opts.end_grace, &mut task).await.ok()
        } else {
            None
        };
        stream_result = Some(match natural {
            Some(r) => r,
            None => {
                stop_stream.send_replace(true);
                task.await
            }
        });
    }
    let end_ms = now_ms(clock.as_ref());
    jsonl.finish().await?;
    write_whole(&files.ass, write_ass(&lines, &opts.ass).as_bytes()).await?;
    let stats_value = stats_json(&stats, &room, start_ms, end_ms, opts.top_gifters);
    let stats_text = serde_json::to_string_pretty(&stats_value).unwrap_or_default();
    write_whole(&files.stats, stats_text.as_bytes()).await?;
    let (stream, stream_error) = match stream_result {
        None => (None, None),
        Some(Ok(Ok((outcome, _)))) => (Some(outcome), None),
        Some(Ok(Err(e))) => (None, Some(e)),
        Some(Err(join)) => (
            None,
            Some(if join.is_cancelled() {
                Error::Cancelled
            } else {
                Error::io(
                    files.video.as_deref().unwrap_or(&opts.dir),
                    std::io::Error::other(format!("the stream task failed: {join}")),
                )
            }),
        ),
    };
    let files = RecordingFiles {
        video: files.video.filter(|_| stream.is_some()),
        ..files
    };
    Ok(RecordingSummary {
        files,
        start_ms,
        end_ms,
        events,
        stream,
        stream_error,
        end,
    })
}
