using AppointmentBooking.Domain.Events;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Events as documents in their tenant's partition (id = event id, so a retry finds it kept), deleted by Cosmos DB after their time (TTL).</summary>
internal sealed class CosmosBookingEventLog(CosmosStore store) : IBookingEventLog
{
    public async Task<bool> TryAppendAsync(BookingEvent bookingEvent, LocalDate localDate, Duration keepFor, CancellationToken cancellationToken) =>
        await store.TryCreateAsync(BookingEventMapper.ToDocument(bookingEvent, localDate, (int)keepFor.TotalSeconds), cancellationToken) is not null;
}
