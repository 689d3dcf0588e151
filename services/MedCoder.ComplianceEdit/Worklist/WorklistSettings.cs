using MedCoder.ServiceDefaults;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// MEDCODER_WORKLIST_LOCK_MINUTES: how long a coder's lock holds an item before another coder may take it;
/// MEDCODER_WORKLIST_AUDIT_RATE: the share of auto-released encounters sampled for a coder's quality audit (README,
/// Configuration; docs/architecture.md#worklist-and-audit). Checked when the host starts: an invalid value stops the
/// service naming it.
/// </summary>
public sealed class WorklistSettings
{
    public const string LockMinutesVariable = "MEDCODER_WORKLIST_LOCK_MINUTES";

    public const string AuditRateVariable = "MEDCODER_WORKLIST_AUDIT_RATE";

    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>From 0 (no audits) to 1 (every auto-released encounter).</summary>
    public double AuditRate { get; set; } = 0.05;

    public static void AddTo(IServiceCollection services) =>
        services.AddOptions<WorklistSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                settings.LockDuration = TimeSpan.FromMinutes(SettingNumbers.Read(name => configuration[name], LockMinutesVariable, 15, 1, 24 * 60));
                settings.AuditRate = SettingNumbers.Read(name => configuration[name], AuditRateVariable, 0.05, 0, 1);
            })
            .ValidateOnStart();

    /// <summary>Whether the item is in the audit sample: a fixed draw from its id, so a redelivery decides the same.</summary>
    public bool Samples(string itemId)
    {
        var draw = BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(itemId)), 0);
        return draw < AuditRate * uint.MaxValue;
    }
}
