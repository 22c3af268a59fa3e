//! Post-list bodies (user posts, likes, collection, collects folder videos, mix, related, feeds,
//! locate) and the single-post detail body with its typed "unavailable" answer.

use super::aweme::Aweme;
use super::lenient::{lenient_struct, Flag};

lenient_struct! {
    /// A page of posts: `/aweme/post/`, `/aweme/favorite/`, `/aweme/listcollection/`,
    /// `/collects/video/list/`, `/mix/aweme/`, `/aweme/related/`, `/tab/feed/`, `/locate/post/`.
    pub struct AwemeListResponse {
        /// 0 on success.
        status_code: Option<i64>,
        /// Message, when given.
        status_msg: Option<String>,
        /// The posts; `None` when absent or null.
        aweme_list: Option<Vec<Aweme>>,
        /// More pages follow (0/1 or bool).
        has_more: Option<Flag>,
        /// Next `max_cursor` (posts, likes), unix ms.
        max_cursor: Option<i64>,
        /// `min_cursor`, unix ms.
        min_cursor: Option<i64>,
        /// Next `cursor` (collection, mix).
        cursor: Option<i64>,
        /// Cursor of the located item (`/locate/post/`).
        locate_item_cursor: Option<i64>,
    }
}

impl AwemeListResponse {
    /// The posts on this page.
    pub fn items(&self) -> &[Aweme] {
        self.aweme_list.as_deref().unwrap_or_default()
    }

    /// Whether another page was announced.
    pub fn has_more(&self) -> bool {
        super::lenient::flag_true(self.has_more)
    }
}

lenient_struct! {
    /// `/aweme/detail/`: one post, or `null` plus `filter_detail` when unavailable.
    pub struct PostDetailResponse {
        /// 0 on success (also 0 for unavailable posts).
        status_code: Option<i64>,
        /// Message, when given.
        status_msg: Option<String>,
        /// The post.
        aweme_detail: Option<Aweme>,
        /// Why the post is not shown.
        filter_detail: Option<FilterDetail>,
    }
}

lenient_struct! {
    /// Why a post is unavailable.
    pub struct FilterDetail {
        /// The post id.
        aweme_id: Option<String>,
        /// Human message, e.g. "因作者设置，作品仅自己可见".
        detail_msg: Option<String>,
        /// Machine reason, e.g. `status_self_see`, `status_deleted`.
        filter_reason: Option<String>,
        /// Notice text.
        notice: Option<String>,
    }
}

/// Why a post cannot be archived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// Only the author can see it (`status_self_see`).
    Private {
        /// Douyin's message.
        message: Option<String>,
    },
    /// Deleted.
    Deleted {
        /// Douyin's message.
        message: Option<String>,
    },
    /// Another filter reason.
    Filtered {
        /// The machine reason.
        reason: String,
        /// Douyin's message.
        message: Option<String>,
    },
    /// `aweme_detail` is null and no reason was given (often a cookie problem).
    Missing,
}

impl PostDetailResponse {
    /// The post, or why it is unavailable.
    pub fn availability(&self) -> Result<&Aweme, Unavailable> {
        if let Some(a) = &self.aweme_detail {
            return Ok(a);
        }
        let Some(f) = &self.filter_detail else {
            return Err(Unavailable::Missing);
        };
        let message = f
            .detail_msg
            .clone()
            .or_else(|| f.notice.clone())
            .filter(|m| !m.is_empty());
        let reason = f.filter_reason.clone().unwrap_or_default();
        Err(match reason.as_str() {
            "status_self_see" | "status_friend_see" | "status_private" => {
                Unavailable::Private { message }
            }
            "status_deleted" | "status_delete" => Unavailable::Deleted { message },
            "" => match message {
                Some(m) => Unavailable::Filtered {
                    reason,
                    message: Some(m),
                },
                None => Unavailable::Missing,
            },
            _ => Unavailable::Filtered { reason, message },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn detail(v: serde_json::Value) -> PostDetailResponse {
        serde_json::from_value(v).expect("object")
    }

    #[test]
    fn unavailable_posts_carry_their_reason() {
        let d = detail(
            json!({"status_code": 0, "aweme_detail": null, "filter_detail": {
            "aweme_id": "1", "detail_msg": "因作者设置，作品仅自己可见", "filter_reason": "status_self_see"}}),
        );
        assert_eq!(
            d.availability().err(),
            Some(Unavailable::Private {
                message: Some("因作者设置，作品仅自己可见".into())
            })
        );
        let d = detail(
            json!({"aweme_detail": null, "filter_detail": {"filter_reason": "status_deleted"}}),
        );
        assert_eq!(
            d.availability().err(),
            Some(Unavailable::Deleted { message: None })
        );
        let d = detail(
            json!({"aweme_detail": null, "filter_detail": {"filter_reason": "x", "notice": "n"}}),
        );
        assert_eq!(
            d.availability().err(),
            Some(Unavailable::Filtered {
                reason: "x".into(),
                message: Some("n".into())
            })
        );
        assert_eq!(
            detail(json!({"aweme_detail": null})).availability().err(),
            Some(Unavailable::Missing)
        );
        assert!(detail(json!({"aweme_detail": {"aweme_id": "5"}}))
            .availability()
            .is_ok());
    }
}
