using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.SyntheticEncounters;

// Synthetic encounters for `medcoder demo`, the chaos run and the tests.
//
// API
//   var factory = new SyntheticEncounterFactory(seed: 42);      // org "general-hospital", source "demo-ehr", payer "acme-health"
//   SyntheticEncounter e = factory.Create(index);
//   EncounterSubmission body = e.Submission;                    // POST /api/encounters body
//   IReadOnlyList<string> codes = e.ExpectedIcd10CmCodes;       // answer key, e.g. ["J18.9", "I10", "E78.5"] (primary first)
//   e.PrimaryCondition / e.Comorbidities                        // the catalogue entries behind it
//   factory.ExpectedCodes(index)                                // same as Create(index).ExpectedIcd10CmCodes
//   SyntheticEncounterFactory.Conditions / .Comorbidities       // the catalogue (DemoConditions*.cs)
//
// Determinism: the same (seed, organization, index) always yields the same encounter (System.Random seeded from
// seed and index; no wall clock, no string.GetHashCode). EncounterId is "ENC-{seed}-{index:D6}", Revision 1.
// Thread-safe: Create only reads immutable state, so indexes can be generated in parallel.
//
// Content: settings inpatient (2-6 day stay: H&P + discharge summary, + operative note for surgical cases),
// emergency (ED note), office and outpatient (SOAP progress note); dates of service in FY2026
// (2025-10-01..2026-09-30); ages/sex consistent with the condition; invented clinicians with valid NPIs; the invented
// parties an 837 needs (billing provider, patient and subscriber names and addresses, payer name; children are
// covered by a parent) and, for inpatient stays, the facility data of an 837I (type of bill 0111, admission,
// discharge status, attending, revenue codes on the charges).
//
// Expected codes are the diagnoses written in the assessment (1 primary + 0-3 chronic comorbidities), each a
// billable FY2026 ICD-10-CM code whose long description's words all appear in the assessment phrase. Codes a coder
// may add beyond the assessment (external-cause codes for injuries, long-term drug therapy Z79.-) are not included.

/// <summary>A generated encounter and the ICD-10-CM codes a coder is expected to assign to it.</summary>
public sealed record SyntheticEncounter(
    EncounterSubmission Submission,
    DemoCondition PrimaryCondition,
    IReadOnlyList<DemoComorbidity> Comorbidities)
{
    /// <summary>Primary diagnosis first, then the comorbidities in assessment order.</summary>
    public IReadOnlyList<string> ExpectedIcd10CmCodes { get; } =
        [PrimaryCondition.ExpectedIcd10Cm, .. Comorbidities.Select(c => c.ExpectedIcd10Cm)];
}

/// <summary>Deterministic generator of realistic synthetic encounters (see the file header for the API).</summary>
public sealed class SyntheticEncounterFactory
{
    public static readonly DateOnly FiscalYearStart = new(2025, 10, 1);
    public static readonly DateOnly FiscalYearEnd = new(2026, 9, 30);

    // Relative frequency of settings; a condition is then drawn among those occurring in the setting.
    private static readonly (string Setting, int Weight)[] SettingWeights =
    [
        (DemoSettings.Inpatient, 25), (DemoSettings.Emergency, 30), (DemoSettings.Office, 35), (DemoSettings.Outpatient, 10),
    ];

    // The 837 parties draw from their own random (DemoClaimParties), so they leave the rest of an encounter as it was.
    private const int PartiesSalt = 0x2C1B3C6D;

    private readonly int _seed;
    private readonly string _organization;
    private readonly string _sourceSystem;
    private readonly string[] _payerIds;
    private readonly DemoProviders _providers;

    public SyntheticEncounterFactory(
        int seed,
        string organization = "general-hospital",
        string sourceSystem = "demo-ehr",
        IReadOnlyList<string>? payerIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceSystem);
        payerIds ??= ["acme-health"];
        if (payerIds.Count == 0 || payerIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one non-empty payer id is required.", nameof(payerIds));
        }

