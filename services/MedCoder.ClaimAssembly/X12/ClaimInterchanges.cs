using System.Globalization;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>
/// A stored claim as an 837 interchange (docs/architecture.md#claims-x12-and-fhir). The first request takes a control
/// number (<see cref="ControlNumbers"/>), records it on the claim by compare-and-set and records what each functional group
/// carried (<see cref="SentGroup"/>); every later request renders the same interchange from it. Replicas racing
/// on one claim agree on the number the claim kept; the loser's number is skipped, never reused.
/// </summary>
public sealed class ClaimInterchanges(ClaimAssemblyCollections collections, ControlNumbers controlNumbers, TimeProvider clock)
{
    public sealed record Rendered(string? Interchange, BillingResult Billing);

    public async Task<Rendered> RenderAsync(Claim claim, CancellationToken cancellationToken)
    {
        var billing = BillingClaimBuilder.Build(claim);
        if (!billing.CanRender)
        {
            return new Rendered(null, billing);
        }

        // Data Intake let through before it refused X12 delimiters must not cost a control number: try the text first.
        if (ContentProblem(claim, billing.Claims) is { } problem)
        {
            return new Rendered(null, billing with { BrokenLimits = [.. billing.BrokenLimits, problem] });
        }

        var control = claim.X12;
        if (control is null)
        {
            var reserved = new X12Control(await controlNumbers.ReserveAsync(Claim837Writer.ControlNumbersNeeded(billing.Claims), cancellationToken), clock.GetUtcNow());
            var update = await collections.Claims.UpdateAsync(claim.Id, current =>
                current is null || current.Body.X12 is not null
                    ? null
                    : new DocumentWrite<Claim>(claim.Id, current.Body.WithX12(reserved), current.Partition, current.Body.Status.Name()), cancellationToken);
            control = update.Body?.X12 ?? reserved;
        }

        var envelope = X12Envelope.For(claim.Key.Organization, claim.PayerId, control.InterchangeNumber, control.CreatedAt);
        var text = Claim837Writer.Write(envelope, billing.Claims);
        foreach (var group in Record(envelope, claim.PayerId, billing.Claims))
        {
            await collections.SentGroups.InsertIfAbsentAsync(new DocumentWrite<SentGroup>(group.Id, group, claim.PayerId), cancellationToken);
        }

        return new Rendered(text, billing);
    }

    public const string ContentRule = "X12-CONTENT";

    private static string? ContentProblem(Claim claim, IReadOnlyList<BillingClaim> claims)
    {
        try
        {
            Claim837Writer.Write(X12Envelope.For(claim.Key.Organization, claim.PayerId, 1, claim.AssembledAt), claims);
            return null;
        }
        catch (X12ContentException e)
        {
            return $"{ContentRule} ({e.Message})";
        }
    }

    /// <summary>The control numbers the writer gives each claim: groups in form order, sets numbered from 0001 within each.</summary>
    public static IReadOnlyList<SentGroup> Record(X12Envelope envelope, string payerId, IReadOnlyList<BillingClaim> claims) =>
        claims.GroupBy(c => c.Form).OrderBy(g => g.Key)
            .Select((group, g) =>
            {
                var number = Claim837Writer.GroupControlNumber(envelope.ControlNumber, g + 1);
                var sets = group.Select((claim, s) => new SentTransaction((s + 1).ToString("D4", CultureInfo.InvariantCulture), claim.ClaimId)).ToList();
                return new SentGroup(SentGroup.IdFor(number), number, envelope.ControlNumber, payerId, sets, envelope.CreatedAt);
            })
            .ToList();
}
