using MedCoder.ServiceDefaults;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// MEDCODER_WORKLIST_LOCK_MINUTES (README, Configuration): how long a coder's lock holds an item before another coder may
/// take it (docs/architecture.md#worklist-and-audit). Checked when the host starts: an invalid value stops the service naming it.
/// </summary>
public sealed class WorklistSettings
{
    public const string LockMinutesVariable = "MEDCODER_WORKLIST_LOCK_MINUTES";

    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    public static void AddTo(IServiceCollection services) =>
        services.AddOptions<WorklistSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
                settings.LockDuration = TimeSpan.FromMinutes(SettingNumbers.Read(name => configuration[name], LockMinutesVariable, 15, 1, 24 * 60)))
            .ValidateOnStart();
}
