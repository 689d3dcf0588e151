using System.Threading.RateLimiting;
using MedCoder.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.ServiceDefaults.Edge;

/// <summary>
/// Token buckets per known API key (generous: a hospital's feed) and per client address for everything else
/// (no key, or a key the registry does not know: small, so guessing or spraying keys cannot dodge the limit).
/// </summary>
public static class EdgeRateLimits
{
    public static IServiceCollection AddEdgeRateLimits(this IServiceCollection services, EdgeSettings settings, ApiKeyRegistry registry)
    {
        var perKey = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.KeyRequestsPerSecond * 2,
            TokensPerPeriod = settings.KeyRequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        };
        var perAddress = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.AnonymousRequestsPerMinute,
            TokensPerPeriod = Math.Max(1, settings.AnonymousRequestsPerMinute / 6),
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
        };

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return new ValueTask(ProblemResponses.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", "Slow down and retry later."));
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                registry.Find(context.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].FirstOrDefault() ?? string.Empty) is { } grant
                    ? RateLimitPartition.GetTokenBucketLimiter("key:" + grant.KeyId, _ => perKey)
                    : RateLimitPartition.GetTokenBucketLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => perAddress));
        });
        return services;
    }
}
