namespace MedCoder.Storage;

/// <summary>
/// The store cannot take the operation now (disk full, file locked or read-only, server unreachable); the
/// operation did not complete and may be retried. The message names the store only, never document content.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message) : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The adapter's failure wrapped, named by store and exception type only.</summary>
    public static StoreUnavailableException For(string store, Exception cause) =>
        new($"Store {store} is unavailable ({cause.GetType().Name}); retry later.", cause);
}
