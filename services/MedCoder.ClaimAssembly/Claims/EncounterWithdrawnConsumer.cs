using MassTransit;
using MedCoder.Contracts.Intake;

namespace MedCoder.ClaimAssembly.Claims;

public sealed class EncounterWithdrawnConsumer(ClaimWithdrawals withdrawals) : IConsumer<EncounterWithdrawn>
{
    public Task Consume(ConsumeContext<EncounterWithdrawn> context) =>
        withdrawals.WithdrawAsync(context.Message.Key, context.Message.Revision, context.Message.WithdrawnAt, context.CancellationToken);
}