        _seed = seed;
        _organization = organization;
        _sourceSystem = sourceSystem;
        _payerIds = payerIds.ToArray();
        _providers = DemoProviders.Create(seed, organization);
    }

    public static IReadOnlyList<DemoCondition> Conditions => DemoConditions.All;

    public static IReadOnlyList<DemoComorbidity> Comorbidities => DemoConditions.Comorbidities;

    /// <summary>The ICD-10-CM codes expected for <paramref name="index"/> (primary first).</summary>
    public IReadOnlyList<string> ExpectedCodes(int index) => Create(index).ExpectedIcd10CmCodes;

    /// <summary>Encounter number <paramref name="index"/> (0-based): the submission body plus its expected codes.</summary>
    public SyntheticEncounter Create(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var rng = new Random(Mix(_seed, index));

        string setting = PickSetting(rng);
        var candidates = DemoConditions.All.Where(c => c.Settings.Contains(setting)).ToList();
        var condition = candidates[rng.Next(candidates.Count)];

        bool female = condition.Sex switch
        {
            DemoSex.Female => true,
            DemoSex.Male => false,
            _ => rng.Next(2) == 0,
        };
        int age = rng.Next(condition.MinAge, condition.MaxAge + 1);

        int lengthOfStay = setting == DemoSettings.Inpatient ? rng.Next(2, 7) : 0;
        int fiscalYearDays = FiscalYearEnd.DayNumber - FiscalYearStart.DayNumber;
        var serviceStart = FiscalYearStart.AddDays(rng.Next(0, fiscalYearDays - lengthOfStay + 1));
        var serviceEnd = serviceStart.AddDays(lengthOfStay);
        // Born between (age + 1) years and age years before the first day of service, so the age is exact.
        var birthDate = serviceStart.AddYears(-age).AddDays(-rng.Next(0, 365));

        var comorbidities = PickComorbidities(condition, age, rng);
        var staff = _providers.ForSetting(setting, condition.IsSurgical);
        var attending = staff[rng.Next(staff.Count)];
        var admitting = setting == DemoSettings.Inpatient && !condition.IsSurgical ? staff[rng.Next(staff.Count)] : attending;

        var @case = new DemoCase(
            setting,
            condition,
            comorbidities,
            age,
            female,
            serviceStart,
            serviceEnd,
            attending,
            admitting,
            NewPatient: setting is DemoSettings.Office or DemoSettings.Outpatient && rng.Next(5) == 0,
            SymptomDays: rng.Next(2, 6),
            Parent: rng.Next(3) == 0 ? "father" : "mother");

        string payerId = _payerIds[rng.Next(_payerIds.Length)];
        var submission = new EncounterSubmission
        {
            Organization = _organization,
            SourceSystem = _sourceSystem,
            EncounterId = string.Create(CultureInfo.InvariantCulture, $"ENC-{_seed}-{index:D6}"),
            Revision = 1,
            Setting = setting,
            ServiceStart = serviceStart,
            ServiceEnd = serviceEnd,
            Patient = new PatientSubmission
            {
                Id = "MRN-" + rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture),
                BirthDate = birthDate,
                Sex = female ? "female" : "male",
            },
            RenderingProviderNpi = attending.Npi,
            BillingProviderNpi = _providers.BillingNpi,
            Coverage = new CoverageSubmission
            {
                PayerId = payerId,
                MemberId = MemberPrefix(payerId) + rng.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture),
            },
        };
        submission.Notes = new ClinicalNoteWriter(@case, rng).Write();
        submission.Charges = ChargeMaster.BuildCharges(condition, setting, lengthOfStay, @case.NewPatient, rng);
        DemoClaimParties.AddTo(submission, @case, _organization, _providers.BillingNpi, new Random(Mix(_seed, index) ^ PartiesSalt));

        return new SyntheticEncounter(submission, condition, comorbidities.Select(c => c.Comorbidity).ToList());
    }

    private static string PickSetting(Random rng)
    {
        int roll = rng.Next(SettingWeights.Sum(s => s.Weight));
        foreach (var (setting, weight) in SettingWeights)
        {
            if (roll < weight)
            {
                return setting;
            }

            roll -= weight;
        }

        return DemoSettings.Office;
    }

    private static List<ChosenComorbidity> PickComorbidities(DemoCondition condition, int age, Random rng)
    {
        int count = age < 18 ? 0 : age < 40 ? rng.Next(0, 2) : rng.Next(0, 4);
        if (count == 0)
        {
            return [];
        }

        var eligible = DemoConditions.Comorbidities
            .Where(c => age >= c.MinAge
                && c.ExpectedIcd10Cm != condition.ExpectedIcd10Cm
                && !condition.ExcludedComorbidityCodes.Contains(c.ExpectedIcd10Cm))
            .ToArray();
        rng.Shuffle(eligible);
        var chosen = eligible.Take(count).ToHashSet();

        // Catalogue order (HTN, HLD, DM2, ...) reads naturally in PMH and the assessment.
        return DemoConditions.Comorbidities
            .Where(chosen.Contains)
            .Select(c => new ChosenComorbidity(c, c.MedicationChoices.Count == 0 ? null : c.MedicationChoices[rng.Next(c.MedicationChoices.Count)]))
            .ToList();
    }

    /// <summary>Three upper-case letters from the payer id ("acme-health" → "ACM"), padded with X.</summary>
    private static string MemberPrefix(string payerId)
    {
        var letters = payerId.Where(char.IsAsciiLetter).Take(3).Select(char.ToUpperInvariant).ToArray();
        return new string(letters).PadRight(3, 'X');
    }

    private static int Mix(int seed, int index)
    {
        unchecked
        {
            uint h = ((uint)seed * 0x9E3779B1u) ^ ((uint)index * 0x85EBCA77u) ^ 0x5BD1E995u;
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            h ^= h >> 15;
            h *= 0x846CA68Bu;
            h ^= h >> 16;
            return (int)(h & 0x7FFF_FFFFu); // non-negative: Random(int) treats -n like n
        }
    }
}
