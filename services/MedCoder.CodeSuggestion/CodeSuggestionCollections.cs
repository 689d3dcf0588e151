using MedCoder.CodeSuggestion.Suggestions;
using MedCoder.Storage;

namespace MedCoder.CodeSuggestion;

public sealed class CodeSuggestionCollections(IDocumentStore store, OutboxSignal outboxSignal)
{
    public const string SuggestionsName = "suggestions";

    public IDocumentCollection<SuggestionRecord> Suggestions { get; } = store.Collection<SuggestionRecord>(SuggestionsName);

    public OutboxSignal OutboxSignal { get; } = outboxSignal;
}
