using MedCoder.Storage.Tests.Support;

namespace MedCoder.Storage.Tests.Contract;

public abstract partial class DocumentStoreContract
{
    [SkippableFact]
    public async Task Dispatcher_publishes_pending_messages_and_marks_them_sent()
    {
        var store = Open();
        var (claims, audits) = (Claims(store), store.Collection<Claim>("audits"));
        var (c1, c2, a1) = (Message(), Message(), Message());
        await claims.InsertIfAbsentAsync(Write("enc-1", outbox: c1));
        await claims.InsertIfAbsentAsync(Write("enc-2", outbox: c2));
        await audits.InsertIfAbsentAsync(Write("audit-1", outbox: a1));
        var publisher = new RecordingPublisher();
        var dispatcher = new OutboxDispatcher([claims, audits], publisher);

        Assert.Equal(3, (await dispatcher.DispatchRoundAsync(10, CancellationToken.None)).Published);
        Assert.Equal(0, (await dispatcher.DispatchRoundAsync(10, CancellationToken.None)).Published);

        Assert.Equal([c1, c2, a1], publisher.Published);
        Assert.Empty(await claims.PendingOutboxAsync(10));
        Assert.Empty(await audits.PendingOutboxAsync(10));
    }

    [SkippableFact]
    public async Task A_failed_publish_is_not_marked_and_is_retried_with_the_same_id()
    {
        var claims = Claims();
        var (m1, m2, m3) = (Message(), Message(), Message());
        await claims.InsertIfAbsentAsync(Write("enc-1", outbox: m1));
        await claims.InsertIfAbsentAsync(Write("enc-2", outbox: m2));
        await claims.InsertIfAbsentAsync(Write("enc-3", outbox: m3));
        var publisher = new RecordingPublisher();
        publisher.FailOnceOn(m2.MessageId);
        var logger = new ListLogger<OutboxDispatcher>();
        var dispatcher = new OutboxDispatcher([claims], publisher, logger);

        // Messages are published concurrently: the others go out, the failed one stays pending.
        Assert.Equal(2, (await dispatcher.DispatchRoundAsync(10, CancellationToken.None)).Published);
        Assert.Equal([m2.MessageId], await PendingIdsAsync(claims));
        Assert.Equal(new[] { m1, m3 }.ToHashSet(), publisher.Published.ToHashSet());

        Assert.Equal(1, (await dispatcher.DispatchRoundAsync(10, CancellationToken.None)).Published);
        Assert.Equal(m2, publisher.Published[^1]);
        Assert.Equal(3, publisher.Published.Count);
        Assert.Empty(await claims.PendingOutboxAsync(10));

        var warning = Assert.Single(logger.Lines);
        Assert.Contains(m2.MessageId.ToString(), warning);
        Assert.Contains(m2.MessageType, warning);
        Assert.DoesNotContain(m2.Payload, warning);
    }
}
