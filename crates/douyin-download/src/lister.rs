//! Listing a job page by page: one page stream per job kind (F2's handlers, live-dl-db-cli.md
//! §6.4), each page carrying the position to continue from, so the engine can save it with
//! the page and a restarted job continues where it was. The `collects` kind walks its chosen
//! folders one after the other; its cursor says which folder it is in.

use crate::spec::{JobKind, JobSpec, Target};
use douyin_core::api::{Douyin, ListOptions, Page, Position};
use douyin_core::client::DouyinClient;
use douyin_core::models::{Aweme, CollectsFolder, Music, Parsed};
use futures::stream::{BoxStream, StreamExt};
use serde::{Deserialize, Serialize};

/// Where a job's listing is, as saved with each page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobCursor {
    /// The list position to request next (`None`: the first page).
    pub position: Option<Position>,
    /// Collects mode: which of the chosen folders is being listed.
    pub folder: usize,
    /// Posts in a row found already saved (for `stop_at_known`).
    pub known_streak: u32,
}

/// One thing a list hands out.
#[derive(Debug, Clone)]
pub enum Item {
    /// A post.
    Post(Box<Parsed<Aweme>>),
    /// A collected music item.
    Music(Box<Parsed<Music>>),
}

impl Item {
    /// The item's id (post id or music id).
    pub fn id(&self) -> Option<String> {
        match self {
            Item::Post(p) => p.typed.id().map(str::to_owned),
            Item::Music(m) => m.typed.id_text().map(str::to_owned),
        }
    }
}

/// One page of a listing.
#[derive(Debug)]
pub struct ListedPage {
    /// The items, in list order.
    pub items: Vec<Item>,
    /// Where the listing continues (`None` after the last page of the current list).
    pub next: Option<Position>,
}

/// A listing's pages.
pub type PageStream = BoxStream<'static, Result<ListedPage, douyin_core::Error>>;

fn posts<S>(s: S) -> PageStream
where
    S: futures::Stream<Item = Result<Page<Aweme>, douyin_core::Error>> + Send + 'static,
{
    s.map(|page| {
        page.map(|p| ListedPage {
            items: p
                .items
                .into_iter()
                .map(|i| Item::Post(Box::new(i)))
                .collect(),
            next: p.next,
        })
    })
    .boxed()
}

/// The server-side interval of post mode: `(start ms, end ms)` in UTC+8 (§4.7).
pub fn interval_ms(interval: Option<&str>) -> Option<(i64, i64)> {
    use douyin_core::timefmt::{utc_plus_8, DateBound, DateInterval, TimeUnit};
    let i = DateInterval::parse(interval?).ok()?;
    Some((
        i.timestamp(DateBound::Start, TimeUnit::Milli, utc_plus_8()),
        i.timestamp(DateBound::End, TimeUnit::Milli, utc_plus_8()),
    ))
}

/// The pages of one list of `spec` (every kind but `one`, `collects` and `live`, which the
/// engine drives itself), continuing at `options.resume`.
pub fn list(
    api: &Douyin<DouyinClient>,
    spec: &JobSpec,
    options: ListOptions,
) -> Option<PageStream> {
    let id = spec.target.id().to_owned();
    Some(match (spec.kind, &spec.target) {
        (JobKind::Post, Target::User(_)) => {
            posts(api.user_posts(&id, interval_ms(spec.options.interval.as_deref()), options))
        }
        (JobKind::Like, Target::User(_)) => posts(api.user_likes(&id, options)),
        (JobKind::Collection, _) => posts(api.collection(options)),
        (JobKind::Feed, _) => posts(api.follow_feed(options)),
        (JobKind::Related, Target::Post(_)) => posts(api.related(&id, options)),
        (JobKind::Mix, Target::Mix(_)) => posts(api.mix(&id, options)),
        (JobKind::Music, _) => api
            .music_collection(options)
            .map(|page| {
                page.map(|p| ListedPage {
                    items: p
                        .items
                        .into_iter()
                        .map(|i| Item::Music(Box::new(i)))
                        .collect(),
                    next: p.next,
                })
            })
            .boxed(),
        (JobKind::Friend, _) => api
            .friend_feed(options)
            .map(|page| {
                page.map(|p| ListedPage {
                    items: p
                        .items
                        .into_iter()
                        .filter_map(|f| {
                            // Friend-feed items wrap the post; keep the post and its JSON.
                            let raw = f.raw.get("aweme").cloned()?;
                            Some(Item::Post(Box::new(Parsed {
                                typed: f.typed.aweme?,
                                raw,
                            })))
                        })
                        .collect(),
                    next: p.next,
                })
            })
            .boxed(),
        _ => return None,
    })
}

/// Collects mode: the posts of one folder.
pub fn folder_posts(
    api: &Douyin<DouyinClient>,
    folder_id: &str,
    options: ListOptions,
) -> PageStream {
    posts(api.collects_videos(folder_id, options))
}

/// The id of a collect folder.
pub fn folder_id(f: &CollectsFolder) -> Option<String> {
    f.collects_id_str
        .clone()
        .or_else(|| f.collects_id.as_ref().map(|i| i.as_str().to_owned()))
}

/// The folders `wanted` picks (by id or name; `None` = all), in Douyin's order.
pub fn choose_folders(all: Vec<CollectsFolder>, wanted: Option<&[String]>) -> Vec<CollectsFolder> {
    let Some(wanted) = wanted.filter(|w| !w.is_empty()) else {
        return all;
    };
    all.into_iter()
        .filter(|f| {
            let id = folder_id(f);
            wanted.iter().any(|w| {
                Some(w.as_str()) == id.as_deref()
                    || f.collects_name.as_deref().map(str::trim) == Some(w.trim())
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(id: &str, name: &str) -> CollectsFolder {
        serde_json::from_value(serde_json::json!({"collects_id_str": id, "collects_name": name}))
            .expect("folder")
    }

    #[test]
    fn folders_are_chosen_by_id_or_name() {
        let all = vec![folder("1", "美食"), folder("2", "旅行"), folder("3", "猫")];
        let names = |v: Vec<CollectsFolder>| {
            v.iter()
                .filter_map(|f| f.collects_name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(choose_folders(all.clone(), None)).len(), 3);
        assert_eq!(
            names(choose_folders(
                all.clone(),
                Some(&["3".into(), "旅行".into()])
            )),
            vec!["旅行", "猫"]
        );
        assert!(choose_folders(all, Some(&["nope".into()])).is_empty());
        let (start, end) = interval_ms(Some("2024-01-01|2024-01-31")).expect("interval");
        assert_eq!(start, 1_704_038_400_000);
        assert_eq!(end, 1_706_716_799_000);
        assert_eq!(interval_ms(Some("bad")), None);
    }
}
