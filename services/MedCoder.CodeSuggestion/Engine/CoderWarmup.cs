using Microsoft.Extensions.Hosting;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>Loads the code sets and builds the coding indexes during start-up instead of on the first message.</summary>
internal sealed class CoderWarmup(ClinicalCoder coder, CodeSetApi.SearchIndexes searchIndexes, MedCoder.CodeSets.Library.ICodeSets codeSets) : IHostedService
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
