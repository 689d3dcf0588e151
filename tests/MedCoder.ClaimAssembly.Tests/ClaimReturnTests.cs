using MedCoder.ClaimAssembly.Acknowledgements;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Claim = MedCoder.ClaimAssembly.Claims.Claim;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>
/// Claims handed back to the coder worklist (docs/architecture.md#worklist-and-audit): an 837 payer's claim lacking required
/// fields, a payer's rejection, and the coder's correction resubmitted in place.
/// </summary>
public sealed class ClaimReturnTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    private readonly TempSqliteStore _temp = new();
    private readonly PipelineMetrics _metrics = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private ClaimAssemblyCollections _collections = null!;

    public Task InitializeAsync()
    {
        _collections = new ClaimAssemblyCollections(_temp.Store, _temp.Signal);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _temp.DisposeAsync();
    }

    private ClaimService Service(params PayerDelivery[] payers) =>
        new(_collections, Options.Create(new DeliverySettings { Payers = payers.ToDictionary(p => p.PayerId) }), _metrics, _clock);

    private static readonly PayerDelivery AcmeWebhook = new("acme-health", DeliveryMode.Webhook, new Uri("http://127.0.0.1:9/claims"), "secret");

    private static CodingValidated Office(bool withParties, int? codingVersion = null, params string[] codes)
    {
        var builder = new EncounterBuilder().WithEncounterId("E-RET");
        if (withParties)
        {
            builder.WithClaimParties();
        }

        var encounter = builder.Build() with { RenderingProviderNpi = ClaimSamples.RenderingNpi };
        return ClaimSamples.Validated(encounter, [.. codes.Select(c => ClaimSamples.Cm(c, "d"))]) with { CodingVersion = codingVersion };
    }

    private async Task<Claim> ClaimAsync(CodingValidated validated) => (await _collections.Claims.GetAsync(ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision)))!.Body;

    private async Task<List<object>> PublishedAsync() => [.. (await _collections.Claims.PendingOutboxAsync(100)).Select(p => OutboxMessages.Deserialize(p.Message))];

    [Fact]
    public async Task A_claim_for_an_837_payer_lacking_required_fields_goes_back_to_the_worklist_naming_them()
    {
        var validated = Office(withParties: false, codes: "I10");

        await Service(AcmeWebhook).AssembleAsync(validated, CancellationToken.None);
        await Service(AcmeWebhook).AssembleAsync(validated, CancellationToken.None); // redelivery

        Assert.Equal(ClaimStatus.Returned, (await ClaimAsync(validated)).Status);
        var returned = Assert.IsType<ClaimReturned>(Assert.Single(await PublishedAsync()));
        Assert.Equal(ClaimReturnKinds.Incomplete, returned.Kind);
        Assert.Contains(returned.Details, d => d.StartsWith("billingProvider", StringComparison.Ordinal));
        Assert.Equal(0, await _collections.Claims.CountAsync(status: ClaimStatusNames.Ready));
    }

    [Fact]
    public async Task A_pull_payer_still_gets_the_claim_without_837_fields()
    {
        var validated = Office(withParties: false, codes: "I10");

        await Service().AssembleAsync(validated, CancellationToken.None);

        Assert.Equal(ClaimStatus.Ready, (await ClaimAsync(validated)).Status);
        Assert.IsType<ClaimAssembled>(Assert.Single(await PublishedAsync()));
    }

    [Fact]
    public async Task A_payers_rejection_hands_the_claim_back_with_the_payers_reason()
    {
        var claim = ClaimSamples.Institutional();
        await _collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        var ack = AcknowledgementTests.Example("277ca-mixed.x12").Replace("CLAIM-INP", claim.Id, StringComparison.Ordinal);

        await new AcknowledgementService(_collections, _clock).ApplyAsync(ack, _ => true, CancellationToken.None);
        await new AcknowledgementService(_collections, _clock).ApplyAsync(ack, _ => true, CancellationToken.None); // sent twice

        var returned = Assert.IsType<ClaimReturned>(Assert.Single(await PublishedAsync()));
        Assert.Equal((ClaimReturnKinds.PayerRejected, claim.Id, claim.Revision), (returned.Kind, returned.ClaimId, returned.Revision));
        Assert.Equal(["277CA A7:164:IL SUBSCRIBER ID NOT ON FILE"], returned.Details);
        Assert.Equal((ClaimStatus.Rejected, 1), ((await _collections.Claims.GetAsync(claim.Id))!.Body.Status, (await _collections.Claims.GetAsync(claim.Id))!.Body.Returns));
    }

    [Fact]
    public async Task The_coders_correction_resubmits_the_rejected_claim_in_place_once()
    {
        var service = Service();
        var first = Office(withParties: true, codes: "I10");
        await service.AssembleAsync(first, CancellationToken.None);
        var interchanges = new ClaimInterchanges(_collections, new ControlNumbers(_collections.ControlNumbers), _clock);
        var rendered = await ClaimAsync(first);
        await interchanges.RenderAsync(rendered, CancellationToken.None);
        await _collections.Claims.UpdateAsync(rendered.Id, c => new DocumentWrite<Claim>(rendered.Id, c!.Body.Reject("277CA A7:21", Now), c.Partition, ClaimStatusNames.Rejected));

        var corrected = Office(withParties: true, codingVersion: 3, "I10", "E11.9");
        await service.AssembleAsync(corrected, CancellationToken.None);
        await service.AssembleAsync(corrected, CancellationToken.None); // redelivery
        await service.AssembleAsync(first, CancellationToken.None); // the first release redelivered late

        var claim = await ClaimAsync(corrected);
        Assert.Equal((ClaimStatus.Ready, 1, 3), (claim.Status, claim.Resubmissions, claim.CodingVersion));
        Assert.Equal(["I10", "E11.9"], claim.Diagnoses.Select(d => d.Code));
        Assert.Null(claim.X12); // a new interchange when it is sent again
        Assert.NotEqual(WebhookSignature.IdempotencyKey(claim.Id, claim.Revision), WebhookSignature.IdempotencyKey(claim.Id, claim.Revision, claim.Resubmissions));
        Assert.Equal(2, (await PublishedAsync()).OfType<ClaimAssembled>().Count());
    }

    [Theory]
    [InlineData(ClaimStatus.Returned)]
    [InlineData(ClaimStatus.Rejected)]
    public void A_claim_waiting_for_a_correction_is_withdrawn_without_a_void_and_a_late_rejection_leaves_it(ClaimStatus status)
    {
        var claim = ClaimSamples.Professional() with { Status = status };

        var withdrawn = claim.Withdraw(Now, ClaimCorrections.VoidFor(claim, Now)?.Id);

        Assert.Equal((ClaimStatus.Withdrawn, (string?)null), (withdrawn.Status, withdrawn.VoidedBy));
        Assert.Same(withdrawn, withdrawn.Reject("277CA A7", Now));
        Assert.Equal(withdrawn, withdrawn.Resubmit(claim with { CodingVersion = 9 }));
    }

    [Fact]
    public async Task A_later_coding_version_does_not_touch_a_claim_that_waits_for_nothing()
    {
        var service = Service();
        var first = Office(withParties: true, codes: "I10");
        await service.AssembleAsync(first, CancellationToken.None);

        await service.AssembleAsync(Office(withParties: true, codingVersion: 2, "E11.9"), CancellationToken.None);

        var claim = await ClaimAsync(first);
        Assert.Equal((ClaimStatus.Ready, 0), (claim.Status, claim.Resubmissions));
        Assert.Equal(["I10"], claim.Diagnoses.Select(d => d.Code));
    }
}
