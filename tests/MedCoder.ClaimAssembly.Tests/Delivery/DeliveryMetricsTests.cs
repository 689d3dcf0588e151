using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MedCoder.ClaimAssembly.Claims;
using MedCoder.ClaimAssembly.Delivery;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>Delivery's OpenTelemetry counters (docs/architecture.md#delivery) against a real local receiver: outcomes, circuit, no payer or claim tags.</summary>
public sealed class DeliveryMetricsTests
{
    /// <summary>Sums one metrics instance's counters by instrument and tag values.</summary>
    private sealed class Recorded : IDisposable
    {
        private readonly MeterListener _listener = new();

        public Recorded(DeliveryMetrics metrics)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, metrics.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                var key = instrument.Name + "|" + string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
                Counts.AddOrUpdate(key, value, (_, sum) => sum + value);
                foreach (var tag in tags)
                {
                    TagKeys[tag.Key] = true;
                }
            });
            _listener.Start();
        }

        public ConcurrentDictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> TagKeys { get; } = new(StringComparer.Ordinal);

        public long this[string key] => Counts.GetValueOrDefault(key);

        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task Attempts_claims_and_the_opened_circuit_are_counted_by_outcome_only()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        var failing = true;
        receiver.Answer = _ => failing ? ReceiverAnswer.Unavailable : ReceiverAnswer.Accept;
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.RetriesVariable, "1"), (DeliverySettings.BreakFailuresVariable, "2"), (DeliverySettings.RoundsVariable, "50"), (DeliverySettings.TimeoutVariable, "10")));
        using var recorded = new Recorded(harness.Metrics);
        var claims = await harness.ReadyClaimsAsync(3);

        await harness.Webhooks.RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, recorded["medcoder.delivery.attempts|outcome=failed"]);
        Assert.Equal(2, recorded["medcoder.delivery.attempts|outcome=circuit-open"]);
        Assert.Equal(1, recorded["medcoder.delivery.claims|outcome=failed,mode=webhook"]);
        Assert.Equal(2, recorded["medcoder.delivery.claims|outcome=deferred,mode=webhook"]);
        Assert.Equal(1, recorded["medcoder.delivery.circuit.opened|"]);
        Assert.Equal(1, harness.Metrics.CircuitsOpened);

        failing = false;
        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync(claims)).All(c => c.Status == ClaimStatus.Delivered));

        Assert.Equal(3, recorded["medcoder.delivery.claims|outcome=delivered,mode=webhook"]);
        Assert.Equal(3, recorded["medcoder.delivery.attempts|outcome=delivered"]);
        Assert.Equal(["mode", "outcome"], recorded.TagKeys.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_dead_letter_and_its_redelivery_are_counted()
    {
        await using var receiver = await PayerReceiver.StartAsync();
        var refusing = true;
        receiver.Answer = _ => refusing ? ReceiverAnswer.BadRequest : ReceiverAnswer.Accept;
        await using var harness = DeliveryHarness.Start(DeliveryHarness.Webhook(receiver.Url, (DeliverySettings.RetriesVariable, "0"), (DeliverySettings.RoundsVariable, "1"), (DeliverySettings.BreakFailuresVariable, "1000"), (DeliverySettings.TimeoutVariable, "10")));
        using var recorded = new Recorded(harness.Metrics);
        var claim = Assert.Single(await harness.ReadyClaimsAsync(1));

        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync([claim]))[0].Status == ClaimStatus.DeadLetter);
        refusing = false;
        await DeliveryEndpoints.RedeliverAsync(claim.Id, harness.Collections, harness.Metrics, CancellationToken.None);
        await harness.PushUntilAsync(async () => (await harness.ClaimsAsync([claim]))[0].Status == ClaimStatus.Delivered);

        Assert.Equal(1, recorded["medcoder.delivery.claims|outcome=dead-letter,mode=webhook"]);
        Assert.Equal(1, recorded["medcoder.delivery.claims|outcome=redelivered,mode=operator"]);
        Assert.Equal(1, recorded["medcoder.delivery.claims|outcome=delivered,mode=webhook"]);
    }
}
