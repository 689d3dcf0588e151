using System.Diagnostics;
using System.Text;
using MedCoder.CodeSets.Files;
using MedCoder.CodeSets.Icd10Cm;
using Xunit.Abstractions;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>All ICD-10-CM tables together: parse times are reported, and reading them back from the binary cache stays well inside the 2 s start-up budget.</summary>
public sealed class Icd10CmCacheLoadTests(ITestOutputHelper output)
{
    [Fact]
    public void All_tables_read_back_from_one_cache_stream_quickly()
    {
        var clock = Stopwatch.StartNew();
        var release = Icd10CmData.Fy2026.Value;
        output.WriteLine($"(FY2026 order file for the notes filter: {clock.ElapsedMilliseconds} ms, not part of the notes time)");
        var tables = new List<(string Name, ICacheable Table, Func<BinaryReader, ICacheable> Read)>
        {
            Timed("order addenda", () => Icd10CmAddenda.Load(Icd10CmData.File("fy2026", "icd10cm_order_addenda_2026.txt")), Icd10CmAddenda.Read),
            Timed("codes addenda", () => Icd10CmAddenda.Load(Icd10CmData.File("fy2026", "icd10cm_codes_addenda_2026.txt")), Icd10CmAddenda.Read),
            Timed("conversion table", () => ConversionTable.Load(Icd10CmData.File("fy2026", "ICD-10-CM-CONVERSION-TABLE-FY2026.converted.tsv")), ConversionTable.Read),
            Timed("POA exempt", () => PoaExemptList.Load(Icd10CmData.File("fy2026", "poa-exempt", "POAexemptCodesFY26.txt.gz")), PoaExemptList.Read),
            Timed("tabular notes (derived + FY2021 XML)", () => TabularNotes.Load(
                Icd10CmData.File("fy2026", "derived", "icd10cm_instructional_notes_fy2026_derived.json.gz"),
                Icd10CmData.File("legacy-fy2021", "icd10cm_tabular_2021.xml.gz"),
                release), TabularNotes.Read),
            Timed("tabular notes (derived only)", () => TabularNotes.Load(
                Icd10CmData.File("fy2026", "derived", "icd10cm_instructional_notes_fy2026_derived.json.gz"), null, release), TabularNotes.Read),
            Timed("drug table", () => DrugTable.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-drug-April-1-2026-XML.xml.gz")), DrugTable.Read),
            Timed("neoplasm table", () => NeoplasmTable.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-neoplasm-April-1-2026-XML.xml.gz")), NeoplasmTable.Read),
            Timed("external cause index", () => ExternalCauseIndex.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-eindex-April-1-2026-XML.xml.gz")), ExternalCauseIndex.Read),
        };

        using var cache = new MemoryStream();
        using (var writer = new BinaryWriter(cache, Encoding.UTF8, leaveOpen: true))
        {
            tables.ForEach(t => t.Table.Write(writer));
        }

        cache.Position = 0;
        clock.Restart();
        using (var reader = new BinaryReader(cache, Encoding.UTF8, leaveOpen: true))
        {
            tables.ForEach(t => t.Read(reader));
        }

        clock.Stop();
        output.WriteLine($"binary cache: {cache.Length:N0} bytes, read in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(cache.Length, cache.Position);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    private (string, ICacheable, Func<BinaryReader, ICacheable>) Timed<T>(string name, Func<T> load, Func<BinaryReader, T> read)
        where T : ICacheable
    {
        var clock = Stopwatch.StartNew();
        var table = load();
        output.WriteLine($"{name}: parsed in {clock.ElapsedMilliseconds} ms");
        return (name, table, reader => read(reader));
    }
}
