using MassTransit;
using MedCoder.Contracts.Intake;

namespace MedCoder.CodeSuggestion.Suggestions;

public sealed class EncounterReceivedConsumer(SuggestionService service) : IConsumer<EncounterReceived>
{
    public Task Consume(ConsumeContext<EncounterReceived> context) => service.SuggestAsync(context.Message, context.CancellationToken);
}
