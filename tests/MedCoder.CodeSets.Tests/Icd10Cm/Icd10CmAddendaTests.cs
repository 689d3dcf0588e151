using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

/// <summary>The FY2026 addenda; counts are the line counts of the CMS files (SOURCES.md) and match CMS's own summary.</summary>
public sealed class Icd10CmAddendaTests
{
    private static readonly Lazy<Icd10CmAddenda> Order = new(() => Icd10CmAddenda.Load(Icd10CmData.File("fy2026", "icd10cm_order_addenda_2026.txt")));
    private static readonly Lazy<Icd10CmAddenda> Codes = new(() => Icd10CmAddenda.Load(Icd10CmData.File("fy2026", "icd10cm_codes_addenda_2026.txt")));

    [Fact]
    public void Order_addenda_has_630_adds_28_deletes_and_90_revision_lines()
    {
        var addenda = Order.Value;

        Assert.Equal(AddendaLayout.Order, addenda.Layout);
        Assert.Equal(630, addenda.Count(AddendaAction.Add));
        Assert.Equal(28, addenda.Count(AddendaAction.Delete));
        Assert.Equal(90, addenda.Entries.Count(e => e.IsRevision));
        Assert.Equal(45, addenda.Revisions.Count);
    }

    [Fact]
    public void Codes_addenda_has_487_adds_28_deletes_and_76_revision_lines()
    {
        var addenda = Codes.Value;

        Assert.Equal(AddendaLayout.Codes, addenda.Layout);
        Assert.Equal(487, addenda.Count(AddendaAction.Add));
        Assert.Equal(28, addenda.Count(AddendaAction.Delete));
        Assert.Equal(76, addenda.Entries.Count(e => e.IsRevision));
        Assert.All(addenda.Entries, e => Assert.True(e.Billable));
    }

    [Fact]
    public void A_code_that_became_a_header_is_deleted_as_billable_and_added_as_header()
    {
        var b880 = Order.Value.For("B88.0");

        Assert.Equal([(AddendaAction.Delete, true), (AddendaAction.Add, false)], b880.Select(e => (e.Action, e.Billable)));
        Assert.Equal("Other acariasis", b880[0].LongDescription);
        Assert.Equal("Infestation by Demodex mites", Order.Value.For("B8801").Single().ShortDescription);
        Assert.Empty(Order.Value.For("I10"));
    }

    [Fact]
    public void Revisions_pair_the_old_and_new_titles()
    {
        var revision = Order.Value.Revisions.Single(r => r.From.Code == "L02212");

        Assert.Equal("Cutaneous abscess of back [any part, except buttock]", revision.From.LongDescription);
        Assert.Equal("Cutaneous abscess of back [any part, except buttock and flank]", revision.To.LongDescription);
        Assert.Equal("Cutaneous abscess of back", revision.To.ShortDescription);
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        foreach (var addenda in new[] { Order.Value, Codes.Value })
        {
            var copy = CodeSetTestData.RoundTrip(addenda, Icd10CmAddenda.Read);

            Assert.Equal(addenda.Layout, copy.Layout);
            Assert.Equal(addenda.Entries, copy.Entries);
            Assert.Equal(addenda.Revisions, copy.Revisions);
            Assert.Equal(addenda.For("B880"), copy.For("B880"));
        }
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var good = "Add:         1 B8801   " + "Infestation by Demodex mites".PadRight(60) + " Infestation by Demodex mites";
        var content = string.Join("\r\n", good, "Change:      1 B8809   " + "Other acariasis".PadRight(60) + " Other acariasis", string.Empty, "summary");

        var error = Icd10CmData.LoadBroken("icd10cm_order_addenda_2030.txt", content, path => Icd10CmAddenda.Load(path));

        Assert.Equal(2, error.Line);
        Assert.Contains("icd10cm_order_addenda_2030.txt line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_without_its_second_line_is_rejected()
    {
        var content = "Revise from: L02212  Old title\r\nAdd:         B8801   New code\r\n";

        var error = Icd10CmData.LoadBroken("icd10cm_codes_addenda_2030.txt", content, path => Icd10CmAddenda.Load(path));

        Assert.Equal(2, error.Line);
    }
}
