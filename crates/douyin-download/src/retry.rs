//! Queueing again what the history says is missing: the gap of one creator (files recorded
//! failed or missing, listed posts with no file, posts the profile counts that no listing saw)
//! and one file of one job. Files go back to the job that planned them, which runs again for
//! its pending files only; a file no known job owns, or a post with no file, gets a one-post
//! job; unseen posts get a fresh listing of the creator.

use crate::engine::Engine;
use crate::error::{DownloadError, Result};
use crate::events::FileSnapshot;
use crate::live_state::JobLive;
use crate::spec::{JobKind, JobOptions, JobSpec, Target};
use douyin_store::{AssetKind, FileId, FileRow, FileState, JobFilter, JobId, POST_MODE};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What [`Engine::retry_gap`] queued.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GapRetry {
    /// Files put back in the queue (failed or missing before).
    pub files: usize,
    /// Files of the gap that were queued already (planned or running) and were left alone.
    pub already_queued: usize,
    /// Listed posts with no file at all, queued as one-post jobs.
    pub posts: Vec<String>,
    /// Posts the profile counts that no listing saw (found by `relisting`).
    pub not_listed: u64,
    /// Every job that runs for the gap, in id order (including `relisting`).
    pub jobs: Vec<JobId>,
    /// The fresh listing of the creator queued for the posts never listed.
    pub relisting: Option<JobId>,
}

impl GapRetry {
    /// Whether nothing was queued (the creator's archive is complete as far as known).
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }
}

fn retryable(state: FileState) -> bool {
    matches!(state, FileState::Failed | FileState::Missing)
}

impl Engine {
    /// Queues exactly the gap of `creator` (a uid or sec_uid) that
    /// [`HistoryStore::report`](douyin_store::HistoryStore::report) shows: its failed and
    /// missing files go back to the jobs that planned them, listed posts without files get
    /// one-post jobs, and when the profile counts posts no listing saw, the creator is listed
    /// again (without the count, date and stop limits of the earlier job; saved posts are not
    /// downloaded again).
    ///
    /// # Errors
    /// `NotFound` when the history knows no such creator; store failures.
    pub fn retry_gap(&self, creator: &str) -> Result<GapRetry> {
        let store = self.store();
        let report = store.report(creator)?;
        let gap = store.gap_files(creator)?;
        let options = self.creator_options(report.sec_uid.as_deref());
        let mut out = GapRetry::default();
        let mut restart: BTreeSet<JobId> = BTreeSet::new();
        let mut per_job: BTreeMap<JobId, Vec<FileId>> = BTreeMap::new();
        // Posts whose files no job the engine knows owns: they get a one-post job.
        let mut orphans: BTreeSet<String> = BTreeSet::new();
        let mut reset = Vec::new();
        for f in &gap {
            let owner = store
                .jobs_of_file(f.id)?
                .into_iter()
                .find(|j| self.knows(*j));
            if retryable(f.state) {
                reset.push(f.id);
                out.files += 1;
            } else {
                out.already_queued += 1;
            }
            match owner {
                Some(j) => {
                    restart.insert(j);
                    per_job.entry(j).or_default().push(f.id);
                }
                None => {
                    orphans.insert(f.aweme_id.clone());
                }
            }
        }
        store.reset_files(&reset)?;
        for (job, files) in &per_job {
            self.restart_for(*job, Some(files))?;
        }
        let with_files: BTreeSet<&str> = gap.iter().map(|f| f.aweme_id.as_str()).collect();
        for id in &report.not_saved {
            if !with_files.contains(id.as_str()) && store.files_of_post(id)?.is_empty() {
                orphans.insert(id.clone());
                out.posts.push(id.clone());
            }
        }
        for id in &orphans {
            restart.insert(self.enqueue(JobSpec {
                kind: JobKind::One,
                target: Target::Post(id.clone()),
                options: options.clone(),
            })?);
        }
        out.not_listed = report.not_listed.unwrap_or(0);
        if out.not_listed > 0 {
            if let Some(sec) = report.sec_uid.clone().filter(|s| !s.is_empty()) {
                let job = self.enqueue(JobSpec {
                    kind: JobKind::Post,
                    target: Target::User(sec),
                    options: JobOptions {
                        interval: None,
                        max_counts: None,
                        stop_at_known: None,
                        ..options
                    },
                })?;
                restart.insert(job);
                out.relisting = Some(job);
            }
        }
        out.jobs = restart.into_iter().collect();
        tracing::info!(
            files = out.files,
            posts = out.posts.len(),
            not_listed = out.not_listed,
            jobs = out.jobs.len(),
            "the gap of a creator is queued"
        );
        Ok(out)
    }

    /// The options of the creator's newest post-mode job (so the gap is saved with the same
    /// files and names), or the defaults.
    fn creator_options(&self, sec_uid: Option<&str>) -> JobOptions {
        let Some(sec) = sec_uid else {
            return JobOptions::default();
        };
        let filter = JobFilter {
            kind: Some(POST_MODE.to_owned()),
            ..JobFilter::default()
        };
        self.store()
            .jobs(&filter)
            .unwrap_or_default()
            .into_iter()
            .rev()
            .filter_map(|row| serde_json::from_str::<JobSpec>(&row.spec_json).ok())
            .find(|spec| matches!(&spec.target, Target::User(s) if s == sec))
            .map(|spec| spec.options)
            .unwrap_or_default()
    }

    /// Queues again one failed or missing file of job `job` (post or music id, asset kind,
    /// index) and runs the job for it.
    ///
    /// # Errors
    /// [`DownloadError::InvalidInput`] when the job did not plan that file, or the file is not
    /// failed or missing (done files are not downloaded twice; queued ones are on their way);
    /// store failures.
    pub fn retry_file(
        &self,
        job: JobId,
        aweme_id: &str,
        asset: AssetKind,
        index: u32,
    ) -> Result<FileSnapshot> {
        if !self.knows(job) {
            return Err(DownloadError::InvalidInput(format!(
                "there is no job {job}"
            )));
        }
        let store = self.store();
        let what = || format!("{aweme_id} {} {index}", asset.as_str());
        let row: FileRow = store
            .file_by_key(aweme_id, asset, index)?
            .filter(|f| {
                store
                    .jobs_of_file(f.id)
                    .is_ok_and(|jobs| jobs.contains(&job))
            })
            .ok_or_else(|| {
                DownloadError::InvalidInput(format!("job {job} has no file {}", what()))
            })?;
        if !retryable(row.state) {
            return Err(DownloadError::InvalidInput(format!(
                "the file {} is {}, not failed or missing; nothing to retry",
                what(),
                row.state.as_str()
            )));
        }
        store.reset_files(&[row.id])?;
        self.restart_for(job, Some(&[row.id]))?;
        let row = store.file(row.id)?;
        Ok(JobLive::file_snapshot(&row, 0, row.expected_total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failed_and_missing_files_are_put_back() {
        assert!(retryable(FileState::Failed));
        assert!(retryable(FileState::Missing));
        for s in [
            FileState::Done,
            FileState::Skipped,
            FileState::Planned,
            FileState::Running,
        ] {
            assert!(!retryable(s), "{s:?}");
        }
    }
}
