import InviteHTML
import Testing

@Suite struct HTMLReaderTests {
    @Test("reads a paragraph")
    func paragraph() {
        let text = HTMLReader.read("<p>Hello <b>world</b></p>")
        #expect(text.plainText == "Hello world\n")
    }
}
