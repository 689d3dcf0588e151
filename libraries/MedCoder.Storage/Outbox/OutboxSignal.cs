namespace MedCoder.Storage;

/// <summary>
/// Lets a writer wake the dispatcher as soon as its record is durable instead of waiting for the next poll.
/// Notifications coalesce: many notifies before a wait release it once.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _pending = NewSource();

    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>Waits for a notification or the timeout; true when notified. Throws when cancelled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = Volatile.Read(ref _pending);
        await pending.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();

        if (!pending.Task.IsCompleted)
        {
            return false;
        }

        // Consume the notification. One arriving after this point completes the new source, so the
        // dispatch round that follows this wait (which sees everything written before it) is not skipped.
        Interlocked.CompareExchange(ref _pending, NewSource(), pending);
        return true;
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
