using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedCoder.Storage;
using MedCoder.SyntheticEncounters;
using MedCoder.Testing.Hosting;

namespace MedCoder.EndToEnd.Tests;

/// <summary>Issue 13, finding 10, over HTTP: an older revision after a newer one answers 409 naming the latest.</summary>
public sealed class RevisionOrderHttpTests
{
    [Fact]
    public async Task Revision_3_then_2_then_4_answers_202_409_202()
    {
        await using var server = await EmbeddedServer.StartAsync();
        var submission = new SyntheticEncounterFactory(seed: 10).Create(0).Submission;

        async Task<HttpResponseMessage> SubmitAsync(int revision)
        {
            submission.Revision = revision;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/encounters") { Content = JsonContent.Create(submission, options: StoreJson.Options) };
            request.Headers.Add("X-Api-Key", "demo-hospital-key");
            return await server.Http.SendAsync(request);
        }

        using var third = await SubmitAsync(3);
        using var second = await SubmitAsync(2);
        using var fourth = await SubmitAsync(4);

        Assert.Equal(HttpStatusCode.Accepted, third.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith("revision 2 is older than the latest accepted revision 3", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, fourth.StatusCode);
    }
}
