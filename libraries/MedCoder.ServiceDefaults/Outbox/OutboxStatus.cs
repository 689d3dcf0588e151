using MedCoder.Storage;

namespace MedCoder.ServiceDefaults.Outbox;

/// <summary>One store's outbox as operations see it: backlog, its age and what the dispatcher did lately.</summary>
public sealed record OutboxStatus(
    string Store,
    long Unsent,
    double OldestUnsentAgeSeconds,
    DateTimeOffset? OldestUnsentAt,
    long PublishedSinceStart,
    DateTimeOffset? LastPublishedAt,
    DateTimeOffset? LastFailureAt,
    int FailedRoundsInARow,
    DateTimeOffset CheckedAt)
{
    public static OutboxStatus From(string store, OutboxBacklog backlog, OutboxDispatcherSnapshot dispatcher, DateTimeOffset now) => new(
        store,
        backlog.Unsent,
        Math.Round(backlog.OldestAge(now).TotalSeconds, 1),
        backlog.OldestUnsentAt,
        dispatcher.Published,
        dispatcher.LastPublishedAt,
        dispatcher.LastFailureAt,
        dispatcher.FailedRoundsInARow,
        now);
}
