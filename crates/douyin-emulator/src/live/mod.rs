//! Live: the FLV/HLS streams that keep producing bytes while a room is live, the danmaku
//! messages, `im/fetch` and the websocket push endpoint.

pub mod im;
pub mod messages;
pub mod proto;
pub mod stream;
pub mod ws;
