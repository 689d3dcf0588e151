using System.Globalization;

namespace MedCoder.ServiceDefaults;

/// <summary>Bounds of the outbox dispatcher and of intake's backlog (README, Configuration).</summary>
public sealed record OutboxSettings
{
    public const string PublishTimeoutVariable = "MEDCODER_OUTBOX_PUBLISH_TIMEOUT_SECONDS";
    public const string StallAfterVariable = "MEDCODER_OUTBOX_STALL_SECONDS";
    public const string ShutdownDrainVariable = "MEDCODER_OUTBOX_SHUTDOWN_DRAIN_SECONDS";
    public const string IntakeMaxBacklogVariable = "MEDCODER_INTAKE_MAX_BACKLOG";

    /// <summary>How long one publish waits for the broker's confirm before it is retried.</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Readiness turns Degraded when the oldest unsent message is older than this.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>At shutdown, how long the last outbox round may take.</summary>
    public TimeSpan ShutdownDrain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Intake answers 503 once this many accepted encounters wait to be published.</summary>
    public long IntakeMaxBacklog { get; init; } = 50_000;

    public static OutboxSettings FromEnvironment(Func<string, string?> getVariable) => new()
    {
        PublishTimeout = Seconds(getVariable, PublishTimeoutVariable, 10),
        StallAfter = Seconds(getVariable, StallAfterVariable, 60),
        ShutdownDrain = Seconds(getVariable, ShutdownDrainVariable, 10),
        IntakeMaxBacklog = Positive(getVariable, IntakeMaxBacklogVariable, 50_000),
    };

    private static TimeSpan Seconds(Func<string, string?> getVariable, string name, double fallback) =>
        TimeSpan.FromSeconds(Positive(getVariable, name, fallback));

    private static T Positive<T>(Func<string, string?> getVariable, string name, T fallback) where T : struct, IParsable<T>, IComparable<T>
    {
        var text = getVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return T.TryParse(text, CultureInfo.InvariantCulture, out var value) && value.CompareTo(default) > 0
            ? value
            : throw new FormatException($"{name} must be a positive number (got '{text}')");
    }
}
