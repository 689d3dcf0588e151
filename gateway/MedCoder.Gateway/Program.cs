using MedCoder.Gateway;
using MedCoder.Gateway.Routing;
using MedCoder.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayModule.Name);
builder.Logging.AddFilter(ForwarderErrors.YarpForwarderCategory, LogLevel.Error); // ForwarderErrors logs these without messages or stacks
builder.Services.AddGateway(ServiceDestinations.FromEnvironment(name => builder.Configuration[name]));

var app = builder.Build();
app.UseServiceDefaults(apiDocuments: [.. app.Services.GetRequiredService<ServiceDestinations>().ByService.Keys]);
app.MapReverseProxy(proxy =>
{
    proxy.UseForwarderErrors();
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.Run();
