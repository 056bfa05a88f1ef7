import Foundation
import Hummingbird

/// Responses the routes give.
enum APIResponse {
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        bytes(data, type: "application/json; charset=utf-8", status: status)
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        json(JSONText.data(value), status: status)
    }

    static func message(_ status: HTTPResponse.Status, _ text: String) -> Response {
        json(MessageEntry(error: text), status: status)
    }

    /// Plain text in UTF-8.
    static func text(_ text: String) -> Response {
        bytes(Array(text.utf8), type: "text/plain; charset=utf-8")
    }

    static func bytes(_ data: some Sequence<UInt8>, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:])
        -> Response
    {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
