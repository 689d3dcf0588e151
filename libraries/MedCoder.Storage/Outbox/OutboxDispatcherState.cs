namespace MedCoder.Storage;

/// <summary>The dispatcher's recent history, read by health checks and metrics from other threads.</summary>
public sealed class OutboxDispatcherState
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastPublishedAt;
    private DateTimeOffset? _lastFailureAt;
    private int _failedRoundsInARow;
    private long _published;

    public void Record(OutboxRound round, DateTimeOffset at)
    {
        lock (_lock)
        {
            _published += round.Published;
            if (round.Published > 0)
            {
                _lastPublishedAt = at;
            }

            if (round.Failed > 0)
            {
                _lastFailureAt = at;
                _failedRoundsInARow++;
            }
            else
            {
                _failedRoundsInARow = 0;
            }
        }
    }

    public void RecordError(DateTimeOffset at)
    {
        lock (_lock)
        {
            _lastFailureAt = at;
            _failedRoundsInARow++;
        }
    }

    public OutboxDispatcherSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new OutboxDispatcherSnapshot(_published, _lastPublishedAt, _lastFailureAt, _failedRoundsInARow);
        }
    }
}

public sealed record OutboxDispatcherSnapshot(long Published, DateTimeOffset? LastPublishedAt, DateTimeOffset? LastFailureAt, int FailedRoundsInARow);
