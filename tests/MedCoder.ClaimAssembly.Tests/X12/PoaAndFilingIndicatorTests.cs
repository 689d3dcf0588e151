using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Encounters;
using MedCoder.Testing;
using Xunit.Abstractions;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>
/// The 837I's present-on-admission indicators (HI C022-09) and FHIR onAdmission come from the coding; SBR09 (claim filing
/// indicator) from the coverage, CI when it names none. Codes from the shipped FY2026 release (Z87.891 is on its POA-exempt list).
/// </summary>
public sealed class PoaAndFilingIndicatorTests(ITestOutputHelper output)
{
    private static Claim Inpatient(string? principalPoa, string? otherPoa, string? exemptPoa, string? filing = null)
    {
        var builder = new EncounterBuilder().WithEncounterId("E-POA").WithSetting(CareSetting.Inpatient).WithClaimParties()
            .WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate))
            .WithCharges(new Charge("99223", 1, 410m, []), new Charge("85025", 1, 36m, []))
            .WithRevenueCodes("0120", "0300");
        var encounter = builder.Build();
        encounter = encounter with { ServiceEnd = encounter.ServiceStart.AddDays(3), Coverage = encounter.Coverage with { ClaimFilingIndicator = filing } };
        return ClaimBuilder.Build(ClaimSamples.Validated(
            encounter,
            ClaimSamples.Cm("K35.80", "Unspecified acute appendicitis") with { PresentOnAdmission = principalPoa },
            ClaimSamples.Cm("E11.9", "Type 2 diabetes mellitus without complications") with { PresentOnAdmission = otherPoa },
            ClaimSamples.Cm("Z87.891", "Personal history of nicotine dependence") with { PresentOnAdmission = exemptPoa }), ClaimSamples.At);
    }

    private static string Render(Claim claim) => Claim837Writer.Write(ClaimSamples.Envelope, ClaimSamples.Billing(claim));

    [Fact]
    public void The_837I_carries_the_codings_poa_and_no_indicator_for_an_exempt_code()
    {
        var claim = Inpatient("Y", "N", "1");

        var x12 = Render(claim);

        Assert.Contains("ABK:K3580:::::::Y", x12, StringComparison.Ordinal);
        Assert.Contains("ABF:E119:::::::N", x12, StringComparison.Ordinal);
        Assert.Contains("*ABF:Z87891~", x12, StringComparison.Ordinal);
        var read = Assert.Single(Claim837Reader.Read(x12).Claims);
        Assert.Equal(["Y", null, "N", null], read.Diagnoses.Select(d => d.PresentOnAdmission));
    }

    [Fact]
    public void W_and_lower_case_are_sent_as_coded_and_a_diagnosis_without_an_indicator_is_U()
    {
        var x12 = Render(Inpatient("w", null, "1"));

        Assert.Contains("ABK:K3580:::::::W", x12, StringComparison.Ordinal);
        Assert.Contains("ABF:E119:::::::U", x12, StringComparison.Ordinal);
    }

    [Fact]
    public void Fhir_onAdmission_follows_the_same_indicators()
    {
        var bundle = ClaimBundleWriter.Parse(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(ClaimSamples.Billing(Inpatient("Y", "N", "1")), ClaimSamples.At)));
        var claim = Assert.IsType<Hl7.Fhir.Model.Claim>(bundle.Entry[0].Resource);

        Assert.Equal(["y", "n", null], claim.Diagnosis.Select(d => d.OnAdmission?.Coding[0].Code));
    }

    [Fact]
    public void A_professional_claim_carries_no_poa()
    {
        var claim = ClaimSamples.Professional() is var c ? c with { Diagnoses = [.. c.Diagnoses.Select(d => d with { PresentOnAdmission = "Y" })] } : null!;

        Assert.DoesNotContain(":::::::", Render(claim), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "CI")]
    [InlineData("MB", "MB")]
    [InlineData("MC", "MC")]
    [InlineData("BL", "BL")]
    public void Sbr09_is_the_coverages_claim_filing_indicator_or_commercial(string? filing, string expected)
    {
        var professional = ClaimSamples.Professional() with { ClaimFilingIndicator = filing };
        var institutional = Inpatient("Y", "N", "1", filing);

        foreach (var claim in new[] { professional, institutional })
        {
            var x12 = Render(claim);
            Assert.Matches($@"~\s*SBR\*P\*(18)?\*{{7}}{expected}~", x12);
            Assert.Equal(expected, Assert.Single(Claim837Reader.Read(x12).Claims).Payer.FilingIndicator);
        }

        Assert.Equal(filing, institutional.ClaimFilingIndicator); // copied from the encounter's coverage
    }

    [SkippableFact]
    public void Pyx12_accepts_poa_indicators_and_a_medicare_filing_indicator()
    {
        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);
        var x12 = Render(Inpatient("Y", "W", "1", ClaimFilingIndicators.MedicarePartA));

        var (ok, report) = PyX12.Validate(x12, "poa-medicare");

        output.WriteLine(report);
        Assert.True(ok, report + "\n" + x12);
    }
}
