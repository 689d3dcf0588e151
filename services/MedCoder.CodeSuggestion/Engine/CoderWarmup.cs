using Microsoft.Extensions.Hosting;

namespace MedCoder.CodeSuggestion.Engine;

/// <summary>Loads the code sets and builds the indexes during start-up instead of on the first message.</summary>
internal sealed class CoderWarmup(FirstPassCoder coder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        coder.Prepare();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
