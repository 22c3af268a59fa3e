//! Search data methods: search within one user's posts, and search suggestions.

use super::douyin::Douyin;
use super::fetch::Fetch;
use super::list::{paged, ItemsAt, ListOptions, ListPlan};
use super::page::Page;
use super::pager::CursorKind;
use crate::models::{Parsed, SearchItem, SuggestWordsResponse};
use crate::params::models::{HomePostSearch, SuggestWord};
use crate::Error;
use futures::Stream;

impl<F: Fetch + 'static> Douyin<F> {
    /// Posts of one user (`sec_user_id`) matching `keyword`; each item wraps the post.
    pub fn search(
        &self,
        sec_user_id: &str,
        keyword: &str,
        options: ListOptions,
    ) -> impl Stream<Item = Result<Page<SearchItem>, Error>> + Send + 'static {
        let (user, keyword) = (sec_user_id.to_owned(), keyword.to_owned());
        paged(
            self.fetcher.clone(),
            ListPlan::from_start(
                CursorKind::Search,
                options,
                ItemsAt::new("aweme_list", "/item/aweme_id"),
            ),
            move |p, n| HomePostSearch {
                search_id: p.search_id.clone(),
                offset: p.offset,
                ..HomePostSearch::new(user.clone(), &keyword, i64::from(n))
            },
        )
    }

    /// Search suggestions for `keyword` (F2 asks for 10).
    pub async fn suggest_words(
        &self,
        keyword: &str,
        count: u32,
    ) -> Result<Parsed<SuggestWordsResponse>, Error> {
        self.one(&SuggestWord::new(keyword, i64::from(count))).await
    }
}
