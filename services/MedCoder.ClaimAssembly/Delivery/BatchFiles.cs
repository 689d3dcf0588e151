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
/// cannot carry goes to the dead-letter list. Each claim records the file it goes into before the file is written
/// (<see cref="Claim.BatchPending"/>), so a crash between writing and marking neither loses nor doubles a claim: the next run
/// marks a claim whose recorded file exists delivered by it, and writes again a claim whose file never appeared.
/// </summary>
public sealed class BatchFiles(ClaimAssemblyCollections collections, ControlNumbers controlNumbers, DeliveryMetrics metrics, IOptions<DeliverySettings> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRun = new(StringComparer.Ordinal);
    private readonly ClaimWithdrawals _withdrawals = new(collections);

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
                if (await WrittenBeforeAsync(payer, claim))
                {
                    continue;
                }

                if (Renderable(claim) is { } billing)
                {
                    ready.Add((claim, billing));
                }
                else
                {
                    await collections.ChangeClaimAsync(claim.Id, c => c.DeliveryFailed(DeliveryOutcomes.CannotRender, retryAt: null), CancellationToken.None);
                    metrics.Claim(DeliveryMetrics.DeadLetter, DeliveryMetrics.Batch);
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var files = new List<string>();
        foreach (var organization in ready.GroupBy(r => r.Claim.Key.Organization, StringComparer.Ordinal))
        {
            if (await WriteFileAsync(payer, organization.Key, [.. organization], cancellationToken) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>
    /// A ready claim that names a pending file: the last run crashed after choosing the file. If the file was renamed into
    /// place the payer has the claim, so it is marked delivered by it now; otherwise it goes into this run's file.
    /// </summary>
    private async Task<bool> WrittenBeforeAsync(PayerDelivery payer, Claim claim)
    {
        if (claim.Delivery?.PendingFile is not { } pending)
        {
            return false;
        }

        if (!File.Exists(Path.Combine(payer.Folder!, pending)))
        {
            File.Delete(TemporaryPath(payer, pending));
            return false;
        }

        await _withdrawals.MarkDeliveredAsync(claim.Id, pending, clock.GetUtcNow());
        metrics.Claim(DeliveryOutcomes.Delivered, DeliveryMetrics.Batch);
        return true;
    }

    private static string TemporaryPath(PayerDelivery payer, string name) => Path.Combine(payer.Folder!, "." + name + ".tmp");

    private async Task<string?> WriteFileAsync(PayerDelivery payer, string organization, IReadOnlyList<(Claim Claim, IReadOnlyList<BillingClaim> Billing)> candidates, CancellationToken cancellationToken)
    {
        var number = await controlNumbers.ReserveAsync(Claim837Writer.ControlNumbersNeeded([.. candidates.SelectMany(c => c.Billing)]), cancellationToken);
        var name = $"{X12Envelope.IdOf(payer.PayerId)}-{number.ToString("D9", CultureInfo.InvariantCulture)}.837";

        // Each claim records the file before it is written; one that left ready meanwhile (withdrawn, superseded) stays out.
        var claims = new List<(Claim Claim, IReadOnlyList<BillingClaim> Billing)>();
        foreach (var candidate in candidates)
        {
            var update = await collections.ChangeClaimAsync(candidate.Claim.Id, c => c.BatchPending(name), CancellationToken.None);
            if (update.Body?.Delivery?.PendingFile == name)
            {
                claims.Add(candidate);
            }
        }

        if (claims.Count == 0)
        {
            return null;
        }

        var billing = claims.SelectMany(c => c.Billing).ToList();
        var envelope = X12Envelope.For(organization, payer.PayerId, number, clock.GetUtcNow());
        var text = Claim837Writer.Write(envelope, billing);

        // What each group carried is recorded before the file exists, so a 999 for it always finds its claims.
        foreach (var group in ClaimInterchanges.Record(envelope, payer.PayerId, billing))
        {
            await collections.SentGroups.InsertIfAbsentAsync(new DocumentWrite<SentGroup>(group.Id, group, payer.PayerId), CancellationToken.None);
        }

        Directory.CreateDirectory(payer.Folder!);
        var final = Path.Combine(payer.Folder!, name);
        var temporary = TemporaryPath(payer, name);
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        File.Move(temporary, final, overwrite: false);

        var at = clock.GetUtcNow();
        foreach (var (claim, _) in claims)
        {
            await _withdrawals.MarkDeliveredAsync(claim.Id, name, at);
            metrics.Claim(DeliveryOutcomes.Delivered, DeliveryMetrics.Batch);
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
