using MedCoder.Coding.Training.Dictated;
using MedCoder.Contracts.Coding;

namespace MedCoder.Coding.Tests.Dictated;

/// <summary>The shipped sets load and keep their format; set B may be absent (its folder is merged later).</summary>
public sealed class DictatedNoteSetTests
{
    private static readonly Lazy<IReadOnlyList<DictatedNote>> Shipped = new(() => DictatedNoteSet.Load(DictatedNoteSet.DefaultPath));

    [Fact]
    public void Set_a_has_its_80_notes_each_with_text_and_one_first_listed_diagnosis()
    {
        var setA = Shipped.Value.Where(n => n.Set == "a").ToList();

        Assert.True(setA.Count >= 80, $"set A has {setA.Count} notes");
        Assert.All(setA, n => Assert.True(n.Text.Trim().Length > 0, n.Id));
        Assert.Equal(setA.Count / 2, setA.Count(n => n.Split == DictatedNoteSet.Holdout));
    }

    [Fact]
    public void Every_note_of_every_set_has_exactly_one_rank_1_diagnosis_and_consecutive_ranks()
    {
        Assert.All(Shipped.Value, n =>
        {
            var ranks = n.Gold.Where(g => g.System == CodeSystems.Icd10Cm).Select(g => g.Rank).Order().ToList();
            Assert.True(ranks.Count(r => r == 1) == 1, $"{n.Set}/{n.Id}: {ranks.Count(r => r == 1)} rank-1 ICD-10-CM codes");
            Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
        });
    }

    [Fact]
    public void Every_note_file_is_listed_and_every_date_of_service_is_in_fiscal_2026()
    {
        foreach (var folder in Directory.GetDirectories(DictatedNoteSet.DefaultPath, DictatedNoteSet.FolderPrefix + "*"))
        {
            var set = Path.GetFileName(folder)[DictatedNoteSet.FolderPrefix.Length..];
            var listed = Shipped.Value.Where(n => n.Set == set).Select(n => n.Id).ToHashSet();
            var files = Directory.GetFiles(Path.Combine(folder, "notes"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f));
            Assert.All(files, id => Assert.True(listed.Contains(id), $"{set}/notes/{id}.txt is not in notes.tsv"));
        }

        Assert.All(Shipped.Value, n => Assert.InRange(n.DateOfService, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void A_listed_note_without_its_file_is_refused_with_file_and_line()
    {
        using var folder = new SetFolder();
        folder.Write("notes.tsv", "id\tsplit\tkind\tsetting\tdos\tage\tsex\nx001\ttune\toffice\toffice\t2026-01-05\t40\tfemale\n");
        folder.Write("gold.tsv", "id\tsystem\tcode\trank\treason\nx001\tICD-10-CM\tI10\t1\thypertension\n");

        var error = Assert.Throws<InvalidDataException>(() => DictatedNoteSet.LoadSet(folder.Path));
        Assert.Contains("notes.tsv:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("x001.txt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x001\ttune\toffice\tclinic\t2026-01-05\t40\tfemale", "setting 'clinic'")]
    [InlineData("x001\ttune\tvisit\toffice\t2026-01-05\t40\tfemale", "kind 'visit'")]
    [InlineData("x001\ttraining\toffice\toffice\t2026-01-05\t40\tfemale", "split 'training'")]
    [InlineData("x001\ttune\toffice\toffice\t01/05/2026\t40\tfemale", "dos '01/05/2026'")]
    [InlineData("x001\ttune\toffice\tOffice\t2026-01-05\t40\tfemale", "setting 'Office'")]
    public void A_malformed_notes_row_is_refused_naming_the_field(string row, string expected)
    {
        using var folder = new SetFolder();
        folder.Write("notes.tsv", "id\tsplit\tkind\tsetting\tdos\tage\tsex\n" + row + "\n");
        folder.Write("gold.tsv", "id\tsystem\tcode\trank\treason\n");
        folder.Write("notes/x001.txt", "ASSESSMENT: Hypertension.");

        var error = Assert.Throws<InvalidDataException>(() => DictatedNoteSet.LoadSet(folder.Path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_loads_its_metadata_text_and_gold_and_refuses_gold_of_an_unlisted_note()
    {
        using var folder = new SetFolder("set-z");
        folder.Write("notes.tsv", "id\tsplit\tkind\tsetting\tdos\tage\tsex\nz001\tholdout\ted\temergency\t2026-02-03\t54\tmale\n");
        folder.Write("gold.tsv", "id\tsystem\tcode\trank\treason\nz001\tICD-10-CM\tR07.9\t1\tchest pain\nz001\tICD-10-CM\tI10\t2\thtn\n");
        folder.Write("notes/z001.txt", "IMPRESSION: Chest pain.");

        var note = Assert.Single(DictatedNoteSet.LoadSet(folder.Path));
        Assert.Equal(("z", DictatedNoteSet.Holdout, "ed", Contracts.Encounters.CareSetting.Emergency, 54, Contracts.Encounters.AdministrativeSex.Male),
            (note.Set, note.Split, note.Kind, note.Setting, note.Age, note.Sex));
        Assert.Equal("R07.9", note.FirstListed?.Code);
        Assert.Equal(2, note.Gold.Count);

        folder.Write("gold.tsv", "id\tsystem\tcode\trank\treason\nz002\tICD-10-CM\tI10\t1\thtn\n");
        Assert.Contains("'z002'", Assert.Throws<InvalidDataException>(() => DictatedNoteSet.LoadSet(folder.Path)).Message, StringComparison.Ordinal);
    }

    /// <summary>A throwaway set folder.</summary>
    private sealed class SetFolder : IDisposable
    {
        private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("dictated-");

        public SetFolder(string name = "set-x") => Path = Directory.CreateDirectory(System.IO.Path.Combine(_root.FullName, name)).FullName;

        public string Path { get; }

        public void Write(string relative, string text)
        {
            var file = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        public void Dispose() => _root.Delete(recursive: true);
    }
}
