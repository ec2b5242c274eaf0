//! The command line of `cargo xtask`: its grammar, parsed by `xflags` into the structs below.
//! Only the grammar lives here; `main.rs` dispatches and the library does the work.

use std::path::PathBuf;

xflags::xflags! {
    /// The project's maintenance commands.
    cmd xtask {
        /// Regenerate sdk/src/generated (and the local Authing's and tests' generated code)
        /// from spec/.
        cmd codegen {
            /// Write nothing: print a diff of what is stale and fail.
            optional --check
        }
        /// Import the docs pages into spec/ (only the spec; `regenerate` writes everything).
        cmd import {
            /// The Management API pages (default: the vendored upstream/management).
            optional --docs docs: PathBuf
            /// The end-user API pages (default: the vendored upstream/authentication).
            optional --auth-docs auth_docs: PathBuf
            /// The routes table (default: upstream/routes.tsv).
            optional --routes routes: PathBuf
            /// The overrides file (default: spec/overrides.yaml).
            optional --overrides overrides: PathBuf
            /// The spec directory to write (default: spec/).
            optional --spec spec: PathBuf
            /// Write nothing: print a diff of what is stale and fail.
            optional --check
            /// Print the import report (Markdown) instead of writing.
            optional --report
        }
        /// Compare two specs: every change classified, and the version bump implied.
        cmd diff {
            /// A git revision or a spec directory.
            required --from from: String
            /// A spec directory (default: spec/).
            optional --to to: String
            /// JSON instead of Markdown.
            optional --json
        }
        /// Merge the routes the official Go and Java SDKs call into upstream/routes.tsv (read
        /// from checkouts of Authing/authing-golang-sdk and Authing/authing-java-sdk).
        cmd sdk-routes {
            /// A checkout of the Go SDK.
            optional --go go: PathBuf
            /// A checkout of the Java SDK.
            optional --java java: PathBuf
        }
        /// Check the claimed rust-version of `authing` against its dependency tree (lockfile).
        cmd msrv {}
        /// Rust-level semver checks of `authing` (cargo-semver-checks) between a git revision
        /// and the working tree.
        cmd semver {
            /// The baseline: a git revision (branch, tag or commit).
            required --baseline baseline: String
        }
        /// Vendor new docs pages, then write everything derived from them, all or nothing.
        cmd regenerate {
            /// New Management API docs pages (they replace upstream/management).
            optional --docs docs: PathBuf
            /// New end-user API docs pages (they replace upstream/authentication).
            optional --auth-docs auth_docs: PathBuf
            /// A new routes table (it replaces upstream/routes.tsv).
            optional --routes routes: PathBuf
            /// A new docs factory OpenAPI document of the Management API (it replaces
            /// upstream/factory/management-openapi.json).
            optional --factory factory: PathBuf
            /// The same for the end-user API (upstream/factory/authentication-openapi.json).
            optional --auth-factory auth_factory: PathBuf
            /// An unpacked `authing-node-sdk` package (the folder holding package.json; its
            /// client files, models and LICENSE replace upstream/node-sdk).
            optional --node-sdk node_sdk: PathBuf
            /// Also write the change report (Markdown) to this file.
            optional --report-out report_out: PathBuf
            /// Write nothing: fail when anything derived from the vendored docs is stale.
            optional --check
        }
    }
}
