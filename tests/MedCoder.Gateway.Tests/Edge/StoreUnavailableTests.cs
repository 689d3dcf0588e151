using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedCoder.Storage;
using MedCoder.Testing.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MedCoder.Gateway.Tests.Edge;

/// <summary>
/// Issue 13, finding 6: a store that cannot write answers 503 with Retry-After (problem details), stores nothing,
/// and the same submission succeeds once the store is back, exactly once.
/// </summary>
public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task A_locked_store_answers_503_and_the_retry_stores_the_encounter_once()
    {
        await using var server = await EmbeddedServer.StartAsync();
        var submission = RequestBodies.Submission(seed: 23);
        Assert.Equal(0, await EncounterCountAsync(server)); // the intake tables exist: the lock hits the write itself

        HttpResponseMessage locked;
        await using (var holder = await LockAsync(Path.Combine(server.DataDirectory, "intake.db")))
        {
            locked = await server.Http.SendAsync(RequestBodies.Submit(submission));
        }

        using (locked)
        {
            var text = await locked.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
            Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {locked.Headers.RetryAfter}");
            Assert.Equal(503, JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
            Assert.DoesNotContain(submission.Patient!.Id!, text, StringComparison.Ordinal);
        }

        using var retried = await server.Http.SendAsync(RequestBodies.Submit(submission));
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"), "the locked attempt must not have stored anything");
        Assert.Equal(1, await EncounterCountAsync(server));
        Assert.DoesNotContain(server.Logs.Entries, e => e.Level >= LogLevel.Error && e.Category.Contains("ProblemExceptionHandler", StringComparison.Ordinal));
    }

    /// <summary>Another connection holding the write lock, as a second process or a stuck backup would.</summary>
    private static async Task<SqliteConnection> LockAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<long> EncounterCountAsync(EmbeddedServer server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/intake");
        request.Headers.Add("X-Api-Key", "demo-ops-key");
        using var response = await server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var stats = await response.Content.ReadFromJsonAsync<JsonElement>(StoreJson.Options);
        return stats.GetProperty("total").GetInt64();
    }
}
