namespace MedCoder.ServiceDefaults;

/// <summary>Bounds of the outbox dispatcher and of intake's backlog (README, Configuration).</summary>
public sealed record OutboxSettings
{
    public const string PublishTimeoutVariable = "MEDCODER_OUTBOX_PUBLISH_TIMEOUT_SECONDS";
    public const string StallAfterVariable = "MEDCODER_OUTBOX_STALL_SECONDS";
    public const string ShutdownDrainVariable = "MEDCODER_OUTBOX_SHUTDOWN_DRAIN_SECONDS";
    public const string IntakeMaxBacklogVariable = "MEDCODER_INTAKE_MAX_BACKLOG";

    /// <summary>Durations must be positive; a millisecond is the least that means anything here.</summary>
    private const double MinSeconds = 0.001;

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
        IntakeMaxBacklog = SettingNumbers.ReadWhole(getVariable, IntakeMaxBacklogVariable, 50_000, 1),
    };

    private static TimeSpan Seconds(Func<string, string?> getVariable, string name, double fallback) =>
        TimeSpan.FromSeconds(SettingNumbers.Read(getVariable, name, fallback, MinSeconds));
}
