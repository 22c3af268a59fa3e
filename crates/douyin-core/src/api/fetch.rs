//! The transport contract the data methods are written against: send one request model and get
//! its JSON body, and wait between pages. The HTTP client implements it; tests script it.

use crate::params::RequestModel;
use serde_json::Value;
use std::future::Future;
use std::time::Duration;

/// Sends request models and paces list paging.
pub trait Fetch: Send + Sync {
    /// Sends one request (signed, with headers and cookie) and returns the JSON body, classified:
    /// a refusal, an empty or `{}` answer, a missing post are errors here, by
    /// [`super::classify_json`] (after the HTTP status checks for the HTTP client), so the data
    /// methods never look at them again.
    fn fetch(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> impl Future<Output = Result<Value, crate::Error>> + Send;

    /// Waits `delay` between two pages of a list (the transport's clock, not the core's).
    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send;
}

impl<T: Fetch> Fetch for std::sync::Arc<T> {
    fn fetch(
        &self,
        model: &(dyn RequestModel + Sync),
    ) -> impl Future<Output = Result<Value, crate::Error>> + Send {
        T::fetch(self, model)
    }

    fn pause(&self, delay: Duration) -> impl Future<Output = ()> + Send {
        T::pause(self, delay)
    }
}
