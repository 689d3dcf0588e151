using CsCheck;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using Xunit.Abstractions;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>pyx12, an independent X12 5010 validator, accepts the 837P and 837I MedCoder writes.</summary>
public sealed class IndependentValidatorTests(ITestOutputHelper output)
{
    public static TheoryData<string> Claims => ["professional", "professional-dependent", "institutional", "institutional-dependent", "batch"];

    [SkippableTheory]
    [MemberData(nameof(Claims))]
    public void Pyx12_accepts_the_interchange(string kind)
    {
        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);
        Action<EncounterBuilder> child = b => b.WithChildOfSubscriber();
        var claims = kind switch
        {
            "professional" => ClaimSamples.Billing(ClaimSamples.Professional()),
            "professional-dependent" => ClaimSamples.Billing(ClaimSamples.Professional(child)),
            "institutional" => ClaimSamples.Billing(ClaimSamples.Institutional()),
            "institutional-dependent" => ClaimSamples.Billing(ClaimSamples.Institutional(child)),
            _ => [.. ClaimSamples.Billing(ClaimSamples.Professional()), .. ClaimSamples.Billing(ClaimSamples.Institutional(child)), .. ClaimSamples.Billing(ClaimSamples.Professional(child))],
        };
        var x12 = Claim837Writer.Write(ClaimSamples.Envelope, claims);

        var (ok, report) = PyX12.Validate(x12, kind);

        output.WriteLine(report);
        Assert.True(ok, report + "\n" + x12);
    }

    [SkippableTheory]
    [InlineData("999-accepted.x12")]
    [InlineData("999-rejected.x12")]
    [InlineData("277ca-mixed.x12")]
    [InlineData("277ca-payer-numbers.x12")]
    public void Pyx12_accepts_the_acknowledgement_examples(string name)
    {
        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);

        var (ok, report) = PyX12.Validate(AcknowledgementTests.Example(name), Path.GetFileNameWithoutExtension(name));

        output.WriteLine(report);
        Assert.True(ok, report);
    }

    /// <summary>Generated claims (any text Intake admits, any code shape, dependents, splits of lines) pass too, not only the samples.</summary>
    [SkippableFact]
    public void Pyx12_accepts_generated_interchanges()
    {
        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);
        var batches = Gen.Select(BillingClaimGen.Claim(ClaimForm.Professional), BillingClaimGen.Claim(ClaimForm.Institutional), (p, i) => new[] { p, i });

        batches.Sample(claims =>
        {
            var (ok, report) = PyX12.Validate(Claim837Writer.Write(ClaimSamples.Envelope, claims), "generated");
            Assert.True(ok, report);
        }, iter: 12, threads: 1);
    }
}
