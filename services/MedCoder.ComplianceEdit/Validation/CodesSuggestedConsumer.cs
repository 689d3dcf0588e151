using MassTransit;
using MedCoder.Contracts.Coding;

namespace MedCoder.ComplianceEdit.Validation;

public sealed class CodesSuggestedConsumer(ValidationService service) : IConsumer<CodesSuggested>
{
    public Task Consume(ConsumeContext<CodesSuggested> context) => service.ValidateAsync(context.Message, context.CancellationToken);
}
