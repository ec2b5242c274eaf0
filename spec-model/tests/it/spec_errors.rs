//! Loading a bad spec is an error naming the file, line and column, never a panic: one test per
//! kind of mistake, each on a minimal spec written to a temporary directory.

use std::path::{Path, PathBuf};

use spec_model::{load_spec, SpecErrors};

const ENUM: &str = "name: UserIdType\nkind: enum\nvalues:\n  - value: user_id\n  - value: email\n";
const STRUCT: &str = "name: UserDto\nkind: struct\nfields:\n  - name: userId\n    type: string\n    required: true\n";

fn endpoint(params: &str, data: &str) -> String {
    format!(
        "name: get_user\ngroup: users\nsummary: s\nsource: x.md\nhttp:\n  method: GET\n  path: /api/v3/get-user\n  params_in: query\nparams:\n{params}response:\n  envelope: UserSingleRespDto\n  data: {data}\n"
    )
}

const PARAM: &str = "  - name: userId\n    type: string\n    required: true\n";

/// Writes files (relative path -> text) into a fresh directory and loads it.
fn load(name: &str, files: &[(&str, &str)]) -> Result<spec_model::Spec, SpecErrors> {
    let dir = crate::common::TempDir::new(&format!("spec-{name}"));
    load_spec(dir.write(files))
}

fn one_error(result: Result<spec_model::Spec, SpecErrors>) -> (PathBuf, u64, u64, String) {
    let errors = result.expect_err("the spec should not load").0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    (e.file.clone(), e.line, e.column, e.message.clone())
}

fn file_name(p: &Path) -> &str {
    p.file_name().unwrap().to_str().unwrap()
}

#[test]
fn a_valid_spec_loads() {
    let spec = load(
        "valid",
        &[
            ("types/UserIdType.yaml", ENUM),
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/users/get_user.yaml", &endpoint(PARAM, "UserDto")),
        ],
    )
    .unwrap();
    assert_eq!(spec.endpoints.len(), 1);
    assert_eq!(spec.types.len(), 2);
}

#[test]
fn unknown_key_names_file_line_and_column() {
    let bad = STRUCT.replace("    required: true", "    requird: true");
    let (file, line, column, message) =
        one_error(load("unknown-key", &[("types/UserDto.yaml", &bad)]));
    assert_eq!(file_name(&file), "UserDto.yaml");
    assert_eq!((line, column), (6, 5));
    assert!(message.contains("unknown field `requird`"), "{message}");
}

#[test]
fn reference_to_undefined_type() {
    let (file, line, column, message) = one_error(load(
        "undefined-ref",
        &[
            ("types/UserDto.yaml", STRUCT),
            (
                "endpoints/users/get_user.yaml",
                &endpoint(PARAM, "array<IdentityDto>"),
            ),
        ],
    ));
    assert_eq!(file_name(&file), "get_user.yaml");
    assert_eq!((line, column), (15, 9));
    assert!(
        message.contains("undefined type `IdentityDto`"),
        "{message}"
    );
}

#[test]
fn duplicate_field_name() {
    let params = format!("{PARAM}{PARAM}");
    let (file, line, _, message) = one_error(load(
        "duplicate",
        &[
            ("types/UserDto.yaml", STRUCT),
            (
                "endpoints/users/get_user.yaml",
                &endpoint(&params, "UserDto"),
            ),
        ],
    ));
    assert_eq!(file_name(&file), "get_user.yaml");
    assert_eq!(line, 13);
    assert!(
        message.contains("duplicate field name `userId`"),
        "{message}"
    );
}

#[test]
fn invalid_enum_default() {
    let params =
        format!("{PARAM}  - name: userIdType\n    type: UserIdType\n    default: mobile\n");
    let (_, line, column, message) = one_error(load(
        "bad-default",
        &[
            ("types/UserIdType.yaml", ENUM),
            ("types/UserDto.yaml", STRUCT),
            (
                "endpoints/users/get_user.yaml",
                &endpoint(&params, "UserDto"),
            ),
        ],
    ));
    assert_eq!((line, column), (15, 14));
    assert!(
        message.contains("`mobile` is not a value of enum `UserIdType`"),
        "{message}"
    );
}

#[test]
fn value_of_the_wrong_shape() {
    let bad = STRUCT.replace("    required: true", "    required: [yes]");
    let (_, line, _, message) = one_error(load("shape", &[("types/UserDto.yaml", &bad)]));
    assert_eq!(line, 6);
    assert!(!message.is_empty());
}

#[test]
fn unknown_type_expression_and_bad_query_type() {
    let params = "  - name: filter\n    type: map<string>\n  - name: n\n    type: int\n";
    let errors = load(
        "bad-types",
        &[
            ("types/UserDto.yaml", STRUCT),
            (
                "endpoints/users/get_user.yaml",
                &endpoint(params, "UserDto"),
            ),
        ],
    )
    .unwrap_err()
    .0;
    let messages: Vec<_> = errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(errors.len(), 2, "{messages:?}");
    assert_eq!(errors[0].line, 11);
    assert!(errors[0].message.contains("a query string cannot carry"));
    assert_eq!(errors[1].line, 13);
    assert!(errors[1].message.contains("unknown type `int`"));
}

