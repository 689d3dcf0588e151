using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MedCoder.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Traces and metrics for ASP.NET Core, HttpClient, MassTransit and MedCoder's own meters; OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public static IServiceCollection AddMedCoderTelemetry(this IServiceCollection services, string serviceName, bool exportOtlp)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(DiagnosticHeaders.DefaultListenerName)
                .AddSource(PipelineMetrics.MeterName)
                .AddAspNetCoreInstrumentation(options => options.RecordException = false)
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(InstrumentationOptions.MeterName)
                .AddMeter(PipelineMetrics.MeterName)
                .AddMeter(MedCoder.ServiceDefaults.Outbox.OutboxMonitor.MeterName)
                .AddMeter(MedCoder.ServiceDefaults.Security.AuthenticationFailures.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (exportOtlp)
        {
            telemetry.UseOtlpExporter();
        }

        services.AddSingleton<PipelineMetrics>();
        return services;
    }
}
