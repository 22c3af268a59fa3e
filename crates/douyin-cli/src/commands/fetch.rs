//! `douyin fetch <method> [args]`: one Douyin data method, printed as JSON — one object per line
//! for lists (each item's raw JSON), one object for single answers.

use crate::exit::{self, Failure};
use crate::ids;
use crate::secret::{ProxyUrl, Secret};
use crate::session::{CommandCookie, SessionArgs};
use clap::{Args, Subcommand, ValueEnum};
use douyin_core::api::{Douyin, FollowSource, ListOptions, Page};
use douyin_core::client::{ClientConfig, ClientWorld, DouyinClient};
use douyin_core::link::TargetKind;
use douyin_core::timefmt::{utc_plus_8, DateBound, DateInterval, TimeUnit};
use douyin_core::Error;
use futures::{Stream, StreamExt};
use serde_json::Value;
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

/// Connection and paging options shared by every method.
#[derive(Debug, Args)]
pub struct FetchArgs {
    /// The browser cookie string of a logged-in session (needed by collection, collects, music,
    /// friend-feed, follow-feed, following-lives, query-user); default: the env var
    /// DOUYIN_COOKIE, which keeps it out of the process list, else the login stored by
    /// `douyin login`.
    #[arg(long, global = true, value_name = "COOKIE")]
    pub cookie: Option<Secret>,
    /// An http:// or https:// proxy for all requests.
    #[arg(long, global = true, value_name = "URL")]
    pub proxy: Option<ProxyUrl>,
    /// One origin serving every Douyin host (e.g. the local emulator); default: the env var
    /// DOUYIN_API_BASE, else the real hosts.
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,
    /// Stop a list after this many items (default: all).
    #[arg(long, global = true, value_name = "N")]
    pub max_counts: Option<u64>,
    /// Items asked for per page (default: the method's usual size, 20 for most).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page_counts: Option<u32>,
    /// Wait between two pages of a list, in ms (the request governor paces anyway).
    #[arg(long, global = true, value_name = "MS", default_value_t = 0)]
    pub page_delay_ms: u64,
    /// Attempts per request on transient failures (empty answers, 5xx, 429, network).
    #[arg(long, global = true, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub retries: u32,
    /// Timeout of one request, in ms.
    #[arg(long, global = true, value_name = "MS", default_value_t = 10_000)]
    pub timeout_ms: u64,
    /// The data method.
    #[command(subcommand)]
    pub method: Method,
}

/// Order of a following list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Order {
    /// Douyin's default order (source_type 4).
    Default,
    /// Most recently followed first (source_type 1).
    Recent,
    /// Oldest first (source_type 3).
    Oldest,
}

/// Every data method.
#[derive(Debug, Subcommand)]
pub enum Method {
    /// A user's profile.
    Profile {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
    },
    /// One post (video or image post).
    Post {
        /// The post's aweme_id, or a link to the post.
        aweme_id: String,
    },
    /// A user's posts, newest first.
    Posts {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
        /// Only posts published in `YYYY-MM-DD|YYYY-MM-DD` (UTC+8, both days included); `all`
        /// means no limit.
        #[arg(long)]
        interval: Option<String>,
    },
    /// Posts a user liked.
    Likes {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
    },
    /// F2's "feed" mode: a user's posts endpoint paged like posts.
    Feed {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
    },
    /// Your collected music (login).
    Music,
    /// Your collected posts (login).
    Collection,
    /// Your collect folders (login).
    Collects,
    /// The posts of one of your collect folders (login).
    CollectsVideos {
        /// The folder's collects_id.
        collects_id: String,
    },
    /// The posts of a mix (series).
    Mix {
        /// The mix_id, or a link to the mix or to one of its posts.
        mix_id: String,
    },
    /// A live room by the web_rid of live.douyin.com/<web_rid>.
    Live {
        /// The web_rid, or a live.douyin.com link.
        web_rid: String,
    },
    /// A live room by room_id.
    LiveRoom {
        /// The room_id, or a share link carrying it.
        room_id: String,
    },
    /// One page of the recommended home feed.
    HomeFeed {
        /// 1 for the first page, then 2, 3...
        #[arg(long, default_value_t = 1)]
        refresh_index: i64,
    },
    /// Posts related to a post.
    Related {
        /// The post's aweme_id, or a link to the post.
        aweme_id: String,
    },
    /// Your friends' posts (login).
    FriendFeed,
    /// Posts of the accounts you follow (login).
    FollowFeed,
    /// Accounts a user follows.
    Following {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
        /// The user's uid, if known.
        #[arg(long, default_value = "")]
        user_id: String,
        /// List order.
        #[arg(long, value_enum, default_value_t = Order::Default)]
        order: Order,
    },
    /// A user's followers.
    Followers {
        /// The user's sec_user_id, or a link to the profile.
        sec_user_id: String,
        /// The user's uid, if known.
        #[arg(long, default_value = "")]
        user_id: String,
    },
    /// The logged-in account's identity (login).
    QueryUser,
    /// One poll of a live room's messages (im/fetch, JSON form).
    LiveIm {
        /// The room_id.
        room_id: String,
        /// Your user_unique_id (see query-user).
        user_unique_id: String,
    },
    /// Followed accounts that are live now (login).
    FollowingLives,
    /// A post's comments.
    Comments {
        /// The post's aweme_id, or a link to the post.
        aweme_id: String,
    },
    /// Replies to one comment.
    Replies {
        /// The post's aweme_id.
        aweme_id: String,
        /// The comment's cid.
        comment_id: String,
    },
    /// Report one play of a post.
    Stats {
        /// The post's aweme_id.
        aweme_id: String,
        /// 0 for a video, 68 for an image post.
        #[arg(long, default_value_t = 0)]
        aweme_type: i64,
    },
    /// Search a user's posts by keyword.
    Search {
        /// The user's sec_user_id.
        sec_user_id: String,
        /// The keyword.
        keyword: String,
    },
    /// Search suggestions for a keyword.
    Suggest {
        /// The keyword.
        keyword: String,
        /// How many suggestions.
        #[arg(long, default_value_t = 10)]
        count: u32,
    },
    /// The page of a user's posts around one post.
    Locate {
        /// The user's sec_user_id.
        sec_user_id: String,
        /// The post's aweme_id.
        aweme_id: String,
        /// The post's cursor (its create time in ms).
        locate_cursor: String,
        /// The max_cursor to start from.
        #[arg(long, default_value = "0")]
        max_cursor: String,
    },
    /// Whether users are live.
    LiveStatus {
        /// Comma-separated uids.
        user_ids: String,
    },
}

