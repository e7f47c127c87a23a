using System.Net;
using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Notifications;

/// <summary>
/// How one kind of notification reads for one audience: a subject, a plain-text and an HTML body, and
/// a short text message for the customer's phone. The texts hold <c>{{placeholder}}</c>s from
/// <see cref="TemplatePlaceholders"/>; the HTML body is the tenant's own markup, and every value
/// filled into it is HTML-encoded, so customer data can never add markup.
/// </summary>
public sealed record NotificationTemplate
{
    private const int SubjectLimit = 200;
    private const int BodyLimit = 20_000;
    private const int SmsLimit = 640;

    /// <summary>Checks the template; a failure names the field at fault.</summary>
    /// <param name="kind">The notification it writes.</param>
    /// <param name="audience">Who reads it.</param>
    /// <param name="subject">The e-mail subject: one line, at most 200 characters.</param>
    /// <param name="text">The plain-text body.</param>
    /// <param name="html">The HTML body.</param>
    /// <param name="sms">The text message (at most 640 characters); required for the customer, who may get one.</param>
    public NotificationTemplate(NotificationKind kind, NotificationRecipient audience, string subject, string text, string html, string? sms)
    {
        Kind = kind;
        Audience = audience;
        Subject = Preconditions.CheckNotBlank(subject, nameof(subject)).Trim();
        Preconditions.CheckArgument(Subject.Length <= SubjectLimit && !Subject.Contains('\n', StringComparison.Ordinal), nameof(subject),
            $"must be one line of at most {SubjectLimit} characters.");
        Text = Preconditions.CheckNotBlank(text, nameof(text));
        Html = Preconditions.CheckNotBlank(html, nameof(html));
        Preconditions.CheckArgument(Text.Length <= BodyLimit, nameof(text), $"must be at most {BodyLimit} characters.");
        Preconditions.CheckArgument(Html.Length <= BodyLimit, nameof(html), $"must be at most {BodyLimit} characters.");
        Preconditions.CheckArgument(audience != NotificationRecipient.Customer || !string.IsNullOrWhiteSpace(sms), nameof(sms),
            "is required: customers may be told by text message.");
        Preconditions.CheckArgument(sms is null || sms.Length <= SmsLimit, nameof(sms), $"must be at most {SmsLimit} characters.");
        Sms = string.IsNullOrWhiteSpace(sms) ? null : sms;
        TemplatePlaceholders.CheckKnown(Subject, nameof(subject));
        TemplatePlaceholders.CheckKnown(Text, nameof(text));
        TemplatePlaceholders.CheckKnown(Html, nameof(html));
        TemplatePlaceholders.CheckKnown(Sms ?? string.Empty, nameof(sms));
    }

    /// <summary>The notification it writes.</summary>
    public NotificationKind Kind { get; }

    /// <summary>Who reads it.</summary>
    public NotificationRecipient Audience { get; }

    /// <summary>The e-mail subject.</summary>
    public string Subject { get; }

    /// <summary>The plain-text body.</summary>
    public string Text { get; }

    /// <summary>The HTML body.</summary>
    public string Html { get; }

    /// <summary>The text message, if the audience may get one.</summary>
    public string? Sms { get; }

    /// <summary>Fills the placeholders: as they are in the subject and texts, HTML-encoded in the HTML body.</summary>
    public RenderedNotification Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new RenderedNotification(
            TemplatePlaceholders.Fill(Subject, values, OneLine),
            TemplatePlaceholders.Fill(Text, values, v => v),
            TemplatePlaceholders.Fill(Html, values, WebUtility.HtmlEncode),
            Sms is null ? null : TemplatePlaceholders.Fill(Sms, values, v => v));
    }

    /// <summary>A value never breaks the subject onto a second header line.</summary>
    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
