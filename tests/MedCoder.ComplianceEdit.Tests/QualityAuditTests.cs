using MedCoder.ComplianceEdit.Tests.Support;
using MedCoder.ComplianceEdit.Validation;
using MedCoder.ComplianceEdit.Worklist;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.ServiceDefaults.Messaging;
using MedCoder.ServiceDefaults.Security;
using MedCoder.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace MedCoder.ComplianceEdit.Tests;

/// <summary>The quality audit of auto-released codings: the sample, a coder's verdicts, the precision they give (docs/architecture.md#worklist-and-audit).</summary>
public sealed class QualityAuditTests : IAsyncDisposable
{
    private static readonly Caller Coder = new("coder-a", Roles.Coder, Caller.AllOrganizations);

    private readonly WorklistHarness _harness = new();
    private readonly FakeTimeProvider _clock;
    private readonly ComplianceEditCollections _collections;
    private readonly QualityAuditService _audits;

    public QualityAuditTests()
    {
        (_clock, _collections) = (_harness.Clock, _harness.Collections);
        _audits = new QualityAuditService(_collections, new CoderCodes(Support.Coding.Shipped.Value), _harness.WorklistMetrics, _clock);
    }

    private async Task<string> AutoReleaseAsync(string encounterId, double auditRate, params string[] codes)
    {
        var validation = _harness.ValidationWith(new WorklistSettings { AuditRate = auditRate });
        var encounter = new EncounterBuilder().WithEncounterId(encounterId).Build();
        var suggested = new CodesSuggested(encounter.Key, 1, Guid.NewGuid(), encounter,
            codes.Select(c => new SuggestedCode(CodeSystems.Icd10Cm, c, "d", 0.97, [new EvidenceSpan(0, 0, 4)], "test")).ToList(),
            "ICD-10-CM FY2026", DateTimeOffset.UtcNow, Route: new CodingRoute(true, 0.9, []));
        await validation.ValidateAsync(suggested, CancellationToken.None);
        return suggested.Key.ResourceId(1);
    }

    [Fact]
    public async Task A_sampled_auto_released_coding_still_goes_on_to_its_claim_and_waits_on_the_audit_list()
    {
        var sampled = await AutoReleaseAsync("E-sampled", 1, "I10");
        var unsampled = await AutoReleaseAsync("E-unsampled", 0, "I10");

        Assert.Equal(2, (await _collections.Validations.PendingOutboxAsync(10)).Select(p => OutboxMessages.Deserialize(p.Message)).OfType<CodingValidated>().Count());
        Assert.Equal(WorklistStatus.AuditPending, (await _collections.Worklist.GetAsync(sampled))!.Status);
        Assert.Equal(WorklistStatus.AutoReleased, (await _collections.Worklist.GetAsync(unsampled))!.Status);
        var list = await (WorklistQuery.Parse(null, null, null, null, null, null, null).Query! with { Status = WorklistStatus.AuditPending }).RunAsync(_collections.Worklist, Coder, CancellationToken.None);
        Assert.Equal([sampled], list.Items.Select(i => i.Id));
    }

    [Fact]
    public void The_sample_is_a_fixed_draw_near_the_configured_rate()
    {
        var settings = new WorklistSettings { AuditRate = 0.1 };
        var ids = Enumerable.Range(0, 5000).Select(i => $"{i:x16}-1").ToList();

        var drawn = ids.Count(settings.Samples);

        Assert.InRange(drawn, 400, 600);
        Assert.Equal(ids.Where(settings.Samples), ids.Where(settings.Samples));
    }

    [Fact]
    public async Task Verdicts_need_every_code_and_a_reason_for_each_dispute_and_give_the_precision_coders_see()
    {
        var id = await AutoReleaseAsync("E-audit", 1, "I10", "E78.5");

        Assert.Equal(StatusCodes.Status400BadRequest, (await _audits.AuditAsync(id, Coder, new AuditRequest(Verdicts: [new CodeVerdict(CodeSystems.Icd10Cm, "I10", true)]), CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status400BadRequest, (await _audits.AuditAsync(id, Coder, new AuditRequest(Verdicts:
            [new CodeVerdict(CodeSystems.Icd10Cm, "I10", true), new CodeVerdict(CodeSystems.Icd10Cm, "E78.5", false)]), CancellationToken.None)).Status);
        var audited = await _audits.AuditAsync(id, Coder, new AuditRequest(
            Verdicts: [new CodeVerdict(CodeSystems.Icd10Cm, "I10", true), new CodeVerdict(CodeSystems.Icd10Cm, "E78.5", false, "lipids normal, no diagnosis")],
            Missed: [new CodeChangeRequest(CodeChangeRequest.Add, CodeSystems.Icd10Cm, "Z79.899", Reason: "on long-term medication")]), CancellationToken.None);

        Assert.Equal(StatusCodes.Status200OK, audited.Status);
        Assert.Equal(WorklistStatus.Audited, audited.Item!.Status);
        Assert.Equal(["ICD-10-CM I10"], audited.Item.Audit!.Agreed);
        Assert.Equal(["ICD-10-CM E78.5"], audited.Item.Audit.Disputed);
        Assert.Equal(["ICD-10-CM Z79899"], audited.Item.Audit.Missed);
        Assert.Equal(StatusCodes.Status409Conflict, (await _audits.AuditAsync(id, Coder, new AuditRequest(AgreeAll: true), CancellationToken.None)).Status);
        var stats = await WorklistStats.ReadAsync(_collections.Worklist, _clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((0L, 1L, 1L, 1L, 1L, 0.5, 0.5), (stats.Audit.Pending, stats.Audit.Audited, stats.Audit.Agreed, stats.Audit.Disputed, stats.Audit.Missed, stats.Audit.Precision, stats.Audit.Recall));
        Assert.Equal(1, stats.AutoReleased);
    }

    [Fact]
    public async Task Only_sampled_items_of_a_visible_organization_take_an_audit()
    {
        var unsampled = await AutoReleaseAsync("E-no-sample", 0, "I10");
        var sampled = await AutoReleaseAsync("E-other-org", 1, "I10");

        Assert.Equal(StatusCodes.Status409Conflict, (await _audits.AuditAsync(unsampled, Coder, new AuditRequest(AgreeAll: true), CancellationToken.None)).Status);
        Assert.Equal(StatusCodes.Status404NotFound, (await _audits.AuditAsync(sampled, new Caller("coder-r", Roles.Coder, "river-clinic"), new AuditRequest(AgreeAll: true), CancellationToken.None)).Status);
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
