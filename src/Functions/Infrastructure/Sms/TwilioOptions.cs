namespace AppointmentBooking.Functions.Infrastructure.Sms;

/// <summary>Settings under <c>Sms:Twilio:</c>; the auth token comes from Key Vault in Azure.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Sms:Twilio";

    /// <summary>The account SID (<c>AC...</c>); empty means text messages are not set up.</summary>
    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The sending number in E.164, or a messaging service SID (<c>MG...</c>).</summary>
    public string? From { get; set; }

    /// <summary>Twilio's API address; tests point it at a local fake.</summary>
    public Uri ApiBase { get; set; } = new("https://api.twilio.com");
}
