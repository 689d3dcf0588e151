using MedCoder.ClaimAssembly.Delivery;
using Microsoft.Extensions.Options;
using MedCoder.ClaimAssembly.Acknowledgements;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Fhir;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>
/// A withdrawn encounter (EncounterWithdrawn; docs/architecture.md#corrections) on a real SQLite store: an unsent claim is
/// withdrawn, a claim the payer has is voided (frequency 8, REF*F8), every step idempotent under redelivery.
/// </summary>
public sealed class WithdrawalTests : IAsyncLifetime
{
    private static readonly DateTimeOffset WithdrawnAt = ClaimSamples.At.AddDays(2);

    private readonly ClaimStoreHarness _harness = new();
    private ClaimWithdrawals _withdrawals = null!;

    public Task InitializeAsync()
    {
        _withdrawals = new ClaimWithdrawals(_harness.Collections);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _harness.DisposeAsync().AsTask();

    private static CodingValidated Revision(int revision) => ClaimStoreHarness.OfficeRevision("E-WDR", revision);

    private Task<Claim> AssembleAsync(int revision) => _harness.AssembleAsync(Revision(revision));

    private Task WithdrawAsync(int revision) => _withdrawals.WithdrawAsync(Revision(revision).Key, revision, WithdrawnAt, CancellationToken.None);

    private Task<Claim> ClaimAsync(string id) => _harness.ClaimAsync(id);

    private Task SetAsync(Claim claim, Func<Claim, Claim> change) => _harness.SetAsync(claim, change);

    private async Task<IReadOnlyList<Claim>> ReadyAsync() =>
        [.. (await _harness.Collections.Claims.QueryAsync(new DocumentQuery(null, ClaimStatusNames.Ready))).Items.Select(d => d.Body)];

    private static string Render(Claim claim) => Claim837Writer.Write(ClaimSamples.Envelope, ClaimSamples.Billing(claim));

    [Theory]
    [InlineData(ClaimStatus.Ready)]
    [InlineData(ClaimStatus.DeadLetter)]
    public async Task A_claim_the_payer_does_not_have_is_withdrawn_and_leaves_the_ready_list_without_a_void(ClaimStatus had)
    {
        var claim = await AssembleAsync(1);
        if (had == ClaimStatus.DeadLetter)
        {
            await SetAsync(claim, c => c.DeliveryFailed("failed", retryAt: null));
        }

        await WithdrawAsync(1);
        await WithdrawAsync(1); // redelivered

        var stored = (await _harness.Collections.Claims.GetAsync(claim.Id))!;
        Assert.Equal((ClaimStatusNames.Withdrawn, WithdrawnAt, (string?)null), (stored.Status, stored.Body.WithdrawnAt, stored.Body.VoidedBy));
        Assert.Empty(await ReadyAsync());
        Assert.Equal(1, await _harness.Collections.Claims.CountAsync());
    }

    [Theory]
    [InlineData(ClaimStatus.Delivered)]
    [InlineData(ClaimStatus.Acknowledged)]
    public async Task A_claim_the_payer_has_gets_one_void_naming_it_even_when_the_withdrawal_is_redelivered(ClaimStatus had)
    {
        var claim = await AssembleAsync(1);
        await SetAsync(claim, c => had == ClaimStatus.Delivered ? c.MarkDelivered("webhook", ClaimSamples.At) : c.Acknowledge(ClaimSamples.At));

        await WithdrawAsync(1);
        await WithdrawAsync(1);

        var original = await ClaimAsync(claim.Id);
        var voiding = Assert.Single(await ReadyAsync());
        Assert.Equal((had, voiding.Id), (original.Status, original.VoidedBy));
        Assert.Equal((ClaimFrequency.Void, claim.Id, claim.Id, WithdrawnAt), (voiding.Frequency, voiding.PayerClaimReference, voiding.Corrects, voiding.AssembledAt));
        Assert.Equal(ClaimCorrections.VoidIdFor(claim.Id), voiding.Id);
        Assert.Equal(20, voiding.Id.Length);
        Assert.Equal(2, await _harness.Collections.Claims.CountAsync());
        var x12 = Render(voiding);
        Assert.Contains($"CLM*{voiding.Id}*", x12, StringComparison.Ordinal);
        Assert.Contains("*11:B:8*", x12, StringComparison.Ordinal);
        Assert.Contains($"REF*F8*{claim.Id}~", x12, StringComparison.Ordinal);
        var related = Assert.Single(FhirClaimOf(voiding).Related);
        Assert.Equal(("urn:medcoder:claim-id", claim.Id), (related.Claim!.Identifier!.System, related.Claim.Identifier.Value));
    }

    [Fact]
    public async Task The_void_names_the_payers_claim_control_number_from_its_277ca()
    {
        var claim = await AssembleAsync(1);
        await SetAsync(claim, c => c.MarkDelivered("webhook", ClaimSamples.At));
        var acknowledgement = AcknowledgementTests.Example("277ca-mixed.x12").Replace("CLAIM-PRO", claim.Id, StringComparison.Ordinal);
        var outcomes = await new AcknowledgementService(_harness.Collections, TimeProvider.System).ApplyAsync(acknowledgement, _ => true, CancellationToken.None);
        Assert.Contains(outcomes, o => o.ClaimId == claim.Id && o.Status == ClaimStatusNames.Acknowledged);
        Assert.Equal("ACME2026031200017", (await ClaimAsync(claim.Id)).PayerClaimNumber);

        await WithdrawAsync(1);

        var voiding = Assert.Single(await ReadyAsync());
        var x12 = Render(voiding);
        Assert.Contains("REF*F8*ACME2026031200017~", x12, StringComparison.Ordinal);
        Assert.Equal("ACME2026031200017", Assert.Single(Claim837Reader.Read(x12).Claims).PayerClaimReference);
        var related = Assert.Single(FhirClaimOf(voiding).Related).Claim!.Identifier!;
        Assert.Equal((ClaimBundleWriter.PayerClaimNumberSystem, "ACME2026031200017"), (related.System, related.Value));
    }

    [Fact]
    public async Task An_unsent_replacement_is_withdrawn_and_the_claim_the_payer_has_is_voided()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.MarkDelivered("webhook", ClaimSamples.At));
        var second = await AssembleAsync(2);
        Assert.Equal(ClaimFrequency.Replacement, second.Frequency);

