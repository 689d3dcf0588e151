using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

public abstract partial class DocumentStoreContract
{
    [SkippableFact]
    public async Task Insert_if_absent_keeps_the_first_write()
    {
        var claims = Claims();
        var first = Message();

        var inserted = await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("first"), "tenant-a", "coded", first));
        var again = await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("second"), "tenant-b", "draft", Message()));

        Assert.True(inserted.Inserted);
        Assert.Equal(1, inserted.Document.Version);
        Assert.Equal("first", inserted.Document.Body.Reference);
        Assert.False(again.Inserted);
        Assert.Equal("first", again.Document.Body.Reference);
        Assert.Equal(("tenant-a", "coded"), (again.Document.Partition, again.Document.Status));
        Assert.Equal(inserted.Document.Sequence, again.Document.Sequence);
        Assert.Equal(first.MessageId, Assert.Single(await claims.PendingOutboxAsync(10)).Message.MessageId);
    }

    [SkippableFact]
    public async Task Concurrent_inserts_of_one_id_insert_exactly_once()
    {
        var claims = Claims();
        var writes = Enumerable.Range(0, 20)
            .Select(i => Write("enc-race", Claim.Sample($"writer-{i}"), outbox: Message()))
            .ToList();

        var outcomes = await Task.WhenAll(writes.Select(w => Task.Run(() => claims.InsertIfAbsentAsync(w))));

        var winner = Assert.Single(outcomes, o => o.Inserted);
        Assert.All(outcomes, o => Assert.Equal(winner.Document.Body.Reference, o.Document.Body.Reference));
        var winningWrite = writes.Single(w => w.Body.Reference == winner.Document.Body.Reference);
        var pending = Assert.Single(await claims.PendingOutboxAsync(100));
        Assert.Equal(winningWrite.Outbox![0].MessageId, pending.Message.MessageId);
    }

    [SkippableFact]
    public async Task Concurrent_writers_of_different_documents_all_succeed()
    {
        var claims = Claims();
        var ids = Enumerable.Range(0, 50).Select(i => $"enc-{i}").ToList();

        var inserts = await Task.WhenAll(ids.Select(id => Task.Run(() => claims.InsertIfAbsentAsync(Write(id, outbox: Message())))));
        var replaces = await Task.WhenAll(ids.Select(id => Task.Run(() => claims.TryReplaceAsync(Write(id, outbox: Message()), 1))));

        Assert.All(inserts, o => Assert.True(o.Inserted));
        Assert.All(replaces, Assert.True);
        Assert.Equal(50, await claims.CountAsync());
        Assert.Equal(50, inserts.Select(o => o.Document.Sequence).Distinct().Count());
        Assert.Equal(100, (await claims.PendingOutboxAsync(1000)).Count);
    }

    [SkippableFact]
    public async Task Get_returns_null_for_a_missing_id()
    {
        Assert.Null(await Claims().GetAsync("nope"));
    }

    [SkippableFact]
    public async Task Replace_is_compare_and_set_on_version()
    {
        var claims = Claims();
        var created = (await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("v1"), "tenant-a", "draft"))).Document;

        var replaced = await claims.TryReplaceAsync(Write("enc-1", Claim.Sample("v2", ClaimState.Coded), "tenant-b", "coded"), 1);
        var stale = await claims.TryReplaceAsync(Write("enc-1", Claim.Sample("stale")), 1);
        var missing = await claims.TryReplaceAsync(Write("enc-404", Claim.Sample("x")), 1);

        Assert.True(replaced);
        Assert.False(stale);
        Assert.False(missing);
        var stored = await claims.GetAsync("enc-1");
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Version);
        Assert.Equal("v2", stored.Body.Reference);
        Assert.Equal(ClaimState.Coded, stored.Body.State);
        Assert.Equal(("tenant-b", "coded"), (stored.Partition, stored.Status));
        Assert.Equal(created.Sequence, stored.Sequence);
        Assert.Equal(created.CreatedAt, stored.CreatedAt);
        Assert.True(stored.UpdatedAt >= stored.CreatedAt);
        Assert.Null(await claims.GetAsync("enc-404"));

        Assert.True(await claims.TryReplaceAsync(Write("enc-1", Claim.Sample("v3")), 2));
        Assert.Equal(3, (await claims.GetAsync("enc-1"))!.Version);
    }

    [SkippableFact]
    public async Task Body_round_trips_decimals_dates_lists_and_enums()
    {
        var claims = Claims();
        var body = Claim.Sample("round-trip", ClaimState.Submitted) with { Total = 99999999.99m };

        await claims.InsertIfAbsentAsync(Write("enc-1", body));
        var stored = (await claims.GetAsync("enc-1"))!.Body;

        Assert.Equal(body.Total, stored.Total);
        Assert.Equal(body.ServiceDate, stored.ServiceDate);
        Assert.Equal(body.ReceivedAt, stored.ReceivedAt);
        Assert.Equal(body.ReceivedAt.Offset, stored.ReceivedAt.Offset);
        Assert.Equal(body.Lines, stored.Lines);
        Assert.Equal(ClaimState.Submitted, stored.State);
    }

    [SkippableFact]
    public async Task Documents_survive_reopening_the_store()
    {
        var first = Open();
        await Claims(first).InsertIfAbsentAsync(Write("enc-1", Claim.Sample("durable"), "tenant-a", "coded", Message()));
        await first.DisposeAsync();

        var claims = Claims(Open());

        Assert.Equal("durable", (await claims.GetAsync("enc-1"))!.Body.Reference);
        Assert.False((await claims.InsertIfAbsentAsync(Write("enc-1"))).Inserted);
        Assert.Single(await claims.PendingOutboxAsync(10));
    }

    [SkippableFact]
    public async Task Collections_are_separate_and_names_are_validated()
    {
        var store = Open();
        await Claims(store).InsertIfAbsentAsync(Write("enc-1"));

        Assert.Null(await store.Collection<Claim>("other-claims").GetAsync("enc-1"));
        Assert.Throws<ArgumentException>(() => store.Collection<Claim>("Bad Name"));
        Assert.Throws<ArgumentException>(() => store.Collection<Claim>("x; DROP TABLE docs_claims"));
        Assert.True(await store.PingAsync());
    }
}
