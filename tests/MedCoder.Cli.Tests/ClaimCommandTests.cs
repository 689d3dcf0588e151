using System.CommandLine;
using System.Text.Json;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Cli.Claims;
using MedCoder.Contracts.Encounters;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.Cli.Tests;

/// <summary>medcoder claim: a coded encounter printed as its 837P, 837I or FHIR Bundle; bad input names the file and the field.</summary>
public sealed class ClaimCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("medcoder-claim-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Prints_an_837p_for_an_office_visit_and_refuses_the_other_form()
    {
        var file = Write("office.json", new EncounterBuilder().WithClaimParties().BuildSubmission(), ("ICD-10-CM", "I10"));

        var professional = Run("claim", file, "--format", "837p");
        var institutional = Run("claim", file, "--format", "837i");

        Assert.Equal(0, professional.ExitCode);
        var claim = Assert.Single(Claim837Reader.Read(professional.Output).Claims);
        Assert.Equal(("ABK", "I10"), (claim.Diagnoses[0].Qualifier, claim.Diagnoses[0].Code));
        Assert.Equal(2, institutional.ExitCode);
        Assert.Contains("bills on the 837P", institutional.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_an_837i_and_a_fhir_bundle_for_an_inpatient_stay()
    {
        var submission = new EncounterBuilder().WithSetting(CareSetting.Inpatient).WithClaimParties().WithInstitutional(EncounterBuilder.ExampleStay(EncounterBuilder.ServiceDate))
            .WithCharges(new Charge("99223", 1, 410m, [])).WithRevenueCodes("0120").BuildSubmission();
        var file = Write("stay.json", submission, ("ICD-10-CM", "K35.80"), ("ICD-10-PCS", "0DTJ4ZZ"));

        var x12 = Run("claim", file, "--format", "837i");
        var fhir = Run("claim", file, "--format", "fhir");

        Assert.Equal((0, 0), (x12.ExitCode, fhir.ExitCode));
        var claim = Assert.Single(Claim837Reader.Read(x12.Output).Claims);
        Assert.Equal([("ABK", "K3580"), ("ABJ", "K3580")], claim.Diagnoses.Select(d => (d.Qualifier, d.Code)));
        Assert.Equal("0DTJ4ZZ", Assert.Single(claim.Procedures).Code);
        Assert.IsType<Hl7.Fhir.Model.Claim>(ClaimBundleWriter.Parse(fhir.Output).Entry[0].Resource);
    }

    [Fact]
    public void An_encounter_without_the_837_fields_is_refused_naming_them()
    {
        var file = Write("old.json", new EncounterBuilder().BuildSubmission(), ("ICD-10-CM", "I10"));

        var result = Run("claim", file, "--format", "837p");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}: the claim cannot be rendered: missing billingProvider, subscriber, coverage.payerName", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_encounter_is_refused_naming_the_file_and_field_without_the_value()
    {
        var submission = new EncounterBuilder().WithClaimParties().BuildSubmission();
        submission.BillingProvider!.Address!.PostalCode = "62701";
        var file = Write("bad.json", submission, ("ICD-10-CM", "I10"));

        var result = Run("claim", file, "--format", "837p");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}: encounter.billingProvider.address.postalCode: must be a 9-digit ZIP+4", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("62701", result.Error, StringComparison.Ordinal);
    }

    private string Write(string name, EncounterSubmission submission, params (string System, string Code)[] codes)
    {
        var path = Path.Combine(_folder.FullName, name);
        var document = new Dictionary<string, object>
        {
            ["encounter"] = submission,
            ["codes"] = codes.Select(c => new { system = c.System, code = c.Code }).ToList(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, StoreJson.Options));
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = new RootCommand { ClaimCommand.Create() }.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
