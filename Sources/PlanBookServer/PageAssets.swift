import Foundation

/// The page's own files, compiled into the binary, and the editor's files,
/// served from where Debian's `libjs-codemirror` puts them.
enum PageAssets {
    /// The page's files by the name the page asks for, with their types.
    static let ownFiles: [String: (bytes: [UInt8], type: String)] = [
        "page.js": (PackageResources.page_js, "text/javascript; charset=utf-8"),
        "plan-mode.js": (PackageResources.plan_mode_js, "text/javascript; charset=utf-8"),
        "page.css": (PackageResources.page_css, "text/css; charset=utf-8"),
    ]

    /// The page, in English, with the session's token put in for its scripts to send back.
    static func index(token: String, labels: PageLabels) -> [UInt8] {
        let html = labels.fill(String(decoding: PackageResources.index_html, as: UTF8.self))
        return Array(html.replacingOccurrences(of: "{{token}}", with: token).utf8)
    }

    /// The only CodeMirror files the page loads (and the only ones served).
    static let codeMirrorFiles = [
        "lib/codemirror.js", "lib/codemirror.css",
        "addon/mode/simple.js",
        "addon/lint/lint.js", "addon/lint/lint.css",
        "addon/hint/show-hint.js", "addon/hint/show-hint.css",
        "addon/selection/active-line.js",
    ]

    static func type(of name: String) -> String {
        name.hasSuffix(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
    }
}
