using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

public sealed class NeoplasmTableTests
{
    private static readonly Lazy<NeoplasmTable> Table = new(() => NeoplasmTable.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-neoplasm-April-1-2026-XML.xml.gz")));

    [Fact]
    public void Has_1939_terms_and_10922_cells()
    {
        Assert.Equal(1_939, Table.Value.TermCount);
        Assert.Equal(10_922, Table.Value.CellCount);
        Assert.Equal(["Neoplasm, neoplastic"], Table.Value.Rows[0].Path);
        Assert.Equal("C80.1", Table.Value.Rows[0].Code(NeoplasmColumn.MalignantPrimary));
    }

    [Fact]
    public void Lung_malignant_primary_keeps_the_trailing_dash()
    {
        var lung = Table.Value.Find("Lung")[0];

        Assert.Equal(["Neoplasm, neoplastic", "lung"], lung.Path);
        Assert.Equal("C34.9-", lung.Code(NeoplasmColumn.MalignantPrimary)); // '-': laterality still to be coded
        Assert.Equal("C78.0-", lung.Code(NeoplasmColumn.MalignantSecondary));
        Assert.Equal("D38.1", lung.Code(NeoplasmColumn.UncertainBehavior));
        Assert.Equal("C34.1-", Table.Value.FindPath("lung", "azygos lobe")!.Code(NeoplasmColumn.MalignantPrimary));
        Assert.All(Table.Value.Find("lung").Skip(1), row => Assert.Equal("lung", row.Path[1]));
    }

    [Fact]
    public void A_single_dash_cell_has_no_code()
    {
        var row = Table.Value.FindPath("abdomen, abdominal", "wall", "connective tissue")!;

        Assert.Equal("-", row.Cells[(int)NeoplasmColumn.CaInSitu]);
        Assert.Null(row.Code(NeoplasmColumn.CaInSitu));
        Assert.Equal("D48.1-", row.Code(NeoplasmColumn.UncertainBehavior));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Table.Value, NeoplasmTable.Read);

        Assert.Equal(Table.Value.TermCount, copy.TermCount);
        Assert.Equal(Table.Value.CellCount, copy.CellCount);
        Assert.Equal(Table.Value.Find("lung").Select(r => r.Path), copy.Find("lung").Select(r => r.Path));
        Assert.Equal("C34.9-", copy.Find("lung")[0].Code(NeoplasmColumn.MalignantPrimary));
    }

    [Fact]
    public void A_malformed_file_names_the_file_and_line()
    {
        var content = "<?xml version=\"1.0\"?>\n<ICD10CM.index>\n  <indexHeading>\n    <head col=\"2\">Malignant Primary</head>\n  </indexHeading>\n  <letter><title>N</title>\n    <mainTerm><title>Neoplasm</title>\n      <term level=\"1\"><title>lung</title>\n        <cell col=\"2\">C34.9-</cell>\n      </term>\n    </mainTerm>\n  </letter>\n</ICD10CM.index>\n";

        var error = Icd10CmData.LoadBroken("icd10cm-neoplasm-2030.xml", content, path => NeoplasmTable.Load(path));

        Assert.Equal(3, error.Line); // the heading of column 3 is missing
        Assert.Contains("icd10cm-neoplasm-2030.xml line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_names_the_file_and_line()
    {
        var content = "<?xml version=\"1.0\"?>\n<ICD10CM.index>\n  <letter><title>N</title>\n    <mainTerm><title>Neoplasm</title>\n";

        var error = Icd10CmData.LoadBroken("icd10cm-neoplasm-2030.xml", content, path => NeoplasmTable.Load(path));

        Assert.Contains("icd10cm-neoplasm-2030.xml line ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 4);
    }
}
