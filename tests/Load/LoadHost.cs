using System.Diagnostics;
using System.Reflection;
using AppointmentBooking.Functions.Http;
using AppointmentBooking.Functions.Infrastructure.Cosmos;
using AppointmentBooking.Integration.Tests.Fixtures;
using AppointmentBooking.LocalHost;
using AppointmentBooking.LocalHost.Emulators;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AppointmentBooking.Load;

/// <summary>
/// The app under load: Azurite and the in-memory Cosmos server on free loopback ports, and two
/// instances of the local host's app (the real function classes, queue pollers and the in-process
/// booking saga each) on Kestrel in this process, sharing the emulators as two Functions instances
/// share Azure, each with the naive baseline endpoint mapped beside it and the Cosmos request counter
/// in its pipeline. Most scenarios use the first instance; the two-instance ones spread their clients.
/// </summary>
internal sealed class LoadHost : IAsyncDisposable
{
    private const int InstanceCount = 2;
    private static readonly TimeSpan QuietCheck = TimeSpan.FromMilliseconds(250);
    private readonly RunningEmulators emulators;
    private readonly IReadOnlyList<WebApplication> apps;
    private readonly IReadOnlyList<HttpClient> https;
    private readonly IReadOnlyList<CosmosRequestCounter> counters;

    private LoadHost(
        RunningEmulators emulators, IReadOnlyList<WebApplication> apps, IReadOnlyList<HttpClient> https, IReadOnlyList<CosmosRequestCounter> counters,
        AppLog log, RequestTrace trace)
    {
        this.emulators = emulators;
        this.apps = apps;
        this.https = https;
        this.counters = counters;
        Log = log;
        Instances = [.. https.Select(h => new LoadClient(h, trace))];
    }

    /// <summary>The first instance, where the single-instance scenarios run.</summary>
    public LoadClient Client => Instances[0];

    public IReadOnlyList<LoadClient> Instances { get; }

    public AppLog Log { get; }

    public IServiceProvider Services => apps[0].Services;

    public CosmosStore Store => apps[0].Services.GetRequiredService<CosmosStore>();

    public TenantDirectory Directory => apps[0].Services.GetRequiredService<TenantDirectory>();

    public string Description =>
        $"App instances on {string.Join(", ", https.Select(h => h.BaseAddress))}, emulator processes {string.Join(", ", emulators.ProcessIds)}";

    public static async Task<LoadHost> StartAsync(CancellationToken cancellationToken)
    {
        var emulators = await RunningEmulators.StartAsync(EmulatorPorts.Free(), cancellationToken);
        var settings = new Dictionary<string, string?>(emulators.Endpoints.ToConfiguration())
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Cosmos:Database"] = $"load-{Guid.NewGuid():N}",
            ["Seed:DemoTenant"] = "false",
            // All clients share one loopback address; the limits would otherwise measure themselves.
            ["RateLimits:PermitsPerMinute"] = "10000000",
            ["RateLimits:ClientPermitsPerMinute"] = "10000000",
            ["RateLimits:GlobalPermitsPerSecond"] = "10000000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Warnings and errors go to AppLog (counted and sampled in the report), not between the tables.
            ["Logging:Console:LogLevel:Default"] = "None",
        };
        var counters = new List<CosmosRequestCounter>();
        var log = new AppLog();
        var apps = new List<WebApplication>();
        var https = new List<HttpClient>();
        for (var instance = 0; instance < InstanceCount; instance++)
        {
            // The first instance creates the database; the second finds it.
            settings["Cosmos:CreateIfMissing"] = instance == 0 ? "true" : "false";
            // A handler joins one client's pipeline only: each instance counts with its own.
            var counter = new CosmosRequestCounter();
            counters.Add(counter);
            var app = LocalApp.Build([], settings, services => services.AddSingleton<Microsoft.Azure.Cosmos.RequestHandler>(counter));
            NaiveEndpoint.Map(app);
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
            await app.StartAsync(cancellationToken);
            apps.Add(app);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            https.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4096 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) });
        }

        return new LoadHost(emulators, apps, https, counters, log, new RequestTrace());
    }

    /// <summary>What the instances asked of Cosmos DB for one function (null: any) since the last reset.</summary>
    public IReadOnlyList<CosmosOperation> CosmosRecords(string? function = null) => [.. counters.SelectMany(c => c.Records(function))];

    public void ResetCosmos()
    {
        foreach (var counter in counters)
        {
            counter.Reset();
        }
    }

    /// <summary>
    /// Waits until the background work of earlier requests is done (every consumed queue empty, no saga
    /// running), so the next scenario is measured on a quiet app; the time it took is returned.
    /// </summary>
    public async Task<TimeSpan> QuiesceAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var quietChecks = 0;
        while (quietChecks < 2)
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The app's background work did not finish within {limit.TotalSeconds:F0} s.");
            }

            await Task.Delay(QuietCheck, cancellationToken);
            quietChecks = await IsQuietAsync(cancellationToken) ? quietChecks + 1 : 0;
        }

        return clock.Elapsed;
    }

    /// <summary>Every saga the in-process Durable host still keeps (it keeps finished ones in memory until the process ends).</summary>
    public async Task<int> SagaCountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var app in apps)
        {
            await foreach (var _ in app.Services.GetRequiredService<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery()).WithCancellation(cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Trace.Dispose();
        foreach (var http in https)
        {
            http.Dispose();
        }

        foreach (var app in apps)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await app.StopAsync(stopping.Token);
            await app.DisposeAsync();
        }

        await emulators.DisposeAsync();
    }

    private async Task<bool> IsQuietAsync(CancellationToken cancellationToken)
    {
        var queues = apps[0].Services.GetRequiredService<QueueServiceClient>();
        foreach (var name in ConsumedQueues())
        {
            var queue = queues.GetQueueClient(name);
            if (await queue.ExistsAsync(cancellationToken) && (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount > 0)
            {
                return false;
            }
        }

        foreach (var app in apps)
        {
            var running = app.Services.GetRequiredService<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery
            {
                Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending],
                PageSize = 1,
            });
            await foreach (var _ in running.WithCancellation(cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The queues some function of the app is triggered by, found as the local host finds them.</summary>
    private static IEnumerable<string> ConsumedQueues() =>
        typeof(Health).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()?.QueueName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
}
