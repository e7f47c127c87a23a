using System.Security.Cryptography;
using System.Text;
using AppointmentBooking.Domain.Notifications;
using MimeKit;

namespace AppointmentBooking.Functions.Infrastructure.Smtp;

/// <summary>
/// Builds the MIME message of a notification with MimeKit (https://mimekit.net/docs/html/Creating-Messages.htm):
/// plain text and HTML as alternatives, and an invite as iMIP does it (RFC 6047 section 2.4): a
/// <c>text/calendar; method=...</c> alternative that mail clients turn into accept/decline buttons, and
/// the same object attached as <c>invite.ics</c> for those that only show attachments.
/// </summary>
internal static class MimeMessages
{
    public static MimeMessage Build(NotificationMessage message, string fromAddress, string? invite)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage { Subject = message.Content.Subject, MessageId = MessageIdFor(message.Reference, fromAddress) };
        mime.From.Add(new MailboxAddress(message.SenderName, fromAddress));
        mime.To.Add(new MailboxAddress(message.To.Name, message.To.Address));
        var alternatives = new MultipartAlternative
        {
            new TextPart("plain") { Text = message.Content.Text },
            new TextPart("html") { Text = message.Content.Html },
        };
        if (invite is null || message.Invite is null)
        {
            mime.Body = alternatives;
            return mime;
        }

        var method = message.Invite.Method == InviteMethod.Request ? "REQUEST" : "CANCEL";
        alternatives.Add(CalendarPart(invite, method));
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(invite))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = "invite.ics",
        };
        mime.Body = new Multipart("mixed") { alternatives, attachment };
        return mime;
    }

    private static TextPart CalendarPart(string invite, string method)
    {
        var part = new TextPart("calendar") { Text = invite };
        part.ContentType.Parameters.Add("method", method);
        part.ContentType.Charset = "utf-8";
        return part;
    }

    /// <summary>The same notification always gets the same Message-Id, so a repeated send reads as one message in most mail clients.</summary>
    private static string MessageIdFor(string reference, string fromAddress)
    {
        var domain = MailboxAddress.Parse(fromAddress).Domain;
        return $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..32]}@{domain}";
    }
}
