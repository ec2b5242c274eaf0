//! The semantic spec diff: every kind of change is found and classified, and nothing else is
//! listed; the Markdown and JSON reports carry the counts and the implied version bump.

use codegen::diff::{diff, Bump, Impact};
use codegen::diff_report;
use spec_model::load_spec;

const OLD_ENUM: &str =
    "name: UserGender\nkind: enum\nvalues:\n  - value: M\n  - value: W\n  - value: X\n";
const NEW_ENUM: &str =
    "name: UserGender\nkind: enum\nvalues:\n  - value: M\n  - value: W\n  - value: F\n";
const OLD_DTO: &str = "name: UserDto\nkind: struct\nfields:\n  - name: userId\n    type: string\n    required: true\n  - name: loginsCount\n    type: number\n  - name: gone\n    type: string\n  - name: gender\n    type: UserGender\n    required: true\n";
const NEW_DTO: &str = "name: UserDto\nkind: struct\nfields:\n  - name: userId\n    type: string\n    required: true\n    description: the id\n  - name: loginsCount\n    type: integer\n  - name: gender\n    type: UserGender\n  - name: workStatus\n    type: string\n  - name: tenantId\n    type: string\n    required: true\n";

fn endpoint(name: &str, path: &str, params: &str) -> String {
    format!(
        "name: {name}\ngroup: users\nsummary: s\nsource: x.md\nhttp:\n  method: GET\n  path: {path}\n  params_in: query\n{params}response:\n  envelope: E\n  data: UserDto\n",
        params = if params.is_empty() { "params: []\n".to_string() } else { format!("params:\n{params}") }
    )
}

#[test]
fn every_change_is_found_and_classified() {
    let old_dir = crate::common::TempDir::new("diff-old");
    let new_dir = crate::common::TempDir::new("diff-new");
    let old_params = "  - name: userId\n    type: string\n    required: true\n  - name: withCustomData\n    type: boolean\n  - name: legacy\n    type: string\n";
    let new_params = "  - name: userId\n    type: string\n    required: true\n  - name: withCustomData\n    type: boolean\n    required: true\n  - name: withPost\n    type: boolean\n";
    let old = load_spec(old_dir.write(&[
        ("types/UserGender.yaml", OLD_ENUM),
        ("types/UserDto.yaml", OLD_DTO),
        ("types/OldDto.yaml", "name: OldDto\nkind: struct\n"),
        (
            "endpoints/users/get_user.yaml",
            &endpoint("get_user", "/api/v3/get-user", old_params),
        ),
        (
            "endpoints/users/kick_users.yaml",
            &endpoint("kick_users", "/api/v3/kick", ""),
        ),
    ]))
    .unwrap();
    let new = load_spec(new_dir.write(&[
        ("types/UserGender.yaml", NEW_ENUM),
        ("types/UserDto.yaml", NEW_DTO),
        (
            "endpoints/users/get_user.yaml",
            &endpoint("get_user", "/api/v3/get-user-v2", new_params),
        ),
        (
            "endpoints/users/list_users.yaml",
            &endpoint("list_users", "/api/v3/list-users", ""),
        ),
    ]))
    .unwrap();

    let d = diff(&old, &new);
    let listed: Vec<String> = d
        .changes
        .iter()
        .map(|c| format!("{:?} {:?} {} [{}]", c.impact, c.kind, c.target, c.detail))
        .collect();
    assert_eq!(
        listed,
        [
            "Additive EndpointAdded list_users [GET /api/v3/list-users]",
            "Breaking EndpointRemoved kick_users [GET /api/v3/kick]",
            "Patch EndpointRouteChanged get_user [GET /api/v3/get-user (query) -> GET /api/v3/get-user-v2 (query)]",
            "Additive ParamAdded get_user(withPost) [optional, boolean]",
            "Breaking ParamRemoved get_user(legacy) [optional, string]",
            "Breaking ParamMadeRequired get_user(withCustomData) [boolean]",
            "Breaking TypeRemoved OldDto [struct]",
            "Breaking FieldAdded UserDto.tenantId [required, string; a new argument of `UserDto::new`]",
            "Additive FieldAdded UserDto.workStatus [optional, string]",
            "Breaking FieldRemoved UserDto.gone [optional, string]",
            "Breaking FieldMadeOptional UserDto.gender [UserGender]",
            "Breaking FieldRetyped UserDto.loginsCount [number -> integer]",
            "Additive EnumValueAdded UserGender::F []",
            "Breaking EnumValueRemoved UserGender::X [now decodes as `Unknown`]",
            "Patch DescriptionChanged UserDto.userId []",
        ]
    );
    assert_eq!(d.count(Impact::Breaking), 9);
    assert_eq!(d.bump("0.1.0"), Bump::Minor);
    assert_eq!(d.bump("1.4.2"), Bump::Major);

    let md = diff_report::to_markdown(&d, "0.1.0");
    assert!(
        md.starts_with(
            "**9 breaking, 4 additive, 2 patch** changes: a **minor** release (0.1.0 → 0.2.0)."
        ),
        "{md}"
    );
    assert!(md.contains("| Fields retyped | breaking | 1 |"), "{md}");
    assert!(
        md.contains("\nFields added:\n- `UserDto.workStatus`: optional, string\n"),
        "{md}"
    );
    assert!(
        md.trim_end().ends_with("- `UserDto.userId`\n\n</details>"),
        "{md}"
    );

    let json: serde_json::Value = serde_json::from_str(&diff_report::to_json(&d, "0.1.0")).unwrap();
    assert_eq!(json["breaking"], 9);
    assert_eq!(json["bump"], "minor");
    assert_eq!(json["next_version"], "0.2.0");
    assert_eq!(json["changes"][0]["kind"], "endpoint_added");
}

#[test]
fn identical_specs_have_no_changes() {
    let dir = crate::common::TempDir::new("diff-same");
    let spec = load_spec(dir.write(&[
        ("types/UserGender.yaml", OLD_ENUM),
        ("types/UserDto.yaml", OLD_DTO),
    ]))
    .unwrap();
    let d = diff(&spec, &spec);
    assert!(d.is_empty());
    assert_eq!(d.bump("0.1.0"), Bump::None);
    assert_eq!(
        diff_report::to_markdown(&d, "0.1.0"),
        "No changes to the API spec.\n"
    );
}

#[test]
fn additive_only_changes_bump_the_patch_version_before_1_0() {
    let old_dir = crate::common::TempDir::new("diff-add-old");
    let new_dir = crate::common::TempDir::new("diff-add-new");
    let old = load_spec(old_dir.write(&[("types/UserGender.yaml", OLD_ENUM)])).unwrap();
    let new = load_spec(new_dir.write(&[(
        "types/UserGender.yaml",
        &format!("{OLD_ENUM}  - value: F\n"),
    )]))
    .unwrap();
    let d = diff(&old, &new);
    assert_eq!(d.changes.len(), 1);
    assert_eq!(d.bump("0.1.0"), Bump::Patch);
    assert_eq!(
        codegen::diff::next_version("0.1.0", Bump::Patch).as_deref(),
        Some("0.1.1")
    );
}
