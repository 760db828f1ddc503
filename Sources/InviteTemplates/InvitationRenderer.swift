internal import Foundation
import InviteICalendar
public import InviteModel

/// Renders invitations through templates: a whole iMIP email, its text and HTML parts, an `.ics`
/// file, or any template a user adds.
///
/// ```swift
/// let renderer = try InvitationRenderer()
/// let email = try renderer.render("email", invitation: invitation, options: RenderOptions(language: "fr"))
/// ```
///
/// Built-in targets: `email` (RFC 5322 message, RFC 6047 iMIP), `text` and `html` (the templates
/// `email.text` and `email.html`), `ics` (written by ``ICalendarWriter``, not a template, so the
/// calendar is always valid RFC 5545). A templates directory overrides templates of the same name
/// and adds new targets (one per `NAME.mustache` outside `partials/`).
public struct InvitationRenderer: Sendable {
    private let templates: TemplateSet
    private let zoneNames = ZoneNameCache()

    /// The template behind each built-in text target.
    private static let templateTargets = ["text": "email.text", "html": "email.html"]

    /// Loads the built-in templates, then those of `templatesDirectory` (same names override).
    ///
    /// - Throws: ``InvitationRenderError`` when the directory cannot be read or a template does not parse.
    public init(templatesDirectory: String? = nil) throws {
        templates = try TemplateSet(directory: templatesDirectory)
    }

    /// Every name ``render(_:invitation:options:)`` accepts, sorted.
    public var availableTargets: [String] {
        var names = Set(["email", "text", "html", "ics"])
        for name in templates.targetNames where !Self.templateTargets.values.contains(name) { names.insert(name) }
        return names.sorted()
    }

    /// Renders one target for an invitation.
    ///
    /// - Returns: the output bytes: UTF-8 text for templates, CRLF-delimited for `email` and `ics`.
    /// - Throws: ``InvitationRenderError`` for an unknown target or method, or an email that cannot
    ///   be written safely (no organizer address, an invalid address; the field is named).
    public func render(_ target: String, invitation: Invitation, options: RenderOptions) throws -> [UInt8] {
        let prepared = try Self.prepare(invitation, options: options)
        switch target {
        case "email":
            return try InvitationEmail(renderer: self, invitation: prepared, options: options).serialized()
        case "ics":
            return Self.calendar(for: prepared, options: options)
        default:
            let name = Self.templateTargets[target] ?? target
            guard let text = renderTemplate(name, invitation: prepared, options: options) else {
                throw InvitationRenderError.make(
                    .unknownTarget, target, "available: " + availableTargets.joined(separator: ", "))
            }
            return Array(text.utf8)
        }
    }

    /// A template's output for an already prepared invitation, or nil when there is no such template.
    func renderTemplate(_ name: String, invitation: Invitation, options: RenderOptions) -> String? {
        renderTemplate(name, model: makeModel(invitation, options: options).model)
    }

    /// A template's output for a view model, or nil when there is no such template.
    func renderTemplate(_ name: String, model: [String: Any]) -> String? {
        templates.render(name, model: model)
    }

    /// The view model of a prepared invitation, and its formatted start and end.
    func makeModel(_ invitation: Invitation, options: RenderOptions) -> (
        model: [String: Any], when: WhenFormatter.Result?
    ) {
        let pack = DisplayLanguage.forCode(options.language)
        let when = invitation.start.map { start in
            WhenFormatter(pack: pack, zoneName: options.timeZone ?? invitation.timeZone, names: zoneNames)
                .format(start: start, end: invitation.end, isAllDay: invitation.isAllDay)
        }
        return (InvitationViewModel(invitation: invitation, pack: pack, when: when).make(), when)
    }

    /// The invitation as it goes out: the method applied (CANCEL: SEQUENCE + 1, STATUS:CANCELLED).
    static func prepare(_ invitation: Invitation, options: RenderOptions) throws(InvitationRenderError) -> Invitation {
        var result = invitation
        let supported = ["REQUEST", "CANCEL", "PUBLISH"]
        let method: String
        if let requested = options.method {
            method = requested.uppercased()
            guard supported.contains(method) else {
                throw .make(.unsupportedMethod, requested, "use REQUEST or CANCEL")
            }
        } else {
            // A parsed REPLY or COUNTER re-rendered as an invitation goes out as a REQUEST.
            let own = invitation.method?.uppercased() ?? "REQUEST"
            method = supported.contains(own) ? own : "REQUEST"
        }
        if method == "CANCEL", invitation.method?.uppercased() != "CANCEL" {
            result.sequence = (invitation.sequence ?? 0) + 1
            result.status = "CANCELLED"
        }
        result.method = method
        return result
    }

    /// The `.ics` text of a prepared invitation (RFC 5545, through ``ICalendarWriter``).
    static func calendar(for invitation: Invitation, options: RenderOptions) -> [UInt8] {
        let calendar = ICalendar(invitations: [invitation], method: invitation.method)
        let now = options.now ?? Int(Date().timeIntervalSince1970)
        return ICalendarWriter(now: .utc(secondsSince1970: now)).write(calendar)
    }
}
