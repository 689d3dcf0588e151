using MedCoder.ClaimAssembly;
using MedCoder.ServiceDefaults;

ServiceHost.Run(args, ClaimAssemblyModule.Name, s => s.AddClaimAssembly(), bus => bus.AddClaimAssemblyConsumers(), app => app.MapClaimAssembly());
