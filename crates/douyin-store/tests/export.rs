//! Export: CSV and JSON of a search or of everything, parsed back and compared.

mod common;

use common::{planned, post, store};
use douyin_store::{
    AssetKind, ExportFormat, HistoryStore, PageCommit, SearchHit, SearchQuery, CSV_HEADER,
};

fn library() -> HistoryStore {
    let store = store();
    let job = store.create_job("post", "{}").unwrap();
    let mut a = post("1", "u1", 1_700_000_000, "第一行\n第二行, \"引号\"");
    a.author_nickname = Some("阿花".into());
    a.hashtags = vec!["旅行".into(), "美食".into()];
    a.f2.create_time = Some("2023-11-15 06-13-20".into());
    let b = post("2", "u1", 1_700_000_500, "second");
    let page = PageCommit {
        posts: vec![a, b],
        listed: vec![("1".into(), 0), ("2".into(), 1)],
        files: vec![
            planned("1", AssetKind::Video, 0, "douyin/post/阿花/1_video.mp4"),
            planned("1", AssetKind::Cover, 0, "douyin/post/阿花/1_cover.jpeg"),
        ],
        ..PageCommit::default()
    };
    let files = store.commit_page(job, &page).unwrap();
    store
        .file_done(files[0].id, &files[0].rel_path, 99)
        .unwrap();
    store
}

#[test]
fn csv_round_trips_with_the_file_paths() {
    let store = library();
    let mut out = Vec::new();
    let n = store
        .export(&SearchQuery::default(), ExportFormat::Csv, &mut out)
        .unwrap();
    assert_eq!(n, 2);
    assert!(
        out.starts_with("\u{feff}".as_bytes()),
        "BOM for spreadsheet programs"
    );
    let mut reader = csv::Reader::from_reader(&out[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
    let first = &rows[1];
    assert_eq!(&rows[0][col("aweme_id")], "2", "newest first");
    assert_eq!(&first[col("aweme_id")], "1");
    assert_eq!(&first[col("description")], "第一行\n第二行, \"引号\"");
    assert_eq!(&first[col("author_nickname")], "阿花");
    assert_eq!(&first[col("hashtags")], "旅行 美食");
    assert_eq!(&first[col("create_ts")], "1700000000");
    assert_eq!(&first[col("create_time")], "2023-11-15 06-13-20");
    let paths: Vec<&str> = first[col("files")].split('\n').collect();
    assert_eq!(
        paths,
        vec![
            "douyin/post/阿花/1_cover.jpeg",
            "douyin/post/阿花/1_video.mp4"
        ]
    );
    assert_eq!(&first[col("file_states")], "planned\ndone");
    assert_eq!(&rows[0][col("files")], "");
}

#[test]
fn json_round_trips_a_search_result() {
    let store = library();
    let q = SearchQuery {
        text: Some("第二行".into()),
        ..SearchQuery::default()
    };
    let mut out = Vec::new();
    assert_eq!(store.export(&q, ExportFormat::Json, &mut out).unwrap(), 1);
    let parsed: Vec<SearchHit> = serde_json::from_slice(&out).unwrap();
    assert_eq!(parsed, store.search(&q).unwrap().hits);
    assert_eq!(parsed[0].files.len(), 2);
    assert_eq!(parsed[0].files[1].size, Some(99));

    let mut empty = Vec::new();
    let none = SearchQuery {
        text: Some("不存在的词".into()),
        ..SearchQuery::default()
    };
    assert_eq!(
        store.export(&none, ExportFormat::Json, &mut empty).unwrap(),
        0
    );
    assert_eq!(
        serde_json::from_slice::<Vec<SearchHit>>(&empty).unwrap(),
        vec![]
    );
}

#[test]
fn exports_stream_across_chunks_and_respect_limits() {
    let store = store();
    for i in 0..1_203 {
        store
            .upsert_post(&post(&format!("{i:05}"), "u1", 1_600_000_000 + i, "x"))
            .unwrap();
    }
    let mut out = Vec::new();
    let n = store
        .export(&SearchQuery::default(), ExportFormat::Json, &mut out)
        .unwrap();
    assert_eq!(n, 1_203);
    let parsed: Vec<SearchHit> = serde_json::from_slice(&out).unwrap();
    assert_eq!(parsed.len(), 1_203);
    assert_eq!(parsed[0].aweme_id, "01202");
    assert_eq!(parsed[1_202].aweme_id, "00000");
    let mut ids: Vec<&str> = parsed.iter().map(|h| h.aweme_id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 1_203, "no post twice across chunks");

    let window = SearchQuery {
        limit: Some(700),
        offset: 10,
        ..SearchQuery::default()
    };
    let mut out = Vec::new();
    assert_eq!(
        store.export(&window, ExportFormat::Csv, &mut out).unwrap(),
        700
    );
    let rows = csv::Reader::from_reader(&out[3..]).records().count();
    assert_eq!(rows, 700);
}

#[test]
fn a_failing_writer_is_an_io_error() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let store = library();
    let err = store
        .export(&SearchQuery::default(), ExportFormat::Json, &mut Full)
        .unwrap_err();
    assert_eq!(err.kind(), douyin_core::ErrorKind::Io);
}
