namespace AppointmentBooking.LocalHost.Fakes.Twilio;

/// <summary>A text message the fake Twilio accepted.</summary>
public sealed record FakeTextMessage(string Sid, string To, string From, string Body);
