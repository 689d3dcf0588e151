using MedCoder.Coding.Lines;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.Claims;

/// <summary>
/// Builds the claim for a validated encounter revision: the diagnoses and the lines the coding reconciled and the
/// edits checked (docs/architecture.md#claim-lines), rendered as they are. Pure: same input, same claim.
/// </summary>
public static class ClaimBuilder
{
    /// <summary>837P carries at most 12 diagnosis codes and 4 pointers per line.</summary>
    public const int MaxDiagnoses = 12;
    private const int MaxPointersPerLine = 4;

    public static string ClaimIdFor(EncounterKey key, int revision) =>
        "clm-" + DeterministicId.Hex(key.Organization, key.SourceSystem, key.EncounterId, revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Claim Build(CodingValidated validated, DateTimeOffset assembledAt)
    {
        var encounter = validated.Encounter;
        var diagnoses = validated.Codes
            .Where(c => c.System == CodeSystems.Icd10Cm)
            .DistinctBy(c => c.Code)
            .Take(MaxDiagnoses)
            .Select((c, i) => new ClaimDiagnosis(i + 1, c.Code, c.Description))
            .ToList();
        var pointers = diagnoses.Take(MaxPointersPerLine).Select(d => d.Pointer).ToList();
        var (serviceLines, unbilled) = ServiceLines.Carried(validated.Lines, validated.Unbilled, encounter, validated.Codes);
        var lines = serviceLines
            .Select(l => new ClaimLine(l.Number, l.Code, l.Modifiers, l.Units, l.Amount, pointers) { Reconciliation = l.Reconciliation })
            .ToList();

        return new Claim(
            ClaimIdFor(validated.Key, validated.Revision),
            encounter.Setting == CareSetting.Office ? "professional" : "institutional",
            validated.Key,
            validated.Revision,
            encounter.Coverage.PayerId,
            encounter.Coverage.MemberId,
            encounter.Patient,
            encounter.BillingProviderNpi,
            encounter.RenderingProviderNpi,
            PlaceOfService(encounter.Setting),
            encounter.ServiceStart,
            encounter.ServiceEnd,
            diagnoses,
            lines,
            lines.Sum(l => l.Amount),
            validated.CodeSetVersion,
            validated.ReceivedAt,
            assembledAt,
            ClaimStatus.Ready)
        {
            UnbilledServices = unbilled,
        };
    }

    /// <summary>CMS place-of-service codes (<see cref="PlaceOfServiceCode"/>, which the POS edit checks too).</summary>
    public static string PlaceOfService(CareSetting setting) => PlaceOfServiceCode.For(setting);
}