        await WithdrawAsync(2);
        await WithdrawAsync(2);

        Assert.Equal(ClaimStatus.Withdrawn, (await ClaimAsync(second.Id)).Status);
        var voiding = Assert.Single(await ReadyAsync());
        Assert.Equal((ClaimFrequency.Void, first.Id, ClaimCorrections.VoidIdFor(first.Id)), (voiding.Frequency, voiding.PayerClaimReference, voiding.Id));
        Assert.Equal(voiding.Id, (await ClaimAsync(first.Id)).VoidedBy);
    }

    [Fact]
    public async Task A_claim_assembled_after_its_withdrawal_arrived_is_withdrawn_at_once()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.Acknowledge(ClaimSamples.At));

        // Revision 2 was withdrawn while its coding was still on its way to ClaimAssembly.
        await WithdrawAsync(2);
        var voidOfFirst = Assert.Single(await ReadyAsync());
        var second = await AssembleAsync(2);
        await _harness.Service.AssembleAsync(Revision(2), CancellationToken.None); // redelivered

        Assert.Equal(ClaimStatus.Withdrawn, second.Status);
        Assert.Null(second.Frequency); // the payer's claim was already voided: not a replacement of it
        Assert.Equal([voidOfFirst.Id], (await ReadyAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task A_revision_sent_after_the_withdrawal_is_a_new_original_and_stands()
    {
        var first = await AssembleAsync(1);
        await SetAsync(first, c => c.Acknowledge(ClaimSamples.At));
        await WithdrawAsync(1);

        var resubmitted = await AssembleAsync(2);
        await WithdrawAsync(1); // a late redelivery of the withdrawal changes nothing

        Assert.Equal((ClaimStatus.Ready, (string?)null, (string?)null), (resubmitted.Status, resubmitted.Frequency, resubmitted.PayerClaimReference));
        Assert.DoesNotContain("REF*F8", Render(resubmitted), StringComparison.Ordinal);
        Assert.Equal(2, (await ReadyAsync()).Count); // the void of revision 1 and the new original
        Assert.Equal(ClaimStatus.Ready, (await ClaimAsync(resubmitted.Id)).Status);
    }

    [Fact]
    public async Task A_claim_withdrawn_while_its_push_was_under_way_is_delivered_and_then_voided()
    {
        var claim = await AssembleAsync(1);
        await WithdrawAsync(1); // the push had read the claim as ready and is waiting for the payer's answer

        await _withdrawals.MarkDeliveredAsync(claim.Id, "webhook", ClaimSamples.At);
        await _withdrawals.MarkDeliveredAsync(claim.Id, "webhook", ClaimSamples.At); // a second push of the same claim

        var delivered = await ClaimAsync(claim.Id);
        var voiding = Assert.Single(await ReadyAsync());
        Assert.Equal((ClaimStatus.Delivered, voiding.Id, WithdrawnAt), (delivered.Status, delivered.VoidedBy, delivered.WithdrawnAt));
        Assert.Equal((ClaimFrequency.Void, claim.Id), (voiding.Frequency, voiding.PayerClaimReference));
    }

    [Fact]
    public async Task A_superseded_claim_is_not_touched_by_the_withdrawal_of_its_revision()
    {
        var first = await AssembleAsync(1);
        var second = await AssembleAsync(2);

        await WithdrawAsync(2);

        Assert.Equal(ClaimStatus.Superseded, (await ClaimAsync(first.Id)).Status);
        Assert.Equal(ClaimStatus.Withdrawn, (await ClaimAsync(second.Id)).Status);
        Assert.Empty(await ReadyAsync());
    }

    private static Hl7.Fhir.Model.Claim FhirClaimOf(Claim claim)
    {
        var bundle = ClaimBundleWriter.Parse(ClaimBundleWriter.ToJson(ClaimBundleWriter.Build(ClaimSamples.Billing(claim), ClaimSamples.At)));
        return Assert.IsType<Hl7.Fhir.Model.Claim>(bundle.Entry[0].Resource);
    }
}
