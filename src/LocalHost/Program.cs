using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using AppointmentBooking.LocalHost.Fakes;

// Runs the Functions app's functions on Kestrel, against emulators and fakes it starts when needed.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json")
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

await using var emulators = await LocalEmulators.StartIfNeededAsync(configuration, CancellationToken.None);
await using var fakes = await LocalFakes.StartIfNeededAsync(configuration, CancellationToken.None);
var app = LocalApp.Build(args, emulators.Settings.Concat(fakes.Settings).ToDictionary());
app.Lifetime.ApplicationStarted.Register(() => fakes.Notify(new Uri(app.Urls.First().TrimEnd('/') + "/")));
await app.RunAsync();
