//! Expanding a job into file tasks, page by page: each page's posts, users, listing positions,
//! planned files and next cursor are committed to the store in one transaction, then its
//! files are handed to the downloader through a bounded channel — so the next page is fetched
//! while this page's files download (F2 waits for them), but never more than a page or two
//! ahead. A restarted job continues from the saved cursor.

use crate::error::{DownloadError, Result};
use crate::file_task::FileTask;
use crate::folders::{user_folder, Owner};
use crate::lister::{choose_folders, folder_id, folder_posts, list, Item, JobCursor, PageStream};
use crate::live_state::JobLive;
use crate::naming::{file_name, rel, stem_or};
use crate::plan::{plan_music, plan_post, PostPlan};
use crate::records::{author_row, music_row, post_row, profile_row};
use crate::shared::Shared;
use crate::spec::{JobKind, Target};
use douyin_core::api::{ListOptions, Position};
use douyin_core::models::{Aweme, CollectsFolder};
use douyin_core::naming::replace_t;
use douyin_core::timefmt::{utc_plus_8, DateInterval};
use douyin_store::{on_disk, FileState, PageCommit, PlannedFile, UserRow};
use futures::StreamExt;
use std::collections::HashSet;
use tokio::sync::mpsc;

/// Where the items of a listing are filed.
struct Base {
    /// The folder, relative to the root.
    folder: String,
    /// The position of the next item in the whole listing.
    listed: u64,
    /// What the cursor says.
    cursor: JobCursor,
}

