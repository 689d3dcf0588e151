using System.Diagnostics;
using BenchmarkDotNet.Running;
using MedCoder.Benchmarks;
using MedCoder.CodeSets.Library;

// Resident size of the loaded library, measured once before the benchmarks (BenchmarkDotNet reports allocations, not retained memory).
var before = GC.GetTotalMemory(forceFullCollection: true);
var stopwatch = Stopwatch.StartNew();
var library = CodeSetLibrary.Load();
stopwatch.Stop();
var after = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"Code sets: {library.Report.SourceFiles} files, {library.Versions.Count} tables, loaded in {stopwatch.ElapsedMilliseconds} ms ({(library.Report.FromCache ? "cache" : "parsed")}), managed heap retained {(after - before) / (1024.0 * 1024.0):F1} MiB");
GC.KeepAlive(library);

BenchmarkSwitcher.FromTypes([typeof(CodeSetLookupBenchmarks), typeof(CodeSetLoadBenchmarks)]).Run(args);
