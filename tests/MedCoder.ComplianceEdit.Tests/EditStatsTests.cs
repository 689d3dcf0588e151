using MedCoder.ComplianceEdit.Edits.Icd10CmValidity;
using MedCoder.ComplianceEdit.Edits.Ptp;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>GET /api/edits/stats counts findings per edit id and severity over the period they were edited in.</summary>
public sealed class EditStatsTests
{
    [Fact]
    public async Task Counts_findings_per_edit_id_and_severity_within_the_period()
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        var collections = new ComplianceEditCollections(temp.Store, temp.Signal);
        using var worklistMetrics = new WorklistMetrics();
        var service = new ValidationService(collections, Support.Coding.Runner.Value, new WorklistClosure(collections, worklistMetrics), metrics, worklistMetrics, clock);

        await service.ValidateAsync(Suggested("E-1", [new Charge("43239", 1, 900m, []), new Charge("43235", 1, 500m, [])], "K21.9"), CancellationToken.None);
        await service.ValidateAsync(Suggested("E-2", [new Charge("99213", 1, 120m, [])], "E11"), CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(5));
        await service.ValidateAsync(Suggested("E-3", [new Charge("99213", 1, 120m, [])], "E11"), CancellationToken.None);

        var march10 = Assert.IsType<Ok<EditStats>>((await EditStatsEndpoint.GetAsync("2026-03-10", "2026-03-10", collections, clock, CancellationToken.None)).Result).Value!;
        var all = Assert.IsType<Ok<EditStats>>((await EditStatsEndpoint.GetAsync(null, null, collections, clock, CancellationToken.None)).Result).Value!;

        Assert.Equal(2, march10.Validations);
        Assert.Contains(march10.Edits, e => e is { EditId: NcciPtpEdit.NotAllowed, Family: "NCCI-PTP", Severity: EditSeverity.Error, Findings: 1, Encounters: 1 });
        Assert.Contains(march10.Edits, e => e is { EditId: Icd10CmValidityEdit.HeaderCode, Family: "DX", Findings: 1 });
        Assert.Contains(all.Edits, e => e is { EditId: Icd10CmValidityEdit.HeaderCode, Findings: 2, Encounters: 2 });
        Assert.Equal(3, all.Validations);
    }

    [Fact]
    public async Task A_malformed_date_is_a_validation_problem_naming_the_field()
    {
        await using var temp = new TempSqliteStore();
        var collections = new ComplianceEditCollections(temp.Store, temp.Signal);

        var result = Assert.IsType<ValidationProblem>((await EditStatsEndpoint.GetAsync("March", null, collections, TimeProvider.System, CancellationToken.None)).Result);

        Assert.Contains("from", result.ProblemDetails.Errors.Keys);
    }

    private static CodesSuggested Suggested(string id, IReadOnlyList<Charge> charges, params string[] codes)
    {
        var encounter = new EncounterBuilder().WithEncounterId(id).WithCharges(charges).Build();
        return new CodesSuggested(encounter.Key, 1, Guid.NewGuid(), encounter, [.. codes.Select(c => new SuggestedCode(CodeSystems.Icd10Cm, c, "d", 0.9, [], "test"))], "ICD-10-CM FY2026", DateTimeOffset.UtcNow);
    }
}
