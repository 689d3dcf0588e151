using MedCoder.CodeSets.Tests.Support;
using MedCoder.CodeSets.Icd10Cm;

namespace MedCoder.CodeSets.Tests.Icd10Cm;

public sealed class PoaExemptListTests
{
    private static readonly Lazy<PoaExemptList> List = new(() => PoaExemptList.Load(Icd10CmData.File("fy2026", "poa-exempt", "POAexemptCodesFY26.txt.gz")));

    [Fact]
    public void Has_the_38349_fy2026_exempt_codes_all_billable()
    {
        Assert.Equal(38_349, List.Value.Count);
        Assert.All(List.Value.Codes, code => Assert.True(Icd10CmData.Fy2026.Value.Find(code)?.Billable, code));
    }

    [Theory]
    [InlineData("Z99.89", true)]
    [InlineData("Z9989", true)]
    [InlineData("y92.009", true)]
    [InlineData("I10", false)]
    [InlineData("Z99", false)] // the list names billable codes, not categories
    public void Tells_whether_a_code_is_exempt(string code, bool exempt) => Assert.Equal(exempt, List.Value.IsExempt(code));

    [Fact]
    public void Round_trips_through_the_binary_cache()
    {
        var copy = CodeSetTestData.RoundTrip(List.Value, PoaExemptList.Read);

        Assert.Equal(List.Value.Codes, copy.Codes);
        Assert.True(copy.IsExempt("Z99.89"));
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var content = "Order26\tPOAexemptCode\tDescription\r\n01238\tB90.0\tSequelae of central nervous system tuberculosis\r\n01239 B90.1 Sequelae\r\n";

        var error = Icd10CmData.LoadBroken("POAexemptCodesFY30.txt", content, path => PoaExemptList.Load(path));

        Assert.Equal(3, error.Line);
        Assert.Contains("POAexemptCodesFY30.txt line 3", error.Message, StringComparison.Ordinal);
    }
}
