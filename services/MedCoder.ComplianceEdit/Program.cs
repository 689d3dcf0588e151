using MedCoder.ComplianceEdit;
using MedCoder.ServiceDefaults;

ServiceHost.Run(args, ComplianceEditModule.Name, s => s.AddComplianceEdit(), bus => bus.AddComplianceEditConsumers(), app => app.MapComplianceEdit());
