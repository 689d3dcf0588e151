using MedCoder.CodeSets.Icd10Pcs;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Icd10Pcs;

/// <summary>The FY2026 PCS order addenda; expected counts are CMS's own summary at the end of the file.</summary>
public sealed class Icd10PcsOrderAddendaTests
{
    private static readonly Lazy<Icd10PcsOrderAddenda> Fy2026 = new(() => Icd10PcsOrderAddenda.Load(PathOf("icd10pcs", "fy2026", "icd10pcs_order_addenda_2026.txt")));

    [Fact]
    public void Matches_the_cms_summary_of_changes()
    {
        Assert.Equal(156, Fy2026.Value.Added.Count(e => !e.IsTableHeader));
        Assert.Equal(4, Fy2026.Value.Added.Count(e => e.IsTableHeader));
        Assert.Equal(27, Fy2026.Value.Deleted.Count());
        Assert.Single(Fy2026.Value.Revised);
    }

    [Fact]
    public void A_revision_keeps_the_old_and_new_titles()
    {
        var revision = Fy2026.Value.Revised.Single();

        Assert.Equal("6A4", revision.Code);
        Assert.Equal("Extracrp/Syst Therapies, Phys Sys, Hypothermia", revision.PreviousShortDescription);
        Assert.Equal("Extracrp/Syst Therapies, Phys Sys, Hypotherm", revision.ShortDescription);
        Assert.Equal(revision.PreviousLongDescription, revision.LongDescription);
    }

    [Fact]
    public void Agrees_with_the_order_file_of_the_same_year()
    {
        var release = Icd10PcsRelease.Load(PathOf("icd10pcs", "fy2026", "icd10pcs_order_2026.txt.gz"), 2026);

        Assert.All(Fy2026.Value.Added, e => Assert.Equal(e.LongDescription, release.Find(e.Code)?.LongDescription));
        Assert.All(Fy2026.Value.Deleted, e => Assert.Null(release.Find(e.Code)));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var restored = RoundTrip(Fy2026.Value, Icd10PcsOrderAddenda.Read);

        Assert.Equal(Fy2026.Value.Entries, restored.Entries);
    }

    [Fact]
    public void A_revise_from_without_revise_to_names_the_file_and_line()
    {
        var content = string.Join("\r\n", Line("Add:", "0DTJ4ZZ"), Line("Revise from:", "6A4"), Line("Add:", "0DTJ0ZZ"));

        AssertRejected("order_addenda_2030.txt", content, path => Icd10PcsOrderAddenda.Load(path), expectedLine: 2);
    }

    [Fact]
    public void An_unknown_action_names_the_file_and_line()
    {
        var content = string.Join("\r\n", Line("Add:", "0DTJ4ZZ"), Line("Change:", "0DTJ0ZZ"));

        AssertRejected("order_addenda_2030.txt", content, path => Icd10PcsOrderAddenda.Load(path), expectedLine: 2);
    }

    private static string Line(string label, string code) => $"{label,-13}{code,-7} {"Short title",-60} Long title";
}
