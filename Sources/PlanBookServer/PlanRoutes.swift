import BookletLayout
import Foundation
import Hummingbird
import NIOCore
import PlanBook
import PlanModel

/// A refusal the page shows as it is.
struct APIError: Error {
    var status: HTTPResponse.Status
    var message: String
}

/// The routes of docs/serve.md.
struct PlanRoutes: Sendable {
    let engine: PlanEngine
    let options: PlanServer.Options
    let labels: PageLabels

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            APIResponse.bytes(PageAssets.index(token: options.token, labels: labels), type: "text/html; charset=utf-8")
        }
        router.get("/assets/:file") { _, context in
            guard let name = context.parameters.get("file"), let file = PageAssets.ownFiles[name] else { throw HTTPError(.notFound) }
            return APIResponse.bytes(file.bytes, type: file.type)
        }
        router.get("/vendor/codemirror/**") { _, context in
            let name = context.parameters.getCatchAll().joined(separator: "/")
            guard PageAssets.codeMirrorFiles.contains(name),
                let data = FileManager.default.contents(atPath: options.codeMirror + "/" + name)
            else { throw HTTPError(.notFound) }
            return APIResponse.bytes(data, type: PageAssets.type(of: name))
        }
        router.get("/api/session") { _, _ in
            await APIResponse.json(session())
        }
        router.get("/api/plans") { _, _ in
            APIResponse.json(PlansEntry(plans: engine.folder.list()))
        }
        router.get("/api/plan") { request, _ in
            try answer {
                let name = try Self.name(request)
                let text = try folderCall { try engine.folder.read(name) }
                return APIResponse.text(text)
            }
        }
        router.put("/api/plan") { request, _ in
            try await answerAwaiting {
                let name = try Self.name(request)
                let text = try await readText(request)
                try folderCall { try engine.folder.write(text, to: name) }
                try? engine.folder.removeDraft(for: name)
                return APIResponse.json(SavedEntry(name: name, saved: true))
            }
        }
        router.get("/api/draft") { request, _ in
            try answer {
                let name = try Self.name(request)
                guard let draft = try folderCall({ try engine.folder.readDraft(for: name) }) else {
                    throw APIError(status: .notFound, message: "there are no unsaved changes to '\(name)'")
                }
                return APIResponse.text(draft)
            }
        }
        router.put("/api/draft") { request, _ in
            try await answerAwaiting {
                let name = try Self.name(request)
                let text = try await readText(request)
                try folderCall { try engine.folder.writeDraft(text, for: name) }
                return APIResponse.json(SavedEntry(name: name, saved: true))
            }
        }
        router.delete("/api/draft") { request, _ in
            try answer {
                let name = try Self.name(request)
                try folderCall { try engine.folder.removeDraft(for: name) }
                return APIResponse.json(SavedEntry(name: name, saved: false))
            }
        }
        router.get("/api/words") { request, _ in
            let language = request.uri.queryParameters.get("language").map { String($0) } ?? "en-GB"
            guard let words = await engine.fixedWords(for: language) else {
                return APIResponse.message(.notFound, "no words for '\(language)'")
            }
            return APIResponse.json(words)
        }
        router.get("/api/labels") { request, _ in
            APIResponse.json(labels.entry(for: request.uri.queryParameters.get("language").map { String($0) } ?? PageLabels.english))
        }
        router.post("/api/plans") { request, _ in
            try await answerAwaiting {
                let body = try await readText(request)
                guard let create = try? JSONDecoder().decode(CreateEntry.self, from: Data(body.utf8)) else {
                    throw APIError(status: .badRequest, message: "send {\"name\": \"NAME.plan\", \"child\": \"first name\"}")
                }
                let text = PlanTemplate.text(child: create.child ?? "", date: Self.today())
                try folderCall { try engine.folder.create(create.name, text: text) }
                return APIResponse.json(SavedEntry(name: create.name, saved: true), status: .created)
            }
        }
        router.post("/api/rename") { request, _ in
            try answer {
                let name = try Self.name(request)
                guard let to = request.uri.queryParameters.get("to") else {
                    throw APIError(status: .badRequest, message: "say the new name with ?to=")
                }
                try folderCall { try engine.folder.rename(name, to: to) }
                return APIResponse.json(SavedEntry(name: to, saved: true))
            }
        }
        router.post("/api/check") { request, _ in
            try await answerAwaiting {
                let text = try await readText(request)
                return APIResponse.json(await engine.review(text: text, name: Self.optionalName(request)))
            }
        }
        router.post("/api/preview") { request, _ in
            try await answerAwaiting {
                let text = try await readText(request)
                let layout = try await layoutName(request)
                switch try await engine.preview(text: text, name: Self.optionalName(request), layout: layout) {
                case .success(let preview): return APIResponse.json(preview)
                case .failure(let errors): return APIResponse.json(errors.body, status: .unprocessableContent)
                }
            }
        }
        router.get("/api/preview/:id/:page") { request, context in
            try await answerAwaiting {
                guard let id = context.parameters.get("id"),
                    let pageName = context.parameters.get("page"), pageName.hasSuffix(".png"),
                    let page = Int(pageName.dropLast(4)), page >= 1
                else { throw HTTPError(.notFound) }
                let dpi = request.uri.queryParameters.get("dpi").flatMap { Double($0) } ?? 96
                guard (24...300).contains(dpi) else { throw APIError(status: .badRequest, message: "dpi is between 24 and 300") }
                guard let image = try await engine.page(id, index: page - 1, dpi: dpi) else {
                    throw APIError(status: .notFound, message: "that preview is gone: ask for a new one")
                }
                return APIResponse.bytes(image, type: "image/png")
            }
        }
        router.post("/api/pdf") { request, _ in
            try await answerAwaiting {
                let text = try await readText(request)
                let layout = try await layoutName(request)
                let name = Self.optionalName(request)
                switch try await engine.pdf(text: text, name: name, layout: layout) {
                case .success(let pdf):
                    let file = ((name as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
                    var headers = HTTPFields()
                    headers[.contentDisposition] = "attachment; filename=\"\(file.replacingOccurrences(of: "\"", with: ""))\""
                    return APIResponse.bytes(pdf, type: "application/pdf", headers: headers)
                case .failure(let errors):
                    return APIResponse.json(errors.body, status: .unprocessableContent)
                }
            }
        }
    }

    /// What the page needs before it starts: layouts, pictures, section names and limits.
    func session() async -> SessionEntry {
        let english = await engine.fixedWords(for: "en-GB")
        return await SessionEntry(
            layouts: engine.layoutNames,
            pictures: engine.pictureNames,
            sections: SectionKind.allNames,
            sectionKinds: Dictionary(
                SectionKind.allCases.flatMap { kind in ([kind.title] + kind.aliases).map { ($0, kind.rawValue) } },
                uniquingKeysWith: { first, _ in first }),
            details: ["child", "age", "date", "written by", "language", "shared with child", "layout", "reading age"],
            attributes: ["impact", "who", "by", "picture"],
            folder: (engine.folder.root as NSString).lastPathComponent,
            maximumPlanSize: engine.folder.maximumFileSize,
            words: english,
            labels: labels.entry(for: PageLabels.english)
        )
    }

    private func readText(_ request: Request) async throws -> String {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: options.maximumRequestSize)
        } catch {
            throw APIError(
                status: .contentTooLarge, message: "that is more than a plan can be (\(options.maximumRequestSize / 1024) KiB at most)")
        }
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes), !text.utf8.contains(0) else {
            throw APIError(status: .badRequest, message: "send the plan as UTF-8 text")
        }
        return text
    }

    private func layoutName(_ request: Request) async throws -> String? {
        guard let layout = request.uri.queryParameters.get("layout").map { String($0) }, !layout.isEmpty else { return nil }
        guard await engine.layoutNames.contains(layout) else {
            throw APIError(status: .badRequest, message: "there is no layout called '\(layout)'")
        }
        return layout
    }

    static func name(_ request: Request) throws -> String {
        guard let name = request.uri.queryParameters.get("name"), !name.isEmpty else {
            throw APIError(status: .badRequest, message: "say which plan with ?name=")
        }
        return String(name)
    }

    /// The plan's name when the page gives one (picture paths are found from its folder).
    static func optionalName(_ request: Request) -> String {
        request.uri.queryParameters.get("name").map { String($0) } ?? "untitled.plan"
    }

    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// Runs a route, turning refusals into JSON answers.
    private func answerAwaiting(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as APIError {
            return APIResponse.message(error.status, error.message)
        }
    }

    private func answer(_ body: () throws -> Response) throws -> Response {
        do {
            return try body()
        } catch let error as APIError {
            return APIResponse.message(error.status, error.message)
        }
    }

    /// A folder call, with its refusals given the right status.
    private func folderCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PlanFolder.FolderError {
            let status: HTTPResponse.Status =
                switch error {
                case .badName, .notText: .badRequest
                case .outside: .forbidden
                case .missing, .notFound: .notFound
                case .exists: .conflict
                case .tooLarge: .contentTooLarge
                case .cannotWrite: .internalServerError
                }
            throw APIError(status: status, message: error.description)
        }
    }
}

struct PlansEntry: Encodable {
    var plans: [PlanFolder.Entry]
}

struct SavedEntry: Encodable {
    var name: String
    var saved: Bool
}

struct CreateEntry: Decodable {
    var name: String
    var child: String?
}

struct SessionEntry: Encodable {
    var layouts: [String]
    var pictures: [String]
    var sections: [String]
    /// Each section name's kind, as the fixed words name it.
    var sectionKinds: [String: String]
    var details: [String]
    var attributes: [String]
    var folder: String
    var maximumPlanSize: Int
    var words: FixedWords?
    /// The page's own words in English, until a plan in another language is opened.
    var labels: PageLabels.Entry
}
