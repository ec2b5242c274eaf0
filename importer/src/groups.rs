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
    // Folders (tags) only the docs factory's OpenAPI has: groups of the routes it adds.
    ("管理租户成员", "tenants"),
    ("管理租户组织机构", "tenants"),
    ("管理元数据", "data_objects"),
    ("管理 AK & SK", "access_keys"),
    ("管理 LDAP Server", "ldap_server"),
    ("Authing Verify", "verify"),
    ("管理 Token", "tokens"),
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

/// Groups of routes no tag places (Node SDK methods, untagged OpenAPI operations), by a piece
/// of their path: the first entry of the route's client whose piece the path contains. A
/// group belongs to one client, so the end-user ones have their own slugs.
pub const BY_PATH: &[(crate::routes::Client, &str, &str)] = {
    use crate::routes::Client::{Authentication as A, Management as M};
    &[
        (M, "invitation", "invitations"),
        (M, "invitee", "invitations"),
        (M, "approval", "approvals"),
        (M, "device-exclusive", "devices"),
        (M, "create-device", "devices"),
        (M, "add-device", "devices"),
        (M, "last-login-apps-by-device", "devices"),
        (M, "whitelist-of-app", "whitelists"),
        (A, "invitation", "user_invitations"),
        (A, "invite", "user_invitations"),
        (A, "approval", "user_approvals"),
        (A, "permission-applicable", "user_approvals"),
        (A, "/webauthn/", "webauthn"),
        (A, "qrcode", "login"),
        (A, "pre-check-code", "login"),
    ]
};

/// The group [`BY_PATH`] gives a route of `client`, if any.
pub fn by_path(client: crate::routes::Client, path: &str) -> Option<&'static str> {
    BY_PATH
        .iter()
        .find(|(c, piece, _)| *c == client && path.contains(piece))
        .map(|(_, _, slug)| *slug)
}

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
