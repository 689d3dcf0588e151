using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Scalar.AspNetCore;

namespace MedCoder.ServiceDefaults.Edge;

/// <summary>Response headers every process sends: no caching of PHI, no sniffing, no framing, no referrer, a CSP.</summary>
public static class SecurityHeaders
{
    /// <summary>API responses are data, never pages: nothing may load or frame them.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => Apply((HttpContext)state), context);
            return next(context);
        });

    /// <summary>
    /// The API reference page (Scalar): its scripts from this server plus its one inline script by nonce, its
    /// injected styles inline; no other origin, so the page makes no call the operator did not configure.
    /// </summary>
    public static string DocsPolicy(string? nonce) =>
        $"default-src 'none'; script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.Remove("Server"); // a proxied service's; Kestrel's own is off (AddServerHeader = false)
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        var html = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        var docsAsset = !html && context.Request.Path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase);
        if (!docsAsset && !headers.ContainsKey("Cache-Control"))
        {
            headers.CacheControl = "no-store"; // API responses carry PHI; the docs' scripts may be cached
        }

        headers.ContentSecurityPolicy = html ? DocsPolicy(context.Items[ScalarOptions.NonceHttpContextItemKey] as string) : ApiPolicy;
        return Task.CompletedTask;
    }
}
