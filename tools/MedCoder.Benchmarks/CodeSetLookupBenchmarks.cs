using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;

namespace MedCoder.Benchmarks;

/// <summary>
/// Lookups against the loaded library, with a plain Dictionary lookup over the same codes as the baseline
/// measured in the same run (the Ratio column).
/// </summary>
[MemoryDiagnoser]
public class CodeSetLookupBenchmarks
{
    private static readonly string[] Probes = ["E1165", "I10", "S52501A", "J189", "Z0000", "T391X1A", "E11", "XYZ12"];
    private Dictionary<string, Icd10CmCode> _plain = null!;
    private Icd10CmRelease _release = null!;
    private CodeSetLibrary _library = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _library = CodeSetLibrary.Load();
        _release = _library.For(new DateOnly(2026, 3, 1)).Icd10Cm.Release.Codes;
        _plain = _release.Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    private string NextProbe() => Probes[_next++ & 7];

    [Benchmark(Baseline = true, Description = "Dictionary<string,Code> (baseline)")]
    public Icd10CmCode? PlainDictionary() => _plain.GetValueOrDefault(NextProbe());

    [Benchmark(Description = "Icd10CmRelease.Find")]
    public Icd10CmCode? ReleaseFind() => _release.Find(NextProbe());

    [Benchmark(Description = "Find with dot (E11.65)")]
    public Icd10CmCode? ReleaseFindDotted() => _release.Find("E11.65");

    [Benchmark(Description = "For(date) snapshot + Find")]
    public Icd10CmCode? SnapshotFind() => _library.For(new DateOnly(2025, 12, 1)).Icd10Cm.Release.Codes.Find(NextProbe());
}
