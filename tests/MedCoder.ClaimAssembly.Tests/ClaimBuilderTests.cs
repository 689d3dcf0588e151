using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests;

public sealed class ClaimBuilderTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static CodingValidated Validated(CareSetting setting, int diagnoses)
    {
        var key = new EncounterKey("general-hospital", "ehr", "E-7");
        var encounter = new EncounterBuilder().WithKey(key).WithRevision(2).WithSetting(setting).WithPayer("acme-health")
            .WithCharges(new Charge("99214", 1, 150m, []), new Charge("85025", 2, 20.5m, ["91"])).Build();
        var codes = Enumerable.Range(0, diagnoses).Select(i => new SuggestedCode(CodeSystems.Icd10Cm, $"A0{i % 10}.{i}", "d", 0.9, [], "test")).ToList();
        return new CodingValidated(key, 2, Guid.NewGuid(), encounter, codes, [], "ICD-10-CM FY2026", Received);
    }

    [Fact]
    public void Builds_lines_totals_pointers_and_place_of_service()
    {
        var claim = ClaimBuilder.Build(Validated(CareSetting.Office, 5), Received.AddSeconds(2));

        Assert.Equal("professional", claim.Format);
        Assert.Equal("11", claim.PlaceOfService);
        Assert.Equal(170.5m, claim.TotalCharge);
        Assert.Equal([1, 2, 3, 4], claim.Lines[0].DiagnosisPointers);
        Assert.Equal(["91"], claim.Lines[1].Modifiers);
        Assert.Equal(ClaimStatus.Ready, claim.Status);
        Assert.Equal("acme-health", claim.PayerId);
    }

    [Fact]
    public void Claim_id_is_the_same_for_the_same_revision_and_differs_across_revisions()
    {
        var key = new EncounterKey("general-hospital", "ehr", "E-7");

        Assert.Equal(ClaimBuilder.ClaimIdFor(key, 2), ClaimBuilder.Build(Validated(CareSetting.Office, 1), Received).Id);
        Assert.NotEqual(ClaimBuilder.ClaimIdFor(key, 1), ClaimBuilder.ClaimIdFor(key, 2));
    }

    [Fact]
    public void Keeps_every_diagnosis_in_sequence_the_limit_is_checked_before()
    {
        var claim = ClaimBuilder.Build(Validated(CareSetting.Inpatient, 15), Received);

        Assert.Equal(Enumerable.Range(1, 15), claim.Diagnoses.Select(d => d.Pointer));
    }

    [Theory]
    [InlineData(CareSetting.Office, 12, false)]
    [InlineData(CareSetting.Office, 13, true)]
    [InlineData(CareSetting.Inpatient, 25, false)]
    [InlineData(CareSetting.Inpatient, 26, true)]
    public void More_diagnoses_than_the_form_carries_break_a_claim_rule(CareSetting setting, int diagnoses, bool broken)
    {
        var validated = Validated(setting, diagnoses);

        var rules = ClaimLimitCheck.Check(validated.Encounter, ClaimBuilder.Diagnoses(validated).Count);

        Assert.Equal(broken, rules.Any(r => r.StartsWith(ClaimLimitCheck.DiagnosesRule, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(CareSetting.Inpatient, "21", "institutional")]
    [InlineData(CareSetting.Outpatient, "22", "professional")]
    [InlineData(CareSetting.Emergency, "23", "professional")]
    public void Inpatient_stays_make_institutional_claims_physician_work_professional(CareSetting setting, string placeOfService, string format)
    {
        var claim = ClaimBuilder.Build(Validated(setting, 1), Received);

        Assert.Equal((placeOfService, format), (claim.PlaceOfService, claim.Format));
    }

    [Fact]
    public void A_facility_outpatient_encounter_with_a_type_of_bill_is_institutional()
    {
        var encounter = new EncounterBuilder().WithSetting(CareSetting.Outpatient).WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate) with { TypeOfBill = "131" }).Build();

        var claim = ClaimBuilder.Build(new CodingValidated(encounter.Key, 1, Guid.NewGuid(), encounter, [], [], "ICD-10-CM FY2026", Received), Received);

        Assert.Equal(("institutional", ClaimForm.Institutional), (claim.Format, claim.Form));
    }
}
