using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MedCoder.CodeSets.Library;

namespace MedCoder.Benchmarks;

/// <summary>Loading every shipped code set: from the binary cache (every start after the first) and parsing the official files (first start).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CodeSetLoadBenchmarks
{
    private string _warmCache = null!;

    [GlobalSetup]
    public void Setup()
    {
        _warmCache = Directory.CreateTempSubdirectory("bench-cache-").FullName;
        CodeSetLibrary.Load(cacheDirectory: _warmCache);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_warmCache, recursive: true);

    [Benchmark(Baseline = true, Description = "Load from binary cache")]
    public CodeSetLibrary FromCache() => CodeSetLibrary.Load(cacheDirectory: _warmCache);

    [Benchmark(Description = "Parse official files (cold)")]
    public CodeSetLibrary ParseCold()
    {
        var empty = Directory.CreateTempSubdirectory("bench-cold-").FullName;
        try
        {
            return CodeSetLibrary.Load(cacheDirectory: empty);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
