using Spectre.Console;

namespace MedCoder.Cli.Coding;

/// <summary>
/// A progress bar for work that counts itself done one item at a time on worker threads.
/// Spectre's own refresh thread can outlive a short run (it may start after the display is
/// disposed, then write to a closed writer and crash the process), so the display is refreshed
/// here, on the calling thread, and stops before this method returns.
/// </summary>
internal static class CodingProgress
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/> on the thread pool, showing how many of <paramref name="total"/> items it has reported done.</summary>
    /// <param name="work">Given the callback to call once per finished item (from any thread).</param>
    public static T Run<T>(TextWriter display, string description, int total, Func<Action, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(display) });
        var done = 0;
        var result = default(T)!;
        console.Progress().AutoRefresh(false).Start(context =>
        {
            var task = context.AddTask(description, maxValue: total);
            var running = Task.Run(() => work(() => Interlocked.Increment(ref done)));
            while (!running.Wait(RefreshEvery))
            {
                task.Value = Volatile.Read(ref done);
                context.Refresh();
            }

            task.Value = Volatile.Read(ref done);
            context.Refresh();
            result = running.GetAwaiter().GetResult();
        });
        return result;
    }
}
