using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Common;
using AppointmentBooking.Domain.Customers;
using AppointmentBooking.Domain.Products;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Infrastructure.Cosmos;

/// <summary>Maps appointments to their stored form and back.</summary>
internal static class AppointmentMapper
{
    public static AppointmentDocument ToDocument(Appointment appointment) => new()
    {
        Id = appointment.Id,
        TenantId = appointment.TenantId,
        Status = appointment.Status,
        ServiceId = appointment.ServiceId,
        StaffId = appointment.Placement.StaffId,
        Start = appointment.Placement.Start,
        End = appointment.Placement.End,
        BlockStart = appointment.Placement.BlockStart,
        BlockEnd = appointment.Placement.BlockEnd,
        LocalDate = appointment.Placement.Date,
        TimeZone = appointment.Zone.Id,
        CustomerId = appointment.CustomerId,
        Customer = new CustomerSnapshot(appointment.Customer.Name, appointment.Customer.Email, appointment.Customer.Phone),
        PriceMinor = appointment.Price.MinorUnits,
        DepositMinor = appointment.Deposit.MinorUnits,
        Currency = appointment.Price.Currency,
        HoldExpiresAt = appointment.HoldExpiresAt,
        Fingerprint = appointment.Fingerprint,
        CreatedAt = appointment.CreatedAt,
        CancelledAt = appointment.Cancellation?.At,
        RefundEligible = appointment.Cancellation?.RefundEligible,
        RescheduleCount = appointment.RescheduleCount,
        Outbox = [.. appointment.Outbox.Select(m => new PendingMessageDocument(m.Id, m.Destination, m.Body, m.QueuedAt))],
        OutboxPending = appointment.Outbox.Count > 0,
        Products = BookedProductMapper.ToDocuments(appointment.Products),
        ProductCharge = appointment.ProductCharge,
        ProductsMinor = BookedProduct.Sum(appointment.Products, appointment.Price.Currency).MinorUnits,
        Reminders = [.. appointment.Reminders.Order(StringComparer.Ordinal)],
        ETag = appointment.Version,
    };

    public static Appointment ToDomain(AppointmentDocument document) => new(
        document.Id,
        document.TenantId,
        document.Status,
        document.ServiceId,
        new SlotPlacement(document.StaffId, document.LocalDate, document.Start, document.End, document.BlockStart, document.BlockEnd),
        DateTimeZoneProviders.Tzdb[document.TimeZone],
        new ContactDetails(document.Customer.Name, document.Customer.Email, document.Customer.Phone),
        new Money(document.PriceMinor, document.Currency),
        new Money(document.DepositMinor, document.Currency),
        document.HoldExpiresAt,
        document.Fingerprint,
        document.CreatedAt,
        document.CancelledAt is { } at ? new Cancellation(at, document.RefundEligible ?? false) : null,
        document.RescheduleCount,
        document.ETag,
        document.Outbox.Select(m => new PendingMessage(m.Id, m.Destination, m.Body, m.QueuedAt)),
        BookedProductMapper.ToDomain(document.Products, document.Currency),
        document.ProductCharge,
        reminders: document.Reminders);
}
