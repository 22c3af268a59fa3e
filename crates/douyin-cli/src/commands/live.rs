//! `douyin live <url>`: watch a live room's danmaku — the room as one JSON object, then one
//! JSON line per event (`--types` filters) until the live ends — and with `--record DIR` record
//! the stream and the danmaku (JSONL, ASS, statistics) together into DIR through the engine's
//! live job (`--no-stream`: only the danmaku).

use crate::exit;
use crate::secret::{ProxyUrl, Secret};
use crate::session::{CommandCookie, SessionArgs};
use clap::{Args, ValueEnum};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::live::{
    method_for_type_name, parse_live_target, EndReason, LiveSession, SessionConfig, SessionEvent,
};
use douyin_core::webcast::AckStyle;
use douyin_core::Error;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Options of `douyin live`.
#[derive(Debug, Args)]
pub struct LiveArgs {
    /// A live link (live.douyin.com/<web_rid>, a short link, share text), a web_rid or a
    /// 19-digit room_id.
    pub url: String,
    /// Only print these event types, comma-separated (chat,gift,like,member,social,
    /// room_user_seq,control,... or full method names). Session notices go to stderr.
    #[arg(long, value_delimiter = ',', value_name = "TYPES")]
    pub types: Vec<String>,
    /// Record the stream and the danmaku into this folder.
    #[arg(long, value_name = "DIR")]
    pub record: Option<PathBuf>,
    /// Which stream to record.
    #[arg(long, value_enum, default_value_t = Format::Flv)]
    pub format: Format,
    /// Quality to start the ladder at (FULL_HD1, HD1, SD1, SD2); it steps down when a quality
    /// is missing or fails. Default: FULL_HD1.
    #[arg(long, value_name = "ID")]
    pub quality: Option<String>,
    /// Record only the danmaku, not the stream.
    #[arg(long)]
    pub no_stream: bool,
    /// Stop recording after this long (90s, 30m, 2h; default: until the live ends).
    #[arg(long, value_name = "TIME")]
    pub duration: Option<String>,
    /// Start a new segment after this much media (e.g. 30m).
    #[arg(long, value_name = "TIME")]
    pub segment: Option<String>,
    /// Start a new segment after this many bytes (e.g. 2GB).
    #[arg(long, value_name = "SIZE")]
    pub segment_size: Option<String>,
    /// Wait for a room that is not live yet (with --record).
    #[arg(long)]
    pub wait: bool,
    /// Also show gifts in the ASS subtitles.
    #[arg(long)]
    pub ass_gifts: bool,
    /// Acknowledgement form: F2's, or the browser-derived `payload` form.
    #[arg(long, value_enum, default_value_t = Ack::F2)]
    pub ack: Ack,
    /// Heartbeat interval, ms.
    #[arg(long, default_value_t = 10_000, value_name = "MS")]
    pub heartbeat_ms: u64,
    /// Reconnect attempts in a row before giving up.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub max_reconnects: u32,
    /// The browser cookie string (optional for lives); default: the env var DOUYIN_COOKIE,
    /// else the login stored by `douyin login`.
    #[arg(long, value_name = "COOKIE")]
    pub cookie: Option<Secret>,
    /// An http:// or https:// proxy for HTTP requests and stream downloads.
    #[arg(long, value_name = "URL")]
    pub proxy: Option<ProxyUrl>,
    /// One origin serving every Douyin host (e.g. the local emulator); default: the env var
    /// DOUYIN_API_BASE, else the real hosts.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

/// Stream format choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The FLV pull URL, saved as .flv.
    Flv,
    /// The HLS playlist, segments joined into .ts.
    Hls,
}

/// Acknowledgement style choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ack {
    /// `PushFrame{logId, payloadType = internal_ext}` (F2).
    F2,
    /// `PushFrame{logId, payloadType = "ack", payload = internal_ext}`.
    Payload,
}

/// Why the command stopped.
enum Stop {
    Core(Error),
    Output(std::io::Error),
    ClosedPipe,
}

impl From<Error> for Stop {
    fn from(e: Error) -> Self {
        Stop::Core(e)
    }
}

