using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>What the 837 needs is named when missing; limits split (837P lines) or refuse (diagnoses, 837I lines); nothing is cut.</summary>
public sealed class BillingClaimBuilderTests
{
    [Fact]
    public void A_claim_from_an_encounter_without_the_837_fields_names_each_missing_one()
    {
        var encounter = new EncounterBuilder().WithEncounterId("E-OLD").WithSetting(CareSetting.Inpatient).Build() with { RenderingProviderNpi = ClaimSamples.RenderingNpi };
        var claim = ClaimBuilder.Build(ClaimSamples.Validated(encounter, ClaimSamples.Cm("I10", "Essential (primary) hypertension")), ClaimSamples.At);

        var result = BillingClaimBuilder.Build(claim);

        Assert.False(result.CanRender);
        Assert.Equal(["billingProvider", "subscriber", "coverage.payerName", "institutional", "charges[0].revenueCode"], result.MissingFields);
        Assert.Equal("missing billingProvider, subscriber, coverage.payerName, institutional, charges[0].revenueCode", result.Reason);
    }

    [Fact]
    public void A_dependent_patient_needs_a_name_and_address_and_a_different_renderer_a_name()
    {
        var claim = ClaimSamples.Professional(b => b.WithChildOfSubscriber()) with { RenderingProviderName = null };
        claim = claim with { Patient = claim.Patient with { Name = null, Address = null } };

        Assert.Equal(["patient.name", "patient.address", "renderingProviderName"], BillingClaimBuilder.Build(claim).MissingFields);
    }

