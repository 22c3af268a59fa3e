//! `douyin watch add|list|remove <link>` keeps the library's watch list (live rooms by link,
//! web_rid or room id; creators by profile link); `douyin watch run` polls it in the
//! foreground and records every watched room that goes live, one recording per room, until
//! Ctrl-C, which closes every open segment before exiting.

use crate::exit;
use crate::session::{CommandCookie, SessionArgs};
use clap::{Args, Subcommand};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_download::live::watch_target;
use douyin_download::live::{WatchOptions, Watcher};
use douyin_download::{Engine, EngineConfig, Event, JobKind, LiveFormat, LiveOptions};
use douyin_store::HistoryStore;
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Options of `douyin watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The library (download root) whose watch list to use.
    #[arg(long, short = 'p', default_value = "Download", global = true)]
    pub path: PathBuf,
    /// One origin serving every Douyin host (the emulator); default: DOUYIN_API_BASE.
    #[arg(long, value_name = "URL", global = true)]
    pub base_url: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub action: WatchAction,
}

/// `douyin watch` actions.
#[derive(Debug, Subcommand)]
pub enum WatchAction {
    /// Watch a live room (link, web_rid or room id) or a creator (profile link).
    Add {
        /// The link or id.
        link: String,
    },
    /// Print the watch list as JSON lines.
    List,
    /// Stop watching a room or creator.
    Remove {
        /// The link or id, as added.
        link: String,
    },
    /// Poll the list and record every room that goes live (foreground; Ctrl-C stops).
    Run(Box<RunArgs>),
}

/// Options of `douyin watch run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Seconds between two passes over the list.
    #[arg(long, default_value_t = 60)]
    pub interval: u64,
    /// Up to this many seconds added at random to each interval.
    #[arg(long, default_value_t = 15)]
    pub jitter: u64,
    /// Record HLS instead of FLV (FLV stays the fallback).
    #[arg(long)]
    pub hls: bool,
    /// Quality to start the ladder at.
    #[arg(long, value_name = "ID")]
    pub quality: Option<String>,
    /// New segment after this much media (e.g. 30m).
    #[arg(long, value_name = "TIME")]
    pub segment: Option<String>,
    /// New segment after this many bytes (e.g. 2GB).
    #[arg(long, value_name = "SIZE")]
    pub segment_size: Option<String>,
    /// Cookie string (optional for lives); default DOUYIN_COOKIE, else the stored login.
    #[arg(long, value_name = "COOKIE")]
    pub cookie: Option<String>,
}

fn usage(why: &str) -> ExitCode {
    eprintln!("error [invalid_input]: {why}");
    ExitCode::from(exit::USAGE)
}

/// `(kind, id)` of a link for the watch list, without network (short links need `run`'s
/// client: they are refused here with a hint).
fn entry_of(link: &str) -> Result<(&'static str, String), String> {
    match watch_target(link) {
        Ok(t) if t.is_short_link() => {
            Err("short links cannot be watched; open it and give the page's link".into())
        }
        Ok(t) => Ok((t.kind.as_str(), t.id)),
        Err(e) => Err(e.to_string()),
    }
}

fn open_store(path: &std::path::Path) -> Result<HistoryStore, ExitCode> {
    HistoryStore::open_library(path).map_err(|e| exit::report_kind(e.kind(), &e.to_string()))
}

/// Runs `douyin watch`.
pub fn run(args: WatchArgs, session: &SessionArgs) -> ExitCode {
    match args.action {
        WatchAction::Add { ref link } => {
            let (kind, id) = match entry_of(link) {
                Ok(e) => e,
                Err(why) => return usage(&why),
            };
            let store = match open_store(&args.path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match store.watch_add(kind, &id, None) {
                Ok(e) => {
                    println!("{}", serde_json::to_value(&e).unwrap_or_default());
                    ExitCode::SUCCESS
                }
                Err(e) => exit::report_kind(e.kind(), &e.to_string()),
            }
        }
        WatchAction::Remove { ref link } => {
            let (kind, id) = match entry_of(link) {
                Ok(e) => e,
                Err(why) => return usage(&why),
            };
            let store = match open_store(&args.path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match store.watch_remove(kind, &id) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => exit::report_kind(
                    douyin_core::ErrorKind::NotFound,
                    &format!("{link} is not on the watch list"),
                ),
                Err(e) => exit::report_kind(e.kind(), &e.to_string()),
            }
        }
        WatchAction::List => {
            let store = match open_store(&args.path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match store.watch_list() {
                Ok(list) => {
                    for e in list {
                        println!("{}", serde_json::to_value(&e).unwrap_or_default());
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => exit::report_kind(e.kind(), &e.to_string()),
            }
        }
        WatchAction::Run(ref run) => {
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
            let cookie = CommandCookie::resolve(run.cookie.clone(), session);
            runtime.block_on(watch_run(&args, run, cookie.header))
        }
    }
}

async fn watch_run(args: &WatchArgs, run: &RunArgs, cookie: String) -> ExitCode {
    use crate::commands::live_record::{parse_duration_s, parse_size};
    let segment_s = match run.segment.as_deref().map(parse_duration_s).transpose() {
        Ok(s) => s,
        Err(why) => return usage(&why),
    };
    let segment_bytes = match run.segment_size.as_deref().map(parse_size).transpose() {
        Ok(s) => s,
        Err(why) => return usage(&why),
    };
    let base_url = args
        .base_url
        .clone()
        .or_else(|| std::env::var("DOUYIN_API_BASE").ok())
        .filter(|b| !b.trim().is_empty());
    let config = ClientConfig {
        base_url,
        cookie,
        ..ClientConfig::default()
    };
    let client = match DouyinClient::new(config, ClientWorld::system()) {
        Ok(c) => c,
        Err(e) => return exit::report(&e),
    };
    let engine = match Engine::open(
        EngineConfig {
            resume_unfinished: false,
            ..EngineConfig::new(args.path.clone())
        },
        client,
    )
    .await
    {
        Ok(e) => e,
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    };
    let mut events = engine.subscribe();
    let watcher = Watcher::new(
        engine.clone(),
        WatchOptions {
            interval: Duration::from_secs(run.interval.max(1)),
            jitter: Duration::from_secs(run.jitter),
            live: LiveOptions {
                format: if run.hls {
                    LiveFormat::Hls
                } else {
                    LiveFormat::Flv
                },
                quality: run.quality.clone(),
                segment_s,
                segment_bytes,
                ..LiveOptions::default()
            },
            ..WatchOptions::default()
        },
    );
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let watching = tokio::spawn(watcher.run(async {
        let _ = stop_rx.await;
    }));
    let printer = tokio::spawn(async move {
        while let Some(ev) = events.recv().await {
            if matches!(
                ev,
                Event::LiveStatus { .. } | Event::SegmentDone { .. } | Event::JobDone { .. }
            ) {
                println!("{}", serde_json::to_value(&ev).unwrap_or_default());
            }
        }
    });
    eprintln!(
        "{}",
        json!({"type": "watching", "library": args.path.display().to_string()})
    );
    let _ = tokio::signal::ctrl_c().await;
    eprintln!("stopping: closing every open segment");
    let _ = stop_tx.send(());
    let _ = watching.await;
    let live: Vec<_> = engine
        .jobs()
        .into_iter()
        .filter(|j| j.kind == JobKind::Live && j.state.is_unfinished())
        .map(|j| j.id)
        .collect();
    for id in &live {
        let _ = engine.cancel(*id);
    }
    for id in live {
        let _ = engine.wait(id).await;
    }
    engine.shutdown().await;
    printer.abort();
    ExitCode::SUCCESS
}
