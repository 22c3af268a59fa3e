//! `douyin history search|export|stats|verify` and `douyin report <creator>`: a library's
//! history store, printed as a readable table or, with `--json`, as JSON.
//!
//! The store is `<path>/.douyin/library.sqlite3` (F2's default path `Download`) or `--db`.
//! Reading commands never create a library: a missing store is a clear "not found".

use crate::exit;
use clap::{Args, Subcommand, ValueEnum};
use douyin_core::link::{extract_id, TargetKind};
use douyin_core::timefmt::{
    timestamp_2_str, utc_plus_8, DateBound, DateInterval, TimeUnit, TimestampInput,
};
use douyin_core::ErrorKind;
use douyin_store::{
    CreatorReport, ExportFormat, FileState, HistoryStore, PostKind, SearchPage, SearchQuery, Stats,
    StoreError, VerifyProblem, VerifyReport, LIBRARY_DB, LIBRARY_DIR,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Where the history is, and how to print it.
#[derive(Debug, Args)]
pub struct LibraryArgs {
    /// The download folder (library root) whose history to read.
    #[arg(short = 'p', long, value_name = "DIR", default_value = "Download")]
    pub path: PathBuf,
    /// A history database file instead of <path>/.douyin/library.sqlite3.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Which posts.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only posts by this creator: a uid, a sec_user_id or a profile link.
    #[arg(long, value_name = "ID|LINK")]
    pub creator: Option<String>,
    /// Only posts of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only posts published in `YYYY-MM-DD|YYYY-MM-DD` (UTC+8, both days included).
    #[arg(short = 'i', long, value_name = "FROM|TO")]
    pub interval: Option<String>,
    /// Only posts listed by a download of this mode (post, like, mix, ...).
    #[arg(long, value_name = "MODE")]
    pub mode: Option<String>,
    /// Only posts having a file in this state.
    #[arg(long, value_enum)]
    pub state: Option<StateArg>,
}

/// A post kind on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Videos.
    Video,
    /// Image posts.
    Images,
    /// Image posts with live photos.
    #[value(name = "live_photo")]
    LivePhoto,
    /// Collected music (music mode).
    Music,
}

/// A file state on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StateArg {
    /// Not started.
    Planned,
    /// Being downloaded.
    Running,
    /// Saved.
    Done,
    /// Failed.
    Failed,
    /// Deliberately skipped.
    Skipped,
    /// Found missing by `verify`.
    Missing,
}

/// An export format on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values (one row per post; file paths one per line in the cell).
    Csv,
    /// A JSON array.
    Json,
}

/// `douyin history ...`
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// What to do.
    #[command(subcommand)]
    pub action: HistoryAction,
}

/// The history subcommands.
#[derive(Debug, Subcommand)]
pub enum HistoryAction {
    /// Find saved posts by words in their description, author, music or hashtags.
    Search {
        /// Words to find (all of them); none lists every post, newest first.
        text: Option<String>,
        /// Filters.
        #[command(flatten)]
        filter: FilterArgs,
        /// Posts per page.
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// Posts to skip (the next page starts at offset + limit).
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// The library.
        #[command(flatten)]
        library: LibraryArgs,
    },
    /// Export posts with their file paths as CSV or JSON (to stdout, or -o FILE).
    Export {
        /// Only posts with these words.
        #[arg(long)]
        text: Option<String>,
        /// Filters.
        #[command(flatten)]
        filter: FilterArgs,
        /// The format.
        #[arg(long, value_enum, default_value = "csv")]
        format: FormatArg,
        /// Write to this file instead of stdout.
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The library.
        #[command(flatten)]
        library: LibraryArgs,
    },
    /// Counts: users, posts, files by state, bytes saved, jobs.
    Stats {
        /// The library.
        #[command(flatten)]
        library: LibraryArgs,
    },
    /// Check every saved file on disk; mark missing or wrong-size ones for re-download.
    Verify {
        /// The library.
        #[command(flatten)]
        library: LibraryArgs,
    },
}

