using System.Globalization;
using MedCoder.Contracts.Encounters;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>How X12 writes values: dates CCYYMMDD (D8) and ranges CCYYMMDD-CCYYMMDD (RD8), amounts as decimals without trailing zeros (R type).</summary>
public static class X12Format
{
    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>D8 for one day, RD8 for a span.</summary>
    public static (string Qualifier, string Value) Period(DateOnly from, DateOnly to) =>
        from == to ? ("D8", Date(from)) : ("RD8", Date(from) + "-" + Date(to));

    public static (DateOnly From, DateOnly To) ParsePeriod(string qualifier, string value) =>
        qualifier == "RD8" ? (ParseDate(value[..8]), ParseDate(value[9..])) : (ParseDate(value), ParseDate(value));

    public static string Sex(AdministrativeSex sex) => sex switch
    {
        AdministrativeSex.Female => "F",
        AdministrativeSex.Male => "M",
        _ => "U",
    };

    public static AdministrativeSex ParseSex(string code) => code switch
    {
        "F" => AdministrativeSex.Female,
        "M" => AdministrativeSex.Male,
        _ => AdministrativeSex.Unknown,
    };
}
