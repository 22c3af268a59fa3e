//! `LiveEvent`: one webcast message decoded by its `method` into its typed message.

use super::control::ControlMessage;
use super::error::WebcastError;
use super::proto_json::{self as pj, ProtoJson};
use super::schema;
use bytes::Bytes;
use prost::Message as _;
use serde_json::{Map, Value};

macro_rules! live_events {
    ($( $variant:ident => $method:literal, $ty:ty; )*) => {
        /// A webcast message decoded by its method. Typed messages are boxed because some are
        /// large and events are moved around in queues.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum LiveEvent {
            $(
                #[doc = concat!("`", $method, "`.")]
                $variant(Box<$ty>),
            )*
            /// A method without a decoder; its payload is kept untouched.
            Unknown {
                /// The `Message.method` as received.
                method: String,
                /// The undecoded `Message.payload`.
                bytes: Bytes,
            },
        }

        /// Every method `LiveEvent::decode` knows, in declaration order.
        pub const KNOWN_METHODS: &[&str] = &[$($method),*];

        impl LiveEvent {
            /// Decodes `payload` as the message type registered for `method`; unknown methods
            /// become [`LiveEvent::Unknown`], malformed payloads an error.
            pub fn decode(method: &str, payload: Bytes) -> Result<Self, WebcastError> {
                match method {
                    $(
                        $method => <$ty>::decode(payload)
                            .map(|m| Self::$variant(Box::new(m)))
                            .map_err(|e| WebcastError::protobuf(method, e)),
                    )*
                    _ => Ok(Self::Unknown { method: method.to_owned(), bytes: payload }),
                }
            }

            /// The webcast method this event was decoded from.
            pub fn method(&self) -> &str {
                match self {
                    $( Self::$variant(_) => $method, )*
                    Self::Unknown { method, .. } => method,
                }
            }

            /// The proto-JSON view of the typed message (as F2 forwards it); an unknown
            /// message renders as `{"method", "payload"(base64)}`.
            pub fn to_proto_json(&self) -> Value {
                match self {
                    $( Self::$variant(m) => m.to_proto_json(), )*
                    Self::Unknown { method, bytes } => {
                        let mut m = Map::new();
                        pj::put_string(&mut m, "method", method);
                        pj::put_bytes(&mut m, "payload", bytes);
                        Value::Object(m)
                    }
                }
            }
        }
    };
}

live_events! {
    Room => "WebcastRoomMessage", schema::RoomMessage;
    Like => "WebcastLikeMessage", schema::LikeMessage;
    Member => "WebcastMemberMessage", schema::MemberMessage;
    Chat => "WebcastChatMessage", schema::ChatMessage;
    Gift => "WebcastGiftMessage", schema::GiftMessage;
    Social => "WebcastSocialMessage", schema::SocialMessage;
    RoomUserSeq => "WebcastRoomUserSeqMessage", schema::RoomUserSeqMessage;
    UpdateFanTicket => "WebcastUpdateFanTicketMessage", schema::UpdateFanTicketMessage;
    CommonText => "WebcastCommonTextMessage", schema::CommonTextMessage;
    MatchAgainstScore => "WebcastMatchAgainstScoreMessage", schema::MatchAgainstScoreMessage;
    EcomFansClub => "WebcastEcomFansClubMessage", schema::EcomFansClubMessage;
    RanklistHourEntrance => "WebcastRanklistHourEntranceMessage", schema::RanklistHourEntranceMessage;
    RoomStats => "WebcastRoomStatsMessage", schema::RoomStatsMessage;
    LiveShopping => "WebcastLiveShoppingMessage", schema::LiveShoppingMessage;
    LiveEcomGeneral => "WebcastLiveEcomGeneralMessage", schema::LiveEcomGeneralMessage;
    ProductChange => "WebcastProductChangeMessage", schema::ProductChangeMessage;
    RoomStreamAdaptation => "WebcastRoomStreamAdaptationMessage", schema::RoomStreamAdaptationMessage;
    NotifyEffect => "WebcastNotifyEffectMessage", schema::NotifyEffectMessage;
    LightGift => "WebcastLightGiftMessage", schema::LightGiftMessage;
    ProfitInteractionScore => "WebcastProfitInteractionScoreMessage", schema::ProfitInteractionScoreMessage;
    RoomRank => "WebcastRoomRankMessage", schema::RoomRankMessage;
    Fansclub => "WebcastFansclubMessage", schema::FansclubMessage;
    HotRoom => "WebcastHotRoomMessage", schema::HotRoomMessage;
    LinkMic => "WebcastLinkMicMethod", schema::LinkMicMethod;
    LinkerContribute => "WebcastLinkerContributeMessage", schema::LinkerContributeMessage;
    EmojiChat => "WebcastEmojiChatMessage", schema::EmojiChatMessage;
    ScreenChat => "WebcastScreenChatMessage", schema::ScreenChatMessage;
    RoomDataSync => "WebcastRoomDataSyncMessage", schema::RoomDataSyncMessage;
    InRoomBanner => "WebcastInRoomBannerMessage", schema::InRoomBannerMessage;
    Link => "WebcastLinkMessage", schema::LinkMessage;
    BattleTeamTask => "WebcastBattleTeamTaskMessage", schema::BattleTeamTaskMessage;
    HotChat => "WebcastHotChatMessage", schema::HotChatMessage;
    Control => "WebcastControlMessage", ControlMessage;
}

impl LiveEvent {
    /// True for a control message announcing that the live has ended.
    pub fn is_live_ended(&self) -> bool {
        matches!(self, Self::Control(c) if c.is_live_ended())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_method_keeps_payload() {
        let ev = LiveEvent::decode("WebcastNoSuchMessage", Bytes::from_static(b"\x01\x02"));
        match ev {
            Ok(LiveEvent::Unknown { method, bytes }) => {
                assert_eq!(method, "WebcastNoSuchMessage");
                assert_eq!(&bytes[..], b"\x01\x02");
            }
            other => panic!("expected Unknown, got {other:?}"),
        }
    }

    #[test]
    fn control_status_three_is_live_end() {
        let msg = ControlMessage {
            common: None,
            status: 3,
        };
        let ev = LiveEvent::decode("WebcastControlMessage", Bytes::from(msg.encode_to_vec()));
        assert!(ev.as_ref().is_ok_and(LiveEvent::is_live_ended), "{ev:?}");
        assert_eq!(
            ev.map(|e| e.to_proto_json()).ok(),
            Some(serde_json::json!({"status": 3}))
        );
    }

    #[test]
    fn malformed_payload_is_protobuf_error() {
        // Field 1 (common) as a length-delimited value that runs past the end.
        let err = LiveEvent::decode("WebcastChatMessage", Bytes::from_static(b"\x0a\x10\x00"));
        assert_eq!(
            err.err().map(|e| e.kind()),
            Some(super::super::error::WebcastErrorKind::Protobuf)
        );
    }
}
