using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Catalog;
using AppointmentBooking.Functions.Infrastructure.Cosmos.Documents;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Bookings;

/// <summary>Builds the appointment for a successful claim: confirmed at once unless a deposit is due.</summary>
internal static class AppointmentFactory
{
    public static AppointmentDocument Create(TenantConfiguration tenant, BookingDraft draft, ClaimResult claim, string bookingId, Instant now)
    {
        var deposit = tenant.Policy.DepositRuleFor(draft.Service).DepositFor(draft.Service.Price);
        var needsDeposit = deposit.MinorUnits > 0;
        return new AppointmentDocument
        {
            Id = bookingId,
            TenantId = tenant.TenantId,
            Status = needsDeposit ? BookingStatus.PendingPayment : BookingStatus.Confirmed,
            ServiceId = draft.Service.Id,
            StaffId = claim.StaffId!,
            Start = draft.Start,
            End = draft.Start + draft.Service.Duration,
            BlockStart = claim.Entry!.Start,
            BlockEnd = claim.Entry.End,
            LocalDate = claim.Date!.Value,
            TimeZone = tenant.Policy.Zone.Id,
            CustomerId = CustomerIds.For(draft.Customer),
            Customer = new CustomerSnapshot(draft.Customer.Name, draft.Customer.Email, draft.Customer.Phone),
            PriceMinor = draft.Service.Price.MinorUnits,
            DepositMinor = deposit.MinorUnits,
            Currency = draft.Service.Price.Currency,
            HoldExpiresAt = needsDeposit ? claim.Entry.ExpiresAt : null,
            Fingerprint = draft.Fingerprint,
            CreatedAt = now,
        };
    }
}
