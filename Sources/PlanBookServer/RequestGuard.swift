import Foundation
import Hummingbird

/// A header name (HTTPTypes' `HTTPField.Name`).
typealias FieldName = HTTPFields.Element.Name

/// What every request must pass before it reaches a route:
/// - the `Host` header names this machine's loopback address, `localhost`, or
///   the host `--host` gave (a page on another site whose name was pointed at
///   127.0.0.1, DNS rebinding, gets nothing);
/// - a request from another site is refused: an `Origin` header must be this
///   server's own, and `Sec-Fetch-Site` must not say `cross-site` or
///   `same-site`; preflight (`OPTIONS`) requests are refused, so no other
///   site is ever allowed;
/// - a request that changes anything (every method but GET and HEAD) carries
///   the session's token in `X-Planbook-Token`, which only the page has.
/// Every answer says not to be cached, framed, or sniffed as another type.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let allowedHosts: Set<String>
    let token: String

    static var tokenHeader: FieldName { FieldName("X-Planbook-Token")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let refusal = refusal(of: request) {
            return Self.secured(APIResponse.message(refusal.status, refusal.message))
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = APIResponse.message(error.status, error.status == .notFound ? "there is nothing at \(request.uri.path)" : "\(error)")
        }
        return Self.secured(response)
    }

    /// Why a request is refused, or nil when it may go on.
    func refusal(of request: Request) -> (status: HTTPResponse.Status, message: String)? {
        guard let authority = request.head.authority,
            allowedHosts.contains(Self.hostName(of: authority))
        else {
            return (.misdirectedRequest, "planbook serve answers only requests addressed to 127.0.0.1 or localhost")
        }
        if let origin = request.headers[.origin], origin.lowercased() != "http://" + authority.lowercased() {
            return (.forbidden, "requests from other sites are refused")
        }
        if let site = request.headers[FieldName("Sec-Fetch-Site")!], site == "cross-site" || site == "same-site" {
            return (.forbidden, "requests from other sites are refused")
        }
        switch request.method {
        case .get, .head:
            return nil
        case .options:
            return (.forbidden, "requests from other sites are refused")
        default:
            guard let sent = request.headers[Self.tokenHeader], Self.equalInConstantTime(sent, token) else {
                return (.forbidden, "this request needs the page's session token: reload the page")
            }
            return nil
        }
    }

    /// `localhost:8765` → `localhost`; `[::1]:8765` → `::1`; lower case.
    static func hostName(of authority: String) -> String {
        let lower = authority.lowercased()
        if lower.hasPrefix("[") {
            guard let close = lower.firstIndex(of: "]") else { return lower }
            return String(lower[lower.index(after: lower.startIndex)..<close])
        }
        if let colon = lower.lastIndex(of: ":") { return String(lower[..<colon]) }
        return lower
    }

    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = "no-store"
        response.headers[FieldName("X-Content-Type-Options")!] = "nosniff"
        response.headers[FieldName("X-Frame-Options")!] = "DENY"
        response.headers[FieldName("Referrer-Policy")!] = "no-referrer"
        response.headers[FieldName("Cross-Origin-Resource-Policy")!] = "same-origin"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; frame-src 'self' blob:; object-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
        return response
    }
}
