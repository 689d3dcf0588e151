using MassTransit;
using MedCoder.ServiceDefaults.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
            // No outbound call the operator did not configure: MassTransit reports usage to its vendor by default.
            bus.ConfigureUsageTelemetryOptions(options => options.Enabled = false);
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

        // After AddMassTransit: hosted services stop in reverse order, so the last outbox round runs while the bus is up.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxMonitor>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }

    /// <summary>Registers a consumer on its own queue, named "{service}-{message}" so services never compete on one queue.</summary>
    public static void AddServiceConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string service, string message)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>().Endpoint(endpoint => endpoint.Name = $"{service}-{message}");
}
