//! `LiveSession`: resolve the room, get a guest identity and the im/fetch bootstrap, sign and
//! open the websocket, then a background receive loop that acks, heartbeats, reconnects with
//! the latest cursor and backoff, and ends on the live-end control message or on cancel. Events
//! reach the caller through a bounded channel, exposed as a `Stream`.

use super::api::{GuestIdentity, LiveApi, LiveContext};
use super::config::SessionConfig;
use super::event::{EndReason, SessionEvent};
use super::room::LiveRoom;
use super::ws::{connect, describe, push_base, WsStream};
use crate::client::{Clock, SharedRng};
use crate::link::{LinkTarget, TargetKind};
use crate::webcast::url::browser_version_from_user_agent;
use crate::webcast::{
    heartbeat_frame, signature_with_rng, wss_url, FrameDecoder, TimedEvent, WssUrlInputs,
};
use crate::Error;
use futures::{FutureExt as _, SinkExt as _, StreamExt as _};
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::Message as WsMessage;

/// Stops a session from anywhere (cheap to clone).
#[derive(Debug, Clone)]
pub struct CancelHandle(Arc<watch::Sender<bool>>);

impl CancelHandle {
    /// Asks the session to close its websocket and end with [`EndReason::Cancelled`].
    pub fn cancel(&self) {
        self.0.send_replace(true);
    }

    /// True once cancelled.
    pub fn is_cancelled(&self) -> bool {
        *self.0.borrow()
    }
}

/// Running totals of a session's transport work.
#[derive(Debug, Default)]
pub struct SessionCounters {
    frames: AtomicU64,
    messages: AtomicU64,
    acks: AtomicU64,
    heartbeats: AtomicU64,
    frame_errors: AtomicU64,
    reconnects: AtomicU64,
}

/// A snapshot of [`SessionCounters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CounterSnapshot {
    /// Binary frames received.
    pub frames: u64,
    /// Messages decoded into events.
    pub messages: u64,
    /// Acknowledgements sent.
    pub acks: u64,
    /// Heartbeats sent.
    pub heartbeats: u64,
    /// Frames or messages that failed to decode.
    pub frame_errors: u64,
    /// Successful reconnects.
    pub reconnects: u64,
}

impl SessionCounters {
    fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The current totals.
    pub fn snapshot(&self) -> CounterSnapshot {
        let g = |c: &AtomicU64| c.load(Ordering::Relaxed);
        CounterSnapshot {
            frames: g(&self.frames),
            messages: g(&self.messages),
            acks: g(&self.acks),
            heartbeats: g(&self.heartbeats),
            frame_errors: g(&self.frame_errors),
            reconnects: g(&self.reconnects),
        }
    }
}

/// A connected live danmaku session; a `Stream` of [`SessionEvent`]s ending after
/// [`SessionEvent::Ended`]. Dropping it cancels the session.
pub struct LiveSession {
    room: Arc<LiveRoom>,
    // Events travel in per-frame batches (one channel wake-up per frame, not per message).
    events: mpsc::Receiver<Vec<SessionEvent>>,
    pending: std::collections::VecDeque<SessionEvent>,
    cancel: CancelHandle,
    counters: Arc<SessionCounters>,
    context: LiveContext,
}

impl std::fmt::Debug for LiveSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveSession")
            .field("room_id", &self.room.room_id)
            .finish_non_exhaustive()
    }
}

