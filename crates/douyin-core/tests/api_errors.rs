//! Failures of the data methods against the emulator, each surfacing as a classified error:
//! login-only methods without the cookie, deleted and private posts, risk control (empty
//! answers), the captcha page, and 5xx bursts (retried when short, reported when not).

mod api_support;

use api_support::{douyin, emulator, emulator_with, first_error, pages};
use douyin_core::api::ListOptions;
use douyin_core::models::Unavailable;
use douyin_core::{Error, ErrorKind};
use douyin_emulator::server::faults::Faults;
use douyin_emulator::{EmulatorConfig, EmulatorHandle};
use futures::StreamExt;
use serde_json::json;

fn small() -> ListOptions {
    ListOptions::default().with_page_counts(1)
}

async fn set_faults(emu: &EmulatorHandle, patch: serde_json::Value) {
    let url = format!("{}/__admin/faults", emu.base_url());
    let resp = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .body(patch.to_string())
        .send()
        .await
        .expect("admin reachable");
    assert!(resp.status().is_success(), "faults accepted");
}

#[tokio::test]
async fn login_only_methods_need_the_cookie() {
    let emu = emulator().await;
    let w = emu.world();
    let guest = douyin(&emu, false);
    let folder = w.folders[0].id.clone();

    let errors = [
        first_error(guest.collection(small())).await,
        first_error(guest.collects(small())).await,
        first_error(guest.collects_videos(&folder, small())).await,
        first_error(guest.music_collection(small())).await,
        first_error(guest.friend_feed(small())).await,
        guest.query_user().await.expect_err("query user"),
        guest.following_lives().await.expect_err("following lives"),
    ];
    for e in &errors {
        assert_eq!(e.kind(), ErrorKind::LoginRequired, "{e}");
    }
    // The emulator answers 2483 "请先登录" (the code the peers document); the client's own
    // tests cover 8 as well.
    for e in &errors {
        assert!(matches!(e, Error::LoginRequired { code: 2483, .. }), "{e}");
    }
    // The message says what to do and never carries the cookie.
    let text = errors[0].to_string();
    assert!(text.to_lowercase().contains("log in"), "{text}");

    let user = douyin(&emu, true);
    assert!(!pages(user.collection(small())).await.is_empty());
    assert!(!pages(user.collects(small())).await.is_empty());
    assert!(user.query_user().await.is_ok());
    assert!(user.following_lives().await.is_ok());
    for e in &errors {
        assert!(!e.to_string().contains(&w.account.sessionid));
    }
}

#[tokio::test]
async fn deleted_and_private_posts_are_unavailable() {
    let emu = emulator().await;
    let w = emu.world();
    let api = douyin(&emu, false);

    let e = api
        .post_detail(&w.deleted_aweme_id)
        .await
        .expect_err("deleted");
    assert_eq!(e.kind(), ErrorKind::Unavailable);
    assert!(matches!(
        &e,
        Error::Unavailable {
            detail: Unavailable::Deleted { .. },
            ..
        }
    ));
    assert!(e.to_string().contains(&w.deleted_aweme_id));

    let e = api
        .post_detail(&w.private_aweme_id)
        .await
        .expect_err("private");
    assert!(matches!(
        &e,
        Error::Unavailable {
            detail: Unavailable::Private { .. },
            ..
        }
    ));
}

#[tokio::test]
async fn unknown_user_profile_is_not_found() {
    let emu = emulator().await;
    let e = douyin(&emu, false)
        .user_profile("MS4wLjABAAAAnobody")
        .await
        .expect_err("no such user");
    // The emulator answers status 0 without a user (as Douyin does for a blocked or
    // unknown account); F2 raises on the missing nickname, we classify it.
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e}");
    assert!(e.to_string().contains("MS4wLjABAAAAnobody"));
}

#[tokio::test]
async fn risk_control_surfaces_as_empty_response() {
    let emu = emulator_with(EmulatorConfig {
        faults: Faults {
            risk_control_rps: 1,
            ..Faults::default()
        },
        ..EmulatorConfig::default()
    })
    .await;
    let w = emu.world();
    let user = &w.users[0];
    // One page per request, faster than 1 request/s: Douyin's risk control answers empty 200s.
    let e = first_error(douyin(&emu, false).user_posts(&user.sec_uid, None, small())).await;
    assert_eq!(e.kind(), ErrorKind::EmptyResponse, "{e}");
    assert!(e.is_retryable());
}

#[tokio::test]
async fn captcha_page_is_classified() {
    let emu = emulator().await;
    let api = douyin(&emu, false);
    let sec = emu.world().users[0].sec_uid.clone();
    api.user_profile(&sec).await.expect("session warm");
    set_faults(&emu, json!({"captcha_next": 5})).await;
    let e = api.user_profile(&sec).await.expect_err("captcha");
    assert_eq!(e.kind(), ErrorKind::Captcha, "{e}");
}

#[tokio::test]
async fn a_short_5xx_burst_is_retried_and_a_long_one_reported() {
    let emu = emulator().await;
    let api = douyin(&emu, false);
    let w = emu.world();
    let user = &w.users[0];
    api.user_profile(&user.sec_uid).await.expect("session warm");

    // One 503: the client's retry absorbs it; the list is complete.
    set_faults(&emu, json!({"error_5xx_next": 1})).await;
    let got = pages(api.user_posts(&user.sec_uid, None, ListOptions::default())).await;
    assert_eq!(
        got.iter().map(|p| p.items.len()).sum::<usize>(),
        user.posts.len()
    );

    // More 503s than attempts: the stream ends with a classified HTTP error.
    set_faults(&emu, json!({"error_5xx_next": 50})).await;
    let e = first_error(api.user_posts(&user.sec_uid, None, ListOptions::default())).await;
    assert_eq!(e.kind(), ErrorKind::HttpStatus, "{e}");
    assert!(e.to_string().contains("503"), "{e}");
}

#[tokio::test]
async fn an_error_mid_list_ends_the_stream_after_the_good_pages() {
    let emu = emulator().await;
    let api = douyin(&emu, false);
    let user = emu.world().users[0].clone();
    let stream = api.user_posts(
        &user.sec_uid,
        None,
        ListOptions::default().with_page_counts(4),
    );
    let mut stream = std::pin::pin!(stream);
    let first = stream.next().await.expect("a page").expect("page 1");
    assert_eq!(first.items.len(), 4);
    set_faults(&emu, json!({"error_5xx_next": 50})).await;
    let second = stream.next().await.expect("an item");
    assert_eq!(
        second.expect_err("page 2 fails").kind(),
        ErrorKind::HttpStatus
    );
    assert!(
        stream.next().await.is_none(),
        "the stream ends after an error"
    );
}
