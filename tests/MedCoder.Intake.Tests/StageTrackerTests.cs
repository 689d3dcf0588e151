using MedCoder.Contracts;
using MedCoder.Intake.Tracking;
using MedCoder.Testing;

namespace MedCoder.Intake.Tests;

public sealed class StageTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static EncounterRecord Received()
    {
        var encounter = new EncounterBuilder().Build();
        return new EncounterRecord(encounter.Key.ResourceId(1), encounter, Guid.NewGuid(), "hash", T0, Stages.Received);
    }

    [Fact]
    public void Stages_move_forward_in_order()
    {
        var record = StageTracker.Apply(Received(), new StageReport(Stages.Coded, T0.AddSeconds(1)));
        record = StageTracker.Apply(record, new StageReport(Stages.Validated, T0.AddSeconds(2)));
        record = StageTracker.Apply(record, new StageReport(Stages.ClaimAssembled, T0.AddSeconds(3), ClaimId: "clm-1"));

        Assert.Equal(Stages.ClaimAssembled, record.Stage);
        Assert.Equal("clm-1", record.ClaimId);
        Assert.Equal(T0.AddSeconds(1), record.CodedAt);
    }

    [Fact]
    public void A_held_encounter_shows_held_for_review_until_a_coder_releases_it()
    {
        var record = StageTracker.Apply(Received(), new StageReport(Stages.Coded, T0.AddSeconds(1)));
        record = StageTracker.Apply(record, new StageReport(Stages.HeldForReview, T0.AddSeconds(2)));
        Assert.Equal((Stages.HeldForReview, T0.AddSeconds(2)), (record.Stage, record.HeldAt));

        record = StageTracker.Apply(record, new StageReport(Stages.Validated, T0.AddHours(3)));

        Assert.Equal(Stages.Validated, record.Stage);
        Assert.Equal(T0.AddSeconds(2), record.HeldAt);
    }

    [Fact]
    public void A_late_earlier_event_keeps_the_later_stage_but_records_its_time()
    {
        var record = StageTracker.Apply(Received(), new StageReport(Stages.ClaimAssembled, T0.AddSeconds(3), ClaimId: "clm-1"));
        record = StageTracker.Apply(record, new StageReport(Stages.Coded, T0.AddSeconds(1)));

        Assert.Equal(Stages.ClaimAssembled, record.Stage);
        Assert.Equal(T0.AddSeconds(1), record.CodedAt);
    }

    [Fact]
    public void Redelivered_event_changes_nothing()
    {
        var once = StageTracker.Apply(Received(), new StageReport(Stages.Coded, T0.AddSeconds(1)));
        var twice = StageTracker.Apply(once, new StageReport(Stages.Coded, T0.AddSeconds(9)));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Failure_is_final_and_keeps_its_reason()
    {
        var record = StageTracker.Apply(Received(), new StageReport(Stages.Failed, T0.AddSeconds(2), Reason: "validated: DX-NONE x1"));
        record = StageTracker.Apply(record, new StageReport(Stages.Coded, T0.AddSeconds(1)));

        Assert.Equal(Stages.Failed, record.Stage);
        Assert.Equal("validated: DX-NONE x1", record.FailureReason);
    }
}
