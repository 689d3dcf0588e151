using MedCoder.ServiceDefaults.Edge;
using MedCoder.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MedCoder.ServiceDefaults.OpenApi;

/// <summary>
/// What the OpenAPI document states beyond the routes: servers from MEDCODER_PUBLIC_URL only (never the request's
/// Host header, which a caller chooses), the X-Api-Key scheme required by every non-anonymous operation, and the
/// problem responses the shared pipeline can answer on any route.
/// </summary>
public static class OpenApiDocumentRules
{
    public const string SchemeId = "ApiKey";
    private const string ProblemSchemaId = "ProblemDetails";

    private static readonly (string Status, string Description)[] SecuredProblems =
    [
        ("401", "No API key, or an unknown one"),
        ("403", "The key's role may not use this route"),
        ("404", "Not found, or not visible to the key's organization"),
    ];

    private static readonly (string Status, string Description)[] EdgeProblems =
    [
        ("413", "The request body exceeds the size limit"),
        ("429", "Too many requests; see Retry-After"),
        ("503", "Storage temporarily unavailable; see Retry-After"),
    ];

    public static OpenApiOptions ApplyMedCoderRules(this OpenApiOptions options, EdgeSettings settings)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = settings.PublicUrl is { } url ? [new OpenApiServer { Url = url.ToString().TrimEnd('/') }] : [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "The API key of a hospital, payer, coder, ops or admin grant.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var anonymous = metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
            var problem = await ProblemSchemaAsync(context, cancellationToken);
            operation.Responses ??= new OpenApiResponses();
            var writes = context.Description.HttpMethod is "POST" or "PUT" or "PATCH";
            var problems = (anonymous ? EdgeProblems : SecuredProblems.Concat(EdgeProblems))
                .Concat(writes && !anonymous ? [("409", "Conflicts with what was already accepted")] : []);
            foreach (var (status, description) in problems)
            {
                operation.Responses.TryAdd(status, new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                });
            }

            if (!anonymous)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] });
            }
        });
        return options;
    }

    /// <summary>One shared ProblemDetails component, referenced by every problem response.</summary>
    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchemaId) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            document.AddComponent(ProblemSchemaId, schema);
        }

        return new OpenApiSchemaReference(ProblemSchemaId, document);
    }
}
