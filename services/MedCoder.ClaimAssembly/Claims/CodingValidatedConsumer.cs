using MassTransit;
using MedCoder.Contracts.Compliance;

namespace MedCoder.ClaimAssembly.Claims;

public sealed class CodingValidatedConsumer(ClaimService service) : IConsumer<CodingValidated>
{
    public Task Consume(ConsumeContext<CodingValidated> context) => service.AssembleAsync(context.Message, context.CancellationToken);
}
