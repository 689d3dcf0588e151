using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>
/// Notes from the FY2026 derived JSON, completed from the FY2021 tabular XML with what the JSON lacks (Code also,
/// notes, 7th characters) for codes that still exist in FY2026.
/// </summary>
public sealed class TabularNotesTests
{
    private const string Derived = "FY2026 derived notes";
    private const string Legacy = "FY2021 tabular XML";

    private static readonly Lazy<TabularNotes> Notes = new(() => TabularNotes.Load(DerivedPath, LegacyPath, Icd10CmData.Fy2026.Value));

    private static string DerivedPath => Icd10CmData.File("fy2026", "derived", "icd10cm_instructional_notes_fy2026_derived.json.gz");

    private static string LegacyPath => Icd10CmData.File("legacy-fy2021", "icd10cm_tabular_2021.xml.gz");

    [Fact]
    public void The_derived_file_alone_gives_notes_for_9814_codes()
    {
        var derivedOnly = TabularNotes.Load(DerivedPath, legacyTabularPath: null, _ => true);

        Assert.Equal(9_814, derivedOnly.CodeCount);
        Assert.Equal(0, derivedOnly.SeventhCharacterCodeCount);
        Assert.All(derivedOnly.Codes, code => Assert.All(derivedOnly.NotesFor(code), n => Assert.Equal(Derived, n.Source)));
    }

    [Fact]
    public void Excludes1_of_a_category_applies_to_the_codes_under_it()
    {
        Assert.Contains(Notes.Value.NotesFor("E11"), n => n is { Kind: NoteKind.Excludes1, Text: "type 1 diabetes mellitus (E10.-)", Source: Derived });

        var inherited = Notes.Value.InheritedNotesFor("E11.65", NoteKind.Excludes1);

        Assert.Contains(inherited, n => n.DeclaredAt == "E11" && n.Note.Text == "type 1 diabetes mellitus (E10.-)");
        Assert.DoesNotContain(inherited, n => n.DeclaredAt == "E119"); // a sibling, not an ancestor
        Assert.Empty(Notes.Value.NotesFor("E11.65"));
    }

    [Fact]
    public void Inherited_notes_come_nearest_first()
    {
        var inherited = Notes.Value.InheritedNotesFor("E11.9", NoteKind.Excludes1);

        Assert.Equal("E119", inherited[0].DeclaredAt);
        Assert.Equal("E11", inherited[^1].DeclaredAt);
    }

    [Fact]
    public void Fy2026_notes_win_over_the_fy2021_ones()
    {
        // FY2021 listed bronchiectasis under J44 as Excludes1; FY2026 makes it Excludes2.
        var j44 = Notes.Value.NotesFor("J44");

        Assert.DoesNotContain(j44, n => n.Kind == NoteKind.Excludes1);
        Assert.Contains(j44, n => n is { Kind: NoteKind.Excludes2, Text: "bronchiectasis (J47.-)", Source: Derived });
    }

    [Fact]
    public void Inclusion_terms_come_from_the_derived_file_only()
    {
        Assert.Contains(Notes.Value.NotesFor("J44.1"), n => n is { Kind: NoteKind.InclusionTerm, Text: "Decompensated COPD", Source: Derived });

        // B88.0 became a header in FY2026; its FY2021 inclusion terms moved to B88.01/B88.09 and must not come back.
        Assert.DoesNotContain(Notes.Value.NotesFor("B88.0"), n => n.Kind == NoteKind.InclusionTerm);
        Assert.DoesNotContain(Notes.Value.Codes.SelectMany(Notes.Value.NotesFor), n => n.Kind == NoteKind.InclusionTerm && n.Source == Legacy);
    }

    [Fact]
    public void Fy2021_adds_code_also_notes_of_codes_that_still_exist()
    {
        Assert.Contains(Notes.Value.NotesFor("J44"), n => n is { Kind: NoteKind.CodeAlso, Text: "type of asthma, if applicable (J45.-)", Source: Legacy });
        Assert.Contains(Notes.Value.NotesFor("S52"), n => n is { Kind: NoteKind.Note, Text: "A fracture not indicated as open or closed should be coded to closed", Source: Legacy });
    }

