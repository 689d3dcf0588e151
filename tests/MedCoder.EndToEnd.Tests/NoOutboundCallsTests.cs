using System.Net;
using MassTransit;
using MedCoder.AllInOne.Client;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// A system that handles health data calls no host its operator did not configure: a whole run (start,
/// encounters to claims, stop) resolves and requests only loopback addresses. MassTransit's usage
/// telemetry, on by default, would call its vendor's host.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class NoOutboundCallsTests
{
    [Fact]
    public async Task A_run_from_start_to_claims_calls_no_unconfigured_host()
    {
        using var recorder = new OutboundCallRecorder();
        // MassTransit waits at least 30 s after the bus starts before it reports; the run lasts longer than that.
        await using (var server = await EmbeddedServer.StartAsync(configure: builder => builder.Services.PostConfigure<UsageTelemetryOptions>(o => o.ReportDelay = TimeSpan.FromSeconds(30))))
        {
            var started = DateTime.UtcNow;
            var factory = new SyntheticEncounterFactory(seed: 5);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.Accepted, (await server.Api.SubmitAsync(factory.Create(i).Submission, "demo-hospital-key")).Status);
            }

            var deadline = DateTime.UtcNow.AddSeconds(60);
            var reviewer = new AutoReviewer(server.Api, AutoReviewer.DemoCoderKey);
            while ((await server.Api.ListClaimsAsync("demo-ops-key")).Count < 5 && DateTime.UtcNow < deadline)
            {
                await reviewer.ReviewOnceAsync(CancellationToken.None);
                await Task.Delay(200);
            }

            await Task.Delay(started.AddSeconds(35) - DateTime.UtcNow);
            Assert.False(server.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled, "MassTransit usage telemetry is off");
        }

        Assert.Contains(recorder.Hosts, host => host == "127.0.0.1");
        Assert.Empty(recorder.Unexpected());
    }
}
