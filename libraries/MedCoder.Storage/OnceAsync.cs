namespace MedCoder.Storage;

/// <summary>Runs an idempotent setup step once; a failed attempt is not cached, so the next caller retries it.</summary>
internal sealed class OnceAsync(Func<Task> run)
{
    private readonly Lock _gate = new();
    private Task? _task;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_task is null || _task.IsFaulted || _task.IsCanceled)
            {
                _task = run();
            }

            // The shared task ignores the caller's token; only this caller's wait is cancelled.
            return _task.WaitAsync(cancellationToken);
        }
    }
}
