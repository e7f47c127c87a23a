using AppointmentBooking.Domain.Common;
using NodaTime;

namespace AppointmentBooking.Domain.Catalog;

/// <summary>
/// A bookable service. Buffers (preparation before, clean-up after) occupy the staff member but
/// are not part of the customer's appointment; slot search makes them fit inside working time and
/// keeps them clear of other occupancy.
/// </summary>
public sealed class Service
{
    private const int MaxDescriptionLength = 2000;
    private static readonly Duration MaximumLength = Duration.FromDays(1);
    private readonly HashSet<string> allowedStaff;

    /// <summary>Creates a service; every argument is checked and a failure names its field.</summary>
    /// <param name="id">The service id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="duration">The appointment length, positive and at most a day.</param>
    /// <param name="price">The price; not negative.</param>
    /// <param name="bufferBefore">Preparation time before the appointment; not negative.</param>
    /// <param name="bufferAfter">Clean-up time after the appointment; not negative.</param>
    /// <param name="deposit">The deposit rule, or null to use the tenant's default.</param>
    /// <param name="allowedStaffIds">Who may perform it; empty or null means every staff member.</param>
    /// <param name="isActive">Inactive services are not offered and cannot be booked.</param>
    /// <param name="description">What customers read about the service; optional, at most 2,000 characters.</param>
    public Service(
        string id,
        string name,
        Duration duration,
        Money price,
        Duration bufferBefore,
        Duration bufferAfter,
        DepositRule? deposit = null,
        IEnumerable<string>? allowedStaffIds = null,
        bool isActive = true,
        string? description = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Duration = Preconditions.CheckPositive(duration, nameof(duration));
        Preconditions.CheckArgument(duration <= MaximumLength, nameof(duration), "must be at most one day.");
        Price = Preconditions.CheckNotNull(price, nameof(price));
        Preconditions.CheckNonNegative(price.MinorUnits, nameof(price));
        BufferBefore = Preconditions.CheckNonNegative(bufferBefore, nameof(bufferBefore));
        BufferAfter = Preconditions.CheckNonNegative(bufferAfter, nameof(bufferAfter));
        Deposit = deposit;
        Preconditions.CheckArgument(
            deposit?.Amount is null || deposit.Amount.Currency == price.Currency,
            nameof(deposit),
            "must be in the price's currency.");
        allowedStaff = new HashSet<string>(allowedStaffIds ?? [], StringComparer.Ordinal);
        IsActive = isActive;
        Preconditions.CheckArgument(description is null || description.Length <= MaxDescriptionLength, nameof(description),
            $"must be at most {MaxDescriptionLength} characters.");
        Description = description;
    }

    /// <summary>The service id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The customer's appointment length, measured on the instant timeline.</summary>
    public Duration Duration { get; }

    /// <summary>The price.</summary>
    public Money Price { get; }

    /// <summary>Staff time reserved before the appointment.</summary>
    public Duration BufferBefore { get; }

    /// <summary>Staff time reserved after the appointment.</summary>
    public Duration BufferAfter { get; }

    /// <summary>The service's own deposit rule, or null to use the tenant's default.</summary>
    public DepositRule? Deposit { get; }

    /// <summary>The staff ids allowed to perform it; empty means everyone.</summary>
    public IReadOnlySet<string> AllowedStaffIds => allowedStaff;

    /// <summary>Whether the service is offered.</summary>
    public bool IsActive { get; }

    /// <summary>What customers read about the service, if anything.</summary>
    public string? Description { get; }

    /// <summary>Whether <paramref name="staffId"/> may perform the service (empty list = anyone).</summary>
    public bool CanBePerformedBy(string staffId) => allowedStaff.Count == 0 || allowedStaff.Contains(staffId);
}
