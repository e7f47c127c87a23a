using MimeKit;

namespace AppointmentBooking.Integration.Tests.Fixtures;

/// <summary>Reads the calendar invite of an e-mail back with Ical.Net, as a calendar would.</summary>
public static class Invites
{
    /// <summary>The <c>text/calendar</c> part parsed, and its <c>method</c> content-type parameter.</summary>
    public static (Ical.Net.Calendar Calendar, string? Method) Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var part = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
        return (Ical.Net.Calendar.Load(part.Text) ?? throw new InvalidOperationException("The invite does not parse."), part.ContentType.Parameters["method"]);
    }

    public static bool HasInvite(MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().Any(p => p.ContentType.IsMimeType("text", "calendar"));
}
