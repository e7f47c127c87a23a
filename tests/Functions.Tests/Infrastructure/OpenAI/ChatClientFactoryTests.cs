using System.Diagnostics;
using AppointmentBooking.Functions.Infrastructure.OpenAI;
using AppointmentBooking.Functions.Infrastructure.Telemetry;
using AppointmentBooking.LocalHost.Fakes;
using AppointmentBooking.LocalHost.Fakes.OpenAi;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace AppointmentBooking.Functions.Tests.Infrastructure.OpenAI;

/// <summary>The assistant's client on the real Azure OpenAI SDK: settings, the tool loop, and telemetry through the app's pipeline.</summary>
public sealed class ChatClientFactoryTests : IAsyncLifetime
{
    private const string Secret = "my card is 4111 and I live at 12 Secret Street";

    private readonly List<Activity> spans = [];
    private ServiceProvider services = null!;
    private FakeOpenAi model = null!;

    public async Task InitializeAsync()
    {
        model = await FakeServer.StartAsync(new FakeOpenAi());
        var collection = new ServiceCollection().AddLogging();
        collection.AddOpenTelemetry().AddAppTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans));
        services = collection.BuildServiceProvider();
        services.GetRequiredService<TracerProvider>();
    }

    [Fact]
    public void Without_endpoint_and_deployment_it_names_the_settings_to_fill()
    {
        var unconfigured = ChatClientFactory.Create(new AzureOpenAIOptions { Endpoint = "not a url" }, services.GetRequiredService<ILoggerFactory>());

        Assert.Null(unconfigured.Client);
        Assert.Equal(["AzureOpenAI__Endpoint", "AzureOpenAI__Deployment"], unconfigured.MissingSettings);
    }

    [Fact]
    public async Task Model_calls_and_tool_runs_are_spans_of_the_app_pipeline_without_message_content()
    {
        var assistant = ChatClientFactory.Create(
            new AzureOpenAIOptions { Endpoint = model.BaseAddress.ToString(), Deployment = FakeOpenAi.Deployment, Key = FakeOpenAi.ApiKey },
            services.GetRequiredService<ILoggerFactory>());
        model.Script(FakeCompletion.Call("echo", new { text = "hello" }), FakeCompletion.Say("Done.", promptTokens: 70, completionTokens: 5));
        var echo = AIFunctionFactory.Create((string text) => text, "echo");

        var response = await assistant.Client!.GetResponseAsync(Secret, new ChatOptions { Tools = [echo] });
        services.GetRequiredService<TracerProvider>().ForceFlush();

        Assert.Equal("Done.", response.Text);
        Assert.Equal(120 + 70, response.Usage?.InputTokenCount);
        Assert.Equal("/openai/deployments/booking-assistant/chat/completions", model.Requests[0].Path);
        Assert.Contains("api-version=", model.Requests[0].Query, StringComparison.Ordinal);
        var assistantSpans = spans.Where(s => s.Source.Name == ChatClientFactory.TelemetrySource).ToList();
        Assert.Equal(2, assistantSpans.Count(s => s.DisplayName.StartsWith("chat", StringComparison.Ordinal)));
        Assert.Contains(assistantSpans, s => s.DisplayName.Contains("echo", StringComparison.Ordinal));
        Assert.All(assistantSpans, s => Assert.All(s.TagObjects, tag => Assert.DoesNotContain("Secret Street", tag.Value?.ToString() ?? string.Empty)));
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await model.DisposeAsync();
    }
}
