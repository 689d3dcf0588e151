using System.Globalization;
using MedCoder.CodeSets.Icd10Cm;
using MedCoder.CodeSets.Library;
using MedCoder.CodeSets.Tests.Library;
using MedCoder.CodeSets.Tests.Support;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>The FY2025 Alphabetic Index (derived CSV; counts from data/SOURCES.md): its tree, references, modifiers and codes by edition.</summary>
public sealed class AlphabeticIndexTests
{
    private static readonly Lazy<AlphabeticIndex> Index = new(() => AlphabeticIndex.Load(Icd10CmData.File("fy2025", "derived", "icd10cm_index_2025_derived.csv.gz"), 2025));

    private static IndexCodes On(string dateOfService) =>
        CodeSetLibraryTests.Shipped.Value.For(DateOnly.Parse(dateOfService, CultureInfo.InvariantCulture)).Icd10Cm.Release.AlphabeticIndex!;

    private static int Row(params string[] path) => Index.Value.Find(path) is var row and >= 0 ? row : throw new Xunit.Sdk.XunitException($"no index term {string.Join(", ", path)}");

    [Fact]
    public void Reads_every_term_of_the_shipped_file()
    {
        Assert.Equal(81_024, Index.Value.Entries.Count);
        Assert.Equal(8_100, Index.Value.MainTerms.Count);
        Assert.Equal(62_721, Index.Value.CodeCount);
        Assert.Equal(12_136, Index.Value.SeeCount);
        Assert.Equal(2_057, Index.Value.Entries.Count(e => e.SeeAlso is not null));
        Assert.Equal(29_785, Index.Value.Entries.Count(e => e.Level == 1));
        Assert.Equal(60, Index.Value.Entries.Count(e => e.Level == 9));
    }

    [Fact]
    public void Builds_the_term_tree_from_row_order_and_level()
    {
        var large = Row("Diverticulitis", "intestine", "large");

        Assert.Equal(["Diverticulitis (acute)", "intestine", "large"], Index.Value.Path(large));
        Assert.Equal("K57.32", Index.Value.Entries[large].Code);
        var with = Assert.Single(Index.Value.Children(large));
        Assert.Equal("with", Index.Value.Entries[with].Term);
        Assert.Equal(Row("Diverticulitis", "intestine"), Index.Value.Entries[large].Parent);
        Assert.Equal(-1, Index.Value.Entries[Row("Diverticulitis")].Parent);
        Assert.Equal(["Bronchitis (diffuse) (fibrinous) (hypostatic) (infective) (membranous)", "acute or subacute (with bronchospasm or obstruction)"], Index.Value.Path(Row("Bronchitis", "subacute")));
    }

    [Fact]
    public void Finds_main_terms_by_any_of_their_forms_and_subterms_in_either_word_order()
    {
        Assert.Equal(Row("Calculus", "gallbladder"), Row("calculi", "Gallbladder"));
        Assert.Equal("Calculus, calculi, calculous", Index.Value.Entries[Row("Calculus")].Term);
        Assert.Equal("K57.30", Index.Value.Entries[Row("Diverticulosis", "intestine, large")].Code); // printed "large intestine"
        Assert.Equal("K80.00", Index.Value.Entries[Row("Calculus", "gallbladder", "with cholecystitis", "acute")].Code);
        Assert.Equal(-1, Index.Value.Find("Calculus", "elbow"));
    }

    [Fact]
    public void Resolves_see_references_to_the_main_term_and_the_subterm_path_they_name()
    {
        var cholelithiasis = Row("Cholelithiasis");
        Assert.Equal("Calculus, gallbladder", Index.Value.Entries[cholelithiasis].See);
        Assert.Equal(["Calculus, calculi, calculous", "gallbladder"], Index.Value.Path(Index.Value.SeeTarget(cholelithiasis)));

        var acuteWithStones = Row("Cholecystitis", "acute", "with", "cholelithiasis");
        Assert.Equal("Calculus, gallbladder, with cholecystitis, acute", Index.Value.Entries[acuteWithStones].See);
        Assert.Equal("K80.00", Index.Value.Entries[Index.Value.SeeTarget(acuteWithStones)].Code);

        // "see Diverticulosis, intestine, large" names the subterm printed "large intestine".
        Assert.Equal("K57.30", Index.Value.Entries[Index.Value.SeeTarget(Row("Diverticulum", "sigmoid"))].Code);
        Assert.Equal(Row("Syndrome", "carpal tunnel"), Index.Value.SeeTarget(Row("Carpal tunnel syndrome")));
        Assert.Equal(Row("Polyneuropathy"), Index.Value.SeeAlsoTarget(Row("Neuropathy", "peripheral")));
    }

    [Fact]
    public void Leaves_references_to_tables_and_instructions_unresolved()
    {
        var row = Index.Value.Entries.Select((e, i) => (e, i)).First(x => x.e.See == "Neoplasm, malignant, by site").i;

        Assert.Equal(-1, Index.Value.SeeTarget(row));
        Assert.Equal(-1, Index.Value.SeeTarget(Row("Cholecystitis")));
        Assert.InRange(Index.Value.ResolvedSeeCount, 10_000, Index.Value.SeeCount - 1_000); // what is left names a table or "by site"
    }

