using System.Diagnostics;
using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Domain.Bookings;
using AppointmentBooking.Domain.Payments;
using AppointmentBooking.Domain.Tenants;
using NodaTime;

namespace AppointmentBooking.Functions.Application.Assistant;

/// <summary>
/// One customer message being answered: the tenant from the route (tools never take a tenant), the
/// conversation, the customer's own words and booking token, and what the tools did so far.
/// Tools run one at a time, so this needs no locking.
/// </summary>
public sealed class TurnContext(TenantConfiguration tenant, Conversation conversation, string customerText, string? accessToken)
{
    private readonly List<ToolCall> tools = [];
    private readonly List<string> intents = [];
    private readonly List<Appointment> bookingsMade = [];

    public TenantConfiguration Tenant { get; } = tenant;

    public Conversation Conversation { get; } = conversation;

    /// <summary>The customer's message of this turn: a confirmation code counts only if it is in here.</summary>
    public string CustomerText { get; } = customerText;

    /// <summary>The booking access token the customer's page sent with the message (never seen by the model).</summary>
    public string? AccessToken { get; } = accessToken;

    public int Turn => Conversation.NextTurn;

    /// <summary>The action waiting for confirmation, as the tools leave it.</summary>
    public PendingConfirmation? Pending { get; set; } = conversation.Pending;

    /// <summary>The confirmation issued in this turn, whose code goes to the customer beside the model's reply.</summary>
    public PendingConfirmation? Issued { get; private set; }

    /// <summary>The booking a confirmed action created or changed in this turn.</summary>
    public Appointment? Booking { get; private set; }

    public bool BookingCreated { get; private set; }

    /// <summary>The deposit checkout opened for the booking of this turn, if one is due.</summary>
    public Payment? Checkout { get; set; }

    public bool HandedOver { get; set; }

    public IReadOnlyList<ToolCall> Tools => tools;

    public IReadOnlyList<string> Intents => intents;

    /// <summary>The tools called, comma-separated, for the turn's log line.</summary>
    public string ToolNames => string.Join(",", tools.Select(t => t.Name));

    public IReadOnlyList<string> BookingsMade => [.. bookingsMade.Select(b => b.Id)];

    /// <summary>Bookings made in this conversation belong to its customer, who may act on them without a token.</summary>
    public bool MadeHere(string bookingId) =>
        Conversation.BookingIds.Contains(bookingId, StringComparer.Ordinal) || bookingsMade.Any(b => b.Id == bookingId);

    /// <summary>Whether anything changed for the customer in this turn (a booking, a code), so the turn must be kept even if the model fails afterwards.</summary>
    public bool ChangedSomething => Issued is not null || Booking is not null || HandedOver;

    public void Issue(PendingConfirmation confirmation)
    {
        Pending = confirmation;
        Issued = confirmation;
    }

    public void Record(Appointment booking, bool created)
    {
        Booking = booking;
        BookingCreated |= created;
        if (created)
        {
            bookingsMade.Add(booking);
        }
    }

    public void AddIntent(string intent)
    {
        if (!intents.Contains(intent))
        {
            intents.Add(intent);
        }
    }

    /// <summary>Runs one tool call, recording its name, whether it did what was asked and how long it took.</summary>
    public async Task<ToolAnswer> RunAsync(string tool, string intent, Func<Task<ToolAnswer>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var started = Stopwatch.GetTimestamp();
        AddIntent(intent);
        var succeeded = false;
        try
        {
            var answer = await call();
            succeeded = answer.Ok;
            return answer;
        }
        finally
        {
            tools.Add(new ToolCall(tool, succeeded, Duration.FromTimeSpan(Stopwatch.GetElapsedTime(started))));
        }
    }
}
