import InviteHTML
import InviteMIME

/// The readable text of a message and the HTML documents it holds, each HTML part parsed once.
struct MessageText {
    /// The best readable body: the first inline text/plain part, else the structured text of the first HTML part.
    var text: String?
    /// Every inline HTML part, read.
    var htmlDocuments: [HTMLDocumentText]

    /// Reads the message's own parts (attached messages are left to their own reading).
    init(_ message: Message) {
        var plain: String?
        var documents: [HTMLDocumentText] = []
        var stack: [MIMEPart] = [message.root]
        while let part = stack.popLast() {
            switch part.content {
            case .multipart(let children):
                stack.append(contentsOf: children.reversed())
            case .message:
                continue
            case .body(let body):
                guard part.contentType.type == "text", !part.isAttachment else { continue }
                if part.contentType.subtype == "plain", plain == nil {
                    plain = part.decodedText()?.text
                } else if part.contentType.subtype == "html" {
                    documents.append(HTMLReader.read(body, charset: part.contentType.parameter("charset")))
                }
            }
        }
        htmlDocuments = documents
        text = plain ?? documents.first?.plainText
    }
}
