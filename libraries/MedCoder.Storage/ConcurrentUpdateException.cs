namespace MedCoder.Storage;

/// <summary>
/// Other writers kept changing a document while it was being updated; nothing was written and the update may be
/// retried. The message names no document (ids and content stay out of logs).
/// </summary>
public sealed class ConcurrentUpdateException : Exception
{
    public ConcurrentUpdateException()
    {
    }

    public ConcurrentUpdateException(string message) : base(message)
    {
    }

    public ConcurrentUpdateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConcurrentUpdateException(int attempts)
        : base($"The document changed {attempts} times while it was being updated; try again.")
    {
    }
}
