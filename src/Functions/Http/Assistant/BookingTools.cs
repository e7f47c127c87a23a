using System.ComponentModel;
using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Http.Contracts;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.Extensions.AI;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>
/// Tools that prepare changes and read bookings. Nothing here writes a booking: preparing checks the request as
/// the booking API would and leaves it waiting for the customer's code. A booking opens only with its token (from
/// the customer's page, never from the model) or when this conversation made it.
/// </summary>
internal sealed class BookingTools(SearchSlots search, BookingAccess access, PendingActions pending, IClock clock)
{
    private const string CodeSent =
        "A one-time confirmation code was given to the customer beside your reply; you do not know it. Ask the customer to send it back to confirm.";

    public IEnumerable<AIFunction> BoundTo(TurnContext turn)
    {
        yield return ToolFunctions.Create("prepare_booking", "Checks a booking and sets it up for the customer to confirm with a one-time code. Books nothing.",
            ([Description("The service id.")] string serviceId,
             [Description("A start exactly as search_slots returned it (ISO 8601 with offset).")] string start,
             [Description("The customer's name.")] string customerName,
             [Description("The customer's e-mail address; this or a phone number is required.")] string? customerEmail = null,
             [Description("The customer's international phone number, such as +27821234567.")] string? customerPhone = null,
             [Description("The staff id from the slot, or empty for anyone.")] string? staffId = null,
             CancellationToken cancellationToken = default) =>
                turn.RunAsync("prepare_booking", ToolIntents.Book, () => PrepareBookingAsync(
                    turn, new CreateBookingRequest(serviceId, string.IsNullOrWhiteSpace(staffId) ? "any" : staffId, start,
                        new CustomerRequest(customerName, customerEmail, customerPhone)), cancellationToken)));
        yield return ToolFunctions.Create("find_booking", "Reads one of the customer's bookings.",
            ([Description("The booking id.")] string bookingId, CancellationToken cancellationToken) =>
                turn.RunAsync("find_booking", ToolIntents.Lookup, () => FindAsync(turn, bookingId, cancellationToken)));
        yield return ToolFunctions.Create("prepare_cancellation", "Sets up the cancellation of one of the customer's bookings for them to confirm with a code.",
            ([Description("The booking id.")] string bookingId, CancellationToken cancellationToken) =>
                turn.RunAsync("prepare_cancellation", ToolIntents.Cancel, () => PrepareCancellationAsync(turn, bookingId, cancellationToken)));
        yield return ToolFunctions.Create("prepare_reschedule", "Sets up moving one of the customer's bookings to another start, for them to confirm with a code.",
            ([Description("The booking id.")] string bookingId,
             [Description("The new start exactly as search_slots returned it.")] string start,
             [Description("Another staff id, or empty to keep the booking's.")] string? staffId = null,
             CancellationToken cancellationToken = default) =>
                turn.RunAsync("prepare_reschedule", ToolIntents.Reschedule, () => PrepareRescheduleAsync(
                    turn, bookingId, new RescheduleBookingRequest(start, staffId), cancellationToken)));
        yield return ToolFunctions.Create("hand_over", "Hands the customer over to the business's staff, who see this conversation.",
            ([Description("Why, in a few words.")] string? reason = null) => turn.RunAsync("hand_over", ToolIntents.HandOver, () =>
            {
                turn.HandedOver = true;
                return Task.FromResult(ToolAnswer.Done(new
                {
                    handedOver = true,
                    tell = "The business's team can see this conversation. For anything urgent the customer should contact the business directly.",
                }));
            }));
    }

    private async Task<ToolAnswer> PrepareBookingAsync(TurnContext turn, CreateBookingRequest request, CancellationToken cancellationToken)
    {
        if (ToolArguments.Check(() => BookingRequests.ToCommand(request), out var errors) is not { } command)
        {
            return ToolAnswer.Invalid(errors);
        }

        var zone = turn.Tenant.Policy.Zone;
        var date = command.Start.InZone(zone).Date;
        var outcome = await search.ExecuteAsync(turn.Tenant, command.ServiceId, command.Staff, new DateInterval(date, date), cancellationToken);
        if (outcome is SlotSearchOutcome.NotFound missing)
        {
            return ToolAnswer.Refused(missing.Detail);
        }

        var found = (SlotSearchOutcome.Found)outcome;
        if (!found.Slots.Any(s => s.Start == command.Start))
        {
            return new ToolAnswer(false, new { freeStartsThatDay = found.Slots.Take(8).Select(s => BookingResponses.Slot(s, zone)) },
                "That start cannot be booked (taken, outside working hours, too soon or too far ahead); offer one of the free starts instead.");
        }

        var confirmation = pending.Prepare(turn, new PendingAction.Book(command.ServiceId, command.Staff, command.Start, command.Customer));
        return ToolAnswer.Done(new
        {
            prepared = new
            {
                service = found.Service.Name,
                start = TimeFormats.Format(command.Start, zone),
                staffId = command.Staff.ToString(),
                customerName = command.Customer.Name,
                price = BookingResponses.Money(found.Service.Price),
                deposit = BookingResponses.Money(turn.Tenant.DepositFor(found.Service)),
            },
            confirmation = CodeSent,
            codeExpiresAt = TimeFormats.Format(confirmation.ExpiresAt, zone),
        });
    }

    private async Task<ToolAnswer> FindAsync(TurnContext turn, string bookingId, CancellationToken cancellationToken) =>
        await access.FindAsync(turn.Tenant, bookingId, pending.TokenFor(turn, bookingId), cancellationToken) is { } booking
            ? ToolAnswer.Done(BookingResponses.Booking(booking, clock.GetCurrentInstant()))
            : NoAccess(bookingId);

    private async Task<ToolAnswer> PrepareCancellationAsync(TurnContext turn, string bookingId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(turn.Tenant, bookingId, pending.TokenFor(turn, bookingId), cancellationToken) is not { } booking)
        {
            return NoAccess(bookingId);
        }

        var now = clock.GetCurrentInstant();
        pending.Prepare(turn, new PendingAction.Cancel(booking.Id));
        return ToolAnswer.Done(new
        {
            prepared = BookingResponses.Booking(booking, now),
            depositRefundableIfCancelledNow = CancellationPolicy.IsRefundEligible(booking.Placement.Start, now, turn.Tenant.Policy.CancellationWindow),
            confirmation = CodeSent,
        });
    }

    private async Task<ToolAnswer> PrepareRescheduleAsync(TurnContext turn, string bookingId, RescheduleBookingRequest request, CancellationToken cancellationToken)
    {
        if (ToolArguments.Check(() => BookingRequests.ToCommand(request), out var errors) is not { } command)
        {
            return ToolAnswer.Invalid(errors);
        }

        if (await access.FindAsync(turn.Tenant, bookingId, pending.TokenFor(turn, bookingId), cancellationToken) is not { } booking)
        {
            return NoAccess(bookingId);
        }

        pending.Prepare(turn, new PendingAction.Reschedule(booking.Id, command.Start, command.Staff));
        return ToolAnswer.Done(new
        {
            prepared = new { bookingId = booking.Id, from = TimeFormats.Format(booking.Placement.Start, booking.Zone), to = TimeFormats.Format(command.Start, booking.Zone) },
            confirmation = CodeSent,
        });
    }

    private static ToolAnswer NoAccess(string bookingId) => ToolAnswer.Refused(
        BookingAccess.Missing(bookingId).Detail + " A booking opens only from the customer's booking link or when it was made in this conversation.");
}
