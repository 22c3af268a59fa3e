//! Changes made to a running world through the admin endpoints: a creator renames, a post is
//! deleted, the logged-in session expires (and a new one is minted).

use super::World;
use crate::sign::codec::{hex, md5};

/// Why a change could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// No user at that index.
    #[error("no user {0}")]
    NoUser(usize),
    /// No post with that id.
    #[error("no post {0}")]
    NoPost(String),
}

/// The cookie string a browser logged in with `sessionid` sends.
pub fn account_cookie(ttwid: &str, sessionid: &str) -> String {
    format!("ttwid={ttwid}; passport_csrf_token={}; sessionid={sessionid}; sessionid_ss={sessionid}; sid_tt={sessionid}; uid_tt={}", &sessionid[..16], &sessionid[16..])
}

impl World {
    /// User `u` takes a new nickname; profiles, authors and danmaku users follow.
    pub fn rename_user(&mut self, u: usize, nickname: &str) -> Result<(), ChangeError> {
        let user = self.users.get_mut(u).ok_or(ChangeError::NoUser(u))?;
        user.nickname = nickname.to_string();
        Ok(())
    }

    /// Deletes a post: it leaves every list (posts, likes, collection, folders, mixes, feeds)
    /// and its detail answers the deleted `filter_detail`.
    pub fn delete_post(&mut self, aweme_id: &str) -> Result<(), ChangeError> {
        let p = self
            .post(aweme_id)
            .ok_or_else(|| ChangeError::NoPost(aweme_id.to_string()))?;
        self.posts[p].deleted = true;
        let keep = |v: &mut Vec<usize>| v.retain(|&x| x != p);
        for u in &mut self.users {
            keep(&mut u.posts);
            keep(&mut u.likes);
        }
        for m in &mut self.mixes {
            keep(&mut m.posts);
        }
        for f in &mut self.folders {
            keep(&mut f.posts);
        }
        keep(&mut self.account.collection);
        Ok(())
    }

    /// Ends the account's session: the old `sessionid` is refused from now on, and the next
    /// login (or `/__admin/world`) gets session number `generation`.
    pub fn expire_session(&mut self, generation: u64) {
        let sid = hex(&md5(
            format!("session:{}:{generation}", self.seed).as_bytes()
        ));
        self.account.cookie = account_cookie(&self.account.ttwid, &sid);
        self.account.sessionid = sid;
    }
}
