//! Live data methods: a room by web_rid or by room_id, users' live status, followed accounts
//! that are live, and one `im/fetch` poll.

use super::douyin::Douyin;
use super::fetch::Fetch;
use crate::models::{
    FollowingLivesResponse, ImFetchResponse, LiveStatusResponse, Parsed, ReflowResponse,
    WebEnterResponse,
};
use crate::params::models::{FollowingUserLive, LiveImFetch, UserLive, UserLive2, UserLiveStatus};
use crate::Error;

impl<F: Fetch + 'static> Douyin<F> {
    /// A live room by the web_rid of `live.douyin.com/<web_rid>`. A 19-digit id is a room_id
    /// (F2 warns and returns nothing); this says so instead.
    pub async fn live_by_web_rid(&self, web_rid: &str) -> Result<Parsed<WebEnterResponse>, Error> {
        if web_rid.len() == 19 && web_rid.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::InvalidInput(format!(
                "{web_rid} looks like a room_id, not a web_rid; use the room-id method"
            )));
        }
        let parsed: Parsed<WebEnterResponse> = self.one(&UserLive::new(web_rid)).await?;
        if parsed.typed.room().is_none() {
            return Err(Error::NotFound {
                endpoint: format!("live room {web_rid}"),
            });
        }
        Ok(parsed)
    }

    /// A live room by its room_id (the reflow endpoint on webcast.amemv.com).
    pub async fn live_by_room_id(&self, room_id: &str) -> Result<Parsed<ReflowResponse>, Error> {
        let parsed: Parsed<ReflowResponse> = self.one(&UserLive2::new(room_id)).await?;
        if parsed
            .typed
            .data
            .as_ref()
            .and_then(|d| d.room.as_ref())
            .is_none()
        {
            return Err(Error::NotFound {
                endpoint: format!("live room {room_id}"),
            });
        }
        Ok(parsed)
    }

    /// Whether users (comma-separated uids) are live.
    pub async fn live_status(&self, user_ids: &str) -> Result<Parsed<LiveStatusResponse>, Error> {
        self.one(&UserLiveStatus::new(user_ids)).await
    }

    /// The accounts you follow that are live now (login required).
    pub async fn following_lives(&self) -> Result<Parsed<FollowingLivesResponse>, Error> {
        self.one(&FollowingUserLive::default()).await
    }

    /// One `im/fetch` poll of a room's messages (JSON form) and the cursor for the next poll.
    pub async fn live_im_fetch(
        &self,
        room_id: &str,
        user_unique_id: &str,
    ) -> Result<Parsed<ImFetchResponse>, Error> {
        self.one(&LiveImFetch::new(room_id, user_unique_id)).await
    }
}
