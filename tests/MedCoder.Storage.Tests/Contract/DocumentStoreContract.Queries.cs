namespace MedCoder.Storage.Tests.Contract;

public abstract partial class DocumentStoreContract
{
    [SkippableFact]
    public async Task Query_filters_by_partition_and_status_in_insertion_order()
    {
        var claims = Claims();
        await claims.InsertIfAbsentAsync(Write("a1", partition: "tenant-a", status: "coded"));
        await claims.InsertIfAbsentAsync(Write("b1", partition: "tenant-b", status: "coded"));
        await claims.InsertIfAbsentAsync(Write("a2", partition: "tenant-a", status: "draft"));
        await claims.InsertIfAbsentAsync(Write("a3", partition: "tenant-a", status: "coded"));
        await claims.InsertIfAbsentAsync(Write("n1"));

        Assert.Equal(["a1", "a2", "a3"], await IdsAsync(new DocumentQuery(Partition: "tenant-a")));
        Assert.Equal(["a1", "b1", "a3"], await IdsAsync(new DocumentQuery(Status: "coded")));
        Assert.Equal(["a1", "a3"], await IdsAsync(new DocumentQuery("tenant-a", "coded")));
        Assert.Equal(["a1", "b1", "a2", "a3", "n1"], await IdsAsync(new DocumentQuery()));
        Assert.Empty(await IdsAsync(new DocumentQuery(Partition: "tenant-z")));

        async Task<List<string>> IdsAsync(DocumentQuery query) =>
            (await claims.QueryAsync(query)).Items.Select(d => d.Id).ToList();
    }

    [SkippableFact]
    public async Task Cursor_paging_visits_every_document_once()
    {
        var claims = Claims();
        var expected = Enumerable.Range(0, 25).Select(i => $"enc-{i:D2}").ToList();
        foreach (var id in expected)
        {
            await claims.InsertIfAbsentAsync(Write(id, partition: "tenant-a"));
        }

        var seen = new List<string>();
        var pages = new List<int>();
        long? cursor = null;
        do
        {
            var page = await claims.QueryAsync(new DocumentQuery(Partition: "tenant-a", AfterSequence: cursor, Limit: 10));
            seen.AddRange(page.Items.Select(d => d.Id));
            pages.Add(page.Items.Count);
            Assert.True(page.Items.Select(d => d.Sequence).SequenceEqual(page.Items.Select(d => d.Sequence).Order()));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([10, 10, 5], pages);
        Assert.Equal(expected, seen);
    }

    [SkippableFact]
    public async Task A_full_last_page_is_followed_by_an_empty_one_and_limits_are_clamped()
    {
        var claims = Claims();
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            await claims.InsertIfAbsentAsync(Write(id));
        }

        var full = await claims.QueryAsync(new DocumentQuery(Limit: 4));
        var after = await claims.QueryAsync(new DocumentQuery(AfterSequence: full.NextCursor, Limit: 4));
        var clamped = await claims.QueryAsync(new DocumentQuery(Limit: 0));

        Assert.Equal(full.Items[^1].Sequence, full.NextCursor);
        Assert.Empty(after.Items);
        Assert.Null(after.NextCursor);
        Assert.Equal("a", Assert.Single(clamped.Items).Id);
        Assert.Equal(clamped.Items[0].Sequence, clamped.NextCursor);
    }

    [SkippableFact]
    public async Task Count_filters_by_partition_and_status()
    {
        var claims = Claims();
        await claims.InsertIfAbsentAsync(Write("a1", partition: "tenant-a", status: "coded"));
        await claims.InsertIfAbsentAsync(Write("a2", partition: "tenant-a", status: "draft"));
        await claims.InsertIfAbsentAsync(Write("b1", partition: "tenant-b", status: "coded"));

        Assert.Equal(3, await claims.CountAsync());
        Assert.Equal(2, await claims.CountAsync(partition: "tenant-a"));
        Assert.Equal(2, await claims.CountAsync(status: "coded"));
        Assert.Equal(1, await claims.CountAsync("tenant-a", "draft"));
        Assert.Equal(0, await claims.CountAsync("tenant-c"));
    }
}
