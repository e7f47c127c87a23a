namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>What a customer wanted, as told by the tool the assistant used; the dashboard counts these.</summary>
internal static class ToolIntents
{
    public const string Information = "information";
    public const string Availability = "availability";
    public const string Book = "book";
    public const string Lookup = "lookup";
    public const string Cancel = "cancel";
    public const string Reschedule = "reschedule";
    public const string Confirm = "confirm";
    public const string HandOver = "handover";
}
