using MedCoder.Contracts.Encounters;
using MedCoder.Intake.Submissions;

namespace MedCoder.SyntheticEncounters.Tests;

public sealed class SyntheticEncounterFactoryTests
{
    [Fact]
    public void Encounters_are_valid_deterministic_and_unique()
    {
        var validator = new EncounterValidator(TimeProvider.System);
        var first = new SyntheticEncounterFactory(7);
        var second = new SyntheticEncounterFactory(7);

        var encounters = Enumerable.Range(0, 200).Select(first.Create).ToList();

        Assert.All(encounters, e => Assert.True(validator.Validate(e.Submission).IsValid, string.Join("; ", validator.Validate(e.Submission).Errors.Keys)));
        Assert.Equal(200, encounters.Select(e => e.Submission.EncounterId).Distinct().Count());
        Assert.Equal(first.Create(42).Submission.Notes![0].Text, second.Create(42).Submission.Notes![0].Text);
        Assert.True(encounters.Select(e => e.Submission.Setting).Distinct().Count() == 4, "all four settings occur");
    }

    [Fact]
    public void Every_encounter_carries_what_its_837_needs_and_forty_yield_both_claim_forms()
    {
        var validator = new EncounterValidator(TimeProvider.System);
        var factory = new SyntheticEncounterFactory(42);

        var encounters = Enumerable.Range(0, 40).Select(i => validator.Validate(factory.Create(i).Submission).Encounter!).ToList();

        Assert.All(encounters, e =>
        {
            Assert.NotNull(e.BillingProvider);
            Assert.NotNull(e.Subscriber);
            Assert.NotNull(e.Patient.Name);
            Assert.NotNull(e.Patient.Address);
            Assert.NotNull(e.Coverage.PayerName);
            Assert.NotNull(e.RenderingProviderName);
        });
        var institutional = encounters.Where(e => ClaimForms.For(e) == ClaimForm.Institutional).ToList();
        Assert.NotEmpty(institutional);
        Assert.Contains(encounters, e => ClaimForms.For(e) == ClaimForm.Professional);
        Assert.All(institutional, e => Assert.All(e.Charges, c => Assert.NotNull(c.RevenueCode)));
        Assert.All(institutional, e => Assert.NotNull(e.Institutional));
        Assert.Contains(encounters, e => e.Subscriber!.Relationship == SubscriberRelationship.Child);
    }
}
