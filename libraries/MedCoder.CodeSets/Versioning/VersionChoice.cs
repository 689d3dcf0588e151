namespace MedCoder.CodeSets.Versioning;

public enum VersionStatus
{
    /// <summary>The release in force on the date of service.</summary>
    InForce,

    /// <summary>The date is after the newest loaded release: the newest is used, but the release for that date is not loaded.</summary>
    NotYetReleased,

    /// <summary>The date is before the oldest loaded release: the oldest is used, which may differ from the codes then in force.</summary>
    BeforeOldestLoaded,

    /// <summary>A release the caller named (the one its codes were chosen against) that the date of service would not choose.</summary>
    Pinned,
}

/// <summary>Which release answered for a date of service, and how sure that choice is.</summary>
public sealed record VersionChoice<T>(T Release, string Version, EffectivePeriod Period, VersionStatus Status)
{
    public bool InForce => Status == VersionStatus.InForce;
}

/// <summary>Releases of one code set, each with its effective period, ordered oldest first.</summary>
public sealed class VersionedReleases<T>
{
    private readonly (EffectivePeriod Period, string Version, T Release)[] _releases;

    public VersionedReleases(IEnumerable<(EffectivePeriod Period, string Version, T Release)> releases)
    {
        _releases = releases.OrderBy(r => r.Period.From).ToArray();
    }

    public int Count => _releases.Length;

    public IEnumerable<(EffectivePeriod Period, string Version, T Release)> All => _releases;

    /// <summary>
    /// The release whose period contains the date; a later release wins when periods overlap (a mid-year
    /// update replaces the file it updates). Outside every period the nearest release answers, flagged.
    /// </summary>
    public VersionChoice<T>? For(DateOnly dateOfService)
    {
        if (_releases.Length == 0)
        {
            return null;
        }

        for (var i = _releases.Length - 1; i >= 0; i--)
        {
            if (_releases[i].Period.Contains(dateOfService))
            {
                return Choice(i, VersionStatus.InForce);
            }
        }

        return dateOfService > _releases[^1].Period.To
            ? Choice(_releases.Length - 1, VersionStatus.NotYetReleased)
            : dateOfService < _releases[0].Period.From
                ? Choice(0, VersionStatus.BeforeOldestLoaded)
                : Choice(LastStartingBefore(dateOfService), VersionStatus.NotYetReleased); // a gap between releases
    }

    /// <summary>
    /// The release of that version for a caller that pins one; its status is the date's own when the date would
    /// choose it too, else <see cref="VersionStatus.Pinned"/>. Null when no release of that version is loaded.
    /// </summary>
    public VersionChoice<T>? Named(string version, DateOnly dateOfService)
    {
        if (For(dateOfService) is { } dated && string.Equals(dated.Version, version, StringComparison.Ordinal))
        {
            return dated;
        }

        var index = Array.FindLastIndex(_releases, r => string.Equals(r.Version, version, StringComparison.Ordinal));
        return index < 0 ? null : Choice(index, VersionStatus.Pinned);
    }

    private int LastStartingBefore(DateOnly date)
    {
        var index = 0;
        for (var i = 0; i < _releases.Length; i++)
        {
            if (_releases[i].Period.From <= date)
            {
                index = i;
            }
        }

        return index;
    }

    private VersionChoice<T> Choice(int index, VersionStatus status) =>
        new(_releases[index].Release, _releases[index].Version, _releases[index].Period, status);
}
