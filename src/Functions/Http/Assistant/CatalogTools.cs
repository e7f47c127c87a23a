using System.ComponentModel;
using AppointmentBooking.Domain.Assistant;
using AppointmentBooking.Functions.Application.Assistant;
using AppointmentBooking.Functions.Application.Scheduling;
using AppointmentBooking.Functions.Http.Mapping;
using Microsoft.Extensions.AI;
using NodaTime;
using NodaTime.Text;

namespace AppointmentBooking.Functions.Http.Assistant;

/// <summary>Tools that read: services and prices, opening hours, and free starts (through the same slot search as the slots endpoint).</summary>
internal sealed class CatalogTools(SearchSlots search, IClock clock)
{
    /// <summary>Enough choice for a chat; the rest is counted, not listed.</summary>
    private const int MaxSlots = 12;

    public IEnumerable<AIFunction> BoundTo(TurnContext turn)
    {
        yield return ToolFunctions.Create("list_services", "The business's services: ids, names, descriptions, durations, prices, deposits and the staff who perform them.",
            () => turn.RunAsync("list_services", ToolIntents.Information, () => Task.FromResult(ToolAnswer.Done(BusinessFacts.Services(turn.Tenant)))));
        yield return ToolFunctions.Create("opening_hours", "Working hours per staff member and weekday, in the business's time zone.",
            () => turn.RunAsync("opening_hours", ToolIntents.Information, () => Task.FromResult(ToolAnswer.Done(BusinessFacts.Hours(turn.Tenant)))));
        yield return ToolFunctions.Create("search_slots", "Free starts of a service. Pass the customer's words for the day; the tool resolves them to dates.",
            ([Description("The service id from the reference data.")] string serviceId,
             [Description($"The day as the customer said it: {TimePhrase.Forms}.")] string when,
             [Description("A staff id, or leave empty for anyone.")] string? staffId = null,
             CancellationToken cancellationToken = default) =>
                turn.RunAsync("search_slots", ToolIntents.Availability, () => SearchAsync(turn, serviceId, when, staffId, cancellationToken)));
    }

    private async Task<ToolAnswer> SearchAsync(TurnContext turn, string serviceId, string when, string? staffId, CancellationToken cancellationToken)
    {
        var zone = turn.Tenant.Policy.Zone;
        if (!TimePhrase.TryParse(when, clock.GetCurrentInstant().InZone(zone).Date, out var window))
        {
            return ToolAnswer.Invalid([new ToolArgumentError("when", $"is not understood; use one of: {TimePhrase.Forms}.")]);
        }

        return await search.ExecuteAsync(turn.Tenant, serviceId, ToolArguments.Staff(staffId), window.Dates, cancellationToken) switch
        {
            SlotSearchOutcome.Found found when found.Slots.Where(s => window.Contains(s.LocalStart)).ToList() is var slots => ToolAnswer.Done(new
            {
                serviceId = found.Service.Id,
                from = LocalDatePattern.Iso.Format(window.Dates.Start),
                to = LocalDatePattern.Iso.Format(window.Dates.End),
                partOfDay = window.Part.ToString(),
                slots = slots.Take(MaxSlots).Select(s => BookingResponses.Slot(s, zone)),
                moreSlots = Math.Max(0, slots.Count - MaxSlots),
            }),
            SlotSearchOutcome.NotFound missing => ToolAnswer.Refused(missing.Detail),
            _ => throw new InvalidOperationException("Unknown slot search outcome."),
        };
    }
}
