using System.Collections.Concurrent;
using MedCoder.ClaimAssembly.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedCoder.ClaimAssembly.Tests.Delivery;

/// <summary>What the payer's endpoint does with its n-th request (1-based).</summary>
internal enum ReceiverAnswer
{
    Accept,

    /// <summary>Takes the claim, then answers too late (after the client's attempt timeout).</summary>
    AcceptSlowly,

    Unavailable,
    BadRequest,
}

/// <summary>
/// A payer's webhook on a real Kestrel listener: verifies the signature, de-duplicates by the idempotency key as a payer
/// would, and answers as <see cref="Answer"/> says.
/// </summary>
internal sealed class PayerReceiver : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";

    private readonly WebApplication _app;
    private int _requests;

    private PayerReceiver(WebApplication app) => _app = app;

    public Func<int, ReceiverAnswer> Answer { get; set; } = _ => ReceiverAnswer.Accept;

    public Uri Url { get; private set; } = null!;

    public int Requests => _requests;

    public int BadSignatures;

    public ConcurrentBag<string> ContentTypes { get; } = [];

    /// <summary>Idempotency key → how many times the claim was taken (answered or not).</summary>
    public ConcurrentDictionary<string, int> Taken { get; } = new(StringComparer.Ordinal);

    public static async Task<PayerReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new PayerReceiver(app);
        app.MapPost("/claims", (Delegate)receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/claims");
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var headers = context.Request.Headers;
        if (!WebhookSignature.Verify(Secret, headers[WebhookSignature.TimestampHeader], buffer.ToArray(), headers[WebhookSignature.SignatureHeader]))
        {
            Interlocked.Increment(ref BadSignatures);
            return Results.Unauthorized();
        }

        ContentTypes.Add(context.Request.ContentType ?? "");
        var answer = Answer(n);
        if (answer is ReceiverAnswer.Unavailable or ReceiverAnswer.BadRequest)
        {
            return Results.StatusCode(answer == ReceiverAnswer.Unavailable ? 503 : 400);
        }

        Taken.AddOrUpdate(headers[WebhookSignature.IdempotencyHeader].ToString(), 1, (_, count) => count + 1);
        if (answer == ReceiverAnswer.AcceptSlowly)
        {
            // Answers after the client gave up; the client's cancellation ends the wait.
            await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Results.Ok();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
