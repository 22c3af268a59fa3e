//! The page commit: all of a page or nothing, dedupe per asset across jobs, job counters,
//! and the file transitions the engine reports.

mod common;

use common::{planned, post, store, user};
use douyin_core::ErrorKind;
use douyin_store::{AssetKind, FileState, JobFilter, JobState, PageCommit};

fn page(ids: &[&str], first_position: u32, cursor: &str) -> PageCommit {
    PageCommit {
        posts: ids
            .iter()
            .map(|id| post(id, "u1", 1_700_000_000, &format!("post {id}")))
            .collect(),
        users: vec![user("u1", "MS4wLjABAAAAu1", "阿花")],
        listed: ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.to_string(), first_position + i as u32))
            .collect(),
        files: ids
            .iter()
            .flat_map(|id| {
                [
                    planned(
                        id,
                        AssetKind::Video,
                        0,
                        &format!("douyin/post/阿花/{id}_video.mp4"),
                    ),
                    planned(
                        id,
                        AssetKind::Cover,
                        0,
                        &format!("douyin/post/阿花/{id}_cover.jpeg"),
                    ),
                ]
            })
            .collect(),
        cursor_json: Some(cursor.into()),
        listed_total: u64::from(first_position) + ids.len() as u64,
        exhausted: false,
    }
}

