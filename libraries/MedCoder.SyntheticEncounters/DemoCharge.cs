namespace MedCoder.SyntheticEncounters;

public enum ChargeKind
{
    /// <summary>Labs, imaging, drugs, administration.</summary>
    Ancillary,

    /// <summary>0/10-day global procedure: a same-day E/M gets modifier 25.</summary>
    MinorProcedure,

    /// <summary>90-day global surgery: the decision-for-surgery E/M gets modifier 57 and post-op visits are bundled.</summary>
    MajorSurgery,
}

/// <summary>A charge line a condition adds to the encounter (CPT/HCPCS code number only; priced by <see cref="ChargeMaster"/>).</summary>
public sealed record DemoCharge(string Code, int Units = 1, string? Modifier = null, ChargeKind Kind = ChargeKind.Ancillary)
{
    /// <summary>Settings the line applies to; null = every setting of the condition.</summary>
    public IReadOnlyList<string>? Settings { get; init; }

    public bool AppliesTo(string setting) => Settings is null || Settings.Contains(setting);

    public DemoCharge In(params string[] settings) => this with { Settings = settings };
}
