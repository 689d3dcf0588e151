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
}
