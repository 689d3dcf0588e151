using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

public abstract partial class DocumentStoreContract
{
    [SkippableFact]
    public async Task Outbox_written_with_an_insert_is_pending_until_marked_sent()
    {
        var claims = Claims();
        var (first, second) = (Message("Type.First"), Message("Type.Second"));
        await claims.InsertIfAbsentAsync(Write("enc-1", outbox: [first, second]));

        var pending = await claims.PendingOutboxAsync(10);
        await claims.MarkSentAsync("enc-1", first.MessageId);
        await claims.MarkSentAsync("enc-1", first.MessageId);
        var afterMark = await claims.PendingOutboxAsync(10);
        await claims.MarkSentAsync("enc-1", second.MessageId);

        Assert.Equal([new PendingMessage("enc-1", first), new PendingMessage("enc-1", second)], pending);
        Assert.Equal([new PendingMessage("enc-1", second)], afterMark);
        Assert.Empty(await claims.PendingOutboxAsync(10));
    }

    [SkippableFact]
    public async Task Replace_appends_outbox_messages_once()
    {
        var claims = Claims();
        var (first, second, lost) = (Message(), Message(), Message());
        await claims.InsertIfAbsentAsync(Write("enc-1", outbox: first));

        Assert.True(await claims.TryReplaceAsync(Write("enc-1", outbox: [first, second, second]), 1));
        Assert.False(await claims.TryReplaceAsync(Write("enc-1", outbox: lost), 1));
        Assert.Equal([first.MessageId, second.MessageId], await PendingIdsAsync(claims));

        // A sent message repeated by a later write is not queued again.
        await claims.MarkSentAsync("enc-1", first.MessageId);
        Assert.True(await claims.TryReplaceAsync(Write("enc-1", outbox: first), 2));
        Assert.Equal([second.MessageId], await PendingIdsAsync(claims));
    }

    [SkippableFact]
    public async Task Pending_is_oldest_first_across_documents()
    {
        var claims = Claims();
        var (a1, b1, a2, c1) = (Message(), Message(), Message(), Message());
        await claims.InsertIfAbsentAsync(Write("enc-a", outbox: a1));
        await claims.InsertIfAbsentAsync(Write("enc-b", outbox: b1));
        await claims.TryReplaceAsync(Write("enc-a", outbox: a2), 1);
        await claims.InsertIfAbsentAsync(Write("enc-c", outbox: c1));

        var all = await claims.PendingOutboxAsync(10);

        Assert.Equal(["enc-a", "enc-b", "enc-a", "enc-c"], all.Select(p => p.DocumentId));
        Assert.Equal([a1.MessageId, b1.MessageId, a2.MessageId, c1.MessageId], all.Select(p => p.Message.MessageId));
        Assert.Equal([a1.MessageId, b1.MessageId], (await claims.PendingOutboxAsync(2)).Select(p => p.Message.MessageId));
    }

    [SkippableFact]
    public async Task Backlog_counts_unsent_messages_and_dates_the_oldest()
    {
        var claims = Claims();
        Assert.Equal(OutboxBacklog.Empty, await claims.OutboxBacklogAsync());

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (a1, a2, b1) = (Message(), Message(), Message());
        await claims.InsertIfAbsentAsync(Write("enc-a", outbox: [a1, a2]));
        await Task.Delay(20);
        await claims.InsertIfAbsentAsync(Write("enc-b", outbox: b1));
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var backlog = await claims.OutboxBacklogAsync();
        Assert.Equal(3, backlog.Unsent);
        Assert.InRange(backlog.OldestUnsentAt!.Value, before, after);

        await claims.MarkSentAsync("enc-a", a1.MessageId);
        await claims.MarkSentAsync("enc-a", a2.MessageId);
        var remaining = await claims.OutboxBacklogAsync();
        Assert.Equal(1, remaining.Unsent);
        Assert.True(remaining.OldestUnsentAt >= backlog.OldestUnsentAt, "the oldest unsent entry is now enc-b's");

        await claims.MarkSentAsync("enc-b", b1.MessageId);
        Assert.Equal(OutboxBacklog.Empty, await claims.OutboxBacklogAsync());
    }

    private static async Task<List<Guid>> PendingIdsAsync(IOutboxSource source) =>
        (await source.PendingOutboxAsync(100)).Select(p => p.Message.MessageId).ToList();
}
