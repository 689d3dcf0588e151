using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MedCoder.ClaimAssembly.Billing;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using Microsoft.Extensions.Options;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// Batch delivery (docs/architecture.md#delivery): each period, a batch payer's ready claims become one 837 interchange per
/// submitting organization, written to the payer's folder atomically (a hidden temporary file in the same folder, then a
/// rename, so a reader never sees half a file), and the claims are marked delivered by that file's name. A claim the 837
/// cannot carry goes to the dead-letter list. A crash between the rename and the marks writes those claims again in the
/// next file (at least once; the payer de-duplicates by patient control number, CLM01).
/// </summary>
public sealed class BatchFiles(ClaimAssemblyCollections collections, ControlNumbers controlNumbers, IOptions<DeliverySettings> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRun = new(StringComparer.Ordinal);

    /// <summary>Writes the files of every batch payer whose period has passed since its last file (the first period starts at start-up).</summary>
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var payer in options.Value.Batches)
        {
            var last = _lastRun.GetOrAdd(payer.PayerId, now);
            if (now - last >= payer.Period)
            {
                await WriteAsync(payer, cancellationToken);
                _lastRun[payer.PayerId] = now;
            }
        }
    }

    /// <summary>Writes the payer's ready claims now; returns the files written (none when nothing is ready).</summary>
    public async Task<IReadOnlyList<string>> WriteAsync(PayerDelivery payer, CancellationToken cancellationToken)
    {
        var ready = new List<(Claim Claim, IReadOnlyList<BillingClaim> Billing)>();
        long? cursor = null;
        do
        {
            var page = await collections.Claims.QueryAsync(new DocumentQuery(payer.PayerId, ClaimStatusNames.Ready, cursor, 500), cancellationToken);
            foreach (var claim in page.Items.Select(d => d.Body))
            {
                if (Renderable(claim) is { } billing)
                {
                    ready.Add((claim, billing));
                }
                else
                {
                    await collections.ChangeClaimAsync(claim.Id, c => c.DeliveryFailed(DeliveryOutcomes.CannotRender, retryAt: null));
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var files = new List<string>();
        foreach (var organization in ready.GroupBy(r => r.Claim.Key.Organization, StringComparer.Ordinal))
        {
            files.Add(await WriteFileAsync(payer, organization.Key, [.. organization], cancellationToken));
        }

        return files;
    }

    private async Task<string> WriteFileAsync(PayerDelivery payer, string organization, IReadOnlyList<(Claim Claim, IReadOnlyList<BillingClaim> Billing)> claims, CancellationToken cancellationToken)
    {
        var billing = claims.SelectMany(c => c.Billing).ToList();
        var number = await controlNumbers.ReserveAsync(Claim837Writer.ControlNumbersNeeded(billing), cancellationToken);
        var envelope = X12Envelope.For(organization, payer.PayerId, number, clock.GetUtcNow());
        var text = Claim837Writer.Write(envelope, billing);

        Directory.CreateDirectory(payer.Folder!);
        var name = $"{X12Envelope.IdOf(payer.PayerId)}-{number.ToString("D9", CultureInfo.InvariantCulture)}.837";
        var final = Path.Combine(payer.Folder!, name);
        var temporary = Path.Combine(payer.Folder!, "." + name + ".tmp");
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        File.Move(temporary, final, overwrite: false);

        foreach (var group in ClaimInterchanges.Record(envelope, payer.PayerId, billing))
        {
            await collections.SentGroups.InsertIfAbsentAsync(new DocumentWrite<SentGroup>(group.Id, group, payer.PayerId), CancellationToken.None);
        }

        var at = clock.GetUtcNow();
        foreach (var (claim, _) in claims)
        {
            await collections.ChangeClaimAsync(claim.Id, c => c.MarkDelivered(name, at));
        }

        return final;
    }

    private static IReadOnlyList<BillingClaim>? Renderable(Claim claim)
    {
        var billing = BillingClaimBuilder.Build(claim);
        if (!billing.CanRender)
        {
            return null;
        }

        try
        {
            Claim837Writer.Write(X12Envelope.For(claim.Key.Organization, claim.PayerId, 1, claim.AssembledAt), billing.Claims);
            return billing.Claims;
        }
        catch (X12ContentException)
        {
            return null;
        }
    }
}
