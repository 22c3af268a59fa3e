//! The engine's controls work from any thread: a GUI calls them from its main thread or from
//! sync commands, outside the runtime the engine was opened on.

mod support;

use douyin_download::{JobKind, JobOptions, JobSpec, Target};
use douyin_emulator::EmulatorConfig;
use douyin_store::JobState;
use support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enqueue_pause_resume_and_retry_from_a_thread_without_a_runtime() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let user = emu.world().users[0].clone();
    let from_thread = engine.clone();
    let job = std::thread::spawn(move || {
        assert!(
            tokio::runtime::Handle::try_current().is_err(),
            "no runtime here"
        );
        let id = from_thread
            .enqueue(JobSpec {
                kind: JobKind::Post,
                target: Target::User(user.sec_uid.clone()),
                options: JobOptions::default(),
            })
            .expect("enqueued");
        from_thread.pause(id).expect("paused");
        from_thread
            .resume(id)
            .expect("resumed: its task is spawned on the engine's runtime");
        id
    })
    .join()
    .expect("the thread did not panic");
    let done = tokio::time::timeout(std::time::Duration::from_secs(60), engine.wait(job))
        .await
        .unwrap_or_else(|_| panic!("the job did not end: {:?}", engine.job(job)))
        .expect("job");
    assert_eq!(done.state, JobState::Done, "{done:?}");
    assert!(done.files_done > 0);
    let again = engine.clone();
    std::thread::spawn(move || again.retry_failed(job).map(|_| ()))
        .join()
        .expect("retry from a thread does not panic")
        .expect("retry answers");
    engine.shutdown().await;
}

#[tokio::test]
async fn a_job_paused_before_it_ran_says_paused_and_a_shutdown_does_not_pause_it() {
    let emu = emulator_with(EmulatorConfig::default()).await;
    let dir = tempfile::tempdir().expect("tmp");
    let engine = engine(&emu, dir.path(), false).await;
    let user = emu.world().users[0].clone();
    let spec = JobSpec {
        kind: JobKind::Post,
        target: Target::User(user.sec_uid.clone()),
        options: JobOptions::default(),
    };
    let id = engine.enqueue(spec.clone()).expect("enqueued");
    engine.pause(id).expect("paused at once");
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    while engine.job(id).map(|j| j.state) != Some(JobState::Paused) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "still {:?}",
            engine.job(id).map(|j| j.state)
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let row = engine.job_row(id).expect("store").expect("row");
    assert_eq!(row.state, JobState::Paused, "the store says paused too");
    // A queued job that a shutdown stops is not the user's pause: it is not stored as paused.
    let other = engine
        .enqueue(JobSpec {
            target: Target::User(emu.world().users[1].sec_uid.clone()),
            ..spec
        })
        .expect("enqueued");
    engine.shutdown().await;
    let row = engine.job_row(other).expect("store").expect("row");
    assert_ne!(row.state, JobState::Paused, "{row:?}");
}
