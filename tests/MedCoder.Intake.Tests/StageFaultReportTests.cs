using MassTransit.Events;
using MedCoder.Contracts;
using MedCoder.Intake.Tracking;

namespace MedCoder.Intake.Tests;

/// <summary>What a Fault&lt;T&gt; becomes in the encounter's status: the service that gave up and the exception type, nothing else.</summary>
public sealed class StageFaultReportTests
{
    private static readonly StageFaults.Consumed CodesSuggested = new("codes-suggested", "compliance-edit", Stages.HeldForReview);
    private static readonly DateTime At = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static FaultExceptionInfo[] Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return [new FaultExceptionInfo(caught)];
        }
    }

    [Theory]
    [InlineData("rabbitmq://broker/medcoder/compliance-edit-codes-suggested")]
    [InlineData("loopback://localhost/compliance-edit-codes-suggested")]
    [InlineData(null)]
    public void Names_the_service_from_the_faulted_queue_and_the_exception_type_only(string? queue)
    {
        var report = StageFaults.Report(queue is null ? null : new Uri(queue), Thrown(new KeyNotFoundException("The given key 'MRN-884211' was not present.")), At, CodesSuggested)!;

        Assert.Equal("compliance-edit gave up after retries: KeyNotFoundException", report.Reason);
        Assert.Equal((Stages.Failed, Stages.HeldForReview), (report.Stage, report.ClearedBy));
        Assert.Equal(new DateTimeOffset(At), report.At);
    }

    [Fact]
    public void A_fault_of_intakes_own_tracking_consumer_is_not_a_stage_failure()
    {
        Assert.Null(StageFaults.Report(new Uri("loopback://localhost/intake-codes-suggested"), Thrown(new InvalidOperationException()), At, CodesSuggested));
    }

    [Fact]
    public void A_fault_without_exception_details_still_fails_the_stage()
    {
        Assert.Equal("compliance-edit gave up after retries: unknown exception", StageFaults.Report(null, [], At, CodesSuggested)!.Reason);
    }
}
