using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

public sealed class ExternalCauseIndexTests
{
    private static readonly Lazy<ExternalCauseIndex> Index = new(() => ExternalCauseIndex.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-eindex-April-1-2026-XML.xml.gz")));

    [Fact]
    public void Has_314_main_terms_and_7776_terms()
    {
        Assert.Equal(314, Index.Value.MainTermCount);
        Assert.Equal(7_776, Index.Value.TermCount);
    }

    [Fact]
    public void Finds_a_code_by_term_path()
    {
        var ladder = Index.Value.FindPath("fall, falling", "down", "ladder")!;

        Assert.Equal(["Fall, falling (accidental)", "down", "ladder"], ladder.Path);
        Assert.Equal("W11", ladder.Code);
        Assert.Equal("W19", Index.Value.Find("Fall, falling (accidental)")[0].Code);
    }

    [Fact]
    public void Keeps_cross_references_and_categories()
    {
        var lightning = Index.Value.Entries.First(e => e.Term == "lightning" && e.Code == "T75.0");
        Assert.Equal("Exposure, fire", Index.Value.Entries.First(e => e.Path.Count > lightning.Path.Count && e.Path[^2] == "lightning").See);

        Assert.Contains(Index.Value.Entries, e => e is { Term: "bed linen, causing suffocation", SeeCategory: "T71" });
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Index.Value, ExternalCauseIndex.Read);

        Assert.Equal(Index.Value.TermCount, copy.TermCount);
        Assert.Equal(Index.Value.FindPath("Fall, falling", "down", "ladder")!.Path, copy.FindPath("Fall, falling", "down", "ladder")!.Path);
        Assert.Equal(Index.Value.Find("Fall, falling").Count, copy.Find("Fall, falling").Count);
    }

    [Fact]
    public void A_malformed_file_names_the_file_and_line()
    {
        var content = "<?xml version=\"1.0\"?>\n<ICD10CM.index>\n  <letter><title>F</title>\n    <mainTerm><title>Fall</title><code>W19</code>\n      <term level=\"2\"><title>down</title></term>\n    </mainTerm>\n  </letter>\n</ICD10CM.index>\n";

        var error = Icd10CmData.LoadBroken("icd10cm-eindex-2030.xml", content, path => ExternalCauseIndex.Load(path));

        Assert.Equal(5, error.Line); // level="2" directly under a main term
        Assert.Contains("icd10cm-eindex-2030.xml line 5", error.Message, StringComparison.Ordinal);
    }
}
