using MedCoder.ClaimAssembly.Delivery;
using Microsoft.Extensions.Options;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>
/// Values that slipped past Intake (older stored messages) end the encounter with a business failure naming the
/// rule instead of an exception that only reaches the _error queue.
/// </summary>
public sealed class ClaimRejectionTests : IAsyncLifetime
{
    private readonly TempSqliteStore _temp = new();
    private readonly PipelineMetrics _metrics = new();
    private ClaimAssemblyCollections _collections = null!;
    private ClaimService _service = null!;

    public Task InitializeAsync()
    {
        _collections = new ClaimAssemblyCollections(_temp.Store, _temp.Signal);
        _service = new ClaimService(_collections, Options.Create(new DeliverySettings()), _metrics, TimeProvider.System);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _temp.DisposeAsync();
    }

    private static CodingValidated Validated(CareSetting setting, params Charge[] charges)
    {
        var encounter = new EncounterBuilder().WithSetting(setting).WithCharges(charges).Build();
        return new CodingValidated(encounter.Key, 1, Guid.NewGuid(), encounter, [new SuggestedCode(CodeSystems.Icd10Cm, "I10", "d", 0.9, [], "test")], [], "ICD-10-CM FY2026", DateTimeOffset.UtcNow);
    }

    private static Charge Line(decimal amount, int units = 1) => new("99213", units, amount, []);

    private async Task<EncounterFailed> SingleFailureAsync()
    {
        var pending = Assert.Single(await _collections.Rejections.PendingOutboxAsync(10));
        return Assert.IsType<EncounterFailed>(OutboxMessages.Deserialize(pending.Message));
    }

    [Fact]
    public async Task Two_lines_of_decimal_max_fail_the_encounter_instead_of_overflowing()
    {
        var validated = Validated(CareSetting.Office, Line(decimal.MaxValue), Line(decimal.MaxValue));

        await _service.AssembleAsync(validated, CancellationToken.None);

        Assert.Equal(0, await _collections.Claims.CountAsync());
        var failed = await SingleFailureAsync();
        Assert.Equal((validated.Key, 1, Stages.ClaimAssembled), (failed.Key, failed.Revision, failed.Stage));
        Assert.Contains(ClaimLimitCheck.AmountRule, failed.Reason, StringComparison.Ordinal);
        Assert.Contains(ClaimLimitCheck.TotalRule, failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("79228", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_in_range_whose_total_passes_the_bound_fail_on_the_total_rule()
    {
        await _service.AssembleAsync(Validated(CareSetting.Office, Line(60_000_000m), Line(60_000_000m)), CancellationToken.None);

        var failed = await SingleFailureAsync();
        Assert.Contains(ClaimLimitCheck.TotalRule, failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaimLimitCheck.AmountRule, failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_and_line_count_outside_the_bounds_fail_on_their_rules()
    {
        var lines = Enumerable.Range(0, ChargeLimits.MaxProfessionalLines + 1).Select(_ => Line(1m)).Append(Line(1m, int.MaxValue)).ToArray();

        await _service.AssembleAsync(Validated(CareSetting.Office, lines), CancellationToken.None);

        var failed = await SingleFailureAsync();
        Assert.Contains(ClaimLimitCheck.UnitsRule, failed.Reason, StringComparison.Ordinal);
        Assert.Contains(ClaimLimitCheck.LinesRule, failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_poison_message_publishes_one_failure()
    {
        var validated = Validated(CareSetting.Inpatient, Line(decimal.MaxValue));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _service.AssembleAsync(validated, CancellationToken.None)));

        await SingleFailureAsync();
        Assert.Equal(0, await _collections.Claims.CountAsync());
    }
}
