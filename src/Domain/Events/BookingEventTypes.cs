using System.Diagnostics.CodeAnalysis;

namespace AppointmentBooking.Domain.Events;

/// <summary>
/// The names events travel under (webhook payloads and subscriptions, the stream's event field): part of
/// the public contract, so they never change once published.
/// </summary>
public static class BookingEventTypes
{
    private static readonly Dictionary<BookingEventKind, string> Names = new()
    {
        [BookingEventKind.BookingCreated] = "booking.created",
        [BookingEventKind.BookingConfirmed] = "booking.confirmed",
        [BookingEventKind.BookingCancelled] = "booking.cancelled",
        [BookingEventKind.BookingRescheduled] = "booking.rescheduled",
        [BookingEventKind.BookingExpired] = "booking.expired",
        [BookingEventKind.BookingCompleted] = "booking.completed",
        [BookingEventKind.BookingNoShow] = "booking.no_show",
        [BookingEventKind.DepositPaid] = "payment.paid",
        [BookingEventKind.DepositRefunded] = "payment.refunded",
        [BookingEventKind.CalendarDisconnected] = "calendar.disconnected",
    };

    private static readonly Dictionary<string, BookingEventKind> Kinds = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every published name, in the order of <see cref="BookingEventKind"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.OrderBy(p => p.Key).Select(p => p.Value)];

    /// <summary>The published name of <paramref name="kind"/>.</summary>
    public static string Name(BookingEventKind kind) => Names[kind];

    /// <summary>The kind published as <paramref name="name"/>; false for a name that is not one.</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out BookingEventKind? kind)
    {
        kind = name is not null && Kinds.TryGetValue(name, out var found) ? found : null;
        return kind is not null;
    }
}
