using MailKit.Security;

namespace AppointmentBooking.Functions.Infrastructure.Smtp;

/// <summary>
/// Settings under <c>Smtp:</c>: the relay e-mails go through (in Azure, for example Azure Communication
/// Services or SendGrid over SMTP; locally the project's mail server). The password comes from Key Vault.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The relay's host name; empty means e-mail is not set up.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured: <c>StartTls</c> (port 587), <c>SslOnConnect</c> (465) or <c>None</c> (local only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>The relay's user; empty sends without signing in.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address; each tenant's name is shown with it.</summary>
    public string? FromAddress { get; set; }
}
