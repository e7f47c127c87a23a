using System.Globalization;

namespace AppointmentBooking.Load;

/// <summary>Command line: <c>[--clients N] [--bookings M] [--rounds R] [--seconds S] [--dashboard A]</c>; every value bounded. <c>--dashboard</c> measures the dashboard on A appointments instead of the booking scenarios.</summary>
internal sealed record LoadOptions(int Clients, int Bookings, int Rounds, TimeSpan ScenarioBudget, int DashboardAppointments = 0)
{
    public static LoadOptions Default { get; } = new(32, 500, 20, TimeSpan.FromSeconds(15));

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
                "--seconds" => options with { ScenarioBudget = TimeSpan.FromSeconds(Clamp(value, 1, 300, name)) },
                "--dashboard" => options with { DashboardAppointments = Clamp(value, 1, 100_000, name) },
                _ => throw new ArgumentException($"Unknown option '{name}'. Use --clients N, --bookings M, --rounds R, --seconds S, --dashboard A."),
            };
        }

        return options;
    }

    private static int Clamp(int value, int min, int max, string name) =>
        value < min || value > max ? throw new ArgumentException($"{name} must be between {min} and {max}.") : value;
}
