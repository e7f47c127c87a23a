using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace AppointmentBooking.Domain.Assistant;

/// <summary>
/// A prepared action and the one-time code that confirms exactly it. The code reaches the customer
/// outside the model's reply and is accepted only from the customer's own later message, so neither the
/// model nor text it read (a service description, a pasted instruction) can confirm on its own.
/// </summary>
/// <param name="Code">The one-time code.</param>
/// <param name="Action">What the code confirms.</param>
/// <param name="IssuedInTurn">The turn (0-based) whose tool call issued the code.</param>
/// <param name="ExpiresAt">When the code lapses.</param>
/// <param name="FailedAttempts">Wrong codes tried so far.</param>
public sealed record PendingConfirmation(string Code, PendingAction Action, int IssuedInTurn, Instant ExpiresAt, int FailedAttempts = 0)
{
    /// <summary>Wrong codes allowed before the pending action is dropped.</summary>
    public const int MaxFailedAttempts = 3;

    /// <summary>How long a code stays valid.</summary>
    public static Duration Lifetime { get; } = Duration.FromMinutes(15);

    /// <summary>Checks <paramref name="code"/> given in turn <paramref name="turn"/>, whose customer message was <paramref name="customerMessage"/>.</summary>
    public ConfirmationCheck Check(string code, string customerMessage, int turn, Instant now)
    {
        ArgumentNullException.ThrowIfNull(customerMessage);
        if (now >= ExpiresAt)
        {
            return ConfirmationCheck.Expired;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code ?? string.Empty), Encoding.UTF8.GetBytes(Code)))
        {
            return ConfirmationCheck.WrongCode;
        }

        if (turn <= IssuedInTurn)
        {
            return ConfirmationCheck.SameTurn;
        }

        return customerMessage.Contains(Code, StringComparison.Ordinal) ? ConfirmationCheck.Accepted : ConfirmationCheck.NotFromCustomer;
    }

    /// <summary>The state after a wrong code: one attempt fewer left, or nothing pending once they are used up.</summary>
    public PendingConfirmation? AfterFailedAttempt() =>
        FailedAttempts + 1 >= MaxFailedAttempts ? null : this with { FailedAttempts = FailedAttempts + 1 };
}
