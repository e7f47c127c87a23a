using AppointmentBooking.Domain.Events;

namespace AppointmentBooking.Functions.Application.Webhooks;

/// <summary>What an owner may change on an endpoint (its secret stays).</summary>
public sealed record EndpointEdit(Uri Url, IReadOnlyCollection<BookingEventKind> Kinds, string? Description, bool Enabled);
