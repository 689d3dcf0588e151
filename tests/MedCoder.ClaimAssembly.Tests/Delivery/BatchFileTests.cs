using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
using MedCoder.Storage;
using Xunit.Abstractions;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>Batch delivery: one 837 interchange per payer per period, written atomically (docs/architecture.md#delivery).</summary>
public sealed class BatchFileTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"medcoder-batch-{Guid.NewGuid():N}");

    [SkippableFact]
    public async Task Ready_claims_become_one_valid_interchange_and_are_marked_delivered_by_it()
    {
        await using var harness = DeliveryHarness.Start(new Dictionary<string, string?>
        {
            [DeliverySettings.PayersVariable] = $"{DeliveryHarness.Payer}=batch",
            [DeliverySettings.PayerVariable(DeliveryHarness.Payer, "FOLDER")] = _folder,
        });
        var claims = await harness.ReadyClaimsAsync(3);
        var payer = harness.Settings.Payers[DeliveryHarness.Payer];

        var file = Assert.Single(await harness.Batches.WriteAsync(payer, CancellationToken.None));

        // Only the renamed file is left: no temporary file beside it.
        Assert.Equal([file], Directory.GetFiles(_folder));
        var text = await File.ReadAllTextAsync(file);
        var interchange = Claim837Reader.Read(text);
        Assert.Equal(claims.Select(c => c.Id).Order(), interchange.Claims.Select(c => c.ClaimId).Order());
        Assert.All(await harness.ClaimsAsync(claims), c => Assert.Equal((ClaimStatus.Delivered, Path.GetFileName(file)), (c.Status, c.Delivery!.DeliveredBy)));
        Assert.Empty(await harness.Batches.WriteAsync(payer, CancellationToken.None));

        Skip.If(PyX12.MissingReason is not null, PyX12.MissingReason);
        var (ok, report) = PyX12.Validate(text, "batch-file");
        output.WriteLine(report);
        Assert.True(ok, report);
    }

    [Fact]
    public async Task A_batch_payer_gets_one_file_per_period()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ClaimSamples.At);
        await using var harness = DeliveryHarness.Start(
            new Dictionary<string, string?>
            {
                [DeliverySettings.PayersVariable] = $"{DeliveryHarness.Payer}=batch",
                [DeliverySettings.PayerVariable(DeliveryHarness.Payer, "FOLDER")] = _folder,
                [DeliverySettings.PayerVariable(DeliveryHarness.Payer, "PERIOD_SECONDS")] = "600",
            },
            clock);
        await harness.ReadyClaimsAsync(2);

        await harness.Batches.RunDueAsync(CancellationToken.None);
        Assert.False(Directory.Exists(_folder) && Directory.GetFiles(_folder).Length > 0, "a file before the first period ended");

        clock.Advance(TimeSpan.FromMinutes(10));
        await harness.Batches.RunDueAsync(CancellationToken.None);
        await harness.Batches.RunDueAsync(CancellationToken.None);

        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_crash_after_the_file_was_written_and_before_the_marks_neither_loses_nor_doubles_a_claim()
    {
        await using var harness = DeliveryHarness.Start(BatchSettings());
        var claims = await harness.ReadyClaimsAsync(3);
        var payer = harness.Settings.Payers[DeliveryHarness.Payer];
        var file = Assert.Single(await harness.Batches.WriteAsync(payer, CancellationToken.None));
        // The process died after the rename: the claims are still ready and name the file they went into.
        await RestoreAsync(harness, claims, c => c with { Status = ClaimStatus.Ready, Delivery = c.Delivery! with { DeliveredAt = null, DeliveredBy = null, PendingFile = Path.GetFileName(file) } });

        var again = await harness.Batches.WriteAsync(payer, CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal([file], Directory.GetFiles(_folder));
        Assert.All(await harness.ClaimsAsync(claims), c => Assert.Equal((ClaimStatus.Delivered, Path.GetFileName(file), (string?)null), (c.Status, c.Delivery!.DeliveredBy, c.Delivery.PendingFile)));
        Assert.Equal(claims.Select(c => c.Id).Order(), ClaimIdsIn(_folder).Order());
    }

    [Fact]
    public async Task A_crash_before_the_rename_writes_the_claims_in_the_next_file_once()
    {
        await using var harness = DeliveryHarness.Start(BatchSettings());
        var claims = await harness.ReadyClaimsAsync(2);
        var payer = harness.Settings.Payers[DeliveryHarness.Payer];
        // The process died while writing: the claims name a file that never appeared; only its temporary file is left.
        const string lost = "ACME-HEALTH-000000042.837";
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "." + lost + ".tmp"), "ISA*00*half a file");
        await RestoreAsync(harness, claims, c => c.BatchPending(lost));

        var file = Assert.Single(await harness.Batches.WriteAsync(payer, CancellationToken.None));

        Assert.Equal([file], Directory.GetFiles(_folder, "*", SearchOption.TopDirectoryOnly));
        Assert.NotEqual(lost, Path.GetFileName(file));
        Assert.All(await harness.ClaimsAsync(claims), c => Assert.Equal((ClaimStatus.Delivered, Path.GetFileName(file)), (c.Status, c.Delivery!.DeliveredBy)));
        Assert.Equal(claims.Select(c => c.Id).Order(), ClaimIdsIn(_folder).Order());
    }

    [Fact]
    public async Task A_claim_that_left_ready_before_the_file_was_written_stays_out_of_it()
    {
        await using var harness = DeliveryHarness.Start(BatchSettings());
        var claims = await harness.ReadyClaimsAsync(2);
        var payer = harness.Settings.Payers[DeliveryHarness.Payer];
        await RestoreAsync(harness, [claims[0]], c => c.Withdraw(ClaimSamples.At, voidId: null));

        var file = Assert.Single(await harness.Batches.WriteAsync(payer, CancellationToken.None));

        Assert.Equal([claims[1].Id], ClaimIdsIn(_folder));
        Assert.Equal(ClaimStatus.Withdrawn, (await harness.ClaimsAsync([claims[0]]))[0].Status);
        Assert.True(File.Exists(file));
    }

    private Dictionary<string, string?> BatchSettings() => new()
    {
        [DeliverySettings.PayersVariable] = $"{DeliveryHarness.Payer}=batch",
        [DeliverySettings.PayerVariable(DeliveryHarness.Payer, "FOLDER")] = _folder,
    };

    private static async Task RestoreAsync(DeliveryHarness harness, IEnumerable<Claim> claims, Func<Claim, Claim> state)
    {
        foreach (var claim in claims)
        {
            await harness.Collections.ChangeClaimAsync(claim.Id, state);
        }
    }

    private static List<string> ClaimIdsIn(string folder) =>
        [.. Directory.GetFiles(folder).SelectMany(f => Claim837Reader.Read(File.ReadAllText(f)).Claims).Select(c => c.ClaimId)];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
