namespace MedCoder.Chaos;

/// <summary>The run's figures, printed as a summary; Passed when nothing accepted is missing, doubled or failed.</summary>
public sealed class ChaosReport(ChaosOptions options, IReadOnlyCollection<Submission> submissions, IReadOnlyList<string> faults, ClaimVerdict verdict, TimeSpan loadTime, bool gracefulStopsClean)
{
    public bool Passed => verdict is { Missing: 0, Duplicates: 0, Failed: 0 } && verdict.Accepted > 0 && verdict.TimeToDrain is not null && gracefulStopsClean;

    public void Print()
    {
        var latencies = submissions.Where(s => s.Accepted).Select(s => s.LatencyMs).Order().ToArray();
        var retried = submissions.Count(s => s.Attempts > 1);
        Console.WriteLine();
        Console.WriteLine("chaos run");
        Console.WriteLine($"  submitted            {submissions.Count} at {options.Rate}/s over {loadTime.TotalSeconds:F0} s (load and faults)");
        Console.WriteLine($"  accepted             {verdict.Accepted} ({retried} needed more than one try; {submissions.Count - verdict.Accepted} never accepted)");
        Console.WriteLine($"  claims               {verdict.Claims}");
        Console.WriteLine($"  missing              {verdict.Missing}");
        Console.WriteLine($"  duplicates           {verdict.Duplicates}");
        Console.WriteLine($"  failed encounters    {verdict.Failed}");
        Console.WriteLine($"  claims of calls the feed saw fail  {verdict.Unrequested}");
        Console.WriteLine($"  time to drain        {(verdict.TimeToDrain is { } drain ? $"{drain.TotalSeconds:F1} s after the load ended" : $"NOT drained within {options.DrainTimeout.TotalSeconds:0} s")}");
        Console.WriteLine($"  intake latency       p50 {Percentile(latencies, 0.50):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms (accepted calls)");
        Console.WriteLine($"  readiness at the end {verdict.Readiness}");
        Console.WriteLine("  faults:");
        foreach (var fault in faults)
        {
            Console.WriteLine($"    {fault}");
        }

        Console.WriteLine(Passed ? "PASSED: every accepted encounter has exactly one claim" : "FAILED");
    }

    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
}
