//! The changes tests make to a running emulator, shared by the admin endpoints and
//! [`crate::EmulatorHandle`]: live starts, ends and drops per room, renames, deletions and
//! session expiry.

use std::sync::atomic::Ordering;

use super::{lock, Shared};
use crate::world::change::ChangeError;

impl Shared {
    /// Room `r` goes live now; false if there is no such room.
    pub fn start_room(&self, r: usize) -> bool {
        let now = self.now_ms();
        lock(&self.live).start(r, now)
    }
    /// Room `r` (every room when None) ends now; false if there is no such room.
    pub fn end_room(&self, r: Option<usize>) -> bool {
        let now = self.now_ms();
        let mut board = lock(&self.live);
        match r {
            Some(r) => board.end(r, now),
            None => (0..board.rooms.len()).all(|r| board.end(r, now)),
        }
    }
    /// Room `r`'s stream drops once while the room stays live; false if there is no such room.
    pub fn drop_room(&self, r: usize) -> bool {
        lock(&self.live).drop_stream(r)
    }
    /// User `u` renames.
    pub fn rename_user(&self, u: usize, nickname: &str) -> Result<(), ChangeError> {
        self.change_world(|w| w.rename_user(u, nickname))
    }
    /// Post `aweme_id` is deleted.
    pub fn delete_post(&self, aweme_id: &str) -> Result<(), ChangeError> {
        self.change_world(|w| w.delete_post(aweme_id))
    }
    /// The session expires; returns the new session's number and cookie.
    pub fn expire_session(&self) -> (u64, String) {
        let generation = self.session_generation.fetch_add(1, Ordering::SeqCst) + 1;
        self.change_world(|w| {
            w.expire_session(generation);
            (generation, w.account.cookie.clone())
        })
    }
}
