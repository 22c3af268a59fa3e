//! The listing options against the emulator, proven from its request log: `stop_at_known`
//! stops paging after N saved posts in a row, `max_counts` and `page_counts` bound what is
//! listed and asked for, a date `interval` keeps only its days and is sent to the server as
//! cursors in post mode, the creator's `last_aweme_id` is recorded and reported; and WebP
//! pictures converted to JPEG or PNG decode with the source's dimensions (and, lossless, its
//! pixels).

mod support;

use chrono::{Duration as Days, NaiveDate, TimeZone};
use douyin_download::{ImageFormat, JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::{EmulatorConfig, EmulatorHandle};
use douyin_store::{on_disk, AssetKind, FileState, JobState};
use support::*;

const LIST: &str = "/aweme/v1/web/aweme/post/";

fn posts_of(sec_uid: &str, options: JobOptions) -> JobSpec {
    JobSpec {
        kind: JobKind::Post,
        target: Target::User(sec_uid.to_owned()),
        options,
    }
}

fn desc_only(page_counts: u32) -> JobOptions {
    JobOptions {
        desc: true,
        music: false,
        cover: false,
        page_counts,
        ..JobOptions::default()
    }
}

/// The query parameter `name` of a logged `path?query` line.
fn param(line: &str, name: &str) -> Option<String> {
    let (_, query) = line.split_once('?')?;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

/// The post-list requests the emulator got, in order.
fn list_requests(emu: &EmulatorHandle) -> Vec<String> {
    emu.api_requests()
        .into_iter()
        .filter(|l| l.split('?').next() == Some(LIST))
        .collect()
}

fn world(users: usize, posts: usize) -> EmulatorConfig {
    EmulatorConfig {
        users,
        posts_per_user: posts,
        ..EmulatorConfig::default()
    }
}

fn listed(engine: &douyin_download::Engine, job: i64) -> Vec<String> {
    engine
        .store()
        .job_listing(job)
        .expect("listing")
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

#[tokio::test]
async fn stop_at_known_stops_paging_after_n_saved_posts_in_a_row() {
    let emu = emulator_with(world(1, 12)).await;
    let w = emu.world();
    let sec = w.users[0].sec_uid.clone();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let full = run(&engine, posts_of(&sec, desc_only(2))).await;
    assert_eq!(full.state, JobState::Done);
    assert_eq!(full.listed, 12);
    let full_pages = list_requests(&emu).len();
    assert!(full_pages >= 6, "12 posts in pages of 2: {full_pages}");

    let again = run(
        &engine,
        posts_of(
            &sec,
            JobOptions {
                stop_at_known: Some(3),
                ..desc_only(2)
            },
        ),
    )
    .await;
    assert_eq!(again.state, JobState::Done, "{again:#?}");
    assert_eq!(
        again.listed, 3,
        "the third saved post in a row stops the listing"
    );
    let pages = list_requests(&emu).len() - full_pages;
    assert_eq!(
        pages, 2,
        "posts 1-2 on page 1, post 3 on page 2; no page after"
    );
    let want: Vec<String> = w.users[0].posts[..3]
        .iter()
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(listed(&engine, again.id), want);
    assert_eq!(again.files_failed, 0);
    assert_eq!(
        again.files_done, again.files_total,
        "the files of the three posts were found saved"
    );
    engine.shutdown().await;
}

#[tokio::test]
async fn max_counts_and_page_counts_bound_the_listing_and_the_requests() {
    let emu = emulator_with(world(1, 12)).await;
    let w = emu.world();
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let snap = run(
        &engine,
        posts_of(
            &w.users[0].sec_uid,
            JobOptions {
                max_counts: Some(7),
                ..desc_only(5)
            },
        ),
    )
    .await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    assert_eq!(snap.listed, 7);
    let want: Vec<String> = w.users[0].posts[..7]
        .iter()
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert_eq!(listed(&engine, snap.id), want, "the newest seven");
    let requests = list_requests(&emu);
    assert_eq!(requests.len(), 2, "5 + 2 posts: two pages, {requests:?}");
    let counts: Vec<Option<String>> = requests.iter().map(|r| param(r, "count")).collect();
    assert_eq!(
        counts,
        vec![Some("5".to_owned()), Some("2".to_owned())],
        "pages of page_counts, the last one only as large as max_counts still needs"
    );
    let descs = engine
        .store()
        .files_of_job(snap.id)
        .expect("files")
        .iter()
        .filter(|f| f.asset == AssetKind::Desc && f.state == FileState::Done)
        .count();
    assert_eq!(descs, 7, "one description per listed post");
    engine.shutdown().await;
}

/// The UTC+8 calendar day of unix time `t`.
fn day(t: u64) -> NaiveDate {
    let tz = chrono::FixedOffset::east_opt(8 * 3600).expect("tz");
    tz.timestamp_opt(i64::try_from(t).expect("time"), 0)
        .single()
        .expect("time")
        .date_naive()
}

/// Unix ms of 00:00 UTC+8 on `d`.
fn midnight_ms(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        .timestamp_millis()
        - 8 * 3_600_000
}

#[tokio::test]
async fn an_interval_keeps_its_days_and_is_sent_as_server_cursors() {
    // User 1 has no pinned post (the emulator pins one of user 0's).
    let emu = emulator_with(world(2, 14)).await;
    let w = emu.world();
    let user = &w.users[1];
    let times: Vec<u64> = user.posts.iter().map(|&p| w.posts[p].create_time).collect();
    // From the day of the 9th newest post to the day of the 4th.
    let (from, to) = (day(times[8]), day(times[3]));
    assert!(from <= to);
    let want: Vec<String> = user
        .posts
        .iter()
        .filter(|&&p| (from..=to).contains(&day(w.posts[p].create_time)))
        .map(|&p| w.posts[p].aweme_id.clone())
        .collect();
    assert!(want.len() >= 6 && want.len() < 14, "{want:?}");
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let snap = run(
        &engine,
        posts_of(
            &user.sec_uid,
            JobOptions {
                interval: Some(format!(
                    "{}|{}",
                    from.format("%Y-%m-%d"),
                    to.format("%Y-%m-%d")
                )),
                ..desc_only(3)
            },
        ),
    )
    .await;
    assert_eq!(snap.state, JobState::Done, "{snap:#?}");
    assert_eq!(
        listed(&engine, snap.id),
        want,
        "exactly the posts of those days"
    );

    let requests = list_requests(&emu);
    let first: i64 = param(&requests[0], "max_cursor")
        .expect("max_cursor")
        .parse()
        .expect("a number");
    let end_of_range = midnight_ms(to + Days::days(1));
    assert!(
        first > midnight_ms(to) && first <= end_of_range,
        "the first page starts at the interval's end: {first} vs {}..{end_of_range}",
        midnight_ms(to)
    );
    // Newer posts than the range were never asked for: the page count is what the range
    // (plus at most the page that crosses its start) needs, not the whole list's.
    let newer = times.iter().filter(|&&t| day(t) > to).count();
    assert!(newer >= 1, "some posts are newer than the range");
    let needed = want.len().div_ceil(3) + 1;
    assert!(
        requests.len() <= needed,
        "{} list requests for {} posts in range: {requests:?}",
        requests.len(),
        want.len()
    );
    for r in &requests {
        assert_ne!(param(r, "max_cursor").as_deref(), Some("0"), "{r}");
    }
    engine.shutdown().await;
}

#[tokio::test]
async fn the_creators_last_aweme_id_is_recorded_and_reported() {
    let emu = emulator_with(world(2, 5)).await;
    let w = emu.world();
    let user = &w.users[1];
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let snap = run(&engine, posts_of(&user.sec_uid, desc_only(2))).await;
    assert_eq!(snap.state, JobState::Done);
    let newest = &w.posts[user.posts[0]].aweme_id;
    let store = engine.store();
    let row = store
        .user_by_sec_uid(&user.sec_uid)
        .expect("db")
        .expect("the creator is recorded");
    assert_eq!(row.info.last_aweme_id.as_ref(), Some(newest));
    assert_eq!(
        store
            .report(&user.sec_uid)
            .expect("report")
            .last_aweme_id
            .as_ref(),
        Some(newest)
    );
    engine.shutdown().await;
}

#[tokio::test]
async fn webp_pictures_converted_to_jpeg_and_png_decode_with_the_source_dimensions() {
    let emu = emulator_with(world(1, 3)).await;
    let w = emu.world();
    let post = w.users[0]
        .posts
        .iter()
        .map(|&p| &w.posts[p])
        .find(|p| p.kind == douyin_emulator::world::PostKind::Images)
        .expect("an image post");
    let api = douyin_core::api::Douyin::new(client(&emu, false));
    let raw = api.post_detail(&post.aweme_id).await.expect("detail").raw;
    let sources: Vec<String> = raw["images"]
        .as_array()
        .expect("images")
        .iter()
        .map(|i| i["url_list"][0].as_str().expect("url").to_owned())
        .collect();
    assert!(sources.len() >= 2);
    for (format, suffix, want) in [
        (ImageFormat::Jpeg, "jpeg", image::ImageFormat::Jpeg),
        (ImageFormat::Png, "png", image::ImageFormat::Png),
    ] {
        let dir = tempfile::tempdir().expect("tmp");
        let engine = engine(&emu, dir.path(), false).await;
        let snap = run(
            &engine,
            JobSpec {
                kind: JobKind::One,
                target: Target::Post(post.aweme_id.clone()),
                options: JobOptions {
                    image_format: format,
                    ..JobOptions::default()
                },
            },
        )
        .await;
        assert_eq!(snap.state, JobState::Done, "{snap:#?}");
        assert_eq!(snap.files_failed, 0);
        for (i, url) in sources.iter().enumerate() {
            let source = fetch(url).await;
            assert_eq!(
                image::guess_format(&source).expect("a picture"),
                image::ImageFormat::WebP
            );
            let original = image::load_from_memory(&source).expect("webp decodes");
            let f = engine
                .store()
                .file_by_key(&post.aweme_id, AssetKind::Image, i as u32 + 1)
                .expect("db")
                .expect("image file");
            assert_eq!(f.state, FileState::Done);
            assert!(
                f.rel_path.ends_with(&format!("_image_{}.{suffix}", i + 1)),
                "{}",
                f.rel_path
            );
            let bytes = std::fs::read(on_disk(dir.path(), &f.rel_path)).expect("on disk");
            assert_eq!(f.size, Some(bytes.len() as u64));
            assert_eq!(image::guess_format(&bytes).expect("a picture"), want);
            let converted = image::load_from_memory_with_format(&bytes, want).expect("decodes");
            assert_eq!(
                (converted.width(), converted.height()),
                (original.width(), original.height())
            );
            if want == image::ImageFormat::Png {
                assert!(
                    converted.to_rgba8() == original.to_rgba8(),
                    "PNG keeps every pixel of the lossless WebP"
                );
            }
        }
        engine.shutdown().await;
    }
}
