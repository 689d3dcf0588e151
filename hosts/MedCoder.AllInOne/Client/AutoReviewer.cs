using System.Net;
using MedCoder.ComplianceEdit.Worklist;

namespace MedCoder.AllInOne.Client;

/// <summary>
/// A coder who accepts every suggestion as it stands, through the API (lock, then accept-all): what `medcoder demo
/// --review auto`, the chaos run and the process-level tests play so that every accepted encounter still ends as one
/// claim (docs/architecture.md#worklist-and-audit). What cannot be released as it stands (edit errors, a claim lacking 837
/// fields) it returns to the provider, as a coder who does not fix codes would. Items another reviewer holds are left to it.
/// </summary>
public sealed class AutoReviewer(MedCoderApiClient api, string coderKey)
{
    public const string DemoCoderKey = "demo-coder-key";

    private int _released;
    private int _returned;

    /// <summary>Items this reviewer returned to the provider so far.</summary>
    public int Returned => Volatile.Read(ref _returned);

    /// <summary>Items this reviewer released so far.</summary>
    public int Released => Volatile.Read(ref _released);

    /// <summary>Reviews what the worklist holds now, once; returns how many it released.</summary>
    public async Task<int> ReviewOnceAsync(CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var item in (await api.ListWorklistAsync(coderKey, limit: 200, cancellationToken: cancellationToken)).Items)
        {
            if (await api.LockWorklistItemAsync(item.Id, coderKey, cancellationToken) != HttpStatusCode.OK)
            {
                continue;
            }

            var (status, _) = await api.DecideAsync(item.Id, new DecisionRequest(DecisionRequest.AcceptAll, item.Version), coderKey, cancellationToken);
            if (status == HttpStatusCode.OK)
            {
                released++;
            }
            else if (status == HttpStatusCode.UnprocessableEntity
                && (await api.DecideAsync(item.Id, new DecisionRequest(DecisionRequest.Return, item.Version, Reason: "cannot be released as it stands"), coderKey, cancellationToken)).Status == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref _returned);
            }
        }

        Interlocked.Add(ref _released, released);
        return released;
    }

    /// <summary>Reviews until cancelled, pausing between rounds; errors of one round (a service restarting) are retried in the next.</summary>
    public async Task RunAsync(TimeSpan pause, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ReviewOnceAsync(cancellationToken);
            }
            catch (HttpRequestException)
            {
                // the gateway or ComplianceEdit is down for a moment (the chaos run kills them): next round
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // a request timed out: next round
            }

            try
            {
                await Task.Delay(pause, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
