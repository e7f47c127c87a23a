using AppointmentBooking.Domain.Common;

namespace AppointmentBooking.Domain.Scheduling;

/// <summary>Whom a customer asks for: one staff member by id, or anyone qualified (<c>any</c>).</summary>
public sealed record StaffChoice
{
    /// <summary>The word customers send for "any staff member".</summary>
    public const string AnyKeyword = "any";

    private StaffChoice(string? staffId) => StaffId = staffId;

    /// <summary>Anyone qualified for the service.</summary>
    public static StaffChoice Any { get; } = new(staffId: null);

    /// <summary>The chosen staff member's id; null for <see cref="Any"/>.</summary>
    public string? StaffId { get; }

    /// <summary>Whether anyone qualified will do.</summary>
    public bool IsAny => StaffId is null;

    /// <summary>One staff member.</summary>
    public static StaffChoice Of(string staffId) => new(Preconditions.CheckNotBlank(staffId, "staffId"));

    /// <summary>Reads <c>any</c> (any case) or a staff id.</summary>
    public static StaffChoice Parse(string text) =>
        string.Equals(text, AnyKeyword, StringComparison.OrdinalIgnoreCase) ? Any : Of(text);

    /// <inheritdoc />
    public override string ToString() => StaffId ?? AnyKeyword;
}
