using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.ClaimAssembly.X12;
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

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
