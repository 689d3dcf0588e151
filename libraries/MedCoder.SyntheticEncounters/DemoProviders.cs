namespace MedCoder.SyntheticEncounters;

/// <summary>An invented clinician with a valid (random) NPI.</summary>
public sealed record DemoProvider(string Name, string Credential, string Npi)
{
    /// <summary>Note author / signature form, e.g. "A. Rivera, MD".</summary>
    public string Author => $"{Name}, {Credential}";
}

/// <summary>The invented medical staff of one demo organization, grouped by role.</summary>
internal sealed class DemoProviders
{
    // Invented names: a first initial plus a common surname (no real clinicians).
    private static readonly string[] Surnames =
    [
        "Rivera", "Okafor", "Lindqvist", "Patel", "Nakamura", "Brennan", "Haddad", "Moreau", "Castillo",
        "Whitfield", "Adeyemi", "Kowalski", "Santos", "Fischer", "Mensah", "Duarte", "Hollis", "Varga",
    ];

    private DemoProviders(Random rng)
    {
        var surnames = Surnames.ToArray();
        rng.Shuffle(surnames);
        int next = 0;
        DemoProvider[] Staff(int count) => Enumerable.Range(0, count).Select(_ => NewProvider(rng, surnames[next++])).ToArray();

        Hospitalists = Staff(3);
        Surgeons = Staff(2);
        EmergencyPhysicians = Staff(3);
        PrimaryCare = Staff(4);
        BillingNpi = NpiGenerator.Create(rng);
    }

    public IReadOnlyList<DemoProvider> Hospitalists { get; }
    public IReadOnlyList<DemoProvider> Surgeons { get; }
    public IReadOnlyList<DemoProvider> EmergencyPhysicians { get; }
    public IReadOnlyList<DemoProvider> PrimaryCare { get; }

    /// <summary>Organization (billing provider) NPI.</summary>
    public string BillingNpi { get; }

    public static DemoProviders Create(int seed, string organization) => new(new Random(seed ^ StableHash(organization)));

    public IReadOnlyList<DemoProvider> ForSetting(string setting, bool surgical) => setting switch
    {
        DemoSettings.Inpatient => surgical ? Surgeons : Hospitalists,
        DemoSettings.Emergency => EmergencyPhysicians,
        _ => PrimaryCare,
    };

    private static DemoProvider NewProvider(Random rng, string surname)
    {
        char initial = (char)('A' + rng.Next(26));
        string credential = rng.Next(4) == 0 ? "DO" : "MD";
        return new DemoProvider($"{initial}. {surname}", credential, NpiGenerator.Create(rng));
    }

    // FNV-1a: string.GetHashCode is randomized per process and would break determinism.
    internal static int StableHash(string text)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)hash;
        }
    }
}
