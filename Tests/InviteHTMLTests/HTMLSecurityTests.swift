import Foundation
import InviteHTML
import InviteTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile input: nothing outside the document is read, fetched or expanded.
@Suite struct HTMLSecurityTests {
    /// Everything a reader of the result could see, as one string.
    static func everything(_ d: HTMLDocumentText) -> String {
        d.plainText + d.links.map { $0.text + " " + $0.href }.joined(separator: "\n") + d.warnings.joined()
            + d.events.map { "\($0)" }.joined()
    }

    /// Watches a file with inotify; `opened` says whether anyone opened or read it since.
    final class FileWatch {
        let fd: Int32
        init?(_ path: String) {
            fd = inotify_init1(Int32(IN_NONBLOCK))
            guard fd >= 0 else { return nil }
            guard inotify_add_watch(fd, path, UInt32(IN_OPEN | IN_ACCESS)) >= 0 else {
                close(fd)
                return nil
            }
        }
        var opened: Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            return read(fd, &buffer, buffer.count) > 0
        }
        deinit { close(fd) }
    }

    /// A TCP listener on 127.0.0.1; `connected` says whether anyone connected to it.
    final class Listener {
        let fd: Int32
        let port: UInt16
        init?() {
            let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard s >= 0 else { return nil }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &length) }
            }
            guard bound == 0, listen(s, 16) == 0 else {
                close(s)
                return nil
            }
            fd = s
            port = UInt16(bigEndian: address.sin_port)
        }
        var connected: Bool {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&p, 1, 0) > 0
        }
        deinit { close(fd) }
    }

    static func makeSecret(at path: String) throws -> String {
        let marker = "SECRET-" + UUID().uuidString
        try Data((marker + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return marker
    }

    @Test("control: the file watch and the listener do notice an open and a connection")
    func controls() throws {
        let path = "/tmp/invite-secret-\(UUID().uuidString)"
        _ = try Self.makeSecret(at: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let watch = try #require(FileWatch(path))
        #expect(!watch.opened)
        _ = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(watch.opened)

        let listener = try #require(Listener())
        #expect(!listener.connected)
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = listener.port.bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(result == 0)
        #expect(listener.connected)
    }

    @Test("the external-entity fixture never opens the file its entities name")
    func externalEntityFixture() throws {
        let path = "/tmp/invite-html-secret.txt"
        let marker = try Self.makeSecret(at: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let watch = try #require(FileWatch(path))
        let fixture = try #require(
            Fixture.all(in: "html", extensions: ["html"]).first {
                $0.name == "hostile-external-entity.html"
            })
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        #expect(!Self.everything(document).contains(marker))
        #expect(!watch.opened, "libxml2 opened \(path)")
        #expect(document.plainText.contains("End of message."))
    }

    @Test("external entities, external DTDs and XInclude-like references to a fresh file are never followed")
    func externalEntityGenerated() throws {
        let path = "/tmp/invite-secret-\(UUID().uuidString)"
        let marker = try Self.makeSecret(at: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let watch = try #require(FileWatch(path))
        let variants = [
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file://\(path)\">]><p>&e;</p>",
            "<!DOCTYPE html SYSTEM \"file://\(path)\"><p>dtd</p>",
            "<!DOCTYPE html PUBLIC \"-//X//DTD X//EN\" \"\(path)\"><p>dtd</p>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"file://\(path)\"> %p;]><p>pe</p>",
            "<html xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(path)\" parse=\"text\"/></html>",
            "<?xml-stylesheet href=\"file://\(path)\"?><p>pi</p>",
            "<iframe src=\"file://\(path)\"></iframe><img src=\"\(path)\"><link rel=stylesheet href=\"\(path)\">",
        ]
        for html in variants {
            for charset in [nil, "utf-8", "iso-8859-1"] as [String?] {
                let document = HTMLReader.read(Array(html.utf8), charset: charset)
                #expect(!Self.everything(document).contains(marker), "\(html)")
            }
        }
        #expect(!watch.opened, "libxml2 opened \(path)")
    }

    @Test("no network access: a local listener named by DTDs, entities, stylesheets and frames gets no connection")
    func noNetwork() throws {
        let listener = try #require(Listener())
        let base = "http://127.0.0.1:\(listener.port)"
        let html = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "\(base)/strict.dtd">
            <html><head><link rel="stylesheet" href="\(base)/s.css"><script src="\(base)/x.js"></script>
            <base href="\(base)/"><meta http-equiv="refresh" content="0; url=\(base)/r"></head>
            <body><p>text &ext;</p><iframe src="\(base)/f"></iframe><img src="\(base)/i.gif">
            <object data="\(base)/o"></object><p>end</p></body></html>
            """
        let document = HTMLReader.read(html)
        let withEntity = HTMLReader.read("<!DOCTYPE x [<!ENTITY ext SYSTEM \"\(base)/e\">]><p>&ext;</p>")
        #expect(document.plainText.contains("end"))
        #expect(!withEntity.plainText.contains("HTTP"))
        #expect(!listener.connected, "something connected to \(base)")
    }

    @Test("billion laughs: no internal entity is expanded")
    func billionLaughs() throws {
        let fixture = try #require(
            Fixture.all(in: "html", extensions: ["html"]).first {
                $0.name == "hostile-billion-laughs.html"
            })
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        #expect(document.plainText.utf8.count < 1000)
        #expect(!document.plainText.contains("lollol"))
        #expect(document.plainText.contains("Still here."))
    }

    @Test("scripts, handlers, frames and dangerous link schemes leave no trace")
    func scripts() throws {
        let fixture = try #require(
            Fixture.all(in: "html", extensions: ["html"]).first {
                $0.name == "hostile-script.html"
            })
        let document = HTMLReader.read(try fixture.bytes(), charset: nil)
        let all = Self.everything(document)
        for bad in ["alert", "injected", "cookie", "hunter2", "not text either", "svg text", "no frames", "steal"] {
            #expect(!all.contains(bad), "\(bad)")
        }
        for link in document.links {
            let scheme = link.href.lowercased().filter { !$0.isWhitespace }
            #expect(!scheme.hasPrefix("javascript:") && !scheme.hasPrefix("vbscript:") && !scheme.hasPrefix("data:"))
        }
        #expect(document.links.map(\.href) == ["https://calendar.example.com/rsvp?e=77"])
    }
}