impl LiveSession {
    /// Resolves `target`, refuses a room that is not live ([`Error::NotLive`]), gets a guest
    /// identity and the im/fetch bootstrap, and opens the websocket; the first event is
    /// [`SessionEvent::Connected`]. The api's [`LiveContext`] supplies the origin, user agent,
    /// receive timestamps and the signature's randomness. Must run inside a tokio runtime (the
    /// loop is spawned).
    pub async fn start<A: LiveApi + 'static>(
        api: Arc<A>,
        target: &LinkTarget,
        config: SessionConfig,
    ) -> Result<Self, Error> {
        let context = api.context();
        let world = context.world.clone();
        let room = api.resolve_room(target).await?;
        room.ensure_live()?;
        let room = Arc::new(room);
        let guest = api.guest_identity().await?;
        let boot = api.im_fetch(&room.room_id, &guest).await?;
        let (tx, events) = mpsc::channel(config.channel_capacity.max(1));
        let (cancel_tx, cancel_rx) = watch::channel(false);
        let counters = Arc::new(SessionCounters::default());
        let mut runner = Runner {
            decoder: FrameDecoder::new(config.limits),
            api,
            // Re-checks of the room status skip any short-link redirect.
            target: match &room.web_rid {
                Some(rid) => LinkTarget::new(TargetKind::Live, rid.clone()),
                None => LinkTarget::new(TargetKind::LiveRoom, room.room_id.clone()),
            },
            room: room.clone(),
            clock: world.clock,
            rng: world.rng,
            base_url: context.base_url.clone(),
            user_agent: context.user_agent.clone(),
            guest,
            cursor: boot.cursor,
            internal_ext: boot.internal_ext,
            tx,
            cancel: cancel_rx,
            counters: counters.clone(),
            last_frame_ms: 0,
            config,
        };
        let ws = runner.open().await?;
        runner.last_frame_ms = now_ms(runner.clock.as_ref());
        let connected = SessionEvent::Connected {
            room: room.clone(),
            attempt: 0,
            cursor: runner.cursor.clone(),
            gap_ms: None,
        };
        // The channel is fresh and has room for at least one event.
        let _ = runner.tx.try_send(vec![connected]);
        tokio::spawn(runner.run(ws));
        Ok(Self {
            room,
            events,
            pending: std::collections::VecDeque::new(),
            cancel: CancelHandle(Arc::new(cancel_tx)),
            counters,
            context,
        })
    }

    /// The settings the session runs with (the recorder takes its media client and clock).
    pub fn context(&self) -> &LiveContext {
        &self.context
    }

    /// The room as resolved at start.
    pub fn room(&self) -> &Arc<LiveRoom> {
        &self.room
    }

    /// A handle that ends the session.
    pub fn cancel_handle(&self) -> CancelHandle {
        self.cancel.clone()
    }

    /// Transport totals so far.
    pub fn counters(&self) -> CounterSnapshot {
        self.counters.snapshot()
    }

    /// The next event; `None` after [`SessionEvent::Ended`].
    pub async fn next_event(&mut self) -> Option<SessionEvent> {
        loop {
            if let Some(ev) = self.pending.pop_front() {
                return Some(ev);
            }
            self.pending.extend(self.events.recv().await?);
        }
    }
}

