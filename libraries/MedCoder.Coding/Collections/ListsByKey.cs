namespace MedCoder.Coding.Collections;

/// <summary>Grouping into a dictionary of lists as items arrive.</summary>
public static class ListsByKey
{
    /// <summary>The key's list, added empty the first time the key is seen.</summary>
    public static List<T> ListFor<TKey, T>(this Dictionary<TKey, List<T>> lists, TKey key)
        where TKey : notnull =>
        lists.TryGetValue(key, out var list) ? list : lists[key] = [];
}
