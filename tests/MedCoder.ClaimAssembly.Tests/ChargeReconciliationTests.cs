using MedCoder.ClaimAssembly.Delivery;
using Microsoft.Extensions.Options;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Encounters;
using MedCoder.ServiceDefaults.Telemetry;
using MedCoder.Storage;
using MedCoder.Testing;

namespace MedCoder.ClaimAssembly.Tests;

/// <summary>
/// Documented services (suggested HCPCS/CPT) reconciled with the hospital's charges: charges and amounts are the
/// hospital's, documented units set the line's units, documented services without a charge are listed, not billed.
/// </summary>
public sealed class ChargeReconciliationTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static CodingValidated Validated(IReadOnlyList<Charge> charges, params SuggestedCode[] documented)
    {
        var encounter = new EncounterBuilder().WithSetting(CareSetting.Emergency).WithCharges(charges).Build();
        SuggestedCode[] codes = [new(CodeSystems.Icd10Cm, "J18.9", "d", 0.9, [], "test"), .. documented];
        return new CodingValidated(encounter.Key, 1, Guid.NewGuid(), encounter, codes, [], "ICD-10-CM FY2026", Received);
    }

    private static SuggestedCode Drug(string code, int units) => new(CodeSystems.Hcpcs, code, "drug", 0.8, [], "drug-dose", units);

    private static SuggestedCode Visit(string code) => new(CodeSystems.Cpt, code, "visit", 0.6, [], "em-mdm");

    [Fact]
    public void Documented_units_replace_charged_units_and_the_charge_amount_is_kept()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("J1100", 4, 12m, [])], Drug("J1100", 10)), Received);

        var line = Assert.Single(claim.Lines);
        Assert.Equal((10, 12m), (line.Units, line.Amount));
        Assert.Equal(new ChargeReconciliation(ReconciliationOutcome.UnitsAdjusted, "J1100", ChargedUnits: 4, DocumentedUnits: 10), line.Reconciliation);
        Assert.Equal(12m, claim.TotalCharge);
    }

    [Fact]
    public void A_charge_the_documentation_matches_is_supported_unchanged()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("J0696", 4, 30m, [])], Drug("J0696", 4)), Received);

        var line = Assert.Single(claim.Lines);
        Assert.Equal(4, line.Units);
        Assert.Equal(new ChargeReconciliation(ReconciliationOutcome.Supported, "J0696"), line.Reconciliation);
        Assert.Empty(claim.UnbilledServices);
    }

    [Fact]
    public void A_documented_service_without_a_charge_is_listed_unbilled_and_not_priced()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("71046", 1, 90m, [])], Drug("J1100", 10), Visit("99284")), Received);

        Assert.Equal(["71046"], claim.Lines.Select(l => l.Code));
        Assert.Equal(90m, claim.TotalCharge);
        Assert.Equal(
            [new UnbilledService(CodeSystems.Hcpcs, "J1100", "drug", 10, UnbilledService.NoChargeCaptured), new UnbilledService(CodeSystems.Cpt, "99284", "visit", null, UnbilledService.NoChargeCaptured)],
            claim.UnbilledServices);
    }

    [Fact]
    public void Charges_without_documented_support_stay_as_the_hospital_sent_them()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("85025", 2, 20.5m, ["91"]), new Charge("J1100", 4, 12m, [])], Drug("J1100", 4)), Received);

        var lab = claim.Lines[0];
        Assert.Equal(("85025", 2, 20.5m, (ChargeReconciliation?)null), (lab.Code, lab.Units, lab.Amount, lab.Reconciliation));
        Assert.Equal(["91"], lab.Modifiers);
    }

    [Fact]
    public void An_em_charge_at_another_level_of_the_same_family_is_kept_and_flagged()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("99214", 1, 150m, [])], Visit("99213")), Received);

        var line = Assert.Single(claim.Lines);
        Assert.Equal(("99214", 150m), (line.Code, line.Amount));
        Assert.Equal(new ChargeReconciliation(ReconciliationOutcome.LevelMismatch, "99213"), line.Reconciliation);
        Assert.Empty(claim.UnbilledServices);
    }

    [Fact]
    public void An_em_code_of_another_family_is_not_a_level_mismatch()
    {
        // Office established (99214) and emergency department (99284) are different services, not levels of one.
        var claim = ClaimBuilder.Build(Validated([new Charge("99214", 1, 150m, [])], Visit("99284")), Received);

        Assert.Null(Assert.Single(claim.Lines).Reconciliation);
        Assert.Equal("99284", Assert.Single(claim.UnbilledServices).Code);
    }

    [Fact]
    public void An_em_charge_at_the_documented_level_is_supported()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("99285", 1, 400m, [])], Visit("99285")), Received);

        var line = Assert.Single(claim.Lines);
        Assert.Equal((1, ReconciliationOutcome.Supported), (line.Units, line.Reconciliation?.Outcome));
    }

    [Fact]
    public void A_code_charged_on_several_lines_is_compared_by_its_total_units()
    {
        Charge[] split = [new("J1100", 4, 12m, []), new("J1100", 6, 18m, [])];

        var matching = ClaimBuilder.Build(Validated(split, Drug("J1100", 10)), Received);
        var differing = ClaimBuilder.Build(Validated(split, Drug("J1100", 8)), Received);

        Assert.All(matching.Lines, l => Assert.Equal(ReconciliationOutcome.Supported, l.Reconciliation?.Outcome));
        // Which of the lines is wrong cannot be told: both are flagged, neither is changed.
        Assert.Equal([4, 6], differing.Lines.Select(l => l.Units));
        Assert.All(differing.Lines, l => Assert.Equal((ReconciliationOutcome.UnitsDiffer, (int?)8), (l.Reconciliation?.Outcome, l.Reconciliation?.DocumentedUnits)));
    }

    [Fact]
    public void Diagnosis_codes_never_become_lines_or_unbilled_services()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("99284", 1, 300m, [])]), Received);

        Assert.Equal(["99284"], claim.Lines.Select(l => l.Code));
        Assert.Empty(claim.UnbilledServices);
        Assert.Equal("J18.9", Assert.Single(claim.Diagnoses).Code);
    }

    [Fact]
    public void A_claim_stored_before_reconciliation_reads_back_with_empty_reconciliation()
    {
        var claim = ClaimBuilder.Build(Validated([new Charge("J1100", 4, 12m, [])], Drug("J1100", 10), Visit("99284")), Received);
        var old = JsonSerializer.SerializeToNode(claim, StoreJson.Options)!.AsObject();
        Assert.True(old.Remove("unbilledServices"));
        Assert.True(old["lines"]![0]!.AsObject().Remove("reconciliation"));

        var read = JsonSerializer.Deserialize<Claim>(old.ToJsonString(), StoreJson.Options)!;

        Assert.Empty(read.UnbilledServices);
        Assert.Null(Assert.Single(read.Lines).Reconciliation);
    }

    [Fact]
    public async Task Reconciliation_is_stored_with_the_claim()
    {
        await using var temp = new TempSqliteStore();
        using var metrics = new PipelineMetrics();
        var collections = new ClaimAssemblyCollections(temp.Store, temp.Signal);
        var validated = Validated([new Charge("J1100", 4, 12m, [])], Drug("J1100", 10), Visit("99284"));

        await new ClaimService(collections, Options.Create(new DeliverySettings()), metrics, TimeProvider.System).AssembleAsync(validated, CancellationToken.None);

        var stored = (await collections.Claims.GetAsync(ClaimBuilder.ClaimIdFor(validated.Key, validated.Revision)))!.Body;
        Assert.Equal(ReconciliationOutcome.UnitsAdjusted, Assert.Single(stored.Lines).Reconciliation?.Outcome);
        Assert.Equal("99284", Assert.Single(stored.UnbilledServices).Code);
    }

    [Fact]
    public void The_claim_renders_the_lines_the_coding_reconciled_and_the_edits_checked()
    {
        var validated = Validated([new Charge("J1100", 4, 12m, [])], Drug("J1100", 10)) with
        {
            Lines = [new ServiceLine(1, "J1100", ["JW"], 8, 12m, new ChargeReconciliation(ReconciliationOutcome.UnitsAdjusted, "J1100", 4, 8))],
            Unbilled = [],
        };

        var claim = ClaimBuilder.Build(validated, Received);

        var line = Assert.Single(claim.Lines);
        Assert.Equal((8, "JW"), (line.Units, Assert.Single(line.Modifiers)));
        Assert.Equal(new ChargeReconciliation(ReconciliationOutcome.UnitsAdjusted, "J1100", 4, 8), line.Reconciliation);
    }
}
