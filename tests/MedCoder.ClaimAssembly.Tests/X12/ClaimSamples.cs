using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>One professional and one institutional claim built the way the pipeline builds them (codes from the shipped FY2026 releases).</summary>
internal static class ClaimSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 10, 14, 30, 0, TimeSpan.Zero);

    public static readonly X12Envelope Envelope = X12Envelope.For("general-hospital", "acme-health", 1001, At, 'T');

    /// <summary>A second valid NPI (check digit per the CMS standard): the rendering clinician, not the billing organization.</summary>
    public const string RenderingNpi = "1245319599";

    /// <summary>An office visit: E/M with modifier 25, a venipuncture; hypertension and hyperlipidemia; the patient is the subscriber; rendered by a clinician of the billing organization.</summary>
    public static Claim Professional(Action<EncounterBuilder>? change = null)
    {
        var builder = new EncounterBuilder().WithEncounterId("E-PRO").WithClaimParties()
            .WithCharges(new Charge("99214", 1, 215m, ["25"]), new Charge("36415", 1, 18m, []));
        change?.Invoke(builder);
        var encounter = builder.Build() with { RenderingProviderNpi = RenderingNpi };
        return ClaimBuilder.Build(Validated(encounter, Cm("I10", "Essential (primary) hypertension"), Cm("E78.5", "Hyperlipidemia, unspecified")), At);
    }

    /// <summary>A 3-day stay for appendicitis with a laparoscopic appendectomy (ICD-10-PCS), room and board and a CBC.</summary>
    public static Claim Institutional(Action<EncounterBuilder>? change = null)
    {
        var builder = new EncounterBuilder().WithEncounterId("E-INP").WithSetting(CareSetting.Inpatient).WithClaimParties()
            .WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate))
            .WithCharges(new Charge("99223", 1, 410m, []), new Charge("85025", 1, 36m, []), new Charge("44970", 1, 2350m, []))
            .WithRevenueCodes("0120", "0300", "0360");
        change?.Invoke(builder);
        var encounter = builder.Build();
        encounter = encounter with { ServiceEnd = encounter.ServiceStart.AddDays(3) };
        return ClaimBuilder.Build(Validated(encounter, Cm("K35.80", "Unspecified acute appendicitis"), Cm("E11.9", "Type 2 diabetes mellitus without complications"), Pcs("0DTJ4ZZ", "Resection of Appendix, Percutaneous Endoscopic Approach")), At);
    }

    public static IReadOnlyList<BillingClaim> Billing(Claim claim)
    {
        var result = BillingClaimBuilder.Build(claim);
        Assert.True(result.CanRender, result.Reason);
        return result.Claims;
    }

    public static SuggestedCode Cm(string code, string description) => new(CodeSystems.Icd10Cm, code, description, 0.9, [], "test");

    public static SuggestedCode Pcs(string code, string description) => new(CodeSystems.Icd10Pcs, code, description, 0.9, [], "test");

    public static CodingValidated Validated(Encounter encounter, params SuggestedCode[] codes) =>
        new(encounter.Key, encounter.Revision, Guid.NewGuid(), encounter, codes, [], "ICD-10-CM FY2026", At.AddMinutes(-5));
}
