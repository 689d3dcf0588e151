using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoder.ServiceDefaults.Messaging;

public static class BusExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (quorum queues, publisher confirms) when a broker URL is configured,
    /// otherwise the in-memory transport of the embedded default. Retries transient faults, then
    /// MassTransit moves the message to the endpoint's _error queue.
    /// </summary>
    public static IServiceCollection AddMedCoderBus(this IServiceCollection services, MedCoderSettings settings, Action<IBusRegistrationConfigurator> registerConsumers)
    {
        services.AddSingleton<MedCoder.Storage.IOutboxPublisher, BusOutboxPublisher>();
        services.AddMassTransit(bus =>
        {
            registerConsumers(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
                endpoint.PrefetchCount = 32;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });

            if (settings.RabbitMqUrl is { } url)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(url, host => host.PublisherConfirmation = true);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        return services;
    }

    /// <summary>Registers a consumer on its own queue, named "{service}-{message}" so services never compete on one queue.</summary>
    public static void AddServiceConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string service, string message)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>().Endpoint(endpoint => endpoint.Name = $"{service}-{message}");
}
