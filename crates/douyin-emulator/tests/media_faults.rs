//! The media faults a downloader must survive — ignored ranges, block pages in place of media,
//! bodies shorter than their Content-Length, content that changes under an If-Range resume —
//! and the range rules (If-Range, 416) and URL expiry they are measured against.

mod common;

use common::{start, start_with, Env};
use serde_json::json;

async fn video_url(env: &Env) -> String {
    env.first_detail("video").await["video"]["bit_rate"][0]["play_addr"]["url_list"][0]
        .as_str()
        .expect("url")
        .to_string()
}

fn header(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get(name)
        .unwrap_or_else(|| panic!("{name} header"))
        .to_str()
        .expect("ascii")
        .to_string()
}

#[tokio::test]
async fn if_range_gets_206_only_for_the_current_etag_and_416_past_the_end() {
    let env = start().await;
    let url = video_url(&env).await;
    let full = env.media(&url, &[]).await;
    let etag = header(&full, "etag");
    let len: u64 = header(&full, "content-length").parse().expect("len");
    let whole = full.bytes().await.expect("body");

    let r = env
        .media(&url, &[("Range", "bytes=10-"), ("If-Range", &etag)])
        .await;
    assert_eq!(r.status(), 206);
    assert_eq!(
        header(&r, "content-range"),
        format!("bytes 10-{}/{len}", len - 1)
    );
    assert_eq!(r.bytes().await.expect("b"), whole.slice(10..));

    for stale in [
        "\"0000000000000000-1\"",
        &format!("W/{etag}"),
        "Sat, 01 Jun 2025 00:00:00 GMT",
    ] {
        let r = env
            .media(&url, &[("Range", "bytes=10-"), ("If-Range", stale)])
            .await;
        assert_eq!(r.status(), 200, "If-Range {stale} does not match");
        assert_eq!(header(&r, "content-length"), len.to_string());
        assert_eq!(
            r.bytes().await.expect("b"),
            whole,
            "the whole body from byte 0"
        );
    }

    for past in [
        format!("bytes={len}-"),
        format!("bytes={}-{}", len + 5, len + 9),
    ] {
        let r = env.media(&url, &[("Range", &past)]).await;
        assert_eq!(r.status(), 416, "{past}");
        assert_eq!(header(&r, "content-range"), format!("bytes */{len}"));
    }
    // A Range that is not one byte range is ignored, as RFC 9110 allows.
    let r = env.media(&url, &[("Range", "bytes=0-1,5-6")]).await;
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn ignore_range_answers_the_whole_body_with_200() {
    let env = start().await;
    let url = video_url(&env).await;
    let whole = env.media(&url, &[]).await.bytes().await.expect("body");
    env.faults(json!({"ignore_range": true})).await;
    let r = env.media(&url, &[("Range", "bytes=100-")]).await;
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("content-range").is_none());
    assert_eq!(r.bytes().await.expect("b"), whole);
    env.faults(json!({"ignore_range": false})).await;
    assert_eq!(
        env.media(&url, &[("Range", "bytes=100-")]).await.status(),
        206
    );
}

#[tokio::test]
async fn html_and_json_answers_replace_the_next_media() {
    let env = start().await;
    let url = video_url(&env).await;
    env.faults(json!({"html_instead_of_media_next": 2, "json_instead_of_media_next": 1}))
        .await;
    for _ in 0..2 {
        let r = env.media(&url, &[]).await;
        assert_eq!(r.status(), 200);
        assert!(header(&r, "content-type").starts_with("text/html"));
        assert!(r.text().await.expect("html").contains("<html"));
    }
    let r = env.media(&url, &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "content-type"), "application/json");
    let v: serde_json::Value = r.json().await.expect("json");
    assert!(v["status_code"].as_u64().expect("code") > 0);
    let r = env.media(&url, &[]).await;
    assert_eq!(
        header(&r, "content-type"),
        "video/mp4",
        "the switch is used up"
    );
    // API answers do not consume it.
    env.faults(json!({"html_instead_of_media_next": 1})).await;
    let id = env.world["posts"]["video"][0]
        .as_str()
        .expect("id")
        .to_string();
    assert!(env.detail(&id).await["aweme_id"].is_string());
    assert!(header(&env.media(&url, &[]).await, "content-type").starts_with("text/html"));
}

#[tokio::test]
async fn wrong_length_sends_less_than_content_length_then_closes() {
    let env = start().await;
    let url = video_url(&env).await;
    let whole = env.media(&url, &[]).await.bytes().await.expect("body");
    env.faults(json!({"wrong_length_next": 1})).await;
    let mut r = env.media(&url, &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "content-length"), whole.len().to_string());
    let mut got = Vec::new();
    let err = loop {
        match r.chunk().await {
            Ok(Some(c)) => got.extend_from_slice(&c),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    assert!(err.is_some(), "the body ends before Content-Length");
    // All but the last 1/16: unlike drop_mid_body_next, which cuts any answer at half.
    assert_eq!(got.len(), whole.len() - whole.len() / 16);
    assert_eq!(&got[..], &whole[..got.len()]);
    assert_eq!(
        env.media(&url, &[])
            .await
            .bytes()
            .await
            .expect("next is whole"),
        whole
    );

    env.faults(json!({"drop_mid_body_next": 1})).await;
    let mut r = env.media(&url, &[]).await;
    let mut got = 0;
    while let Ok(Some(c)) = r.chunk().await {
        got += c.len();
    }
    assert_eq!(got, whole.len() / 2);
}

#[tokio::test]
async fn etag_change_makes_every_answer_a_new_version() {
    let env = start().await;
    let url = video_url(&env).await;
    env.faults(json!({"etag_change": true})).await;
    let first = env.media(&url, &[]).await;
    let etag1 = header(&first, "etag");
    let body1 = first.bytes().await.expect("b");
    // A resume with the first answer's validator restarts from byte 0 (200, whole body).
    let r = env
        .media(&url, &[("Range", "bytes=100-"), ("If-Range", &etag1)])
        .await;
    assert_eq!(r.status(), 200);
    let etag2 = header(&r, "etag");
    let body2 = r.bytes().await.expect("b");
    assert_ne!(etag1, etag2);
    assert_eq!(body1.len(), body2.len());
    assert_ne!(body1, body2, "the content changed too");
    assert_eq!(&body2[..8], &body1[..8], "both still start like an MP4");
    env.faults(json!({"etag_change": false})).await;
    let a = header(&env.media(&url, &[]).await, "etag");
    let b = header(&env.media(&url, &[]).await, "etag");
    assert_eq!(a, b, "stable again");
}

#[tokio::test]
async fn a_short_ttl_expires_urls_and_a_fresh_detail_signs_new_ones() {
    let env = start_with(|c| c.media_ttl_s = 5).await;
    let url = video_url(&env).await;
    assert_eq!(env.media(&url, &[]).await.status(), 200);
    env.clock.advance(4_000);
    assert_eq!(
        env.media(&url, &[]).await.status(),
        200,
        "still inside the TTL"
    );
    env.clock.advance(2_000);
    assert_eq!(
        env.media(&url, &[]).await.status(),
        403,
        "signed 6 s ago, TTL 5 s"
    );
    let fresh = video_url(&env).await;
    assert_ne!(fresh, url, "a new x-expires");
    let expires = |u: &str| -> u64 {
        u.split("x-expires=")
            .nth(1)
            .and_then(|s| s.split('&').next())
            .expect("x-expires")
            .parse()
            .expect("number")
    };
    assert_eq!(expires(&fresh), expires(&url) + 6);
    assert_eq!(env.media(&fresh, &[]).await.status(), 200);
}
