using MedCoder.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace MedCoder.ServiceDefaults;

/// <summary>
/// Every exception that reaches the pipeline becomes problem details: a bad request (too large, too slow) its own
/// status, an unavailable store 503 with Retry-After, an update that kept losing races to other writers 409, anything
/// else a generic 500. Logs carry the route pattern, status and exception type, never the path, body or exception
/// message (they can hold PHI or keys).
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware clears the endpoint before calling handlers; the feature keeps the one that failed.
        var route = (context.Features.Get<IExceptionHandlerFeature>()?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        var method = context.Request.Method;
        switch (exception)
        {
            case BadHttpRequestException bad:
                var (title, detail) = ProblemResponses.ForUnreadableRequest(bad.StatusCode);
                logger.LogWarning("{Method} {Route} answered {Status}: {Title}", method, route, bad.StatusCode, title);
                await ProblemResponses.WriteAsync(context, bad.StatusCode, title, detail);
                return true;
            case StoreUnavailableException:
                logger.LogWarning("{Method} {Route} answered 503: a store is unavailable ({Cause})", method, route, exception.InnerException?.GetType().Name);
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                    "Storage is temporarily unavailable; nothing was stored. Retry after the Retry-After delay.");
                return true;
            case ConcurrentUpdateException:
                logger.LogWarning("{Method} {Route} answered 409: concurrent updates", method, route);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status409Conflict, "Conflict",
                    "The resource changed while it was being updated; try again.");
                return true;
            default:
                // Type and stack only: exception messages may quote data.
                logger.LogError("{Method} {Route} failed with {ExceptionType}{InnerTypes}\n{StackTrace}",
                    method, route, exception.GetType().FullName, InnerTypes(exception), exception.StackTrace);
                await ProblemResponses.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error",
                    "The request failed unexpectedly. It was logged; try again later.");
                return true;
        }
    }

    private static string InnerTypes(Exception exception)
    {
        var types = new List<string>();
        for (var inner = exception.InnerException; inner is not null && types.Count < 5; inner = inner.InnerException)
        {
            types.Add(inner.GetType().FullName!);
        }

        return types.Count == 0 ? string.Empty : " <- " + string.Join(" <- ", types);
    }
}
