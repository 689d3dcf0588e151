namespace MedCoder.Coding.Tests;

/// <summary>Laterality (Guidelines I.B.13): the side written beside a mention makes an unspecified-side code that side's code.</summary>
public sealed class StatedSideTests
{
    [Fact]
    public void The_side_after_the_condition_picks_that_sides_code()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Acute suppurative otitis media of the right ear without rupture.\n");

        Assert.Contains("H66.001", codes);
        Assert.DoesNotContain("H66.009", codes);
    }

    [Fact]
    public void Bilateral_takes_the_bilateral_code_where_the_code_book_has_one()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Acute suppurative otitis media, bilateral.\n");

        Assert.Contains("H66.003", codes);
        Assert.DoesNotContain("H66.009", codes);
    }

    [Fact]
    public void Both_sides_without_a_bilateral_code_are_coded_right_and_left()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Primary osteoarthritis of both hands.\n");

        Assert.Contains("M19.041", codes);
        Assert.Contains("M19.042", codes);
        Assert.DoesNotContain("M19.049", codes);
    }

    [Fact]
    public void A_side_that_belongs_to_another_condition_of_the_line_lends_none()
    {
        var codes = SharedCoder.Codes("ASSESSMENT:\n1. Acute suppurative otitis media.\n2. Laceration of the left forearm repaired.\n");

        Assert.Contains(codes, c => c.StartsWith("H66.00", StringComparison.Ordinal));
        Assert.DoesNotContain("H66.002", codes);
        Assert.DoesNotContain("H66.005", codes);
    }
}
