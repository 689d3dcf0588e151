using MedCoder.ServiceDefaults;
using MedCoder.ServiceDefaults.Outbox;

namespace MedCoder.Intake.Submissions;

/// <summary>
/// While the broker is away intake keeps accepting into its store (the outbox) up to a bound, then answers
/// 503 with Retry-After: a feed that backs off loses nothing, and the store does not grow without limit.
/// </summary>
public sealed class BacklogGate(OutboxMonitor outbox, MedCoderSettings settings) : IEndpointFilter
{
    private static readonly TimeSpan StatusMaxAge = TimeSpan.FromSeconds(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var status = await outbox.RecentStatusAsync(IntakeModule.Name, StatusMaxAge, context.HttpContext.RequestAborted);
        if (status is not null && status.Unsent >= settings.Outbox.IntakeMaxBacklog)
        {
            context.HttpContext.Response.Headers.RetryAfter = "30";
            return TypedResults.Problem(
                title: "Intake is holding too many unsent encounters",
                detail: $"{status.Unsent} accepted encounters wait for the message broker (bound {settings.Outbox.IntakeMaxBacklog}); retry later.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return await next(context);
    }
}
