using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.Contracts.Compliance;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>Messages and claims written before the 837 fields existed still read (the fields null or empty), and their 837 is refused naming what is missing.</summary>
public sealed class OlderMessageTests
{
    private static readonly string[] AddedEncounterFields = ["billingProvider", "renderingProviderName", "subscriber", "institutional"];
    private static readonly string[] AddedClaimFields = ["billingProvider", "renderingProviderName", "subscriber", "payerName", "institutional", "procedures", "x12", "rejectionReason", "rejectedAt"];

    [Fact]
    public void A_coding_validated_without_the_837_fields_reads_and_its_claim_names_them()
    {
        var message = ClaimSamples.Validated(new Testing.EncounterBuilder().WithClaimParties().Build(), ClaimSamples.Cm("I10", "Essential (primary) hypertension"));
        var json = JsonSerializer.SerializeToNode(message, StoreJson.Options)!.AsObject();
        var encounter = json["encounter"]!.AsObject();
        foreach (var field in AddedEncounterFields)
        {
            Assert.True(encounter.Remove(field), field);
        }

        encounter["patient"]!.AsObject().Remove("name");
        encounter["patient"]!.AsObject().Remove("address");
        encounter["coverage"]!.AsObject().Remove("payerName");

        var old = json.Deserialize<CodingValidated>(StoreJson.Options)!;

        Assert.Null(old.Encounter.BillingProvider);
        Assert.Null(old.Encounter.Patient.Name);
        var result = BillingClaimBuilder.Build(ClaimBuilder.Build(old, ClaimSamples.At));
        Assert.Equal(["billingProvider", "subscriber", "coverage.payerName"], result.MissingFields);
    }

    [Fact]
    public void A_stored_claim_without_the_new_fields_reads()
    {
        var json = JsonSerializer.SerializeToNode(ClaimSamples.Institutional(), StoreJson.Options)!.AsObject();
        foreach (var field in AddedClaimFields)
        {
            json.Remove(field);
        }

        foreach (var line in json["lines"]!.AsArray())
        {
            line!.AsObject().Remove("revenueCode");
        }

        var old = json.Deserialize<Claim>(StoreJson.Options)!;

        Assert.Empty(old.Procedures);
        Assert.Null(old.X12);
        Assert.Null(old.Lines[0].RevenueCode);
        Assert.Equal(ClaimStatus.Ready, old.Status);
    }
}
