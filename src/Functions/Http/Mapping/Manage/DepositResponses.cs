using AppointmentBooking.Domain.Catalog;
using AppointmentBooking.Functions.Http.Contracts.Manage;

namespace AppointmentBooking.Functions.Http.Mapping.Manage;

/// <summary>Deposit rules in their API shape.</summary>
public static class DepositResponses
{
    public static DepositResponse Of(DepositRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Kind switch
        {
            DepositKind.Percentage => new DepositResponse("percentage", rule.Percent, null),
            DepositKind.FixedAmount => new DepositResponse("fixed", null, rule.Amount!.MinorUnits),
            _ => new DepositResponse("none", null, null),
        };
    }
}
