using MedCoder.CodeSets.Library;
using MedCoder.CodeSuggestion.CodeSetApi;
using MedCoder.Coding;

namespace MedCoder.CodeSuggestion.Warmup;

/// <summary>Loads the code sets and builds the coding indexes during start-up instead of on the first message.</summary>
internal sealed class CoderWarmup(ClinicalCoder coder, SearchIndexes searchIndexes, ICodeSets codeSets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        coder.Prepare();
        // The typeahead index of the newest year is built in the background: the first search should not wait.
        _ = Task.Run(() => searchIndexes.Icd10Cm(codeSets.Icd10CmEditions.Last()), cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
