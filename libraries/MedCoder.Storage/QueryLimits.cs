namespace MedCoder.Storage;

/// <summary>Page sizes are clamped so a caller cannot ask a store for an unbounded read.</summary>
internal static class QueryLimits
{
    public const int Max = 1000;

    public static int Clamp(int limit) => Math.Clamp(limit, 1, Max);

    public static Page<T> ToPage<T>(List<Document<T>> items, int limit) where T : class =>
        new(items, items.Count == limit ? items[^1].Sequence : null);
}