    [Fact]
    public void Seventh_characters_come_from_the_nearest_ancestor()
    {
        var definitions = Notes.Value.SeventhCharactersFor("S52.501A")!;

        Assert.Equal("S52", definitions.DefinedAt);
        Assert.Equal("initial encounter for closed fracture", definitions.For('A')!.Meaning);
        Assert.Equal("initial encounter for open fracture type I or II; initial encounter for open fracture NOS", definitions.For('B')!.Meaning);
        Assert.Equal(Legacy, definitions.For('A')!.Source);
        Assert.Contains(Notes.Value.NotesFor("S52"), n => n.Kind == NoteKind.SeventhCharacter);
        Assert.Null(Notes.Value.SeventhCharactersFor("I10"));
    }

    [Fact]
    public void Fy2021_notes_of_codes_missing_from_the_release_are_not_loaded()
    {
        var release = Icd10CmData.Fy2026.Value;

        // In the shipped data every FY2021 note left after the derived-first rule belongs to a live code...
        Assert.All(Notes.Value.Codes.Where(c => Notes.Value.NotesFor(c).Any(n => n.Source == Legacy)), code => Assert.NotNull(release.Find(code)));

        // ...so prove the filter by pretending S52 and J44 were deleted.
        var withoutS52 = TabularNotes.Load(DerivedPath, LegacyPath, code => code is not ("S52" or "J44") && release.Find(code) is not null);

        Assert.Null(withoutS52.SeventhCharactersFor("S52.501A"));
        Assert.DoesNotContain(withoutS52.NotesFor("J44"), n => n.Source == Legacy);
        Assert.Contains(withoutS52.NotesFor("J44"), n => n.Source == Derived); // the derived file is not filtered
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(Notes.Value, TabularNotes.Read);

        Assert.Equal(Notes.Value.CodeCount, copy.CodeCount);
        Assert.Equal(Notes.Value.NoteCount, copy.NoteCount);
        Assert.Equal(Notes.Value.NotesFor("J44"), copy.NotesFor("J44"));
        Assert.Equal(Notes.Value.InheritedNotesFor("E11.65", NoteKind.Excludes1), copy.InheritedNotesFor("E11.65", NoteKind.Excludes1));
        Assert.Equal(Notes.Value.SeventhCharactersFor("S52501A")!.Characters, copy.SeventhCharactersFor("S52501A")!.Characters);
    }

    [Fact]
    public void A_malformed_derived_file_names_the_file_and_line()
    {
        var content = "{\n  \"source\": \"CDC/NCHS ICD-10-CM Tabular List FY2030\",\n  \"codes\": {\n    \"A04\": { \"code\": \"A04\", \"excludes1\": [\"x\"] },\n    \"A05\": { \"code\": \"A05\", \"excludes3\": [\"y\"] }\n  }\n}\n";

        var error = Icd10CmData.LoadBroken("notes_derived.json", content, path => TabularNotes.Load(path, null, _ => true));

        Assert.Equal(5, error.Line);
        Assert.Contains("notes_derived.json line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        var content = "{\n  \"source\": \"FY2030\",\n  \"codes\": {\n    \"A04\": { \"code\": \"A04\" \"excludes1\": [] }\n  }\n}\n";

        var error = Icd10CmData.LoadBroken("notes_derived.json", content, path => TabularNotes.Load(path, null, _ => true));

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void A_malformed_tabular_xml_names_the_file_and_line()
    {
        var derived = Icd10CmData.File("fy2026", "derived", "icd10cm_instructional_notes_fy2026_derived.json.gz");
        var content = "<?xml version=\"1.0\"?>\n<ICD10CM.tabular>\n  <version>2030</version>\n  <chapter>\n    <diag>\n      <name>S52</name>\n      <sevenChrDef>\n        <extension>no character</extension>\n      </sevenChrDef>\n    </diag>\n  </chapter>\n</ICD10CM.tabular>\n";

        var error = Icd10CmData.LoadBroken("icd10cm_tabular_2030.xml", content, path => TabularNotes.Load(derived, path, _ => true));

        Assert.Equal(8, error.Line);
        Assert.Contains("icd10cm_tabular_2030.xml line 8", error.Message, StringComparison.Ordinal);
    }
}
