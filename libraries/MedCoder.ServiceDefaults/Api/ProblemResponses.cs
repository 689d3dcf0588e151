using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedCoder.ServiceDefaults;

/// <summary>Writes RFC 7807 problem details through the registered IProblemDetailsService.</summary>
public static class ProblemResponses
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var service = context.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (service is null || !await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
    }

    /// <summary>Title and detail for a request Kestrel could not read (BadHttpRequestException's status).</summary>
    public static (string Title, string Detail) ForUnreadableRequest(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ("Payload too large", "The request body exceeds the size limit."),
        StatusCodes.Status408RequestTimeout => ("Request timeout", "The request body arrived too slowly."),
        _ => ("Bad request", "The request could not be read."),
    };
}
