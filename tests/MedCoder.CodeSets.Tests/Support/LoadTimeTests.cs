using System.Diagnostics;
using System.Text;
using MedCoder.CodeSets.Cpt;
using MedCoder.CodeSets.Edits;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Hcpcs;
using MedCoder.CodeSets.Icd10Pcs;
using Xunit.Abstractions;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Support;

/// <summary>
/// Parses each shipped PCS, HCPCS, edit and POS file and reads it back from the binary cache, logging both
/// times. Only the cache read is asserted, loosely: it is what start-up pays, and the library's budget is 2 s.
/// </summary>
public sealed class LoadTimeTests(ITestOutputHelper output)
{
    [Fact]
    public void Tables_read_back_from_the_cache_well_within_the_start_up_budget()
    {
        var cacheRead = TimeSpan.Zero;
        cacheRead += Measure("icd10pcs_order_2026", () => Icd10PcsRelease.Load(PathOf("icd10pcs", "fy2026", "icd10pcs_order_2026.txt.gz"), 2026), Icd10PcsRelease.Read).Read;
        cacheRead += Measure("icd10pcs_order_addenda_2026", () => Icd10PcsOrderAddenda.Load(PathOf("icd10pcs", "fy2026", "icd10pcs_order_addenda_2026.txt")), Icd10PcsOrderAddenda.Read).Read;
        cacheRead += Measure("HCPC2025_OCT_ANWEB", () => HcpcsRelease.Load(PathOf("hcpcs", "2025-10", "HCPC2025_OCT_ANWEB.converted.tsv.gz")), HcpcsRelease.Read).Read;
        cacheRead += Measure("mce_edits_fy2026", () => MceEdits.Load(PathOf("mce", "mce_edits_fy2026_derived.json")), MceEdits.Read).Read;
        var (mue, mueRead) = Measure("MUE practitioner 2026-04", () => MueTable.Load(PathOf("ncci", "MCR_MUE_PractitionerServices_Eff_04-01-2026.reconstructed.tsv.gz")), MueTable.Read);
        var (aoc, aocRead) = Measure("ncci_aoc_edits_2026q3", () => AddOnCodeEdits.Load(PathOf("ncci", "ncci_aoc_edits_2026q3_derived.json.gz")), AddOnCodeEdits.Read);
        cacheRead += mueRead + aocRead;
        cacheRead += Measure("pos_codes", () => PlaceOfServiceCodes.Load(PathOf("reference", "pos_codes_derived.json")), PlaceOfServiceCodes.Read).Read;
        cacheRead += Measure("CPT numbers (from MUE + AOC)", () => CptCodeNumbers.From(mue, aoc), CptCodeNumbers.Read).Read;

        output.WriteLine($"total cache read: {cacheRead.TotalMilliseconds:F0} ms");
        Assert.True(cacheRead < TimeSpan.FromSeconds(2), $"cache read took {cacheRead}");
    }

    private (T Table, TimeSpan Read) Measure<T>(string name, Func<T> parse, Func<BinaryReader, T> read)
        where T : ICacheable
    {
        var clock = Stopwatch.StartNew();
        var table = parse();
        var parsed = clock.Elapsed;

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            table.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        clock.Restart();
        read(reader);
        var restored = clock.Elapsed;

        output.WriteLine($"{name}: parse {parsed.TotalMilliseconds:F0} ms, cache {stream.Length / 1024} KiB read in {restored.TotalMilliseconds:F0} ms");
        return (table, restored);
    }
}
