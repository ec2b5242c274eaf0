//! Page parsing on real pages: the seeds (both formats) and current upstream pages.

use crate::common::*;
use importer::fields::{read_row, RawType};
use importer::page::Column;
use importer::parse_page;

#[test]
fn markdown_seed_gives_method_params_enums_and_structures() {
    let (name, text) = seed("000");
    let page = parse_page(&name, &text).unwrap();
    assert_eq!(
        page.method.as_ref().unwrap().value,
        "get_otp_secret_by_user"
    );
    assert_eq!(page.client.as_deref(), Some("ManagementClient"));
    assert_eq!(
        page.title.as_ref().unwrap().value,
        "获取用户绑定 OTP 的秘钥"
    );
    assert!(page
        .description
        .as_deref()
        .unwrap()
        .starts_with("通过用户 ID"));
    let params = page.params.as_ref().unwrap();
    let user_id_type = read_row(&params.rows[1]);
    assert_eq!(user_id_type.name, "userIdType");
    assert_eq!(user_id_type.default.as_deref(), Some("user_id"));
    let values: Vec<&str> = user_id_type
        .values
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(
        values,
        [
            "user_id",
            "phone",
            "email",
            "username",
            "external_id",
            "identity",
            "sync_relation"
        ]
    );
    // The `示例值：` line under a value belongs to that value's meaning.
    let identity = &user_id_type.values[5];
    assert!(identity.description.as_deref().unwrap().contains("示例值"));
    let response = page.response.as_ref().unwrap();
    assert_eq!(
        response.type_name.as_ref().unwrap().value,
        "GetOtpSecretRespDto"
    );
    let example = &response.example.as_ref().unwrap().value;
    assert!(serde_json::from_str::<serde_json::Value>(example).is_ok());
    assert_eq!(page.structures.len(), 1);
    assert_eq!(page.structures[0].name, "OtpSecretRespDto");
    let secret = read_row(&page.structures[0].table.rows[0]);
    assert_eq!((secret.name.as_str(), secret.required), ("secret", true));
    assert_eq!(secret.example.as_deref(), Some("e2345asdfwagw13424"));
}

#[test]
fn markdown_seed_without_method_name_and_with_commented_sample() {
    let (name, text) = seed("003");
    let page = parse_page(&name, &text).unwrap();
    assert!(page.method.is_none());
    let data = page.response.as_ref().unwrap().table.as_ref().unwrap();
    let row = data
        .rows
        .iter()
        .map(read_row)
        .find(|r| r.name == "data")
        .unwrap();
    assert_eq!(row.ty, RawType::Array(None));
    let identity = &page.structures[0];
    let provider = identity
        .table
        .rows
        .iter()
        .map(read_row)
        .find(|r| r.name == "provider")
        .unwrap();
    assert_eq!(provider.values.len(), 27);
    assert_eq!(provider.values[26].value, "azure-ad");
    assert_eq!(provider.values[0].description.as_deref(), Some("微信"));
}

