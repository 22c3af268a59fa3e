//! `douyin download` (alias `dl`): F2's download command over the engine. Options merge as
//! F2's do (command line over the `-c` file over F2's defaults); every `-u` becomes one job;
//! running the same command again continues its unfinished jobs (the library remembers them);
//! Ctrl-C stops cleanly, leaving partial files and cursors for that next run.

mod args;
mod f2_config;
mod progress;

pub use args::DownloadArgs;

use crate::exit;
use crate::session::{CommandCookie, SessionArgs};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_download::{
    Codec, Engine, EngineConfig, ImageFormat, JobKind, JobOptions, JobSpec, Quality, Target,
    TestHooks,
};
use douyin_store::JobState;
use f2_config::Section;
use progress::Display;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Everything the command needs, merged.
struct Settings {
    kind: JobKind,
    urls: Vec<String>,
    root: PathBuf,
    options: JobOptions,
    cookie: Option<String>,
    timeout_s: u64,
    retries: u32,
    connections: usize,
    tasks: usize,
    proxy: Option<String>,
}

fn usage(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error [invalid_input]: {message}");
    ExitCode::from(exit::USAGE)
}

fn pick<T>(cli: Option<T>, file: Option<T>, default: T) -> T {
    cli.or(file).unwrap_or(default)
}

fn settings(a: &DownloadArgs) -> Result<Settings, String> {
    let file = match &a.config {
        Some(p) => f2_config::read(p)?,
        None => Section::default(),
    };
    let text = |v: &Option<f2_config::Loose>| v.as_ref().and_then(f2_config::Loose::as_text);
    let flag = |v: &Option<f2_config::Loose>| v.as_ref().and_then(f2_config::Loose::as_bool);
    let num = |v: &Option<f2_config::Loose>| v.as_ref().and_then(f2_config::Loose::as_u64);
    let mode = a
        .mode
        .clone()
        .or_else(|| text(&file.mode))
        .ok_or("-M/--mode is required (one, post, like, collection, collects, music, mix, live, related, friend, feed)")?;
    let kind: JobKind = mode.parse()?;
    let mut urls = Vec::new();
    let given = if a.urls.is_empty() {
        text(&file.url).into_iter().collect()
    } else {
        a.urls.clone()
    };
    for u in given {
        if let Some(path) = u.strip_prefix('@') {
            let list = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the link list {path}: {e}"))?;
            urls.extend(
                list.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_owned),
            );
        } else {
            urls.push(u);
        }
    }
    if urls.is_empty() {
        return Err("-u/--url is required: a link, share text or id (or @file.txt)".into());
    }
    let defaults = JobOptions::default();
    let quality = match a.quality.as_deref() {
        None | Some("highest") => Quality::Highest,
        Some("smallest") => Quality::Smallest,
        Some(q) => Quality::Resolution(q.trim_end_matches('p').parse().map_err(|_| {
            format!("--quality `{q}`: use highest, smallest or a resolution like 720")
        })?),
    };
    let codec = match a.codec.as_deref() {
        None | Some("h264") => Codec::H264,
        Some("h265") => Codec::H265,
        Some("any") => Codec::Any,
        Some(c) => return Err(format!("--codec `{c}`: use h264, h265 or any")),
    };
    let image_format = match a.image_format.as_deref() {
        None | Some("original") | Some("webp") => ImageFormat::Original,
        Some("jpeg") | Some("jpg") => ImageFormat::Jpeg,
        Some("png") => ImageFormat::Png,
        Some(f) => return Err(format!("--image-format `{f}`: use original, jpeg or png")),
    };
    let max_counts = pick(a.max_counts, num(&file.max_counts), 0);
    let options = JobOptions {
        naming: pick(
            a.naming.clone(),
            text(&file.naming),
            defaults.naming.clone(),
        ),
        folderize: pick(a.folderize, flag(&file.folderize), false),
        music: pick(a.music, flag(&file.music), false),
        cover: pick(a.cover, flag(&file.cover), false),
        desc: pick(a.desc, flag(&file.desc), false),
        lyric: pick(a.lyric, flag(&file.lyric), true),
        json: a.json_sidecar.unwrap_or(false),
        quality,
        codec,
        image_format,
        interval: a
            .interval
            .clone()
            .or_else(|| text(&file.interval))
            .filter(|i| i != "all"),
        max_counts: (max_counts > 0).then_some(max_counts),
        page_counts: u32::try_from(pick(
            a.page_counts.map(u64::from),
            num(&file.page_counts),
            20,
        ))
        .unwrap_or(20),
        stop_at_known: a.stop_at_known,
        collects: (!a.collects.is_empty()).then(|| a.collects.clone()),
        live: douyin_download::LiveOptions::default(),
    };
    let file_proxy = file
        .proxies
        .as_ref()
        .and_then(|p| p.values().flatten().find(|v| !v.trim().is_empty()).cloned());
    Ok(Settings {
        kind,
        urls,
        root: pick(
            a.path.clone(),
            text(&file.path).map(PathBuf::from),
            PathBuf::from("Download"),
        ),
        options,
        cookie: a
            .cookie
            .clone()
            .map(crate::secret::Secret::into_inner)
            .or_else(|| text(&file.cookie)),
        timeout_s: pick(a.timeout, num(&file.timeout), 10),
        retries: u32::try_from(pick(
            a.max_retries.map(u64::from),
            num(&file.max_retries),
            5,
        ))
        .unwrap_or(5),
        connections: usize::try_from(pick(
            a.max_connections.map(|n| n as u64),
            num(&file.max_connections),
            10,
        ))
        .unwrap_or(10),
        tasks: usize::try_from(pick(
            a.max_tasks.map(|n| n as u64),
            num(&file.max_tasks),
            10,
        ))
        .unwrap_or(10),
        proxy: a
            .proxies
            .first()
            .cloned()
            .map(crate::secret::ProxyUrl::into_inner)
            .or(file_proxy),
    })
}

