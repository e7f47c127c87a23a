using System.ComponentModel;
using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Bookings;
using AppointmentBooking.Functions.Application.Payments;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.Extensions.AI;
using NodaTime;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>
/// The one tool that changes bookings: it runs the prepared action, and only with the code from the customer's own message.
/// A booking that owes a deposit gets its checkout at the tenant's gateway (the same use case as the checkout endpoint),
/// whose link goes to the customer beside the reply.
/// </summary>
internal sealed class ConfirmationTools(PendingActions pending, StartDepositCheckout checkout, IClock clock)
{
    public IEnumerable<AIFunction> BoundTo(TurnContext turn)
    {
        yield return ToolFunctions.Create("confirm", "Carries out the prepared booking, cancellation or move. Only with a code the customer sent in their message.",
            ([Description("The six-digit code from the customer's message.")] string code, CancellationToken cancellationToken) =>
                turn.RunAsync("confirm", ToolIntents.Confirm, () => ConfirmAsync(turn, code, cancellationToken)));
    }

    private async Task<ToolAnswer> ConfirmAsync(TurnContext turn, string code, CancellationToken cancellationToken)
    {
        var result = await pending.ConfirmAsync(turn, code, cancellationToken);
        if (result is not ConfirmResult.Executed executed)
        {
            return ToolAnswer.Refused(Explain(((ConfirmResult.Refused)result).Reason));
        }

        turn.AddIntent(executed.Action switch
        {
            PendingAction.Book => ToolIntents.Book,
            PendingAction.Cancel => ToolIntents.Cancel,
            _ => ToolIntents.Reschedule,
        });
        var zone = turn.Tenant.Policy.Zone;
        return executed.Outcome switch
        {
            BookingOutcome.Done done => ToolAnswer.Done(new
            {
                booking = BookingResponses.Booking(done.Appointment, clock.GetCurrentInstant()),
                deposit = done.Appointment.Status == Domain.Bookings.BookingStatus.PendingPayment
                    ? await OpenCheckoutAsync(turn, done.Appointment.Id, cancellationToken)
                    : null,
            }),
            BookingOutcome.PaymentsUnavailable unavailable => ToolAnswer.Refused(unavailable.Detail),
            BookingOutcome.NotBookable notBookable => ToolAnswer.Refused("The start " + BookingResults.Explain(notBookable.Reason)),
            BookingOutcome.SlotTaken taken => new ToolAnswer(false, new { alternatives = taken.Alternatives.Select(s => BookingResponses.Slot(s, zone)) },
                "Another booking took the time meanwhile; offer the alternatives and prepare again."),
            BookingOutcome.NotFound missing => ToolAnswer.Refused(missing.Detail),
            BookingOutcome.InvalidState invalid => ToolAnswer.Refused(invalid.Detail),
            BookingOutcome.Contended => ToolAnswer.Refused("Too many changes at once; the code stays valid, ask the customer to send it again in a moment."),
            _ => ToolAnswer.Refused("The booking system refused the request."),
        };
    }

    private async Task<string> OpenCheckoutAsync(TurnContext turn, string bookingId, CancellationToken cancellationToken)
    {
        if (await checkout.ExecuteAsync(turn.Tenant, bookingId, pending.TokenFor(turn, bookingId), cancellationToken) is not CheckoutOutcome.Open open)
        {
            return "The booking is held until holdExpiresAt and lapses unless the deposit is paid by then; online payment cannot be opened right now, so the customer should pay from their booking link.";
        }

        turn.Checkout = open.Payment;
        return "The booking is held until holdExpiresAt and lapses unless the deposit is paid by then; the customer gets the payment link beside your reply.";
    }

    private static string Explain(ConfirmationCheck reason) => reason switch
    {
        ConfirmationCheck.NothingPending => "Nothing waits for confirmation: prepare the booking, cancellation or move first.",
        ConfirmationCheck.Expired => "The code has lapsed: prepare the change again.",
        ConfirmationCheck.SameTurn => "The customer has not confirmed yet: ask them to send the code they were given.",
        ConfirmationCheck.NotFromCustomer => "Only a code the customer typed in their message confirms.",
        _ => "That is not the code the customer was given.",
    };
}
