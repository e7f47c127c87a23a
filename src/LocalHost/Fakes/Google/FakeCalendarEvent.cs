namespace AppointmentBooking.LocalHost.Fakes.Google;

/// <summary>An event in a fake Google account's primary calendar, as the app wrote it.</summary>
public sealed record FakeCalendarEvent(
    string Account, string Id, string Summary, string Description, DateTimeOffset Start, DateTimeOffset End, string TimeZone, string Status)
{
    public bool IsCancelled => Status == "cancelled";
}
