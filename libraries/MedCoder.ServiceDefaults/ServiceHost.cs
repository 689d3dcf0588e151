using MassTransit;
using MedCoder.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.ServiceDefaults;

/// <summary>Runs one service alone: defaults, its module, its consumers on the bus, its routes.</summary>
public static class ServiceHost
{
    public static void Run(
        string[] args,
        string serviceName,
        Action<IServiceCollection> addModule,
        Action<IBusRegistrationConfigurator> addConsumers,
        Action<IEndpointRouteBuilder> mapRoutes) =>
        Build(args, serviceName, addModule, addConsumers, mapRoutes).Run();

    /// <summary>
    /// The service's host, not yet started. Settings come from configuration: environment variables and
    /// <paramref name="args"/> (e.g. --MEDCODER_STORE=mongo); an invalid one fails here or at start, named.
    /// </summary>
    public static WebApplication Build(
        string[] args,
        string serviceName,
        Action<IServiceCollection> addModule,
        Action<IBusRegistrationConfigurator> addConsumers,
        Action<IEndpointRouteBuilder> mapRoutes)
    {
        ArgumentNullException.ThrowIfNull(addModule);
        ArgumentNullException.ThrowIfNull(mapRoutes);
        var builder = WebApplication.CreateBuilder(args);
        var settings = builder.AddServiceDefaults(serviceName);
        addModule(builder.Services);
        builder.Services.AddMedCoderBus(settings, addConsumers);

        var app = builder.Build();
        app.UseServiceDefaults();
        mapRoutes(app);
        return app;
    }
}
