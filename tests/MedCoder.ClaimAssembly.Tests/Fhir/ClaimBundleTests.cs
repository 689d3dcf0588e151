using Hl7.Fhir.Model;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Testing;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace MedCoder.ClaimAssembly.Tests.Fhir;

/// <summary>The FHIR R4 Bundle parses strictly with Hl7.Fhir.R4 and carries the same codes as the 837 of the same claim.</summary>
public sealed class ClaimBundleTests
{
    public static TheoryData<string> Kinds => ["professional", "institutional", "institutional-dependent"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Bundle_parses_and_carries_the_837s_codes(string kind)
    {
        var claim = kind switch
        {
            "professional" => ClaimSamples.Professional(),
            "institutional" => ClaimSamples.Institutional(),
            _ => ClaimSamples.Institutional(b => b.WithChildOfSubscriber()),
        };
        var parts = ClaimSamples.Billing(claim);
        var x12 = Claim837Reader.Read(Claim837Writer.Write(ClaimSamples.Envelope, parts)).Claims.Single();

        var bundle = ClaimBundleWriter.Parse(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(parts, ClaimSamples.At)));

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var fhir = Assert.IsType<FhirClaim>(bundle.Entry[0].Resource);
        foreach (var type in new[] { typeof(Patient), typeof(Coverage), typeof(Organization), typeof(Practitioner), typeof(Encounter) })
        {
            Assert.Contains(bundle.Entry, e => e.Resource!.GetType() == type);
        }

        Assert.Equal(kind == "professional" ? "professional" : "institutional", fhir.Type.Coding[0].Code);
        Assert.Equal(x12.Diagnoses.Select(d => d.Code).Distinct(), fhir.Diagnosis.Select(d => ((CodeableConcept)d.Diagnosis).Coding[0].Code!.Replace(".", "", StringComparison.Ordinal)));
        Assert.Equal(x12.Procedures.Select(p => p.Code), fhir.Procedure.Select(p => ((CodeableConcept)p.Procedure).Coding[0].Code));
        Assert.Equal(x12.Lines.Select(l => (l.Code, l.RevenueCode, l.Units, l.Charge)), fhir.Item.Select(i => (i.ProductOrService.Coding[0].Code!, i.Revenue?.Coding[0].Code, (int)i.Quantity!.Value!.Value, i.Net!.Value!.Value)));
        Assert.Equal(x12.TotalCharge, fhir.Total!.Value);
        Assert.All(bundle.Entry, e => Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal));
        Assert.Equal(kind == "institutional-dependent", bundle.Entry.Any(e => e.Resource is RelatedPerson));
    }

    [Fact]
    public void A_split_professional_claim_is_one_fhir_claim_with_every_line()
    {
        var charges = Enumerable.Range(0, 60).Select(_ => new MedCoder.Contracts.Encounters.Charge("36415", 1, 18m, [])).ToArray();
        var parts = ClaimSamples.Billing(ClaimSamples.Professional(b => b.WithCharges(charges)));

        var fhir = Assert.IsType<FhirClaim>(ClaimBundleWriter.Build(parts, ClaimSamples.At).Entry[0].Resource);

        Assert.Equal(2, parts.Count);
        Assert.Equal(60, fhir.Item.Count);
        Assert.Equal(60 * 18m, fhir.Total!.Value);
    }
}
