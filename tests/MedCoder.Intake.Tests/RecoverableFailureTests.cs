using MedCoder.Contracts;
using MedCoder.Intake.Tracking;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

/// <summary>A stage that gave up after retries fails the encounter until a replay of its message succeeds.</summary>
public sealed class RecoverableFailureTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private const string ClaimAssemblyGaveUp = "claim-assembly gave up after retries: OverflowException";

    private static EncounterRecord Validated()
    {
        var encounter = new EncounterBuilder().Build();
        var record = new EncounterRecord(encounter.Key.ResourceId(1), encounter, Guid.NewGuid(), "hash", T0, Stages.Received);
        record = StageTracker.Apply(record, new StageReport(Stages.Coded, T0.AddSeconds(1)));
        return StageTracker.Apply(record, new StageReport(Stages.Validated, T0.AddSeconds(2)));
    }

    private static StageReport ClaimAssemblyFault(int second = 30) =>
        new(Stages.Failed, T0.AddSeconds(second), Reason: ClaimAssemblyGaveUp, ClearedBy: Stages.ClaimAssembled);

    [Fact]
    public void A_stage_that_gave_up_fails_the_encounter_with_its_reason()
    {
        var record = StageTracker.Apply(Validated(), ClaimAssemblyFault());

        Assert.Equal(Stages.Failed, record.Stage);
        Assert.Equal((T0.AddSeconds(30), ClaimAssemblyGaveUp), (record.FailedAt, record.FailureReason));
        Assert.Equal((T0.AddSeconds(30), ClaimAssemblyGaveUp), (record.LastFailedAt, record.LastFailureReason));
    }

    [Fact]
    public void The_stage_succeeding_after_a_replay_moves_the_encounter_on_and_keeps_the_failure_as_history()
    {
        var failed = StageTracker.Apply(Validated(), ClaimAssemblyFault());

        var replayed = StageTracker.Apply(failed, new StageReport(Stages.ClaimAssembled, T0.AddMinutes(5), ClaimId: "clm-1"));

        Assert.Equal(Stages.ClaimAssembled, replayed.Stage);
        Assert.Equal("clm-1", replayed.ClaimId);
        Assert.Null(replayed.FailedAt);
        Assert.Null(replayed.FailureReason);
        Assert.Equal((T0.AddSeconds(30), ClaimAssemblyGaveUp), (replayed.LastFailedAt, replayed.LastFailureReason));
    }

    [Fact]
    public void An_earlier_stage_arriving_late_does_not_end_a_later_stage_failure()
    {
        var encounter = new EncounterBuilder().Build();
        var received = new EncounterRecord(encounter.Key.ResourceId(1), encounter, Guid.NewGuid(), "hash", T0, Stages.Received);
        var complianceGaveUp = new StageReport(Stages.Failed, T0.AddSeconds(20), Reason: "compliance-edit gave up after retries: NullReferenceException", ClearedBy: Stages.Validated);

        // Intake's own "coded" event travels on another queue and may land after compliance-edit's fault.
        var record = StageTracker.Apply(StageTracker.Apply(received, complianceGaveUp), new StageReport(Stages.Coded, T0.AddSeconds(1)));

        Assert.Equal(Stages.Failed, record.Stage);
        Assert.Equal(T0.AddSeconds(1), record.CodedAt);
    }

    [Fact]
    public void A_fault_arriving_after_its_stage_already_succeeded_is_only_history()
    {
        var assembled = StageTracker.Apply(Validated(), new StageReport(Stages.ClaimAssembled, T0.AddSeconds(40), ClaimId: "clm-1"));

        var record = StageTracker.Apply(assembled, ClaimAssemblyFault());

        Assert.Equal(Stages.ClaimAssembled, record.Stage);
        Assert.Null(record.FailedAt);
        Assert.Equal(ClaimAssemblyGaveUp, record.LastFailureReason);
    }

    [Fact]
    public void A_business_failure_after_a_fault_is_final()
    {
        var record = StageTracker.Apply(Validated(), ClaimAssemblyFault());
        record = StageTracker.Apply(record, new StageReport(Stages.Failed, T0.AddMinutes(5), Reason: "claim-assembled: claim rules failed: CLAIM-TOTAL-RANGE"));
        record = StageTracker.Apply(record, new StageReport(Stages.ClaimAssembled, T0.AddMinutes(6), ClaimId: "clm-1"));

        Assert.Equal(Stages.Failed, record.Stage);
        Assert.Equal("claim-assembled: claim rules failed: CLAIM-TOTAL-RANGE", record.FailureReason);
    }

    [Fact]
    public void A_fault_after_a_business_failure_changes_nothing()
    {
        var final = StageTracker.Apply(Validated(), new StageReport(Stages.Failed, T0.AddSeconds(10), Reason: "validated: compliance edits failed: DX-NONE x1"));

        Assert.Equal(final, StageTracker.Apply(final, ClaimAssemblyFault()));
    }

    [Fact]
    public void Redelivered_fault_changes_nothing_and_an_older_one_does_not_replace_a_newer()
    {
        var once = StageTracker.Apply(Validated(), ClaimAssemblyFault(second: 60));

        Assert.Equal(once, StageTracker.Apply(once, ClaimAssemblyFault(second: 60)));
        Assert.Equal(T0.AddSeconds(60), StageTracker.Apply(once, ClaimAssemblyFault(second: 30)).FailedAt);
    }
}
