using MedCoder.CodeSets.Cpt;
using static MedCoder.CodeSets.Tests.Support.CodeSetTestData;

namespace MedCoder.CodeSets.Tests.Cpt;

/// <summary>The importer for user-supplied, AMA-licensed CPT descriptors. The texts below are placeholders, not AMA descriptors.</summary>
public sealed class LicensedCptFileTests
{
    private const string Header = "code\tshort_description\tlong_description";

    [Fact]
    public void Without_a_licensed_file_there_are_no_descriptions()
    {
        Assert.False(LicensedCptFile.None.IsLoaded);
        Assert.Null(LicensedCptFile.None.DescriptionOf("99213"));
    }

    [Fact]
    public void Imports_descriptors_from_the_documented_format()
    {
        var file = Load(Header, "99213\tShort A\tLong A", string.Empty, "0042T\tShort B\tLong B");

        Assert.True(file.IsLoaded);
        Assert.Equal(2, file.Descriptors.Count);
        Assert.Equal("Long A", file.DescriptionOf("99213"));
        Assert.Equal(new CptDescriptor("0042T", "Short B", "Long B"), file.Find("0042t"));
        Assert.Null(file.DescriptionOf("99214"));
    }

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var file = Load(Header, "99213\tShort A\tLong A", "0042T\tShort B\tLong B");

        Assert.Equal(file.Descriptors, RoundTrip(file, LicensedCptFile.Read).Descriptors);
        Assert.Same(LicensedCptFile.None, RoundTrip(LicensedCptFile.None, LicensedCptFile.Read));
    }

    [Theory]
    [InlineData("A1234\tShort\tLong", 3)] // HCPCS Level II, not CPT
    [InlineData("99213\tShort", 3)] // missing the long description
    [InlineData("99213\t \tLong", 3)] // empty short description
    [InlineData("99213\tShort A\tLong A", 3)] // repeated code
    public void A_bad_line_names_the_file_and_line(string line, int expectedLine) =>
        AssertRejected("cpt_licensed.tsv", string.Join("\n", Header, "99213\tShort A\tLong A", line), path => LicensedCptFile.Load(path), expectedLine);

    [Fact]
    public void A_missing_header_names_the_file_and_line() =>
        AssertRejected("cpt_licensed.tsv", "99213\tShort A\tLong A\n", path => LicensedCptFile.Load(path), expectedLine: 1);

    private static LicensedCptFile Load(params string[] lines)
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "cpt_licensed.tsv");
            File.WriteAllLines(path, lines);
            return LicensedCptFile.Load(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