/// `douyin report <creator>`
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The creator: a sec_user_id, a uid, or a https://www.douyin.com/user/<sec_user_id> link.
    pub creator: String,
    /// Also list the files still to save (the gap).
    #[arg(long)]
    pub gap: bool,
    /// Download the gap: failed and missing files (run `history verify` first to find files
    /// gone from disk), listed posts without files, and posts no listing saw.
    #[arg(long)]
    pub retry_gap: bool,
    /// With --retry-gap: one origin serving every Douyin host (e.g. the emulator); default:
    /// the env var DOUYIN_API_BASE, else the real hosts.
    #[arg(long, value_name = "URL", requires = "retry_gap")]
    pub base_url: Option<String>,
    /// With --retry-gap: the cookie (default: DOUYIN_COOKIE, else the stored login).
    #[arg(short = 'k', long, requires = "retry_gap")]
    pub cookie: Option<crate::secret::Secret>,
    /// With --retry-gap: keep this many bytes free on the disk (default 512 MB).
    #[arg(long, value_name = "BYTES", requires = "retry_gap")]
    pub min_free: Option<u64>,
    /// The library.
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Why a history command failed.
#[derive(Debug)]
enum Problem {
    Store(StoreError),
    Usage(String),
    Output(std::io::Error),
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        Problem::Store(e)
    }
}

impl From<std::io::Error> for Problem {
    fn from(e: std::io::Error) -> Self {
        Problem::Output(e)
    }
}

fn finish(result: Result<(), Problem>) -> ExitCode {
    let (kind, message) = match result {
        Ok(()) => return ExitCode::SUCCESS,
        Err(Problem::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS
        }
        Err(Problem::Output(e)) => (ErrorKind::Io, format!("could not write the output: {e}")),
        Err(Problem::Usage(m)) => (ErrorKind::InvalidInput, m),
        Err(Problem::Store(e)) => (e.kind(), e.to_string()),
    };
    exit::report_kind(kind, &message)
}

/// Runs `douyin history ...`.
pub fn run(args: HistoryArgs) -> ExitCode {
    finish(match args.action {
        HistoryAction::Search {
            text,
            filter,
            limit,
            offset,
            library,
        } => search(text, &filter, limit, offset, &library),
        HistoryAction::Export {
            text,
            filter,
            format,
            output,
            library,
        } => export(text, &filter, format, output.as_deref(), &library),
        HistoryAction::Stats { library } => stats(&library),
        HistoryAction::Verify { library } => verify(&library),
    })
}

/// Runs `douyin report <creator>` (`--retry-gap` downloads the gap).
pub fn run_report(args: ReportArgs, session: &crate::session::SessionArgs) -> ExitCode {
    if args.retry_gap {
        let creator = match creator_id(&args.creator) {
            Ok(c) => c,
            Err(e) => return finish(Err(e)),
        };
        if let Err(e) = open(&args.library) {
            return finish(Err(e));
        }
        return super::gap::run(&args, &creator, session);
    }
    finish(report(&args))
}

fn open(library: &LibraryArgs) -> Result<HistoryStore, Problem> {
    let db = library
        .db
        .clone()
        .unwrap_or_else(|| library.path.join(LIBRARY_DIR).join(LIBRARY_DB));
    if !db.is_file() {
        return Err(Problem::Store(StoreError::NotFound {
            what: "history database",
            id: format!(
                "{} (nothing was downloaded into {} yet; pass -p/--path <folder> or --db <file>)",
                db.display(),
                library.path.display()
            ),
        }));
    }
    Ok(match &library.db {
        None => HistoryStore::open_library(&library.path)?,
        Some(db) => HistoryStore::open(db)?,
    })
}

/// A creator argument as stored: a profile link gives its sec_user_id (read offline).
fn creator_id(arg: &str) -> Result<String, Problem> {
    let arg = arg.trim();
    if !arg.contains("://") {
        return Ok(arg.to_owned());
    }
    extract_id(TargetKind::User, arg).map_err(|e| {
        Problem::Usage(format!(
            "{arg} is not a profile link ({e}); pass https://www.douyin.com/user/<sec_user_id>, a sec_user_id or a uid"
        ))
    })
}

