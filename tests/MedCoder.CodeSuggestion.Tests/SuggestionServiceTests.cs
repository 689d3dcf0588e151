using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.Suggestions;
using MedCoder.Coding;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Encounters;
using MedCoder.Contracts.Intake;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;

namespace MedCoder.CodeSuggestion.Tests;

public sealed class SuggestionServiceTests
{
    private static readonly Lazy<ClinicalCoder> Coder = new(() => new ClinicalCoder(CodeSetLibrary.Load()));

    [Fact]
    public async Task Codes_once_and_a_redelivery_publishes_nothing_new()
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var collections = new CodeSuggestionCollections(temp.Store, temp.Signal);
        var service = new SuggestionService(collections, Coder.Value, metrics, TimeProvider.System);
        var encounter = new EncounterBuilder().WithNote("ASSESSMENT: Essential (primary) hypertension.").Build();
        var received = new EncounterReceived(encounter.Key, 1, Guid.NewGuid(), encounter, DateTimeOffset.UtcNow);

        await service.SuggestAsync(received, CancellationToken.None);
        await service.SuggestAsync(received, CancellationToken.None);

        var pending = Assert.Single(await collections.Suggestions.PendingOutboxAsync(10));
        var suggested = Assert.IsType<CodesSuggested>(OutboxMessages.Deserialize(pending.Message));
        Assert.Equal("I10", Assert.Single(suggested.Codes).Code);
        Assert.Equal(received.CorrelationId, suggested.CorrelationId);
        Assert.Equal(received.ReceivedAt, suggested.ReceivedAt);
    }

    [Fact]
    public async Task The_coded_message_carries_the_claim_lines_reconciled_with_the_charges()
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var collections = new CodeSuggestionCollections(temp.Store, temp.Signal);
        var service = new SuggestionService(collections, Coder.Value, metrics, TimeProvider.System);
        var encounter = new EncounterBuilder()
            .WithSetting(CareSetting.Emergency)
            .WithNote("ED COURSE: Dexamethasone 10 mg IV given.\nASSESSMENT: Essential (primary) hypertension.")
            .WithCharges(new Charge("J1100", 4, 12m, []), new Charge("85025", 1, 20m, []))
            .Build();

        await service.SuggestAsync(new EncounterReceived(encounter.Key, 1, Guid.NewGuid(), encounter, DateTimeOffset.UtcNow), CancellationToken.None);

        var suggested = Assert.IsType<CodesSuggested>(OutboxMessages.Deserialize(Assert.Single(await collections.Suggestions.PendingOutboxAsync(10)).Message));
        Assert.NotNull(suggested.Lines);
        Assert.Equal(
            [(1, "J1100", 10, ReconciliationOutcome.UnitsAdjusted), (2, "85025", 1, (ReconciliationOutcome?)null)],
            suggested.Lines.Select(l => (l.Number, l.Code, l.Units, l.Reconciliation?.Outcome)));
        Assert.NotNull(suggested.Unbilled);
    }
}
