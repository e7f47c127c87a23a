using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Events;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Application.Common;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Products;

/// <summary>
/// Keeps stock in step with bookings, each change a read–decide–write under the product's version. A new
/// booking reserves its units before it is stored (held until its hold expires, like its slot); its
/// events then settle them (confirmed), return them (cancelled, expired, no-show) or sell them
/// (completed). Every step finds itself done when repeated. Stock changes do not stamp the catalog:
/// nothing cached decides on stock, bookings always read it fresh.
/// </summary>
public sealed class ProductStock(ITenantResources<Product> products, IClock clock)
{
    /// <summary>Reserves every line for the booking; on a refusal, returns what it reserved and says why.</summary>
    public async Task<string?> ReserveAsync(string tenantId, string bookingId, IReadOnlyList<BookedProduct> lines, Instant expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var now = clock.GetCurrentInstant();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (await ChangeAsync(tenantId, line.ProductId, p => p.Reserve(bookingId, line.Quantity, expiresAt, now), cancellationToken) is { } refused)
            {
                foreach (var reserved in lines.Take(i))
                {
                    await ChangeAsync(tenantId, reserved.ProductId, p => p.Release(bookingId), cancellationToken);
                }

                return refused;
            }
        }

        return null;
    }

    /// <summary>What an event means for the booking's units.</summary>
    public async Task ApplyAsync(BookingEvent bookingEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bookingEvent);
        if (bookingEvent.Booking is not { Products.Count: > 0 } booking)
        {
            return;
        }

        foreach (var line in booking.Products)
        {
            Func<Product, StockChange>? change = bookingEvent.Kind switch
            {
                BookingEventKind.BookingConfirmed => p => p.Settle(booking.BookingId, line.Quantity),
                BookingEventKind.BookingCompleted => p => p.Sell(booking.BookingId),
                BookingEventKind.BookingCancelled or BookingEventKind.BookingExpired or BookingEventKind.BookingNoShow => p => p.Release(booking.BookingId),
                _ => null,
            };
            if (change is not null)
            {
                await ChangeAsync(bookingEvent.TenantId, line.ProductId, change, cancellationToken);
            }
        }
    }

    /// <summary>Null when done (or the product is gone); the refusal otherwise.</summary>
    /// <exception cref="ContentionException">The product kept changing.</exception>
    private async Task<string?> ChangeAsync(string tenantId, string productId, Func<Product, StockChange> change, CancellationToken cancellationToken)
    {
        string? refusal = null;
        var done = await OptimisticRetry.RunUntilDoneAsync(RetryLimits.Document, async () =>
        {
            if (await products.FindAsync(tenantId, productId, cancellationToken) is not { } stored)
            {
                return true;
            }

            switch (change(stored.Value))
            {
                case StockChange.Refused refused:
                    refusal = refused.Reason;
                    return true;
                case StockChange.Changed changed:
                    return await products.TryUpdateAsync(tenantId, changed.Product, stored.Version, cancellationToken) is not null;
                default:
                    return true;
            }
        }, cancellationToken);
        return done ? refusal : throw new ContentionException($"Product {productId} kept changing; retry.");
    }
}
