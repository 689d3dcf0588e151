using System.Diagnostics;
using BenchmarkDotNet.Running;
using MedCoder.Benchmarks;
using MedCoder.CodeSets.Library;

if (args.Any(a => a.Contains("Coding", StringComparison.OrdinalIgnoreCase)))
{
    // Memory of the coding engine ready to code: code sets, the compiled model of the CodiEsp date, and the 750 documents.
    var (coder, texts) = CodingThroughputBenchmarks.Load();
    Console.WriteLine($"Coding engine: {texts.Length} CodiEsp documents; managed heap after loading {GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0):F1} MiB");
    GC.KeepAlive(coder);
}

// Resident size of the loaded library, measured once before the benchmarks (BenchmarkDotNet reports allocations, not retained memory).
var before = GC.GetTotalMemory(forceFullCollection: true);
var stopwatch = Stopwatch.StartNew();
var library = CodeSetLibrary.Load();
stopwatch.Stop();
var after = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"Code sets: {library.Report.SourceFiles} files, {library.Versions.Count} tables, loaded in {stopwatch.ElapsedMilliseconds} ms ({(library.Report.FromCache ? "cache" : "parsed")}), managed heap retained {(after - before) / (1024.0 * 1024.0):F1} MiB");
GC.KeepAlive(library);

BenchmarkSwitcher.FromTypes([typeof(CodeSetLookupBenchmarks), typeof(CodeSetLoadBenchmarks), typeof(CodingThroughputBenchmarks), typeof(ComplianceEditBenchmarks)]).Run(args);