/// Expands job `live` until its listing is exhausted, a stop rule applies, or an error.
pub async fn expand(shared: &Shared, live: &JobLive, tx: mpsc::Sender<FileTask>) -> Result<()> {
    let job = shared
        .store
        .job(live.id)?
        .ok_or_else(|| DownloadError::InvalidInput(format!("job {} is gone", live.id)))?;
    if job.exhausted {
        return Ok(());
    }
    let cursor: JobCursor = job
        .cursor_json
        .as_deref()
        .and_then(|c| serde_json::from_str(c).ok())
        .unwrap_or_default();
    let mut ex = Expander {
        shared,
        live,
        tx,
        seen_paths: HashSet::new(),
        seen_items: HashSet::new(),
        interval: live
            .spec
            .options
            .interval
            .as_deref()
            .map(DateInterval::parse)
            .transpose()
            .map_err(|_| {
                DownloadError::InvalidInput("the interval is not YYYY-MM-DD|YYYY-MM-DD".into())
            })?,
    };
    let spec = &live.spec;
    let options = ListOptions::default().with_page_counts(spec.options.page_counts.max(1));
    let remaining = spec
        .options
        .max_counts
        .map(|m| m.saturating_sub(job.listed));
    if remaining == Some(0) {
        return ex.finish(job.listed, cursor);
    }
    let options = options
        .with_max_counts(remaining)
        .resuming_at(cursor.position.clone());
    let mode = spec.kind.as_str();
    match (spec.kind, &spec.target) {
        (JobKind::One, Target::Post(id)) => {
            let post = shared.api.post_detail(id).await?;
            let folder = ex.author_folder(mode, &post.typed)?;
            live.set_title(post.typed.desc.as_deref().unwrap_or(id));
            let base = Base {
                folder,
                listed: job.listed,
                cursor,
            };
            ex.record(&base, vec![Item::Post(Box::new(post))], None, true)
                .await?;
            Ok(())
        }
        (JobKind::Related, Target::Post(id)) => {
            let post = shared.api.post_detail(id).await?;
            let author = ex.author_folder(mode, &post.typed)?;
            live.set_title(&format!(
                "related: {}",
                post.typed.desc.as_deref().unwrap_or(id)
            ));
            let stream = list(&shared.api, spec, options).ok_or_else(|| unsupported(spec))?;
            let base = Base {
                folder: rel(&[&author, id]),
                listed: job.listed,
                cursor,
            };
            ex.pages(base, stream).await
        }
        (JobKind::Mix, target @ (Target::Mix(_) | Target::Post(_))) => {
            // A mix can be given by one of its posts: its detail names the mix.
            let (mix_id, first) = match target {
                Target::Post(id) => {
                    let post = shared.api.post_detail(id).await?;
                    let mix = post
                        .typed
                        .mix_info
                        .as_ref()
                        .and_then(|m| m.mix_id.as_ref())
                        .map(|m| m.as_str().to_owned())
                        .ok_or_else(|| {
                            DownloadError::InvalidInput(format!("post {id} is not part of a mix"))
                        })?;
                    (mix, Some(post))
                }
                other => (other.id().to_owned(), None),
            };
            let mix_spec = crate::spec::JobSpec {
                kind: JobKind::Mix,
                target: Target::Mix(mix_id),
                options: spec.options.clone(),
            };
            let mut stream =
                list(&shared.api, &mix_spec, options).ok_or_else(|| unsupported(spec))?;
            // The mix's author names the folder: from the given post, else the first page.
            let (folder, pending) = match first {
                Some(post) => (ex.author_folder(mode, &post.typed)?, None),
                None => match stream.next().await {
                    Some(page) => {
                        let page = page?;
                        let folder = match page.items.first() {
                            Some(Item::Post(p)) => ex.author_folder(mode, &p.typed)?,
                            _ => rel(&["douyin", mode, "mix"]),
                        };
                        (folder, Some(page))
                    }
                    None => return ex.finish(job.listed, cursor),
                },
            };
            let mut base = Base {
                folder,
                listed: job.listed,
                cursor,
            };
            if let Some(page) = pending {
                if let Some(Item::Post(p)) = page.items.first() {
                    if let Some(name) = p
                        .typed
                        .mix_info
                        .as_ref()
                        .and_then(|m| m.mix_name.as_deref())
                    {
                        live.set_title(name);
                    }
                }
                let last = page.next.is_none();
                let stopped = ex.record(&base, page.items, page.next, false).await?;
                base = ex.reload_base(base.folder)?;
                if stopped || last {
                    return ex.finish(base.listed, base.cursor);
                }
            }
            ex.pages(base, stream).await
        }
        (JobKind::Collects, Target::User(sec)) => {
            let owner = ex.profile_owner(sec).await?;
            let folder = user_folder(&shared.store, &shared.root, mode, &owner)?;
            let mut all = Vec::new();
            let mut folders = shared
                .api
                .collects(ListOptions::default().with_page_counts(20))
                .boxed();
            while let Some(page) = folders.next().await {
                all.extend(page?.items.into_iter().map(|p| p.typed));
            }
            let chosen: Vec<CollectsFolder> = choose_folders(all, spec.options.collects.as_deref());
            if chosen.is_empty() && spec.options.collects.is_some() {
                return Err(DownloadError::InvalidInput(
                    "none of the chosen collect folders exists; check their names or ids".into(),
                ));
            }
            let mut cursor = cursor;
            let mut listed = job.listed;
            while cursor.folder < chosen.len() {
                let f = &chosen[cursor.folder];
                let id = folder_id(f).unwrap_or_default();
                let name = f
                    .collects_name
                    .as_deref()
                    .map(replace_t)
                    .unwrap_or_default();
                let sub = if spec.options.folderize {
                    rel(&[&folder, &stem_or(&name, &id)?])
                } else {
                    folder.clone()
                };
                let options = ListOptions::default()
                    .with_page_counts(spec.options.page_counts.max(1))
                    .with_max_counts(spec.options.max_counts.map(|m| m.saturating_sub(listed)))
                    .resuming_at(cursor.position.clone());
                let base = Base {
                    folder: sub,
                    listed,
                    cursor: cursor.clone(),
                };
                let (end, stopped) = ex
                    .drain(base, folder_posts(&shared.api, &id, options))
                    .await?;
                listed = end.listed;
                if stopped {
                    return ex.finish(listed, end.cursor);
                }
                cursor = JobCursor {
                    position: None,
                    folder: cursor.folder + 1,
                    known_streak: end.cursor.known_streak,
                };
            }
            ex.finish(listed, cursor)
        }
        (
            JobKind::Post
            | JobKind::Like
            | JobKind::Collection
            | JobKind::Music
            | JobKind::Friend
            | JobKind::Feed,
            Target::User(sec),
        ) => {
            let owner = ex.profile_owner(sec).await?;
            let folder = user_folder(&shared.store, &shared.root, mode, &owner)?;
            let stream = list(&shared.api, spec, options).ok_or_else(|| unsupported(spec))?;
            ex.pages(
                Base {
                    folder,
                    listed: job.listed,
                    cursor,
                },
                stream,
            )
            .await
        }
        _ => Err(unsupported(spec)),
    }
}

fn unsupported(spec: &crate::spec::JobSpec) -> DownloadError {
    DownloadError::InvalidInput(format!(
        "a {} job needs {}",
        spec.kind.as_str(),
        spec.kind.wants()
    ))
}

struct Expander<'a> {
    shared: &'a Shared,
    live: &'a JobLive,
    tx: mpsc::Sender<FileTask>,
    seen_paths: HashSet<String>,
    seen_items: HashSet<String>,
    interval: Option<DateInterval>,
}

