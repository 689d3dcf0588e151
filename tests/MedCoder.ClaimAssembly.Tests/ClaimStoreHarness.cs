using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;
using MedCoder.ClaimAssembly.Tests.X12;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;
using Microsoft.Extensions.Options;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>The claim service over a temporary SQLite store, and the office-visit revisions the correction and withdrawal tests assemble.</summary>
public sealed class ClaimStoreHarness : IAsyncDisposable
{
    private readonly TempSqliteStore _temp = new();

    public ClaimStoreHarness()
    {
        Collections = new ClaimAssemblyCollections(_temp.Store, _temp.Signal);
        Service = new ClaimService(Collections, Options.Create(new DeliverySettings()), Metrics, TimeProvider.System);
    }

    public PipelineMetrics Metrics { get; } = new();

    public ClaimAssemblyCollections Collections { get; }

    public ClaimService Service { get; }

    /// <summary>Revision <paramref name="revision"/> of one office visit: E/M with modifier 25 and a venipuncture, hypertension.</summary>
    public static CodingValidated OfficeRevision(string encounterId, int revision)
    {
        var encounter = new EncounterBuilder().WithEncounterId(encounterId).WithClaimParties().WithRevision(revision)
            .WithCharges(new Charge("99214", 1, 215m, ["25"]), new Charge("36415", 1, 18m, []))
            .Build() with { RenderingProviderNpi = ClaimSamples.RenderingNpi };
        return ClaimSamples.Validated(encounter, ClaimSamples.Cm("I10", "Essential (primary) hypertension"));
    }

    /// <summary>Assembles the revision and returns its stored claim.</summary>
    public async Task<Claim> AssembleAsync(CodingValidated validated)
    {
        await Service.AssembleAsync(validated, CancellationToken.None);
        return await ClaimAsync(ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision));
    }

    public async Task<Claim> ClaimAsync(string id) => (await Collections.Claims.GetAsync(id))!.Body;

    /// <summary>Changes a stored claim as a later event would (delivered, acknowledged…).</summary>
    public async Task SetAsync(Claim claim, Func<Claim, Claim> change) =>
        await Collections.ChangeClaimAsync(claim.Id, change);

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await _temp.DisposeAsync();
    }
}
