namespace MedCoder.Storage.Tests;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_notify_before_the_wait_releases_it_once()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task A_notify_during_the_wait_releases_it()
    {
        var signal = new OutboxSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);

        signal.Notify();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task Cancellation_ends_the_wait()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new OutboxSignal().WaitAsync(TimeSpan.FromMinutes(1), cancel.Token));
    }
}
