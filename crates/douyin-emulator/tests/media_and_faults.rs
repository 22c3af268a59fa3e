//! Media rules (Referer, expiry, Range, ETag, deterministic bytes) and the admin fault
//! switches and counters.

mod common;

use common::start;
use serde_json::{json, Value};

async fn first_video_urls(env: &common::Env) -> Vec<String> {
    let id = env.world["posts"]["video"][0]
        .as_str()
        .expect("id")
        .to_string();
    let d = env
        .api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={id}"))
        .await;
    d["aweme_detail"]["video"]["bit_rate"][0]["play_addr"]["url_list"]
        .as_array()
        .expect("urls")
        .iter()
        .map(|u| u.as_str().expect("u").to_string())
        .collect()
}

#[tokio::test]
async fn media_needs_referer_supports_range_and_expires() {
    let env = start().await;
    let urls = first_video_urls(&env).await;
    assert_eq!(urls.len(), 3);
    let full = env.get_raw(&urls[0], None).await;
    assert_eq!(full.status(), 200);
    let len: u64 = full.headers()["content-length"]
        .to_str()
        .expect("cl")
        .parse()
        .expect("n");
    let etag = full.headers()["etag"].to_str().expect("etag").to_string();
    let bytes = full.bytes().await.expect("bytes");
    assert_eq!(bytes.len() as u64, len);
    assert!(len >= 1024);
    // Every mirror (CDN copy and /aweme/v1/play/) serves the same bytes; the play URL does
    // so through a 302 to a signed CDN URL, as www.douyin.com does.
    for u in &urls[1..] {
        let mut r = env.get_raw(u, None).await;
        if u.contains("/aweme/v1/play/") {
            assert_eq!(r.status(), 302, "{u}");
            let loc = r.headers()["location"].to_str().expect("loc").to_string();
            assert!(loc.contains("/media/video/"), "{loc}");
            r = env.get_raw(&loc, None).await;
        }
        assert_eq!(r.status(), 200, "{u}");
        assert_eq!(r.headers()["etag"].to_str().expect("etag"), etag);
        assert_eq!(r.bytes().await.expect("b"), bytes);
    }
    // Range.
    let r = env
        .http
        .get(&urls[0])
        .header("Referer", "https://www.douyin.com/")
        .header("Range", "bytes=100-199")
        .send()
        .await
        .expect("range");
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.headers()["content-range"].to_str().expect("cr"),
        format!("bytes 100-199/{len}")
    );
    assert_eq!(r.bytes().await.expect("b"), bytes.slice(100..200));
    let r = env
        .http
        .get(&urls[0])
        .header("Referer", "https://www.douyin.com/")
        .header("Range", format!("bytes={}-", len - 10))
        .send()
        .await
        .expect("range");
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.bytes().await.expect("b"),
        bytes.slice((len - 10) as usize..)
    );
    // No Referer, or a foreign one → 403.
    assert_eq!(
        env.http.get(&urls[0]).send().await.expect("get").status(),
        403
    );
    assert_eq!(
        env.http
            .get(&urls[0])
            .header("Referer", "https://example.com/")
            .send()
            .await
            .expect("get")
            .status(),
        403
    );
    // Tampered URL → 403.
    assert_eq!(
        env.get_raw(&urls[0].replace("x-expires=", "x-expires=9"), None)
            .await
            .status(),
        403
    );
    // Expiry: after the TTL the same URL is refused; a re-resolved URL works.
    env.clock.advance(3_601_000);
    assert_eq!(env.get_raw(&urls[0], None).await.status(), 403);
    let fresh = first_video_urls(&env).await;
    let r = env.get_raw(&fresh[0], None).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.bytes().await.expect("b"),
        bytes,
        "bytes are deterministic per content"
    );
    let c = env.counters().await;
    assert_eq!(c["media_refusals"], 4);
}

