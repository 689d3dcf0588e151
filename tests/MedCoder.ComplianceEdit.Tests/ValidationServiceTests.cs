using MedCoder.ComplianceEdit.Edits.CodeSetVersion;
using MedCoder.ComplianceEdit.Tests.Support;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;

namespace MedCoder.ComplianceEdit.Tests;

public sealed class ValidationServiceTests
{
    private static CodesSuggested Suggested(params string[] codes) => SuggestedWith("ICD-10-CM FY2026", codes);

    private static CodesSuggested SuggestedWith(string? codeSetVersion, params string[] codes)
    {
        var encounter = new EncounterBuilder().WithEncounterId("E-" + string.Join('-', codes)).Build();
        return new CodesSuggested(encounter.Key, 1, Guid.NewGuid(), encounter, codes.Select(c => new SuggestedCode(CodeSystems.Icd10Cm, c, "d", 0.9, [], "test")).ToList(), codeSetVersion!, DateTimeOffset.UtcNow);
    }

    private static async Task<object> PublishedFor(CodesSuggested suggested)
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var collections = new ComplianceEditCollections(temp.Store, temp.Signal);
        using var worklistMetrics = new WorklistMetrics();
        var service = new ValidationService(collections, Support.Coding.Runner.Value, new WorklistClosure(collections, worklistMetrics), metrics, worklistMetrics, TimeProvider.System);

        await service.ValidateAsync(suggested, CancellationToken.None);
        await service.ValidateAsync(suggested, CancellationToken.None); // redelivery

        var pending = (await collections.Validations.PendingOutboxAsync(10)).Concat(await collections.Worklist.PendingOutboxAsync(10));
        return OutboxMessages.Deserialize(Assert.Single(pending).Message);
    }

    [Fact]
    public async Task Clean_coding_goes_on_as_coding_validated()
    {
        var validated = Assert.IsType<CodingValidated>(await PublishedFor(Suggested("I10")));

        Assert.Equal("I10", Assert.Single(validated.Codes).Code);
        Assert.Empty(validated.Findings);
    }

    [Fact]
    public async Task Blocking_errors_hold_the_encounter_for_a_coder_instead_of_failing_it()
    {
        var held = Assert.IsType<CodingHeld>(await PublishedFor(Suggested("E11")));

        Assert.Equal([HoldPolicy.EditError], held.Reasons);
    }

    [Fact]
    public async Task A_code_set_version_not_loaded_here_is_held_for_review_by_its_warning()
    {
        var held = Assert.IsType<CodingHeld>(await PublishedFor(SuggestedWith("ICD-10-CM FY2031", "I10")));

        Assert.Equal([HoldPolicy.EditWarning], held.Reasons);
    }

    [Fact]
    public async Task A_suggestion_the_engine_routed_to_review_is_held_with_the_route_reasons()
    {
        var held = Assert.IsType<CodingHeld>(await PublishedFor(Suggested("I10") with { Route = new CodingRoute(false, 0.9, [CodingRoute.LowConfidence]) }));

        Assert.Equal([CodingRoute.LowConfidence], held.Reasons);
    }

    [Fact]
    public async Task A_message_from_an_older_producer_without_a_version_is_checked_by_date()
    {
        Assert.Empty(Assert.IsType<CodingValidated>(await PublishedFor(SuggestedWith(null, "I10"))).Findings);
    }

    [Fact]
    public async Task The_claim_lines_the_coding_carried_go_on_unchanged()
    {
        ServiceLine[] lines = [new(1, "99213", ["25"], 2, 120m, new ChargeReconciliation(ReconciliationOutcome.UnitsDiffer, "99213", DocumentedUnits: 1))];
        var suggested = Suggested("I10") with { Lines = lines, Unbilled = [] };

        var validated = Assert.IsType<CodingValidated>(await PublishedFor(suggested));

        Assert.Equal(lines.Select(Shape), validated.Lines!.Select(Shape));
        Assert.Empty(validated.Unbilled!);
    }

    [Fact]
    public async Task A_message_from_an_older_producer_without_lines_gets_them_reconciled_from_the_charges()
    {
        var suggested = Suggested("I10");
        Assert.Null(suggested.Lines);

        var validated = Assert.IsType<CodingValidated>(await PublishedFor(suggested));

        var line = Assert.Single(validated.Lines!);
        Assert.Equal((1, "99213", 1, 120m, (ChargeReconciliation?)null), (line.Number, line.Code, line.Units, line.Amount, line.Reconciliation));
    }

    private static (int, string, string, int, decimal, ChargeReconciliation?) Shape(ServiceLine line) =>
        (line.Number, line.Code, string.Join(',', line.Modifiers), line.Units, line.Amount, line.Reconciliation);
}
