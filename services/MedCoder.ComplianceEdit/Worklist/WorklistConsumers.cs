using MassTransit;
using MedCoder.Contracts.Claims;
using MedCoder.Contracts.Intake;

namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>A claim came back from ClaimAssembly: the coding goes back on the list (docs/architecture.md#worklist-and-audit).</summary>
public sealed class ClaimReturnedConsumer(WorklistService worklist) : IConsumer<ClaimReturned>
{
    public Task Consume(ConsumeContext<ClaimReturned> context) => worklist.ReopenAsync(context.Message, context.CancellationToken);
}

/// <summary>The hospital withdrew the encounter: its open items leave the list.</summary>
public sealed class EncounterWithdrawnConsumer(WorklistClosure closure, TimeProvider clock) : IConsumer<EncounterWithdrawn>
{
    public Task Consume(ConsumeContext<EncounterWithdrawn> context) =>
        closure.CloseAsync(context.Message.Key, context.Message.Revision, WorklistStatus.Withdrawn, clock.GetUtcNow(), context.CancellationToken);
}