#[tokio::test]
async fn images_and_music_download() {
    let env = start().await;
    let id = env.world["posts"]["images"][0]
        .as_str()
        .expect("id")
        .to_string();
    let d = env
        .api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={id}"))
        .await;
    let img = d["aweme_detail"]["images"][0]["url_list"][0]
        .as_str()
        .expect("img")
        .to_string();
    let r = env.get_raw(&img, None).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/webp");
    let music = d["aweme_detail"]["music"]["play_url"]["url_list"][0]
        .as_str()
        .expect("music")
        .to_string();
    let r = env.get_raw(&music, None).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "audio/mpeg");
}

#[tokio::test]
async fn fault_switches_and_counters() {
    let env = start().await;
    let sec = env.user_sec(0);
    let extra = format!("sec_user_id={sec}");
    let path = "/aweme/v1/web/user/profile/other/";
    env.faults(json!({"error_5xx_next": 2})).await;
    assert_eq!(env.api(path, &extra, None).await.0, 503);
    assert_eq!(env.api(path, &extra, None).await.0, 503);
    assert_eq!(env.api(path, &extra, None).await.0, 200);
    env.faults(json!({"error_429_next": 1})).await;
    assert_eq!(env.api(path, &extra, None).await.0, 429);
    env.faults(json!({"captcha_next": 1})).await;
    let (status, body) = env.api(path, &extra, None).await;
    assert_eq!(status, 200);
    assert!(body.contains("验证码中间页") && serde_json::from_str::<Value>(&body).is_err());
    // Risk control: more than 2 API requests in the same second → empty 200.
    env.faults(json!({"risk_control_rps": 2})).await;
    let mut bodies = Vec::new();
    for _ in 0..4 {
        bodies.push(env.api(path, &extra, None).await.1);
    }
    assert!(!bodies[0].is_empty() && !bodies[1].is_empty());
    assert!(bodies[2].is_empty() && bodies[3].is_empty());
    env.clock.advance(1_500);
    assert!(
        !env.api(path, &extra, None).await.1.is_empty(),
        "a new second is allowed again"
    );
    env.faults(json!({"reset": true})).await;

    // Expired media switch.
    let id = env.world["posts"]["video"][0]
        .as_str()
        .expect("id")
        .to_string();
    let d = env
        .api_json("/aweme/v1/web/aweme/detail/", &format!("aweme_id={id}"))
        .await;
    let url = d["aweme_detail"]["video"]["bit_rate"][0]["play_addr"]["url_list"][0]
        .as_str()
        .expect("u")
        .to_string();
    env.faults(json!({"expired_media": true})).await;
    assert_eq!(env.get_raw(&url, None).await.status(), 403);
    env.faults(json!({"expired_media": false, "drop_mid_body_next": 1}))
        .await;
    // Dropped mid-body: the client sees a body error, not the full file.
    let r = env.get_raw(&url, None).await;
    assert_eq!(r.status(), 200);
    assert!(r.bytes().await.is_err(), "connection dropped mid-body");
    let r = env.get_raw(&url, None).await;
    let full = r.bytes().await.expect("next request is whole");
    // Bandwidth cap: the body takes at least len / bandwidth seconds.
    env.faults(json!({"bandwidth": 128 * 1024})).await;
    let t = std::time::Instant::now();
    let again = env.get_raw(&url, None).await.bytes().await.expect("bytes");
    assert_eq!(again, full);
    let min_ms = full.len() as u64 * 1000 / (128 * 1024);
    assert!(
        t.elapsed() >= std::time::Duration::from_millis(min_ms * 8 / 10),
        "{:?} < {min_ms} ms",
        t.elapsed()
    );
    env.faults(json!({"reset": true})).await;

    let c = env.counters().await;
    assert!(c["faults_injected"].as_u64().expect("n") >= 7);
    assert!(c["bytes_served"].as_u64().expect("n") >= 2 * full.len() as u64);
    assert_eq!(c["requests"][path], 10);
    let f: Value = env
        .http
        .get(format!("{}/__admin/faults", env.base()))
        .send()
        .await
        .expect("f")
        .json()
        .await
        .expect("json");
    assert_eq!(f["bandwidth"], 0);
}
