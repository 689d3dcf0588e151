using System.CommandLine;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Cli.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Cli.Claims;

/// <summary>
/// medcoder claim: a coded encounter in, its claim out as an X12 837P or 837I interchange or a FHIR R4 Bundle, built
/// exactly as ClaimAssembly builds it. The interchange is a preview: control number 1 and usage indicator T (test);
/// the payer API's interchanges are numbered from ClaimAssembly's store.
/// </summary>
public static class ClaimCommand
{
    private static readonly string[] Formats = ["837p", "837i", "fhir"];

    public static Command Create()
    {
        var file = new Argument<string>("coded-encounter.json") { Description = "{\"encounter\": <POST /api/encounters body>, \"codes\": [{\"system\": \"ICD-10-CM\", \"code\": \"I10\"}, ...]}" };
        var format = new Option<string>("--format") { Description = "837p | 837i | fhir", Required = true };
        var command = new Command("claim", "Print the claim of a coded encounter as an X12 837P/837I interchange or a FHIR R4 Bundle") { file, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var wanted = parse.GetValue(format)!.ToLowerInvariant();
            if (!Formats.Contains(wanted))
            {
                error.WriteLine($"error: --format must be one of {string.Join(", ", Formats)}");
                return CodingExitCodes.InvalidInput;
            }

            if (!File.Exists(path))
            {
                error.WriteLine($"error: {path}: file not found");
                return CodingExitCodes.InvalidInput;
            }

            try
            {
                output.Write(Render(CodedEncounterFile.Read(path, TimeProvider.System), wanted, path));
                return CodingExitCodes.Ok;
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"error: {e.Message}");
                return CodingExitCodes.InvalidInput;
            }
        });
        return command;
    }

    public static string Render(CodedEncounterFile.Coded coded, string format, string path)
    {
        var encounter = coded.Encounter;
        var validated = new CodingValidated(encounter.Key, encounter.Revision, Guid.Empty, encounter, coded.Codes, [], "", DateTimeOffset.UtcNow);
        var broken = ClaimLimitCheck.Check(encounter, ClaimBuilder.Diagnoses(validated).Count);
        if (broken.Count > 0)
        {
            throw new InvalidDataException($"{path}: the claim breaks its rules: {string.Join(", ", broken)}");
        }

        var claim = ClaimBuilder.Build(validated, DateTimeOffset.UtcNow);
        var form = BillingClaimBuilder.FormName(claim.Form).ToLowerInvariant();
        if (format != "fhir" && format != form)
        {
            throw new InvalidDataException($"{path}: this encounter bills on the {BillingClaimBuilder.FormName(claim.Form)} ({(claim.Form == ClaimForm.Institutional ? "an inpatient stay or a facility encounter with a type of bill" : "physician work")}); ask for --format {form}");
        }

        var billing = BillingClaimBuilder.Build(claim);
        if (!billing.CanRender)
        {
            throw new InvalidDataException($"{path}: the claim cannot be rendered: {billing.Reason}");
        }

        try
        {
            return format == "fhir"
                ? ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(billing.Claims, claim.AssembledAt)) + Environment.NewLine
                : Claim837Writer.Write(X12Envelope.For(encounter.Key.Organization, claim.PayerId, 1, claim.AssembledAt, 'T'), billing.Claims);
        }
        catch (X12ContentException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}");
        }
    }
}
