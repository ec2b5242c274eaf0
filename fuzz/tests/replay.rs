//! Every fuzz target over its committed corpus (`corpus/<target>/`) and its regressions
//! (`regressions/<target>/`: inputs that once broke a target), as a plain test on stable.

use std::path::Path;

#[test]
fn every_target_replays_its_corpus_and_regressions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, target) in authing_fuzz::TARGETS {
        let mut replayed = 0;
        for folder in ["corpus", "regressions"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder).join(name)) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                let data = std::fs::read(&path).unwrap();
                let outcome = std::panic::catch_unwind(|| target(&data));
                assert!(outcome.is_ok(), "{name} broke on {}", path.display());
                replayed += 1;
            }
        }
        assert!(
            replayed >= 3,
            "{name}: a corpus is committed ({replayed} inputs)"
        );
    }
}
