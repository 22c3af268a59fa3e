//! `douyin report <creator> --retry-gap`: queues the creator's gap on the library's engine
//! (failed and missing files back to their jobs, one-post jobs for listed posts without
//! files, a fresh listing for posts no listing saw), waits for those jobs and says what is
//! left. Ctrl-C stops cleanly; the files stay queued for the next run of a download.

use super::history::ReportArgs;
use crate::exit;
use crate::session::{CommandCookie, SessionArgs};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_download::{Engine, EngineConfig, GapRetry, JobSnapshot};
use std::process::ExitCode;

/// Runs the retry of `creator`'s gap (a uid or sec_user_id).
pub fn run(args: &ReportArgs, creator: &str, session: &SessionArgs) -> ExitCode {
    super::block_on(retry(args, creator, session))
}

fn print_json(value: &impl serde::Serialize) {
    if let Ok(line) = serde_json::to_string(value) {
        println!("{line}");
    }
}

fn summary(r: &GapRetry) -> String {
    let mut parts = vec![format!("{} file(s) queued again", r.files)];
    if r.already_queued > 0 {
        parts.push(format!("{} already queued", r.already_queued));
    }
    if !r.posts.is_empty() {
        parts.push(format!("{} post(s) without files", r.posts.len()));
    }
    if r.not_listed > 0 {
        parts.push(format!(
            "{} post(s) never listed: listing again",
            r.not_listed
        ));
    }
    format!("gap: {}; {} job(s)", parts.join(", "), r.jobs.len())
}

async fn retry(args: &ReportArgs, creator: &str, session: &SessionArgs) -> ExitCode {
    let cookie = CommandCookie::resolve(
        args.cookie.clone().map(crate::secret::Secret::into_inner),
        session,
    );
    let base_url = args
        .base_url
        .clone()
        .or_else(|| std::env::var("DOUYIN_API_BASE").ok())
        .filter(|b| !b.trim().is_empty());
    let config = ClientConfig {
        base_url,
        cookie: cookie.header.clone(),
        ..ClientConfig::default()
    };
    let client = match DouyinClient::new(config, ClientWorld::system()) {
        Ok(c) => c,
        Err(e) => return exit::report(&e),
    };
    let library = &args.library;
    let config = EngineConfig {
        db_path: library.db.clone(),
        min_free_bytes: args.min_free.unwrap_or(512 * 1024 * 1024),
        resume_unfinished: false,
        ..EngineConfig::new(library.path.clone())
    };
    let engine = match Engine::open(config, client).await {
        Ok(e) => e,
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    };
    let queued = match engine.retry_gap(creator) {
        Ok(q) => q,
        Err(e) => {
            engine.shutdown().await;
            return exit::report_kind(e.kind(), &e.to_string());
        }
    };
    if library.json {
        print_json(&serde_json::json!({"event": "gap_queued", "gap": &queued}));
    } else {
        eprintln!("{}", summary(&queued));
    }
    let mut done: Vec<JobSnapshot> = Vec::new();
    let interrupted = tokio::select! {
        () = async {
            for &id in &queued.jobs {
                if let Ok(snap) = engine.wait(id).await {
                    done.push(snap);
                }
            }
        } => false,
        _ = tokio::signal::ctrl_c() => true,
    };
    engine.shutdown().await;
    if interrupted {
        eprintln!("stopped; the gap stays queued: run the same command again to continue");
        return ExitCode::from(130);
    }
    let report = engine.store().report(creator);
    for job in &done {
        if library.json {
            print_json(&serde_json::json!({"event": "job_done", "job": job}));
        } else {
            eprintln!(
                "job {} ({}): {} done, {} failed",
                job.id,
                job.state.as_str(),
                job.files_done,
                job.files_failed
            );
        }
    }
    match &report {
        Ok(r) if library.json => print_json(&serde_json::json!({"event": "report", "report": r})),
        Ok(r) => println!(
            "saved {} of {} listed; {} file(s) still in the gap",
            r.saved, r.listed, r.gap_files
        ),
        Err(e) => return exit::report_kind(e.kind(), &e.to_string()),
    }
    if let Some(job) = done.iter().find(|j| j.error.is_some()) {
        let e = job.error.as_ref().map(|e| (e.kind, e.message.clone()));
        if let Some((kind, message)) = e {
            return exit::report_kind(kind, &message);
        }
    }
    for job in done.iter().filter(|j| j.files_failed > 0) {
        let first = engine
            .job_files(job.id)
            .ok()
            .and_then(|files| files.into_iter().find_map(|f| f.error));
        if let Some(e) = first {
            return exit::report_kind(
                e.kind,
                &format!(
                    "{} file(s) of the gap failed again; the first: {} (`douyin report --gap` lists them)",
                    job.files_failed, e.message
                ),
            );
        }
    }
    ExitCode::SUCCESS
}