#[test]
fn a_page_is_recorded_whole_with_its_cursor() {
    let store = store();
    let job = store
        .create_job("post", r#"{"sec_uid":"MS4wLjABAAAAu1"}"#)
        .unwrap();
    let files = store
        .commit_page(job, &page(&["1", "2"], 0, r#"{"max_cursor":10}"#))
        .unwrap();
    assert_eq!(files.len(), 4);
    assert!(files.iter().all(|f| f.state == FileState::Planned));
    assert_eq!(files[0].rel_path, "douyin/post/阿花/1_video.mp4");
    assert_eq!(files[1].asset, AssetKind::Cover);
    let row = store.job(job).unwrap().unwrap();
    assert_eq!(row.cursor_json.as_deref(), Some(r#"{"max_cursor":10}"#));
    assert_eq!((row.listed, row.pages, row.exhausted), (2, 1, false));
    assert_eq!(
        store.job_listing(job).unwrap(),
        vec![("1".to_string(), 0), ("2".to_string(), 1)]
    );
    assert_eq!(
        store.user("u1").unwrap().unwrap().info.nickname.as_deref(),
        Some("阿花")
    );
    assert_eq!(store.pending_files(job).unwrap().len(), 4);
}

#[test]
fn a_page_failing_midway_leaves_nothing_of_it() {
    let store = store();
    let job = store.create_job("post", "{}").unwrap();
    store
        .commit_page(job, &page(&["1"], 0, r#"{"max_cursor":10}"#))
        .unwrap();
    // The second page's last file escapes the root: posts, users, listing and the first
    // files were already written inside the transaction when it is refused.
    let mut bad = page(&["2", "3"], 1, r#"{"max_cursor":20}"#);
    bad.users.push(user("u9", "MS4wLjABAAAAu9", "新人"));
    bad.files
        .push(planned("3", AssetKind::Music, 0, "../../etc/music.mp3"));
    let err = store.commit_page(job, &bad).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(store.post("2").unwrap().is_none());
    assert!(store.post("3").unwrap().is_none());
    assert!(store.user("u9").unwrap().is_none());
    assert!(store.files_of_post("2").unwrap().is_empty());
    let row = store.job(job).unwrap().unwrap();
    assert_eq!(row.cursor_json.as_deref(), Some(r#"{"max_cursor":10}"#));
    assert_eq!((row.listed, row.pages), (1, 1));
    assert_eq!(store.job_listing(job).unwrap().len(), 1);
    assert_eq!(store.files_of_job(job).unwrap().len(), 2);
    assert!(store.integrity_check().unwrap());
}

#[test]
fn a_page_for_an_unknown_job_is_not_found() {
    let store = store();
    let err = store.commit_page(42, &page(&["1"], 0, "{}")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(store.post("1").unwrap().is_none());
}

#[test]
fn files_are_deduped_per_asset_across_jobs_and_captions() {
    let store = store();
    let first = store.create_job("post", "{}").unwrap();
    let files = store.commit_page(first, &page(&["1"], 0, "{}")).unwrap();
    store
        .file_started(files[0].id, Some(100), Some("\"e1\""))
        .unwrap();
    store
        .file_done(files[0].id, "douyin/post/阿花/1_video.mp4", 100)
        .unwrap();

    // Another job lists the same post with an edited caption (so another file name): the
    // video is the same row, already done; nothing is planned twice.
    let second = store.create_job("like", "{}").unwrap();
    let mut again = page(&["1"], 0, "{}");
    again.posts[0].description = Some("edited caption".into());
    again.files = vec![
        planned(
            "1",
            AssetKind::Video,
            0,
            "douyin/like/阿花/edited caption_video.mp4",
        ),
        planned(
            "1",
            AssetKind::Cover,
            0,
            "douyin/like/阿花/edited caption_cover.jpeg",
        ),
    ];
    let linked = store.commit_page(second, &again).unwrap();
    assert_eq!(linked[0].id, files[0].id);
    assert_eq!(linked[0].state, FileState::Done);
    assert_eq!(linked[0].rel_path, "douyin/post/阿花/1_video.mp4");
    assert_eq!(linked[1].id, files[1].id);
    assert_eq!(store.files_of_post("1").unwrap().len(), 2);
    assert_eq!(store.stats().unwrap().files, 2);

    let c = store.job_counters(second).unwrap();
    assert_eq!((c.files_total, c.done, c.reused, c.planned), (2, 1, 1, 1));
    assert_eq!(c.bytes_done, 100);
    let c = store.job_counters(first).unwrap();
    assert_eq!((c.done, c.reused), (1, 0));

    // The same page committed again (a retry after a crash) adds nothing.
    store.commit_page(second, &again).unwrap();
    assert_eq!(store.files_of_job(second).unwrap().len(), 2);
    assert_eq!(store.job_listing(second).unwrap().len(), 1);
}

#[test]
fn file_transitions_feed_pending_files_and_counters() {
    let store = store();
    let job = store.create_job("post", "{}").unwrap();
    let f = store
        .commit_page(job, &page(&["1", "2", "3"], 0, "{}"))
        .unwrap();
    let started = store
        .file_started(f[0].id, Some(2048), Some("\"abc\""))
        .unwrap();
    assert_eq!(started.state, FileState::Running);
    assert_eq!((started.attempts, started.expected_total), (1, Some(2048)));
    assert_eq!(started.etag.as_deref(), Some("\"abc\""));
    store
        .file_done(f[0].id, "douyin/post/阿花/1_video.mp4", 2048)
        .unwrap();
    store
        .file_failed(f[1].id, ErrorKind::Timeout, "timed out after 5 tries")
        .unwrap();
    let gone = store
        .file_failed(f[2].id, ErrorKind::Unavailable, "post 2 was deleted")
        .unwrap();
    assert!(!gone.retryable);
    assert_eq!(gone.error.as_ref().unwrap().kind, ErrorKind::Unavailable);
    store.file_skipped(f[3].id).unwrap();
    store.file_started(f[4].id, None, None).unwrap();

    let pending: Vec<i64> = store
        .pending_files(job)
        .unwrap()
        .iter()
        .map(|f| f.id)
        .collect();
    // Retryable failure, the running transfer, and the untouched file; not the done,
    // skipped or permanently failed ones.
    assert_eq!(pending, vec![f[1].id, f[4].id, f[5].id]);

    let c = store.job_counters(job).unwrap();
    assert_eq!(
        (
            c.files_total,
            c.done,
            c.failed,
            c.skipped,
            c.running,
            c.planned
        ),
        (6, 1, 2, 1, 1, 1)
    );
    assert_eq!(store.reset_files(&[f[1].id, f[2].id]).unwrap(), 2);
    let reset = store.file(f[2].id).unwrap();
    assert_eq!(reset.state, FileState::Planned);
    assert!(reset.retryable);
    assert_eq!(
        reset.error.unwrap().message,
        "post 2 was deleted",
        "the reason stays shown"
    );
    let err = store.file_done(f[5].id, "/tmp/x.mp4", 1).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(store.file(f[5].id).unwrap().state, FileState::Planned);
    assert_eq!(store.file(999).unwrap_err().kind(), ErrorKind::NotFound);
    let key = store
        .file_by_key("1", AssetKind::Video, 0)
        .unwrap()
        .unwrap();
    assert_eq!((key.id, key.size), (f[0].id, Some(2048)));
}

#[test]
fn jobs_have_states_errors_filters_and_deletion() {
    let store = store();
    let a = store.create_job("post", "{}").unwrap();
    let b = store.create_job("mix", r#"{"mix_id":"7"}"#).unwrap();
    let c = store.create_job("post", "{}").unwrap();
    assert_eq!(store.job(a).unwrap().unwrap().state, JobState::Queued);
    store
        .set_job_state(
            b,
            JobState::Failed,
            Some((ErrorKind::LoginRequired, "log in again")),
        )
        .unwrap();
    let failed = store.job(b).unwrap().unwrap();
    assert_eq!(failed.error.unwrap().kind, ErrorKind::LoginRequired);
    store.set_job_state(b, JobState::Queued, None).unwrap();
    assert!(store.job(b).unwrap().unwrap().error.is_none());
    store.set_job_state(c, JobState::Done, None).unwrap();

    let queued = store
        .jobs(&JobFilter {
            states: vec![JobState::Queued, JobState::Running],
            ..JobFilter::default()
        })
        .unwrap();
    assert_eq!(queued.iter().map(|j| j.id).collect::<Vec<_>>(), vec![a, b]);
    let posts = store
        .jobs(&JobFilter {
            kind: Some("post".into()),
            limit: Some(1),
            ..JobFilter::default()
        })
        .unwrap();
    assert_eq!(posts.iter().map(|j| j.id).collect::<Vec<_>>(), vec![c]);

    store.commit_page(a, &page(&["1"], 0, "{}")).unwrap();
    assert!(store.delete_job(a).unwrap());
    assert!(store.job(a).unwrap().is_none());
    assert_eq!(
        store.job_counters(a).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store.files_of_post("1").unwrap().len(),
        2,
        "history outlives the job"
    );
    assert!(!store.delete_job(a).unwrap());
    assert_eq!(
        store
            .set_job_state(a, JobState::Done, None)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        store.create_job(" ", "{}").unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        store.create_job("post", "{oops").unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
}
