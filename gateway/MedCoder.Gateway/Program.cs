using MedCoder.Gateway;
using MedCoder.Gateway.Routing;
using MedCoder.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(GatewayModule.Name);
builder.Services.AddGateway(ServiceDestinations.FromEnvironment(name => builder.Configuration[name]));

var app = builder.Build();
app.UseServiceDefaults();
app.MapReverseProxy();
app.Run();
