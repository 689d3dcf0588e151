using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>Control numbers are unique across concurrent replicas and restarts (two stores on one database file), and a claim keeps the one it was first sent under.</summary>
public sealed class ControlNumberTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"medcoder-control-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Concurrent_replicas_never_take_the_same_number_and_a_restart_continues_after_them()
    {
        var taken = new List<long>();
        await using (var replicaA = new SqliteDocumentStore(_file))
        await using (var replicaB = new SqliteDocumentStore(_file))
        {
            var numbersA = new ControlNumbers(replicaA.Collection<ControlNumberCounter>(ClaimAssemblyCollections.ControlNumbersName));
            var numbersB = new ControlNumbers(replicaB.Collection<ControlNumberCounter>(ClaimAssemblyCollections.ControlNumbersName));

            var firsts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? numbersA : numbersB).ReserveAsync(1 + (i % 3), CancellationToken.None))));

            // Each reservation of n numbers owns [first, first + n): no two overlap.
            taken.AddRange(firsts.SelectMany((first, i) => Enumerable.Range(0, 1 + (i % 3)).Select(k => first + k)));
            Assert.Equal(taken.Count, taken.Distinct().Count());
            Assert.Equal(Enumerable.Range(1, taken.Count).Select(n => (long)n), taken.Order());
        }

        await using var restarted = new SqliteDocumentStore(_file);
        var next = await new ControlNumbers(restarted.Collection<ControlNumberCounter>(ClaimAssemblyCollections.ControlNumbersName)).ReserveAsync(1, CancellationToken.None);
        Assert.Equal(taken.Max() + 1, next);
    }

    [Fact]
    public async Task A_claim_is_rendered_under_one_number_however_many_replicas_ask_at_once()
    {
        await using var store = new SqliteDocumentStore(_file);
        var collections = new ClaimAssemblyCollections(store, new OutboxSignal());
        var claim = ClaimSamples.Professional();
        await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        var interchanges = new ClaimInterchanges(collections, new ControlNumbers(collections.ControlNumbers), new FakeTimeProvider(ClaimSamples.At));

        var texts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => interchanges.RenderAsync(claim, CancellationToken.None))));
        var again = await interchanges.RenderAsync((await collections.Claims.GetAsync(claim.Id))!.Body, CancellationToken.None);

        Assert.Single(texts.Select(t => t.Interchange).Append(again.Interchange).Distinct());
        var stored = (await collections.Claims.GetAsync(claim.Id))!.Body;
        Assert.Equal(stored.X12!.InterchangeNumber, Claim837Reader.Read(again.Interchange!).ControlNumber);
        Assert.NotNull(await collections.SentGroups.GetAsync(SentGroup.IdFor(stored.X12.InterchangeNumber)));
    }

    [Fact]
    public async Task A_claim_missing_what_the_837_needs_takes_no_number_and_names_the_fields()
    {
        await using var store = new SqliteDocumentStore(_file);
        var collections = new ClaimAssemblyCollections(store, new OutboxSignal());
        var claim = ClaimSamples.Professional() with { Subscriber = null, PayerName = null };
        var interchanges = new ClaimInterchanges(collections, new ControlNumbers(collections.ControlNumbers), TimeProvider.System);

        var rendered = await interchanges.RenderAsync(claim, CancellationToken.None);

        Assert.Null(rendered.Interchange);
        Assert.Equal(["subscriber", "coverage.payerName"], rendered.Billing.MissingFields);
        Assert.Null(await collections.ControlNumbers.GetAsync(ControlNumbers.CounterId));
    }

    [Fact]
    public async Task A_claim_whose_data_holds_an_x12_delimiter_takes_no_number_and_names_the_element()
    {
        await using var store = new SqliteDocumentStore(_file);
        var collections = new ClaimAssemblyCollections(store, new OutboxSignal());
        var claim = ClaimSamples.Professional();
        claim = claim with { PayerName = "ACME*HEALTH" };
        var interchanges = new ClaimInterchanges(collections, new ControlNumbers(collections.ControlNumbers), TimeProvider.System);

        var rendered = await interchanges.RenderAsync(claim, CancellationToken.None);

        Assert.Null(rendered.Interchange);
        Assert.Equal("X12-CONTENT (X12 element NM103 holds an X12 delimiter or control character)", Assert.Single(rendered.Billing.BrokenLimits));
        Assert.Null(await collections.ControlNumbers.GetAsync(ControlNumbers.CounterId));
    }
}
