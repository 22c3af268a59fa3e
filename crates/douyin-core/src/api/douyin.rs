//! The data-method facade over a transport; the methods themselves live in the files named
//! for their domain (user, post, account, live, search).

use super::answer::decode;
use super::fetch::Fetch;
use crate::models::Parsed;
use crate::params::RequestModel;
use crate::Error;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Every Douyin data method, over a transport `F` (cheap to clone; streams own a handle).
#[derive(Debug)]
pub struct Douyin<F> {
    pub(crate) fetcher: Arc<F>,
}

impl<F> Clone for Douyin<F> {
    fn clone(&self) -> Self {
        Self {
            fetcher: Arc::clone(&self.fetcher),
        }
    }
}

impl<F: Fetch + 'static> Douyin<F> {
    /// The data methods over `fetcher`.
    pub fn new(fetcher: F) -> Self {
        Self {
            fetcher: Arc::new(fetcher),
        }
    }

    /// The data methods over a shared `fetcher`.
    pub fn from_arc(fetcher: Arc<F>) -> Self {
        Self { fetcher }
    }

    /// The transport.
    pub fn fetcher(&self) -> &F {
        &self.fetcher
    }

    /// Sends one model and decodes the (already classified) answer.
    pub(crate) async fn one<T: DeserializeOwned>(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> Result<Parsed<T>, Error> {
        let endpoint = model.endpoint().path();
        let raw = self.fetcher.fetch(model).await?;
        decode(endpoint, String::new, raw)
    }
}
