using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests;

public sealed class ClaimServiceTests
{
    [Fact]
    public async Task One_claim_per_revision_even_when_the_message_is_redelivered()
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var service = new ClaimService(collections, metrics, TimeProvider.System);
        var date = new DateOnly(2026, 3, 2);
        var key = new EncounterKey("general-hospital", "ehr", "E-9");
        var encounter = new Encounter(key, 1, CareSetting.Office, date, date, new Patient("MRN-1", new DateOnly(1960, 1, 1), AdministrativeSex.Male),
            "1234567893", "1234567893", new Coverage("acme-health", "M1"), [new ClinicalNote("progress", "Dr. Test", DateTimeOffset.UnixEpoch, "text")],
            [new Charge("99213", 1, 120m, [])]);
        var validated = new CodingValidated(key, 1, Guid.NewGuid(), encounter, [new SuggestedCode(CodeSystems.Icd10Cm, "I10", "d", 0.9, [], "test")], [], "ICD-10-CM FY2026", DateTimeOffset.UtcNow);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.AssembleAsync(validated, CancellationToken.None)));

        var page = await collections.Claims.QueryAsync(new Storage.DocumentQuery(Partition: "acme-health"));
        var claim = Assert.Single(page.Items).Body;
        Assert.Equal(ClaimStatus.Ready, claim.Status);
        var assembled = Assert.IsType<ClaimAssembled>(OutboxMessages.Deserialize(Assert.Single(await collections.Claims.PendingOutboxAsync(10)).Message));
        Assert.Equal((claim.Id, 120m), (assembled.ClaimId, assembled.TotalCharge));
    }
}
