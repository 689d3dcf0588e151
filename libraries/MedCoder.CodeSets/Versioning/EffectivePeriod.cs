using System.Globalization;

namespace MedCoder.CodeSets.Versioning;

/// <summary>The dates of service a release applies to, inclusive.</summary>
public sealed record EffectivePeriod(DateOnly From, DateOnly To)
{
    /// <summary>ICD-10-CM/PCS fiscal year: October 1 of the previous year to September 30.</summary>
    public static EffectivePeriod FiscalYear(int year) => new(new DateOnly(year - 1, 10, 1), new DateOnly(year, 9, 30));

    /// <summary>A calendar quarter (HCPCS, NCCI, MUE) starting on the given month.</summary>
    public static EffectivePeriod QuarterStarting(int year, int month)
    {
        if (month is not (1 or 4 or 7 or 10))
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "a quarter starts in January, April, July or October");
        }

        var from = new DateOnly(year, month, 1);
        return new EffectivePeriod(from, from.AddMonths(3).AddDays(-1));
    }

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
