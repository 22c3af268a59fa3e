//! A local server that answers like Douyin (to be written).
#![forbid(unsafe_code)]
