using MedCoder.ServiceDefaults;
using Yarp.ReverseProxy.Forwarder;

namespace MedCoder.Gateway.Routing;

/// <summary>
/// Reports forwarding failures as one warning line (route id, YARP's error kind, exception types) instead of YARP's
/// own log entry with the exception's messages and stack trace; YARP's is silenced in Program.cs. When the client's
/// body could not be read (past the size limit, too slow) the client gets Kestrel's status (413, 408) as problem details.
/// </summary>
public static class ForwarderErrors
{
    public const string YarpForwarderCategory = "Yarp.ReverseProxy.Forwarder.HttpForwarder";

    public static IReverseProxyApplicationBuilder UseForwarderErrors(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            if (context.GetForwarderErrorFeature() is not { } error)
            {
                return;
            }

            var bad = Chain(error.Exception).OfType<BadHttpRequestException>().FirstOrDefault();
            if (bad is not null && !context.Response.HasStarted)
            {
                var (title, detail) = ProblemResponses.ForUnreadableRequest(bad.StatusCode);
                await ProblemResponses.WriteAsync(context, bad.StatusCode, title, detail);
            }

            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ForwarderErrors).FullName!).LogWarning(
                "{Method} route {Route} answered {Status}: forwarding failed with {Error} ({ExceptionTypes})",
                context.Request.Method, context.GetReverseProxyFeature().Route.Config.RouteId, context.Response.StatusCode, error.Error,
                string.Join(" <- ", Chain(error.Exception).Select(e => e.GetType().Name).Distinct()));
        });
        return proxy;
    }

    /// <summary>The exception, its inner exceptions and an AggregateException's members (YARP aggregates client and upstream failures).</summary>
    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        if (exception is null)
        {
            yield break;
        }

        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (exception.InnerException is { } one ? [one] : []);
        foreach (var next in inner.SelectMany(Chain))
        {
            yield return next;
        }
    }
}
