using MedCoder.Coding.Rules;

namespace MedCoder.Coding.Tests;

/// <summary>A header is never a final code: the billable code it stands for when the note says no more.</summary>
public sealed class CodeHierarchyTests
{
    private static readonly Lazy<CodeHierarchy> Hierarchy = new(() =>
        new CodeHierarchy(SharedCoder.CodeSets.Value.For(new DateOnly(2026, 3, 2)).Icd10Cm.Release));

    [Theory]
    [InlineData("I50", "I509")] // Heart failure, unspecified
    [InlineData("R10.2", "R1020")] // FY2026: "Pelvic and perineal pain unspecified side", no comma
    [InlineData("S72.001", "S72001A")] // an injury: the initial encounter
    [InlineData("W19.XXX", "W19XXXA")] // placeholders written, 7th character not: not itself a code-book entry
    [InlineData("I10", "I10")]
    public void A_code_stands_for_its_default_billable_code(string code, string billable) =>
        Assert.Equal(billable, Hierarchy.Value.DefaultBillable(code));

    [Fact]
    public void A_code_the_book_does_not_have_stands_for_nothing() =>
        Assert.Null(Hierarchy.Value.DefaultBillable("Q99.99"));
}