impl futures::Stream for LiveSession {
    type Item = SessionEvent;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<SessionEvent>> {
        let this = self.get_mut();
        loop {
            if let Some(ev) = this.pending.pop_front() {
                return Poll::Ready(Some(ev));
            }
            match this.events.poll_recv(cx) {
                Poll::Ready(Some(batch)) => this.pending.extend(batch),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl Drop for LiveSession {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

/// The clock's time as the signed ms the event records use.
fn now_ms(clock: &dyn Clock) -> i64 {
    i64::try_from(clock.now_ms()).unwrap_or(i64::MAX)
}

/// Most frames handled between two checks of heartbeat and cancel.
const MAX_BATCH: usize = 64;

/// How one connection ended.
enum ConnEnd {
    LiveEnded,
    Cancelled,
    ConsumerGone,
    Dropped(String),
}

struct Runner<A> {
    api: Arc<A>,
    target: LinkTarget,
    room: Arc<LiveRoom>,
    config: SessionConfig,
    clock: Arc<dyn Clock>,
    rng: SharedRng,
    base_url: Option<String>,
    user_agent: String,
    guest: GuestIdentity,
    cursor: String,
    internal_ext: String,
    tx: mpsc::Sender<Vec<SessionEvent>>,
    cancel: watch::Receiver<bool>,
    counters: Arc<SessionCounters>,
    decoder: FrameDecoder,
    last_frame_ms: i64,
}

impl<A: LiveApi + 'static> Runner<A> {
    /// Signs and opens a connection resuming from the current cursor.
    async fn open(&mut self) -> Result<WsStream, Error> {
        let signature = self.rng.with(|rng| {
            let mut rng = rng;
            signature_with_rng(
                &self.room.room_id,
                &self.guest.user_unique_id,
                self.config.signature_counter,
                &mut rng,
            )
        });
        let browser_version = browser_version_from_user_agent(&self.user_agent);
        let url = wss_url(
            &push_base(self.base_url.as_deref()),
            &WssUrlInputs {
                room_id: &self.room.room_id,
                user_unique_id: &self.guest.user_unique_id,
                cursor: &self.cursor,
                internal_ext: &self.internal_ext,
                signature: &signature,
                browser_version: &browser_version,
            },
        );
        connect(
            &url,
            &self.user_agent,
            &self.guest.ttwid,
            self.config.limits.max_frame_bytes,
            self.config.connect_timeout,
        )
        .await
    }

    /// Hands a batch to the consumer, waiting while the channel is full (the memory bound)
    /// but not past a cancel.
    async fn deliver(&mut self, batch: Vec<SessionEvent>) -> Result<(), ConnEnd> {
        if self.cancelled() {
            return Err(ConnEnd::Cancelled);
        }
        tokio::select! {
            sent = self.tx.send(batch) => sent.map_err(|_| ConnEnd::ConsumerGone),
            _ = self.cancel.changed() => Err(ConnEnd::Cancelled),
        }
    }

    fn cancelled(&self) -> bool {
        *self.cancel.borrow()
    }

    async fn run(mut self, first: WsStream) {
        let mut ws = first;
        let mut attempt = 0u32;
        loop {
            let (end, frames) = self.pump(ws).await;
            if frames > 0 {
                attempt = 0;
            }
            let mut reason = match end {
                ConnEnd::LiveEnded => return self.end(EndReason::LiveEnded).await,
                ConnEnd::Cancelled => return self.end(EndReason::Cancelled).await,
                ConnEnd::ConsumerGone => return,
                ConnEnd::Dropped(reason) => reason,
            };
            ws = loop {
                attempt += 1;
                if attempt > self.config.reconnect.max_attempts {
                    return self
                        .end(EndReason::GaveUp {
                            attempts: attempt - 1,
                        })
                        .await;
                }
                let gap_ms = now_ms(self.clock.as_ref()).saturating_sub(self.last_frame_ms);
                tracing::info!(room_id = %self.room.room_id, attempt, gap_ms, reason = %reason, "danmaku connection dropped; reconnecting");
                let note = SessionEvent::Reconnecting {
                    attempt,
                    gap_ms,
                    reason: std::mem::take(&mut reason),
                };
                match self.deliver(vec![note]).await {
                    Ok(()) => {}
                    Err(ConnEnd::Cancelled) => return self.end(EndReason::Cancelled).await,
                    Err(_) => return,
                }
                if self
                    .sleep_or_cancel(self.config.reconnect.delay(attempt))
                    .await
                {
                    return self.end(EndReason::Cancelled).await;
                }
                match self.open().await {
                    Ok(ws) => {
                        tracing::info!(room_id = %self.room.room_id, attempt, "danmaku reconnected");
                        SessionCounters::bump(&self.counters.reconnects);
                        let connected = SessionEvent::Connected {
                            room: self.room.clone(),
                            attempt,
                            cursor: self.cursor.clone(),
                            gap_ms: Some(
                                now_ms(self.clock.as_ref()).saturating_sub(self.last_frame_ms),
                            ),
                        };
                        match self.deliver(vec![connected]).await {
                            Ok(()) => {}
                            Err(ConnEnd::Cancelled) => return self.end(EndReason::Cancelled).await,
                            Err(_) => return,
                        }
                        break ws;
                    }
                    Err(e) => {
                        reason = e.to_string();
                        if self.room_has_ended().await {
                            return self.end(EndReason::LiveEnded).await;
                        }
                        if matches!(e, Error::WsHandshake { .. }) {
                            // A refused upgrade may mean a stale cursor: bootstrap again.
                            if let Ok(boot) =
                                self.api.im_fetch(&self.room.room_id, &self.guest).await
                            {
                                self.cursor = boot.cursor;
                                self.internal_ext = boot.internal_ext;
                            }
                        }
                    }
                }
            };
        }
    }

    async fn room_has_ended(&self) -> bool {
        matches!(self.api.resolve_room(&self.target).await, Ok(r) if !r.is_live())
    }

    async fn end(&self, reason: EndReason) {
        let _ = self.tx.send(vec![SessionEvent::Ended { reason }]).await;
    }

    /// Sleeps; true when cancelled meanwhile.
    async fn sleep_or_cancel(&mut self, delay: std::time::Duration) -> bool {
        if self.cancelled() {
            return true;
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => self.cancelled(),
            _ = self.cancel.changed() => true,
        }
    }

    /// Runs one connection until it ends; returns how and how many frames it delivered.
    async fn pump(&mut self, ws: WsStream) -> (ConnEnd, u64) {
        let (mut sink, mut stream) = ws.split();
        let mut heartbeat = tokio::time::interval(self.config.heartbeat);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let hb = bytes::Bytes::from(heartbeat_frame());
        let mut frames = 0u64;
        loop {
            if self.cancelled() {
                let _ = sink.send(WsMessage::Close(None)).await;
                return (ConnEnd::Cancelled, frames);
            }
            tokio::select! {
                biased;
                _ = self.cancel.changed() => {
                    let _ = sink.send(WsMessage::Close(None)).await;
                    return (ConnEnd::Cancelled, frames);
                }
                _ = heartbeat.tick() => {
                    if let Err(e) = sink.send(WsMessage::Binary(hb.clone())).await {
                        return (ConnEnd::Dropped(format!("heartbeat failed: {}", describe(&e))), frames);
                    }
                    SessionCounters::bump(&self.counters.heartbeats);
                }
                next = tokio::time::timeout(self.config.idle_timeout, stream.next()) => {
                    let Ok(mut item) = next else {
                        let ms = self.config.idle_timeout.as_millis();
                        return (ConnEnd::Dropped(format!("no frame for {ms} ms")), frames);
                    };
                    // Frames already buffered are handled in one go and their acks flushed
                    // together (bounded, so heartbeats and cancel stay responsive).
                    let mut handled = 0;
                    loop {
                        if let Some(end) = self.on_item(item, &mut sink, &mut frames).await {
                            if matches!(end, ConnEnd::Cancelled) {
                                let _ = sink.send(WsMessage::Close(None)).await;
                            }
                            return (end, frames);
                        }
                        handled += 1;
                        if handled == MAX_BATCH {
                            break;
                        }
                        match stream.next().now_or_never() {
                            Some(more) => item = more,
                            None => break,
                        }
                    }
                    if let Err(e) = sink.flush().await {
                        return (ConnEnd::Dropped(format!("ack failed: {}", describe(&e))), frames);
                    }
                }
            }
        }
    }

    /// Handles one item read from the websocket.
    async fn on_item<S>(
        &mut self,
        item: Option<Result<WsMessage, tokio_tungstenite::tungstenite::Error>>,
        sink: &mut S,
        frames: &mut u64,
    ) -> Option<ConnEnd>
    where
        S: futures::Sink<WsMessage, Error = tokio_tungstenite::tungstenite::Error> + Unpin,
    {
        match item {
            None => Some(ConnEnd::Dropped("the server closed the connection".into())),
            Some(Err(e)) => Some(ConnEnd::Dropped(describe(&e))),
            Some(Ok(WsMessage::Binary(bytes))) => {
                *frames += 1;
                self.on_frame(bytes, sink).await
            }
            Some(Ok(WsMessage::Close(_))) => {
                Some(ConnEnd::Dropped("the server closed the connection".into()))
            }
            // Pings are answered by the transport on the next write; text is not used.
            Some(Ok(_)) => None,
        }
    }

    /// Handles one binary frame: ack first (as F2), then events in order.
    async fn on_frame<S>(&mut self, bytes: bytes::Bytes, sink: &mut S) -> Option<ConnEnd>
    where
        S: futures::Sink<WsMessage, Error = tokio_tungstenite::tungstenite::Error> + Unpin,
    {
        let received_ms = now_ms(self.clock.as_ref());
        self.last_frame_ms = received_ms;
        SessionCounters::bump(&self.counters.frames);
        let frame = match self.decoder.decode_bytes(bytes) {
            Ok(f) => f,
            Err(e) => {
                SessionCounters::bump(&self.counters.frame_errors);
                let note = SessionEvent::FrameError {
                    kind: e.kind(),
                    reason: e.to_string(),
                };
                return self.deliver(vec![note]).await.err();
            }
        };
        if let Some(ack) = frame.ack(self.config.ack_style) {
            if let Err(e) = sink.feed(WsMessage::Binary(ack.into())).await {
                return Some(ConnEnd::Dropped(format!("ack failed: {}", describe(&e))));
            }
            SessionCounters::bump(&self.counters.acks);
        }
        if let Some(r) = &frame.response {
            if !r.cursor.is_empty() {
                self.cursor.clone_from(&r.cursor);
            }
            if !r.internal_ext.is_empty() {
                self.internal_ext.clone_from(&r.internal_ext);
            }
        }
        let ended = frame.live_ended();
        let mut batch = Vec::with_capacity(frame.messages.len());
        for m in frame.messages {
            batch.push(match m.event {
                Ok(event) => {
                    SessionCounters::bump(&self.counters.messages);
                    SessionEvent::Event(TimedEvent {
                        received_ms,
                        msg_id: m.msg_id,
                        event,
                    })
                }
                Err(e) => {
                    SessionCounters::bump(&self.counters.frame_errors);
                    SessionEvent::FrameError {
                        kind: e.kind(),
                        reason: e.to_string(),
                    }
                }
            });
        }
        if !batch.is_empty() {
            if let Err(end) = self.deliver(batch).await {
                return Some(end);
            }
        }
        ended.then_some(ConnEnd::LiveEnded)
    }
}
