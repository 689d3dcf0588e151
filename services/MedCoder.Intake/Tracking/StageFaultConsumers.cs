using MassTransit;
using MedCoder.Contracts;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;

namespace MedCoder.Intake.Tracking;

// MassTransit publishes Fault<T> when a consumer of T gives up after its retries (the message goes to _error).
// Each consumer below marks the encounter failed, recoverably: the stage's success after a replay moves it on.
// Fault<ClaimAssembled> is not consumed: only Intake's own tracker consumes ClaimAssembled, so nothing downstream waits.

public sealed class EncounterReceivedFaultConsumer(EncounterTracker tracker) : IConsumer<Fault<EncounterReceived>>
{
    public Task Consume(ConsumeContext<Fault<EncounterReceived>> context) =>
        StageFaults.RecordAsync(tracker, context, new StageFaults.Consumed("encounter-received", "code-suggestion", Stages.Coded));
}

public sealed class CodesSuggestedFaultConsumer(EncounterTracker tracker) : IConsumer<Fault<CodesSuggested>>
{
    public Task Consume(ConsumeContext<Fault<CodesSuggested>> context) =>
        StageFaults.RecordAsync(tracker, context, new StageFaults.Consumed("codes-suggested", "compliance-edit", Stages.HeldForReview));
}

public sealed class CodingValidatedFaultConsumer(EncounterTracker tracker) : IConsumer<Fault<CodingValidated>>
{
    public Task Consume(ConsumeContext<Fault<CodingValidated>> context) =>
        StageFaults.RecordAsync(tracker, context, new StageFaults.Consumed("coding-validated", "claim-assembly", Stages.ClaimAssembled));
}

/// <summary>Turns a Fault&lt;T&gt; into a recoverable failure report naming the service that gave up and the exception type.</summary>
public static class StageFaults
{
    /// <param name="Queue">The message part of the consuming queue names ("{service}-{message}").</param>
    /// <param name="Service">The pipeline service that consumes the message (used when the fault names no queue).</param>
    /// <param name="ClearedBy">The stage that service reports on success.</param>
    public sealed record Consumed(string Queue, string Service, string ClearedBy);

    public static Task RecordAsync<T>(EncounterTracker tracker, ConsumeContext<Fault<T>> context, Consumed consumed)
        where T : class, IEncounterMessage
    {
        var fault = context.Message;
        var report = Report(context.SourceAddress, fault.Exceptions, fault.Timestamp, consumed);
        return report is null
            ? Task.CompletedTask
            : tracker.RecordAsync(fault.Message.Key, fault.Message.Revision, report, context.CancellationToken);
    }

    /// <summary>
    /// Null for a fault of Intake's own tracking consumers: no stage is stuck, and recording through the tracker that
    /// just failed would most likely fail again. The reason names the exception type only: exception messages can
    /// echo data (a key not found, a value that did not parse), and the reason is shown to the hospital.
    /// </summary>
    public static StageReport? Report(Uri? faultedQueue, IReadOnlyList<ExceptionInfo>? exceptions, DateTime timestamp, Consumed consumed)
    {
        var service = ServiceOf(faultedQueue, consumed.Queue) ?? consumed.Service;
        if (service == IntakeModule.Name)
        {
            return null;
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Utc));
        return new StageReport(Stages.Failed, at, Reason: $"{service} gave up after retries: {ExceptionName(exceptions)}", ClearedBy: consumed.ClearedBy);
    }

    /// <summary>"rabbitmq://host/vhost/compliance-edit-codes-suggested" or "loopback://localhost/…" → "compliance-edit".</summary>
    private static string? ServiceOf(Uri? queue, string message)
    {
        var name = queue?.Segments.LastOrDefault()?.Trim('/');
        return name is not null && name.EndsWith("-" + message, StringComparison.Ordinal) && name.Length > message.Length + 1
            ? name[..^(message.Length + 1)]
            : null;
    }

    /// <summary>The short type name ("OverflowException"), reduced to identifier characters.</summary>
    private static string ExceptionName(IReadOnlyList<ExceptionInfo>? exceptions)
    {
        var type = exceptions is { Count: > 0 } ? exceptions[0].ExceptionType : null;
        var name = type?.Split('.', '+').LastOrDefault() ?? string.Empty;
        name = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(100).ToArray());
        return name.Length > 0 ? name : "unknown exception";
    }
}
