using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;

namespace MedCoder.EndToEnd.Tests;

/// <summary>
/// A broker that never answers: intake keeps accepting into its store up to the backlog bound, then answers
/// 503 with Retry-After; what it accepted stays, readiness reports the stalled outbox.
/// </summary>
[Collection(nameof(EndToEndCollection))]
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Intake_accepts_up_to_the_backlog_bound_then_answers_503_and_keeps_what_it_accepted()
    {
        await using var server = await EmbeddedServer.StartAsync(configuration: new Dictionary<string, string?>
        {
            // Nothing listens on port 1: the bus never connects, so nothing leaves the outbox.
            ["MEDCODER_RABBITMQ_URL"] = "amqp://guest:guest@127.0.0.1:1/",
            ["MEDCODER_INTAKE_MAX_BACKLOG"] = "3",
            ["MEDCODER_OUTBOX_STALL_SECONDS"] = "1",
            ["MEDCODER_OUTBOX_PUBLISH_TIMEOUT_SECONDS"] = "1",
        });
        var factory = new SyntheticEncounterFactory(seed: 17);
        var accepted = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var result = await server.Api.SubmitAsync(factory.Create(i).Submission, "demo-hospital-key");
            Assert.Equal(HttpStatusCode.Accepted, result.Status);
            accepted.Add(result.Encounter!.Id);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the gate reads a backlog at most 1 s old
        using var refused = await PostAsync(server, factory.Create(3).Submission);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        foreach (var id in accepted)
        {
            Assert.Equal("received", (await server.Api.GetEncounterAsync(id, "demo-ops-key"))!.Status);
        }

        using var ready = await server.Http.GetAsync("/health/ready");
        using var health = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var outbox = health.RootElement.GetProperty("checks").GetProperty("outbox-intake");
        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.Contains("3 unsent", outbox.GetProperty("description").GetString());
    }

    private static Task<HttpResponseMessage> PostAsync(EmbeddedServer server, object submission)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/encounters") { Content = JsonContent.Create(submission, options: Storage.StoreJson.Options) };
        request.Headers.Add("X-Api-Key", "demo-hospital-key");
        return server.Http.SendAsync(request);
    }
}
