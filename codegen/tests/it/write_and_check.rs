//! The write/check function: check mode writes nothing and lists stale and extra files with a
//! diff; write mode makes the directory match exactly; a second write changes nothing.

use std::collections::BTreeMap;
use std::fs;

use codegen::{Mode, Outcome};
use spec_model::sync::sync_dir;

#[test]
fn check_reports_stale_and_extra_files_then_write_repairs_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    fs::create_dir_all(dir.join("types")).unwrap();
    fs::write(dir.join("mod.rs"), "old\n").unwrap();
    fs::write(dir.join("types/gone.rs"), "gone\n").unwrap();

    let mut want = BTreeMap::new();
    want.insert("mod.rs".to_string(), "new\n".to_string());
    want.insert("types/users.rs".to_string(), "users\n".to_string());

    match sync_dir(&dir, "", "rs", &want, Mode::Check).unwrap() {
        Outcome::Stale { files, diff } => {
            assert_eq!(files, ["mod.rs", "types/gone.rs", "types/users.rs"]);
            assert!(diff.contains("--- a/mod.rs\n+++ b/mod.rs\n"), "{diff}");
            assert!(diff.contains("-old\n+new\n"), "{diff}");
            assert!(diff.contains("-gone\n"), "{diff}");
        }
        other => panic!("expected stale, got {other:?}"),
    }
    assert_eq!(
        fs::read_to_string(dir.join("mod.rs")).unwrap(),
        "old\n",
        "check wrote"
    );

    assert!(matches!(
        sync_dir(&dir, "", "rs", &want, Mode::Write).unwrap(),
        Outcome::Updated(_)
    ));
    assert_eq!(fs::read_to_string(dir.join("mod.rs")).unwrap(), "new\n");
    assert!(!dir.join("types/gone.rs").exists());
    assert_eq!(
        sync_dir(&dir, "", "rs", &want, Mode::Write).unwrap(),
        Outcome::UpToDate
    );
    assert_eq!(
        sync_dir(&dir, "", "rs", &want, Mode::Check).unwrap(),
        Outcome::UpToDate
    );
}

#[test]
fn line_endings_do_not_make_a_file_stale() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("mod.rs"), "a\r\nb\r\n").unwrap();
    let mut want = BTreeMap::new();
    want.insert("mod.rs".to_string(), "a\nb\n".to_string());
    assert_eq!(
        sync_dir(dir.path(), "", "rs", &want, Mode::Check).unwrap(),
        Outcome::UpToDate
    );
}

#[test]
fn an_unreadable_file_is_an_error_not_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where a file is expected cannot be read as text.
    fs::create_dir_all(dir.path().join("mod.rs")).unwrap();
    let mut want = BTreeMap::new();
    want.insert("mod.rs".to_string(), "new\n".to_string());
    let err = sync_dir(dir.path(), "", "rs", &want, Mode::Write).unwrap_err();
    assert!(err.starts_with("cannot read "), "{err}");
    assert!(err.contains("mod.rs"), "{err}");
    assert!(dir.path().join("mod.rs").is_dir(), "nothing was written");
}
