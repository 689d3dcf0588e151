using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MedCoder.ClaimAssembly.Delivery;

/// <summary>
/// The webhook HTTP client (docs/architecture.md#delivery): retries with exponential backoff and jitter, then a circuit
/// breaker and a timeout per attempt, one pipeline instance (so one circuit) per payer; <see cref="AttemptRecorder"/>
/// inside them records each attempt.
/// </summary>
public static class WebhookClient
{
    public const string Name = "medcoder-webhook";

    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<DeliveryAttempts>();
        DeliveryMetrics.AddTo(services);
        services.AddTransient<AttemptRecorder>();
        services.AddHttpClient(Name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("webhook", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<DeliverySettings>>().Value;
                var metrics = context.ServiceProvider.GetRequiredService<DeliveryMetrics>();
                pipeline
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(settings.Retries, 1),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.Backoff,
                        ShouldRetryAfterHeader = false,
                        ShouldHandle = args => ValueTask.FromResult(settings.Retries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = settings.BreakFailures,
                        SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, settings.BreakDuration.TotalSeconds)),
                        BreakDuration = settings.BreakDuration,
                        OnOpened = _ =>
                        {
                            metrics.CircuitOpened();
                            return ValueTask.CompletedTask;
                        },
                    })
                    .AddTimeout(settings.AttemptTimeout);
            })
            .SelectPipelineBy(_ => request => request.Options.TryGetValue(AttemptRecorder.PayerIdKey, out var payer) ? payer : "")
            .Services.AddHttpClient(Name).AddHttpMessageHandler<AttemptRecorder>();
    }
}
