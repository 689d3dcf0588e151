using MedCoder.ClaimAssembly.Delivery;
using Microsoft.Extensions.Options;
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
        var service = new ClaimService(collections, Options.Create(new DeliverySettings()), metrics, TimeProvider.System);
        var encounter = new EncounterBuilder().WithPayer("acme-health").WithCharges(new Charge("99213", 1, 120m, [])).Build();
        var validated = new CodingValidated(encounter.Key, 1, Guid.NewGuid(), encounter, [new SuggestedCode(CodeSystems.Icd10Cm, "I10", "d", 0.9, [], "test")], [], "ICD-10-CM FY2026", DateTimeOffset.UtcNow);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.AssembleAsync(validated, CancellationToken.None)));

        var page = await collections.Claims.QueryAsync(new Storage.DocumentQuery(Partition: "acme-health"));
        var claim = Assert.Single(page.Items).Body;
        Assert.Equal(ClaimStatus.Ready, claim.Status);
        var assembled = Assert.IsType<ClaimAssembled>(OutboxMessages.Deserialize(Assert.Single(await collections.Claims.PendingOutboxAsync(10)).Message));
        Assert.Equal((claim.Id, 120m), (assembled.ClaimId, assembled.TotalCharge));
    }
}
