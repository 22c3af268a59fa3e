//! Pause, resume and cancel: one watch channel per job that every task of the job listens to,
//! so a pause really stops its transfers at once (the `.part` files stay for the resume).

use tokio::sync::watch;

/// What the tasks of a job should be doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RunState {
    /// Work.
    Run,
    /// Stop transfers, keep partial files, wait for a resume.
    Pause,
    /// Stop for good.
    Cancel,
}

/// The sending side, held by the engine.
#[derive(Debug, Clone)]
pub struct Control {
    tx: watch::Sender<RunState>,
}

impl Control {
    /// A control in `state`.
    pub fn new(state: RunState) -> Self {
        Self {
            tx: watch::Sender::new(state),
        }
    }

    /// Sets the state (a cancelled job stays cancelled).
    pub fn set(&self, state: RunState) {
        self.tx.send_if_modified(|s| {
            let changed = *s != state && *s != RunState::Cancel;
            if changed {
                *s = state;
            }
            changed
        });
    }

    /// The current state.
    pub fn state(&self) -> RunState {
        *self.tx.borrow()
    }

    /// A listener for tasks.
    pub fn listen(&self) -> Listener {
        Listener {
            rx: self.tx.subscribe(),
        }
    }
}

/// The receiving side, one per task.
#[derive(Debug, Clone)]
pub struct Listener {
    rx: watch::Receiver<RunState>,
}

impl Listener {
    /// The current state.
    pub fn state(&self) -> RunState {
        *self.rx.borrow()
    }

    /// Resolves as soon as the state is not [`RunState::Run`] (at once if it already is not),
    /// with that state. Never resolves while running.
    pub async fn interrupted(&mut self) -> RunState {
        loop {
            let s = *self.rx.borrow_and_update();
            if s != RunState::Run {
                return s;
            }
            if self.rx.changed().await.is_err() {
                // The engine is gone: nothing will ever resume this task.
                return RunState::Cancel;
            }
        }
    }

    /// Waits until the job may run again; `false` when it was cancelled instead.
    pub async fn runnable(&mut self) -> bool {
        loop {
            match *self.rx.borrow_and_update() {
                RunState::Run => return true,
                RunState::Cancel => return false,
                RunState::Pause => {}
            }
            if self.rx.changed().await.is_err() {
                return false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn pause_interrupts_and_resume_releases_but_cancel_is_final() {
        let c = Control::new(RunState::Run);
        let mut l = c.listen();
        c.set(RunState::Pause);
        assert_eq!(l.interrupted().await, RunState::Pause);
        let waiter = {
            let mut l = l.clone();
            tokio::spawn(async move { l.runnable().await })
        };
        c.set(RunState::Run);
        assert!(waiter.await.expect("join"));
        c.set(RunState::Cancel);
        c.set(RunState::Run);
        assert_eq!(c.state(), RunState::Cancel);
        assert!(!l.runnable().await);
    }
}