    [Fact]
    public void Parses_nonessential_modifiers_into_optional_phrases()
    {
        var acute = Index.Value.Entries[Row("Cholecystitis", "acute")];
        Assert.Equal("acute", acute.Term);
        Assert.Equal(["emphysematous", "gangrenous", "suppurative"], acute.Modifiers);
        Assert.Equal("acute (emphysematous) (gangrenous) (suppurative)", acute.Title);

        Assert.Equal(["cystic duct", "gallbladder", "impacted", "multiple"], Index.Value.Entries[Row("Cholelithiasis")].Modifiers);
        Assert.Equal(["mellitus", "sugar"], Index.Value.Entries[Row("Diabetes")].Modifiers);
        Assert.Contains("daze", Index.Value.Entries.SelectMany(e => e.Modifiers)); // published as ("daze")
        Assert.Empty(Index.Value.Entries[Row("Diverticulitis", "intestine", "large")].Modifiers);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2026-03-01")]
    public void Expands_a_code_ending_in_a_dash_to_the_valid_codes_below_it_in_the_edition_in_force(string dateOfService)
    {
        var index = On(dateOfService);
        var carpalTunnel = Row("Syndrome", "carpal tunnel");

        Assert.Equal("G56.0-", index.Index.Entries[carpalTunnel].Code);
        Assert.Equal(IndexCodeResolution.Expanded, index.ResolutionOf(carpalTunnel));
        Assert.Equal(["G5600", "G5601", "G5602", "G5603"], index.CodesOf(carpalTunnel));
        Assert.Equal(["I82411", "I82412", "I82413", "I82419"], index.CodesOf(Row("Thrombosis", "vein", "femoral")));
        Assert.Equal(["K5732"], index.CodesOf(Row("Diverticulitis", "intestine", "large")));
    }

    [Fact]
    public void Maps_a_fy2025_code_deleted_in_fy2026_through_the_conversion_table()
    {
        var pelvic = Row("Pain", "pelvic");
        Assert.Equal("R10.2", Index.Value.Entries[pelvic].Code);

        Assert.Equal(IndexCodeResolution.Valid, On("2025-09-30").ResolutionOf(pelvic));
        Assert.Equal(["R102"], On("2025-09-30").CodesOf(pelvic));
        Assert.Equal(IndexCodeResolution.Mapped, On("2025-10-01").ResolutionOf(pelvic));
        Assert.Equal(["R1020", "R1021", "R1022", "R1023", "R1024"], On("2025-10-01").CodesOf(pelvic));

        var multiple = Row("Sclerosis", "multiple");
        Assert.Equal(["G35"], On("2025-09-30").CodesOf(multiple));
        Assert.Contains("G35D", On("2025-10-01").CodesOf(multiple));
        Assert.DoesNotContain("G35", On("2025-10-01").CodesOf(multiple));
    }

    [Fact]
    public void Follows_see_references_to_the_codes_they_lead_to()
    {
        var fy2026 = On("2026-03-01");

        Assert.Equal(["K8000"], fy2026.CodesFor(Row("Cholecystitis", "acute", "with", "cholelithiasis")));
        Assert.Equal(["K8020"], fy2026.CodesFor(Row("Cholelithiasis")));
        Assert.Empty(fy2026.CodesOf(Row("Cholelithiasis"))); // its own: none
        Assert.Equal(["K810"], fy2026.CodesFor(Row("Cholecystitis", "gangrenous"))); // see Cholecystitis, acute
        Assert.Equal(["K8020"], fy2026.CodesFor(Row("Gallstone"))); // no code, no see: see also Calculus, gallbladder
        Assert.Empty(fy2026.CodesFor(Row("Syndrome"))); // see also Disease: a generic term leads nowhere
    }

    [Fact]
    public void A_later_edition_without_an_index_reads_the_latest_earlier_one_and_counts_what_it_drops()
    {
        var library = CodeSetLibraryTests.Shipped.Value;
        var fy2026 = library.Icd10CmEditions.Single(e => e.FiscalYear == 2026);

        Assert.Equal("ICD-10-CM FY2025", Assert.Single(fy2026.Tables, t => t.Kind == SourceKind.Icd10CmAlphabeticIndex).Version);
        var index = fy2026.AlphabeticIndex!;
        Assert.Equal(Index.Value.CodeCount, Enum.GetValues<IndexCodeResolution>().Skip(1).Sum(index.Count));
        Assert.True(index.Count(IndexCodeResolution.Mapped) > 0);
        Assert.Contains(library.Versions, v => v.Version == "FY2025 index in ICD-10-CM FY2026" && v.Contents.Contains("dropped", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, Index.Value.Entries.Count), row => Assert.All(index.CodesOf(row), code => Assert.True(fy2026.Codes.Find(code)?.Billable)));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Index.Value, AlphabeticIndex.Read);

        Assert.Equal(Index.Value.Entries.Count, copy.Entries.Count);
        Assert.Equal(Index.Value.ResolvedSeeCount, copy.ResolvedSeeCount);
        Assert.Equal(2025, copy.FiscalYear);
        var row = copy.Find("Cholecystitis", "acute", "with", "cholelithiasis");
        Assert.Equal(Row("Cholecystitis", "acute", "with", "cholelithiasis"), row);
        Assert.Equal("K80.00", copy.Entries[copy.SeeTarget(row)].Code);
        Assert.Equal(CodeSetTestData.Json(Index.Value.Entries[row]), CodeSetTestData.Json(copy.Entries[row]));
    }

    [Theory]
    [InlineData("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,Abasia,,,,F44.4\n2,A,2,hysterical,,,,F44.4\n", 3)]
    [InlineData("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,Abasia,,,,4F4.4\n", 2)]
    [InlineData("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,\"Abdomen, abdominal,,condition,,\n", 2)]
    [InlineData("RowID,Term,Code\n", 1)]
    public void A_malformed_file_names_the_file_and_line(string content, int line)
    {
        CodeSetTestData.AssertRejected("icd10cm_index_2030_derived.csv", content, path => AlphabeticIndex.Load(path, 2030), line);
    }
}