#[test]
fn parse_errors_in_several_files_are_all_reported_with_positions() {
    let errors = load(
        "several",
        &[
            (
                "types/UserDto.yaml",
                "name: UserDto\nkind: struct\nfields: 3\n",
            ),
            ("endpoints/users/get_user.yaml", "name: [\n"),
        ],
    )
    .unwrap_err();
    assert_eq!(errors.0.len(), 2, "{errors}");
    let text = errors.to_string();
    assert!(
        text.contains("get_user.yaml:1:7: expected string scalar\n"),
        "{text}"
    );
    assert!(
        text.contains("UserDto.yaml:3:9: expected sequence start"),
        "{text}"
    );
}

#[test]
fn name_must_match_its_file() {
    let (_, line, column, message) = one_error(load(
        "file-name",
        &[(
            "types/Other.yaml",
            "name: Another\nkind: enum\nvalues:\n  - value: a\n",
        )],
    ));
    assert_eq!((line, column), (1, 7));
    assert!(
        message.contains("name `Another` does not match the file name"),
        "{message}"
    );
}

#[test]
fn missing_spec_directory() {
    let e = load_spec(Path::new("/nonexistent/spec")).unwrap_err();
    assert!(e.to_string().contains("spec directory not found"));
}

#[test]
fn a_multi_line_value_in_a_message_stays_on_one_line() {
    let bad = endpoint(PARAM, "UserDto").replace("name: get_user", "name: |\n  multi\n  line");
    let errors = load(
        "multi-line",
        &[
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/users/get_user.yaml", &bad),
        ],
    )
    .expect_err("the name is not snake_case");
    let shown = errors.to_string();
    assert!(!shown.contains("multi\nline"), "{shown}");
    assert!(shown.contains("multi\\nline"), "{shown}");
}

#[test]
fn a_method_name_may_repeat_on_the_other_client_but_not_on_the_same_one() {
    let end_user = |group: &str| {
        endpoint(PARAM, "UserDto").replace(
            "group: users\n",
            &format!("client: authentication\ngroup: {group}\n"),
        )
    };
    let both = load(
        "two-clients",
        &[
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/users/get_user.yaml", &endpoint(PARAM, "UserDto")),
            ("endpoints/profile/get_user.yaml", &end_user("profile")),
        ],
    )
    .unwrap();
    assert_eq!(both.endpoints.len(), 2);

    let errors = load(
        "same-client",
        &[
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/profile/get_user.yaml", &end_user("profile")),
            ("endpoints/login/get_user.yaml", &end_user("login")),
        ],
    )
    .expect_err("the same name twice on one client")
    .0;
    assert!(
        errors
            .iter()
            .any(|e| e.message == "duplicate endpoint name `get_user` on the authentication client"),
        "{errors:?}"
    );
}

#[test]
fn a_group_holds_one_clients_endpoints() {
    let mixed = endpoint(PARAM, "UserDto")
        .replace(
            "name: get_user\ngroup: users\n",
            "name: get_me\nclient: authentication\ngroup: users\n",
        )
        .replace("/api/v3/get-user", "/api/v3/get-me");
    let (file, line, _, message) = one_error(load(
        "mixed-group",
        &[
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/users/get_user.yaml", &endpoint(PARAM, "UserDto")),
            ("endpoints/users/get_me.yaml", &mixed),
        ],
    ));
    // Files load in name order: `get_me` claims the group for its client first.
    assert_eq!(file_name(&file), "get_user.yaml");
    assert_eq!(line, 2);
    assert_eq!(
        message,
        "group `users` holds authentication endpoints already; a group belongs to one client"
    );
}

#[test]
fn the_shared_types_module_name_is_no_group_name() {
    let ep = endpoint(PARAM, "UserDto").replace("group: users", "group: common");
    let (file, line, column, message) = one_error(load(
        "reserved-group",
        &[
            ("types/UserDto.yaml", STRUCT),
            ("endpoints/common/get_user.yaml", &ep),
        ],
    ));
    assert_eq!(file_name(&file), "get_user.yaml");
    assert_eq!((line, column), (2, 8));
    assert!(message.contains("`common` is reserved"), "{message}");
}

#[test]
fn a_type_named_like_the_prelude_is_refused() {
    let ty = "name: Result\nkind: struct\nfields:\n  - name: addUser\n    type: number\n";
    let (file, line, column, message) =
        one_error(load("reserved-type", &[("types/Result.yaml", ty)]));
    assert_eq!(file_name(&file), "Result.yaml");
    assert_eq!((line, column), (1, 7));
    assert!(
        message.contains("`Result` is a name of Rust's prelude") && message.contains("`ResultDto`"),
        "{message}"
    );
}
