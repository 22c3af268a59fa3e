//! Every short link answers 302 with a `Location` shaped like the real share targets of
//! http.md §8 (user → `/share/user/<sec_uid>?…&sec_uid=<sec_uid>…`, video → `/share/video/<id>/?…`,
//! note → `/share/note/<id>/?…`, mix → `/collection/<mix_id>`, app live →
//! `/douyin/webcast/reflow/<room_id>?…`), from which F2's ID rules extract the right ID.

mod common;

use common::start;
use serde_json::Value;

/// The text after `marker` up to the first `/`, `?` or `&` (F2's `([^/?]*)` style groups).
fn after<'a>(s: &'a str, marker: &str, stop: &[char]) -> Option<&'a str> {
    let rest = &s[s.find(marker)? + marker.len()..];
    Some(rest.split(|c| stop.contains(&c)).next().unwrap_or(rest))
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn every_short_link_kind_lands_like_douyin() {
    let env = start().await;
    let w = &env.world;
    let secs: Vec<String> = (0..4).map(|i| env.user_sec(i)).collect();
    let videos = strs(&w["posts"]["video"]);
    let notes: Vec<String> = strs(&w["posts"]["images"])
        .into_iter()
        .chain(strs(&w["posts"]["live_photo"]))
        .collect();
    let mixes: Vec<String> = w["mixes"]
        .as_array()
        .expect("mixes")
        .iter()
        .map(|m| m["mix_id"].as_str().expect("id").to_string())
        .collect();
    let rooms: Vec<String> = w["lives"]
        .as_array()
        .expect("lives")
        .iter()
        .map(|l| l["room_id"].as_str().expect("id").to_string())
        .collect();
    let mut kinds = [0usize; 5];
    for link in w["short_links"].as_array().expect("links") {
        let code = link["code"].as_str().expect("code");
        let r = env
            .http
            .get(format!("{}/{code}/", env.base()))
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), 302, "{code}");
        let loc = r.headers()["location"].to_str().expect("loc").to_string();
        let path = loc.strip_prefix(env.base()).expect("same origin");
        if path.starts_with("/share/user/") {
            let seg = after(path, "/share/user/", &['/', '?']).expect("seg");
            let q = after(path, "sec_uid=", &['&']).expect("sec_uid= in the query");
            assert_eq!(seg, q, "{loc}");
            assert!(secs.iter().any(|s| s == q), "{loc}");
            kinds[0] += 1;
        } else if path.starts_with("/share/video/") {
            let id = after(path, "video/", &['/', '?']).expect("id");
            assert!(videos.iter().any(|v| v == id), "{loc}");
            assert!(path.contains("/?region=CN"), "{loc}");
            kinds[1] += 1;
        } else if path.starts_with("/share/note/") {
            assert!(
                !path.contains("video/"),
                "a note link must not match the video rule: {loc}"
            );
            let id = after(path, "note/", &['/', '?']).expect("id");
            assert!(notes.iter().any(|v| v == id), "{loc}");
            kinds[2] += 1;
        } else if path.starts_with("/collection/") {
            let id = after(path, "collection/", &['/', '?']).expect("id");
            assert!(mixes.iter().any(|m| m == id), "{loc}");
            kinds[3] += 1;
        } else if path.starts_with("/douyin/webcast/reflow/") {
            let id = after(path, "reflow/", &['/', '?']).expect("id");
            assert!(rooms.iter().any(|r| r == id), "{loc}");
            assert_eq!(id.len(), 19, "room ids are 19 digits");
            kinds[4] += 1;
        } else {
            panic!("unexpected short-link target {loc}");
        }
        // The target page answers 200 in place (F2's fetchers need 2xx on the final URL).
        assert_eq!(
            env.http.get(&loc).send().await.expect("land").status(),
            200,
            "{loc}"
        );
    }
    assert!(
        kinds.iter().all(|&n| n > 0),
        "every kind present: {kinds:?}"
    );
}
