using MedCoder.CodeSets.Library;
using Microsoft.Extensions.Hosting;

namespace MedCoder.ComplianceEdit.Edits;

/// <summary>
/// Loads the code sets during start-up, so readiness means "able to edit" and the first messages do not
/// wait seconds for the library (measured: it held every encounter of a 200-encounter run for ~8 s).
/// </summary>
internal sealed class CodeSetsWarmup(ICodeSets codeSets, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = codeSets.For(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
