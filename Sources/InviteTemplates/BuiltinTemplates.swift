// Generated from Templates/ by `INVITE_UPDATE_GOLDEN=1 swift test --filter BuiltinTemplatesTests`.
// Edit the files in Templates/, not this one; a test fails when the two differ.

/// The bundled templates, compiled into the binary so a copied `invite` still works (STYLE.md §9).
enum BuiltinTemplates {
    /// Template text by name: the path below `Templates/` without `.mustache`.
    static let all: [String: String] = [
        "email.html": #"""
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        </head>
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #202124;">
        <div itemscope itemtype="http://schema.org/Event">
        {{#isCancellation}}
        <p style="color: #c5221f;"><strong>{{labels.cancelledHeading}}</strong></p>
        {{/isCancellation}}
        {{^isCancellation}}
        <p style="color: #5f6368;">{{labels.invitationHeading}}</p>
        {{/isCancellation}}
        <h1 style="font-size: 20px;" itemprop="name">{{title}}</h1>
        <table cellpadding="4" cellspacing="0" style="border-collapse: collapse;">
        {{#when}}
        <tr><th align="left" valign="top">{{labels.when}}</th><td>{{when}}{{#start}}<meta itemprop="startDate" content="{{start}}">{{/start}}{{#end}}<meta itemprop="endDate" content="{{end}}">{{/end}}</td></tr>
        {{/when}}
        {{#recurrence}}
        <tr><th align="left" valign="top">{{labels.repeats}}</th><td>{{recurrence}}</td></tr>
        {{/recurrence}}
        {{#location}}
        {{>partials/location.html}}
        {{/location}}
        {{#conference}}
        <tr><th align="left" valign="top">{{labels.join}}</th><td>{{#link}}<a href="{{link}}">{{link}}</a>{{/link}}{{^link}}{{url}}{{/link}}{{#hasDialIn}}<br>{{labels.dialIn}}{{labels.colon}} {{#dialIn}}{{number}}{{^isLast}}, {{/isLast}}{{/dialIn}}{{/hasDialIn}}{{#meetingID}}<br>{{labels.meetingID}}{{labels.colon}} {{meetingID}}{{/meetingID}}{{#passcode}}<br>{{labels.passcode}}{{labels.colon}} {{passcode}}{{/passcode}}</td></tr>
        {{/conference}}
        {{#host}}
        <tr><th align="left" valign="top">{{labels.host}}</th><td itemprop="organizer">{{name}}{{^name}}{{organization}}{{^organization}}{{email}}{{/organization}}{{/name}}{{#name}}{{#organization}} ({{organization}}){{/organization}}{{/name}}{{#email}}{{#name}} &lt;<a href="mailto:{{email}}">{{email}}</a>&gt;{{/name}}{{/email}}</td></tr>
        {{/host}}
        {{#hasInvitees}}
        <tr><th align="left" valign="top">{{labels.invitees}}</th><td>{{>partials/people.html}}</td></tr>
        {{/hasInvitees}}
        </table>
        {{#hasAgenda}}
        <h2 style="font-size: 16px;">{{labels.agenda}}</h2>
        {{>partials/agenda.html}}
        {{/hasAgenda}}
        {{#descriptionHTML}}
        <h2 style="font-size: 16px;">{{labels.description}}</h2>
        <div itemprop="description">{{{descriptionHTML}}}</div>
        {{/descriptionHTML}}
        {{^isCancellation}}
        <p style="color: #5f6368; font-size: 12px;">{{labels.replyHint}}</p>
        {{/isCancellation}}
        </div>
        </body>
        </html>

        """#,
        "email.text": #"""
        {{% CONTENT_TYPE: TEXT }}
        {{#isCancellation}}
        {{labels.cancelledHeading}}
        {{/isCancellation}}
        {{^isCancellation}}
        {{labels.invitationHeading}}
        {{/isCancellation}}

        {{title}}

        {{#when}}
        {{labels.when}}{{labels.colon}} {{when}}
        {{/when}}
        {{#recurrence}}
        {{labels.repeats}}{{labels.colon}} {{recurrence}}
        {{/recurrence}}
        {{#location}}
        {{>partials/location.text}}
        {{/location}}
        {{#conference}}
        {{#url}}
        {{labels.join}}{{labels.colon}} {{url}}
        {{/url}}
        {{#dialIn}}
        {{labels.dialIn}}{{labels.colon}} {{number}}
        {{/dialIn}}
        {{#meetingID}}
        {{labels.meetingID}}{{labels.colon}} {{meetingID}}
        {{/meetingID}}
        {{#passcode}}
        {{labels.passcode}}{{labels.colon}} {{passcode}}
        {{/passcode}}
        {{/conference}}
        {{#host}}
        {{labels.host}}{{labels.colon}} {{display}}
        {{/host}}
        {{#hasInvitees}}

        {{labels.invitees}}{{labels.colon}}
        {{>partials/people.text}}
        {{/hasInvitees}}
        {{#hasAgenda}}

        {{labels.agenda}}{{labels.colon}}
        {{>partials/agenda.text}}
        {{/hasAgenda}}
        {{#description}}

        {{labels.description}}{{labels.colon}}
        {{description}}
        {{/description}}
        {{^isCancellation}}

        {{labels.replyHint}}
        {{/isCancellation}}

        """#,
        "partials/agenda.html": #"""
        <ol>
        {{#agenda}}
        <li>{{text}}</li>
        {{/agenda}}
        </ol>

        """#,
        "partials/agenda.text": #"""
        {{% CONTENT_TYPE: TEXT }}
        {{#agenda}}
        {{number}}. {{text}}
        {{/agenda}}

        """#,
        "partials/location.html": #"""
        <tr><th align="left" valign="top">{{labels.where}}</th><td itemprop="location">{{display}}{{#link}}{{#display}}<br>{{/display}}<a href="{{link}}">{{link}}</a>{{/link}}{{^link}}{{#url}}{{#display}}<br>{{/display}}{{url}}{{/url}}{{/link}}</td></tr>

        """#,
        "partials/location.text": #"""
        {{% CONTENT_TYPE: TEXT }}
        {{labels.where}}{{labels.colon}} {{display}}{{^display}}{{url}}{{/display}}
        {{#display}}
        {{#url}}
        {{url}}
        {{/url}}
        {{/display}}

        """#,
        "partials/people.html": #"""
        <ul style="margin: 0; padding-left: 18px;">
        {{#invitees}}
        <li>{{name}}{{^name}}{{organization}}{{^organization}}{{email}}{{/organization}}{{/name}}{{#name}}{{#organization}} ({{organization}}){{/organization}}{{/name}}{{#email}}{{#name}} &lt;{{email}}&gt;{{/name}}{{/email}}{{#roleLabel}} <span style="color: #5f6368;">({{roleLabel}})</span>{{/roleLabel}}</li>
        {{/invitees}}
        </ul>

        """#,
        "partials/people.text": #"""
        {{% CONTENT_TYPE: TEXT }}
        {{#invitees}}
        - {{display}}{{#roleLabel}} ({{roleLabel}}){{/roleLabel}}
        {{/invitees}}

        """#,
    ]
}
