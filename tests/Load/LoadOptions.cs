using System.Globalization;

namespace AppointmentBooking.Load;

/// <summary>
/// Command line: <c>[--clients N] [--bookings M] [--rounds R] [--crowd C] [--readers V] [--read-seconds S]
/// [--month-bookings B] [--hold-minutes H] [--seconds S] [--runs K] [--views 0|1] [--dashboard A]</c>; every value bounded.
/// </summary>
/// <param name="Clients">Concurrent clients of the distinct and contended booking scenarios.</param>
/// <param name="Bookings">Requests of the distinct scenario.</param>
/// <param name="Rounds">Rounds of the contended scenario.</param>
/// <param name="Crowd">Clients that fire at one single slot at once.</param>
/// <param name="Readers">Clients reading slot views in the month-view scenario.</param>
/// <param name="ReadTime">How long each month-view phase reads.</param>
/// <param name="MonthBookings">Bookings made over the month before the month views are read.</param>
/// <param name="HoldMinutes">The month tenant's hold, after which its steady-state phase starts.</param>
/// <param name="ScenarioBudget">The time cap of each booking scenario.</param>
/// <param name="Runs">Back-to-back runs of everything in one process (the working set is taken after each).</param>
/// <param name="Views">Whether to run the month-view scenario and the cost count after the booking scenarios.</param>
/// <param name="DashboardAppointments">When above zero, measure the dashboard on that many appointments instead of the booking scenarios.</param>
internal sealed record LoadOptions(
    int Clients, int Bookings, int Rounds, int Crowd, int Readers, TimeSpan ReadTime, int MonthBookings, int HoldMinutes,
    TimeSpan ScenarioBudget, int Runs, bool Views, int DashboardAppointments = 0)
{
    public static LoadOptions Default { get; } = new(32, 500, 20, 500, 32, TimeSpan.FromSeconds(15), 400, 2, TimeSpan.FromSeconds(30), 1, true);

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{name}' needs a value.");
            }

            var value = int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture);
            options = name switch
            {
                "--clients" => options with { Clients = Clamp(value, 1, 512, name) },
                "--bookings" => options with { Bookings = Clamp(value, 1, 20_000, name) },
                "--rounds" => options with { Rounds = Clamp(value, 1, 1_000, name) },
                "--crowd" => options with { Crowd = Clamp(value, 2, 2_000, name) },
                "--readers" => options with { Readers = Clamp(value, 1, 512, name) },
                "--read-seconds" => options with { ReadTime = TimeSpan.FromSeconds(Clamp(value, 1, 300, name)) },
                "--month-bookings" => options with { MonthBookings = Clamp(value, 1, 2_000, name) },
                "--hold-minutes" => options with { HoldMinutes = Clamp(value, 1, 60, name) },
                "--seconds" => options with { ScenarioBudget = TimeSpan.FromSeconds(Clamp(value, 1, 300, name)) },
                "--runs" => options with { Runs = Clamp(value, 1, 10, name) },
                "--views" => options with { Views = Clamp(value, 0, 1, name) == 1 },
                "--dashboard" => options with { DashboardAppointments = Clamp(value, 1, 100_000, name) },
                _ => throw new ArgumentException(
                    $"Unknown option '{name}'. Use --clients, --bookings, --rounds, --crowd, --readers, --read-seconds, --month-bookings, --hold-minutes, --seconds, --runs, --views, --dashboard."),
            };
        }

        return options;
    }

    private static int Clamp(int value, int min, int max, string name) =>
        value < min || value > max ? throw new ArgumentException($"{name} must be between {min} and {max}.") : value;
}
