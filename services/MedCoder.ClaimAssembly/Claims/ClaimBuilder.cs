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
    /// <summary>A service line points at most at 4 diagnoses (837P SV107, the FHIR Claim's diagnosisSequence).</summary>
    private const int MaxPointersPerLine = 4;

    public static string ClaimIdFor(EncounterKey key, int revision) =>
        "clm-" + DeterministicId.Hex(key.Organization, key.SourceSystem, key.EncounterId, revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Claim Build(CodingValidated validated, DateTimeOffset assembledAt)
    {
        var encounter = validated.Encounter;
        var form = ClaimForms.For(encounter);
        // Never more than the form carries: ClaimLimitCheck refuses such a coding before a claim is built.
        var diagnoses = Diagnoses(validated)
            .Select((c, i) => new ClaimDiagnosis(i + 1, c.Code, c.Description) { PresentOnAdmission = c.PresentOnAdmission })
            .ToList();
        var procedures = form == ClaimForm.Institutional
            ? validated.Codes.Where(c => c.System == CodeSystems.Icd10Pcs).DistinctBy(c => c.Code).Select(c => new ClaimProcedure(c.Code, c.Description, encounter.ServiceStart)).ToList()
            : [];
        var pointers = diagnoses.Take(MaxPointersPerLine).Select(d => d.Pointer).ToList();
        var (serviceLines, unbilled) = ServiceLines.Carried(validated.Lines, validated.Unbilled, encounter, validated.Codes);
        var lines = serviceLines
            .Select(l => new ClaimLine(l.Number, l.Code, l.Modifiers, l.Units, l.Amount, pointers)
            {
                Reconciliation = l.Reconciliation,
                RevenueCode = l.Number >= 1 && l.Number <= encounter.Charges.Count ? encounter.Charges[l.Number - 1].RevenueCode : null,
            })
            .ToList();

        return new Claim(
            ClaimIdFor(validated.Key, validated.Revision),
            form == ClaimForm.Institutional ? "institutional" : "professional",
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
            BillingProvider = encounter.BillingProvider,
            RenderingProviderName = encounter.RenderingProviderName,
            Subscriber = encounter.Subscriber,
            PayerName = encounter.Coverage.PayerName,
            ClaimFilingIndicator = encounter.Coverage.ClaimFilingIndicator,
            Institutional = encounter.Institutional,
            Procedures = procedures,
        };
    }

    /// <summary>The distinct ICD-10-CM codes in the coding's sequence (first listed / principal first).</summary>
    public static IReadOnlyList<SuggestedCode> Diagnoses(CodingValidated validated) =>
        validated.Codes.Where(c => c.System == CodeSystems.Icd10Cm).DistinctBy(c => c.Code).ToList();

    /// <summary>CMS place-of-service codes (<see cref="PlaceOfServiceCode"/>, which the POS edit checks too).</summary>
    public static string PlaceOfService(CareSetting setting) => PlaceOfServiceCode.For(setting);
}
