using MedCoder.ClaimAssembly.Acknowledgements;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ClaimAssembly.Tests.X12;

/// <summary>
/// 999 and 277CA examples written from 005010X231A1 and 005010X214 (X12/Acknowledgements/*.x12; pyx12 accepts each,
/// see <see cref="IndependentValidatorTests"/>) read into accepted/rejected and applied to the claims they name.
/// </summary>
public sealed class AcknowledgementTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "X12", "Acknowledgements", name));

    /// <summary>The 277CA names claims by CLM01; the example holds placeholders for the sample claims' ids.</summary>
    private static string ClaimAcknowledgement(Claim professional, Claim institutional) =>
        Example("277ca-mixed.x12").Replace("CLAIM-PRO", professional.Id, StringComparison.Ordinal).Replace("CLAIM-INP", institutional.Id, StringComparison.Ordinal);

    [Fact]
    public void An_accepted_999_accepts_its_transaction_set()
    {
        var ack = Assert.Single(AcknowledgementReader.Read(Example("999-accepted.x12")));

        Assert.Equal(("999", true, 1001L, "0001"), (ack.Source, ack.Accepted, ack.GroupControlNumber, ack.SetControlNumber));
    }

    [Fact]
    public void A_rejected_999_names_the_segment_and_element_in_error()
    {
        var ack = Assert.Single(AcknowledgementReader.Read(Example("999-rejected.x12")));

        Assert.False(ack.Accepted);
        Assert.Equal((1002L, "0001"), (ack.GroupControlNumber, ack.SetControlNumber));
        Assert.Equal("999 IK5 R (5); IK3 segment NM1 at 15 error 8; IK4 element 9 error 7", ack.Reason);
    }

    [Fact]
    public void A_277ca_accepts_and_rejects_claims_by_patient_control_number()
    {
        var acks = AcknowledgementReader.Read(ClaimAcknowledgement(ClaimSamples.Professional(), ClaimSamples.Institutional()));

        Assert.Equal(2, acks.Count);
        Assert.Equal((ClaimSamples.Professional().Id, true, "277CA A2:20:PR"), (acks[0].PatientControlNumber, acks[0].Accepted, acks[0].Reason));
        Assert.Equal((ClaimSamples.Institutional().Id, false, "277CA A7:164:IL SUBSCRIBER ID NOT ON FILE"), (acks[1].PatientControlNumber, acks[1].Accepted, acks[1].Reason));
    }

    [Fact]
    public void A_277ca_gives_the_payers_claim_control_number_of_an_accepted_claim()
    {
        var acks = AcknowledgementReader.Read(ClaimAcknowledgement(ClaimSamples.Professional(), ClaimSamples.Institutional()));

        // REF*1K in loop 2200D, after the claim's STC; the rejected claim carries a REF*BLT only.
        Assert.Equal(["ACME2026031200017", null], acks.Select(a => a.PayerClaimNumber));
    }

    [Fact]
    public async Task An_acknowledged_claim_keeps_the_payers_claim_number_and_a_second_277ca_keeps_the_first()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var professional = ClaimSamples.Professional();
        await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(professional.Id, professional, professional.PayerId, professional.Status.Name()));
        var service = new AcknowledgementService(collections, new FakeTimeProvider(Now));
        var text = ClaimAcknowledgement(professional, ClaimSamples.Institutional());

        await service.ApplyAsync(text, _ => true, CancellationToken.None);
        await service.ApplyAsync(text.Replace("ACME2026031200017", "ACME2026031299999", StringComparison.Ordinal), _ => true, CancellationToken.None);

        var stored = (await collections.Claims.GetAsync(professional.Id))!.Body;
        Assert.Equal((ClaimStatus.Acknowledged, "ACME2026031200017"), (stored.Status, stored.PayerClaimNumber));
    }

    [Fact]
    public async Task A_split_claim_keeps_the_payers_number_of_its_first_part_and_its_replacement_names_each_part()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var charges = Enumerable.Range(0, 60).Select(i => new Contracts.Encounters.Charge("36415", 1, 10m + i, [])).ToArray();
        var claim = ClaimSamples.Professional(b => b.WithCharges(charges));
        await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        var parts = ClaimSamples.Billing(claim);
        // A 277CA written from 005010X214 accepting both parts, each with the payer's claim control number (REF*1K, loop 2200D).
        var text = Example("277ca-payer-numbers.x12").Replace("CLAIM-PART1", parts[0].ClaimId, StringComparison.Ordinal).Replace("CLAIM-PART2", parts[1].ClaimId, StringComparison.Ordinal);

        var acks = AcknowledgementReader.Read(text);
        var outcomes = await new AcknowledgementService(collections, new FakeTimeProvider(Now)).ApplyAsync(text, _ => true, CancellationToken.None);

        Assert.Equal([("ACME2026031200101", true), ("ACME2026031200102", true)], acks.Select(a => (a.PayerClaimNumber, a.Accepted)));
        Assert.All(outcomes, o => Assert.Equal((claim.Id, "acknowledged"), (o.ClaimId, o.Status)));
        var stored = (await collections.Claims.GetAsync(claim.Id))!.Body;
        Assert.Equal("ACME2026031200101", stored.PayerClaimNumber);
        var replacement = ClaimCorrections.Correct(ClaimSamples.Professional(b => b.WithCharges(charges).WithRevision(2)), stored);
        Assert.Equal(["ACME2026031200101", parts[1].ClaimId], ClaimSamples.Billing(replacement).Select(p => p.PayerClaimReference));
    }

    [Fact]
    public async Task Acknowledgements_move_the_claims_they_name()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var clock = new FakeTimeProvider(Now);
        var professional = ClaimSamples.Professional();
        var institutional = ClaimSamples.Institutional();
        foreach (var claim in new[] { professional, institutional })
        {
            await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        }

        // The examples' 999s answer groups 1001 and 1002: the counter stands there, and the two claims are sent in that order.
        await collections.ControlNumbers.InsertIfAbsentAsync(new DocumentWrite<ControlNumberCounter>(ControlNumbers.CounterId, new ControlNumberCounter(1001)));
        var interchanges = new ClaimInterchanges(collections, new ControlNumbers(collections.ControlNumbers), clock);
        await interchanges.RenderAsync(professional, CancellationToken.None);
        await interchanges.RenderAsync(institutional, CancellationToken.None);
        var service = new AcknowledgementService(collections, clock);
        var acme = (string payer) => payer == "acme-health";

        var accepted999 = Assert.Single(await service.ApplyAsync(Example("999-accepted.x12"), acme, CancellationToken.None));
        var rejected999 = Assert.Single(await service.ApplyAsync(Example("999-rejected.x12"), acme, CancellationToken.None));
        var by277 = await service.ApplyAsync(ClaimAcknowledgement(professional, institutional), acme, CancellationToken.None);

        Assert.Equal((professional.Id, "ready"), (accepted999.ClaimId, accepted999.Status));
        Assert.Equal((institutional.Id, "rejected"), (rejected999.ClaimId, rejected999.Status));
        Assert.Equal([(professional.Id, "acknowledged"), (institutional.Id, "rejected")], by277.Select(o => (o.ClaimId, o.Status)));
        var stored = (await collections.Claims.GetAsync(institutional.Id))!;
        Assert.Equal((ClaimStatusNames.Rejected, Now), (stored.Status, stored.Body.RejectedAt));
        Assert.StartsWith("999 IK5 R", stored.Body.RejectionReason, StringComparison.Ordinal); // the first rejection is kept
        Assert.Equal(ClaimStatus.Acknowledged, (await collections.Claims.GetAsync(professional.Id))!.Body.Status);
    }

    [Fact]
    public async Task Another_payers_acknowledgement_changes_nothing()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var professional = ClaimSamples.Professional();
        var institutional = ClaimSamples.Institutional();
        foreach (var claim in new[] { professional, institutional })
        {
            await collections.Claims.InsertIfAbsentAsync(new DocumentWrite<Claim>(claim.Id, claim, claim.PayerId, claim.Status.Name()));
        }

        var outcomes = await new AcknowledgementService(collections, TimeProvider.System)
            .ApplyAsync(ClaimAcknowledgement(professional, institutional), payer => payer == "blue-river-health", CancellationToken.None);

        Assert.All(outcomes, o => Assert.Null(o.Status));
        Assert.Equal(2, await collections.Claims.CountAsync(status: ClaimStatusNames.Ready));
    }
}