#[test]
fn flattened_web_seed_is_read_and_the_nameless_row_is_spotted() {
    let (name, text) = seed("004");
    let page = parse_page(&name, &text).unwrap();
    assert_eq!(page.title.as_ref().unwrap().value, "获取用户信息");
    assert_eq!(page.sample_calls, ["get_user"]);
    let params = page.params.as_ref().unwrap();
    let user_id_type = read_row(&params.rows[1]);
    let values: Vec<&str> = user_id_type
        .values
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(
        values,
        ["user_id", "external_id", "phone", "email", "username"]
    );
    assert_eq!(user_id_type.example.as_deref(), Some("user_id"));
    let response = page.response.as_ref().unwrap();
    assert_eq!(
        response.type_name.as_ref().unwrap().value,
        "UserSingleRespDto"
    );
    assert!(
        serde_json::from_str::<serde_json::Value>(&response.example.as_ref().unwrap().value)
            .is_ok()
    );
    let user = page
        .structures
        .iter()
        .find(|s| s.name == "UserDto")
        .unwrap();
    let rows: Vec<_> = user.table.rows.iter().map(read_row).collect();
    let lost = &rows[4];
    assert!(lost.lost_name);
    assert_eq!(lost.ty, RawType::String);
    assert_eq!(lost.example.as_deref(), Some("test@example.com"));
    assert_eq!(lost.line, user.table.rows[4].line);
    let status = rows.iter().find(|r| r.name == "status").unwrap();
    assert_eq!(status.values.len(), 4);
    let identities = rows.iter().find(|r| r.name == "identities").unwrap();
    assert_eq!(identities.nested.as_deref(), Some("IdentityDto"));
    let departments = rows.iter().find(|r| r.name == "departmentIds").unwrap();
    assert_eq!(
        departments.example.as_deref(),
        Some(r#"["624d930c3xxxx5c08dd4986e","624d93102xxxx012f33cd2fe"]"#)
    );
    assert!(page.structures.iter().any(|s| s.name == "IdentityDto"));
}

#[test]
fn upstream_page_with_links_nested_types_and_non_backticked_values() {
    let text = management_page("管理用户/get-user.md");
    let page = parse_page("管理用户/get-user.md", &text).unwrap();
    assert_eq!(page.method.as_ref().unwrap().value, "get_user");
    let names: Vec<String> = page
        .params
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .map(|r| r.plain(Column::Name))
        .collect();
    assert!(
        names.contains(&"flatCustomData".to_string()) && names.contains(&"withPost".to_string())
    );
    let user = &page.structures[0];
    let rows: Vec<_> = user.table.rows.iter().map(read_row).collect();
    let status = rows.iter().find(|r| r.name == "status").unwrap();
    let values: Vec<&str> = status.values.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(
        values,
        [
            "Activated",
            "Suspended",
            "Deactivated",
            "Resigned",
            "Archived"
        ]
    );
    let identities = rows.iter().find(|r| r.name == "identities").unwrap();
    assert_eq!(identities.nested.as_deref(), Some("IdentityDto"));
    assert_eq!(identities.description.as_deref(), Some("外部身份源"));
}

#[test]
fn rows_written_over_several_lines_are_joined_with_their_line_numbers_kept() {
    let rel = "管理-pipeline/create-pipeline-function.md";
    let page = parse_page(rel, &management_page(rel)).unwrap();
    assert_eq!(page.joined_rows.first(), Some(&(24, 10)));
    let rows: Vec<_> = page
        .params
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .map(read_row)
        .collect();
    let source = rows.iter().find(|r| r.name == "sourceCode").unwrap();
    assert!(source
        .example
        .as_deref()
        .unwrap()
        .contains("\n  const date = new Date();\n"));
    // The rows after the joined one still belong to the table, with their own lines.
    let scene = rows.iter().find(|r| r.name == "scene").unwrap();
    assert_eq!(scene.line, 34);
    assert!(scene.values.iter().any(|v| v.value == "PRE_REGISTER"));
}

#[test]
fn a_page_that_is_not_an_api_page_is_an_error_naming_file_and_line() {
    let err = parse_page(
        "x/broken.md",
        "# Title\n\nSome text.\n\n## 请求参数\n\nno table here\n",
    )
    .unwrap_err();
    assert_eq!(err.file, "x/broken.md");
    assert!(err.message.contains("table of request parameters"), "{err}");
    let err = parse_page("y.md", "# T\n\n## 方法名称\n\nnothing\n\n## 请求参数\n").unwrap_err();
    assert_eq!(err.line, 5, "{err}");
    assert!(err
        .to_string()
        .starts_with("y.md:5: expected `ManagementClient.<method_name>`"));
    let err = parse_page(
        "z.md",
        "# T\n\n## 请求参数\n\n| 名称 | 大小 |\n| -- | -- |\n| a | b |\n\n## 请求响应\n",
    )
    .unwrap_err();
    assert_eq!(err.line, 5);
    assert!(
        err.message.contains("unexpected table column `大小`"),
        "{err}"
    );
}
