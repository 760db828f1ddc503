import Foundation
import Testing

@testable import InviteExtraction

@Suite struct HardWrapTests {
    static let paragraph = """
        We would like to invite you to our spring members' evening on Thursday,
        March 19, 2026 from 6:30 pm to 9 pm. This year we are meeting at the Example
        Convention Center, 200 Harbor Blvd, Boston, right next to the ferry
        terminal. Drinks and a light dinner will be served, and the board will
        present the plans for the autumn programme.
        """

    @Test("a paragraph wrapped at a fixed width is one line again")
    func joinsWrappedParagraph() {
        let unwrapped = HardWrap.unwrap("Dear members,\n\n" + Self.paragraph + "\n\nBest,\nTheresa\n")
        #expect(
            unwrapped == """
                Dear members,

                We would like to invite you to our spring members' evening on Thursday, March 19, 2026 from 6:30 pm \
                to 9 pm. This year we are meeting at the Example Convention Center, 200 Harbor Blvd, Boston, right \
                next to the ferry terminal. Drinks and a light dinner will be served, and the board will present the \
                plans for the autumn programme.

                Best,
                Theresa

                """)
    }

    @Test(
        "breaks that are no wrap stay",
        arguments: [
            // List items, labels and quoted lines.
            "Please read the three documents below before our meeting on Friday the\n- budget for 2026 and the hiring plan for the second half of the year\n- roadmap\n",
            "We will go through the items below in the order of the agenda we sent\nWhere: Room 4B, second floor of the north building, next to the lifts\n",
            "> We will go through the items below in the order of the agenda we sent\n> and then decide on the next steps for the whole team in the spring\n",
            // Short lines with one long line among them (a meeting footer).
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device of the conference room\nClick here to join the meeting\nMeeting ID: 123\nPasscode: abc\n",
        ])
    func keepsHardBreaks(text: String) {
        #expect(HardWrap.unwrap(text) == text)
    }

    @Test("a break before a word that would have fitted is the writer's")
    func keepsEarlyBreak() {
        let text = """
            We would like to invite you to our spring members' evening on Thursday,
            March 19, 2026 from 6:30 pm at the Example Convention Center in Boston,
            where drinks and a light dinner will be served after the talks
            See you there

            """
        #expect(HardWrap.unwrap(text).hasSuffix("will be served after the talks\nSee you there\n"))
        #expect(
            HardWrap.unwrap(text).hasPrefix(
                "We would like to invite you to our spring members' evening on Thursday, March"))
    }

    @Test("CRLF line ends are kept where lines are not joined")
    func keepsCRLF() {
        let text = Self.paragraph.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\nBest,\r\nTheresa\r\n"
        let unwrapped = HardWrap.unwrap(text)
        #expect(unwrapped.contains("at the Example Convention Center"))
        #expect(unwrapped.hasSuffix("\r\n\r\nBest,\r\nTheresa\r\n"))
    }
}