/// Runs `douyin download`.
pub fn run(args: DownloadArgs, session: &SessionArgs) -> ExitCode {
    let s = match settings(&args) {
        Ok(s) => s,
        Err(e) => return usage(e),
    };
    // File writes go through tokio's blocking pool; left at its default (512) a 10-file job
    // grows ~20 threads, each with its own allocator heap, which doubled the peak RSS
    // (scripts/bench-download). Four keep the disk busy for any `max_tasks`.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(4)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    runtime.block_on(download(args, s, session))
}

async fn download(args: DownloadArgs, s: Settings, session: &SessionArgs) -> ExitCode {
    let cookie = CommandCookie::resolve(s.cookie.clone(), session);
    let base_url = args
        .base_url
        .clone()
        .or_else(|| std::env::var("DOUYIN_API_BASE").ok())
        .filter(|b| !b.trim().is_empty());
    let config = ClientConfig {
        base_url,
        cookie: cookie.header.clone(),
        proxy: s.proxy.clone(),
        timeout_ms: s.timeout_s.max(1) * 1000,
        max_retries: s.retries.max(1),
        governor: match args.rate {
            Some(rps) => douyin_core::client::GovernorConfig {
                requests_per_s: rps.max(0.0),
                jitter_ms: if rps > 0.0 { 400 } else { 0 },
                ..douyin_core::client::GovernorConfig::default()
            },
            None => douyin_core::client::GovernorConfig::default(),
        },
        ..ClientConfig::default()
    };
    let client = match DouyinClient::new(config, ClientWorld::system()) {
        Ok(c) => c,
        Err(e) => return exit::report(&e),
    };
    let mut specs = Vec::new();
    for url in &s.urls {
        let target = if url.contains("://") {
            match client.resolve_link(url).await {
                Ok(link) => match Target::from_link(s.kind, &link) {
                    Ok(t) => t,
                    Err(why) => return usage(format!("{url}: {why}")),
                },
                Err(e) => return exit::report(&e),
            }
        } else {
            Target::from_id(s.kind, url)
        };
        specs.push(JobSpec {
            kind: s.kind,
            target,
            options: s.options.clone(),
        });
    }
    let config = EngineConfig {
        db_path: args.db.clone(),
        max_tasks: s.tasks.max(1),
        max_connections: s.connections.max(1),
        retries: s.retries.max(1),
        min_free_bytes: args.min_free.unwrap_or(512 * 1024 * 1024),
        resume_unfinished: false,
        hooks: TestHooks {
            pause_after_rename: args.test_pause_after_rename_ms.map(Duration::from_millis),
        },
        ..EngineConfig::new(s.root.clone())
    };
    let engine = match Engine::open(config, client).await {
        Ok(e) => e,
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    };
    let mut events = engine.subscribe();
    let mut ids = Vec::new();
    for spec in specs {
        match engine.enqueue(spec) {
            Ok(id) => ids.push(id),
            Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
        }
    }
    let mut display = Display::new(args.json);
    let lookup = |id| engine.job(id);
    let mut pending: Vec<i64> = ids.clone();
    let interrupted = loop {
        if pending.is_empty() {
            break false;
        }
        tokio::select! {
            event = events.recv() => {
                let Some(event) = event else { break false };
                display.show(&event, &lookup);
                if let douyin_download::Event::JobDone { job } = &event {
                    pending.retain(|id| *id != job.id);
                }
            }
            _ = tokio::signal::ctrl_c() => break true,
        }
    };
    engine.shutdown().await;
    while let Some(e) = events.try_recv() {
        display.show(&e, &lookup);
    }
    if interrupted {
        eprintln!("stopped; run the same command again to continue");
        return ExitCode::from(130);
    }
    // The first failure decides the exit code, as in `douyin fetch`.
    let mut code = ExitCode::SUCCESS;
    for id in ids {
        let Some(job) = engine.job(id) else { continue };
        if let Some(error) = &job.error {
            code = exit::report_kind(error.kind, &error.message);
            break;
        }
        if job.state != JobState::Done || job.files_failed > 0 {
            let failed = engine
                .job_files(id)
                .ok()
                .and_then(|files| files.into_iter().find_map(|f| f.error));
            if let Some(e) = failed {
                code = exit::report_kind(
                    e.kind,
                    &format!(
                        "{} file(s) failed; the first: {}",
                        job.files_failed, e.message
                    ),
                );
                break;
            }
        }
    }
    code
}
