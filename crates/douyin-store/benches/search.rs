//! Search latency over a 10,000-post library (goal: ≤ 50 ms at p99 per query).
//!
//! Fills a WAL database file with 10,000 posts (Chinese descriptions, nicknames, music
//! titles, hashtags; three files each) through page commits of 20 posts, then runs each query
//! shape many times and prints latency percentiles. Run with
//! `cargo bench -p douyin-store --bench search` (add `-- --posts N` for another size,
//! `-- --keep DIR` to leave the library in DIR).

use douyin_store::{
    AssetKind, FileState, HistoryStore, PageCommit, PlannedFile, PostKind, PostRow, SearchQuery,
    UserRow,
};
use std::time::{Duration, Instant};

const WORDS: &[&str] = &[
    "旅行", "美食", "杭州", "西湖", "日落", "猫咪", "火锅", "成都", "夜景", "跳舞", "音乐", "健身",
    "读书", "咖啡", "周末", "海边", "雪山", "城市", "故事", "vlog", "日常", "春天", "夏天", "秋天",
    "冬天", "朋友", "家人", "学习", "工作", "电影", "摄影", "手工",
];

/// A small deterministic generator (no dependency, same library every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn word(&mut self) -> &'static str {
        WORDS[self.next() % WORDS.len()]
    }
}

fn fill(store: &HistoryStore, posts: usize) -> Duration {
    let mut rng = Lcg(7);
    let creators = 50;
    let jobs: Vec<i64> = (0..creators)
        .map(|_| store.create_job("post", "{}").unwrap())
        .collect();
    let started = Instant::now();
    let per_page = 20;
    for page_start in (0..posts).step_by(per_page) {
        let creator = (page_start / per_page) % creators;
        let uid = format!("{}", 10_000 + creator);
        let nickname = format!("{}{}达人{creator}", rng.word(), rng.word());
        let mut page = PageCommit::default();
        let mut user = UserRow {
            uid: uid.clone(),
            ..UserRow::default()
        };
        user.info.nickname_raw = Some(nickname.clone());
        user.info.aweme_count = Some(300);
        page.users.push(user);
        for i in page_start..(page_start + per_page).min(posts) {
            let id = format!("7{:018}", i);
            let kind = [PostKind::Video, PostKind::Images, PostKind::LivePhoto][rng.next() % 3];
            let mut p = PostRow::new(&id, kind);
            p.author_uid = Some(uid.clone());
            p.author_nickname = Some(nickname.clone());
            p.create_ts = Some(1_600_000_000 + (i as i64) * 3_600);
            let desc: Vec<&str> = (0..12).map(|_| rng.word()).collect();
            p.description = Some(format!("{}，第{i}条", desc.join("")));
            p.music_title = Some(format!("{}之歌", rng.word()));
            p.hashtags = vec![rng.word().to_owned(), rng.word().to_owned()];
            p.raw_json = Some(format!(
                "{{\"aweme_id\":\"{id}\",\"pad\":\"{}\"}}",
                "x".repeat(2_000)
            ));
            page.listed.push((id.clone(), i as u32));
            for (asset, name) in [
                (AssetKind::Video, "video.mp4"),
                (AssetKind::Cover, "cover.jpeg"),
                (AssetKind::Desc, "desc.txt"),
            ] {
                page.files.push(PlannedFile {
                    aweme_id: id.clone(),
                    asset,
                    index: 0,
                    rel_path: format!("douyin/post/{nickname}/{id}_{name}"),
                });
            }
            page.posts.push(p);
        }
        page.listed_total = page.posts.len() as u64;
        let files = store.commit_page(jobs[creator], &page).unwrap();
        for f in files.iter().step_by(2) {
            store.file_done(f.id, &f.rel_path, 1_000_000).unwrap();
        }
    }
    started.elapsed()
}

/// CPU time of this process (user + system) from /proc, so numbers mean something on a
/// machine shared with other work; `None` elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // After the command name: state is field 3, utime 14 and stime 15 (1-based).
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn measure(store: &HistoryStore, name: &str, q: &SearchQuery, runs: usize) {
    let mut times = Vec::with_capacity(runs);
    let mut total = 0;
    let cpu_before = cpu_time();
    for _ in 0..runs {
        let t = Instant::now();
        let page = store.search(q).unwrap();
        times.push(t.elapsed());
        total = page.total;
    }
    let cpu = match (cpu_before, cpu_time()) {
        (Some(a), Some(b)) => format!("{:>6.2} ms", (b - a).as_secs_f64() * 1000.0 / runs as f64),
        _ => "n/a".into(),
    };
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<34} hits {total:>5}  p50 {:>6.2} ms  p95 {:>6.2} ms  p99 {:>6.2} ms  max {:>6.2} ms  cpu/query {cpu}",
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.95)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap()),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let posts = args
        .iter()
        .position(|a| a == "--posts")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    // `--keep DIR` builds the library in DIR and leaves it there (to inspect query plans).
    let keep = args
        .iter()
        .position(|a| a == "--keep")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let dir = tempfile::tempdir().unwrap();
    let root = keep.unwrap_or_else(|| dir.path().to_path_buf());
    let store = HistoryStore::open_library(&root).unwrap();
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average at start: {}", load.trim());
    }
    let took = fill(&store, posts);
    println!(
        "filled {posts} posts ({} files) in {:.2} s: {:.0} posts/s through page commits of 20",
        posts * 3,
        took.as_secs_f64(),
        posts as f64 / took.as_secs_f64()
    );
    let q = |text: &str| SearchQuery {
        text: Some(text.into()),
        limit: Some(50),
        ..SearchQuery::default()
    };
    let runs = 200;
    measure(&store, "3+ chars, common (\"旅行美\")", &q("旅行美"), runs);
    measure(
        &store,
        "3+ chars, rare (\"第9999条\")",
        &q("第9999条"),
        runs,
    );
    measure(
        &store,
        "two words (\"西湖日落 火锅\")",
        &q("西湖日落 火锅"),
        runs,
    );
    measure(&store, "1 char LIKE (\"猫\")", &q("猫"), runs);
    measure(&store, "2 chars LIKE (\"雪山\")", &q("雪山"), runs);
    measure(
        &store,
        "no text, newest 50",
        &SearchQuery {
            limit: Some(50),
            ..Default::default()
        },
        runs,
    );
    measure(
        &store,
        "no text, offset 9000",
        &SearchQuery {
            limit: Some(50),
            offset: 9_000,
            ..Default::default()
        },
        runs,
    );
    measure(
        &store,
        "creator + text + kind",
        &SearchQuery {
            creator: Some("10007".into()),
            text: Some("咖啡".into()),
            kind: Some(PostKind::Video),
            limit: Some(50),
            ..Default::default()
        },
        runs,
    );
    measure(
        &store,
        "file state done + mode post",
        &SearchQuery {
            file_state: Some(FileState::Done),
            job_kind: Some("post".into()),
            limit: Some(50),
            ..Default::default()
        },
        runs,
    );
    let t = Instant::now();
    let report = store.report("10007").unwrap();
    println!(
        "report(creator): listed {} saved {} in {:.2} ms",
        report.listed,
        report.saved,
        t.elapsed().as_secs_f64() * 1000.0
    );
    let t = Instant::now();
    let mut sink = std::io::sink();
    let n = store
        .export(
            &SearchQuery::default(),
            douyin_store::ExportFormat::Csv,
            &mut sink,
        )
        .unwrap();
    println!(
        "export csv of {n} posts in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
}
