using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedCoder.EndToEnd.Tests;

/// <summary>A payer's webhook on a free local port: takes every push at /claims, keeping the last body per idempotency key.</summary>
internal static class PayerWebhookReceiver
{
    public static async Task<WebApplication> StartAsync(ConcurrentDictionary<string, string> bodies)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/claims", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            bodies[context.Request.Headers["Idempotency-Key"].ToString()] = await reader.ReadToEndAsync();
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
