//! `sdk/tests/every_endpoint/generated/`: one module per group calling every endpoint, the
//! secrets test and the enums test.

use std::collections::BTreeMap;

use super::format_file;
use crate::emit::{endpoint_tests, enum_tests, secret_tests};
use crate::plan::Plan;

/// `sdk/tests/every_endpoint/generated/`: `mod.rs` and one module per group.
pub fn render(plan: &Plan<'_>) -> Result<BTreeMap<String, String>, String> {
    let modules = endpoint_tests::group_modules(plan)?;
    let features = &plan.features;
    let groups: Vec<(String, String)> = modules
        .keys()
        .map(|g| {
            let feature = features.get(g.as_str()).copied().unwrap_or(g);
            (g.clone(), feature.to_string())
        })
        .collect();
    let mut files = BTreeMap::new();
    files.insert(
        "mod.rs".to_string(),
        format_file(endpoint_tests::mod_file(&groups))?,
    );
    for (group, tokens) in modules {
        files.insert(format!("{group}.rs"), format_file(tokens)?);
    }
    files.insert(
        "secrets.rs".to_string(),
        format_file(secret_tests::module(plan)?)?,
    );
    files.insert(
        "enums.rs".to_string(),
        format_file(enum_tests::module(plan))?,
    );
    Ok(files)
}