fn query(
    text: Option<String>,
    filter: &FilterArgs,
    limit: Option<u32>,
    offset: u64,
) -> Result<SearchQuery, Problem> {
    let (from_ts, to_ts) = match &filter.interval {
        None => (None, None),
        Some(s) => {
            let bad = || {
                Problem::Usage(format!("the interval {s:?} must look like YYYY-MM-DD|YYYY-MM-DD, the first day not after the last"))
            };
            let i = DateInterval::parse(s).map_err(|_| bad())?;
            if !i.is_ordered() {
                return Err(bad());
            }
            let tz = utc_plus_8();
            (
                Some(i.timestamp(DateBound::Start, TimeUnit::Sec, tz)),
                Some(i.timestamp(DateBound::End, TimeUnit::Sec, tz)),
            )
        }
    };
    Ok(SearchQuery {
        text: text.filter(|t| !t.trim().is_empty()),
        creator: filter.creator.as_deref().map(creator_id).transpose()?,
        kind: filter.kind.map(|k| match k {
            KindArg::Video => PostKind::Video,
            KindArg::Images => PostKind::Images,
            KindArg::LivePhoto => PostKind::LivePhoto,
            KindArg::Music => PostKind::Music,
        }),
        from_ts,
        to_ts,
        job_kind: filter.mode.clone(),
        file_state: filter.state.map(|s| match s {
            StateArg::Planned => FileState::Planned,
            StateArg::Running => FileState::Running,
            StateArg::Done => FileState::Done,
            StateArg::Failed => FileState::Failed,
            StateArg::Skipped => FileState::Skipped,
            StateArg::Missing => FileState::Missing,
        }),
        limit,
        offset,
    })
}

fn print_json(value: &impl serde::Serialize) -> Result<(), Problem> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

fn print_lines(lines: &[String]) -> Result<(), Problem> {
    let mut out = std::io::stdout().lock();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(())
}

fn search(
    text: Option<String>,
    filter: &FilterArgs,
    limit: u32,
    offset: u64,
    library: &LibraryArgs,
) -> Result<(), Problem> {
    let q = query(text, filter, Some(limit), offset)?;
    let store = open(library)?;
    let page = store.search(&q)?;
    if library.json {
        return print_json(&page);
    }
    print_lines(&search_table(&page, offset))
}

/// `YYYY-MM-DD HH:MM` in UTC+8, or blanks.
fn when(ts: Option<i64>) -> String {
    ts.and_then(|t| {
        timestamp_2_str(
            TimestampInput::Number(t as f64),
            "%Y-%m-%d %H:%M",
            utc_plus_8(),
            0,
        )
        .ok()
    })
    .unwrap_or_else(|| " ".repeat(16))
}

/// At most `n` characters, with `…` when cut; line breaks shown as spaces.
fn clip(text: &str, n: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= n {
        flat
    } else {
        flat.chars().take(n).collect::<String>() + "…"
    }
}

fn search_table(page: &SearchPage, offset: u64) -> Vec<String> {
    let mut lines = vec![format!(
        "{:<16}  {:<19}  {:<10}  {:<16}  {:>5}  description",
        "published", "aweme_id", "kind", "author", "files"
    )];
    for hit in &page.hits {
        let done = hit.files.iter().filter(|f| f.state.is_settled()).count();
        lines.push(format!(
            "{:<16}  {:<19}  {:<10}  {:<16}  {:>5}  {}",
            when(hit.create_ts),
            hit.aweme_id,
            hit.kind.as_str(),
            clip(hit.author_nickname.as_deref().unwrap_or("-"), 16),
            format!("{done}/{}", hit.files.len()),
            clip(hit.description.as_deref().unwrap_or(""), 60),
        ));
    }
    let shown = page.hits.len() as u64;
    lines.push(if shown == 0 {
        format!("no posts found ({} in all)", page.total)
    } else if offset + shown < page.total {
        format!(
            "posts {}–{} of {} (next page: --offset {})",
            offset + 1,
            offset + shown,
            page.total,
            offset + shown
        )
    } else {
        format!("posts {}–{} of {}", offset + 1, offset + shown, page.total)
    });
    lines
}

fn export(
    text: Option<String>,
    filter: &FilterArgs,
    format: FormatArg,
    output: Option<&Path>,
    library: &LibraryArgs,
) -> Result<(), Problem> {
    let q = query(text, filter, None, 0)?;
    let store = open(library)?;
    let format = match format {
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::Json => ExportFormat::Json,
    };
    match output {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            store.export(&q, format, &mut out)?;
        }
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| {
                Problem::Store(StoreError::Io {
                    path: path.to_path_buf(),
                    source: e,
                })
            })?;
            let mut out = std::io::BufWriter::new(file);
            let n = store.export(&q, format, &mut out)?;
            eprintln!("exported {n} posts to {}", path.display());
        }
    }
    Ok(())
}

fn stats(library: &LibraryArgs) -> Result<(), Problem> {
    let store = open(library)?;
    let s = store.stats()?;
    if library.json {
        return print_json(&s);
    }
    print_lines(&stats_table(&s))
}

