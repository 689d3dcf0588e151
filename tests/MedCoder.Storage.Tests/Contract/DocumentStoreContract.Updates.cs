using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

public abstract partial class DocumentStoreContract
{
    [SkippableFact]
    public async Task Update_applies_the_change_with_compare_and_set()
    {
        var claims = Claims();
        await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("v1"), "tenant-a", "draft"));

        var update = await claims.UpdateAsync("enc-1", current => Write("enc-1", current!.Body with { State = ClaimState.Coded }, current.Partition, "coded", Message()));

        Assert.True(update.Changed);
        Assert.Equal(ClaimState.Coded, update.Body!.State);
        var stored = (await claims.GetAsync("enc-1"))!;
        Assert.Equal((2L, ClaimState.Coded, "tenant-a", "coded"), (stored.Version, stored.Body.State, stored.Partition, stored.Status));
        Assert.Single(await claims.PendingOutboxAsync(10));
    }

    [SkippableFact]
    public async Task Update_that_changes_nothing_writes_nothing()
    {
        var claims = Claims();
        await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("v1")));

        var update = await claims.UpdateAsync("enc-1", _ => null);
        var absent = await claims.UpdateAsync("enc-404", _ => null);

        Assert.Equal((false, "v1"), (update.Changed, update.Body!.Reference));
        Assert.Equal(1, (await claims.GetAsync("enc-1"))!.Version);
        Assert.Equal(new DocumentUpdate<Claim>(false, null), absent);
        Assert.Null(await claims.GetAsync("enc-404"));
    }

    [SkippableFact]
    public async Task Update_of_an_absent_document_inserts_it()
    {
        var claims = Claims();

        var update = await claims.UpdateAsync("enc-new", current => current is null ? Write("enc-new", Claim.Sample("created"), "tenant-a") : null);

        Assert.True(update.Changed);
        var stored = (await claims.GetAsync("enc-new"))!;
        Assert.Equal(("created", 1L, "tenant-a"), (stored.Body.Reference, stored.Version, stored.Partition));
    }

    [SkippableFact]
    public async Task Concurrent_updates_of_one_document_all_apply_once()
    {
        var claims = Claims();
        await claims.InsertIfAbsentAsync(Write("enc-counter", Claim.Sample("counter") with { Total = 0 }));

        // Each writer adds one; a lost race must re-read, so no addition is lost and none is applied twice.
        var updates = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            claims.UpdateAsync("enc-counter", current => Write("enc-counter", current!.Body with { Total = current.Body.Total + 1 })))));

        Assert.All(updates, u => Assert.True(u.Changed));
        var stored = (await claims.GetAsync("enc-counter"))!;
        Assert.Equal(20m, stored.Body.Total);
        Assert.Equal(21, stored.Version);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (decimal)i), updates.Select(u => u.Body!.Total).Order());
    }

    [SkippableFact]
    public async Task Concurrent_creators_of_one_document_insert_once_and_the_rest_see_it()
    {
        var claims = Claims();

        var updates = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            claims.UpdateAsync("enc-head", current => current is null ? Write("enc-head", Claim.Sample($"writer-{i}")) : null))));

        var created = Assert.Single(updates, u => u.Changed);
        Assert.All(updates, u => Assert.Equal(created.Body!.Reference, u.Body!.Reference));
    }

    [SkippableFact]
    public async Task Update_gives_up_when_other_writers_always_win()
    {
        var claims = new AlwaysOvertaken<Claim>(Claims());
        await claims.InsertIfAbsentAsync(Write("enc-1", Claim.Sample("v1")));

        await Assert.ThrowsAsync<ConcurrentUpdateException>(() =>
            claims.UpdateAsync("enc-1", current => Write("enc-1", current!.Body with { Reference = "mine" })));

        Assert.Equal(DocumentUpdates.MaxAttempts, claims.Overtaken);
        Assert.NotEqual("mine", (await claims.GetAsync("enc-1"))!.Body.Reference);
    }
}
