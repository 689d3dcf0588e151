using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;
using MedCoder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>The optional fields an 837 needs: absent is valid, present must be complete, errors name the field and never the value.</summary>
public sealed class ClaimPartiesValidationTests
{
    private readonly EncounterValidator _validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Complete_claim_parties_are_carried_onto_the_encounter()
    {
        var stay = EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate);
        var submission = new EncounterBuilder().WithSetting(CareSetting.Inpatient).WithClaimParties().WithInstitutional(stay)
            .WithCharges(new Charge("99223", 1, 410m, [])).WithRevenueCodes("0120").BuildSubmission();
        submission.BillingProvider!.TaxId = "37-1234567";
        submission.Institutional!.TypeOfBill = "0111";

        var result = _validator.Validate(submission);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Keys));
        var encounter = result.Encounter!;
        Assert.Equal(EncounterBuilder.ExampleParties.BillingProvider, encounter.BillingProvider);
        Assert.Equal(EncounterBuilder.ExampleParties.PatientName, encounter.Patient.Name);
        Assert.Equal(EncounterBuilder.ExampleParties.PatientAddress, encounter.Patient.Address);
        Assert.Equal("ACME HEALTH", encounter.Coverage.PayerName);
        Assert.Equal(SubscriberRelationship.Self, encounter.Subscriber!.Relationship);
        Assert.Equal(stay, encounter.Institutional);
        Assert.Equal("0120", encounter.Charges[0].RevenueCode);
    }

    [Fact]
    public void Without_them_the_encounter_is_still_valid()
    {
        var result = _validator.Validate(new EncounterBuilder().BuildSubmission());

        Assert.True(result.IsValid);
        Assert.Null(result.Encounter!.BillingProvider);
        Assert.Null(result.Encounter.Subscriber);
        Assert.Null(result.Encounter.Institutional);
    }

    [Fact]
    public void Malformed_fields_are_named_without_their_values()
    {
        var submission = new EncounterBuilder().WithClaimParties().WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate))
            .WithCharges(new Charge("99213", 1, 120m, []) { RevenueCode = "51" }).BuildSubmission();
        submission.BillingProvider!.Address!.PostalCode = "62701";
        submission.BillingProvider.Taxonomy = "282N";
        submission.BillingProvider.Name = "GENERAL*HOSPITAL";
        submission.Subscriber!.Relationship = "cousin";
        submission.Patient!.Name!.Last = "Doe~ISA";
        submission.Institutional!.DischargeStatus = "1";
        submission.Patient.Address!.State = "ZZ";
        submission.Subscriber.Address!.City = "X";

        var result = _validator.Validate(submission);

        Assert.False(result.IsValid);
        foreach (var field in new[]
        {
            "billingProvider.address.postalCode", "billingProvider.taxonomy", "billingProvider.name", "subscriber.relationship",
            "patient.name.last", "institutional", "institutional.dischargeStatus", "charges[0].revenueCode",
            "patient.address.state", "subscriber.address.city",
        })
        {
            Assert.True(result.Errors.ContainsKey(field), $"missing error for {field}");
        }

        Assert.DoesNotContain(result.Errors.Values.SelectMany(m => m), m => m.Contains("Doe", StringComparison.Ordinal) || m.Contains("62701", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subscriber_without_address_or_birth_date_is_refused()
    {
        var submission = new EncounterBuilder().WithClaimParties().BuildSubmission();
        submission.Subscriber!.Address = null;
        submission.Subscriber.BirthDate = null;

        var result = _validator.Validate(submission);

        Assert.Contains("subscriber.address", result.Errors.Keys);
        Assert.Contains("subscriber.birthDate", result.Errors.Keys);
    }
}