fn by_key(map: &std::collections::BTreeMap<String, u64>) -> String {
    if map.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!(" ({})", parts.join(", "))
}

fn stats_table(s: &Stats) -> Vec<String> {
    vec![
        format!("users  {}", s.users),
        format!("posts  {}{}", s.posts, by_key(&s.posts_by_kind)),
        format!("files  {}{}", s.files, by_key(&s.files_by_state)),
        format!(
            "saved  {} bytes ({:.1} MiB)",
            s.bytes_done,
            s.bytes_done as f64 / 1_048_576.0
        ),
        format!("jobs   {}{}", s.jobs, by_key(&s.jobs_by_state)),
    ]
}

fn verify(library: &LibraryArgs) -> Result<(), Problem> {
    let store = open(library)?;
    let report = store.verify(&library.path)?;
    if library.json {
        return print_json(&report);
    }
    print_lines(&verify_table(&report))
}

fn verify_table(r: &VerifyReport) -> Vec<String> {
    let mut lines = vec![format!(
        "checked {} saved files: {} ok, {} missing, {} wrong size",
        r.checked, r.ok, r.missing, r.wrong_size
    )];
    for issue in &r.issues {
        lines.push(match &issue.problem {
            VerifyProblem::Missing => format!("missing     {}", issue.rel_path),
            VerifyProblem::WrongSize { expected, actual } => format!(
                "wrong size  {} ({actual} bytes, {expected} expected)",
                issue.rel_path
            ),
        });
    }
    if !r.issues.is_empty() {
        lines.push(
            "these files are marked missing; running the same download again saves them".into(),
        );
    }
    lines
}

fn report(args: &ReportArgs) -> Result<(), Problem> {
    let creator = creator_id(&args.creator)?;
    let store = open(&args.library)?;
    let report = store.report(&creator)?;
    let gap = if args.gap {
        Some(store.gap_files(&creator)?)
    } else {
        None
    };
    if args.library.json {
        let mut value = serde_json::to_value(&report).map_err(std::io::Error::from)?;
        if let (Some(gap), Some(obj)) = (&gap, value.as_object_mut()) {
            obj.insert(
                "gap".into(),
                serde_json::to_value(gap).map_err(std::io::Error::from)?,
            );
        }
        return print_json(&value);
    }
    let mut lines = report_table(&report);
    for f in gap.iter().flatten() {
        lines.push(format!(
            "  {:<8} {:<6} {:>2}  {}",
            f.state.as_str(),
            f.asset.as_str(),
            f.index,
            f.rel_path
        ));
    }
    print_lines(&lines)
}

fn report_table(r: &CreatorReport) -> Vec<String> {
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let mut lines = vec![
        format!(
            "creator    {} (uid {}, sec_user_id {})",
            or_dash(&r.nickname),
            or_dash(&r.uid),
            or_dash(&r.sec_uid)
        ),
        match r.profile_count {
            Some(n) => format!("profile    {n} posts"),
            None => "profile    not recorded".into(),
        },
        match r.not_listed {
            Some(n) if n > 0 => format!("listed     {} ({n} never listed)", r.listed),
            _ => format!("listed     {}", r.listed),
        },
        format!("saved      {}", r.saved),
    ];
    if !r.not_saved.is_empty() {
        lines.push(format!(
            "not saved  {}: {}",
            r.not_saved.len(),
            r.not_saved.join(" ")
        ));
    }
    lines.push(format!("gap files  {}", r.gap_files));
    lines.push(format!("all known  {} posts in the history", r.known_posts));
    if let Some(id) = &r.last_aweme_id {
        lines.push(format!("last id    {id}"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_cuts_by_characters_and_flattens_lines() {
        assert_eq!(clip("第一行\n第二行", 20), "第一行 第二行");
        assert_eq!(clip("一二三四五", 3), "一二三…");
    }

    #[test]
    fn profile_links_give_their_sec_user_id() {
        let id =
            creator_id("https://www.douyin.com/user/MS4wLjABAAAAabc?from_tab_name=main").unwrap();
        assert_eq!(id, "MS4wLjABAAAAabc");
        assert_eq!(creator_id(" 12345 ").unwrap(), "12345");
        assert!(matches!(
            creator_id("https://www.douyin.com/video/7000"),
            Err(Problem::Usage(_))
        ));
    }
}