    [Fact]
    public void A_professional_claim_past_fifty_lines_is_split_keeping_every_line_and_diagnosis()
    {
        var charges = Enumerable.Range(0, 120).Select(i => new Charge("36415", 1, 10m + i, [])).ToArray();
        var claim = ClaimSamples.Professional(b => b.WithCharges(charges));

        var parts = ClaimSamples.Billing(claim);

        Assert.Equal([50, 50, 20], parts.Select(p => p.Lines.Count));
        Assert.Equal([claim.Id, claim.Id[4..] + "-2", claim.Id[4..] + "-3"], parts.Select(p => p.ClaimId));
        Assert.All(parts, p => Assert.True(p.ClaimId.Length <= BillingClaimBuilder.MaxPatientControlNumber, p.ClaimId));
        Assert.Equal(claim.TotalCharge, parts.Sum(p => p.TotalCharge));
        Assert.All(parts, p => Assert.Equal(claim.Diagnoses.Count, p.Diagnoses.Count));
        Assert.All(parts, p => Assert.Equal(claim.Id, BillingClaimBuilder.ClaimIdOf(p.ClaimId)));
        var read = Claim837Reader.Read(Claim837Writer.Write(ClaimSamples.Envelope, parts));
        Assert.Equal(3, read.Claims.Count);
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 18)]
    [InlineData(99, 19)]
    [InlineData(999, 20)]
    public void Every_part_of_a_claim_fits_the_20_characters_receivers_store_of_CLM01(int part, int length)
    {
        var claim = ClaimSamples.Professional();

        var id = BillingClaimBuilder.PartId(claim.Id, part);

        Assert.Equal(length, id.Length);
        Assert.True(id.Length <= BillingClaimBuilder.MaxPatientControlNumber);
        Assert.Equal(claim.Id, BillingClaimBuilder.ClaimIdOf(id));
    }

    [Fact]
    public void Claim_and_void_ids_are_exactly_at_the_CLM01_limit_and_older_part_ids_still_map_back()
    {
        var claim = ClaimSamples.Professional();

        Assert.Equal(BillingClaimBuilder.MaxPatientControlNumber, claim.Id.Length);
        Assert.Equal(BillingClaimBuilder.MaxPatientControlNumber, ClaimCorrections.VoidIdFor(claim.Id).Length);
        Assert.Equal(claim.Id, BillingClaimBuilder.ClaimIdOf(claim.Id + "-2")); // written before the 20-character rule
        Assert.Equal("CLAIM-INP", BillingClaimBuilder.ClaimIdOf("CLAIM-INP"));
    }

    [Fact]
    public void A_split_replacement_names_each_corrected_part_and_the_payers_number_on_the_first()
    {
        var charges = Enumerable.Range(0, 60).Select(i => new Charge("36415", 1, 10m + i, [])).ToArray();
        var claim = ClaimSamples.Professional(b => b.WithCharges(charges)) with
        {
            Frequency = ClaimFrequency.Replacement,
            PayerClaimReference = "clm-0123456789abcdef",
            CorrectedPayerClaimNumber = "ACME2026031200017",
        };

        var parts = ClaimSamples.Billing(claim);

        Assert.Equal(["ACME2026031200017", "0123456789abcdef-2"], parts.Select(p => p.PayerClaimReference));
    }

    [Theory]
    [InlineData(false, 13)]
    [InlineData(true, 26)]
    public void More_diagnoses_than_the_form_carries_are_refused_not_cut(bool institutional, int count)
    {
        var claim = institutional ? ClaimSamples.Institutional() : ClaimSamples.Professional();
        claim = claim with { Diagnoses = [.. Enumerable.Range(1, count).Select(i => new ClaimDiagnosis(i, "E11.9", "d"))] };

        var result = BillingClaimBuilder.Build(claim);

        Assert.Empty(result.Claims);
        Assert.StartsWith(BillingClaimBuilder.DiagnosesLimit, Assert.Single(result.BrokenLimits), StringComparison.Ordinal);
    }

    [Fact]
    public void An_institutional_claim_past_25_procedures_is_refused()
    {
        var claim = ClaimSamples.Institutional();
        claim = claim with { Procedures = [.. Enumerable.Range(0, 26).Select(_ => claim.Procedures[0])] };

        Assert.StartsWith(BillingClaimBuilder.ProceduresLimit, Assert.Single(BillingClaimBuilder.Build(claim).BrokenLimits), StringComparison.Ordinal);
    }

    [Fact]
    public void An_institutional_claim_past_999_lines_is_refused()
    {
        var claim = ClaimSamples.Institutional();
        claim = claim with { Lines = [.. Enumerable.Range(1, 1000).Select(i => claim.Lines[0] with { Number = i })] };

        var result = BillingClaimBuilder.Build(claim);

        Assert.StartsWith(BillingClaimBuilder.LinesLimit, Assert.Single(result.BrokenLimits), StringComparison.Ordinal);
    }

    [Fact]
    public void Institutional_diagnoses_carry_principal_admitting_other_and_poa_professional_ones_principal_and_other()
    {
        var institutional = Assert.Single(ClaimSamples.Billing(ClaimSamples.Institutional()));
        var professional = Assert.Single(ClaimSamples.Billing(ClaimSamples.Professional()));

        Assert.Equal([("ABK", "K3580", "U"), ("ABJ", "K3580", null), ("ABF", "E119", "U")], institutional.Diagnoses.Select(d => (d.Qualifier, d.Code, d.PresentOnAdmission)));
        Assert.Equal([("BBR", "0DTJ4ZZ")], institutional.Procedures.Select(p => (p.Qualifier, p.Code)));
        Assert.Equal([("ABK", "I10", (string?)null), ("ABF", "E785", null)], professional.Diagnoses.Select(d => (d.Qualifier, d.Code, d.PresentOnAdmission)));
        Assert.Empty(professional.Procedures);
    }

    [Fact]
    public void An_unscheduled_facility_outpatient_visit_gives_the_reason_for_visit()
    {
        var claim = ClaimSamples.Institutional(b => b.WithSetting(CareSetting.Emergency)
            .WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate) with { TypeOfBill = "131" }));

        var billing = Assert.Single(ClaimSamples.Billing(claim));

        Assert.Equal(["ABK", "APR", "ABF"], billing.Diagnoses.Select(d => d.Qualifier));
        Assert.Empty(billing.Procedures); // ICD-10-PCS is billed on inpatient claims only
        Assert.Null(billing.Institutional!.AdmissionDate);
    }

    [Theory]
    [InlineData("DOE*SMITH", "holds an X12 delimiter")]
    [InlineData("DOE~", "holds an X12 delimiter")]
    [InlineData("MÜLLER", "outside ASCII")]
    public void Data_holding_a_delimiter_or_non_ascii_is_refused_naming_the_element_not_the_value(string last, string problem)
    {
        var billing = Assert.Single(ClaimSamples.Billing(ClaimSamples.Professional()));
        billing = billing with { Subscriber = billing.Subscriber with { Name = billing.Subscriber.Name with { Last = last } } };

        var error = Assert.Throws<X12ContentException>(() => Claim837Writer.Write(ClaimSamples.Envelope, [billing]));

        Assert.Equal("NM103", error.Element);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(last, error.Message, StringComparison.Ordinal);
    }
}