impl Expander<'_> {
    /// The owner of a user target, from its profile (recorded, and the job's title).
    async fn profile_owner(&mut self, sec: &str) -> Result<Owner> {
        let profile = self.shared.api.user_profile(sec).await?;
        let user = profile
            .typed
            .user
            .as_ref()
            .ok_or_else(|| DownloadError::InvalidInput(format!("user {sec} has no profile")))?;
        let raw = profile
            .raw
            .get("user")
            .cloned()
            .unwrap_or(profile.raw.clone());
        let row = profile_row(user, &raw)
            .ok_or_else(|| DownloadError::InvalidInput(format!("user {sec} has no uid")))?;
        self.shared.store.upsert_user(&row)?;
        self.live.set_title(user.nickname.as_deref().unwrap_or(sec));
        Ok(Owner::from_row(&row))
    }

    /// The folder of a post's author in `mode` (the author is recorded first).
    fn author_folder(&mut self, mode: &str, post: &Aweme) -> Result<String> {
        let row = post
            .author
            .as_ref()
            .and_then(author_row)
            .unwrap_or_else(|| UserRow {
                uid: "unknown".into(),
                ..UserRow::default()
            });
        self.shared.store.upsert_user(&row)?;
        user_folder(
            &self.shared.store,
            &self.shared.root,
            mode,
            &Owner::from_row(&row),
        )
    }

    /// Re-reads the listing state after a page (its position and count).
    fn reload_base(&self, folder: String) -> Result<Base> {
        let job = self
            .shared
            .store
            .job(self.live.id)?
            .ok_or_else(|| DownloadError::InvalidInput("the job is gone".into()))?;
        let cursor = job
            .cursor_json
            .as_deref()
            .and_then(|c| serde_json::from_str(c).ok())
            .unwrap_or_default();
        Ok(Base {
            folder,
            listed: job.listed,
            cursor,
        })
    }

    /// Pages until the stream ends or a stop rule applies, then marks the listing done.
    async fn pages(&mut self, base: Base, stream: PageStream) -> Result<()> {
        let (end, _) = self.drain(base, stream).await?;
        self.finish(end.listed, end.cursor)
    }

    /// Records every page of `stream`; returns where it ended and whether a stop rule (not
    /// the end of the list) ended it.
    async fn drain(&mut self, mut base: Base, mut stream: PageStream) -> Result<(Base, bool)> {
        while let Some(page) = stream.next().await {
            let page = page?;
            let next = page.next.clone();
            if self.record(&base, page.items, next, false).await? {
                let b = self.reload_base(base.folder)?;
                return Ok((b, true));
            }
            base = self.reload_base(base.folder)?;
        }
        Ok((base, false))
    }

    /// Marks the listing exhausted.
    fn finish(&mut self, listed: u64, cursor: JobCursor) -> Result<()> {
        self.shared.store.commit_page(
            self.live.id,
            &PageCommit {
                cursor_json: serde_json::to_string(&cursor).ok(),
                listed_total: listed,
                exhausted: true,
                ..PageCommit::default()
            },
        )?;
        self.refresh_counters()?;
        Ok(())
    }

    fn refresh_counters(&self) -> Result<()> {
        let job = self.shared.store.job(self.live.id)?;
        let counters = self.shared.store.job_counters(self.live.id)?;
        if let Some(job) = job {
            self.live.set_counters(counters, job.listed, job.exhausted);
            self.shared.hub.emit(crate::events::Event::JobExpanded {
                job: self.live.id,
                listed: job.listed,
                files_total: counters.files_total,
                exhausted: job.exhausted,
            });
        }
        Ok(())
    }

    fn in_interval(&self, post: &Aweme) -> bool {
        let Some(interval) = self.interval else {
            return true;
        };
        let Some(t) = post.create_time else {
            // F2 drops posts without a usable time from an interval download.
            return false;
        };
        chrono::DateTime::from_timestamp(t, 0)
            .map(|d| d.with_timezone(&utc_plus_8()).naive_local())
            .is_some_and(|local| interval.contains(local))
    }

    /// Whether every planned file of an item is already saved and present.
    fn known(&self, aweme_id: &str) -> Result<bool> {
        let files = self.shared.store.files_of_post(aweme_id)?;
        Ok(!files.is_empty()
            && files.iter().all(|f| match f.state {
                FileState::Skipped => true,
                FileState::Done => on_disk(&self.shared.root, &f.rel_path).is_file(),
                _ => false,
            }))
    }

    /// Records one page and queues its files. Returns `true` when a stop rule
    /// (`stop_at_known`) ends the listing here.
    async fn record(
        &mut self,
        base: &Base,
        items: Vec<Item>,
        next: Option<Position>,
        last: bool,
    ) -> Result<bool> {
        let spec = &self.live.spec;
        let mut commit = PageCommit::default();
        let mut planned: Vec<crate::plan::PlannedAsset> = Vec::new();
        let mut listed = base.listed;
        let mut streak = base.cursor.known_streak;
        let mut stop = false;
        let mut first_post_id = None;
        for item in items {
            let Some(id) = item.id() else { continue };
            // An item met twice (a post in two collect folders) is listed and saved once.
            if !self.seen_items.insert(id.clone()) {
                continue;
            }
            if let Item::Post(p) = &item {
                if !self.in_interval(&p.typed) {
                    continue;
                }
            }
            if let Some(limit) = spec.options.stop_at_known {
                if self.known(&id)? {
                    streak += 1;
                    if streak >= limit {
                        stop = true;
                    }
                } else {
                    streak = 0;
                }
            }
            let position = u32::try_from(listed).unwrap_or(u32::MAX);
            listed += 1;
            commit.listed.push((id.clone(), position));
            let plan = match &item {
                Item::Post(p) => {
                    first_post_id.get_or_insert_with(|| id.clone());
                    commit.posts.push(post_row(&p.typed, &p.raw));
                    if let Some(author) = p.typed.author.as_ref().and_then(author_row) {
                        commit.users.push(author);
                    }
                    let index = (spec.kind == JobKind::Mix).then_some(position + 1);
                    plan_post(&p.typed, &p.raw, &spec.options, index)?
                }
                Item::Music(m) => {
                    commit.posts.push(music_row(&m.typed, &m.raw));
                    plan_music(&m.typed, &spec.options)?
                }
            };
            for note in &plan.notes {
                tracing::info!(aweme_id = %id, "{note}");
            }
            self.place(base, &id, plan, &mut commit, &mut planned);
            if stop {
                break;
            }
        }
        commit.cursor_json = serde_json::to_string(&JobCursor {
            position: next,
            folder: base.cursor.folder,
            known_streak: streak,
        })
        .ok();
        commit.listed_total = listed;
        commit.exhausted = last;
        let rows = self.shared.store.commit_page(self.live.id, &commit)?;
        if spec.kind == JobKind::Post {
            if let (Some(id), Some(uid)) = (
                first_post_id,
                commit.posts.first().and_then(|p| p.author_uid.clone()),
            ) {
                if base.listed == 0 {
                    // F2's last_aweme_id: the newest post of the creator this run saw.
                    self.shared.store.set_last_aweme_id(&uid, &id)?;
                }
            }
        }
        // The page's rows (every post's raw JSON) are in the store now; they must not stay
        // in memory while the sends below wait for the downloads to catch up.
        drop(commit);
        self.refresh_counters()?;
        for (row, asset) in rows.into_iter().zip(planned) {
            let settled =
                row.state == FileState::Done && on_disk(&self.shared.root, &row.rel_path).is_file();
            if settled || row.state == FileState::Skipped {
                self.shared.hub.emit(crate::events::Event::FileDone {
                    job: self.live.id,
                    file: JobLive::file_snapshot(&row, row.size.unwrap_or(0), row.size),
                    skipped: true,
                });
                continue;
            }
            let task = FileTask {
                row,
                source: Some(asset.source),
            };
            if self.tx.send(task).await.is_err() {
                // The downloader stopped (pause or cancel); the files stay planned.
                return Err(DownloadError::Cancelled);
            }
        }
        Ok(stop)
    }

    /// Puts a post's files in its folder, renaming a file whose path another item of this
    /// run already took (same time and text).
    fn place(
        &mut self,
        base: &Base,
        id: &str,
        plan: PostPlan,
        commit: &mut PageCommit,
        planned: &mut Vec<crate::plan::PlannedAsset>,
    ) {
        let folderize = self.live.spec.options.folderize;
        let mut stem = plan.stem.clone();
        let path_of = |stem: &str, a: &crate::plan::PlannedAsset| {
            let dir = if folderize {
                rel(&[&base.folder, stem])
            } else {
                base.folder.clone()
            };
            rel(&[&dir, &file_name(stem, &a.suffix)])
        };
        if plan
            .assets
            .iter()
            .any(|a| self.seen_paths.contains(&path_of(&stem, a)))
        {
            stem = format!("{stem}_{id}");
        }
        for a in plan.assets {
            let path = path_of(&stem, &a);
            self.seen_paths.insert(path.clone());
            commit.files.push(PlannedFile {
                aweme_id: id.to_owned(),
                asset: a.asset,
                index: a.index,
                rel_path: path,
            });
            planned.push(a);
        }
    }
}
