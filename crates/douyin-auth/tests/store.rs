//! The session store: the file fallback is created owner-only (0600) and replaced atomically,
//! logout removes it, damage is reported without content, and the keyring path fails cleanly
//! (and falls back) where no keyring service runs. No output holds the cookie.

use douyin_auth::{
    AuthError, Cookie, CookieJar, HealthLog, Session, SessionHealth, SessionStore, StoreChoice,
    StoredIn, SESSION_FILE,
};
use douyin_core::ErrorKind;
use std::path::Path;

const SECRET: &str = "K33pThisPr1vate";

fn session() -> Session {
    let mut jar = CookieJar::new();
    let mut c = Cookie::new("sessionid", SECRET);
    c.http_only = true;
    jar.insert(c);
    jar.insert(Cookie::new("ttwid", "1%7Cguest"));
    Session::new(jar, 1_700_000_000_000)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn file_store_is_owner_only_and_logout_removes_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path().join("nested").join("douyin-archiver");
    let store = SessionStore::new(&data, StoreChoice::File);
    assert!(store.load().expect("empty").is_none());
    let saved = store.save(&session()).expect("saved");
    let path = data.join(SESSION_FILE);
    assert_eq!(
        saved,
        StoredIn::File {
            path: path.clone(),
            keyring_unavailable: None
        }
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600, "the session file is owner-only");
        assert_eq!(mode(&data), 0o700, "the data dir it created is owner-only");
    }
    // Saved again over the old one: still 0600, and no temporary file is left behind.
    store.save(&session()).expect("saved again");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let names: Vec<String> = std::fs::read_dir(&data)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [SESSION_FILE]);
    let (loaded, from) = store.load().expect("load").expect("a session");
    assert_eq!(loaded, session());
    assert_eq!(from, saved);
    assert_eq!(
        loaded.cookie_header(),
        format!("sessionid={SECRET}; ttwid=1%7Cguest")
    );
    assert!(store.delete().expect("logout"));
    assert!(!path.exists(), "logout deletes the file");
    assert!(store.load().expect("after logout").is_none());
    assert!(!store.delete().expect("second logout"));
}

#[cfg(unix)]
#[test]
fn an_existing_world_readable_file_is_replaced_by_an_owner_only_one() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join(SESSION_FILE);
    std::fs::write(&path, "old").expect("old file");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    SessionStore::new(dir.path(), StoreChoice::File)
        .save(&session())
        .expect("saved");
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn a_damaged_file_is_an_io_error_without_content() {
    let dir = tempfile::tempdir().expect("tmp");
    let store = SessionStore::new(dir.path(), StoreChoice::File);
    std::fs::write(
        dir.path().join(SESSION_FILE),
        format!("{{\"version\":1,\"cookies\":[{{\"name\":\"sessionid\",\"value\":\"{SECRET}\""),
    )
    .expect("write");
    let err = store.load().expect_err("damaged");
    assert_eq!(err.kind(), ErrorKind::Io);
    let shown = format!("{err} {err:?}");
    assert!(
        shown.contains("damaged") && !shown.contains(SECRET),
        "{shown}"
    );
}

#[test]
fn debug_of_every_session_type_hides_the_cookie() {
    let s = session();
    let shown = format!("{s:?} {:?} {:?}", s.jar(), s.jar().cookies());
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("sessionid"));
}

/// Where no keyring service runs (this CI machine, headless boxes) the keyring backend fails
/// with a clear, classified error and `auto` falls back to the file; where one runs, `auto` uses
/// it. Either way the session round-trips and logout removes every copy. A test-only keyring
/// service name keeps the user's real entry untouched.
#[test]
fn keyring_fails_cleanly_or_works_and_auto_falls_back() {
    let dir = tempfile::tempdir().expect("tmp");
    let service = format!("douyin-archiver-test-{}", std::process::id());
    let keyring =
        SessionStore::new(dir.path(), StoreChoice::Keyring).with_keyring_service(&service);
    let keyring_works = match keyring.save(&session()) {
        Ok(StoredIn::Keyring) => {
            assert_eq!(
                keyring.load().expect("load").map(|(s, _)| s),
                Some(session())
            );
            assert!(keyring.delete().expect("delete"));
            true
        }
        Ok(other) => panic!("the keyring store saved elsewhere: {other:?}"),
        Err(e) => {
            assert!(matches!(e, AuthError::KeyringUnavailable { .. }), "{e}");
            assert_eq!(e.kind(), ErrorKind::Io);
            assert!(e.to_string().contains("--store file"), "{e}");
            assert!(!format!("{e} {e:?}").contains(SECRET));
            assert!(
                keyring.load().is_err(),
                "keyring-only load fails the same way"
            );
            false
        }
    };
    let auto = SessionStore::new(dir.path(), StoreChoice::Auto).with_keyring_service(&service);
    let saved = auto.save(&session()).expect("auto always saves");
    let file = dir.path().join(SESSION_FILE);
    match &saved {
        StoredIn::Keyring => {
            assert!(keyring_works);
            assert!(!file.exists(), "no file copy next to the keyring copy");
        }
        StoredIn::File {
            path,
            keyring_unavailable,
        } => {
            assert!(!keyring_works);
            assert_eq!(path, &file);
            assert!(keyring_unavailable.is_some(), "the fallback says why");
            #[cfg(unix)]
            assert_eq!(mode(&file), 0o600);
        }
    }
    let (loaded, from) = auto.load().expect("load").expect("session");
    assert_eq!(loaded, session());
    assert_eq!(
        matches!(from, StoredIn::Keyring),
        matches!(saved, StoredIn::Keyring)
    );
    assert!(auto.delete().expect("logout"));
    assert!(auto.load().expect("after logout").is_none());
    assert!(!file.exists());
}

#[test]
fn health_log_round_trips_and_clears() {
    let dir = tempfile::tempdir().expect("tmp");
    let log = HealthLog::new(dir.path());
    assert!(log.load().is_none());
    let mut health = SessionHealth::unchecked();
    health.logged_in(5);
    log.save(&health).expect("save");
    assert_eq!(log.load(), Some(health));
    log.clear().expect("clear");
    assert!(log.load().is_none());
}
