//! What `douyin download` shows while it works: a progress bar per job on a terminal (bytes,
//! speed, ETA, files done of planned), or with `--json` one JSON event per line.

use douyin_download::{Event, JobSnapshot};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::Write;

/// How events are shown.
pub enum Display {
    /// One JSON object per event on stdout.
    Json,
    /// Progress bars on stderr.
    Bars {
        /// The bars.
        multi: MultiProgress,
        /// One per job.
        bars: BTreeMap<i64, ProgressBar>,
    },
}

fn style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{prefix:.bold} {bar:30.cyan/blue} {bytes:>10} {binary_bytes_per_sec:>12} ETA {eta:>4} {msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("█▉▊▋▌▍▎▏ ")
}

impl Display {
    /// JSON lines, or bars when stderr is a terminal (plain lines otherwise).
    pub fn new(json: bool) -> Self {
        if json {
            return Display::Json;
        }
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        Display::Bars {
            multi,
            bars: BTreeMap::new(),
        }
    }

    fn bar(&mut self, job: &JobSnapshot) -> Option<&ProgressBar> {
        let Display::Bars { multi, bars } = self else {
            return None;
        };
        Some(bars.entry(job.id).or_insert_with(|| {
            let bar = multi.add(ProgressBar::new(0));
            bar.set_style(style());
            let title: String = job.title.chars().take(24).collect();
            bar.set_prefix(format!("[{}] {title}", job.kind.as_str()));
            bar
        }))
    }

    /// Shows one event.
    pub fn show(&mut self, event: &Event, jobs: &dyn Fn(i64) -> Option<JobSnapshot>) {
        if let Display::Json = self {
            if let Ok(line) = serde_json::to_string(event) {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
            }
            return;
        }
        match event {
            Event::Progress { jobs: rates, .. } => {
                for r in rates {
                    if let Some(snap) = jobs(r.job) {
                        if let Some(bar) = self.bar(&snap) {
                            bar.set_length(r.bytes_total.unwrap_or(r.bytes_done).max(r.bytes_done));
                            bar.set_position(r.bytes_done);
                            bar.set_message(format!(
                                "{}/{} files",
                                snap.files_done + snap.files_skipped,
                                snap.files_total
                            ));
                        }
                    }
                }
            }
            Event::FileFailed { file, error, .. } => {
                let line = format!("failed {} ({}): {}", file.path, error.kind, error.message);
                if let Display::Bars { multi, .. } = self {
                    let _ = multi.println(line);
                }
            }
            Event::JobDone { job } => {
                if let Some(bar) = self.bar(job) {
                    bar.finish_with_message(format!(
                        "{} — {} saved, {} already there, {} failed",
                        job.state.as_str(),
                        job.files_done.saturating_sub(job.files_skipped),
                        job.files_skipped,
                        job.files_failed
                    ));
                }
            }
            Event::JobState {
                error: Some(error), ..
            } => {
                if let Display::Bars { multi, .. } = self {
                    let _ = multi.println(format!("paused: {}", error.message));
                }
            }
            _ => {}
        }
    }
}
