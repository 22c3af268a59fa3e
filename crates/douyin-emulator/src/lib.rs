//! A local server that answers like Douyin: a seeded world served over Douyin's web API
//! paths, media and live endpoints, with Douyin's signature, cookie and media rules enforced.
#![forbid(unsafe_code)]

pub mod sign;
