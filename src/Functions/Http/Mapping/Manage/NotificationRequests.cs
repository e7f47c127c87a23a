using AppointmentBooking.Domain.Notifications;
using AppointmentBooking.Functions.Http.Contracts.Manage;
using AppointmentBooking.Functions.Http.Problems;
using AppointmentBooking.Functions.Http.Mapping;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>
/// Checks what managers write about notifications. A template route names a kind and audience as the
/// API spells them (<c>depositRequest</c>, <c>customer</c>); a pair nobody is ever told of names no
/// template (404), and a bad field is a 400 naming it, with the known placeholders in its message.
/// </summary>
public static class NotificationRequests
{
    private const int MaxTextLength = 20_000;

    /// <exception cref="RequestRejectedException">404 when no template exists for the pair.</exception>
    public static (NotificationKind Kind, NotificationRecipient Audience) Template(string kind, string audience) =>
        ApiEnums.Parse<NotificationKind>(kind) is { } k && ApiEnums.Parse<NotificationRecipient>(audience) is { } a
            && DefaultTemplates.For(k, a) is not null
            ? (k, a)
            : throw new RequestRejectedException(ApiProblems.NotFound($"No notification template for kind '{kind}' and audience '{audience}'."));

    /// <exception cref="RequestRejectedException">400 listing every bad field.</exception>
    public static NotificationTemplate ToTemplate(NotificationTemplateRequest request, NotificationKind kind, NotificationRecipient audience)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var subject = errors.Text(request.Subject, "subject", MaxTextLength);
        var text = errors.Text(request.Text, "text", MaxTextLength);
        var html = errors.Text(request.Html, "html", MaxTextLength);
        var sms = errors.Text(request.Sms, "sms", MaxTextLength, required: false);
        errors.ThrowIfAny();
        var template = errors.Try(() => new NotificationTemplate(kind, audience, subject!, text!, html!, sms));
        errors.ThrowIfAny();
        return template!;
    }

    /// <exception cref="RequestRejectedException">400 naming a missing or malformed time.</exception>
    public static QuietHours ToQuietHours(TimeRangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var start = LocalFormats.ParseTime(request.Start);
        var end = LocalFormats.ParseTime(request.End);
        if (start is null)
        {
            errors.Add("start", "is required, as a local time HH:mm.");
        }

        if (end is null)
        {
            errors.Add("end", "is required, as a local time HH:mm (the same as start for no quiet hours).");
        }

        errors.ThrowIfAny();
        return new QuietHours(start!.Value, end!.Value);
    }
}
