using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

public sealed class DrugTableTests
{
    private static readonly Lazy<DrugTable> Table = new(() => DrugTable.Load(Icd10CmData.File("fy2026-april-update", "icd10cm-drug-April-1-2026-XML.xml.gz")));

    [Fact]
    public void Has_5179_main_terms_and_43224_cells()
    {
        Assert.Equal(5_179, Table.Value.MainTermCount);
        Assert.Equal(43_224, Table.Value.CellCount);
        Assert.Equal("Poisoning Accidental (unintentional)", Table.Value.ColumnHeadings[(int)DrugColumn.PoisoningAccidental]);
        Assert.Equal("Underdosing", Table.Value.ColumnHeadings[(int)DrugColumn.Underdosing]);
    }

    [Fact]
    public void Finds_acetaminophen_case_insensitively()
    {
        var row = Assert.Single(Table.Value.Find("acetaminophen"));

        Assert.Equal(["Acetaminophen"], row.Path);
        Assert.Equal("T39.1X1", row.Code(DrugColumn.PoisoningAccidental));
        Assert.Equal("T39.1X5", row.Code(DrugColumn.AdverseEffect));
        Assert.Equal("T39.1X6", row.Code(DrugColumn.Underdosing));
    }

    [Fact]
    public void Keeps_nonessential_modifiers_in_the_path_and_finds_terms_without_them()
    {
        var row = Table.Value.Find("Abrus")[0];

        Assert.Equal("Abrus (seed)", row.Path[0]);
        Assert.Equal("Abrus", row.Term);
        Assert.Equal("--", row.Cells[(int)DrugColumn.AdverseEffect]); // published as "--": no code
        Assert.Null(row.Code(DrugColumn.AdverseEffect));
        Assert.Same(row, Table.Value.Find("Abrus (seed)")[0]);
    }

    [Fact]
    public void Finds_subterms_by_path()
    {
        var row = Table.Value.FindPath("Acetic", "acid", "with sodium acetate")!;

        Assert.Equal(["Acetic", "acid", "with sodium acetate (ointment)"], row.Path);
        Assert.Equal("T49.3X1", row.Code(DrugColumn.PoisoningAccidental));
        Assert.Contains(row, Table.Value.Find("Acetic"));
        Assert.Null(Table.Value.FindPath("Acetic", "vinegar"));
    }

    [Fact]
    public void Keeps_see_references()
    {
        var row = Assert.Single(Table.Value.Find("Aleve"));

        Assert.Equal("Naproxen", row.See);
        Assert.All(row.Cells, Assert.Null);
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Table.Value, DrugTable.Read);

        Assert.Equal(Table.Value.Rows.Count, copy.Rows.Count);
        Assert.Equal(Table.Value.CellCount, copy.CellCount);
        Assert.Equal(Table.Value.ColumnHeadings, copy.ColumnHeadings);
        Assert.Equal(["Acetic", "acid", "with sodium acetate (ointment)"], copy.FindPath("acetic", "acid", "with sodium acetate")!.Path);
        Assert.Equal("T39.1X1", copy.Find("Acetaminophen")[0].Code(DrugColumn.PoisoningAccidental));
    }

    [Fact]
    public void A_malformed_file_names_the_file_and_line()
    {
        var content = """
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.index>
              <indexHeading>
                <head col="1">Substance</head><head col="2">Poisoning Accidental (unintentional)</head><head col="3">Poisoning Intentional self-harm</head>
                <head col="4">Poisoning Assault</head><head col="5">Poisoning Undetermined</head><head col="6">Adverse effect</head><head col="7">Underdosing</head>
              </indexHeading>
              <letter>
                <title>A</title>
                <mainTerm>
                  <title>Acetaminophen</title>
                  <cell col="9">T39.1X1</cell>
                </mainTerm>
              </letter>
            </ICD10CM.index>
            """;

        var error = Icd10CmData.LoadBroken("icd10cm-drug-2030.xml", content, path => DrugTable.Load(path));

        Assert.Equal(11, error.Line);
        Assert.Contains("icd10cm-drug-2030.xml line 11", error.Message, StringComparison.Ordinal);
    }
}