/// Runs `douyin live`.
pub fn run(args: LiveArgs, session: &SessionArgs) -> ExitCode {
    let cookie = CommandCookie::resolve(args.cookie.clone().map(Secret::into_inner), session);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    if let Some(dir) = args.record.clone() {
        return match record_request(&args, dir, cookie.header.clone()) {
            Ok(req) => runtime.block_on(crate::commands::live_record::record(req)),
            Err(why) => {
                eprintln!("error [invalid_input]: {why}");
                ExitCode::from(exit::USAGE)
            }
        };
    }
    match runtime.block_on(live(args, cookie.header.clone())) {
        Ok(None) | Err(Stop::ClosedPipe) => ExitCode::SUCCESS,
        Ok(Some(attempts)) => {
            eprintln!("error [network]: the danmaku connection dropped and {attempts} reconnect attempt(s) failed");
            ExitCode::from(exit::NETWORK)
        }
        Err(Stop::Core(e)) => {
            cookie.record(&e, crate::session::now_ms());
            exit::report(&e)
        }
        Err(Stop::Output(e)) => {
            eprintln!("error: cannot write to stdout: {e}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

/// The engine job `--record` runs (`--no-stream`: a danmaku-only recording).
fn record_request(
    args: &LiveArgs,
    dir: PathBuf,
    cookie: String,
) -> Result<crate::commands::live_record::RecordRequest, String> {
    use crate::commands::live_record::{parse_duration_s, parse_size, RecordRequest};
    let target = parse_live_target(&args.url).map_err(|e| e.to_string())?;
    let live = douyin_download::LiveOptions {
        format: match args.format {
            Format::Flv => douyin_download::LiveFormat::Flv,
            Format::Hls => douyin_download::LiveFormat::Hls,
        },
        quality: args.quality.clone(),
        segment_s: args.segment.as_deref().map(parse_duration_s).transpose()?,
        segment_bytes: args.segment_size.as_deref().map(parse_size).transpose()?,
        max_duration_s: args.duration.as_deref().map(parse_duration_s).transpose()?,
        danmaku: true,
        ass_gifts: args.ass_gifts,
        wait_for_live: args.wait,
        danmaku_only: args.no_stream,
    };
    Ok(RecordRequest {
        dir,
        target,
        live,
        client: ClientConfig {
            base_url: base_url(args.base_url.clone()),
            cookie,
            proxy: args.proxy.clone().map(ProxyUrl::into_inner),
            ..ClientConfig::default()
        },
    })
}

fn base_url(flag: Option<String>) -> Option<String> {
    flag.or_else(|| std::env::var("DOUYIN_API_BASE").ok())
        .filter(|b| !b.trim().is_empty())
}

fn print(out: &mut impl Write, v: &Value) -> Result<(), Stop> {
    match writeln!(out, "{v}").and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Stop::ClosedPipe),
        Err(e) => Err(Stop::Output(e)),
    }
}

/// Prints one session item: danmaku events on stdout (filtered), notices on stderr.
fn emit(ev: &SessionEvent, only: &HashSet<String>) -> Result<(), Stop> {
    match ev {
        SessionEvent::Event(t) => {
            if only.is_empty() || only.contains(t.event.method()) {
                print(&mut std::io::stdout().lock(), &ev.to_json())?;
            }
        }
        other => eprintln!("{}", other.to_json()),
    }
    Ok(())
}

/// Prints session items and remembers the first output failure and a give-up.
struct Printer {
    only: HashSet<String>,
    failed: Option<Stop>,
    gave_up: Option<u32>,
}

impl Printer {
    fn on(&mut self, ev: &SessionEvent) {
        if let SessionEvent::Ended {
            reason: EndReason::GaveUp { attempts },
        } = ev
        {
            self.gave_up = Some(*attempts);
        }
        if self.failed.is_none() {
            if let Err(e) = emit(ev, &self.only) {
                self.failed = Some(e);
            }
        }
    }
}

/// Returns `Some(attempts)` when the session gave up reconnecting.
async fn live(args: LiveArgs, cookie: String) -> Result<Option<u32>, Stop> {
    let target = parse_live_target(&args.url)?;
    let config = ClientConfig {
        base_url: base_url(args.base_url),
        cookie,
        proxy: args.proxy.clone().map(ProxyUrl::into_inner),
        ..ClientConfig::default()
    };
    let client = DouyinClient::new(config, ClientWorld::system())?;
    let session_config = SessionConfig {
        ack_style: match args.ack {
            Ack::F2 => AckStyle::F2,
            Ack::Payload => AckStyle::Payload,
        },
        heartbeat: Duration::from_millis(args.heartbeat_ms.max(100)),
        reconnect: douyin_core::live::ReconnectPolicy {
            max_attempts: args.max_reconnects,
            ..Default::default()
        },
        ..SessionConfig::default()
    };
    let session = LiveSession::start(Arc::new(client), &target, session_config).await?;
    let mut room = serde_json::to_value(session.room().as_ref()).unwrap_or_default();
    if let Some(m) = room.as_object_mut() {
        m.shift_insert(0, "type".into(), json!("room"));
    }
    print(&mut std::io::stdout().lock(), &room)?;
    let only: HashSet<String> = args
        .types
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| method_for_type_name(t))
        .collect();
    let cancel = session.cancel_handle();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            cancel.cancel();
        }
    });
    let mut printer = Printer {
        only,
        failed: None,
        gave_up: None,
    };
    let mut session = session;
    while let Some(ev) = session.next_event().await {
        printer.on(&ev);
        if printer.failed.is_some() {
            session.cancel_handle().cancel();
        }
    }
    match printer.failed {
        Some(stop) => Err(stop),
        None => Ok(printer.gave_up),
    }
}
