using AppointmentBooking.Functions.Application.Management;

namespace AppointmentBooking.Functions.Http.Concurrency;

/// <summary>A stored version as an HTTP entity tag: always quoted, whether the store quotes it or not.</summary>
public static class EntityTag
{
    public static string Of(string version) => $"\"{Versions.Bare(version)}\"";
}
