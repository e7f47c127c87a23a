using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Customers;

/// <summary>A tenant's customer as last seen: contact details from their latest booking.</summary>
public sealed record CustomerRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="contact">The contact details as given with the booking.</param>
    /// <param name="lastBookingId">The booking they were last seen with.</param>
    /// <param name="lastSeenAt">When that booking was made.</param>
    /// <param name="version">The store's concurrency token; null before it is first stored.</param>
    public CustomerRecord(string tenantId, ContactDetails contact, string lastBookingId, Instant lastSeenAt, string? version = null)
    {
        TenantId = Preconditions.CheckNotBlank(tenantId, nameof(tenantId));
        Contact = Preconditions.CheckNotNull(contact, nameof(contact));
        LastBookingId = Preconditions.CheckNotBlank(lastBookingId, nameof(lastBookingId));
        LastSeenAt = lastSeenAt;
        Version = version;
    }

    /// <summary>The customer's id, derived from the contact details.</summary>
    public string Id => CustomerIds.For(Contact);

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>The contact details as last given.</summary>
    public ContactDetails Contact { get; }

    /// <summary>The booking they were last seen with.</summary>
    public string LastBookingId { get; }

    /// <summary>When that booking was made.</summary>
    public Instant LastSeenAt { get; }

    /// <summary>The store's concurrency token.</summary>
    public string? Version { get; init; }

    /// <summary>Whether a sighting at <paramref name="seenAt"/> is newer than this record and should replace it.</summary>
    public bool IsOlderThan(Instant seenAt) => LastSeenAt < seenAt;
}
