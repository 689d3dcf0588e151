using MedCoder.Storage;

namespace MedCoder.ClaimAssembly.X12;

/// <summary>The next unused interchange control number, one document in ClaimAssembly's store.</summary>
public sealed record ControlNumberCounter(long Next);

/// <summary>
/// Hands out X12 control numbers (ISA13, GS06) that are never reused: a compare-and-set on one counter document in
/// the service's store (<see cref="DocumentUpdates.UpdateAsync{T}"/>), so numbers survive restarts and concurrent
/// replicas never take the same one. A number taken by a request that then fails is skipped, never handed out again.
/// </summary>
public sealed class ControlNumbers(IDocumentCollection<ControlNumberCounter> counters)
{
    public const string CounterId = "x12-interchange";

    /// <summary>Reserves <paramref name="count"/> consecutive numbers and returns the first.</summary>
    /// <exception cref="InvalidOperationException">The 9-digit range is used up (an operator must start a new sender id).</exception>
    public async Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        long first = 0; // set by the last (winning) call of the change
        await counters.UpdateAsync(CounterId, current =>
        {
            first = current?.Body.Next ?? 1;
            if (first + count - 1 > X12Envelope.MaxControlNumber)
            {
                throw new InvalidOperationException("The X12 interchange control numbers (9 digits) are used up.");
            }

            return new DocumentWrite<ControlNumberCounter>(CounterId, new ControlNumberCounter(first + count), null, null);
        }, cancellationToken);
        return first;
    }
}
