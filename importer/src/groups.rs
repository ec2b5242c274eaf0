//! Group slugs: each docs group folder (Chinese) maps to a stable ASCII snake_case name, which
//! becomes the endpoint's `group` and so its generated module. An unmapped folder is an error.

/// Folder name -> group slug. Folders that only hold end-user pages are listed too, so a page
/// moving between clients never needs a new entry here.
pub const GROUPS: &[(&str, &str)] = &[
    ("管理用户", "users"),
    ("管理角色", "roles"),
    ("管理组织机构", "organizations"),
    ("管理用户分组", "groups"),
    ("管理岗位", "posts"),
    ("管理应用", "applications"),
    ("管理身份源", "identity_providers"),
    ("管理公共账号", "public_accounts"),
    ("管理同步中心", "sync"),
    ("管理多租户", "tenants"),
    ("管理安全配置", "security"),
    ("管理审计日志", "audit_logs"),
    ("获取审计日志", "audit_logs"),
    ("管理数据对象", "data_objects"),
    ("管理数据资源与权限", "data_permissions"),
    ("管理资源与权限", "resources"),
    ("管理注册白名单", "whitelists"),
    ("管理消息服务", "messaging"),
    ("管理终端设备", "devices"),
    ("管理自定义字段", "custom_fields"),
    ("管理计量计费", "billing"),
    ("管理风险名单", "risk_lists"),
    ("管理-pipeline", "pipelines"),
    ("管理-webhook", "webhooks"),
    ("管理事件", "events"),
    // End-user (authentication) folders.
    ("mfa-要素管理", "mfa"),
    ("其他", "misc"),
    ("公开信息端点", "public_info"),
    ("微信相关接口", "wechat"),
    ("注册", "registration"),
    ("消息服务", "user_messaging"),
    ("用户相关资源", "user_resources"),
    ("用户资料", "profile"),
    ("登录", "login"),
    ("账号绑定", "account_binding"),
    ("鉴权", "authorization"),
];

/// The slug of a group folder.
pub fn slug(folder: &str) -> Option<&'static str> {
    GROUPS.iter().find(|(f, _)| *f == folder).map(|(_, s)| *s)
}

/// The group folder of a page path (`管理用户/get-user.md` -> `管理用户`); `None` at the root.
pub fn folder_of(page: &str) -> Option<&str> {
    page.rsplit_once('/')
        .map(|(dir, _)| dir.rsplit('/').next().unwrap_or(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_snake_case_and_folders_unique() {
        let mut folders = std::collections::BTreeSet::new();
        for (folder, slug) in GROUPS {
            assert!(folders.insert(folder), "{folder} listed twice");
            assert!(spec_model::validate::is_snake_ident(slug), "{slug}");
            assert_ne!(*slug, spec_model::spec::SHARED_GROUP);
        }
        assert_eq!(slug("管理用户"), Some("users"));
        assert_eq!(folder_of("管理用户/get-user.md"), Some("管理用户"));
        assert_eq!(folder_of("events.md"), None);
    }
}
