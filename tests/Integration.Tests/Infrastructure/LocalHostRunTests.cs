using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace AppointmentBooking.Integration.Tests.Infrastructure;

/// <summary>The README's run command: the local host process on its own, with emulators it starts.</summary>
public sealed class LocalHostRunTests
{
    [Fact]
    public async Task Local_host_serves_health_and_the_seeded_demo_tenant_then_stops_its_emulators_on_ctrl_c()
    {
        await using var host = LocalHostProcess.Start();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var health = await PollHealthAsync(client, host);
        var tenant = await client.GetFromJsonAsync<JsonElement>("/api/tenants/demo-salon");
        var settings = await ManageAsync(client, "/api/manage/tenants/tnt-demo-salon/settings", await LocalHostProcess.MintTokenAsync("owner@demo-salon.test"));
        var stylistOnMembers = await ManageAsync(client, "/api/manage/tenants/tnt-demo-salon/members", await LocalHostProcess.MintTokenAsync("thandi@demo-salon.test"));
        var dashboard = await client.GetStringAsync("/manage");
        var siteConfiguration = await client.GetFromJsonAsync<JsonElement>("/config.json");
        var signIn = await client.PostAsJsonAsync(siteConfiguration.GetProperty("developmentSignIn").GetString(), new { subject = "owner@demo-salon.test" });
        var signedIn = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var settingsFromDashboard = await ManageAsync(client, "/api/manage/tenants/tnt-demo-salon/settings", signedIn);
        var mailUi = System.Text.RegularExpressions.Regex.Match(host.Output, @"e-mails \(with their calendar invites\) are at (?<url>http://127\.0\.0\.1:\d+/)");
        using var mail = mailUi.Success ? await client.GetAsync(new Uri(new Uri(mailUi.Groups["url"].Value), "email")) : null;
        var children = ChildProcessIds(host.Process.Id);
        Assert.Equal(0, SendInterrupt(host.Process.Id));
        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal("Africa/Johannesburg", tenant.GetProperty("timeZone").GetString());
        Assert.Equal(3, tenant.GetProperty("services").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, settings);
        Assert.Equal(HttpStatusCode.Forbidden, stylistOnMembers);
        Assert.Contains("/manage/main.js", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, settingsFromDashboard);
        Assert.True(mailUi.Success, host.Output);
        Assert.Equal(HttpStatusCode.OK, mail!.StatusCode);
        Assert.True(exited, host.Output);
        Assert.NotEmpty(children);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.All(children, id => Assert.False(IsRunning(id), $"process {id} outlived the local host"));
    }

    [Fact]
    public async Task Local_host_without_node_on_path_fails_fast_naming_node()
    {
        var empty = Directory.CreateTempSubdirectory("no-node-");
        await using var host = LocalHostProcess.Start(path: empty.FullName);

        var exited = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exited, "the local host kept running without Node.js");
        Assert.NotEqual(0, host.Process.ExitCode);
        Assert.Contains("'node' was not found on PATH", host.Output, StringComparison.Ordinal);
        empty.Delete();
    }

    private static async Task<HttpStatusCode> ManageAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static async Task<HttpStatusCode> PollHealthAsync(HttpClient client, LocalHostProcess host)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90) && !host.Process.HasExited)
        {
            try
            {
                var response = await client.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The local host never became healthy:\n{host.Output}");
    }

    /// <summary>The supervisors of the emulators: direct children of the host that are node processes.</summary>
    private static List<int> ChildProcessIds(int parent) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(int.Parse!)
            .Where(id => ParentOf(id) == parent)];

    private static int? ParentOf(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsRunning(int id) => File.Exists($"/proc/{id}/stat") && !File.ReadAllText($"/proc/{id}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static int SendInterrupt(int id) => Kill(id, 2);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
