using MassTransit;
using MedCoder.Contracts;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Coding;
using MedCoder.Contracts.Compliance;
using MedCoder.Contracts.Intake;

namespace MedCoder.Intake.Tracking;

// One thin consumer per downstream event: each only reports the stage to the tracker.

public sealed class CodesSuggestedConsumer(EncounterTracker tracker, TimeProvider clock) : IConsumer<CodesSuggested>
{
    public Task Consume(ConsumeContext<CodesSuggested> context) =>
        tracker.RecordAsync(context.Message.Key, context.Message.Revision, new StageReport(Stages.Coded, context.SentTime ?? clock.GetUtcNow().UtcDateTime), context.CancellationToken);
}

public sealed class CodingHeldConsumer(EncounterTracker tracker) : IConsumer<CodingHeld>
{
    public Task Consume(ConsumeContext<CodingHeld> context) =>
        tracker.RecordAsync(context.Message.Key, context.Message.Revision, new StageReport(Stages.HeldForReview, context.Message.HeldAt), context.CancellationToken);
}

public sealed class CodingValidatedConsumer(EncounterTracker tracker, TimeProvider clock) : IConsumer<CodingValidated>
{
    public Task Consume(ConsumeContext<CodingValidated> context) =>
        tracker.RecordAsync(context.Message.Key, context.Message.Revision, new StageReport(Stages.Validated, context.SentTime ?? clock.GetUtcNow().UtcDateTime), context.CancellationToken);
}

public sealed class ClaimAssembledConsumer(EncounterTracker tracker) : IConsumer<ClaimAssembled>
{
    public Task Consume(ConsumeContext<ClaimAssembled> context) =>
        tracker.RecordAsync(context.Message.Key, context.Message.Revision, new StageReport(Stages.ClaimAssembled, context.Message.AssembledAt, context.Message.ClaimId), context.CancellationToken);
}

public sealed class EncounterFailedConsumer(EncounterTracker tracker, TimeProvider clock) : IConsumer<EncounterFailed>
{
    public Task Consume(ConsumeContext<EncounterFailed> context) =>
        tracker.RecordAsync(context.Message.Key, context.Message.Revision, new StageReport(Stages.Failed, context.SentTime ?? clock.GetUtcNow().UtcDateTime, Reason: $"{context.Message.Stage}: {context.Message.Reason}"), context.CancellationToken);
}
