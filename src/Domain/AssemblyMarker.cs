namespace AppointmentBooking.Domain;

internal static class AssemblyMarker;