impl Method {
    /// The usual page size of the method (F2: 20, comment replies 3, search 10).
    fn default_page_counts(&self) -> u32 {
        match self {
            Method::Replies { .. } => 3,
            Method::Search { .. } => 10,
            _ => 20,
        }
    }
}

/// Runs `douyin fetch`.
pub fn run(args: FetchArgs, session: &SessionArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    let cookie = CommandCookie::resolve(args.cookie.clone().map(Secret::into_inner), session);
    match runtime.block_on(fetch(args, &cookie.header)) {
        Ok(()) | Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::Core(e)) => {
            cookie.record(&e, crate::session::now_ms());
            exit::report(&e)
        }
        Err(Failure::Output(e)) => {
            eprintln!("error: cannot write to stdout: {e}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

fn base_url(flag: Option<String>) -> Option<String> {
    flag.or_else(|| std::env::var("DOUYIN_API_BASE").ok())
        .filter(|b| !b.trim().is_empty())
}

async fn fetch(args: FetchArgs, cookie: &str) -> Result<(), Failure> {
    let config = ClientConfig {
        base_url: base_url(args.base_url),
        cookie: cookie.to_owned(),
        proxy: args.proxy.map(ProxyUrl::into_inner),
        max_retries: args.retries,
        timeout_ms: args.timeout_ms,
        ..ClientConfig::default()
    };
    let client = DouyinClient::new(config, ClientWorld::system())?;
    let api = Douyin::new(client.clone());
    let user = |arg: String| {
        let client = client.clone();
        async move { ids::resolve(&client, &arg, TargetKind::User).await }
    };
    let post = |arg: String| {
        let client = client.clone();
        async move { ids::resolve(&client, &arg, TargetKind::Post).await }
    };
    let options = ListOptions {
        page_counts: args
            .page_counts
            .unwrap_or_else(|| args.method.default_page_counts()),
        max_counts: args.max_counts,
        page_delay: Duration::from_millis(args.page_delay_ms),
        resume: None,
    };
    match args.method {
        Method::Profile { sec_user_id } => {
            one(api.user_profile(&user(sec_user_id).await?).await?.raw)
        }
        Method::Post { aweme_id } => one(api.post_detail(&post(aweme_id).await?).await?.raw),
        Method::Posts {
            sec_user_id,
            interval,
        } => {
            let window = interval
                .as_deref()
                .filter(|i| *i != "all")
                .map(interval_ms)
                .transpose()?;
            each(api.user_posts(&user(sec_user_id).await?, window, options)).await
        }
        Method::Likes { sec_user_id } => {
            each(api.user_likes(&user(sec_user_id).await?, options)).await
        }
        Method::Feed { sec_user_id } => {
            each(api.user_feed(&user(sec_user_id).await?, options)).await
        }
        Method::Music => each(api.music_collection(options)).await,
        Method::Collection => each(api.collection(options)).await,
        Method::Collects => each(api.collects(options)).await,
        Method::CollectsVideos { collects_id } => {
            each(api.collects_videos(&collects_id, options)).await
        }
        Method::Mix { mix_id } => {
            // As F2's mix mode: a link to a post of the mix names the mix through the post.
            let mix_id = match ids::link_target(&client, &mix_id).await? {
                None => {
                    douyin_core::link::bare_id(TargetKind::Mix, &mix_id)
                        .map_err(Error::from)?
                        .id
                }
                Some(t) if t.kind == TargetKind::Mix => t.id,
                Some(t) if t.kind == TargetKind::Post => api
                    .post_detail(&t.id)
                    .await?
                    .typed
                    .mix_info
                    .and_then(|m| m.mix_id)
                    .map(|m| m.as_str().to_owned())
                    .ok_or_else(|| Error::InvalidInput(format!("post {} is not in a mix", t.id)))?,
                Some(t) => return Err(ids::mismatch(t.kind, TargetKind::Mix).into()),
            };
            each(api.mix(&mix_id, options)).await
        }
        Method::Live { web_rid } => {
            let web_rid = ids::resolve(&client, &web_rid, TargetKind::Live).await?;
            one(api.live_by_web_rid(&web_rid).await?.raw)
        }
        Method::LiveRoom { room_id } => {
            let room_id = ids::resolve(&client, &room_id, TargetKind::LiveRoom).await?;
            one(api.live_by_room_id(&room_id).await?.raw)
        }
        Method::HomeFeed { refresh_index } => {
            let page = api.home_feed(options.page_counts, refresh_index).await?;
            let items = page.raw.get("aweme_list").and_then(Value::as_array);
            for item in items.into_iter().flatten() {
                print(item)?;
            }
            Ok(())
        }
        Method::Related { aweme_id } => each(api.related(&post(aweme_id).await?, options)).await,
        Method::FriendFeed => each(api.friend_feed(options)).await,
        Method::FollowFeed => each(api.follow_feed(options)).await,
        Method::Following {
            sec_user_id,
            user_id,
            order,
        } => {
            let source = match order {
                Order::Default => FollowSource::Default,
                Order::Recent => FollowSource::RecentFirst,
                Order::Oldest => FollowSource::OldestFirst,
            };
            let sec_user_id = user(sec_user_id).await?;
            each(api.following(&user_id, &sec_user_id, source, options)).await
        }
        Method::Followers {
            sec_user_id,
            user_id,
        } => {
            let sec_user_id = user(sec_user_id).await?;
            each(api.followers(&user_id, &sec_user_id, options)).await
        }
        Method::QueryUser => one(api.query_user().await?.raw),
        Method::LiveIm {
            room_id,
            user_unique_id,
        } => one(api.live_im_fetch(&room_id, &user_unique_id).await?.raw),
        Method::FollowingLives => one(api.following_lives().await?.raw),
        Method::Comments { aweme_id } => each(api.comments(&post(aweme_id).await?, options)).await,
        Method::Replies {
            aweme_id,
            comment_id,
        } => each(api.comment_replies(&aweme_id, &comment_id, options)).await,
        Method::Stats {
            aweme_id,
            aweme_type,
        } => one(api.post_stats(&aweme_id, aweme_type).await?.raw),
        Method::Search {
            sec_user_id,
            keyword,
        } => each(api.search(&sec_user_id, &keyword, options)).await,
        Method::Suggest { keyword, count } => one(api.suggest_words(&keyword, count).await?.raw),
        Method::Locate {
            sec_user_id,
            aweme_id,
            locate_cursor,
            max_cursor,
        } => one(api
            .locate_post(&sec_user_id, &max_cursor, &aweme_id, &locate_cursor)
            .await?
            .raw),
        Method::LiveStatus { user_ids } => one(api.live_status(&user_ids).await?.raw),
    }
}

/// `YYYY-MM-DD|YYYY-MM-DD` as (start, end) ms in UTC+8, as F2's `--interval`.
fn interval_ms(text: &str) -> Result<(i64, i64), Error> {
    let interval = DateInterval::parse(text)
        .ok()
        .filter(DateInterval::is_ordered)
        .ok_or_else(|| {
            Error::InvalidInput(format!(
                "--interval {text:?}: expected YYYY-MM-DD|YYYY-MM-DD, start not after end"
            ))
        })?;
    let tz = utc_plus_8();
    Ok((
        interval.timestamp(DateBound::Start, TimeUnit::Milli, tz),
        interval.timestamp(DateBound::End, TimeUnit::Milli, tz),
    ))
}

fn one(raw: Value) -> Result<(), Failure> {
    print(&raw)
}

async fn each<T>(stream: impl Stream<Item = Result<Page<T>, Error>>) -> Result<(), Failure> {
    let mut stream = std::pin::pin!(stream);
    while let Some(page) = stream.next().await {
        for item in page?.items {
            print(&item.raw)?;
        }
    }
    Ok(())
}

/// Writes one JSON object and a newline; a closed pipe (e.g. `| head`) ends the output quietly.
fn print(value: &Value) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    let written = serde_json::to_writer(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::ClosedPipe),
        Err(e) => Err(Failure::Output(e)),
    }
}
